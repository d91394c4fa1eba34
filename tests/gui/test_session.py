"""A long, realistic session must not leak references to None.

PySide6 6.12.0 on Python 3.11 drops a reference to None on many calls that return
nothing; after a few thousand the interpreter aborts (none_dealloc). We pin a version
without the fault; this test makes an upgrade that brings it back fail here first.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .conftest import type_text, wait_idle, when_dialog


def test_a_days_work_keeps_references_to_none(qtbot, make_window, demo_url):
    window = make_window(demo_url)
    opportunities, volunteers, matching = window.opportunities, window.volunteers, window.matching
    gc.collect()
    before = sys.getrefcount(None)
    calls = 0
    for round_ in range(6):
        for page in range(4):
            window.nav.setCurrentRow(page)
            window.setWindowTitle(f"volmatch – {page}")
            QApplication.processEvents()
            calls += 3
        wait_idle(qtbot)
        for text in ("praha", "doucovani", "Žižkov", "українська", ""):
            opportunities.search.clear()
            type_text(opportunities.search, text)
            opportunities.table.viewport().update()
            calls += len(text) * 3 + 2
        for column in range(opportunities.model.columnCount()):
            opportunities.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
            opportunities.table.resizeColumnToContents(column)
            calls += 2
        box = opportunities.filter_boxes["district"]
        for i in range(min(box.count(), 8)):
            box.setCurrentIndex(i)
            calls += 1
        box.setCurrentIndex(0)
        type_text(volunteers.search, "olena")
        volunteers.search.clear()
        volunteers.table.selectRow(round_)
        volunteer_id = volunteers.current_id()
        matching.match_for("volunteer", volunteer_id)
        wait_idle(qtbot)
        for row in range(min(matching.model.rowCount(), 10)):
            matching.table.selectRow(row)
            calls += 2
        when_dialog(lambda editor: editor.reject())
        window.nav.setCurrentRow(1)
        volunteers.table.selectRow(round_)
        volunteers.edit_item()
        wait_idle(qtbot)
        for _ in range(300):
            window.statusBar().showMessage("…")
            window.update()
            calls += 2
    for _ in range(1000):
        window.setWindowTitle("volmatch")
        calls += 1
    gc.collect()
    after = sys.getrefcount(None)
    assert calls > 3000
    # A faulty binding loses about one reference per call; normal churn is a few dozen.
    assert after - before > -200, f"{before - after} references to None lost in {calls} calls"
