"""Has anyone else changed the database? A poll cheap enough to run every second.

An open app asks :meth:`ChangeProbe.poll` on a timer. What it costs while nothing
changes:

- **SQLite**: ``PRAGMA data_version`` on a connection of its own (no query plan,
  no page read: SQLite compares a counter in shared memory). It changes when any
  *other* connection — another process, the command line, another app on the same
  file, or this app's own pool — commits.
- **PostgreSQL**: ``SELECT max(id) FROM audit_log`` (the primary key's last index
  entry). Every change the repository makes appends to the audit trail in the
  same transaction, so its highest id is a change counter shared by all users.

When the counter moved, the new audit entries say which records changed
(entity and id), so a caller can refresh only those.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from volmatch.storage import models

AUDIT = models.AuditLog.__table__
#: More changed records than this in one poll: reload everything rather than record by record.
MANY = 500


@dataclass(frozen=True)
class DatabaseChange:
    """What changed since the last poll: record ids by entity ("opportunity", "volunteer",
    "placement"; None for an erased person), or ``unknown`` (committed without an audit
    entry, e.g. an organization renamed, or too many to list)."""

    records: dict[str, set[int | None]] = field(default_factory=dict)
    unknown: bool = False

    @property
    def entities(self) -> set[str]:
        return set(self.records)

    def ids(self, entity: str) -> set[int]:
        return {i for i in self.records.get(entity, ()) if i is not None}


class ChangeProbe:
    """Polls one database for changes made since the last poll (or :meth:`absorb`)."""

    def __init__(self, db: Any) -> None:
        self.db = db
        self._conn: sqlite3.Connection | None = None
        if db.is_sqlite and db.path is not None:
            # Autocommit: no transaction stays open, so no WAL snapshot is pinned.
            self._conn = sqlite3.connect(
                str(db.path), isolation_level=None, check_same_thread=False
            )
        self._version = self._data_version()
        self._last_audit = self._max_audit()

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _data_version(self) -> int | None:
        if self._conn is None:
            return None
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def _max_audit(self) -> int:
        if self._conn is not None:
            row = self._conn.execute("SELECT max(id) FROM audit_log").fetchone()
            return int(row[0] or 0)
        with self.db.engine.connect() as connection:
            return int(connection.execute(select(func.max(AUDIT.c.id))).scalar() or 0)

    def _entries_after(self, last: int) -> list[tuple[str, int | None]]:
        sql = "SELECT entity, entity_id FROM audit_log WHERE id > ? ORDER BY id LIMIT ?"
        if self._conn is not None:
            return list(self._conn.execute(sql, (last, MANY + 1)).fetchall())
        query = (
            select(AUDIT.c.entity, AUDIT.c.entity_id)
            .where(AUDIT.c.id > last)
            .order_by(AUDIT.c.id)
            .limit(MANY + 1)
        )
        with self.db.engine.connect() as connection:
            return [tuple(row) for row in connection.execute(query)]

    def changed(self) -> bool:
        """The cheap part alone: has the counter moved since the last poll?"""
        if self._conn is not None:
            return self._data_version() != self._version
        return self._max_audit() != self._last_audit

    def poll(self) -> DatabaseChange | None:
        """None while nothing changed; else what changed since the last poll."""
        if self._conn is not None:
            version = self._data_version()
            if version == self._version:
                return None
            self._version = version
        top = self._max_audit()
        if top == self._last_audit:
            if self._conn is None:
                return None
            # SQLite committed without an audit entry (organizations, housekeeping).
            return DatabaseChange(unknown=True)
        entries = self._entries_after(self._last_audit)
        self._last_audit = top
        if len(entries) > MANY:
            return DatabaseChange(unknown=True)
        records: dict[str, set[int | None]] = {}
        for entity, entity_id in entries:
            records.setdefault(entity, set()).add(entity_id)
        return DatabaseChange(records=records)

    def absorb(self) -> None:
        """Take the database as it is now as seen (after this process's own changes)."""
        self._version = self._data_version()
        self._last_audit = self._max_audit()
