"""Searching many rows through one joined string finds exactly what a test per row finds."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt

from volmatch.gui.models.tablemodel import FastTableModel, TableData, haystack, rows_containing
from volmatch.text import fold

WORDS = ["Žižkov", "doučování", "Praha 7", "Holešovice", "українська", "Tiếng Việt", "zoo", "do"]


def _table(n: int) -> TableData:
    rng = random.Random(4)
    titles = [" ".join(rng.choices(WORDS, k=rng.randint(1, 3))) + f" {i}" for i in range(n)]
    return TableData(
        ids=list(range(n)),
        rows=[(t, "org") for t in titles],
        folded=[fold(t) for t in titles],
        facets={"status": [(rng.choice(["draft", "published"]),) for _ in range(n)]},
    )


def test_rows_containing_marks_each_row_once():
    hay = haystack(["abc", "", "xbx", "b"])
    assert [bool(f) for f in rows_containing(hay, "b")] == [True, False, True, True]
    assert [bool(f) for f in rows_containing(hay, "bc")] == [True, False, False, False]


def test_texts_holding_the_separators_are_not_joined():
    assert haystack(["a\x00b", "c"]) is None
    assert haystack(["a\x01b"]) is None
    assert haystack([]) == b""


def test_the_joined_search_agrees_with_a_test_per_row(qapp):
    table = _table(12000)
    model = FastTableModel(["Title", "Organization"])
    model.set_table(table)
    assert model._haystack is not None  # the joined path is the one under test

    def expected(needle: str) -> list[int]:
        return [i for i in model._base if needle in table.folded[i]]

    for step in range(3):
        if step == 1:
            model.sort(0, Qt.SortOrder.DescendingOrder)
        if step == 2:
            model.set_filter("status", "draft")
        for text in ("z", "zi", "zizkov", "", "УКР", "viet", "do", "dou", "doucovani 1", "\x01"):
            model.set_search(text)
            needle = fold(text)
            assert model.visible == (expected(needle) if needle else model._base), (step, text)
