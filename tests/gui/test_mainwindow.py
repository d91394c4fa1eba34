import sys

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from volmatch.gui.about import AboutDialog
from volmatch.gui.settings import Settings

from .conftest import wait_idle, when_dialog


def test_status_bar_names_the_database_and_pages_switch(make_window, db_url):
    window = make_window()
    assert db_url.split("///")[1] in window.db_label.text()
    for n in range(4):
        window.nav.setCurrentRow(n)
        assert window.stack.currentIndex() == n
    assert window.act_new.shortcut().toString() == "Ctrl+N"
    assert window.act_find.shortcut().toString() == "Ctrl+F"


def test_first_run_offers_the_demo_data(qtbot, make_window):
    answered = []

    def decline(box):
        answered.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    when_dialog(decline)
    window = make_window(offer_demo=True)
    qtbot.waitUntil(lambda: bool(answered), timeout=15000)
    assert "demo" in answered[0]
    assert window.settings.demo_offered is True
    wait_idle(qtbot)
    assert window.opportunities.model.rowCount() == 0


def test_geometry_and_page_are_remembered(qtbot, make_window):
    window = make_window()
    window.resize(1150, 640)
    window.nav.setCurrentRow(2)
    window.close()
    settings = Settings()
    assert settings.current_page == 2
    assert not settings.geometry.isEmpty()
    again = make_window()
    assert again.nav.currentRow() == 2
    # The offscreen screen is small, so Qt may clamp the width when restoring.
    assert again.size().height() == 640


def test_about_dialog_names_version_licences_and_data(qtbot, make_window):
    window = make_window()
    dialog = AboutDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    text = dialog.findChild(type(dialog.layout().itemAt(0).widget()), "aboutText").text()
    assert "LGPL" in text and "GPL" in text and "volmatch.ini" in text
    assert dialog.findChild(QDialogButtonBox) is not None


def test_open_another_database(qtbot, make_window, tmp_path):
    window = make_window()
    other = f"sqlite:///{tmp_path / 'other.sqlite3'}"
    window.switch_database(other)
    # The new, empty database offers the demo data again; decline.
    when_dialog(lambda box: box.button(QMessageBox.StandardButton.No).click())
    qtbot.waitUntil(lambda: "other.sqlite3" in window.db_label.text(), timeout=15000)
    wait_idle(qtbot)
    assert window.settings.last_database_url == other


def test_app_main_runs_and_quits(qtbot, monkeypatch, db_url):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from volmatch.gui import app

    Settings().demo_offered = True
    QTimer.singleShot(1500, QApplication.instance().quit)
    assert app.main(["--db", db_url, "--lang", "en"]) == 0
    assert sys.getrefcount(None) > 0
