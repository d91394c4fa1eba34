"""The list tables leave out records in the trash; undo brings them back from it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from volmatch.gui.worker import ALL_CHANGED

from .conftest import wait_idle, when_dialog


def trash(backend) -> set[tuple[str, int]]:
    with backend.db.session() as s:
        return {(item.entity, item.id) for item in backend._repo().list_trash(s)}


@pytest.mark.parametrize(("entity", "row"), [("opportunity", 0), ("volunteer", 1)])
def test_a_deleted_record_leaves_the_table_and_undo_brings_it_back(
    qtbot, make_window, demo_url, entity, row
):
    window = make_window(demo_url)
    window.nav.setCurrentRow(row)
    page = window.opportunities if entity == "opportunity" else window.volunteers
    before = page.model.rowCount()
    record_id = page.model.id_at(3)
    page.select_id(record_id)
    when_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    window.act_delete.trigger()
    wait_idle(qtbot)
    assert (entity, record_id) in trash(window.ctx.backend)  # kept, only hidden
    # A full re-read from the database, as after opening it again, still leaves it out.
    window.ctx.changes.changed.emit(ALL_CHANGED)
    wait_idle(qtbot)
    ids = [page.model.id_at(i) for i in range(page.model.rowCount())]
    assert record_id not in ids and len(ids) == before - 1

    window.act_undo.trigger()
    wait_idle(qtbot)
    window.ctx.changes.changed.emit(ALL_CHANGED)
    wait_idle(qtbot)
    assert (entity, record_id) not in trash(window.ctx.backend)
    ids = [page.model.id_at(i) for i in range(page.model.rowCount())]
    assert record_id in ids and len(ids) == before  # the same record, not a copy
