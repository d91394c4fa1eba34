"""The trash: deleted opportunities and volunteers stay restorable for 30 days.

Deleting only stamps ``deleted_at``; every list, search and count of the repository
leaves such rows out. :func:`purge_trash` deletes them for good once they are
older than the retention period (the app calls it at start, like the daily backup).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from volmatch.storage import audit, models
from volmatch.storage.queries import OPP, VOL, claim_write

TRASH_DAYS = 30
TABLES = {"opportunity": OPP, "volunteer": VOL}


@dataclass(frozen=True, slots=True)
class TrashItem:
    """One deleted record: what it was, when it went, when it goes for good."""

    entity: str  # "opportunity" | "volunteer"
    id: int
    label: str  # the title, or the volunteer's name (shown only inside the app)
    deleted_at: dt.datetime
    purge_after: dt.datetime


def _table(entity: str):
    try:
        return TABLES[entity]
    except KeyError:
        raise ValueError(f"entity must be one of {', '.join(TABLES)}, not {entity!r}") from None


def soft_delete(session: Session, entity: str, record_id: int) -> bool:
    """Move a record to the trash; False if there is no such record outside it."""
    table = _table(entity)
    claim_write(session)  # the read that follows must not lose a race for the lock
    result = session.execute(
        update(table)
        .where(table.c.id == record_id, table.c.deleted_at.is_(None))
        .values(deleted_at=models.utcnow(), version=table.c.version + 1)
    )
    if not result.rowcount:
        return False
    audit.record(session, entity, [(record_id, "delete", ())])
    return True


def restore_deleted(session: Session, entity: str, record_id: int) -> bool:
    """Take a record out of the trash; False if it is not there."""
    table = _table(entity)
    claim_write(session)
    result = session.execute(
        update(table)
        .where(table.c.id == record_id, table.c.deleted_at.is_not(None))
        .values(deleted_at=None, version=table.c.version + 1)
    )
    if not result.rowcount:
        return False
    audit.record(session, entity, [(record_id, "restore", ())])
    return True


def list_trash(session: Session, days: int = TRASH_DAYS) -> list[TrashItem]:
    """Everything in the trash, most recently deleted first."""
    items = []
    for entity, table, label in (("opportunity", OPP, OPP.c.title), ("volunteer", VOL, VOL.c.name)):
        rows = session.execute(
            select(table.c.id, label, table.c.deleted_at).where(table.c.deleted_at.is_not(None))
        )
        items.extend(
            TrashItem(entity, rid, text, at, at + dt.timedelta(days=days)) for rid, text, at in rows
        )
    return sorted(items, key=lambda item: (item.deleted_at, item.entity, item.id), reverse=True)


def purge_trash(
    session: Session, older_than_days: int = TRASH_DAYS, now: dt.datetime | None = None
) -> int:
    """Delete for good what has been in the trash longer than ``older_than_days``; how many."""
    cutoff = (now or models.utcnow()) - dt.timedelta(days=older_than_days)
    claim_write(session)
    total = 0
    for entity, table in TABLES.items():
        ids = list(
            session.execute(
                select(table.c.id).where(
                    table.c.deleted_at.is_not(None), table.c.deleted_at <= cutoff
                )
            ).scalars()
        )
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            session.execute(delete(table).where(table.c.id.in_(chunk)))
        audit.record(session, entity, [(rid, "purge", ()) for rid in ids])
        total += len(ids)
    if total:
        from volmatch.storage import match_codes

        match_codes.forget_unused_terms(session.connection())  # words of those purged
    return total
