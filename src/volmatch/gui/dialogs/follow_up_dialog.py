"""How a placement went: a note (required), the state now, hours, and whether to ask again."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from volmatch.domain import PlacementState
from volmatch.gui.placement_words import state_label
from volmatch.gui.widgets.pair_fields import day_edit, hours_box, hours_value, pair_heading


class FollowUpDialog(QDialog):
    """For one ``PlacementRow``; ``result_values()`` after Accepted."""

    def __init__(self, row: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FollowUpDialog")
        self.setWindowTitle(self.tr("How did it go?"))
        about = pair_heading(row.volunteer, row.title)
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
        self.hours = hours_box(
            "hours", self.tr("Hours volunteered"), row.hours, unset=self.tr("not recorded")
        )
        self.again = QCheckBox(self.tr("Ask again on"))
        self.again.setObjectName("askAgain")
        self.next_date = day_edit(
            QDate.currentDate().addMonths(1), "nextFollowUp", self.tr("Next follow-up date")
        )
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
        return {
            "note": self.note.toPlainText().strip(),
            "state": PlacementState(self.state.currentData()),
            "hours": hours_value(self.hours),
            "next_date": (
                dt.date.fromisoformat(self.next_date.date().toString("yyyy-MM-dd"))
                if self.again.isChecked()
                else None
            ),
        }
