"""A coordinator's day in the app, through the real widgets: create a listing for a new
organization, import an NGO's spreadsheet with its mapping, edit an imported listing,
see a colleague's change appear, and find it again by a misspelled search."""

from __future__ import annotations

import shutil
from pathlib import Path

from volmatch.gui.dialogs.import_dialog import ImportDialog
from volmatch.paths import resource

from .conftest import type_text, wait_idle, when_dialog
from .test_live import other_process_adds

NYC = "nyc_service_volunteer_opportunities"
DATA = Path(__file__).resolve().parents[1] / "importing" / "data"


def _create_listing(qtbot, window) -> dict:
    seen: dict = {}

    def fill(editor) -> None:
        type_text(editor.text_edits["cs"][0], "Doučování češtiny na Letné")
        type_text(editor.organization.edit, "Komunitní centrum Letná, z. s.")
        editor.organization.completer.popup().hide()
        editor.organization.new_button.click()  # a new organization is an explicit choice
        type_text(editor.districts.edit, "Praha 7")
        type_text(editor.interests.edit, "doucovani, cestina")
        seen["interests"] = editor.interests.message.text()
        editor.min_age.setValue(15)
        editor.save_button.click()

    when_dialog(fill)
    window.act_new.trigger()
    wait_idle(qtbot)
    return seen


def _import_nyc(qtbot, window, tmp_path) -> ImportDialog:
    source = tmp_path / f"{NYC}.csv"
    shutil.copy(DATA / f"{NYC}.csv", source)
    dialog = ImportDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.edit.setText(str(source))
    assert dialog.load_mapping(str(resource("mappings", f"{NYC}.json")))
    wait_idle(qtbot)
    assert dialog.mapping_panel.isVisible()
    dialog.check_button.click()
    wait_idle(qtbot, timeout=60000)
    assert "ready to import" in dialog.result.text(), dialog.result.text()
    dialog.import_button.click()
    wait_idle(qtbot, timeout=60000)
    assert "Imported 665 rows: 665 new" in dialog.result.text(), dialog.result.text()
    dialog.close()
    return dialog


def _edit_first_imported(qtbot, window) -> int:
    page = window.opportunities
    type_text(page.search, "habitat")
    assert page.model.rowCount() >= 1
    page.table.selectRow(0)
    record_id = page.current_id()
    seen: dict = {}

    def rename(editor) -> None:
        # The listing came in English: the coordinator corrects its title there.
        english = editor.text_edits["en"][0]
        english.selectAll()
        type_text(english, "Habitat build day (edited)")
        seen["errors"] = editor.validate()
        editor.save_button.click()

    when_dialog(rename)
    window.act_edit.trigger()
    wait_idle(qtbot)
    assert seen["errors"] == []
    page.search.clear()
    wait_idle(qtbot)
    return record_id


def test_a_day_in_the_app(qtbot, make_window, db_url, tmp_path):
    window = make_window(db_url)
    page = window.opportunities

    seen = _create_listing(qtbot, window)
    assert page.model.rowCount() == 1
    own = window.ctx.backend.get_opportunity(page.model.id_at(0))
    assert own.organization == "Komunitní centrum Letná, z. s."
    assert window.ctx.backend.organizations() == ["Komunitní centrum Letná, z. s."]
    assert own.districts == ("Praha 7",)
    assert own.min_age == 15
    assert len(own.interests) == 2, (own.interests, seen["interests"])

    _import_nyc(qtbot, window, tmp_path)
    qtbot.waitUntil(lambda: page.model.rowCount() == 666, timeout=20000)

    edited_id = _edit_first_imported(qtbot, window)
    edited = window.ctx.backend.get_opportunity(edited_id)
    assert edited.title == "Habitat build day (edited)" and edited.source_lang == "en"
    assert edited.external_id.startswith("NYC-")

    # A colleague saves a listing from another process: it appears without a restart.
    other_process_adds(db_url, "Úklid břehů Vltavy", "KOLEGA-1")
    qtbot.waitUntil(lambda: page.model.rowCount() == 667, timeout=8000)
    wait_idle(qtbot)

    # Searched with typos, it is offered under its right spelling, and found.
    type_text(page.search, "uklid brehu vltavi")
    assert page.model.rowCount() == 0
    hint = page.did_you_mean
    qtbot.waitUntil(lambda: bool(hint.suggestions), timeout=10000)
    assert hint.suggestions[0] == "Úklid břehů Vltavy"
    hint.linkActivated.emit(hint.suggestions[0])
    assert page.model.rowCount() == 1
    assert page.model.row_values(0)[0] == "Úklid břehů Vltavy"
    wait_idle(qtbot)
