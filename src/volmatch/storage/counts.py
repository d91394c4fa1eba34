"""Counts for the dashboard: opportunities and volunteers per district and per language."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from volmatch.domain import Status
from volmatch.storage import models
from volmatch.storage.queries import OPP, VOL, chunks, live


class Counts(NamedTuple):
    """Name -> count for a dashboard, for opportunities and for volunteers."""

    opportunities: dict[str, int]
    volunteers: dict[str, int]


def _count(session: Session, column: Any, parent: Any, parents: Any) -> dict[str, int]:
    stmt = select(column, func.count()).where(column.is_not(None)).group_by(column)
    if parent is not None:
        stmt = stmt.where(parent.in_(parents))
    return dict(session.execute(stmt).all())


def _opportunities(statuses: Iterable[Status | str] | None) -> Any:
    where = live(OPP)
    if statuses is not None:
        where = where & OPP.c.status.in_([Status(s).value for s in statuses])
    return select(OPP.c.id).where(where)


def counts_by_district(session: Session, statuses: Iterable[Status | str] | None = None) -> Counts:
    """Opportunities per municipal district (in ``statuses``) and volunteers per home district
    (neither counting what is in the trash)."""
    table = models.OpportunityDistrict.__table__
    volunteers = select(VOL.c.district, func.count()).where(VOL.c.district.is_not(None), live(VOL))
    return Counts(
        _count(session, table.c.district, table.c.opportunity_id, _opportunities(statuses)),
        dict(session.execute(volunteers.group_by(VOL.c.district)).all()),
    )


def counts_by_language(session: Session, statuses: Iterable[Status | str] | None = None) -> Counts:
    """Opportunities asking for each language code and volunteers speaking it."""
    table = models.OpportunityLanguage.__table__
    spoken = models.VolunteerLanguage.__table__
    return Counts(
        _count(session, table.c.code, table.c.opportunity_id, _opportunities(statuses)),
        _count(session, spoken.c.code, spoken.c.volunteer_id, select(VOL.c.id).where(live(VOL))),
    )


def placed_counts(session: Session) -> Counts:
    """Placed and ended pairs (live ones): per municipal district of the listing in
    ``opportunities`` and per language the placed volunteer speaks in ``volunteers``.

    The placed pairs are few; their listings' and volunteers' rows are read by key."""
    pl = models.Placement.__table__
    districts = models.OpportunityDistrict.__table__
    spoken = models.VolunteerLanguage.__table__
    pairs = session.execute(
        select(pl.c.opportunity_id, pl.c.volunteer_id)
        .join(OPP, OPP.c.id == pl.c.opportunity_id)
        .join(VOL, VOL.c.id == pl.c.volunteer_id)
        .where(
            pl.c.state.in_(("placed", "ended")),
            func.coalesce(OPP.c.deleted_at, None).is_(None),  # by key, not by the index
            func.coalesce(VOL.c.deleted_at, None).is_(None),
        )
    ).all()
    by_district: dict[str, int] = {}
    by_language: dict[str, int] = {}
    for counter, _table, key, column, ids in (
        (
            by_district,
            districts,
            districts.c.opportunity_id,
            districts.c.district,
            [p[0] for p in pairs],
        ),
        (by_language, spoken, spoken.c.volunteer_id, spoken.c.code, [p[1] for p in pairs]),
    ):
        per_id: dict[int, list[str]] = {}
        for chunk in chunks(sorted(set(ids))):
            for i, name in session.execute(select(key, column).where(key.in_(chunk))):
                per_id.setdefault(i, []).append(name)
        for i in ids:
            for name in per_id.get(i, ()):
                counter[name] = counter.get(name, 0) + 1
    return Counts(by_district, by_language)


def volunteered_hours(session: Session) -> float:
    """Hours recorded on placed and ended pairs whose volunteer and listing are live."""
    pl = models.Placement.__table__
    total = session.execute(
        select(func.sum(pl.c.hours))
        .join(OPP, OPP.c.id == pl.c.opportunity_id)
        .join(VOL, VOL.c.id == pl.c.volunteer_id)
        .where(
            pl.c.state.in_(("placed", "ended")),
            pl.c.hours.is_not(None),
            func.coalesce(OPP.c.deleted_at, None).is_(None),
            func.coalesce(VOL.c.deleted_at, None).is_(None),
        )
    ).scalar()
    return float(total or 0)
