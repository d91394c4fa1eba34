from PySide6.QtWidgets import QMessageBox

from volmatch.domain import LanguageNeed, Level, Opportunity, Status
from volmatch.gui.editors.opportunity_editor import OpportunityEditor

from .conftest import type_text, wait_idle, when_dialog


def seed(backend) -> list[int]:
    return [
        backend.save_opportunity(
            Opportunity(
                title="Doučování dětí",
                organization="Charita Praha",
                districts=("Praha 3",),
                district_text="Žižkov",
                languages=(LanguageNeed("uk", Level.B1, True),),
                status=Status.PUBLISHED,
            )
        ),
        backend.save_opportunity(
            Opportunity(
                title="Hrabání listí",
                organization="Zahrada Troja",
                districts=("Praha-Troja",),
                status=Status.DRAFT,
            )
        ),
        backend.save_opportunity(
            Opportunity(
                title="Chování koček",
                organization="Útulek",
                districts=("Praha 7",),
                status=Status.PUBLISHED,
            )
        ),
    ]


def titles(page) -> list[str]:
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def test_search_filters_and_czech_sorting(qtbot, make_window, backend):
    seed(backend)
    window = make_window()
    page = window.opportunities
    assert page.model.rowCount() == 3
    window.act_find.trigger()
    assert page.search.hasFocus()
    type_text(page.search, "zizkov")  # the listing says "Žižkov"
    assert titles(page) == ["Doučování dětí"]
    page.search.clear()
    page.table.sortByColumn(0, page.table.horizontalHeader().sortIndicatorOrder().AscendingOrder)
    assert titles(page) == ["Doučování dětí", "Hrabání listí", "Chování koček"]  # ch after h
    status_box = page.filter_boxes["status"]
    status_box.setCurrentIndex(status_box.findData("published"))
    assert titles(page) == ["Doučování dětí", "Chování koček"]
    page.apply_filter("language", "uk")
    assert titles(page) == ["Doučování dětí"]
    assert "1" in page.count_label.text() and "3" in page.count_label.text()
    page.reset_filters()
    assert page.model.rowCount() == 3


def test_create_a_listing_validating_as_you_type(qtbot, make_window):
    window = make_window()
    seen = {}

    def fill(editor: OpportunityEditor):
        seen["initial"] = editor.save_button.isEnabled()
        type_text(editor.text_edits["cs"][0], "Pomoc s úkoly – Žižkov")
        type_text(editor.districts.edit, "Praha 99x")
        seen["district"] = editor.districts.message.text()
        editor.districts.edit.clear()
        type_text(editor.districts.edit, "Praha 3")
        type_text(editor.contact_email.edit, "nekdo@")
        seen["email"] = editor.contact_email.message.text()
        seen["blocked"] = editor.save_button.isEnabled()
        type_text(editor.contact_email.edit, "charita.cz")
        type_text(editor.end_date.edit, "1. 2. 2020")
        type_text(editor.start_date.edit, "1. 3. 2020")
        seen["order"] = editor.end_date.message.text()
        editor.end_date.edit.clear()
        type_text(editor.text_edits["uk"][0], "Допомога з домашніми завданнями")
        editor.languages.add_row("uk", Level.B1, True)
        seen["errors"] = editor.validate()
        editor.save_button.click()

    when_dialog(fill)
    window.act_new.trigger()
    wait_idle(qtbot)
    assert seen["initial"] is False
    assert "Praha 99x" in seen["district"]
    assert "nekdo@" in seen["email"] and seen["blocked"] is False
    assert "before" in seen["order"]
    assert seen["errors"] == []
    page = window.opportunities
    assert titles(page) == ["Pomoc s úkoly – Žižkov"]
    record = window.ctx.backend.get_opportunity(page.current_id())
    assert record.districts == ("Praha 3",)
    assert record.translations["uk"].title == "Допомога з домашніми завданнями"
    assert record.languages == (LanguageNeed("uk", Level.B1, True),)
    assert record.contact_email == "nekdo@charita.cz"


def test_fuzzy_duplicate_warning_for_a_new_listing(qtbot, make_window, backend):
    seed(backend)
    window = make_window()
    seen = {}

    def fill(editor: OpportunityEditor):
        type_text(editor.text_edits["cs"][0], "Doucovani deti")
        type_text(editor.organization.edit, "Charita Praha")
        editor.check_duplicates()
        seen["warning"] = editor.duplicate_warning.text()
        editor.reject()

    when_dialog(fill)
    window.act_new.trigger()
    wait_idle(qtbot)
    assert "Doučování dětí" in seen["warning"]


def test_edit_duplicate_archive_delete_and_undo(qtbot, make_window, backend):
    ids = seed(backend)
    window = make_window()
    page = window.opportunities
    page.select_id(ids[0])

    def rename(editor):
        title = editor.text_edits["cs"][0]
        title.clear()
        type_text(title, "Doučování dětí z Ukrajiny")
        editor.save_button.click()

    when_dialog(rename)
    window.act_edit.trigger()
    wait_idle(qtbot)
    assert "Doučování dětí z Ukrajiny" in titles(page)
    window.act_undo.trigger()
    wait_idle(qtbot)
    assert "Doučování dětí" in titles(page) and "Doučování dětí z Ukrajiny" not in titles(page)

    page.select_id(ids[0])
    when_dialog(lambda editor: editor.save_button.click())
    window.act_duplicate.trigger()
    wait_idle(qtbot)
    assert page.model.rowCount() == 4
    copy = window.ctx.backend.get_opportunity(page.current_id())
    assert copy.id not in ids and copy.status is Status.DRAFT and copy.districts == ("Praha 3",)

    page.select_id(ids[2])
    window.act_archive.trigger()
    wait_idle(qtbot)
    assert window.ctx.backend.get_opportunity(ids[2]).status is Status.ARCHIVED
    window.act_undo.trigger()
    wait_idle(qtbot)
    assert window.ctx.backend.get_opportunity(ids[2]).status is Status.PUBLISHED

    page.select_id(ids[1])
    when_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    window.act_delete.trigger()
    wait_idle(qtbot)
    assert "Hrabání listí" not in titles(page)
    window.act_undo.trigger()
    wait_idle(qtbot)
    assert "Hrabání listí" in titles(page)


def test_next_and_previous_move_through_the_list(qtbot, make_window, backend):
    seed(backend)
    window = make_window()
    page = window.opportunities
    window.act_next.trigger()
    first = page.current_id()
    window.act_next.trigger()
    assert page.current_id() != first
    window.act_previous.trigger()
    assert page.current_id() == first
