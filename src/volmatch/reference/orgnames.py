"""Organisation names as people write them: without diacritics, without the legal form, abridged.

:func:`name_key` folds a name and drops a trailing legal form ("z. s.", "o. p. s.",
"spol. s r. o.", from ``resources/organizations/legal_forms.csv``), so that
"Komunitní centrum Holešovice, z. s." and "komunitni centrum holesovice" are one key.
:func:`search` ranks stored names for what someone is typing; :func:`similar` finds
stored names a new name would duplicate.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz, process

from volmatch.paths import resource
from volmatch.text import fold

SEARCH_MIN = 70.0  # below this a stored name is not offered for what was typed
SIMILAR_MIN = 90.0  # a new name this close to a stored one is probably the same organisation
_PUNCT = re.compile(r"[\s\-–—_.,;:/()\[\]\"'`„“”&+]+")


@dataclass(frozen=True, slots=True)
class NameMatch:
    """A stored name found for a query, how close (100 = the same key)."""

    name: str
    score: float


def _words(text: str) -> str:
    return _PUNCT.sub(" ", fold(text)).strip()


@cache
def legal_forms() -> tuple[str, ...]:
    """Every legal-form spelling as folded words, longest first ("spol s r o", "z s", ...)."""
    text = resource("organizations", "legal_forms.csv").read_text(encoding="utf-8")
    lines = [line for line in io.StringIO(text) if line.strip() and not line.startswith("#")]
    forms: set[str] = set()
    for row in csv.DictReader(lines):
        for spelling in (row["form"], *row["variants"].split("|")):
            if key := _words(spelling):
                forms.add(key)
    return tuple(sorted(forms, key=lambda f: (-len(f), f)))


def name_key(name: str) -> str:
    """The folded words of ``name`` without trailing legal forms."""
    key = _words(name)
    changed = True
    while changed and key:
        changed = False
        for form in legal_forms():
            if key.endswith(" " + form) and len(key) > len(form) + 1:
                key = key[: -len(form) - 1].rstrip()
                changed = True
                break
    return key


def _score(query: str, choice: str, **_kwargs) -> float:
    """Typing the start of a name finds it ("komunitni centrum holes"); a word order or a
    typo in a whole name too."""
    if not query or not choice:
        return 0.0
    if choice.startswith(query) or f" {query}" in f" {choice}":
        return 100.0 if choice == query else 95.0
    whole = fuzz.token_sort_ratio(query, choice)
    if len(query) < len(choice):
        head = fuzz.ratio(query, choice[: len(query)])
        part = fuzz.partial_ratio(query, choice) if len(query) >= 4 else 0.0
        return max(whole, head * 0.97, part * 0.9)
    return whole


def search(
    query: str, names: Sequence[str], limit: int = 10, min_score: float = SEARCH_MIN
) -> list[NameMatch]:
    """Stored ``names`` matching what is typed, best first; every name for an empty query."""
    key = name_key(query)
    if not key:
        return [NameMatch(n, 0.0) for n in names[:limit]]
    keys = [name_key(n) for n in names]
    hits = process.extract(key, keys, scorer=_score, limit=limit, score_cutoff=min_score)
    return [NameMatch(names[i], float(score)) for _k, score, i in hits]


def similar(name: str, names: Iterable[str], min_score: float = SIMILAR_MIN) -> list[NameMatch]:
    """Stored names that are probably the same organisation as ``name`` (same key or a typo),
    best first; the name itself, written the same way, is not listed."""
    key = name_key(name)
    if not key:
        return []
    found = []
    for other in names:
        if other == name:
            continue
        other_key = name_key(other)
        score = 100.0 if other_key == key else fuzz.ratio(key, other_key)
        if score >= min_score:
            found.append(NameMatch(other, float(score)))
    return sorted(found, key=lambda m: -m.score)


def same(a: str, b: str) -> bool:
    """Whether two names are one organisation written two ways (same key)."""
    return name_key(a) == name_key(b)
