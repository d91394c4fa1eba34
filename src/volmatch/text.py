"""Text helpers shared by the whole core: folding for search, splitting list cells."""

from __future__ import annotations

import re
import unicodedata

_LIST_SPLIT = re.compile(r"[,;|\n\r]+")
_SPACES = re.compile(r"\s+")


def fold(text: str | None) -> str:
    """Lower-case, strip diacritics and collapse white space: "Žižkov " -> "zizkov".

    Cyrillic keeps its letters (only combining marks go), so "й" becomes "и"
    on both sides of a comparison, which is what search needs. Letters with a stroke,
    which Unicode does not decompose, lose it too: "Đức" -> "duc", "Łódź" -> "lodz".
    """
    if not text:
        return ""
    if text.isascii():
        return " ".join(text.lower().split())
    # Characters below _TABLE_END (the scripts of Europe, Vietnamese, typographic
    # punctuation) one by one through a table, in C; the result is the same because
    # casefolding, decomposing and dropping marks all work character by character.
    folded = text.translate(_fold_table())
    if folded.isascii() or not _BEYOND_TABLE.search(folded):
        return " ".join(folded.split())
    return _slow_fold(text)


# Casefolded letters that carry a stroke or bar instead of a combining mark, so NFKD keeps
# them; people type them without it ("Duc" for "Đức"), as they do other accented letters.
_STROKES = str.maketrans({"đ": "d", "ł": "l", "ø": "o", "ħ": "h", "ŧ": "t", "ı": "i"})


def _slow_fold(text: str) -> str:
    """The definition of :func:`fold`, for any script."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.translate(_STROKES)).strip()


_TABLE_END = "\u2100"  # Latin, Greek, Cyrillic, Vietnamese, punctuation, currency
_BEYOND_TABLE = re.compile(f"[{_TABLE_END}-\U0010ffff]")  # in C: max() made a str per char
_TABLE: list[str] = []


def _fold_table() -> list[str]:
    """Code point -> its folded text (without the white-space step), built on first use.

    A character at or past ``_TABLE_END`` is not in the table, so ``str.translate``
    keeps it and the caller sees it and takes the slow path.
    """
    if not _TABLE:
        table = []
        for code in range(ord(_TABLE_END)):
            decomposed = unicodedata.normalize("NFKD", chr(code).casefold())
            stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
            table.append(stripped.translate(_STROKES))
        _TABLE[:] = table
    return _TABLE


def split_list(cell: str | None) -> list[str]:
    """Items of a list cell separated by , ; | or line breaks, trimmed, empty ones dropped."""
    if not cell:
        return []
    return [item.strip() for item in _LIST_SPLIT.split(cell) if item.strip()]


_SPACE_RUNS = re.compile(r"[ \t]+")


def clean(text: str | None) -> str:
    """Trim, replace non-breaking spaces and collapse runs of spaces (keeps line breaks)."""
    if text is None:
        return ""
    text = text.replace("\u00a0", " ")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\n" not in text:  # one line: the same as the lines' way below, without the split
        return _SPACE_RUNS.sub(" ", text).strip()
    lines = [_SPACE_RUNS.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(lines).strip()


# Terminal escape sequences (CSI ... final byte, OSC ... BEL/ST) and the other control
# characters a cell can carry: they could clear a terminal or fake a line when printed.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x9b[0-?]*[ -/]*[@-~]"
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")


def strip_controls(text: str) -> str:
    """``text`` without terminal escape sequences and control characters (keeps tab and
    line breaks): what is stored from an untrusted cell."""
    if not _CONTROLS.search(text):
        return text
    return _CONTROLS.sub("", _ESCAPES.sub("", text))


def printable(text: str) -> str:
    """``text`` safe to print on one terminal line: controls, line breaks, bidi overrides
    and zero-width characters shown as escapes (\\x1b, \\n, \\u202e)."""
    if not _UNPRINTABLE.search(text):
        return text
    return _UNPRINTABLE.sub(lambda m: ascii(m.group(0))[1:-1], text)
