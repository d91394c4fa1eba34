"""How a placement went: a note (required), the state now, hours, and whether to ask again."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from volmatch.domain import PlacementState
from volmatch.gui.placement_words import state_label


class FollowUpDialog(QDialog):
    """For one ``PlacementRow``; ``result_values()`` after Accepted."""

    def __init__(self, row: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FollowUpDialog")
        self.setWindowTitle(self.tr("How did it go?"))
        about = QLabel(f"<b>{_escape(row.volunteer)}</b> — {_escape(row.title)}")
        about.setWordWrap(True)
        self.note = QPlainTextEdit()
        self.note.setObjectName("followUpNote")
        self.note.setAccessibleName(self.tr("What happened"))
        self.note.setPlaceholderText(self.tr("e.g. Started on Monday, comes every week."))
        self.note.textChanged.connect(self._check)
        self.state = QComboBox()
        self.state.setAccessibleName(self.tr("State now"))
        for state in PlacementState:
            self.state.addItem(state_label(state), state.value)
        self.state.setCurrentIndex(self.state.findData(row.state.value))
        self.hours = QDoubleSpinBox()
        self.hours.setObjectName("hours")
        self.hours.setAccessibleName(self.tr("Hours volunteered"))
        self.hours.setRange(-1, 100000)
        self.hours.setDecimals(1)
        self.hours.setSpecialValueText(self.tr("not recorded"))
        self.hours.setValue(-1 if row.hours is None else float(row.hours))
        self.again = QCheckBox(self.tr("Ask again on"))
        self.again.setObjectName("askAgain")
        self.next_date = QDateEdit(QDate.currentDate().addMonths(1))
        self.next_date.setCalendarPopup(True)
        self.next_date.setDisplayFormat("d. M. yyyy")  # as format_date writes dates
        self.next_date.setAccessibleName(self.tr("Next follow-up date"))
        self.next_date.setEnabled(False)
        self.again.toggled.connect(self.next_date.setEnabled)
        form = QFormLayout()
        form.addRow(self.tr("What happened:"), self.note)
        form.addRow(self.tr("State now:"), self.state)
        form.addRow(self.tr("Hours volunteered:"), self.hours)
        form.addRow(self.again, self.next_date)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._check()

    def _check(self) -> None:
        ok = bool(self.note.toPlainText().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)

    def result_values(self) -> dict[str, Any]:
        hours = self.hours.value()
        return {
            "note": self.note.toPlainText().strip(),
            "state": PlacementState(self.state.currentData()),
            "hours": None if hours < 0 else hours,
            "next_date": (
                dt.date.fromisoformat(self.next_date.date().toString("yyyy-MM-dd"))
                if self.again.isChecked()
                else None
            ),
        }


def _escape(text: str) -> str:
    from html import escape

    return escape(text or "")
