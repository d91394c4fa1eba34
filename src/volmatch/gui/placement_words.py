"""Placement states and weight parts in the interface language (one place for the words)."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication

from volmatch.domain import PlacementState

_DATED_LINE = re.compile(r"^(\d{4}-\d{2}-\d{2}): ", re.MULTILINE)
# "2026-12-03: +2.5 h", "= 12 h": hours recorded (storage.placements.record_hours)
_HOURS = re.compile(r"^(\d{4}-\d{2}-\d{2}: [+=] ?)(\d+(?:\.\d+)?)( h\b)", re.MULTILINE)


def notes_text(notes: str | None, last_line: bool = False) -> str:
    """A placement's notes with the dates of "How did it go?" lines (stored as
    "2026-12-03: …") written as the app writes dates ("3. 12. 2026: …"), and recorded
    hours with the interface's decimal mark ("+2,5 h")."""
    from PySide6.QtCore import QLocale

    from volmatch.gui.widgets.inputs import format_date

    def hours(match: re.Match) -> str:
        amount = QLocale().toString(float(match.group(2)), "g", 8)
        return f"{match.group(1)}{amount}{match.group(3)}"

    def redate(match: re.Match) -> str:
        try:
            return f"{format_date(dt.date.fromisoformat(match.group(1)))}: "
        except ValueError:
            return match.group(0)

    text = (notes or "").strip()
    if last_line:
        text = (text.splitlines() or [""])[-1]
    return _DATED_LINE.sub(redate, _HOURS.sub(hours, text))


def state_label(state: PlacementState | str) -> str:
    """ "placed" -> "umístěn/a" in Czech."""
    words = {
        PlacementState.SUGGESTED: QCoreApplication.translate("Placement", "suggested"),
        PlacementState.CONTACTED: QCoreApplication.translate("Placement", "contacted"),
        PlacementState.PLACED: QCoreApplication.translate("Placement", "placed"),
        PlacementState.DECLINED: QCoreApplication.translate("Placement", "declined"),
        PlacementState.ENDED: QCoreApplication.translate("Placement", "ended"),
    }
    try:
        return words[PlacementState(state)]
    except ValueError:
        return str(state)


def part_label(part: str) -> str:
    return {
        "language": QCoreApplication.translate("Placement", "Language"),
        "district": QCoreApplication.translate("Placement", "District"),
        "interests": QCoreApplication.translate("Placement", "Interests"),
        "availability": QCoreApplication.translate("Placement", "Time"),
    }.get(part, part)


def weights_text(weights: dict[str, float] | None, source: str) -> str:
    """ "Weights: Language 0.25 · District 0.25 · … (defaults)"."""
    if not weights:
        return ""
    parts = " · ".join(f"{part_label(p)} {v:.2f}" for p, v in weights.items())
    where = (
        QCoreApplication.translate("Placement", "shared by everyone using this database")
        if source == "stored"
        else QCoreApplication.translate("Placement", "defaults")
    )
    return (
        QCoreApplication.translate("Placement", "Weights: %1 (%2)")
        .replace("%1", parts)
        .replace("%2", where)
    )
