"""The publish dialog offers every format of the exporter's registry, writes exactly the
chosen one, remembers the folder and format, and tells the result in words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from volmatch.exporting import EXPORT_FORMATS
from volmatch.gui.dialogs.publish_dialog import PublishDialog

from .conftest import wait_idle


def publish(qtbot, window, target: Path, fmt: str) -> PublishDialog:
    dialog = PublishDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.path.edit.setText(str(target))
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    dialog.publish_button.click()
    wait_idle(qtbot, timeout=120000)
    return dialog


def test_every_format_of_the_registry_is_offered(qtbot, make_window, demo_url):
    window = make_window(demo_url)
    dialog = PublishDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    offered = [dialog.format.itemData(i) for i in range(dialog.format.count())]
    assert offered == [f.code for f in EXPORT_FORMATS]
    labels = [dialog.format.itemText(i) for i in range(dialog.format.count())]
    assert "Calendar (iCalendar)" in labels and len(set(labels)) == len(labels)
    ics = dialog.format.findData("ics")
    assert dialog.format.itemData(ics, Qt.ItemDataRole.ToolTipRole) == "RFC 5545"


def test_each_choice_writes_what_was_chosen(qtbot, make_window, demo_url, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = make_window(demo_url)
    ics = publish(qtbot, window, tmp_path / "calendar", "ics")
    written = {p.name for p in (tmp_path / "calendar").iterdir() if not p.name.startswith(".")}
    assert written and all(name.endswith(".ics") for name in written), written
    text = ics.result.text()
    assert "listings published in" in text and "languages:" in text and "files" in text, text
    assert "<" not in text and "ExportReport" not in text
    assert not ics.open_site.isEnabled() and ics.open_folder.isEnabled()
    ics.open_folder.click()
    assert opened and opened[-1].toLocalFile() == str(tmp_path / "calendar")

    csv = publish(qtbot, window, tmp_path / "table", "csv")
    assert {p.name for p in (tmp_path / "table").iterdir() if not p.name.startswith(".")} == {
        "listings.csv"
    }
    assert csv.report.format == "csv"

    site = publish(qtbot, window, tmp_path / "site", "site")
    assert (tmp_path / "site" / "index.html").exists()
    site.open_site.click()
    assert opened[-1].toLocalFile() == str(tmp_path / "site" / "index.html")
    # the folder and the format are remembered for the next time
    again = PublishDialog(window.ctx, window)
    qtbot.addWidget(again)
    assert again.path.edit.text() == str(tmp_path / "site")
    assert again.format.currentData() == "site"


def test_the_accessibility_contact_is_edited_checked_and_shared(
    qtbot, make_window, demo_url, tmp_path
):
    window = make_window(demo_url)
    dialog = PublishDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    wait_idle(qtbot)
    assert dialog.contact.text() == ""  # nothing stored yet: the statement names the city
    dialog.path.edit.setText(str(tmp_path / "site"))
    dialog.format.setCurrentIndex(dialog.format.findData("site"))
    dialog.contact.setText("napište nám")
    dialog.publish_button.click()
    wait_idle(qtbot)
    assert "e-mail address" in dialog.result.text() and dialog.report is None
    assert not (tmp_path / "site").exists()

    dialog.contact.setText(" pristupnost@praha.example ")
    dialog.publish_button.click()
    wait_idle(qtbot, timeout=120000)
    assert dialog.report is not None, dialog.result.text()
    statement = (tmp_path / "site" / "uk" / "accessibility.html").read_text(encoding="utf-8")
    assert 'href="mailto:pristupnost@praha.example"' in statement
    assert window.ctx.backend.statement_contact() == "pristupnost@praha.example"
    # shared: the next dialog (any user of the database) shows it
    again = PublishDialog(window.ctx, window)
    qtbot.addWidget(again)
    wait_idle(qtbot)
    assert again.contact.text() == "pristupnost@praha.example"
