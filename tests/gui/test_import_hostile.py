"""A hostile file picked in the app's import dialog: a worded refusal, never a crash."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from volmatch.gui.dialogs.exchange import ImportDialog

from .conftest import wait_idle

sys.path.insert(0, str(Path(__file__).parents[1] / "importing"))

import hostile_files as h


@pytest.mark.parametrize(
    ("name", "build", "words"),
    [
        ("bomba.xlsx", h.xlsx_corner_bomb, "16,384 columns"),
        ("bomba.ods", h.ods_repeat_bomb, "16,384 columns"),
        ("dlouhy.xlsx", lambda p: h.xlsx_long_cell(p, 5_000_000), "32,767"),
    ],
)
def test_a_spreadsheet_bomb_is_refused_in_words(qtbot, make_window, tmp_path, name, build, words):
    window = make_window()
    path = build(tmp_path / name)
    dialog = ImportDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.path.edit.setText(str(path))
    dialog.check_button.click()
    wait_idle(qtbot)
    assert "Nothing was imported" in dialog.result.text()
    texts = [dialog.issues.item(i).text() for i in range(dialog.issues.count())]
    assert any(words in t for t in texts), texts
    assert window.opportunities.model.rowCount() == 0
