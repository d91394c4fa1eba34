"""'Did you mean …': when a search finds nothing, the nearest spellings that would find something.

    words = Vocabulary.from_texts(texts)             # every word of the searched texts
    words.suggest("doucovni cestiny", found)         # -> ["doučování češtiny"]

A search is a diacritics-insensitive substring test (:func:`volmatch.text.fold`), so a
query fails on a typo ("doucovni"), a missing letter or swapped letters. Each word of
the query that occurs in no searched word is replaced by the closest words (rapidfuzz
ratio, at least 75 of 100); a suggestion is offered only when ``found`` says it finds
rows, and it is shown as the texts write it (with diacritics).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from volmatch.text import fold

_WORD = re.compile(r"\w{3,}")
MIN_SCORE = 75.0
CANDIDATES = 4


@dataclass(frozen=True)
class Vocabulary:
    """Folded word -> the word as first written in the texts."""

    words: dict[str, str]

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> Vocabulary:
        words: dict[str, str] = {}
        for text in texts:
            for word in _WORD.findall(text or ""):
                key = fold(word)
                words.setdefault(key, word)
        return cls(words)

    def _known(self, key: str) -> bool:
        return key in self.words or any(key in w for w in self.words)

    def _near(self, key: str) -> list[str]:
        found = process.extract(
            key, list(self.words), scorer=fuzz.ratio, limit=CANDIDATES, score_cutoff=MIN_SCORE
        )
        return [m[0] for m in found]

    def suggest(self, query: str, found: Callable[[str], bool], limit: int = 3) -> list[str]:
        """Corrected queries that ``found`` accepts, best first (at most ``limit``)."""
        parts = fold(query).split()
        if not parts or not self.words:
            return []
        options: list[list[str]] = []
        for key in parts:
            if len(key) < 3 or self._known(key):
                options.append([key])
            else:
                near = self._near(key)
                if not near:
                    return []
                options.append(near)
        if all(len(o) == 1 and o[0] == p for o, p in zip(options, parts, strict=True)):
            return []  # every word exists, only not together: nothing to correct
        results: list[str] = []
        for combination in _combinations(options, 12):
            text = " ".join(combination)
            if text not in results and found(text):
                results.append(text)
            if len(results) >= limit:
                break
        return [" ".join(self.words.get(k, k) for k in r.split()) for r in results]


def _combinations(options: list[list[str]], most: int) -> list[list[str]]:
    """The first ``most`` combinations, the best candidate of every word first."""
    combos: list[list[str]] = [[]]
    for choices in options:
        combos = [[*c, w] for c in combos for w in choices][:most]
    return combos
