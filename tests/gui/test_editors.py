"""The record editors driven as a coordinator would: every field, one editor per record."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from volmatch.domain import Level, Opportunity, Status
from volmatch.gui.editors import base as editors
from volmatch.gui.editors.opportunity_editor import OpportunityEditor
from volmatch.gui.editors.volunteer_editor import VolunteerEditor
from volmatch.reference.availability import parse_availability

from .conftest import type_text, wait_idle, when_dialog

KC = "Komunitní centrum Holešovice, z. s."


def seed(backend) -> int:
    return backend.save_opportunity(
        Opportunity(
            title="Zahrada pro sousedy",
            organization=KC,
            districts=("Praha 7",),
            status=Status.PUBLISHED,
        )
    )


def test_create_a_listing_with_organization_interests_and_minimum_age(qtbot, make_window, backend):
    seed(backend)
    window = make_window()
    seen = {}

    def fill(editor: OpportunityEditor):
        # A title in English only: saving is allowed, the Czech one shows as missing.
        type_text(editor.text_edits["en"][0], "Community garden helpers")
        seen["cs_missing"] = editor.title_messages["cs"].text()
        type_text(editor.organization.edit, "komunitni centrum holes")
        seen["offered"] = editor.organization.offered()
        editor.organization.completer.activated.emit(seen["offered"][0])
        seen["stored"] = (editor.organization.text(), editor.organization.message.text())
        type_text(editor.districts.edit, "Holesovice")
        seen["asked"] = editor.districts.choices()
        seen["blocked"] = editor.save_button.isEnabled()
        editor.districts.choose("Praha 7")
        seen["understood"] = editor.districts.message.text()
        type_text(editor.interests.edit, "zahradniceni, zonglovani s micky")
        seen["interests"] = editor.interests.message.text()
        editor.min_age.setValue(15)
        editor.capacity.setValue(6)
        type_text(editor.address, "Dělnická 12")
        type_text(editor.accessibility, "bezbariérový vstup")
        type_text(editor.schedule.edit, "po-pá večer")
        seen["schedule"] = editor.schedule.message.text()
        seen["errors"] = editor.validate()
        editor.save_button.click()

    when_dialog(fill)
    window.act_new.trigger()
    wait_idle(qtbot)
    assert "Czech title is missing" in seen["cs_missing"]
    assert seen["offered"][0] == KC
    assert seen["stored"] == (KC, "✓ a stored organization")
    assert seen["asked"] == ["Praha 7", "Praha 1"] and seen["blocked"] is False
    assert "Praha 7" in seen["understood"]
    assert "zahradniceni → gardening" in seen["interests"]
    assert "zonglovani s micky → free keyword" in seen["interests"]
    assert seen["errors"] == []
    page = window.opportunities
    record = window.ctx.backend.get_opportunity(page.current_id())
    assert record.title == "Community garden helpers" and record.source_lang == "en"
    assert record.organization == KC
    assert record.districts == ("Praha 7",)
    assert record.interests == ("gardening", "zonglovani s micky")  # a free keyword kept
    assert record.min_age == 15 and record.capacity == 6
    assert record.address == "Dělnická 12" and record.accessibility == "bezbariérový vstup"
    assert seen["schedule"] == "→ Mon–Fri evening"
    assert record.schedule_mask == parse_availability("po-pá večer")[0] != 0
    assert window.ctx.backend.organizations().count(KC) == 1


def test_a_name_like_a_stored_organization_asks_first(qtbot, make_window, backend):
    seed(backend)
    window = make_window()
    seen = {}

    def answer(box):
        seen["question"] = box.text()
        use = next(b for b in box.buttons() if KC in b.text())
        use.click()

    def fill(editor: OpportunityEditor):
        type_text(editor.text_edits["cs"][0], "Sousedská kavárna")
        type_text(editor.organization.edit, "Komunitni centrum Holesovice")  # no "z. s."
        editor.organization.completer.popup().hide()
        type_text(editor.districts.edit, "Praha 7")
        when_dialog(answer)
        editor.save_button.click()

    when_dialog(fill)
    window.act_new.trigger()
    wait_idle(qtbot)
    assert KC in seen["question"]
    record = window.ctx.backend.get_opportunity(window.opportunities.current_id())
    assert record.organization == KC
    assert window.ctx.backend.organizations() == [KC]


def test_a_new_organization_is_an_explicit_choice(qtbot, make_window, backend):
    seed(backend)
    window = make_window()

    def fill(editor: OpportunityEditor):
        type_text(editor.text_edits["cs"][0], "Doučování")
        type_text(editor.organization.edit, "Klub Hanoi")
        editor.organization.completer.popup().hide()
        assert editor.organization.new_button.isVisibleTo(editor)
        editor.organization.new_button.click()
        type_text(editor.districts.edit, "Praha 7")
        editor.save_button.click()  # no question: the choice was made

    when_dialog(fill)
    window.act_new.trigger()
    wait_idle(qtbot)
    assert sorted(window.ctx.backend.organizations()) == ["Klub Hanoi", KC]


def test_one_editor_per_record_and_no_conflict_with_oneself(qtbot, make_window, backend):
    record_id = seed(backend)
    window = make_window()
    page = window.opportunities
    page.select_id(record_id)
    seen = {}

    def edit(editor: OpportunityEditor):
        # A double-click asks twice, and the menu once more: still one editor.
        page.edit_item()
        window.act_edit.trigger()
        QApplication.processEvents()
        seen["open"] = [k for k in editors.open_editors()]
        seen["editors"] = len(
            [w for w in QApplication.topLevelWidgets() if isinstance(w, OpportunityEditor)]
        )
        title = editor.text_edits["cs"][0]
        title.clear()
        type_text(title, "Zahrada pro všechny")
        editor.save_button.click()

    when_dialog(edit)
    page.edit_item()
    page.edit_item()  # the second of a double-click, while the first is being read
    wait_idle(qtbot)
    assert seen["open"] == [("opportunity", record_id)]
    assert seen["editors"] == 1
    assert getattr(page, "conflict_dialog", None) is None
    assert window.ctx.backend.get_opportunity(record_id).title == "Zahrada pro všechny"
    assert editors.open_editors() == {}

    # The same record edited again right away: its new version, no conflict.
    when_dialog(lambda e: (e.min_age.setValue(18), e.save_button.click()))
    page.select_id(record_id)
    page.edit_item()
    wait_idle(qtbot)
    assert getattr(page, "conflict_dialog", None) is None
    assert window.ctx.backend.get_opportunity(record_id).min_age == 18


def test_the_listing_editor_fits_a_small_screen_and_messages_move_nothing(qtbot):
    editor = OpportunityEditor(None, [], None, [KC])
    qtbot.addWidget(editor)
    for code in ("uk", "cs", "en"):
        editor.languages.add_row(code)
    editor.show()
    # 1366×768 less a task bar and a title bar.
    assert editor.width() <= 1366 and editor.height() <= 700
    assert editor.minimumSizeHint().height() <= 700
    below = [editor.address, editor.interests, editor.languages, editor.min_age]
    before = [w.mapTo(editor, w.rect().topLeft()) for w in below]
    type_text(editor.districts.edit, "Xyzabc")
    type_text(editor.valid_until.edit, "31. 2. 2026")
    type_text(editor.interests.edit, "zahradniceni")
    assert editor.districts.error() and editor.valid_until.message.text()
    assert [w.mapTo(editor, w.rect().topLeft()) for w in below] == before


def test_create_a_volunteer_with_the_shared_controls(qtbot, make_window):
    window = make_window()
    window.nav.setCurrentRow(1)
    seen = {}

    def fill(editor: VolunteerEditor):
        type_text(editor.name.edit, "Olena Kovalenko")
        type_text(editor.district.edit, "na Letné")
        seen["home"] = editor.district.message.text()
        type_text(editor.travel.edit, "Karlin, Holesovice")
        seen["asked"] = editor.travel.choices()
        editor.travel.choose("Praha 7")
        type_text(editor.interests.edit, "zahradniceni, mineralogie")
        type_text(editor.availability.edit, "víkendy")
        row = editor.languages.add_row("cs", Level.B1)
        seen["levels"] = row.level.toolTip()
        seen["b1"] = row.level.itemData(
            row.level.findData(int(Level.B1)), Qt.ItemDataRole.ToolTipRole
        )
        type_text(editor.consent_date.edit, "1. 3. 2025")
        seen["consent"] = editor.consent_message.text()
        editor.save_button.click()

    when_dialog(fill)
    window.act_new.trigger()
    wait_idle(qtbot)
    assert seen["home"] == "na Letné → Praha 7"
    assert seen["asked"] == ["Praha 7", "Praha 1"]
    assert "CEFR" in seen["levels"] and seen["b1"].startswith("B1 intermediate")
    assert seen["consent"] == "Allows matching to listings and contacting the person."
    record = window.ctx.backend.get_volunteer(window.volunteers.current_id())
    assert record.district == "Praha 7"
    assert record.travel_districts == ("Praha 8", "Praha 7")
    assert record.interest_tags == ("gardening",)
    assert record.interests_text == "zahradniceni, mineralogie"  # the free word kept
    assert record.availability_mask == parse_availability("víkendy")[0] != 0


def test_anywhere_or_online_typed_as_the_place_sets_where(qtbot):
    editor = OpportunityEditor(None, [], None, [])
    qtbot.addWidget(editor)
    type_text(editor.text_edits["cs"][0], "Překlady")
    type_text(editor.districts.edit, "online")
    QTest.keyClick(editor.districts.edit, Qt.Key.Key_Return)  # the place typed
    assert editor.scope.currentData() == "remote" and editor.validate() == []
    assert editor.result_record().scope == "remote" and editor.result_record().districts == ()
    editor.scope.setCurrentIndex(editor.scope.findData("districts"))
    editor.districts.edit.clear()
    type_text(editor.districts.edit, "celá Praha")
    QTest.keyClick(editor.districts.edit, Qt.Key.Key_Return)
    assert editor.scope.currentData() == "citywide"
