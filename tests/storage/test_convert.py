"""Conversion helpers: the fast search folding agrees with volmatch.text.fold."""

from __future__ import annotations

import pytest

from volmatch.storage.convert import search_fold
from volmatch.text import fold


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Žižkov ",
        "  Praha 7 —  Holešovice\n\tTroja ",
        "Українська мова: й, ї, ё",
        "Tiếng Việt: người nước ngoài",
        "ﬁ ligature, Straße, ÅNGSTRÖM",
        "a\u0301\u0302 combining marks \U0001d165 outside the BMP",
    ],
)
def test_search_fold_matches_fold(text):
    assert search_fold(text) == fold(text)
