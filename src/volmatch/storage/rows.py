"""Plain tuples for the GUI's tables, each with folded text for its search box."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from volmatch.domain import Status
from volmatch.storage import convert, models
from volmatch.storage.queries import OPP, VOL, children, opportunity_select

_SEARCH_DESCRIPTION = 200  # characters of the description that the table search sees


class OpportunityRow(NamedTuple):
    """One line of the opportunities table; ``search`` is folded text for filtering."""

    id: int
    external_id: str | None
    title: str
    organization: str
    districts: str  # "Praha 7, Praha-Troja"
    languages: str  # "uk:B2 cs": required with minimum level, welcome bare
    interests: str  # "gardening, tutoring"
    status: Status
    valid_until: dt.date | None
    updated_at: dt.datetime | None
    search: str


class VolunteerRow(NamedTuple):
    id: int
    external_id: str | None
    name: str
    email: str
    phone: str
    district: str
    travel_districts: str
    languages: str  # "uk:native cs:B1"
    interests: str
    consent_date: dt.date | None
    updated_at: dt.datetime | None
    search: str


def opportunity_rows(session: Session) -> list[OpportunityRow]:
    """Plain tuples for the opportunities table, ordered by id."""
    stmt = opportunity_select(
        OPP.c.id,
        OPP.c.external_id,
        OPP.c.title,
        OPP.c.district_text,
        func.substr(OPP.c.description, 1, _SEARCH_DESCRIPTION).label("description"),
        OPP.c.status,
        OPP.c.valid_until,
        OPP.c.updated_at,
    )
    rows = session.execute(stmt).all()
    districts = children(
        session, models.OpportunityDistrict.__table__, "opportunity", ("district",), None
    )
    languages = children(
        session,
        models.OpportunityLanguage.__table__,
        "opportunity",
        ("code", "min_level", "required"),
        None,
    )
    interests = children(
        session, models.OpportunityInterest.__table__, "opportunity", ("tag",), None
    )
    result = []
    for row in rows:
        district_list = ", ".join(d[1] for d in districts.get(row.id, ()))
        organization = row.organization_name or ""
        search = convert.search_fold(
            " ".join(
                (row.external_id or "", row.title, organization, district_list, row.district_text)
            )
            + " "
            + (row.description or "")
        )
        result.append(
            OpportunityRow(
                row.id,
                row.external_id,
                row.title,
                organization,
                district_list,
                convert.needs_text(languages.get(row.id, [])),
                ", ".join(i[1] for i in interests.get(row.id, ())),
                Status(row.status),
                row.valid_until,
                row.updated_at,
                search,
            )
        )
    return result


def volunteer_rows(session: Session) -> list[VolunteerRow]:
    """Plain tuples for the volunteers table, ordered by id."""
    v = VOL.c
    rows = session.execute(
        select(
            v.id,
            v.external_id,
            v.name,
            v.email,
            v.phone,
            v.district,
            v.district_text,
            v.consent_date,
            v.updated_at,
        )
        .where(v.deleted_at.is_(None))
        .order_by(v.id)
    ).all()
    languages = children(
        session, models.VolunteerLanguage.__table__, "volunteer", ("code", "level"), None
    )
    travel = children(
        session, models.VolunteerTravelDistrict.__table__, "volunteer", ("district",), None
    )
    interests = children(session, models.VolunteerInterest.__table__, "volunteer", ("tag",), None)
    result = []
    for row in rows:
        travel_list = ", ".join(t[1] for t in travel.get(row.id, ()))
        interest_list = ", ".join(i[1] for i in interests.get(row.id, ()))
        search = convert.search_fold(
            " ".join(
                (
                    row.external_id or "",
                    row.name,
                    row.email,
                    row.phone,
                    row.district or "",
                    row.district_text,
                    travel_list,
                    interest_list,
                )
            )
        )
        result.append(
            VolunteerRow(
                row.id,
                row.external_id,
                row.name,
                row.email,
                row.phone,
                row.district or "",
                travel_list,
                convert.skills_text(languages.get(row.id, [])),
                interest_list,
                row.consent_date,
                row.updated_at,
                search,
            )
        )
    return result
