"""fold() takes a fast path through a table; its results must equal the definition's."""

from __future__ import annotations

import re
import sys
import unicodedata

import pytest

from volmatch.text import fold

_SPACES = re.compile(r"\s+")
_STROKES = {"đ": "d", "ł": "l", "ø": "o", "ħ": "h", "ŧ": "t", "ı": "i"}


def definition(text: str) -> str:
    """fold() as specified: casefold, NFKD, drop combining marks, drop the stroke of the
    letters NFKD keeps whole, collapse white space."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(_STROKES.get(ch, ch) for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped).strip()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Žižkov ", "zizkov"),
        ("  Praha\u00a07\t–  Holešovice\n", "praha 7 – holesovice"),
        ("ukrajinsky", "ukrajinsky"),
        ("Київ, йод, Ёлка", "киів, иод, елка"),
        ("Tiếng Việt", "tieng viet"),
        ("Nguyễn Văn Đức, bóng đá", "nguyen van duc, bong da"),
        ("Łódź, Øresund", "lodz, oresund"),
        ("Straße ﬁ ½", "strasse fi 1⁄2"),
        ("", ""),
        (None, ""),
    ],
)
def test_examples(text, expected):
    assert fold(text) == expected


def test_every_code_point_as_the_definition():
    """Blocks of 64 code points (the table's and the slow path's), in two spacings."""
    for start in range(0, sys.maxunicode + 1, 64):
        chars = [
            chr(c)
            for c in range(start, min(start + 64, sys.maxunicode + 1))
            if not 0xD800 <= c < 0xE000  # surrogates are no text
        ]
        for text in ("".join(chars), " Ž".join(chars)):
            assert fold(text) == definition(text), hex(start)


def test_each_character_of_the_table_alone():
    for code in range(0x2100):
        for text in (chr(code), f"Č{chr(code)}a "):
            assert fold(text) == definition(text), hex(code)
