"""The Matching page: stale results go at once, pins and hides are stored and shown,
a recorded outcome stays on the row."""

from __future__ import annotations

from volmatch.domain import PlacementState

from .conftest import wait_idle


def olena_matches(qtbot, make_window, demo_url):
    window = make_window(demo_url)
    window.nav.setCurrentRow(2)
    page = window.matching
    volunteers = window.volunteers.model.data_
    olena = volunteers.ids[[r[0] for r in volunteers.rows].index("Olena Kovalenko")]
    page.match_for("volunteer", olena)
    wait_idle(qtbot)
    return window, page, olena


def test_switching_direction_clears_the_results_at_once(qtbot, make_window, demo_url):
    _window, page, _ = olena_matches(qtbot, make_window, demo_url)
    assert page.model.rowCount() > 0 and page.reasons.count() > 0
    page.for_opportunity.setChecked(True)  # no event loop turn: cleared synchronously
    assert page.model.rowCount() == 0 and page.reasons.count() == 0
    assert page.summary.text() == "" and page.view is None
    page.for_volunteer.setChecked(True)
    page.picker.setCurrentIndex(0)
    page.run_match()
    wait_idle(qtbot)
    assert page.model.rowCount() > 0
    page.picker.setCurrentIndex(1)  # another subject: the old list goes
    assert page.model.rowCount() == 0


def test_pin_and_hide_a_pair_are_stored_and_said(qtbot, make_window, demo_url):
    window, page, _olena = olena_matches(qtbot, make_window, demo_url)
    rows = page.model.rows
    third, first = rows[2], rows[0]
    page.table.selectRow(2)
    page.pin_button.click()
    wait_idle(qtbot)
    assert page.model.rows[0].other_id == third.other_id and page.model.rows[0].pinned
    assert "pinned" in page.model.index(0, 4).data()
    assert page.current_row().other_id == third.other_id  # the selection stays on the pair
    assert page.pin_button.text() == "Unpin"
    page.table.selectRow([r.other_id for r in page.model.rows].index(first.other_id))
    page.hide_button.click()
    wait_idle(qtbot)
    assert first.other_id not in [r.other_id for r in page.model.rows]
    assert "1 pair hidden by a coordinator" in page.summary.text()
    page.show_hidden.setChecked(True)
    wait_idle(qtbot)
    hidden = [r for r in page.model.rows if r.other_id == first.other_id]
    assert hidden and hidden[0].hidden and "hidden" in page.model.marks_text(hidden[0])
    page.table.selectRow(page.model.rows.index(hidden[0]))
    assert page.hide_button.text() == "Show again"
    page.hide_button.click()
    wait_idle(qtbot)
    page.show_hidden.setChecked(False)
    wait_idle(qtbot)
    assert first.other_id in [r.other_id for r in page.model.rows]
    history = window.ctx.backend.db
    from sqlalchemy import select

    from volmatch.storage import audit

    with history.session() as s:
        log = audit.AUDIT
        actions = list(s.scalars(select(log.c.action).where(log.c.entity == "match_mark")))
    assert actions == ["create", "create", "delete"]


def test_a_recorded_outcome_stays_on_the_row(qtbot, make_window, demo_url):
    _window, page, olena = olena_matches(qtbot, make_window, demo_url)
    page.table.selectRow(1)
    pair = page.current_row().other_id
    page.outcome.setCurrentIndex(page.outcome.findData(PlacementState.PLACED.value))
    page.record_button.click()
    wait_idle(qtbot)
    wait_idle(qtbot)
    row = next(r for r in page.model.rows if r.other_id == pair)
    assert row.state == "placed"
    assert "placed" in page.model.marks_text(row)
    # back on the volunteer later: the state is read back, not "suggested" again
    page.for_opportunity.setChecked(True)
    page.match_for("volunteer", olena)
    wait_idle(qtbot)
    page.table.selectRow([r.other_id for r in page.model.rows].index(pair))
    assert page.outcome.currentData() == PlacementState.PLACED.value
