"""Shared query pieces of the repository: child tables read in one query each, id chunks."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from itertools import chain
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Select, Table, insert, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from volmatch.columns import transpose
from volmatch.storage import convert, models

OPP = models.Opportunity.__table__
ORG = models.Organization.__table__
VOL = models.Volunteer.__table__
CHUNK = 500  # ids per IN (...) list: well below every backend's parameter limit


def claim_write(session: Session) -> None:
    """On SQLite, take the write lock now (waiting up to the busy timeout for it).

    A transaction that reads first and writes later cannot wait for the lock once
    another writer has committed in between: SQLite fails it at once ("database is
    locked"). A write that changes nothing, as the first statement, avoids that.
    """
    if session.get_bind().dialect.name != "sqlite":
        return
    try:
        session.execute(_CLAIM)
    except OperationalError as exc:
        if "locked" not in str(exc.orig).lower() and "busy" not in str(exc.orig).lower():
            raise
        # The unit of work read from a snapshot that another writer has moved past. It has
        # written nothing yet (a writer holds the lock and never fails here), so giving up
        # the snapshot loses nothing: start again, and wait for the lock like any writer.
        # Records read before carry versions; the save checks them after this point.
        session.rollback()
        session.execute(_CLAIM)


_CLAIM = text("UPDATE alembic_version SET version_num = version_num WHERE 0 = 1")


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def children(
    session: Session, table: Any, kind: str, columns: Sequence[str], parents: Any
) -> dict[int, list[Sequence[Any]]]:
    parent = table.c[f"{kind}_id"]
    order = table.c.position if "position" in table.c else table.c[columns[0]]
    stmt = select(parent, *(table.c[c] for c in columns)).order_by(parent, order)
    if parents is not None:
        stmt = stmt.where(parent.in_(parents))
    return convert.group(session.execute(stmt).all())


def opportunity_children(session: Session, parents: Any) -> tuple[dict, dict, dict, dict]:
    return (
        children(
            session,
            models.OpportunityTranslation.__table__,
            "opportunity",
            ("lang", "title", "description"),
            parents,
        ),
        children(
            session, models.OpportunityDistrict.__table__, "opportunity", ("district",), parents
        ),
        children(
            session,
            models.OpportunityLanguage.__table__,
            "opportunity",
            ("code", "min_level", "required"),
            parents,
        ),
        children(session, models.OpportunityInterest.__table__, "opportunity", ("tag",), parents),
    )


def opportunity_select(*columns: Any, include_deleted: bool = False) -> Select:
    """Columns of opportunities with their organisation's name; those in the trash left out."""
    stmt = (
        select(*columns, ORG.c.name.label("organization_name"))
        .select_from(OPP.outerjoin(ORG, OPP.c.organization_id == ORG.c.id))
        .order_by(OPP.c.id)
    )
    return stmt if include_deleted else stmt.where(OPP.c.deleted_at.is_(None))


def live(table: Table) -> Any:
    """The condition "not in the trash" for the opportunity or volunteer table."""
    return table.c.deleted_at.is_(None)


def insert_many(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert rows (dicts with the same keys) in one executemany."""
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        conn.execute(insert(table), rows)
        return
    names = tuple(rows[0])
    values = itemgetter(*names) if len(names) > 1 else (lambda row: (row[names[0]],))
    insert_rows(conn, table, names, list(map(values, rows)))


def insert_rows(
    conn: Connection, table: Table, names: Sequence[str], data: list[tuple[Any, ...]]
) -> None:
    """Insert tuples of the columns ``names`` in one executemany."""
    if not data:
        return
    if conn.dialect.name != "sqlite":
        conn.execute(insert(table), [dict(zip(names, row, strict=True)) for row in data])
        return
    processors = _processors(conn, table, names)
    if processors:
        columns = transpose(data, len(names))
        for i, process in processors:
            columns[i] = processed(columns[i], process)
        data = list(zip(*columns, strict=True))
    _execute_rows(conn, table, names, data)


def insert_columns(conn: Connection, table: Table, columns: dict[str, list[Any]]) -> None:
    """Insert rows given as one list per column (all of one length) in one executemany.

    On SQLite the rows go straight to the driver after the columns' own bind
    processors: SQLAlchemy's per-row parameter handling would cost more than SQLite.
    """
    names = tuple(columns)
    values = list(columns.values())
    if not values or not values[0]:
        return
    if conn.dialect.name != "sqlite":
        insert_rows(conn, table, names, list(zip(*values, strict=True)))
        return
    for i, process in _processors(conn, table, names):
        values[i] = processed(values[i], process)
    _execute_rows(conn, table, names, list(zip(*values, strict=True)))


ROWS_PER_INSERT = 500


def _execute_rows(
    conn: Connection, table: Table, names: Sequence[str], rows: list[tuple[Any, ...]]
) -> None:
    """Insert SQLite ``rows`` several hundred at a time: ``INSERT ... VALUES (..), (..)``.

    ``executemany`` makes a round trip through the driver and the statement's reset
    for every row; binding hundreds of rows per statement inserts the same rows in
    a third to a half less time. The last few rows go through ``executemany``.
    """
    per = min(ROWS_PER_INSERT, _max_variables(conn) // len(names))
    full = len(rows) - len(rows) % per if per > 1 else 0
    if full:
        many = _insert_sql(conn, table, names, per)
        for start in range(0, full, per):
            conn.exec_driver_sql(many, tuple(chain.from_iterable(rows[start : start + per])))
    if full < len(rows):
        conn.exec_driver_sql(_insert_sql(conn, table, names), rows[full:])


def _max_variables(conn: Connection) -> int:
    """How many ``?`` one SQLite statement may hold (999 before SQLite 3.32)."""
    raw = conn.connection.driver_connection
    try:
        return raw.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    except (AttributeError, sqlite3.Error):
        return 999


def _insert_sql(conn: Connection, table: Table, names: Sequence[str], rows: int = 1) -> str:
    quote = conn.dialect.identifier_preparer.quote
    values = f"({', '.join('?' * len(names))})"
    return (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
        f"VALUES {', '.join([values] * rows)}"
    )


def _processors(conn: Connection, table: Table, names: Sequence[str]) -> list[tuple[int, Any]]:
    return [
        (i, p)
        for i, p in enumerate(
            table.c[n].type.dialect_impl(conn.dialect).bind_processor(conn.dialect) for n in names
        )
        if p is not None
    ]


def processed(values: Sequence[Any], process: Any) -> list[Any]:
    """``process`` of each value, once per distinct value: a batch shares its timestamps
    and most of its dates, and a bind processor is a Python call per value."""
    try:
        distinct = set(values)
    except TypeError:  # an unhashable value: no sharing
        return [process(v) for v in values]
    # 1, 1.0 and True are one key to a set: share only among values of one type.
    if len(distinct) * 2 > len(values) or len({type(v) for v in distinct} - {type(None)}) > 1:
        return [process(v) for v in values]
    done = {v: process(v) for v in distinct}
    return list(map(done.__getitem__, values))
