"""The trash: deleted listings and volunteers, restorable for 30 days, and emptying it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from volmatch.gui.dialogs.history_dialog import local_time
from volmatch.gui.worker import ChangeSet

_KEY_ROLE = Qt.ItemDataRole.UserRole


def days_left(purge_after: dt.datetime, now: dt.datetime | None = None) -> int:
    """Whole days until a trashed record goes for good (0 once due)."""
    if purge_after.tzinfo is None:
        purge_after = purge_after.replace(tzinfo=dt.UTC)
    now = now or dt.datetime.now(dt.UTC)
    return max(0, (purge_after - now).days)


class TrashDialog(QDialog):
    """Lists the trash; Restore takes the selected records back (the lists refresh),
    "Empty" deletes for good what has been there longer than 30 days."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TrashDialog")
        self.ctx = ctx
        self.items: list[Any] = []
        self.setWindowTitle(self.tr("Trash"))
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.tr("Loading the trash…"))
        self.summary.setObjectName("trashSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("trashTable")
        self.table.setAccessibleName(self.tr("Trash"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Title or name"), self.tr("Deleted"), self.tr("Days left")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button = QPushButton(self.tr("&Empty trash of items older than 30 days"))
        self.empty_button.setObjectName("emptyButton")
        self.empty_button.clicked.connect(self.empty)
        row.addWidget(self.restore_button)
        row.addWidget(self.empty_button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.load()

    # --- reading ----------------------------------------------------------------------
    def load(self) -> None:
        from volmatch.gui.backend_admin import trash

        self.ctx.run(self, lambda b, p: trash(b), self._show, failed=self._failed)

    def _show(self, items: list[Any]) -> None:
        self.items = items
        kinds = {"opportunity": self.tr("Opportunity"), "volunteer": self.tr("Volunteer")}
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            values = (
                kinds.get(item.entity, item.entity),
                item.label,
                local_time(item.deleted_at),
                str(days_left(item.purge_after)),
            )
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(_KEY_ROLE, (item.entity, item.id))
                if column == 3:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        if items:
            self.summary.setText(
                self.tr("%n deleted record(s). Each can be restored for 30 days.", "", len(items))
            )
        else:
            self.summary.setText(self.tr("The trash is empty."))
        self._selection_changed()

    def _failed(self, exc: Exception, trace: str) -> None:
        self.summary.setText(self.tr("The trash could not be read: %1").replace("%1", str(exc)))

    def selected_keys(self) -> list[tuple[str, int]]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self.table.item(r, 0).data(_KEY_ROLE) for r in rows if self.table.item(r, 0)]

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(bool(self.selected_keys()))

    # --- changing -----------------------------------------------------------------------
    def restore_selected(self) -> None:
        from volmatch.gui.backend_admin import restore_from_trash

        keys = [tuple(k) for k in self.selected_keys()]
        if not keys:
            return
        entities = {entity for entity, _id in keys}
        changes = ChangeSet(
            opportunities="opportunity" in entities, volunteers="volunteer" in entities
        )

        def work(backend: Any, progress: Any) -> int:
            return sum(restore_from_trash(backend, entity, rid) for entity, rid in keys)

        self.ctx.run(self, work, lambda _count: self.load(), changes=changes, failed=self._failed)

    def empty(self) -> None:
        from volmatch.gui.backend_admin import empty_trash

        self.ctx.run(
            self,
            lambda b, p: empty_trash(b),
            lambda _count: self.load(),
            changes=ChangeSet(opportunities=True, volunteers=True, placements=True),
            failed=self._failed,
        )


def show_trash(window: Any) -> TrashDialog:
    """Open the trash over ``window`` without blocking."""
    dialog = TrashDialog(window.ctx, window)
    dialog.setModal(True)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
