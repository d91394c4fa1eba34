"""Text helpers shared by the whole core: folding for search, splitting list cells."""

from __future__ import annotations

import re
import unicodedata

_LIST_SPLIT = re.compile(r"[,;|\n\r]+")
_SPACES = re.compile(r"\s+")


def fold(text: str | None) -> str:
    """Lower-case, strip diacritics and collapse white space: "Žižkov " -> "zizkov".

    Cyrillic keeps its letters (only combining marks go), so "й" becomes "и"
    on both sides of a comparison, which is what search needs.
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped).strip()


def split_list(cell: str | None) -> list[str]:
    """Items of a list cell separated by , ; | or line breaks, trimmed, empty ones dropped."""
    if not cell:
        return []
    return [item.strip() for item in _LIST_SPLIT.split(cell) if item.strip()]


def clean(text: str | None) -> str:
    """Trim, replace non-breaking spaces and collapse runs of spaces (keeps line breaks)."""
    if text is None:
        return ""
    text = text.replace("\u00a0", " ").replace("\r\n", "\n").replace("\r", "\n")
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    return "\n".join(lines).strip()
