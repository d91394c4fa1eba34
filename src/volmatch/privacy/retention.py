"""Retention: profiles without activity past the retention period, and erasing a person.

Activity is the last change to the profile, to one of the person's placements, or
the day they consented. Erasing deletes the profile with its languages, districts
and interests, keeps their placements for the statistics without the person or the
notes, drops the profile's audit history and leaves one anonymous "erase" line.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from volmatch.storage import audit, match_codes, models
from volmatch.storage.queries import VOL, claim_write

RETENTION_MONTHS = 24
_PLACEMENT = models.Placement.__table__


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """A profile to review: keep (after asking the person) or erase."""

    id: int
    external_id: str | None
    last_activity: dt.date
    months_inactive: int
    consent_date: dt.date | None


@dataclass(frozen=True, slots=True)
class Erasure:
    """What erasing one person did."""

    volunteer_id: int
    placements_anonymised: int
    audit_entries_removed: int


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` calendar months earlier (the month's last day if shorter)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _months_between(start: dt.date, end: dt.date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)


def due_for_review(
    session: Session, months: int = RETENTION_MONTHS, today: dt.date | None = None
) -> list[ReviewItem]:
    """Profiles (not in the trash) with no activity for ``months`` months, longest idle first."""
    today = today or dt.date.today()
    cutoff = months_before(today, months)
    last_placement = dict(
        session.execute(
            select(_PLACEMENT.c.volunteer_id, func.max(_PLACEMENT.c.updated_at))
            .where(_PLACEMENT.c.volunteer_id.is_not(None))
            .group_by(_PLACEMENT.c.volunteer_id)
        ).all()
    )
    rows = session.execute(
        select(VOL.c.id, VOL.c.external_id, VOL.c.updated_at, VOL.c.consent_date).where(
            VOL.c.deleted_at.is_(None)
        )
    )
    due = []
    for rid, ext, updated, consent in rows:
        placed = last_placement.get(rid)
        if isinstance(placed, str):  # SQLite's max() of a timestamp column comes back as text
            placed = dt.datetime.fromisoformat(placed)
        days = [d for d in (updated, placed) if d is not None]
        last = max([d.date() for d in days] + ([consent] if consent else []))
        if last <= cutoff:
            due.append(ReviewItem(rid, ext, last, _months_between(last, today), consent))
    return sorted(due, key=lambda item: (item.last_activity, item.id))


def erase_volunteer(session: Session, volunteer_id: int) -> Erasure | None:
    """Remove one person for good (also from the trash); None if there is no such person."""
    claim_write(session)
    exists = session.execute(select(VOL.c.id).where(VOL.c.id == volunteer_id)).first()
    if exists is None:
        return None
    anonymised = session.execute(
        update(_PLACEMENT)
        .where(_PLACEMENT.c.volunteer_id == volunteer_id)
        .values(volunteer_id=None, notes="", version=_PLACEMENT.c.version + 1)
    ).rowcount
    removed = audit.forget(session, "volunteer", volunteer_id)
    if session.get_bind().dialect.name == "sqlite":
        # Deleted content is overwritten in the file instead of lingering in free pages.
        session.connection().exec_driver_sql("PRAGMA secure_delete=ON")
    session.execute(delete(VOL).where(VOL.c.id == volunteer_id))
    match_codes.forget_unused_terms(session.connection())  # the words the person wrote
    audit.record(session, "volunteer", [(None, "erase", ())])
    return Erasure(volunteer_id, anonymised or 0, removed)
