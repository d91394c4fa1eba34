"""Placement states and weight parts in the interface language (one place for the words)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from volmatch.domain import PlacementState


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
