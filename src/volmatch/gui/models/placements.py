"""Placements as a table: who, where, the state, since when and by whom, follow-up, hours."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from volmatch.gui.placement_words import notes_text, state_label
from volmatch.gui.widgets.inputs import format_date

Index = QModelIndex | QPersistentModelIndex


class PlacementModel(QAbstractTableModel):
    """Rows are ``storage.placements.PlacementRow``; overdue follow-ups are drawn in red."""

    def __init__(self, parent=None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self.today = today
        self.headers = [
            self.tr("Volunteer"),
            self.tr("Listing"),
            self.tr("Organization"),
            self.tr("State"),
            self.tr("Since"),
            self.tr("By"),
            self.tr("Follow up on"),
            self.tr("Hours"),
            self.tr("Note"),
        ]

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def overdue(self, row: Any) -> bool:
        today = self.today or dt.date.today()
        return row.follow_up_on is not None and row.follow_up_on <= today

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, col, full=role == Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.ForegroundRole and col == 6 and self.overdue(row):
            return QColor("#b00020")
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 7:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def _text(self, row: Any, col: int, full: bool = False) -> str:
        locale = QLocale()
        if col == 0:
            return row.volunteer
        if col == 1:
            return row.title
        if col == 2:
            return row.organization
        if col == 3:
            return state_label(row.state)
        if col == 4:
            return format_date(row.since.astimezone().date()) if row.since else ""
        if col == 5:
            return row.changed_by
        if col == 6:
            if row.follow_up_on is None:
                return ""
            text = format_date(row.follow_up_on)
            return text + (" " + self.tr("(due)") if self.overdue(row) else "")
        if col == 7:
            return "" if row.hours is None else locale.toString(float(row.hours), "g", 6)
        return notes_text(row.notes, last_line=not full)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None
