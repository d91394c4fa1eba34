"""A database that will not open shows the fault dialog with its ways forward (real faults)."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QApplication, QPushButton
from sqlalchemy import text

from volmatch.domain import Opportunity
from volmatch.gui.dialogs.db_fault_dialog import DatabaseFaultDialog
from volmatch.storage import database as database_module
from volmatch.storage import repository as repo
from volmatch.storage.database import open_database

from .conftest import wait_idle


@pytest.fixture
def open_failing(qtbot):
    """Open the main window on ``url`` and return it with the fault dialog it shows."""
    from volmatch.gui.mainwindow import MainWindow
    from volmatch.gui.settings import Settings

    windows = []

    def make(url: str):
        settings = Settings()
        settings.demo_offered = True
        window = MainWindow(settings, url)
        qtbot.addWidget(window)
        window.show()
        window.start()
        windows.append(window)
        qtbot.waitUntil(lambda: window.findChild(DatabaseFaultDialog) is not None, timeout=15000)
        dialog = window.findChild(DatabaseFaultDialog)
        qtbot.waitUntil(dialog.isVisible)
        return window, dialog

    yield make
    for window in windows:
        wait_idle(qtbot)
        if window.ctx.backend is not None:
            window.ctx.backend.close()


def _database_with(path, titles):
    db = open_database(f"sqlite:///{path}")
    with db.session(write=True) as s:
        repo.save_opportunities(s, [Opportunity(title=t) for t in titles])
    return db


def test_corrupt_file_offers_backups_and_restores_one(qtbot, open_failing, tmp_path):
    good = _database_with(tmp_path / "good.sqlite3", ["Doučování češtiny"])
    backup = good.backup_to(good.backup_path("daily"))
    good.dispose()
    broken = tmp_path / "work.sqlite3"
    broken.write_bytes(b"this is a letter, not a database" * 100)

    window, dialog = open_failing(f"sqlite:///{broken}")
    assert dialog.code == "corrupt"
    assert window.db_label.text() == "No database open"
    assert "damaged" in dialog.explanation.text()
    assert "Traceback" not in dialog.details.text()
    assert dialog.retry_button is None
    assert dialog.findChild(QPushButton, "openOtherButton").isVisible()
    assert dialog.backups is not None and dialog.selected_backup() == backup
    assert backup.name in dialog.backups.item(0).text()

    dialog.restore_selected()
    qtbot.waitUntil(lambda: window.ctx.backend is not None, timeout=15000)
    wait_idle(qtbot)
    assert dialog.choice == "restored"
    with window.ctx.backend.db.session() as s:
        assert [o.title for o in repo.load_opportunities(s)] == ["Doučování češtiny"]
    # The damaged file was kept aside, not deleted.
    assert list(backup.parent.glob("work-*-damaged.sqlite3"))


def test_a_damaged_backup_is_refused_and_nothing_changes(qtbot, open_failing, tmp_path):
    from volmatch.gui.backend_admin import backups_folder

    folder = backups_folder()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "work-20240101-000000.sqlite3").write_bytes(b"garbage" * 50)
    broken = tmp_path / "work.sqlite3"
    broken.write_bytes(b"garbage" * 50)

    window, dialog = open_failing(f"sqlite:///{broken}")
    dialog.restore_selected()
    qtbot.waitUntil(lambda: "cannot be restored" in dialog.status.text(), timeout=10000)
    assert dialog.isVisible() and window.ctx.backend is None
    assert broken.read_bytes() == b"garbage" * 50
    dialog.reject()


def test_newer_schema_says_update_and_offers_no_retry(qtbot, open_failing, tmp_path):
    path = tmp_path / "future.sqlite3"
    db = open_database(f"sqlite:///{path}")
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
    db.dispose()

    _window, dialog = open_failing(f"sqlite:///{path}")
    assert dialog.code == "newer_schema"
    assert "Update volmatch" in dialog.explanation.text()
    assert dialog.retry_button is None and dialog.backups is None
    dialog.reject()


def test_read_only_file_that_needs_upgrading(qtbot, open_failing, tmp_path):
    path = tmp_path / "old.sqlite3"
    db = open_database(f"sqlite:///{path}")
    db.downgrade("0002")
    db.dispose()

    _window, dialog = open_failing(f"sqlite:///file:{path}?mode=ro&uri=true")
    assert dialog.code == "read_only"
    assert "cannot be written" in dialog.explanation.text()
    assert dialog.retry_button is not None and dialog.backups is None
    dialog.reject()


def test_locked_database_retry_opens_it_once_free(qtbot, open_failing, tmp_path, monkeypatch):
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_S", 0.2)
    path = tmp_path / "busy.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    other = sqlite3.connect(path, isolation_level=None)
    # Held exclusively (a writer alone no longer stops the opening: it only reads).
    other.execute("PRAGMA locking_mode=EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    try:
        window, dialog = open_failing(f"sqlite:///{path}")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert dialog.code == "locked"
    assert "Wait a moment" in dialog.explanation.text()
    dialog.retry_button.click()
    qtbot.waitUntil(lambda: window.ctx.backend is not None, timeout=15000)
    wait_idle(qtbot)
    assert str(path) in window.db_label.text()


def test_unreachable_folder_offers_retry_and_another_database(
    qtbot, open_failing, tmp_path, monkeypatch
):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    window, dialog = open_failing(f"sqlite:///{blocker / 'v.sqlite3'}")
    assert dialog.code == "unreachable"
    assert dialog.retry_button is not None
    asked = []
    monkeypatch.setattr(window, "open_database_file", lambda: asked.append(True))
    dialog.findChild(QPushButton, "openOtherButton").click()
    QApplication.processEvents()
    assert asked == [True] and dialog.choice == "open_other"
