"""Score parts drawn as bars: the match table's model and its painting delegate."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from volmatch.gui.backend import MatchRow

#: The four parts in drawing order, with a colour each (readable on light backgrounds).
PARTS = ("language", "district", "interests", "availability")
PART_COLOURS = {
    "language": "#3b6ea8",
    "district": "#4f9a4a",
    "interests": "#c7772b",
    "availability": "#8a5fb0",
}
PARTS_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class MatchModel(QAbstractTableModel):
    """Ranked partners: name, score, parts (drawn as bars) and what is missing."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[MatchRow] = []
        self.headers = [
            self.tr("Listing"),
            self.tr("Score"),
            self.tr("Score parts"),
            self.tr("Requirements"),
            self.tr("Marks"),
        ]

    def set_direction(self, for_volunteer: bool) -> None:
        """Name the first column after what is ranked: listings, or volunteers."""
        self.headers[0] = self.tr("Listing") if for_volunteer else self.tr("Volunteer")
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 0)
        self.unmet_names: dict[str, str] = {}

    def set_rows(self, rows: list[MatchRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return row.label
            if col == 1:
                return f"{row.score:.0f}"
            if col == 3:
                if row.meets_requirements:
                    return self.tr("all met")
                said = getattr(row, "unmet_words", ()) or [
                    self.unmet_names.get(u, u) for u in row.unmet
                ]
                return self.tr("not met: %1").replace("%1", ", ".join(said))
            if col == 4:
                return self.marks_text(row)
            return None
        if role == PARTS_ROLE and col == 2:
            return row.parts
        if role == Qt.ItemDataRole.ToolTipRole and col == 2:
            return "\n".join(
                f"{self.part_label(p)}: {row.parts.get(p, 0) * 100:.0f} %" for p in PARTS
            )
        if role == Qt.ItemDataRole.AccessibleTextRole and col == 2:
            return ", ".join(
                f"{self.part_label(p)} {row.parts.get(p, 0) * 100:.0f} %" for p in PARTS
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == 3 and not row.meets_requirements:
            return QColor("#b00020")
        if role == Qt.ItemDataRole.UserRole:
            return row.other_id
        return None

    def marks_text(self, row: MatchRow) -> str:
        """What coordinators decided or recorded about the pair, in words."""
        from volmatch.gui.placement_words import state_label

        marks = []
        if row.pinned:
            marks.append(self.tr("pinned"))
        if row.hidden:
            marks.append(self.tr("hidden"))
        if row.state:
            marks.append(state_label(row.state))
        if row.full:
            marks.append(self.tr("all places taken"))
        if row.placed and row.state != "placed":
            marks.append(self.tr("already placed"))
        return " · ".join(marks)

    def part_label(self, part: str) -> str:
        return {
            "language": self.tr("Language"),
            "district": self.tr("District"),
            "interests": self.tr("Interests"),
            "availability": self.tr("Time"),
        }.get(part, part)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class PartsDelegate(QStyledItemDelegate):
    """Draws the four parts as four short bars side by side, each filled to its share."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        parts = index.data(PARTS_ROLE)
        if not isinstance(parts, dict):
            super().paint(painter, option, index)
            return
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        rect = option.rect.adjusted(4, 5, -4, -5)
        gap = 4
        width = max(4, (rect.width() - gap * (len(PARTS) - 1)) // len(PARTS))
        for n, part in enumerate(PARTS):
            cell = QRect(rect.left() + n * (width + gap), rect.top(), width, rect.height())
            painter.fillRect(cell, QColor("#e4e4e4"))
            value = max(0.0, min(1.0, float(parts.get(part, 0.0))))
            filled = QRect(cell.left(), cell.top(), round(cell.width() * value), cell.height())
            painter.fillRect(filled, QColor(PART_COLOURS[part]))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(150, option.fontMetrics.height() + 10)
