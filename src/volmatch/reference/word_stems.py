"""Word stems: a folded word without its case, number or verb ending.

Both readers of interests use them (``taxonomy.Taxonomy.resolve`` for imports and
``matching.interests.Vocabulary`` for the matcher), so that an inflected word reads the
same in an import report and in a match. Czech and English endings are cut leaving at
least four letters for free keywords and three for taxonomy terms ("zahradou" -> "zahrad",
"bikes" -> "bike"); Ukrainian and Russian ones leaving at least three ("дітям" -> "діт"). No dictionary: two words with the same
stem are taken as forms of one word.
"""

from __future__ import annotations

import re

_LATIN_MIN = 4
# A word and a term whose stems are equal are taken as meant at this score (of 100): above
# the fuzzy cut-off, below an exact spelling.
STEM_SCORE = 86.0
_LATIN = re.compile(r"[a-z]{4,}")
_CYRILLIC = re.compile(r"[а-яёєіїґ]{4,}")
_CYRILLIC_ENDINGS = tuple(
    sorted(
        {
            # verbs and verbal nouns
            "ати",
            "яти",
            "ити",
            "іти",
            "ать",
            "ять",
            "ить",
            "еть",
            "ання",
            "ення",
            "іння",
            "ание",
            "ение",
            # adjectives
            "ого",
            "его",
            "ому",
            "ему",
            "ими",
            "ыми",
            "ии",
            "ыи",
            "ая",
            "яя",
            "ое",
            "ее",
            "ые",
            "ие",
            "ых",
            "их",
            "ым",
            "им",
            "ім",
            "іх",
            "ую",
            "юю",
            "оі",
            "еі",
            # nouns
            "ьми",
            "ами",
            "ями",
            "ах",
            "ях",
            "ам",
            "ям",
            "ом",
            "ем",
            "ою",
            "ею",
            "ов",
            "ев",
            "ів",
            "еи",
            "ои",
            "ия",
            "ія",
            "и",
            "і",
            "ы",
            "а",
            "я",
            "у",
            "ю",
            "е",
            "о",
            "ь",
        },
        key=len,
        reverse=True,
    )
)


def cyrillic_stem(word: str) -> str | None:
    """A folded Ukrainian or Russian word without its ending ("дітям" -> "діт"), or
    None for other words and for words too short to cut."""
    if not _CYRILLIC.fullmatch(word):
        return None
    return _cut(word, _CYRILLIC_BY_LENGTH, 3)


_LATIN_ENDINGS = tuple(
    sorted(
        {
            "ing", "ers", "er", "es", "s", "ove", "ovy", "ami", "emi", "ach", "ech", "ich",
            "ovi", "em", "ou", "im", "ym", "ho", "mu", "ni", "nim", "imi", "ymi", "ych", "mi", "a",
            "e", "i", "o",
            "u", "y",
        },
        key=len,
        reverse=True,
    )
)  # fmt: skip


def latin_stem(word: str, min_len: int = _LATIN_MIN) -> str:
    """A folded word without a common Czech or English ending ("pletenim" -> "pleten")."""
    return _cut(word, _LATIN_BY_LENGTH, min_len)


def _by_length(endings: tuple[str, ...]) -> tuple[tuple[int, frozenset[str]], ...]:
    """Endings grouped by length, longest first: a word is cut by its longest ending."""
    sizes = sorted({len(e) for e in endings}, reverse=True)
    return tuple((n, frozenset(e for e in endings if len(e) == n)) for n in sizes)


def _cut(word: str, by_length, min_len: int) -> str:
    for n, endings in by_length:
        if len(word) - n >= min_len and word[-n:] in endings:
            return word[:-n]
    return word


_CYRILLIC_BY_LENGTH = _by_length(_CYRILLIC_ENDINGS)
_LATIN_BY_LENGTH = _by_length(_LATIN_ENDINGS)


def stem(word: str) -> str | None:
    """The stem of a folded Cyrillic or Latin word of 4+ letters (at least three left), else
    None ("lidmi" and "lide" -> "lid")."""
    if _LATIN.fullmatch(word):
        return latin_stem(word, 3)
    return cyrillic_stem(word)


def stem_key(text: str) -> str | None:
    """The stems of a folded phrase of one or two words, joined by a space ("starsimi lidmi"
    and "starsi lide" give one key; a word too short to cut stays as it is); None for more."""
    words = text.split()
    if not 0 < len(words) <= 2:
        return None
    stems = [stem(w) for w in words]
    return " ".join(w if s is None else s for w, s in zip(words, stems, strict=True))
