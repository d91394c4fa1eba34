"""The audit trail: who created, changed, deleted, restored or erased which record, and when.

Entries name the fields that changed, never their values: a volunteer's history
must not become a second copy of their personal data. They are written by the
repository in the same transaction as the change itself.

Who: the name given with :func:`set_user` (or ``Database.user``), else the
environment variable ``VOLMATCH_USER``, else the operating system's user name.
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import DateTime, String, delete, insert, literal, select
from sqlalchemy.orm import Session

from volmatch.storage import models, queries

AUDIT = models.AuditLog.__table__
USER_ENV = "VOLMATCH_USER"
_INFO_KEY = "volmatch_user"
_MAX_USER = 200


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One line of a record's history."""

    entity: str  # "opportunity" | "volunteer" | "placement"
    entity_id: int | None  # None: the line left behind by erasing a person
    action: str  # create | update | delete | restore | purge | erase
    fields: tuple[str, ...]  # names of the changed fields (never values)
    user: str
    at: dt.datetime
    id: int | None = None


def os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name (some services, containers)
        return ""


def set_user(session: Session, user: str | None) -> None:
    """Name the person behind this unit of work in the audit trail."""
    if user:
        session.info[_INFO_KEY] = user
    else:
        session.info.pop(_INFO_KEY, None)


def current_user(session: Session | None = None) -> str:
    name = (session.info.get(_INFO_KEY) if session is not None else None) or os.environ.get(
        USER_ENV, ""
    ).strip()
    return (name or os_user() or "unknown")[:_MAX_USER]


def record(
    session: Session,
    entity: str,
    changes: Iterable[tuple[int | None, str, Sequence[str]]],
    at: dt.datetime | None = None,
) -> None:
    """Append one entry per ``(entity_id, action, changed field names)``; ``at`` is the
    records' new ``updated_at``, so that entries after a loaded version can be told apart."""
    user = current_user(session)
    now = at or models.utcnow()
    rows = [
        {
            "entity": entity,
            "entity_id": entity_id,
            "action": action,
            "fields": ",".join(sorted(fields)),
            "user": user,
            "at": now,
        }
        for entity_id, action, fields in changes
    ]
    queries.insert_many(session.connection(), AUDIT, rows)


def record_created(
    session: Session, entity: str, ids: list[int], at: dt.datetime | None = None
) -> None:
    """One "create" entry per id, as :func:`record` writes them.

    Each run of consecutive ids (a bulk insert gives one) is one INSERT ... SELECT over
    the entity's table, so the database makes the rows instead of a Python loop.
    """
    if not ids:
        return
    user = current_user(session)
    now = at or models.utcnow()
    runs = _runs(ids)
    conn = session.connection()
    if len(runs) > 20:
        n = len(ids)
        # str(): a table's name is a str subclass the driver would inspect for every row
        columns = {"entity": [str(entity)] * n, "entity_id": ids, "action": ["create"] * n}
        columns |= {"fields": [""] * n, "user": [user] * n, "at": [now] * n}
        queries.insert_columns(conn, AUDIT, columns)
        return
    table = models.Base.metadata.tables[str(entity)]
    names = ("entity", "entity_id", "action", "fields", "user", "at")
    for first, last in runs:
        rows = select(
            literal(str(entity), String),
            table.c.id,
            literal("create", String),
            literal("", String),
            literal(user, String),
            literal(now, DateTime),
        ).where(table.c.id.between(first, last))
        conn.execute(insert(AUDIT).from_select(names, rows))


def _runs(ids: list[int]) -> list[tuple[int, int]]:
    """(first, last) of each run of consecutive numbers, in the order given."""
    runs: list[tuple[int, int]] = []
    first = last = ids[0]
    for i in ids[1:]:
        if i != last + 1:
            runs.append((first, last))
            first = i
        last = i
    runs.append((first, last))
    return runs


def history(session: Session, entity: str, entity_id: int) -> list[AuditEntry]:
    """Every entry about one record, oldest first."""
    rows = session.execute(
        select(AUDIT)
        .where(AUDIT.c.entity == entity, AUDIT.c.entity_id == entity_id)
        .order_by(AUDIT.c.at, AUDIT.c.id)
    )
    return [_entry(row) for row in rows]


def recent(session: Session, limit: int = 100) -> list[AuditEntry]:
    """The newest entries across every record, newest first."""
    rows = session.execute(select(AUDIT).order_by(AUDIT.c.id.desc()).limit(limit))
    return [_entry(row) for row in rows]


def forget(session: Session, entity: str, entity_id: int) -> int:
    """Drop a record's history (erasure); returns how many entries went."""
    result = session.execute(
        delete(AUDIT).where(AUDIT.c.entity == entity, AUDIT.c.entity_id == entity_id)
    )
    return result.rowcount or 0


def _entry(row) -> AuditEntry:
    return AuditEntry(
        entity=row.entity,
        entity_id=row.entity_id,
        action=row.action,
        fields=tuple(f for f in row.fields.split(",") if f),
        user=row.user,
        at=row.at,
        id=row.id,
    )
