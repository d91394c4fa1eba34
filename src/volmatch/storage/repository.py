"""Plain records in, plain records out: the only storage API the rest of volmatch uses.

Every function takes the session of one unit of work (``with db.session() as s``)
and never returns ORM objects. Lists are read with a handful of queries whatever
their length: parents in one query, each child table in one more, grouped in Python.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, delete, func, insert, select, text
from sqlalchemy.orm import Session

from volmatch.domain import Opportunity, Organization, Placement, PlacementState, Status, Volunteer
from volmatch.errors import InputError, Issue, Problem
from volmatch.storage import bulk, convert, models, queries
from volmatch.storage.database import DatabaseError, DatabaseErrorCode
from volmatch.storage.queries import chunks
from volmatch.storage.rows import (  # noqa: F401  (part of the repository API)
    OpportunityRow,
    VolunteerRow,
    opportunity_rows,
    volunteer_rows,
)
from volmatch.storage.validate import check_values
from volmatch.text import clean, fold

_OPP = queries.OPP
_ORG = queries.ORG
_VOL = queries.VOL


class Counts(NamedTuple):
    """Name -> count for a dashboard, for opportunities and for volunteers."""

    opportunities: dict[str, int]
    volunteers: dict[str, int]


def _conflict(kind: str, record_id: int | None) -> DatabaseError:
    return DatabaseError(
        DatabaseErrorCode.CONFLICT,
        f"Someone else changed this {kind} (id {record_id}) after you opened it; nothing was "
        "saved. Reload it and apply your change again.",
    )


def claim_write(session: Session) -> None:
    """On SQLite, take the write lock now (waiting up to the busy timeout for it).

    A transaction that reads first and writes later cannot wait for the lock once
    another writer has committed in between: SQLite fails it at once ("database is
    locked"). A write that changes nothing, as the first statement, avoids that.
    """
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("UPDATE alembic_version SET version_num = version_num WHERE 0 = 1"))


def _duplicate(kind: str, ext: str) -> Issue:
    return Issue(
        Problem.DUPLICATE_ID,
        column="external_id",
        value=ext,
        expected=f"an external_id that no other {kind} has",
    )


class _Organizations:
    """Finds organisations by folded name, creating the missing ones."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._ids: dict[str, int] | None = None
        self._by_text: dict[str, int | None] = {}  # as written: spares cleaning and folding

    def id_for(self, name: str) -> int | None:
        if name in self._by_text:
            return self._by_text[name]
        found = self._by_text[name] = self._lookup(name)
        return found

    def _lookup(self, name: str) -> int | None:
        name = clean(name)
        if not name:
            return None
        checked = {"name": name}
        check_values(_ORG, (checked,))
        name = checked["name"]
        if self._ids is None:
            self._ids = dict(self._session.execute(select(_ORG.c.name_key, _ORG.c.id)).all())
        key = fold(name)
        if key not in self._ids:
            self._ids[key] = self._session.execute(
                insert(_ORG).values(name=name, name_key=key).returning(_ORG.c.id)
            ).scalar_one()
        return self._ids[key]


# --- saving ------------------------------------------------------------------------------


def _existing(session: Session, model: type, records: Sequence[Any]) -> tuple[dict, dict]:
    ids = [r.id for r in records if r.id is not None]
    exts = [e for e in (convert.external_id(r.external_id) for r in records) if e]
    by_id: dict[int, Any] = {}
    by_ext: dict[str, Any] = {}
    for chunk in chunks(ids):
        by_id.update((o.id, o) for o in session.scalars(select(model).where(model.id.in_(chunk))))
    for chunk in chunks(exts):
        by_ext.update(
            (o.external_id, o)
            for o in session.scalars(select(model).where(model.external_id.in_(chunk)))
        )
    return by_id, by_ext


def _replace_children(
    session: Session,
    kind: str,
    stored: Sequence[int],
    records: dict[int, Any],
    children: Callable[[int, Any], dict[Any, list[dict[str, Any]]]],
) -> None:
    conn = session.connection()
    tables = models.CHILD_TABLES[kind]
    rows: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for parent_id, record in records.items():
        for table, table_rows in children(parent_id, record).items():
            rows[table].extend(table_rows)
    for table in tables:
        check_values(table, rows[table])
    for table in tables:
        for chunk in chunks(list(stored)):
            conn.execute(delete(table).where(table.c[f"{kind}_id"].in_(chunk)))
    for table in tables:
        queries.insert_many(conn, table, rows[table])


def _save(
    session: Session,
    kind: str,
    model: type,
    records: Iterable[Any],
    values: Callable[[Any], dict[str, Any]],
    children: Callable[[int, Any], dict[Any, list[dict[str, Any]]]],
    organizations: _Organizations | None = None,
) -> list[int]:
    records = list(records)
    checked = [values(record) for record in records]
    check_values(model.__table__, checked)
    claim_write(session)
    by_id, by_ext = _existing(session, model, records)
    now = models.utcnow()
    rows = []
    stored: set[int] = set()
    # No autoflush: a new row must reach the database once, complete, at version 1.
    with session.no_autoflush:
        for index, record in enumerate(records):
            row = by_id.get(record.id) if record.id is not None else None
            ext = convert.external_id(record.external_id)
            if row is None and ext:
                row = by_ext.get(ext)
            elif ext and by_ext.get(ext, row) is not row:
                raise InputError([_duplicate(kind, ext)])
            if row is None:
                row = model(created_at=record.created_at or now)
                session.add(row)
            elif row.id is not None:  # stored before, not added earlier in this batch
                if record.version is not None and row.version != record.version:
                    raise _conflict(kind, row.id)
                stored.add(row.id)
            for name, value in checked[index].items():
                setattr(row, name, value)
            if organizations is not None:
                row.organization_id = organizations.id_for(record.organization)
            row.updated_at = now  # also makes every save an UPDATE, which bumps the version
            if ext:
                by_ext[ext] = row
            rows.append(row)
    session.flush()
    _replace_children(
        session,
        kind,
        sorted(stored),
        {row.id: r for row, r in zip(rows, records, strict=True)},
        children,
    )
    return [row.id for row in rows]


def save_opportunities(session: Session, records: Iterable[Opportunity]) -> list[int]:
    """Insert or update each record: by id if given, else by external_id, else a new row.

    Organisations are found by name ignoring case and diacritics, or created.
    A record whose ``version`` differs from the stored one raises DatabaseError(CONFLICT).
    """
    return _save(
        session,
        "opportunity",
        models.Opportunity,
        records,
        convert.opportunity_values,
        convert.opportunity_children,
        _Organizations(session),
    )


def save_volunteers(session: Session, records: Iterable[Volunteer]) -> list[int]:
    """Insert or update volunteers like :func:`save_opportunities`."""
    return _save(
        session,
        "volunteer",
        models.Volunteer,
        records,
        convert.volunteer_values,
        convert.volunteer_children,
    )


def bulk_insert_opportunities(
    session: Session, records: Iterable[Opportunity], batch: int = 5000
) -> list[int]:
    """The fast path for many new records (executemany); returns ids in input order.

    Records that may already be stored (an id given, a known external_id) take the
    upsert path of :func:`save_opportunities`. On SQLite, use ``db.session(write=True)``
    so no other writer can take the ids this precomputes.
    """
    claim_write(session)
    return bulk.bulk_insert(
        session,
        _OPP,
        list(records),
        convert.opportunity_values,
        convert.opportunity_children,
        save_opportunities,
        _Organizations(session),
        batch,
    )


def bulk_insert_volunteers(
    session: Session, records: Iterable[Volunteer], batch: int = 5000
) -> list[int]:
    """The fast path for many new volunteers, like :func:`bulk_insert_opportunities`."""
    claim_write(session)
    return bulk.bulk_insert(
        session,
        _VOL,
        list(records),
        convert.volunteer_values,
        convert.volunteer_children,
        save_volunteers,
        None,
        batch,
    )


def _load_opportunities(session: Session, where: ColumnElement[bool] | None) -> list[Opportunity]:
    stmt = queries.opportunity_select(_OPP)
    parents = None
    if where is not None:
        stmt = stmt.where(where)
        parents = select(_OPP.c.id).where(where)
    result = session.execute(stmt)
    keys = list(result.keys())
    rows = [dict(zip(keys, row, strict=True)) for row in result]
    if not rows:
        return []
    translations, districts, languages, interests = queries.opportunity_children(session, parents)
    return [
        convert.opportunity_record(
            row,
            translations.get(row["id"], []),
            districts.get(row["id"], []),
            languages.get(row["id"], []),
            interests.get(row["id"], []),
        )
        for row in rows
    ]


def load_opportunities(
    session: Session, statuses: Iterable[Status | str] | None = None
) -> list[Opportunity]:
    """Every opportunity (or those in ``statuses``), ordered by id, in five queries."""
    where = None
    if statuses is not None:
        where = _OPP.c.status.in_([Status(s).value for s in statuses])
    return _load_opportunities(session, where)


def get_opportunity(session: Session, record_id: int) -> Opportunity | None:
    found = _load_opportunities(session, _OPP.c.id == record_id)
    return found[0] if found else None


def _ref_id(ref: int | str) -> int | None:
    if isinstance(ref, int):
        return ref
    text = str(ref).strip()
    return int(text) if text.isdigit() else None


def find_opportunity(session: Session, ref: int | str) -> Opportunity | None:
    """By numeric id, else by external_id."""
    record_id = _ref_id(ref)
    if record_id is not None and (found := get_opportunity(session, record_id)):
        return found
    found = _load_opportunities(session, _OPP.c.external_id == str(ref).strip())
    return found[0] if found else None


def _load_volunteers(session: Session, where: ColumnElement[bool] | None) -> list[Volunteer]:
    stmt = select(_VOL).order_by(_VOL.c.id)
    parents = None
    if where is not None:
        stmt = stmt.where(where)
        parents = select(_VOL.c.id).where(where)
    result = session.execute(stmt)
    keys = list(result.keys())
    rows = [dict(zip(keys, row, strict=True)) for row in result]
    if not rows:
        return []
    languages = queries.children(
        session, models.VolunteerLanguage.__table__, "volunteer", ("code", "level"), parents
    )
    travel = queries.children(
        session, models.VolunteerTravelDistrict.__table__, "volunteer", ("district",), parents
    )
    interests = queries.children(
        session, models.VolunteerInterest.__table__, "volunteer", ("tag",), parents
    )
    return [
        convert.volunteer_record(
            row,
            languages.get(row["id"], []),
            travel.get(row["id"], []),
            interests.get(row["id"], []),
        )
        for row in rows
    ]


def load_volunteers(session: Session) -> list[Volunteer]:
    return _load_volunteers(session, None)


def get_volunteer(session: Session, record_id: int) -> Volunteer | None:
    found = _load_volunteers(session, _VOL.c.id == record_id)
    return found[0] if found else None


def find_volunteer(session: Session, ref: int | str) -> Volunteer | None:
    """By numeric id, else by external_id, else by e-mail (ignoring case)."""
    record_id = _ref_id(ref)
    if record_id is not None and (found := get_volunteer(session, record_id)):
        return found
    text = str(ref).strip()
    for where in (_VOL.c.external_id == text, func.lower(_VOL.c.email) == text.lower()):
        if text and (found := _load_volunteers(session, where)):
            return found[0]
    return None


# --- organisations, deleting, placements, counts ----------------------------------------------


def list_organizations(session: Session) -> list[Organization]:
    """Every organisation, ordered by folded name."""
    rows = session.execute(
        select(_ORG.c.id, _ORG.c.name, _ORG.c.email, _ORG.c.phone, _ORG.c.website).order_by(
            _ORG.c.name_key
        )
    )
    return [
        Organization(id=r.id, name=r.name, email=r.email, phone=r.phone, website=r.website)
        for r in rows
    ]


def delete_opportunity(session: Session, record_id: int) -> bool:
    """Delete an opportunity with its translations, districts, languages, tags and placements."""
    result = session.execute(delete(_OPP).where(_OPP.c.id == record_id))
    return bool(result.rowcount)


def delete_volunteer(session: Session, record_id: int) -> bool:
    """Delete a volunteer with their languages, districts, interests and placements."""
    result = session.execute(delete(_VOL).where(_VOL.c.id == record_id))
    return bool(result.rowcount)


def save_placement(session: Session, placement: Placement) -> int:
    """Insert or update: by id, else the placement of the same volunteer and opportunity."""
    model = models.Placement
    claim_write(session)
    row = session.get(model, placement.id) if placement.id is not None else None
    if row is None:
        row = session.scalars(
            select(model).where(
                model.volunteer_id == placement.volunteer_id,
                model.opportunity_id == placement.opportunity_id,
            )
        ).first()
    values = {
        "volunteer_id": placement.volunteer_id,
        "opportunity_id": placement.opportunity_id,
        "state": PlacementState(placement.state).value,
        "created_by": placement.created_by,
        "notes": placement.notes,
    }
    check_values(model.__table__, (values,))
    now = models.utcnow()
    if row is None:
        row = model(created_at=placement.created_at or now)
        session.add(row)
    elif placement.version is not None and row.version != placement.version:
        raise _conflict("placement", row.id)
    for name, value in values.items():
        setattr(row, name, value)
    row.updated_at = now
    session.flush()
    return row.id


def _placements(session: Session, where: ColumnElement[bool]) -> list[Placement]:
    model = models.Placement
    rows = session.scalars(select(model).where(where).order_by(model.created_at, model.id))
    return [convert.placement_record(row) for row in rows]


def placements_for_volunteer(session: Session, volunteer_id: int) -> list[Placement]:
    return _placements(session, models.Placement.volunteer_id == volunteer_id)


def placements_for_opportunity(session: Session, opportunity_id: int) -> list[Placement]:
    return _placements(session, models.Placement.opportunity_id == opportunity_id)


def delete_placement(session: Session, placement_id: int) -> bool:
    table = models.Placement.__table__
    return bool(session.execute(delete(table).where(table.c.id == placement_id)).rowcount)


def _count(session: Session, column: Any, parent: Any = None, where: Any = None) -> dict[str, int]:
    stmt = select(column, func.count()).where(column.is_not(None)).group_by(column)
    if where is not None:
        stmt = stmt.where(parent.in_(select(_OPP.c.id).where(where)))
    return dict(session.execute(stmt).all())


def _status_filter(statuses: Iterable[Status | str] | None) -> Any:
    return None if statuses is None else _OPP.c.status.in_([Status(s).value for s in statuses])


def counts_by_district(session: Session, statuses: Iterable[Status | str] | None = None) -> Counts:
    """Opportunities per municipal district (in ``statuses``) and volunteers per home district."""
    table = models.OpportunityDistrict.__table__
    return Counts(
        _count(session, table.c.district, table.c.opportunity_id, _status_filter(statuses)),
        _count(session, _VOL.c.district),
    )


def counts_by_language(session: Session, statuses: Iterable[Status | str] | None = None) -> Counts:
    """Opportunities asking for each language code and volunteers speaking it."""
    table = models.OpportunityLanguage.__table__
    return Counts(
        _count(session, table.c.code, table.c.opportunity_id, _status_filter(statuses)),
        _count(session, models.VolunteerLanguage.__table__.c.code),
    )
