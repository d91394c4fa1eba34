"""Trash…: deleted records with the days left, restored (the lists refresh) or emptied."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update

from volmatch.domain import Opportunity, Volunteer
from volmatch.gui.dialogs.trash_dialog import TrashDialog, days_left
from volmatch.gui.worker import ALL_CHANGED
from volmatch.storage.queries import OPP

from .conftest import wait_idle


def _rows(dialog: TrashDialog) -> list[list[str]]:
    t = dialog.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def test_days_left_counts_down_and_stops_at_zero():
    now = dt.datetime(2026, 1, 31, 12, tzinfo=dt.UTC)
    assert days_left(dt.datetime(2026, 2, 10, 13, tzinfo=dt.UTC), now) == 10
    assert days_left(dt.datetime(2026, 1, 1, tzinfo=dt.UTC), now) == 0


def test_restoring_from_the_trash_refreshes_the_list(qtbot, make_window):
    window = make_window()
    backend = window.ctx.backend
    opp_id = backend.save_opportunity(Opportunity(title="Zahrada v Holešovicích"))
    vol_id = backend.save_volunteer(Volunteer(name="Nguyen Van An"))
    backend.delete_opportunity(opp_id)
    backend.delete_volunteer(vol_id)
    window.ctx.changes.changed.emit(ALL_CHANGED)
    wait_idle(qtbot)
    page = window.show_page("opportunities")
    assert page.model.row_of(opp_id) < 0

    window.act_trash.trigger()
    dialog = window.findChild(TrashDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10000)
    rows = _rows(dialog)
    assert {r[1] for r in rows} == {"Zahrada v Holešovicích", "Nguyen Van An"}
    assert {r[3] for r in rows} == {"29"}
    assert not dialog.restore_button.isEnabled()

    row = next(i for i, r in enumerate(rows) if r[1] == "Zahrada v Holešovicích")
    dialog.table.selectRow(row)
    assert dialog.restore_button.isEnabled()
    with qtbot.waitSignal(window.ctx.changes.changed, timeout=10000) as signal:
        dialog.restore_button.click()
    assert signal.args[0].opportunities and not signal.args[0].volunteers
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10000)
    wait_idle(qtbot)
    assert _rows(dialog)[0][1] == "Nguyen Van An"
    qtbot.waitUntil(lambda: page.model.row_of(opp_id) >= 0, timeout=10000)
    assert backend.get_opportunity(opp_id).title == "Zahrada v Holešovicích"
    dialog.reject()


def test_emptying_deletes_only_what_is_older_than_30_days(qtbot, make_window):
    window = make_window()
    backend = window.ctx.backend
    old_id = backend.save_opportunity(Opportunity(title="Staré"))
    new_id = backend.save_opportunity(Opportunity(title="Nové"))
    backend.delete_opportunity(old_id)
    backend.delete_opportunity(new_id)
    long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=40)
    with backend.db.session(write=True) as s:
        s.execute(update(OPP).where(OPP.c.id == old_id).values(deleted_at=long_ago))

    window.act_trash.trigger()
    dialog = window.findChild(TrashDialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10000)
    assert sorted(r[3] for r in _rows(dialog)) == ["0", "29"]
    dialog.empty_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10000)
    wait_idle(qtbot)
    assert _rows(dialog)[0][1] == "Nové"
    from volmatch.storage import repository as repo

    with backend.db.session() as s:
        ids = {o.id for o in repo.load_opportunities(s, include_deleted=True)}
    assert old_id not in ids and new_id in ids
    dialog.reject()


def test_an_empty_trash_says_so(qtbot, make_window):
    window = make_window()
    window.act_trash.trigger()
    dialog = window.findChild(TrashDialog)
    qtbot.waitUntil(lambda: dialog.summary.text() == "The trash is empty.", timeout=10000)
    assert not dialog.restore_button.isEnabled()
    dialog.reject()
