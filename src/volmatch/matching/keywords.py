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
from volmatch.reference.word_stems import latin_stem
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


def stem(word: str) -> str:
    """A folded word without a common Czech or English ending (\"pletenim\" -> \"pleten\")."""
    return latin_stem(word)


def words(text: str, skip: frozenset[str] | set[str] = frozenset()) -> list[tuple[str, str]]:
    """(stem, word) of the meaningful words of ``text`` (4+ letters, no filler), in order."""
    out: dict[str, str] = {}
    for w in _WORD.findall(text.lower()):
        s = _STEMS.get(w)
        if s is None:
            s = _stem_of(w)
        if s and s not in skip:
            out.setdefault(s, w)
    return list(out.items())


def _stem_of(w: str) -> str:
    f = fold(w)
    s = "" if f in STOP_WORDS or f in GENERIC else stem(f)
    if len(_STEMS) < 200_000:
        _STEMS[w] = s
    return s


_STEMS: dict[str, str] = {}  # word as written (lower case) -> its stem, "" for filler


def first_words(keywords, title: str, description: str, skip) -> dict[str, str]:
    """Each stem of a listing's free keywords, title and description -> its word as first
    written there: how the listing's keyword is named in a reason."""
    found: dict[str, str] = {}
    for text in (*keywords, title, description):
        for s, w in words(text, skip):
            found.setdefault(s, w)
    return found


class Keywords:
    """The keyword stems seen so far, registered in the shared tag ``Codes``, and how many
    listings of the index use each (kept by the opportunity index)."""

    def __init__(self, tags: Codes) -> None:
        self.tags = tags
        # stem -> live listings using it; a typo is looked up among these only, so what a
        # volunteer's word hits depends on that word and the listings, never on the order
        # in which records were met or on other volunteers' words
        self.listed: dict[str, int] = {}
        self._by_start: dict[str, list[str]] = {}  # first two letters -> stems ever listed
        # first two letters -> word -> its typos among those stems
        self._cache: dict[str, dict[str, list[tuple[str, float]]]] = {}
        self.version = 0  # changes whenever a stem starts or stops being listed

    def id(self, stem_: str) -> int:
        return self.tags.id(KW + stem_)

    def list(self, stem_: str, change: int = 1) -> None:
        """One more (or, with -1, one fewer) listing uses ``stem_``."""
        count = self.listed.get(stem_, 0) + change
        if count > 0 and stem_ not in self.listed:
            bucket = self._by_start.setdefault(stem_[:2], [])
            if stem_ not in bucket:
                bucket.append(stem_)
                self._cache.pop(stem_[:2], None)  # words of this start may be its typos
        if (count > 0) != (stem_ in self.listed):
            self.version += 1
        if count > 0:
            self.listed[stem_] = count
        else:
            self.listed.pop(stem_, None)

    def set_listed(self, counts: dict[str, int]) -> None:
        """Every listing at once: ``counts`` stem -> listings (an index built whole)."""
        for stem_ in [s for s in self.listed if s not in counts]:
            self.list(stem_, -self.listed[stem_])
        for stem_, n in counts.items():
            self.list(stem_, n - self.listed.get(stem_, 0))

    def lookup(self, word_stem: str) -> list[tuple[str, float]]:
        """Stems meaning ``word_stem``: itself (100), and typos of it that a listing uses
        (their ratio), by stem: the same for a word whatever else is known."""
        cache = self._cache.setdefault(word_stem[:2], {})
        found = cache.get(word_stem)
        if found is None:
            found = []
            bucket = self._by_start.get(word_stem[:2])
            if len(word_stem) >= MIN_LEN and bucket:
                for other, score, _ in process.extract(
                    word_stem, bucket, scorer=fuzz.ratio, score_cutoff=FUZZY, limit=None
                ):
                    if other != word_stem:
                        found.append((other, float(score)))
                found.sort()
            if len(cache) > 5_000:
                cache.clear()
            cache[word_stem] = found
        listed = self.listed
        return [(word_stem, 100.0), *((o, s) for o, s in found if o in listed)]


# A typo rarely hits the first two letters; unrelated words of equal length often differ
# only there ("lesy" / "desky"): typos are looked for among stems of the same start.
