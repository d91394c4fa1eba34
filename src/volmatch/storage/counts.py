"""Counts for the dashboard: opportunities and volunteers per district and per language."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from volmatch.domain import Status
from volmatch.storage import models
from volmatch.storage.queries import OPP, VOL, live


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
    ``opportunities`` and per language the placed volunteer speaks in ``volunteers``."""
    pl = models.Placement.__table__
    districts = models.OpportunityDistrict.__table__
    spoken = models.VolunteerLanguage.__table__
    placed = (
        select(pl.c.opportunity_id, pl.c.volunteer_id)
        .join(OPP, OPP.c.id == pl.c.opportunity_id)
        .join(VOL, VOL.c.id == pl.c.volunteer_id)
        .where(pl.c.state.in_(("placed", "ended")), live(OPP), live(VOL))
        .subquery()
    )
    by_district = (
        select(districts.c.district, func.count())
        .join(placed, placed.c.opportunity_id == districts.c.opportunity_id)
        .group_by(districts.c.district)
    )
    by_language = (
        select(spoken.c.code, func.count())
        .join(placed, placed.c.volunteer_id == spoken.c.volunteer_id)
        .group_by(spoken.c.code)
    )
    return Counts(
        dict(session.execute(by_district).all()), dict(session.execute(by_language).all())
    )
