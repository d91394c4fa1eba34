"""Placements stay visible: on the result row, for the volunteer, in the pipeline, on the
follow-up list until someone records how it went, and on the Overview."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from volmatch.domain import PlacementState
from volmatch.gui.models.placements import PlacementModel

from .conftest import type_text, wait_idle, when_dialog


def test_placement_model_passes_modeltester(qtmodeltester):
    model = PlacementModel(today=dt.date(2026, 12, 3))
    row = SimpleNamespace(
        id=1,
        volunteer_id=2,
        volunteer="Olena",
        opportunity_id=3,
        title="Doučování",
        organization="Centrum",
        state=PlacementState.PLACED,
        since=dt.datetime(2026, 11, 1, 12, tzinfo=dt.UTC),
        changed_by="jana",
        notes="2026-11-01: začala\n2026-12-01: chodí",
        follow_up_on=dt.date(2026, 12, 1),
        hours=12.5,
    )
    model.set_rows([row, SimpleNamespace(**{**vars(row), "id": 2, "hours": None})])
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, 8).data() == "1. 12. 2026: chodí"  # the latest line of the notes
    assert model.index(0, 8).data(Qt.ItemDataRole.ToolTipRole) == (
        "1. 11. 2026: začala\n1. 12. 2026: chodí"
    )
    assert "(due)" in model.index(0, 6).data()
    # Dates as the lists and editors write them, not the locale's short "01.11.26".
    assert model.index(0, 4).data() == "1. 11. 2026"
    assert model.index(0, 6).data().startswith("1. 12. 2026 ")


def test_a_placement_on_every_view(qtbot, make_window, demo_url):
    window = make_window(demo_url)
    window.nav.setCurrentRow(2)
    page = window.matching
    volunteers = window.volunteers.model.data_
    olena = volunteers.ids[[r[0] for r in volunteers.rows].index("Olena Kovalenko")]
    page.match_for("volunteer", olena)
    wait_idle(qtbot)
    page.table.selectRow(0)
    title = page.current_row().label
    page.outcome.setCurrentIndex(page.outcome.findData(PlacementState.PLACED.value))
    page.record_button.click()
    wait_idle(qtbot)
    wait_idle(qtbot)
    assert "placed" in page.model.index(0, 4).data()
    lines = [page.subject_placements.item(i).text() for i in range(page.subject_placements.count())]
    assert any(line.startswith("placed") and title in line for line in lines), lines

    window.show_page("placements")
    wait_idle(qtbot)
    places = window.placements
    assert "placed: 1" in places.counts.text() and "1 to follow up" in places.counts.text()
    rows = places.pipeline_model.rows
    assert [(r.volunteer, r.title, r.state) for r in rows] == [
        ("Olena Kovalenko", title, PlacementState.PLACED)
    ]
    follow = places.follow_model.rows
    assert len(follow) == 1 and follow[0].follow_up_on > dt.date.today()

    places.tabs.setCurrentIndex(1)
    places.follow.selectRow(0)

    def answer(dialog):
        type_text(dialog.note, "Začala v pondělí, chodí každý týden.")
        dialog.hours.setValue(12)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    when_dialog(answer)
    places.follow_button.click()
    wait_idle(qtbot)
    wait_idle(qtbot)
    assert places.follow_model.rows == []
    [row] = places.pipeline_model.rows
    assert row.hours == 12 and "chodí každý týden" in row.notes
    assert places.pipeline_model.index(0, 7).data() == "12"

    window.show_page("overview")
    wait_idle(qtbot)
    assert "Placements so far" in window.overview.headline.text()
    labels = [r[1] for r in window.overview.districts.rows]
    assert any("1 placed" in label for label in labels), labels
