"""Inserting many new records at once: column lists, executemany in batches, children alongside."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from volmatch.storage import audit, convert, models, queries
from volmatch.storage.validate import check_columns, check_rows

Columns = Callable[[Sequence[Any]], dict[str, list[Any]]]
ChildRows = Callable[[Sequence[int], Sequence[Any]], dict[Any, tuple[tuple[str, ...], list]]]


def bulk_insert(
    session: Session,
    table: Table,
    records: list[Any],
    columns: Columns,
    children: ChildRows,
    save: Callable[[Session, list[Any]], list[int]],
    organizations: Any | None,
    batch: int,
) -> list[int]:
    """Insert ``records`` into ``table`` (ids in input order); the already stored go to ``save``.

    ``columns`` gives the column lists of a batch of records, ``children`` the rows of
    each child table; ``organizations`` (if any) resolves every organisation name at once.
    """
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
    org_ids = None
    if organizations is not None and fast:
        org_ids = organizations.ids_for([records[i].organization for i in fast])
    next_id = (conn.execute(select(func.max(table.c.id))).scalar() or 0) + 1
    for chunk in queries.chunks(fast, batch):
        group = [records[i] for i in chunk]
        values = columns(group)
        if org_ids is not None:
            values["organization_id"] = [org_ids[r.organization] for r in group]
        values["created_at"] = [r.created_at or now for r in group]
        values["updated_at"] = [now] * len(group)
        values["version"] = [1] * len(group)
        check_columns(table, values)
        if sqlite:
            # SQLite gives a new row max(id) + 1 anyway; knowing the ids up front
            # spares RETURNING and lets executemany run at full speed.
            new_ids = list(range(next_id, next_id + len(group)))
            next_id += len(group)
            values["id"] = new_ids
            queries.insert_rows(
                conn, table, tuple(values), list(zip(*values.values(), strict=True))
            )
        else:
            names = tuple(values)
            statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
            params = [
                dict(zip(names, row, strict=True)) for row in zip(*values.values(), strict=True)
            ]
            new_ids = list(conn.execute(statement, params).scalars())
        for i, new_id in zip(chunk, new_ids, strict=True):
            ids[i] = new_id
        for child_table, (names, rows) in children(new_ids, group).items():
            check_rows(child_table, names, rows)
            queries.insert_rows(conn, child_table, names, rows)
    audit.record_created(session, table.name, [ids[i] for i in fast], now)
    if slow:
        for i, new_id in zip(slow, save(session, [records[i] for i in slow]), strict=True):
            ids[i] = new_id
    return ids
