"""Backend work for placements: lists (per volunteer, per listing, the pipeline, the
follow-up list), recording outcomes and follow-ups, counts for the Overview.

Plain functions taking a :class:`~volmatch.gui.backend.Backend`; worker threads, no Qt,
no rules (``volmatch.storage.placements`` holds them).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from volmatch.domain import Placement, PlacementState

if TYPE_CHECKING:
    from volmatch.gui.backend import Backend
    from volmatch.storage.placements import PlacementRow


@dataclass(frozen=True, slots=True)
class Pipeline:
    """Every live placement, oldest state first, with the count per state."""

    rows: list[PlacementRow]
    counts: dict[PlacementState, int]
    follow_up: list[PlacementRow]  # earliest follow-up date first


def pipeline(backend: Backend) -> Pipeline:
    from volmatch.storage import placements

    with backend.db.session() as s:
        return Pipeline(
            placements.placement_rows(s),
            placements.state_counts(s),
            placements.placement_rows(s, follow_up=True),
        )


def rows_for(
    backend: Backend, *, volunteer_id: int | None = None, opportunity_id: int | None = None
) -> list[PlacementRow]:
    from volmatch.storage import placements

    with backend.db.session() as s:
        return placements.placement_rows(
            s, volunteer_id=volunteer_id, opportunity_id=opportunity_id
        )


def record(
    backend: Backend,
    volunteer_id: int,
    opportunity_id: int,
    state: PlacementState,
    *,
    note: str | None = None,
    hours: float | None = None,
    follow_up_on: dt.date | None = None,
) -> int:
    """Record an outcome for a pair, keeping its notes and hours unless new ones are given."""
    from volmatch.storage import placements

    with backend.db.session(write=True) as s:
        old = placements.pair_placement(s, volunteer_id, opportunity_id)
        placement = Placement(
            volunteer_id,
            opportunity_id,
            state,
            id=old.id if old else None,
            notes=note if note is not None else (old.notes if old else ""),
            hours=hours if hours is not None else (old.hours if old else None),
            follow_up_on=follow_up_on,
        )
        return placements.save_placement(s, placement)


def follow_up(
    backend: Backend,
    placement_id: int,
    note: str,
    state: PlacementState | None = None,
    next_date: dt.date | None = None,
    hours: float | None = None,
) -> bool:
    """How it went: a dated note, maybe a new state and hours; off the list unless asked again."""
    from volmatch.storage import placements

    with backend.db.session(write=True) as s:
        return placements.record_follow_up(s, placement_id, note, state, next_date, hours=hours)


def placed_counts(backend: Backend) -> Any:
    from volmatch.storage.counts import placed_counts

    with backend.db.session() as s:
        return placed_counts(s)
