"""Filler words around an interest ("help w/ festivals", "pomoc s dětmi", "хочу допомагати").

One rule for both readers of interests (``taxonomy.Taxonomy.resolve`` for imports and
``matching.interests`` for the matcher): a word is filler when its folded form is in
:data:`STOP_WORDS`, unless it is written with letters of Vietnamese that Czech does not
write. Folded, "vẽ" (draw) and "về" (about) read as the Czech "ve", "đồ" (things) as "do",
"thể" as "the"; as written they are words that carry meaning.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache

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


# One syllable of Vietnamese written without its marks: an onset, one to three vowels and a
# final of those Vietnamese allows. Czech and English words rarely are ("pomoc", "help",
# "deti", "kids", "seniory" are not); Vietnamese words always are ("nguoi", "truong").
_VI_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?"
)


@cache
def _vi_syllables() -> dict[str, str]:
    """Folded syllable -> a spelling with Vietnamese letters, for the syllables the
    taxonomy's Vietnamese names and synonyms write only with such letters ("nguoi" ->
    "người", "choi" -> "chơi"); one written somewhere without them ("cho", "em") is left out."""
    from volmatch.paths import resource
    from volmatch.text import fold

    data = json.loads(resource("taxonomy", "interests.json").read_text(encoding="utf-8"))
    texts: list[str] = []
    for cat in data["categories"]:
        for item in (cat, *cat["tags"]):
            texts.append(item["names"]["vi"])
            texts.extend(item.get("synonyms", {}).get("vi", ()))
    marked: dict[str, str] = {}
    plain: set[str] = set()
    for text in texts:
        written = _WORD.findall(text.lower())
        if not VI_LETTER.search(text):
            plain.update(written)
            continue
        folded = _WORD.findall(fold(text))
        if len(folded) != len(written):
            continue
        for w, f in zip(written, folded, strict=True):
            if VI_LETTER.search(w):
                marked.setdefault(f, w)
            else:
                plain.add(w)
    return {k: v for k, v in marked.items() if k not in plain}


@cache
def marked_syllables() -> frozenset[str]:
    """Folded syllables the taxonomy writes only with Vietnamese marks ("tre": trẻ)."""
    return frozenset(_vi_syllables())


def vietnamese_words(text: str, folded_words: Sequence[str]) -> list[str] | None:
    """The words of ``text`` with Vietnamese letters where it is Vietnamese written without
    them ("giup do nguoi gia" -> "giúp đỡ người già"), so that it is read as Vietnamese, not
    by Czech endings and filler words; None for other text. Vietnamese-shaped: two words or
    more, each a Vietnamese syllable, one of them a syllable the taxonomy writes with marks
    that is no filler word. A syllable the taxonomy does not write with marks stays as it is."""
    if len(folded_words) < 2 or not text.isascii():
        return None
    if not all(_VI_SYLLABLE.fullmatch(w) for w in folded_words):
        return None
    known = _vi_syllables()
    if not any(w in known and w not in STOP_WORDS for w in folded_words):
        return None
    return [known.get(w, w) for w in folded_words]


def filler_flags(
    text: str, folded_words: Sequence[str], word: re.Pattern[str] = _WORD
) -> list[bool]:
    """For each folded word of ``text`` (its words by ``word``, in order): whether it is a
    filler word. A word written with Vietnamese letters never is, and "cho" (for) written
    without them among such words is; Vietnamese written without marks is read so too
    (:func:`vietnamese_words`). When the written and folded words do not line up, the
    folded words alone decide."""
    flags = [w in STOP_WORDS for w in folded_words]
    written = None
    if VI_LETTER.search(text):
        written = word.findall(text.lower())
    elif text.isascii():
        written = vietnamese_words(text, folded_words)
    if written is not None and len(written) == len(folded_words):
        flags = [
            (f or w in VI_STOP_WORDS) and not VI_LETTER.search(w)
            for f, w in zip(flags, written, strict=True)
        ]
    return flags


def as_written(text: str, folded_words: Sequence[str], word: re.Pattern[str] = _WORD) -> list[str]:
    """The folded words of ``text``, but those written with Vietnamese letters as written
    (lower case): Vietnamese words take no endings, so such a word is read whole and never
    cut by Czech or Slavic ending rules ("chơi", play, is not "chó", dog, less "-i"); Vietnamese
    written without them as if it had them (:func:`vietnamese_words`); when the written and
    folded words do not line up, the folded words."""
    if not VI_LETTER.search(text):
        restored = vietnamese_words(text, folded_words) if text.isascii() else None
        return list(folded_words) if restored is None else restored
    written = word.findall(text.lower())
    if len(written) != len(folded_words):
        return list(folded_words)
    return [w if VI_LETTER.search(w) else f for f, w in zip(folded_words, written, strict=True)]
