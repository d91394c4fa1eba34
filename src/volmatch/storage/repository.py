"""Plain records in, plain records out: the only storage API the rest of volmatch uses.

Every function takes the session of one unit of work (``with db.session() as s``)
and never returns ORM objects. Lists are read with a handful of queries whatever
their length: parents in one query, each child table in one more, grouped in Python.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, func, insert, select
from sqlalchemy.orm import Session

from volmatch.domain import Opportunity, Organization, Status, Volunteer
from volmatch.errors import InputError, Issue, Problem
from volmatch.storage import audit, bulk, convert, derived, models, queries, trash
from volmatch.storage.audit import AuditEntry, set_user  # noqa: F401  (part of the API)
from volmatch.storage.children import replace_children
from volmatch.storage.conflicts import Conflict, conflict_for, merge  # noqa: F401
from volmatch.storage.counts import Counts, counts_by_district, counts_by_language  # noqa: F401
from volmatch.storage.database import DatabaseError, DatabaseErrorCode
from volmatch.storage.placements import (  # noqa: F401  (placements live there)
    delete_placement,
    placements_for_opportunity,
    placements_for_volunteer,
    save_placement,
)
from volmatch.storage.queries import chunks, claim_write, live
from volmatch.storage.rows import (  # noqa: F401  (part of the repository API)
    OpportunityRow,
    VolunteerRow,
    opportunity_rows,
    volunteer_rows,
)
from volmatch.storage.trash import TrashItem, list_trash, purge_trash  # noqa: F401
from volmatch.storage.validate import check_columns as check_values_columns
from volmatch.storage.validate import check_values
from volmatch.text import clean, fold

_OPP = queries.OPP
_ORG = queries.ORG
_VOL = queries.VOL


def _conflict(kind: str, record_id: int | None) -> DatabaseError:
    return DatabaseError(
        DatabaseErrorCode.CONFLICT,
        f"Someone else changed this {kind} (id {record_id}) after you opened it; nothing was "
        "saved. Reload it and apply your change again.",
    )


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
        return self.ids_for((name,))[name]

    def ids_for(self, names: Iterable[str]) -> dict[str, int | None]:
        """The id of each name as written: one query for the stored ones, one
        executemany for the new ones (created in the order they first appear)."""
        missing = [n for n in dict.fromkeys(names) if n not in self._by_text]
        if missing:
            cleaned = {n: c for n in missing if (c := clean(n))}
            found = dict.fromkeys(missing)
            column = list(cleaned.values())
            check_values_columns(_ORG, {"name": column})
            if self._ids is None:
                self._ids = dict(self._session.execute(select(_ORG.c.name_key, _ORG.c.id)).all())
            keys = {}
            new: dict[str, str] = {}  # folded key -> name as first written
            for text, name in zip(cleaned, column, strict=True):
                key = keys[text] = fold(name)
                if key not in self._ids:
                    new.setdefault(key, name)
            if new:
                # one executemany, then the ids by key: RETURNING would cost a
                # statement per row on SQLite
                rows = [{"name": name, "name_key": key} for key, name in new.items()]
                self._session.execute(insert(_ORG), rows)
                for chunk in chunks(list(new)):
                    self._ids.update(
                        self._session.execute(
                            select(_ORG.c.name_key, _ORG.c.id).where(_ORG.c.name_key.in_(chunk))
                        ).all()
                    )
            for text, key in keys.items():
                found[text] = self._ids[key]
            self._by_text.update(found)
        return self._by_text


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
    changes: dict[int, tuple[str, set[str]]] = {}  # id(row) -> (action, changed fields)
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
                changes[id(row)] = ("create", set())
            elif row.id is not None:  # stored before, not added earlier in this batch
                if record.version is not None and row.version != record.version:
                    raise _conflict(kind, row.id)
                stored.add(row.id)
                # saving a record that is in the trash (e.g. imported again) takes it out
                action = "restore" if row.deleted_at is not None else "update"
                changes[id(row)] = (action, set())
                row.deleted_at = None
            fields = changes[id(row)][1]
            for name, value in checked[index].items():
                if row.id is not None and getattr(row, name) != value:
                    fields.add(name)
                setattr(row, name, value)
            if organizations is not None:
                org_id = organizations.id_for(record.organization)
                if row.id is not None and row.organization_id != org_id:
                    fields.add("organization")
                row.organization_id = org_id
            row.updated_at = now  # also makes every save an UPDATE, which bumps the version
            if ext:
                by_ext[ext] = row
            rows.append(row)
    session.flush()
    list_changes = replace_children(
        session,
        kind,
        sorted(stored),
        {row.id: r for row, r in zip(rows, records, strict=True)},
        children,
    )
    entries = {}
    for row in rows:  # a row saved twice in one batch gets one entry
        action, fields = changes[id(row)]
        entries[row.id] = (row.id, action, fields | list_changes.get(row.id, set()))
    audit.record(session, kind, entries.values(), now)
    return [row.id for row in rows]


def save_opportunities(session: Session, records: Iterable[Opportunity]) -> list[int]:
    """Insert or update each record: by id if given, else by external_id, else a new row.

    Organisations are found by name ignoring case and diacritics, or created.
    A record whose ``version`` differs from the stored one raises DatabaseError(CONFLICT).
    What the matcher derives from each is stored alongside (``storage.derived``).
    """
    records = list(records)
    ids = _save_opportunities(session, records)
    derived.store_opportunities(session, ids, records)
    return ids


def _save_opportunities(session: Session, records: Iterable[Opportunity]) -> list[int]:
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
    records = list(records)
    ids = _save_volunteers(session, records)
    derived.store_volunteers(session, ids, records)
    return ids


def _save_volunteers(session: Session, records: Iterable[Volunteer]) -> list[int]:
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
    return _bulk_insert(
        session,
        records,
        batch,
        derived.OPPORTUNITY,
        (_OPP, convert.opportunity_columns, convert.opportunity_child_rows),
        _save_opportunities,
        _Organizations,
        derived.store_opportunities,
    )


def bulk_insert_volunteers(
    session: Session, records: Iterable[Volunteer], batch: int = 5000
) -> list[int]:
    """The fast path for many new volunteers, like :func:`bulk_insert_opportunities`."""
    return _bulk_insert(
        session,
        records,
        batch,
        derived.VOLUNTEER,
        (_VOL, convert.volunteer_columns, convert.volunteer_child_rows),
        _save_volunteers,
        None,
        derived.store_volunteers,
    )


def _bulk_insert(
    session: Session,
    records: Iterable[Any],
    batch: int,
    kind: str,
    shape: tuple[Any, Any, Any],
    save: Any,
    organizations: Any,
    store: Any,
) -> list[int]:
    claim_write(session)
    records = list(records)
    pending = derived.begin(kind, records)  # many: derived meanwhile, elsewhere
    try:
        table, columns, children = shape
        orgs = organizations(session) if organizations is not None else None
        ids = bulk.bulk_insert(session, table, records, columns, children, save, orgs, batch)
        store(session, ids, records, always=True, pending=pending)
    finally:
        pending.close()
    return ids


def _with_trash(table: Any, where: Any, include_deleted: bool) -> Any:
    if include_deleted:
        return where
    return live(table) if where is None else live(table) & where


def _load_opportunities(
    session: Session, where: ColumnElement[bool] | None, include_deleted: bool = False
) -> list[Opportunity]:
    where = _with_trash(_OPP, where, include_deleted)
    stmt = queries.opportunity_select(_OPP, include_deleted=True)
    parents = None
    if where is not None:
        stmt = stmt.where(where)
        parents = select(_OPP.c.id).where(where)
    result = session.execute(stmt)
    keys = list(result.keys())
    rows = [dict(zip(keys, row, strict=True)) for row in result]
    for row in rows:
        del row["deleted_at"]
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
    session: Session,
    statuses: Iterable[Status | str] | None = None,
    *,
    include_deleted: bool = False,
) -> list[Opportunity]:
    """Every opportunity (or those in ``statuses``), ordered by id, in five queries.

    Those in the trash are left out unless ``include_deleted``.
    """
    where = None
    if statuses is not None:
        where = _OPP.c.status.in_([Status(s).value for s in statuses])
    return _load_opportunities(session, where, include_deleted)


def get_opportunity(
    session: Session, record_id: int, *, include_deleted: bool = False
) -> Opportunity | None:
    found = _load_opportunities(session, _OPP.c.id == record_id, include_deleted)
    return found[0] if found else None


def get_opportunities(session: Session, ids: Sequence[int]) -> list[Opportunity]:
    """The live listings with these ids, ordered by id (missing ones left out)."""
    found: list[Opportunity] = []
    for chunk in chunks(list(ids)):
        found += _load_opportunities(session, _OPP.c.id.in_(chunk))
    return sorted(found, key=lambda r: r.id or 0)


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


def _load_volunteers(
    session: Session, where: ColumnElement[bool] | None, include_deleted: bool = False
) -> list[Volunteer]:
    where = _with_trash(_VOL, where, include_deleted)
    stmt = select(*(c for c in _VOL.c if c.name != "deleted_at")).order_by(_VOL.c.id)
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


def load_volunteers(session: Session, *, include_deleted: bool = False) -> list[Volunteer]:
    """Every volunteer, ordered by id; those in the trash only with ``include_deleted``."""
    return _load_volunteers(session, None, include_deleted)


def get_volunteer(
    session: Session, record_id: int, *, include_deleted: bool = False
) -> Volunteer | None:
    found = _load_volunteers(session, _VOL.c.id == record_id, include_deleted)
    return found[0] if found else None


def get_volunteers(session: Session, ids: Sequence[int]) -> list[Volunteer]:
    """The live volunteers with these ids, ordered by id (missing ones left out)."""
    found: list[Volunteer] = []
    for chunk in chunks(list(ids)):
        found += _load_volunteers(session, _VOL.c.id.in_(chunk))
    return sorted(found, key=lambda r: r.id or 0)


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
        select(
            _ORG.c.id,
            _ORG.c.name,
            _ORG.c.email,
            _ORG.c.phone,
            _ORG.c.website,
            _ORG.c.accredited,
            _ORG.c.accreditation_ref,
        ).order_by(_ORG.c.name_key)
    )
    return [
        Organization(
            id=r.id,
            name=r.name,
            email=r.email,
            phone=r.phone,
            website=r.website,
            accredited=bool(r.accredited),
            accreditation_ref=r.accreditation_ref,
        )
        for r in rows
    ]


def delete_opportunity(session: Session, record_id: int) -> bool:
    """Move an opportunity to the trash (restorable for 30 days, then purged with its
    translations, districts, languages, tags and placements)."""
    return trash.soft_delete(session, "opportunity", record_id)


def delete_volunteer(session: Session, record_id: int) -> bool:
    """Move a volunteer to the trash, like :func:`delete_opportunity`."""
    return trash.soft_delete(session, "volunteer", record_id)


def restore_deleted(session: Session, entity: str, record_id: int) -> bool:
    """Take an ``"opportunity"`` or ``"volunteer"`` out of the trash."""
    return trash.restore_deleted(session, entity, record_id)


def history(session: Session, entity: str, record_id: int) -> list[AuditEntry]:
    """Who created, changed, deleted or restored one record, and when (oldest first)."""
    return audit.history(session, entity, record_id)
