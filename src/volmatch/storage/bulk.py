"""Inserting many new records at once: executemany in batches, children alongside."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from volmatch.storage import audit, convert, models, queries
from volmatch.storage.validate import check_values


def bulk_insert(
    session: Session,
    table: Table,
    records: list[Any],
    values: Callable[[Any], dict[str, Any]],
    children: Callable[[int, Any], dict[Any, list[dict[str, Any]]]],
    save: Callable[[Session, list[Any]], list[int]],
    organizations: Any | None,
    batch: int,
) -> list[int]:
    """Insert ``records`` into ``table`` (ids in input order); the already stored go to ``save``."""
    known = set(
        session.execute(select(table.c.external_id).where(table.c.external_id.is_not(None)))
        .scalars()
        .all()
    )
    fast: list[int] = []
    slow: list[int] = []
    for i, record in enumerate(records):
        ext = convert.external_id(record.external_id)
        if record.id is not None or (ext and ext in known):
            slow.append(i)
        else:
            fast.append(i)
            if ext:
                known.add(ext)
    ids = [0] * len(records)
    conn = session.connection()
    now = models.utcnow()
    sqlite = conn.dialect.name == "sqlite"
    next_id = (conn.execute(select(func.max(table.c.id))).scalar() or 0) + 1
    for chunk in queries.chunks(fast, batch):
        parents = []
        for i in chunk:
            record = records[i]
            row = values(record)
            if organizations is not None:
                row["organization_id"] = organizations.id_for(record.organization)
            row["created_at"] = record.created_at or now
            row["updated_at"] = now
            row["version"] = 1
            if sqlite:
                # SQLite gives a new row max(id) + 1 anyway; knowing the ids up front
                # spares RETURNING and lets executemany run at full speed.
                row["id"] = next_id
                next_id += 1
            parents.append(row)
        check_values(table, parents)
        if sqlite:
            queries.insert_many(conn, table, parents)
            new_ids = [p["id"] for p in parents]
        else:
            statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
            new_ids = list(conn.execute(statement, parents).scalars())
        child_rows: dict[Any, list[dict[str, Any]]] = defaultdict(list)
        for i, new_id in zip(chunk, new_ids, strict=True):
            ids[i] = new_id
            for child_table, rows in children(new_id, records[i]).items():
                child_rows[child_table].extend(rows)
        for child_table, rows in child_rows.items():
            check_values(child_table, rows)
            queries.insert_many(conn, child_table, rows)
    audit.record(session, table.name, [(ids[i], "create", ()) for i in fast], now)
    if slow:
        for i, new_id in zip(slow, save(session, [records[i] for i in slow]), strict=True):
            ids[i] = new_id
    return ids
