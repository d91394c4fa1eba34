"""Plain tuples for the GUI's tables, each with folded text for its search box.

Read through the driver's cursor (one query for the listings, one per child table,
only the columns shown): SQLAlchemy's result rows and ORM objects would cost more
than the database itself at 100,000 listings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from sqlalchemy import Connection, Select, func, select
from sqlalchemy.orm import Session

from volmatch.columns import transpose
from volmatch.domain import Status
from volmatch.storage import convert, models
from volmatch.storage.queries import OPP, VOL, children, opportunity_select, processed
from volmatch.text import fold

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


def fetch(conn: Connection, stmt: Select) -> Iterable[tuple[Any, ...]]:
    """The rows of ``stmt`` as the driver's tuples, each column through its type's result
    processing (once per distinct value), as SQLAlchemy would do it row by row."""
    compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True})
    rows = conn.exec_driver_sql(str(compiled)).cursor.fetchall()
    processors = [
        (i, process)
        for i, process in enumerate(
            column.type.dialect_impl(conn.dialect).result_processor(conn.dialect, None)
            for column in stmt.selected_columns
        )
        if process is not None
    ]
    if not rows or not processors:
        return rows
    columns = transpose(rows, len(stmt.selected_columns))
    for i, process in processors:
        columns[i] = processed(columns[i], process)
    return zip(*columns, strict=True)


def _texts(conn: Connection, table: Any, columns: Sequence[str], text: Any) -> dict[int, str]:
    """Parent id -> the text of its child rows (``text`` of each group of rows, ordered by
    position), computed once per distinct group."""
    parent = table.c[f"{table.name.split('_')[0]}_id"]
    stmt = select(parent, *(table.c[c] for c in columns)).order_by(parent, table.c.position)
    groups: dict[int, list[tuple[Any, ...]]] = {}
    for row in fetch(conn, stmt):
        group = groups.get(row[0])
        if group is None:
            groups[row[0]] = [row]
        else:
            group.append(row)
    done: dict[tuple, str] = {}
    result: dict[int, str] = {}
    for key, items in groups.items():
        values = tuple(item[1:] for item in items)
        found = done.get(values)
        if found is None:
            found = done[values] = text(items)
        result[key] = found
    return result


def _join_names(items: Sequence[Sequence[Any]]) -> str:
    return ", ".join(item[1] for item in items)


_STATUSES = {s.value: s for s in Status}


def opportunity_rows(session: Session) -> list[OpportunityRow]:
    """Plain tuples for the opportunities table, ordered by id."""
    conn = session.connection()
    rows = fetch(
        conn,
        opportunity_select(
            OPP.c.id,
            OPP.c.external_id,
            OPP.c.title,
            OPP.c.district_text,
            func.substr(OPP.c.description, 1, _SEARCH_DESCRIPTION).label("description"),
            OPP.c.status,
            OPP.c.valid_until,
            OPP.c.updated_at,
        ),
    )
    districts = _texts(conn, models.OpportunityDistrict.__table__, ("district",), _join_names)
    languages = _texts(
        conn,
        models.OpportunityLanguage.__table__,
        ("code", "min_level", "required"),
        convert.needs_text,
    )
    interests = _texts(conn, models.OpportunityInterest.__table__, ("tag",), _join_names)
    status_of = _STATUSES.__getitem__
    result = []
    append = result.append
    for (
        id_,
        external_id,
        title,
        district_text,
        description,
        status,
        valid_until,
        updated_at,
        organization,
    ) in rows:
        district_list = districts.get(id_, "")
        organization = organization or ""
        append(
            OpportunityRow(
                id_,
                external_id,
                title,
                organization,
                district_list,
                languages.get(id_, ""),
                interests.get(id_, ""),
                status_of(status),
                valid_until,
                updated_at,
                fold(
                    f"{external_id or ''} {title} {organization} {district_list} "
                    f"{district_text} {description or ''}"
                ),
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
        search = fold(
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
