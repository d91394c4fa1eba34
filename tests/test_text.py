"""fold() and clean() take fast paths; their results must equal the definitions'."""

from __future__ import annotations

import random
import re
import sys
import unicodedata

import pytest

from volmatch.text import clean, fold

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


def _clean_line_by_line(text):
    """clean() as it was written first: every line on its own, always."""
    if text is None:
        return ""
    text = text.replace("\u00a0", " ").replace("\r\n", "\n").replace("\r", "\n")
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    return "\n".join(lines).strip()


def test_clean_of_one_line_is_the_line_by_line_result():
    """clean() skips the split for one line; every kind of space and break still reads the
    same as cleaning line by line (Unicode spaces, separators, vertical tab, CR, NBSP)."""
    rnd = random.Random(5)
    alphabet = [" ", "\t", "\n", "\r", "\u00a0", "a", "č", "\u2003", "\x0b", "\x1c", "\u2028"]
    for _ in range(20_000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(12)))
        assert clean(text) == _clean_line_by_line(text), repr(text)
