"""Filler words around an interest ("help w/ festivals", "pomoc s dětmi", "хочу допомагати").

One rule for both readers of interests (``taxonomy.Taxonomy.resolve`` for imports and
``matching.interests`` for the matcher): a word is filler when its folded form is in
:data:`STOP_WORDS`, unless it is written with letters of Vietnamese that Czech does not
write. Folded, "vẽ" (draw) and "về" (about) read as the Czech "ve", "đồ" (things) as "do",
"thể" as "the"; as written they are words that carry meaning.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

STOP_WORDS = frozenset(
    # folded filler around an interest: "help w/ festivals", "pomoc s dětmi", "хочу допомагати"
    [
        "help",
        "helping",
        "with",
        "w",
        "like",
        "love",
        "enjoy",
        "doing",
        "work",
        "working",
        "some",
        "also",
        "the",
        "of",
        "for",
        "to",
        "in",
        "on",
        "at",
        "pomoc",
        "pomahat",
        "pomahani",
        "s",
        "se",
        "pro",
        "na",
        "v",
        "ve",
        "do",
        "rad",
        "rada",
        "bych",
        "chci",
        "mam",
        "prace",
        "допомога",
        "допомагати",
        "з",
        "для",
        "в",
        "на",
        "люблю",
        "хочу",
        "роботи",
        "помощь",
        "помогать",
        "помочь",
        "допомагаю",
        "помогаю",
        "хотела",
        "хотел",
        "бы",
        "giup",
        "muon",
    ]
)

# letters of Vietnamese that Czech does not write (tone marks, ă â đ ê ô ơ ư)
VI_LETTER = re.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịĩọỏõốồổỗộớờởỡợụủũứừửữựỳỵỷỹàèìòùã]")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# filler as written in a text with Vietnamese letters: "cho" (for) there, not "chó" (dog)
VI_STOP_WORDS = frozenset(["cho"])


def filler_flags(
    text: str, folded_words: Sequence[str], word: re.Pattern[str] = _WORD
) -> list[bool]:
    """For each folded word of ``text`` (its words by ``word``, in order): whether it is a
    filler word. A word written with Vietnamese letters never is, and "cho" (for) written
    without them among such words is; when the written and
    folded words do not line up, the folded words alone decide."""
    flags = [w in STOP_WORDS for w in folded_words]
    if VI_LETTER.search(text):
        written = word.findall(text.lower())
        if len(written) == len(folded_words):
            flags = [
                (f or w in VI_STOP_WORDS) and not VI_LETTER.search(w)
                for f, w in zip(flags, written, strict=True)
            ]
    return flags


def as_written(text: str, folded_words: Sequence[str], word: re.Pattern[str] = _WORD) -> list[str]:
    """The folded words of ``text``, but those written with Vietnamese letters as written
    (lower case): Vietnamese words take no endings, so such a word is read whole and never
    cut by Czech or Slavic ending rules ("chơi", play, is not "chó", dog, less "-i"); when the
    written and folded words do not line up, the folded words."""
    if not VI_LETTER.search(text):
        return list(folded_words)
    written = word.findall(text.lower())
    if len(written) != len(folded_words):
        return list(folded_words)
    return [w if VI_LETTER.search(w) else f for f, w in zip(folded_words, written, strict=True)]
