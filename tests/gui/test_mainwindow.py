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


def test_app_starts_paints_first_and_loads_the_core_after(db_url, tmp_path):
    """The real entry point in its own process: the window is painted before SQLAlchemy
    is imported, then the rows arrive (the probe prints both and quits)."""
    import os
    import subprocess

    from volmatch.gui.backend import Backend

    Backend.open(db_url).close()  # an existing, empty database
    Settings().demo_offered = True
    Settings().sync()
    code = (
        "import sys, volmatch.gui.app as a, volmatch.gui.mainwindow as m\n"
        "m.MainWindow.first_paint_modules = None\n"
        "orig = m.MainWindow.paintEvent\n"
        "def paint(self, e):\n"
        "    if m.MainWindow.first_paint_modules is None:\n"
        "        m.MainWindow.first_paint_modules = 'sqlalchemy' in sys.modules\n"
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
    assert "sqlalchemy-at-paint False" in lines
    assert any(line.startswith("painted ") for line in lines)
    assert any(line.startswith("rows 0 ") for line in lines)
