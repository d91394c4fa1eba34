"""A record's history: when, who, what was done and which fields changed (never the values)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from volmatch.gui.fieldnames import field_labels


def local_time(at: dt.datetime) -> str:
    """A stored UTC time as local time, to the minute."""
    from volmatch.gui.widgets.inputs import format_datetime

    return format_datetime(at, local=True)


def action_name(action: str) -> str:
    """An audit action in the interface language."""
    names = {
        "create": QCoreApplication.translate("History", "Created"),
        "update": QCoreApplication.translate("History", "Changed"),
        "delete": QCoreApplication.translate("History", "Moved to the trash"),
        "restore": QCoreApplication.translate("History", "Restored from the trash"),
        "purge": QCoreApplication.translate("History", "Deleted for good"),
        "erase": QCoreApplication.translate("History", "Erased"),
        "merge": QCoreApplication.translate("History", "Merged into another"),
    }
    return names.get(action, action)


class HistoryDialog(QDialog):
    """Lists the audit entries of one opportunity or volunteer, newest first; they are
    read off the GUI thread once the dialog is open."""

    def __init__(self, ctx: Any, entity: str, record_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("HistoryDialog")
        self.ctx = ctx
        self.entity = entity
        self.record_id = record_id
        self.setWindowTitle(self.tr("History of the record"))
        self.resize(640, 400)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Loading the history…"))
        self.heading.setObjectName("historyHeading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName(self.tr("History"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Changed fields")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.entries: list[Any] = []
        self.load()

    def load(self) -> None:
        entity, record_id = self.entity, self.record_id

        def work(backend: Any, progress: Any) -> tuple[str, list[Any]]:
            from volmatch.gui.backend_admin import history

            get = backend.get_opportunity if entity == "opportunity" else backend.get_volunteer
            record = get(record_id)
            label = "" if record is None else (getattr(record, "title", "") or record.name)
            return label, history(backend, entity, record_id)

        self.ctx.run(self, work, self._show, failed=self._failed)

    def _show(self, result: tuple[str, list[Any]]) -> None:
        label, entries = result
        self.entries = entries
        if label:
            self.heading.setText(self.tr("History of “%1”").replace("%1", label))
        else:
            self.heading.setText(self.tr("History of the record"))
        if not entries:
            self.heading.setText(self.tr("No history is recorded for this record yet."))
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            values = (
                local_time(entry.at),
                entry.user,
                action_name(entry.action),
                field_labels(entry.fields),
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def _failed(self, exc: Exception, trace: str) -> None:
        self.heading.setText(self.tr("The history could not be read: %1").replace("%1", str(exc)))


def show_history(window: Any, page: Any = None) -> HistoryDialog | None:
    """Open the history of the record selected on ``page`` (default: the current page)."""
    page = page if page is not None else window.current_page()
    entity = getattr(page, "match_kind", "")
    current = getattr(page, "current_id", None)
    record_id = current() if current is not None else None
    if entity not in ("opportunity", "volunteer") or record_id is None:
        return None
    ctx = page.ctx
    dialog = HistoryDialog(ctx, entity, record_id, window if window is not None else page)
    dialog.setModal(True)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
