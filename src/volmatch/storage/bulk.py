"""Inserting many new records at once: column lists, executemany in batches, children alongside."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext, suppress
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select
from sqlalchemy.orm import Session

from volmatch.storage import audit, convert, models, queries
from volmatch.storage.validate import check_columns, check_rows

Columns = Callable[[Sequence[Any]], dict[str, list[Any]]]
ChildRows = Callable[[Sequence[int], Sequence[Any]], dict[Any, tuple[tuple[str, ...], list]]]

# From this many new rows into empty SQLite tables, their plain indexes are built once
# at the end (one sort) instead of row by row: about a third less time at 100,000 rows.
DEFER_INDEXES_FROM = 5000


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
    org_ids = None
    if organizations is not None and fast:
        org_ids = organizations.ids_for([records[i].organization for i in fast])
    next_id = (conn.execute(select(func.max(table.c.id))).scalar() or 0) + 1
    tables = (table, *models.CHILD_TABLES.get(table.name, ()))
    defer = (
        conn.dialect.name == "sqlite"
        and len(fast) >= DEFER_INDEXES_FROM
        and not any(conn.execute(select(1).select_from(t).limit(1)).first() for t in tables)
    )
    with _indexes_deferred(conn, tables) if defer else nullcontext():
        for chunk in queries.chunks(fast, batch):
            group = [records[i] for i in chunk]
            new_ids = _insert(conn, table, group, columns(group), org_ids, next_id, now)
            next_id += len(group)
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


def _insert(
    conn: Connection,
    table: Table,
    group: list[Any],
    values: dict[str, list[Any]],
    org_ids: dict[str, int | None] | None,
    next_id: int,
    now: dt.datetime,
) -> list[int]:
    """Insert one batch of parent rows; returns their ids in order."""
    if org_ids is not None:
        values["organization_id"] = [org_ids[r.organization] for r in group]
    values["created_at"] = [r.created_at or now for r in group]
    values["updated_at"] = [now] * len(group)
    values["version"] = [1] * len(group)
    check_columns(table, values)
    if conn.dialect.name == "sqlite":
        # SQLite gives a new row max(id) + 1 anyway; knowing the ids up front
        # spares RETURNING and lets executemany run at full speed.
        values["id"] = new_ids = list(range(next_id, next_id + len(group)))
        queries.insert_columns(conn, table, values)
        return new_ids
    names = tuple(values)
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    params = [dict(zip(names, row, strict=True)) for row in zip(*values.values(), strict=True)]
    return list(conn.execute(statement, params).scalars())


@contextmanager
def _indexes_deferred(conn: Connection, tables: Sequence[Table]) -> Iterator[None]:
    """Drop the plain (non-unique) indexes of empty SQLite ``tables`` and create them
    again, from their stored definitions, when the block ends, also on failure.

    DDL is transactional in SQLite: a rollback brings the indexes back as they were.
    """
    names = ", ".join("?" * len(tables))
    found = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN ({names})",
        tuple(t.name for t in tables),
    ).all()
    quote = conn.dialect.identifier_preparer.quote
    for name, _sql in found:
        conn.exec_driver_sql(f"DROP INDEX {quote(name)}")
    try:
        yield
    except BaseException:
        # the transaction will be rolled back; should it be kept, the indexes are there
        with suppress(Exception):
            for _name, sql in found:
                conn.exec_driver_sql(sql)
        raise
    for _name, sql in found:
        conn.exec_driver_sql(sql)
