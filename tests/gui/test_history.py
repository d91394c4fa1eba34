"""History…: the audit entries of the selected record, without any field's value."""

from __future__ import annotations

import dataclasses

from volmatch.domain import Opportunity, Volunteer
from volmatch.gui.dialogs.history_dialog import HistoryDialog
from volmatch.gui.worker import ALL_CHANGED

from .conftest import wait_idle


def _cells(dialog: HistoryDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_history_of_a_selected_opportunity_from_the_edit_menu(qtbot, make_window):
    window = make_window()
    backend = window.ctx.backend
    new_id = backend.save_opportunity(Opportunity(title="Doučování"))
    saved = backend.get_opportunity(new_id)
    backend.save_opportunity(dataclasses.replace(saved, title="Secret new title", capacity=3))
    window.ctx.changes.changed.emit(ALL_CHANGED)
    wait_idle(qtbot)
    page = window.show_page("opportunities")
    page.select_id(new_id)

    window.act_history.trigger()
    dialog = window.findChild(HistoryDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10000)
    rows = _cells(dialog)
    assert [r[2] for r in rows] == ["Changed", "Created"]  # newest first
    assert rows[0][3] == "Capacity, Title"  # field names in the interface language
    assert all(r[1] for r in rows)  # who
    text = " ".join(" ".join(r) for r in rows)
    assert "Secret new title" not in text and "Doučování" not in text
    assert "Secret new title" in dialog.heading.text()
    dialog.reject()


def test_history_of_a_volunteer_from_the_context_menu_action(qtbot, make_window, monkeypatch):
    monkeypatch.setenv("VOLMATCH_USER", "Jana Nováková (OSPOD)")
    window = make_window()
    backend = window.ctx.backend
    new_id = backend.save_volunteer(Volunteer(name="Olena Kovalenko", email="o@example.org"))
    backend.delete_volunteer(new_id)
    backend.restore_volunteer(Volunteer(id=new_id, name="Olena Kovalenko"))
    window.ctx.changes.changed.emit(ALL_CHANGED)
    wait_idle(qtbot)
    page = window.show_page("volunteers")
    page.select_id(new_id)

    page.show_history()
    dialog = window.findChild(HistoryDialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=10000)
    rows = _cells(dialog)
    assert [r[2] for r in rows] == ["Restored from the trash", "Moved to the trash", "Created"]
    assert {r[1] for r in rows} == {"Jana Nováková (OSPOD)"}
    assert "o@example.org" not in " ".join(" ".join(r) for r in rows)
    dialog.reject()


def test_history_without_a_selection_opens_nothing(qtbot, make_window):
    window = make_window()
    window.show_page("volunteers")
    window.act_history.trigger()
    assert window.findChild(HistoryDialog) is None


def test_times_are_written_as_the_lists_write_dates(monkeypatch):
    import datetime as dt
    import time

    from volmatch.gui.dialogs.history_dialog import local_time

    monkeypatch.setenv("TZ", "Europe/Prague")
    time.tzset()
    try:
        # Stored UTC (naive or aware) is shown in local time, day and month without zeros.
        assert local_time(dt.datetime(2026, 3, 4, 13, 5)) == "4. 3. 2026 14:05"
        assert local_time(dt.datetime(2026, 7, 4, 13, 5, tzinfo=dt.UTC)) == "4. 7. 2026 15:05"
    finally:
        monkeypatch.undo()
        time.tzset()
