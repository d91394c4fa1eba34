"""What a place resolves to, and the text keys and file readers the gazetteer is built with."""

from __future__ import annotations

import csv
import io
import math
import re
from dataclasses import dataclass
from enum import StrEnum
from importlib.resources.abc import Traversable

from volmatch.text import fold


class ResolveStatus(StrEnum):
    EXACT = "exact"
    FUZZY = "fuzzy"  # a typo taken as meant (warn)
    AMBIGUOUS = "ambiguous"  # the place lies in several municipal districts (warn)
    CITYWIDE = "citywide"
    REMOTE = "remote"
    UNKNOWN = "unknown"
    EMPTY = "empty"


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a piece of text names: municipal districts best first, and how sure that is."""

    status: ResolveStatus
    districts: tuple[str, ...] = ()
    matched: str = ""
    kind: str = ""  # municipal | administrative | cadastral | alias | ""
    score: float = 0.0
    suggestions: tuple[str, ...] = ()

    @property
    def best(self) -> str | None:
        """The most likely municipal district (the main part when AMBIGUOUS), or None."""
        return self.districts[0] if self.districts else None


@dataclass(frozen=True, slots=True)
class Entry:
    """One way of writing a place in the gazetteer's index."""

    canonical: str
    kind: str
    districts: tuple[str, ...]


_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}
_PUNCT = re.compile(r"[\s\-–—_.,;:/()\[\]\"'`]+")
_LETTER_DIGIT = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")


def place_key(text: str) -> str:
    """Folded, punctuation to spaces, letters and digits apart: "Praha7-Troja" -> "praha 7 troja"."""
    folded = fold(text)
    folded = _LETTER_DIGIT.sub(" ", folded)
    return _PUNCT.sub(" ", folded).strip()


def roman_number(text: str) -> int | None:
    """The value of a lower-case Roman numeral ("vii" -> 7), or None."""
    if not text or any(ch not in _ROMAN for ch in text):
        return None
    total = 0
    for i, ch in enumerate(text):
        value = _ROMAN[ch]
        total += -value if i + 1 < len(text) and _ROMAN[text[i + 1]] > value else value
    return total


def read_csv_rows(folder: Traversable, name: str) -> list[dict[str, str]]:
    """The rows of a CSV resource, stripped, skipping blank and "#" comment lines."""
    text = (folder / name).read_text(encoding="utf-8-sig")
    lines = [line for line in io.StringIO(text) if line.strip() and not line.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines)]


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (lat, lon) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def natural_order(name: str) -> tuple:
    """A sort key putting "Praha 2" before "Praha 10"."""
    return tuple(int(t) if t.isdigit() else t for t in re.split(r"(\d+)", name))
