"""A paired horizontal bar chart drawn with QPainter (QtCharts is not in PySide6-Essentials)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

OPPORTUNITY_COLOUR = QColor("#3b6ea8")
VOLUNTEER_COLOUR = QColor("#c7772b")
GAP_COLOUR = QColor("#fbe3e3")


class PairedBarChart(QWidget):
    """Per category, a bar for opportunities and one for volunteers; gaps highlighted.

    A gap is a category with volunteers but no opportunities. Clicking a row emits
    ``clicked(key, series)`` with series "opportunities" or "volunteers".
    """

    clicked = Signal(str, str)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.rows: list[tuple[str, str, int, int]] = []  # (key, label, opportunities, volunteers)
        self.legend = ("", "")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._row_height = self.fontMetrics().height() * 2 + 6
        self._label_width = 170

    def set_rows(self, rows: list[tuple[str, str, int, int]], legend: tuple[str, str]) -> None:
        self.rows = rows
        self.legend = legend
        fm = self.fontMetrics()
        self._label_width = min(260, max([fm.horizontalAdvance(r[1]) for r in rows] + [80]) + 16)
        self.setAccessibleDescription("; ".join(f"{r[1]}: {r[2]} / {r[3]}" for r in rows))
        self.updateGeometry()
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def gaps(self) -> list[str]:
        return [key for key, _label, opp, vol in self.rows if vol > 0 and opp == 0]

    def _top(self) -> int:
        return self.fontMetrics().height() * 3 + 10

    def sizeHint(self) -> QSize:
        return QSize(600, self._top() + max(1, len(self.rows)) * self._row_height + 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(QPointF(4, fm.ascent() + 2), self.title)
        painter.setFont(self.font())
        # Legend
        x = 4.0
        y = fm.height() + 8
        for colour, text in (
            (OPPORTUNITY_COLOUR, self.legend[0]),
            (VOLUNTEER_COLOUR, self.legend[1]),
            (GAP_COLOUR, self.legend_gap),
        ):
            painter.fillRect(QRectF(x, y + 2, 12, fm.height() - 4), colour)
            painter.setPen(self.palette().text().color())
            painter.drawText(QPointF(x + 16, y + fm.ascent()), text)
            x += 16 + fm.horizontalAdvance(text) + 18
        top = self._top()
        if not self.rows:
            painter.drawText(QPointF(4, top + fm.ascent()), self.empty_text)
            return
        maximum = max(max(r[2], r[3]) for r in self.rows) or 1
        number_width = fm.horizontalAdvance("00000") + 6
        bar_left = self._label_width
        bar_space = max(20, self.width() - bar_left - number_width - 8)
        half = (self._row_height - 6) / 2
        for n, (_key, label, opp, vol) in enumerate(self.rows):
            row_top = top + n * self._row_height
            if vol > 0 and opp == 0:
                painter.fillRect(QRectF(0, row_top, self.width(), self._row_height - 2), GAP_COLOUR)
            painter.setPen(self.palette().text().color())
            text = fm.elidedText(label, Qt.TextElideMode.ElideRight, self._label_width - 10)
            painter.drawText(
                QRectF(4, row_top, self._label_width - 8, self._row_height - 4),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                text,
            )
            for k, (value, colour) in enumerate(
                ((opp, OPPORTUNITY_COLOUR), (vol, VOLUNTEER_COLOUR))
            ):
                bar_top = row_top + 2 + k * half
                width = bar_space * value / maximum
                painter.fillRect(
                    QRectF(bar_left, bar_top, max(width, 1 if value else 0), half - 2), colour
                )
                painter.drawText(
                    QRectF(bar_left + width + 4, bar_top - 2, number_width, half + 2),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    str(value),
                )

    legend_gap = ""
    empty_text = ""

    def row_at(self, y: float) -> int:
        n = int((y - self._top()) // self._row_height)
        return n if 0 <= n < len(self.rows) and y >= self._top() else -1

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over = self.row_at(event.position().y()) >= 0
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        n = self.row_at(event.position().y())
        if n < 0:
            return
        row_top = self._top() + n * self._row_height
        series = (
            "volunteers"
            if event.position().y() - row_top > (self._row_height - 6) / 2
            else "opportunities"
        )
        self.clicked.emit(self.rows[n][0], series)
