"""Free keywords: interest words the taxonomy does not know, matched word for word.

A listing's interest that is not a tag id ("pletení") and the words of its title and
description become keyword postings (×1, ×0.75, ×0.5 like tags); a volunteer's written
interest that names no tag is looked up among them exactly, by a light stem ("pletením"
finds "pletení") and fuzzily for typos. Keywords share the tag id space under the
prefix ``KW`` so that postings, scores and reasons treat them like tags.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from volmatch.reference.taxonomy import STOP_WORDS
from volmatch.text import fold

from .context import Codes

KW = "~"  # tag-space names of keywords: "~pleten"
MIN_LEN = 4
KEYWORD_FACTOR = 0.9  # a word shared with a listing says a little less than a tag both carry
FUZZY = 85.0  # a keyword this close (after stemming) is taken as a typo of another
_WORD = re.compile(r"[^\W\d_]{4,}")
# Words every listing uses: they say nothing about what the person wants to do.
GENERIC = frozenset(
    fold(w)
    for w in [
        "dobrovolník",
        "dobrovolnice",
        "dobrovolníci",
        "dobrovolníky",
        "dobrovolníků",
        "dobrovolnictví",
        "dobrovolná",
        "dobrovolné",
        "hledáme",
        "nabízíme",
        "potřebujeme",
        "přijďte",
        "pomozte",
        "pomoci",
        "pomáhat",
        "pomoc",
        "pomůže",
        "praha",
        "praze",
        "prahy",
        "prague",
        "centrum",
        "organizace",
        "spolek",
        "každý",
        "každou",
        "týden",
        "týdně",
        "měsíc",
        "měsíčně",
        "hodin",
        "hodiny",
        "hodina",
        "den",
        "dny",
        "dnů",
        "víkend",
        "víkendy",
        "rádi",
        "ráda",
        "rád",
        "chtěla",
        "chtěl",
        "bych",
        "chci",
        "také",
        "jako",
        "který",
        "která",
        "které",
        "kteří",
        "jsou",
        "bude",
        "budete",
        "můžete",
        "můžeš",
        "mohou",
        "nebo",
        "jejich",
        "volunteer",
        "volunteers",
        "volunteering",
        "looking",
        "help",
        "helping",
        "needed",
        "need",
        "with",
        "from",
        "that",
        "this",
        "your",
        "their",
        "they",
        "will",
        "every",
        "week",
        "weeks",
        "month",
        "hours",
        "hour",
        "people",
        "person",
        "organization",
        "доброволець",
        "волонтер",
        "волонтери",
        "волонтерів",
        "волонтерство",
        "шукаємо",
        "допомога",
        "допомогти",
        "волонтёр",
        "волонтёры",
        "волонтеров",
        "ищем",
        "помощь",
        "помочь",
        "прага",
        "празі",
        "праге",
        "людям",
        "люди",
        "tình",
        "nguyện",
        "viên",
        "người",
        "giúp",
        "đỡ",
        "lide",
        "lidi",
        "lidem",
        "lidmi",
        "lidech",
        "clovek",
        "cloveka",
        "osoby",
        "osob",
        "people",
        "person",
        "persons",
        "dalsi",
        "jine",
        "ruzne",
        "take",
        "jsme",
        "jste",
    ]
)
_ENDINGS = tuple(
    sorted(
        {
            "ing", "ers", "er", "es", "s", "ove", "ovy", "ami", "emi", "ach", "ech", "ich",
            "ovi", "em", "ou", "im", "ym", "ho", "mu", "ni", "nim", "a", "e", "i", "o",
            "u", "y",
        },
        key=len,
        reverse=True,
    )
)  # fmt: skip


def stem(word: str) -> str:
    """A folded word without a common Czech or English ending ("pletenim" -> "pleten")."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_LEN:
            return word[: -len(ending)]
    return word


def words(text: str, skip: frozenset[str] | set[str] = frozenset()) -> list[tuple[str, str]]:
    """(stem, word) of the meaningful words of ``text`` (4+ letters, no filler), in order."""
    out: dict[str, str] = {}
    for w in _WORD.findall(text.lower()):
        s = _STEMS.get(w)
        if s is None:
            f = fold(w)
            s = "" if f in STOP_WORDS or f in GENERIC else stem(f)
            if len(_STEMS) < 200_000:
                _STEMS[w] = s
        if s and s not in skip:
            out.setdefault(s, w)
    return list(out.items())


_STEMS: dict[str, str] = {}  # word as written (lower case) -> its stem, "" for filler


class Keywords:
    """The keyword stems seen so far, registered in the shared tag ``Codes``."""

    def __init__(self, tags: Codes) -> None:
        self.tags = tags
        self._stems: list[str] = []
        self._known: set[str] = set()
        self.display: dict[str, str] = {}  # stem -> the word as first written
        self.listed: set[str] = set()  # stems some listing uses (the rest: volunteers' words)
        self._cache: dict[str, list[tuple[str, float]]] = {}
        self._text: dict[tuple, list[tuple[int, float]]] = {}  # listings repeat their texts

    def id(self, stem_: str, word: str = "") -> int:
        if stem_ not in self._known:
            self._known.add(stem_)
            self._stems.append(stem_)
            self.display[stem_] = word or stem_
            self._cache.clear()
        return self.tags.id(KW + stem_)

    def listing(self, keywords, title: str, description: str, skip) -> list[tuple[int, float]]:
        """(keyword id, factor) of a listing: its free keywords 1.0, title and description less."""
        from .interests import DESCRIPTION_FACTOR, TITLE_FACTOR

        key = (tuple(keywords), title, description)
        cached = self._text.get(key)
        if cached is not None:
            return cached
        out: dict[int, float] = {}
        for text, factor in (
            *((k, 1.0) for k in keywords),
            (title, TITLE_FACTOR),
            (description, DESCRIPTION_FACTOR),
        ):
            for s, w in words(text, skip):
                tid = self.id(s, w)
                self.listed.add(s)
                if out.get(tid, 0.0) < factor:
                    out[tid] = factor
        if len(self._text) > 20_000:
            self._text.clear()
        found = self._text[key] = list(out.items())
        return found

    def lookup(self, word_stem: str) -> list[tuple[str, float]]:
        """Known stems meaning ``word_stem``: itself (100), typos (their ratio)."""
        found = self._cache.get(word_stem)
        if found is not None:
            return found
        found = [(word_stem, 100.0)]
        if len(word_stem) >= MIN_LEN and self._stems:
            for other, score, _ in process.extract(
                word_stem, self._stems, scorer=fuzz.ratio, score_cutoff=FUZZY, limit=5
            ):
                if other != word_stem and _same_start(other, word_stem):
                    found.append((other, float(score)))
        if len(self._cache) > 50_000:
            self._cache.clear()
        self._cache[word_stem] = found
        return found

    def hits(self, phrases: list[str], skip) -> list[tuple[int, float, str, str]]:
        """(keyword id, score, phrase, stem) for the words of phrases that named no tag.

        Each word also hits itself, so that a listing indexed later finds the volunteer.
        """
        out: list[tuple[int, float, str, str]] = []
        for phrase in phrases:
            for w, word in words(phrase, skip):
                self.id(w, word)  # the other side may use it later (reverse direction)
                for other, score in self.lookup(w):
                    out.append((self.tags.id(KW + other), score, phrase, other))
        return out


def _same_start(a: str, b: str) -> bool:
    # A typo rarely hits the first two letters; unrelated words of equal length often
    # differ only there ("lesy" / "desky").
    return a[:2] == b[:2]
