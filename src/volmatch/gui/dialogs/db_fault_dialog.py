"""A database that would not open: what happened in plain words, and the ways forward.

Retry (unreachable, locked, read-only), open another database (always), restore a
backup (damaged SQLite file) and, for a database from a newer app, the advice to
update volmatch. The core's own message is shown as a detail; never a traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

RETRY = "retry"
OPEN_OTHER = "open_other"
RESTORED = "restored"

_PATH_ROLE = Qt.ItemDataRole.UserRole


def fault_code(error: BaseException) -> str:
    """The DatabaseErrorCode value of ``error`` ("" for any other exception)."""
    code = getattr(error, "code", None)
    return str(getattr(code, "value", code or ""))


class DatabaseFaultDialog(QDialog):
    """Explains why ``url`` would not open; after it closes, ``choice`` is "retry",
    "open_other", "restored" (a backup was put in place) or "" (closed)."""

    def __init__(self, error: BaseException, url: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("DatabaseFaultDialog")
        self.error = error
        self.url = url
        self.code = fault_code(error)
        self.choice = ""
        title, text = self._words(self.code)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)

        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{title}</b>")
        heading.setObjectName("faultHeading")
        layout.addWidget(heading)
        self.explanation = QLabel(text)
        self.explanation.setObjectName("faultText")
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        self.details = QLabel(
            self.tr("Details: %1").replace("%1", str(error) or type(error).__name__)
        )
        self.details.setObjectName("faultDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)

        self.backups: QListWidget | None = None
        self.restore_button: QPushButton | None = None
        self.status = QLabel("")
        self.status.setObjectName("faultStatus")
        self.status.setWordWrap(True)
        if self.code == "corrupt" and self._sqlite_target() is not None:
            layout.addWidget(self._restore_section())
        layout.addWidget(self.status)

        self.buttons = QDialogButtonBox()
        self.retry_button: QPushButton | None = None
        if self.code in ("unreachable", "locked", "read_only", "disk_full", ""):
            self.retry_button = self.buttons.addButton(
                self.tr("&Retry"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.retry_button.setObjectName("retryButton")
            self.retry_button.clicked.connect(lambda: self._finish(RETRY))
        self.open_button = self.buttons.addButton(
            self.tr("&Open another database…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.setObjectName("openOtherButton")
        self.open_button.clicked.connect(lambda: self._finish(OPEN_OTHER))
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.clicked.connect(self.reject)
        layout.addWidget(self.buttons)

    def _words(self, code: str) -> tuple[str, str]:
        if code == "unreachable":
            return self.tr("The database cannot be reached"), self.tr(
                "volmatch could not reach the database. Its folder may be missing or not "
                "writable, a network drive may be disconnected, or the database server may be "
                "down or the address, user name or password wrong. Check these and try again, "
                "or open another database."
            )
        if code == "disk_full":
            return self.tr("The disk is full"), self.tr(
                "The disk that holds the database has no space left, so nothing could be "
                "saved. Free some space on it (empty the recycle bin, move large files away) "
                "and try again, or open another database."
            )
        if code == "locked":
            return self.tr("The database is busy"), self.tr(
                "Another program or window has held the database for too long. Nothing was "
                "changed. Wait a moment and try again, or close the other program first."
            )
        if code == "read_only":
            return self.tr("The database can only be read"), self.tr(
                "The database file or its folder cannot be written to, so volmatch cannot "
                "prepare it. Ask for permission to change the file, or copy it to a folder of "
                "your own; then try again, or open another database."
            )
        if code == "corrupt":
            return self.tr("The database is damaged"), self.tr(
                "The file is damaged or is not a volmatch database. Restore a backup (the "
                "damaged file is kept aside in the backups folder), or open another database."
            )
        if code == "newer_schema":
            return self.tr("The database is from a newer volmatch"), self.tr(
                "This database was last used by a newer version of volmatch, which this "
                "version cannot read. Update volmatch on this computer (ask whoever installs "
                "your software) and open it again, or open another database. The database "
                "was not changed."
            )
        return self.tr("Cannot open the database"), self.tr(
            "The database could not be opened. Try again, or open another database."
        )

    # --- restoring a backup ----------------------------------------------------------
    def _sqlite_target(self) -> Path | None:
        from volmatch import paths
        from volmatch.storage.database import sqlite_path

        try:
            return sqlite_path(self.url or paths.default_database_url())
        except Exception:  # an address that cannot even be parsed has no file to restore
            return None

    def _restore_section(self) -> QWidget:
        from volmatch.gui.backend_admin import backups_folder, list_backups
        from volmatch.gui.widgets.inputs import format_datetime

        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Backups in %1:").replace("%1", str(backups_folder())))
        label.setObjectName("backupsLabel")
        label.setWordWrap(True)
        layout.addWidget(label)
        self.backups = QListWidget()
        self.backups.setObjectName("backupList")
        self.backups.setAccessibleName(self.tr("Backups"))
        for backup in list_backups():
            self._add_backup(backup.path, format_datetime(backup.made))
        if self.backups.count():
            self.backups.setCurrentRow(0)
        else:
            item = QListWidgetItem(self.tr("No backups found; choose a file instead."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.backups.addItem(item)
        layout.addWidget(self.backups)
        row = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("&Restore the chosen backup"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.restore_selected)
        choose = QPushButton(self.tr("Choose a backup &file…"))
        choose.setObjectName("chooseBackupButton")
        choose.clicked.connect(self._choose_file)
        row.addWidget(self.restore_button)
        row.addWidget(choose)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def _add_backup(self, path: Path, when: str) -> QListWidgetItem:
        assert self.backups is not None
        item = QListWidgetItem(f"{when}    {path.name}")
        item.setData(_PATH_ROLE, str(path))
        self.backups.addItem(item)
        return item

    def _choose_file(self) -> None:
        from volmatch.gui.backend_admin import backups_folder

        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            str(backups_folder()),
            self.tr("SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if path and self.backups is not None:
            self.backups.setCurrentItem(self._add_backup(Path(path), self.tr("chosen file")))
            self.restore_selected()

    def selected_backup(self) -> Path | None:
        item = self.backups.currentItem() if self.backups is not None else None
        value = item.data(_PATH_ROLE) if item is not None else None
        return Path(value) if value else None

    def restore_selected(self) -> None:
        """Check the chosen backup and restore it, off the GUI thread; then close."""
        from volmatch import paths
        from volmatch.gui.backend_admin import check_backup, restore_backup
        from volmatch.gui.worker import run_operation

        source = self.selected_backup()
        if source is None:
            self.status.setText(self.tr("Choose a backup first."))
            return
        url = self.url or paths.default_database_url()
        self._set_busy(True)
        self.status.setText(self.tr("Restoring the backup…"))

        def work(progress: Any) -> Path:
            check_backup(source)
            return restore_backup(url, source)

        def done(kept: Path) -> None:
            self._set_busy(False)
            self.kept = kept
            self._finish(RESTORED)

        def failed(exc: Exception, trace: str) -> None:
            self._set_busy(False)
            self.status.setText(
                self.tr("This backup cannot be restored: %1").replace("%1", str(exc))
            )

        run_operation(self, work, done, failed, label=self.tr("Restoring the backup…"))

    def _set_busy(self, busy: bool) -> None:
        for button in (self.restore_button, self.open_button, self.retry_button):
            if button is not None:
                button.setEnabled(not busy)

    def _finish(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def show_database_fault(window: Any, error: BaseException, url: str | None) -> DatabaseFaultDialog:
    """Open the fault dialog over the main window (without blocking) and follow the way
    forward chosen: open ``url`` again, or ask for another database."""
    dialog = DatabaseFaultDialog(error, url, window)

    def finished(_result: int) -> None:
        if dialog.choice in (RETRY, RESTORED):
            window.open_database(url)
        elif dialog.choice == OPEN_OTHER:
            window.open_database_file()
        dialog.deleteLater()

    dialog.finished.connect(finished)
    dialog.open()
    return dialog
