"""Record hours volunteered on a placed pair: add the hours of a day (the usual case), or
correct the total. Both leave a dated line in the placement's notes and are audited."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from volmatch.gui.widgets.pair_fields import day_edit, hours_box, pair_heading


def hours_text(hours: float | None) -> str:
    """ "12,5" in Czech; "" when none are recorded."""
    return "" if hours is None else QLocale().toString(float(hours), "g", 6)


class HoursDialog(QDialog):
    """For one ``PlacementRow``; ``result_values()`` after Accepted."""

    def __init__(self, row: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HoursDialog")
        self.setWindowTitle(self.tr("Record hours"))
        about = pair_heading(row.volunteer, row.title)
        total = (
            self.tr("Hours so far: %1").replace("%1", hours_text(row.hours))
            if row.hours is not None
            else self.tr("No hours recorded yet.")
        )
        self.current = QLabel(total)
        self.current.setObjectName("hoursSoFar")
        self.add = QRadioButton(self.tr("Add hours volunteered on a day"))
        self.add.setObjectName("addHours")
        self.correct = QRadioButton(self.tr("Correct the total"))
        self.correct.setObjectName("correctTotal")
        self.add.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.add)
        group.addButton(self.correct)
        self.hours = hours_box("hoursValue", self.tr("Hours"))
        self.hours.setSingleStep(0.5)
        self.hours.setMaximum(10_000)
        self.hours.setSuffix(" h")
        self.day = day_edit(None, "hoursDay", self.tr("Day"))
        self.day.setMaximumDate(QDate.currentDate().addDays(1))
        self.note = QLineEdit()
        self.note.setObjectName("hoursNote")
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("e.g. tutoring, two children"))
        self.day_label = QLabel(self.tr("Day:"))
        form = QFormLayout()
        form.addRow(self.tr("Hours:"), self.hours)
        form.addRow(self.day_label, self.day)
        form.addRow(self.tr("Note:"), self.note)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.current)
        layout.addWidget(self.add)
        layout.addWidget(self.correct)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self._previous = row.hours
        self.add.toggled.connect(self._mode)
        self.hours.valueChanged.connect(lambda _v: self._check())
        self._mode()

    def _mode(self) -> None:
        adding = self.add.isChecked()
        self.day.setEnabled(adding)
        self.day_label.setEnabled(adding)
        if adding:
            self.hours.setValue(0)
        else:
            self.hours.setMaximum(100_000)
            self.hours.setValue(float(self._previous or 0))
        self.hint.setText(
            self.tr(
                "The hours are added to the total, shown in the placements list and on the "
                "certificate of volunteering."
            )
            if adding
            else self.tr(
                "The total replaces what is recorded; the change is noted with today's date."
            )
        )
        self._check()

    def _check(self) -> None:
        ok = self.hours.value() > 0 or self.correct.isChecked()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)

    def result_values(self) -> dict[str, Any]:
        adding = self.add.isChecked()
        day = self.day.date() if adding else QDate.currentDate()
        return {
            "hours": self.hours.value(),
            "day": dt.date(day.year(), day.month(), day.day()),
            "note": self.note.text().strip(),
            "total": not adding,
        }
