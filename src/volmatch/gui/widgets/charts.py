"""A paired horizontal bar chart drawn with QPainter (QtCharts is not in PySide6-Essentials)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

OPPORTUNITY_COLOUR = QColor("#3b6ea8")
VOLUNTEER_COLOUR = QColor("#c7772b")
GAP_COLOUR = QColor("#fbe3e3")


class PairedBarChart(QWidget):
    """Per category, a bar for opportunities and one for volunteers; gaps highlighted.

    A gap is a category with volunteers but no opportunities. Clicking a row emits
    ``clicked(key, series)`` with series "opportunities" or "volunteers".

    From the keyboard the chart has a current row: Up/Down/Home/End move it, Enter or
    Space acts as a click on its opportunities bar and Shift+Enter or Shift+Space on its
    volunteers bar. The accessible description speaks the current row.
    ``current_changed(top, bottom)`` gives the current row's extent so a scroll area can
    keep it in view.
    """

    clicked = Signal(str, str)
    current_changed = Signal(int, int)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.rows: list[tuple[str, str, int, int]] = []  # (key, label, opportunities, volunteers)
        self.legend = ("", "")
        self.current = -1
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._row_height = self.fontMetrics().height() * 2 + 6
        self._label_width = 170

    def set_rows(self, rows: list[tuple[str, str, int, int]], legend: tuple[str, str]) -> None:
        keys = [r[0] for r in rows]
        # Keep the keyboard's place across a reload when the same category is still shown.
        previous = self.rows[self.current][0] if 0 <= self.current < len(self.rows) else None
        self.rows = rows
        self.legend = legend
        fm = self.fontMetrics()
        self._label_width = min(260, max([fm.horizontalAdvance(r[1]) for r in rows] + [80]) + 16)
        self.current = keys.index(previous) if previous in keys else (0 if rows else -1)
        self._describe()
        self.updateGeometry()
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            from volmatch.gui.retranslate import catalogue

            for name in ("title", "legend_gap", "empty_text"):
                if isinstance(getattr(self, name, None), str):
                    setattr(self, name, catalogue().retranslate(getattr(self, name)))
            self.update()

    def describe_row(self, n: int) -> str:
        """The row in words, as a screen reader should speak it."""
        _key, label, opp, vol = self.rows[n]
        #: The end of a chart row's description, after the published listings:
        #: "Praha 7: 3 published listings, 5 volunteers".
        volunteers = self.tr("%n volunteer(s)", "", vol)
        #: A chart row spoken by a screen reader: %1 is a district or a language,
        #: the last part the volunteers ("Praha 7: 3 published listings, 5 volunteers").
        text = self.tr("%1: %n published listing(s), %2", "", opp)
        # The label last: a name holding "%2" must not be replaced.
        return text.replace("%2", volunteers).replace("%1", label)

    def _describe(self) -> None:
        if 0 <= self.current < len(self.rows):
            self.setAccessibleDescription(self.describe_row(self.current))
        else:
            self.setAccessibleDescription(self.empty_text)

    def set_current(self, n: int) -> None:
        """Make row ``n`` (clamped to the rows) the keyboard's current row."""
        if not self.rows:
            return
        n = max(0, min(n, len(self.rows) - 1))
        if n == self.current:
            return
        self.current = n
        self._describe()
        self.update()
        row_top = self._top() + n * self._row_height
        self.current_changed.emit(row_top, row_top + self._row_height)

    def activate(self, series: str = "opportunities") -> None:
        """Act on the current row as a click on its ``series`` bar does."""
        if 0 <= self.current < len(self.rows):
            self.clicked.emit(self.rows[self.current][0], series)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        moves = {
            Qt.Key.Key_Up: self.current - 1,
            Qt.Key.Key_Down: self.current + 1,
            Qt.Key.Key_PageUp: self.current - 5,
            Qt.Key.Key_PageDown: self.current + 5,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: len(self.rows) - 1,
        }
        if key in moves and self.rows:
            self.set_current(moves[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.rows:
            shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            self.activate("volunteers" if shift else "opportunities")
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()
        if 0 <= self.current < len(self.rows):
            row_top = self._top() + self.current * self._row_height
            self.current_changed.emit(row_top, row_top + self._row_height)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
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
        if self.hasFocus():
            self._paint_focus(painter, top)

    def _paint_focus(self, painter: QPainter, top: int) -> None:
        # A frame round the whole chart says it has focus; a thicker one marks the current row.
        highlight = self.palette().highlight().color()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(highlight, 1, Qt.PenStyle.DashLine))
        painter.drawRect(QRectF(0.5, 0.5, self.width() - 1, self.height() - 1))
        if 0 <= self.current < len(self.rows):
            painter.setPen(QPen(highlight, 2))
            row_top = top + self.current * self._row_height
            painter.drawRect(QRectF(2, row_top, self.width() - 4, self._row_height - 2))

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
        self.set_current(n)
        row_top = self._top() + n * self._row_height
        series = (
            "volunteers"
            if event.position().y() - row_top > (self._row_height - 6) / 2
            else "opportunities"
        )
        self.clicked.emit(self.rows[n][0], series)
