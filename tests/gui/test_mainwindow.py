import sys

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from volmatch.gui.dialogs.about import AboutDialog
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


@pytest.mark.parametrize("page", [0, 2])  # the Opportunities page, the Matching page
def test_app_starts_paints_first_and_loads_the_core_after(db_url, tmp_path, page):
    """The real entry point in its own process: the window is painted before SQLAlchemy
    and numpy are imported, then the rows arrive (the probe prints both and quits)."""
    import os
    import subprocess

    from volmatch.gui.backend import Backend

    Backend.open(db_url).close()  # an existing, empty database
    settings = Settings()
    settings.demo_offered = True
    settings.current_page = page  # the page the app was closed on
    settings.sync()
    code = (
        "import sys, volmatch.gui.app as a, volmatch.gui.mainwindow as m\n"
        "m.MainWindow.first_paint_modules = None\n"
        "orig = m.MainWindow.paintEvent\n"
        "def paint(self, e):\n"
        "    if m.MainWindow.first_paint_modules is None:\n"
        "        m.MainWindow.first_paint_modules = {'sqlalchemy', 'numpy'} & set(sys.modules)\n"
        "        print('sqlalchemy-at-paint', m.MainWindow.first_paint_modules, flush=True)\n"
        "    orig(self, e)\n"
        "m.MainWindow.paintEvent = paint\n"
        f"sys.exit(a.main(['--db', {db_url!r}, '--lang', 'en']))\n"
    )
    env = {**os.environ, "VOLMATCH_GUI_PROBE": "1", "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    lines = out.stdout.split("\n")
    assert "sqlalchemy-at-paint set()" in lines
    assert any(line.startswith("painted ") for line in lines)
    assert any(line.startswith("rows 0 ") for line in lines)


def test_opening_a_database_backs_it_up_once_a_day_off_the_gui_thread(
    qtbot, make_window, monkeypatch
):
    import threading

    from volmatch import paths
    from volmatch.storage import housekeeping

    threads = []
    real = housekeeping.on_start

    def on_start(db, **kwargs):
        threads.append(threading.current_thread())
        return real(db, **kwargs)

    monkeypatch.setattr(housekeeping, "on_start", on_start)
    window = make_window()
    assert threads and threads[0] is not threading.main_thread()
    assert list((paths.data_dir() / "backups").glob("test-daily-*.sqlite3"))
    assert window.statusBar().currentMessage() == ""


def test_housekeeping_problems_are_shown_in_the_status_bar(qtbot, make_window, monkeypatch):
    from volmatch.storage import housekeeping
    from volmatch.storage.database import DatabaseError, DatabaseErrorCode

    def fail(db, keep=7, today=None):
        raise DatabaseError(DatabaseErrorCode.READ_ONLY, "The backups folder is read-only.")

    monkeypatch.setattr(housekeeping, "daily_backup", fail)
    window = make_window()
    message = window.statusBar().currentMessage()
    assert "The daily backup failed" in message and "read-only" in message
    assert window.ctx.backend is not None  # the app goes on regardless
