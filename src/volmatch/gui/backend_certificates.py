"""Backend work for a placement's hours and its certificate of volunteering.

Plain functions taking a :class:`~volmatch.gui.backend.Backend`; worker threads, no Qt,
no rules (``volmatch.storage.placements`` and ``volmatch.certificates`` hold them).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from volmatch.certificates import Facts
    from volmatch.gui.backend import Backend
    from volmatch.storage.placements import PlacementRow


def record_hours(
    backend: Backend,
    placement_id: int,
    hours: float,
    *,
    day: dt.date | None = None,
    note: str = "",
    total: bool = False,
) -> float | None:
    """Add hours volunteered on ``day`` (or correct the total); the new total."""
    from volmatch.storage import placements

    with backend.db.session(write=True) as s:
        return placements.record_hours(s, placement_id, hours, day=day, note=note, total=total)


def pair_row(backend: Backend, volunteer_id: int, opportunity_id: int) -> PlacementRow | None:
    """The placement of one pair as the lists show it, if any."""
    from volmatch.storage import placements

    with backend.db.session() as s:
        rows = placements.placement_rows(s, volunteer_id=volunteer_id)
    return next((r for r in rows if r.opportunity_id == opportunity_id), None)


def certificate_facts(backend: Backend, placement_id: int) -> Facts:
    """What the certificate can say (NotCertifiable when none can be made)."""
    from volmatch.certificates import certificate_facts as facts

    with backend.db.session() as s:
        return facts(s, placement_id)
