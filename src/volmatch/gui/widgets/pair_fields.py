"""Fields the placement dialogs share: the pair's heading, a day, and hours."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDoubleSpinBox, QLabel


def pair_heading(volunteer: str, title: str) -> QLabel:
    """ "<b>Olena Kovalenko</b> — Doučování dětí", wrapped, with the names escaped."""
    label = QLabel(f"<b>{escape(volunteer)}</b> — {escape(title)}")
    label.setWordWrap(True)
    return label


def day_edit(day: dt.date | QDate | None, name: str, accessible: str) -> QDateEdit:
    """A date picker with a calendar, showing the date as the tables write it."""
    if isinstance(day, dt.date):
        day = QDate(day.year, day.month, day.day)
    edit = QDateEdit(QDate.currentDate() if day is None else day)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d. M. yyyy")  # as format_date writes dates
    return edit


def hours_box(
    name: str, accessible: str, hours: float | None = None, *, unset: str | None = None
) -> QDoubleSpinBox:
    """Hours to one decimal; with ``unset`` the box can also say that none are stated
    (its value is then -1, read back by ``hours_value``)."""
    box = QDoubleSpinBox()
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    box.setDecimals(1)
    if unset is None:
        box.setRange(0, 100_000)
        box.setValue(float(hours or 0))
    else:
        box.setRange(-1, 100_000)
        box.setSpecialValueText(unset)
        box.setValue(-1 if hours is None else float(hours))
    return box


def hours_value(box: QDoubleSpinBox) -> float | None:
    """The hours in a box made with ``unset``; None when it says none are stated."""
    return None if box.value() < 0 else box.value()
