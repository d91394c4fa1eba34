"""Saving over a record someone else changed: both versions side by side, then the choice saved."""

from __future__ import annotations

import dataclasses
import datetime as dt

from volmatch.domain import Opportunity, Volunteer
from volmatch.gui.dialogs.conflict_dialog import ConflictDialog, show_value
from volmatch.storage.conflicts import Conflict

from .conftest import type_text, wait_idle, when_dialog


def change_elsewhere(url: str, entity: str, record_id: int, **fields) -> None:
    """Another coordinator saves the record through their own database connection."""
    from volmatch.storage import repository
    from volmatch.storage.database import open_database

    db = open_database(url)
    db.user = "Jana"
    try:
        with db.session(write=True) as s:
            if entity == "opportunity":
                record = repository.get_opportunity(s, record_id)
                repository.save_opportunities(s, [dataclasses.replace(record, **fields)])
            else:
                record = repository.get_volunteer(s, record_id)
                repository.save_volunteers(s, [dataclasses.replace(record, **fields)])
    finally:
        db.dispose()


def test_merge_field_by_field_after_someone_else_saved(qtbot, make_window, demo_url):
    window = make_window(demo_url)
    page = window.opportunities
    record_id = page.model.id_at(0)
    page.select_id(record_id)
    seen = {}

    def resolve(dialog: ConflictDialog):
        rows = {
            dialog.table.item(r, 0).text(): (
                dialog.table.item(r, 1).text(),
                dialog.table.item(r, 2).text(),
            )
            for r in range(dialog.table.rowCount())
        }
        seen["rows"] = rows
        seen["message"] = dialog.message.text()
        assert rows["Title"] == ("Můj nový název", "Jejich název")
        assert rows["Notes"][1] == "Zavolat v pondělí"
        dialog.combos["title"].setCurrentIndex(dialog.combos["title"].findData("mine"))
        dialog.combos["notes"].setCurrentIndex(dialog.combos["notes"].findData("theirs"))
        dialog.merge_button.click()

    def edit(editor):
        change_elsewhere(
            demo_url, "opportunity", record_id, title="Jejich název", notes="Zavolat v pondělí"
        )
        title = editor.text_edits["cs"][0]
        title.clear()
        type_text(title, "Můj nový název")
        when_dialog(resolve)
        editor.save_button.click()

    when_dialog(edit)
    window.act_edit.trigger()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: "rows" in seen, timeout=5000)
    wait_idle(qtbot)
    assert "Jana" in seen["message"]
    stored = window.ctx.backend.get_opportunity(record_id)
    assert stored.title == "Můj nový název" and stored.notes == "Zavolat v pondělí"
    assert "Můj nový název" in [page.model.row_values(i)[0] for i in range(page.model.rowCount())]


def test_keep_mine_and_take_theirs_for_a_volunteer(qtbot, make_window, demo_url):
    window = make_window(demo_url)
    window.nav.setCurrentRow(1)
    page = window.volunteers
    record_id = page.model.id_at(0)
    old_phone = window.ctx.backend.get_volunteer(record_id).phone
    suggested = {}

    def edit_then(decision: str, name: str):
        def resolve(dialog: ConflictDialog):
            # Only they changed the phone: the field-by-field merge suggests theirs.
            suggested["phone"] = dialog.combos["phone"].currentData()
            {"mine": dialog.mine_button, "theirs": dialog.theirs_button}[decision].click()

        def edit(editor):
            change_elsewhere(demo_url, "volunteer", record_id, phone="+420 777 000 111")
            editor.name.edit.clear()
            type_text(editor.name.edit, name)
            when_dialog(resolve)
            editor.save_button.click()

        page.select_id(record_id)
        when_dialog(edit)
        window.act_edit.trigger()
        wait_idle(qtbot)
        qtbot.waitUntil(lambda: getattr(page, "conflict_dialog", 1) is None, timeout=5000)
        wait_idle(qtbot)
        return window.ctx.backend.get_volunteer(record_id)

    stored = edit_then("mine", "Nguyễn Thị Mai")
    assert suggested == {"phone": "theirs"}
    assert stored.name == "Nguyễn Thị Mai" and stored.phone == old_phone  # all mine
    before = stored.name
    stored = edit_then("theirs", "Ignorováno")
    assert stored.name == before  # their version stands, my edit was dropped


def test_a_record_deleted_for_good_can_be_kept_as_new(qtbot):
    mine = Volunteer(name="Olena", id=7, version=2, consent_date=dt.date(2026, 1, 2))
    conflict = Conflict(mine, None, 2, None, ("name",), changed_by=("Petr",))
    dialog = ConflictDialog(conflict)
    qtbot.addWidget(dialog)
    assert "Petr deleted this record for good" in dialog.message.text()
    assert dialog.theirs_button.isHidden() and dialog.merge_button.isHidden()
    assert show_value(Opportunity("x").languages) == "—"
    assert show_value((dt.date(2026, 1, 2), "a")) == "2. 1. 2026, a"


def test_both_versions_are_shown_in_words(qtbot):
    from volmatch.domain import LanguageNeed, Level, Status

    mine = Opportunity(
        "Zahrada",
        id=3,
        version=2,
        status=Status.PUBLISHED,
        valid_until=dt.date(2027, 3, 1),
        languages=(LanguageNeed("uk", Level.B1, True),),
        interests=("gardening", "mineralogie"),
        min_age=15,
    )
    theirs = dataclasses.replace(
        mine, version=3, status=Status.DRAFT, valid_until=None, languages=(), interests=()
    )
    fields = ("languages", "interests", "status", "valid_until")
    dialog = ConflictDialog(Conflict(mine, theirs, 2, 3, fields, changed_by=("Jana",)))
    qtbot.addWidget(dialog)
    rows = {
        dialog.table.item(r, 0).text(): (
            dialog.table.item(r, 1).text(),
            dialog.table.item(r, 2).text(),
        )
        for r in range(dialog.table.rowCount())
    }
    assert rows == {
        "Languages": ("Ukrainian B1 (required)", "—"),
        "Interests": ("gardening, mineralogie", "—"),
        "Status": ("published", "draft"),
        "Valid until": ("1. 3. 2027", "—"),
    }
