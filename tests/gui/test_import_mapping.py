"""The import dialog's mapping step: proposal, corrections, fixed values, mapping files,
and both real listing files imported end to end through the dialog."""

import json
import shutil
from pathlib import Path

import pytest

from volmatch.gui.dialogs.import_dialog import ImportDialog
from volmatch.gui.dialogs.import_mapping import KEEP
from volmatch.importing.mapping import load_mapping
from volmatch.paths import resource

from .conftest import wait_idle

REAL = Path(__file__).resolve().parents[1] / "importing" / "data"


def _dialog(qtbot, window, path: Path) -> ImportDialog:
    dialog = ImportDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.edit.setText(str(path))
    dialog.read_columns()
    wait_idle(qtbot)
    return dialog


def _row(dialog, header: str) -> int:
    return dialog.mapping_panel.headers.index(header)


def test_the_proposal_is_shown_per_column_and_can_be_corrected(qtbot, make_window, tmp_path):
    window = make_window()
    source = tmp_path / "nabidky.csv"
    source.write_text(
        "Kód;Název;Organizace;Kde;Kontakt;Poznámka pro nás\n"
        "A1;Doučování;Charita Praha;Praha 7;+420 777 123 456;volat večer\n",
        encoding="utf-8",
    )
    dialog = _dialog(qtbot, window, source)
    panel = dialog.mapping_panel
    assert panel.isVisible()
    assert panel.headers == ["Kód", "Název", "Organizace", "Kde", "Kontakt", "Poznámka pro nás"]
    assert panel.combos[_row(dialog, "Název")].currentData() == "title"
    assert panel.combos[_row(dialog, "Kde")].currentData() == "district"
    assert panel.table.item(_row(dialog, "Název"), 1).text() == "Doučování"  # an example value
    assert "%" in panel.table.item(_row(dialog, "Název"), 3).text()  # how sure
    assert "column" in dialog.mapping_note.text()
    # "Kód" is an identifier and "Kontakt" a phone here: the person says so.
    panel.set_field("Kód", "external_id")
    panel.set_field("Kontakt", "contact_phone")
    panel.set_field("Poznámka pro nás", "ignore")
    assert panel.table.item(_row(dialog, "Kontakt"), 3).text() == "your choice"
    panel.add_fixed_value("status", "draft", always=True)
    mapping = panel.mapping()
    assert mapping.rules_for("Kontakt")[0].field == "contact_phone"
    assert mapping.constants == {"status": "draft"}
    dialog.import_button.click()
    wait_idle(qtbot)
    assert "Imported 1 row" in dialog.result.text(), dialog.result.text()
    record = window.ctx.backend.get_opportunity(window.opportunities.model.id_at(0))
    assert record.external_id == "A1"
    assert record.contact_phone == "+420 777 123 456"
    assert record.status.value == "draft"
    assert "volat" not in (record.notes or "")  # left out, not kept in notes


def test_a_mapping_saved_in_the_dialog_is_the_clis_mapping_file(qtbot, make_window, tmp_path):
    window = make_window()
    source = tmp_path / "nabidky.csv"
    source.write_text("Kód,Název,Organizace,Kde\nA1,Doučování,Charita,Praha 7\n", "utf-8")
    dialog = _dialog(qtbot, window, source)
    dialog.mapping_panel.set_field("Kód", "external_id")
    dialog.mapping_panel.add_fixed_value("district", "Praha 1", always=False)
    target = tmp_path / "nabidky.mapping.json"
    assert dialog.save_mapping(str(target))
    saved = load_mapping(target, "opportunities")
    assert saved.rules_for("Kód")[0].field == "external_id"
    assert saved.defaults == {"district": "Praha 1"}
    assert json.loads(target.read_text("utf-8"))["volmatch_mapping"] == 1
    # Loaded again over the same file in a new dialog: the same choices are shown.
    again = _dialog(qtbot, window, source)
    assert again.load_mapping(str(target))
    wait_idle(qtbot)
    assert again.mapping_panel.combos[0].currentData() == "external_id"
    assert again.mapping_panel.table.item(0, 3).text() == "as the mapping file says"


def test_a_broken_mapping_file_is_explained_and_changes_nothing(qtbot, make_window, tmp_path):
    window = make_window()
    bad = tmp_path / "bad.json"
    bad.write_text('{"columns": {"Název": "titel"}}', "utf-8")
    dialog = ImportDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    assert not dialog.load_mapping(str(bad))
    text = dialog.result.text()
    assert "Název" in text and "titel" in text and "title" in text  # column, found, suggestion
    assert dialog.loaded is None


@pytest.mark.parametrize(
    ("name", "rows"),
    [("nyc_service_volunteer_opportunities", 665), ("nuremberg_volunteer_opportunities", 10)],
)
def test_real_files_import_from_the_dialog_with_their_mapping(
    qtbot, make_window, tmp_path, name, rows
):
    window = make_window()
    source = tmp_path / f"{name}.csv"
    shutil.copy(REAL / f"{name}.csv", source)
    dialog = _dialog(qtbot, window, source)
    assert dialog.load_mapping(str(resource("mappings", f"{name}.json")))
    wait_idle(qtbot)
    panel = dialog.mapping_panel
    if name.startswith("nyc"):
        # One column into three fields with transforms: kept as the file says.
        assert panel.combos[_row(dialog, "locality")].currentData() == KEEP
        assert panel.combos[_row(dialog, "title")].currentData() == "title"
        assert panel.source_lang.currentData() == "en"
    dialog.check_button.click()
    wait_idle(qtbot, timeout=60000)
    assert "ready to import" in dialog.result.text(), dialog.result.text()
    assert all("row" in dialog.issues.item(i).text() for i in range(dialog.issues.count()))
    dialog.import_button.click()
    wait_idle(qtbot, timeout=60000)
    assert f"Imported {rows} rows" in dialog.result.text(), dialog.result.text()
    assert window.opportunities.model.rowCount() == rows


def test_the_file_chooser_offers_every_format(qtbot, make_window, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window = make_window()
    dialog = ImportDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    seen = {}

    def fake(parent, caption, folder, filters):
        seen["filters"] = filters
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake)
    dialog._choose()
    for pattern in ("*.csv", "*.xlsx", "*.xls", "*.ods", "*.json"):
        assert pattern in seen["filters"].split(";;")[0]


def test_a_volmatch_export_needs_no_mapping(qtbot, make_window, tmp_path):
    window = make_window()
    export = tmp_path / "listings.json"
    export.write_text("{}", "utf-8")
    dialog = ImportDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.edit.setText(str(export))
    assert not dialog.mapping_panel.isVisible()
    assert "no mapping" in dialog.mapping_note.text()
    assert not dialog.load_mapping_button.isEnabled()
