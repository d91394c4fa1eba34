from PySide6.QtWidgets import QMessageBox

from volmatch.domain import LanguageSkill, Level

from .conftest import type_text, wait_idle, when_dialog


def names(page) -> list[str]:
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def test_demo_volunteers_are_listed_and_searchable(qtbot, make_window, demo_url):
    window = make_window(demo_url)
    page = window.volunteers
    window.nav.setCurrentRow(1)
    assert page.model.rowCount() > 20
    type_text(page.search, "nguyen")  # finds "Nguyễn"
    assert names(page) and all("Nguy" in n for n in names(page))
    page.search.clear()
    page.apply_filter("language", "vi")
    assert page.model.rowCount() >= 1
    assert all("vi" in page.model.row_values(r)[2] for r in range(page.model.rowCount()))


def test_create_a_volunteer_with_languages_district_and_consent(qtbot, make_window):
    window = make_window()
    window.nav.setCurrentRow(1)
    seen = {}

    def fill(editor):
        seen["initial"] = editor.save_button.isEnabled()
        type_text(editor.name.edit, "Оксана Петренко")
        type_text(editor.district.edit, "Žižkov")
        seen["ambiguous"] = editor.district.choices()
        editor.district.edit.clear()
        type_text(editor.district.edit, "Karlin")
        seen["resolved"] = editor.district.message.text()
        row = editor.languages.add_row("uk", Level.NATIVE)
        editor.languages.add_row("cs", Level.B1)
        row.level.setCurrentIndex(row.level.findData(int(Level.NATIVE)))
        type_text(editor.consent_date.edit, "31. 2. 2025")
        seen["bad_date"] = editor.consent_date.message.text()
        editor.consent_date.edit.clear()
        type_text(editor.consent_date.edit, "1. 3. 2025")
        type_text(editor.birth_year.edit, "1890")
        seen["year"] = editor.birth_year.message.text()
        editor.birth_year.edit.clear()
        seen["errors"] = editor.validate()
        editor.save_button.click()

    when_dialog(fill)
    window.act_new.trigger()
    wait_idle(qtbot)
    assert seen["initial"] is False
    assert "Praha 3" in seen["ambiguous"]  # Žižkov lies in several districts: asked
    assert "Praha 8" in seen["resolved"]
    assert "31. 2. 2025" in seen["bad_date"] and "1890" in seen["year"]
    assert seen["errors"] == []
    page = window.volunteers
    assert names(page) == ["Оксана Петренко"]
    record = window.ctx.backend.get_volunteer(page.current_id())
    assert record.district == "Praha 8"
    assert record.languages == (LanguageSkill("uk", Level.NATIVE), LanguageSkill("cs", Level.B1))
    assert record.consent_date.isoformat() == "2025-03-01"


def test_edit_delete_and_undo_a_volunteer(qtbot, make_window, demo_url):
    window = make_window(demo_url)
    window.nav.setCurrentRow(1)
    page = window.volunteers
    before = page.model.rowCount()
    page.table.selectRow(0)
    name = page.model.row_values(0)[0]

    def rename(editor):
        editor.name.edit.clear()
        type_text(editor.name.edit, "Nguyễn Văn An")
        editor.save_button.click()

    when_dialog(rename)
    window.act_edit.trigger()
    wait_idle(qtbot)
    assert "Nguyễn Văn An" in names(page) and name not in names(page)
    window.act_undo.trigger()
    wait_idle(qtbot)
    assert name in names(page)

    page.select_id(page.model.id_at(0))
    when_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    window.act_delete.trigger()
    wait_idle(qtbot)
    assert page.model.rowCount() == before - 1
    window.act_undo.trigger()
    wait_idle(qtbot)
    assert page.model.rowCount() == before
