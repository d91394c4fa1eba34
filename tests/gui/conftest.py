"""GUI test helpers: a main window on a fresh database, typing any text, answering dialogs."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from volmatch.gui import worker


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` one key event per character (keyClicks aborts on non-ASCII)."""
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


HELD = Path(__file__).parent / "data" / "child"  # the helper processes wrapped for tests


def hold_child(monkeypatch, tmp_path, module, name: str) -> Path:
    """Run ``module``'s helper process as ``name`` of tests/gui/data/child, whose process
    ids land in the file returned."""
    monkeypatch.setattr(module, "CHILD_MODULE", name)
    path = os.pathsep.join(p for p in (str(HELD), os.environ.get("PYTHONPATH", "")) if p)
    monkeypatch.setenv("PYTHONPATH", path)
    pids = tmp_path / "pids"
    monkeypatch.setenv("VOLMATCH_TEST_PIDS", str(pids))
    return pids


def wait_idle(qtbot, timeout: int = 10000) -> None:
    """Wait until every background operation has delivered its result."""
    qtbot.waitUntil(lambda: not worker.busy(), timeout=timeout)
    QApplication.processEvents()


def when_dialog(handler: Callable[[QWidget], None], timeout_ms: int = 5000) -> None:
    """Call ``handler(dialog)`` once a modal dialog is open (the code under test blocks in exec).

    A progress dialog is never the one meant: a slow operation shows one (window-modal,
    after half a second) before the question the test answers, which would then wait
    for ever.
    """
    waited = [0]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible() and not isinstance(dialog, QProgressDialog):
            handler(dialog)
            # A dialog the handler failed to close would block the test for ever.
            QTimer.singleShot(3000, lambda: _close_if_open(dialog))
            return
        waited[0] += 20
        if waited[0] < timeout_ms:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def _close_if_open(dialog: QWidget) -> None:
    if shiboken6.isValid(dialog) and dialog.isVisible():
        dialog.reject()


@pytest.fixture(autouse=True)
def _no_modifier_left_pressed(qapp):
    """Qt keeps the last key event's modifiers application-wide: a test ending on
    Shift+Enter would turn the next test's selectRow() into an extended selection."""
    yield
    if QApplication.keyboardModifiers() != Qt.KeyboardModifier.NoModifier:
        QTest.keyRelease(QWidget(), Qt.Key.Key_Shift)
        assert QApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier


@pytest.fixture(scope="session", autouse=True)
def _english(qapp):
    """The English catalogue, as the app installs it: counts read "1 row", "2 rows"."""
    from volmatch.gui import i18n

    i18n.install(qapp, "en")


@pytest.fixture
def db_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'test.sqlite3'}"


@pytest.fixture
def backend(db_url):
    from volmatch.gui.backend import Backend

    b = Backend.open(db_url)
    yield b
    b.close()


@pytest.fixture
def make_window(qtbot, db_url):
    """A function opening the main window on ``db_url`` (demo not offered) and waiting for it."""
    from volmatch.gui.mainwindow import MainWindow
    from volmatch.gui.settings import Settings

    windows = []

    def make(url: str | None = None, offer_demo: bool = False):
        settings = Settings()
        settings.demo_offered = not offer_demo
        window = MainWindow(settings, url or db_url)
        qtbot.addWidget(window)
        window.show()
        window.start()
        windows.append(window)
        if not offer_demo:
            qtbot.waitUntil(lambda: window.ctx.backend is not None, timeout=15000)
            wait_idle(qtbot)
        return window

    yield make
    for window in windows:
        wait_idle(qtbot)
        if window.ctx.backend is not None:
            window.ctx.backend.close()


def pytest_collection_modifyitems(config, items):
    """Qt warnings fail the GUI tests, except the offscreen platform's notices of what it lacks."""
    for item in items:
        if "tests/gui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support"))


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory) -> str:
    """The demo data loaded once into a SQLite file; each test gets a copy."""
    from volmatch.demo import load_demo
    from volmatch.storage.database import open_database

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    db = open_database(f"sqlite:///{path}")
    load_demo(db)
    db.dispose()
    return str(path)


@pytest.fixture
def demo_url(_demo_template, tmp_path) -> str:
    import shutil

    target = tmp_path / "demo-copy.sqlite3"
    shutil.copy(_demo_template, target)
    return f"sqlite:///{target}"
