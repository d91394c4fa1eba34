"""What the matcher derives per record, stored when records are written, read column-wise.

``opportunity_match`` and ``volunteer_match`` hold :mod:`volmatch.matching.features`
(short texts, and tags and words as numbers against ``match_term``,
:mod:`volmatch.storage.match_codes`), with the record's ``version`` it was derived from;
``derived_state`` holds the fingerprint of the reference data and code it was derived with.

- Writing: the repository calls :func:`store_opportunities` / :func:`store_volunteers`
  after saving (the editors, the import's bulk path, the demo).
- Reading: :func:`read_listings` / :func:`read_volunteers` return one list per column in
  a few queries, and the stored terms' names by id under ``"terms"``. A row missing, derived from an older version of its record (a
  writer that did not derive), or from other reference data (a different fingerprint:
  everything, once) is derived again from its record and stored, with ``progress``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any
from weakref import WeakKeyDictionary, WeakSet

# no SQLAlchemy at import: read_current serves a reader that never loads it
from volmatch.storage import match_codes
from volmatch.storage.concat import KINDS, STALE, concatenated
from volmatch.storage.derived_columns import (
    CODED,
    DERIVED,
    LISTING_COLUMNS,
    LISTING_EXPRESSIONS,
    LISTING_FROM,
    OPPORTUNITY,
    ROW_NAMES,
    VERSIONS,
    VOLUNTEER,
    VOLUNTEER_COLUMNS,
    VOLUNTEER_EXPRESSIONS,
    VOLUNTEER_FROM,
)
from volmatch.storage.fastread import stale_sql

Progress = Callable[[int, int], None]  # (done, total)


def derive(kind: str, records: Sequence[Any]) -> list[dict[str, Any]]:
    """The stored form of each record's features, in order (``matching.derive``)."""
    from volmatch.matching.derive import derive

    return derive(kind, records)


def search_opportunities(db, words: Sequence[str], progress: Progress | None = None) -> list[int]:
    """Ids of the live listings whose search text holds every (folded) word, by id."""
    from sqlalchemy import text

    from volmatch.storage.fastread import search_sql

    refresh(db, OPPORTUNITY, progress)
    find = "instr" if db.is_sqlite else "strpos"  # both: position of a substring, 0 if none
    with db.session() as session:
        found = session.execute(
            text(search_sql(len(words), find)), {f"w{i}": w for i, w in enumerate(words)}
        )
        return [rid for (rid,) in found]


def refresh(db, kind: str, progress: Progress | None = None) -> int:
    """Derive again what is out of date (see the module docstring); how many rows."""
    parent = _parent(kind).name
    with db.session() as session:
        everything = stored_fingerprint(session, kind) != fingerprint()
        if everything:
            rows = session.connection().exec_driver_sql(
                f"SELECT id FROM {parent} WHERE deleted_at IS NULL ORDER BY id"
            )
        else:
            rows = session.connection().exec_driver_sql(stale_sql(kind))
        ids = [rid for (rid,) in rows]
    if ids or everything:
        columns = {"id": ids, **{name: [None] * len(ids) for name in DERIVED[kind]}}
        _rederive(
            db,
            kind,
            columns,
            list(range(len(ids))),
            fingerprint() if everything else None,
            progress,
        )
    return len(ids)


def fingerprint() -> str:
    from volmatch.derivation import fingerprint

    return fingerprint()


def chunks(items: Sequence[Any], size: int = 500):
    from volmatch.storage.queries import chunks

    return chunks(items, size)


def _table(kind: str):
    from volmatch.storage import models

    return (models.OpportunityMatch if kind == OPPORTUNITY else models.VolunteerMatch).__table__


def _parent(kind: str):
    from volmatch.storage import models

    return (models.Opportunity if kind == OPPORTUNITY else models.Volunteer).__table__


def stored_fingerprint(session, kind: str) -> str | None:
    from sqlalchemy import select

    from volmatch.storage import models

    table = models.DerivedState.__table__
    return session.execute(select(table.c.fingerprint).where(table.c.name == kind)).scalar()


def _set_fingerprint(session, kind: str, value: str) -> None:
    from sqlalchemy import delete, insert

    from volmatch.storage import models

    table = models.DerivedState.__table__
    session.execute(delete(table).where(table.c.name == kind))
    session.execute(insert(table).values(name=kind, fingerprint=value))


BULK = 200  # records saved at once from which deriving pays even in a fresh process


def store(
    session,
    kind: str,
    ids: Sequence[int],
    records: Sequence[Any],
    *,
    always: bool = False,
    pending: Any = None,
) -> None:
    """Derive and store the features of ``records`` (just saved under ``ids``); from
    ``pending`` (:func:`begin`) when they were being derived meanwhile.

    A few records saved by a process that has not loaded the matcher's reference data
    (a script, a small import: about a second to load) are left to the next reader,
    which derives rows older than their record anyway and has that data loaded."""
    if not ids:
        return
    if pending is not None:
        write_columns(session, kind, ids, pending.columns())
        return
    if not always and len(ids) < BULK and not _deriving_is_cheap():
        return
    write(session, kind, ids, derive(kind, records))


def begin(kind: str, records: Sequence[Any]):
    """Start deriving ``records`` (in worker processes when there are many) while the
    caller inserts them; :func:`store` with ``pending=`` takes the rows, ``close()`` ends
    the workers (on failure too)."""
    from volmatch.matching.derive import Pending

    return Pending(kind, records)


def _deriving_is_cheap() -> bool:
    # the app, or a process that derived before: the reference data is loaded
    context = sys.modules.get("volmatch.matching.context")
    return context is not None and context._default_context.cache_info().currsize > 0


def write(session, kind: str, ids: Sequence[int], rows: Sequence[dict[str, Any]]) -> None:
    """Replace the derived rows of ``ids`` (as :func:`derive` gives them); the version is
    the record's stored one now."""
    write_columns(session, kind, ids, [[row[name] for row in rows] for name in ROW_NAMES[kind]])


def write_columns(session, kind: str, ids: Sequence[int], columns: Sequence[Sequence[Any]]) -> None:
    """:func:`write` of the rows given as one sequence per name of ``ROW_NAMES[kind]``
    (as the derive workers give them: no dict per row)."""
    from sqlalchemy import delete, select

    from volmatch.columns import by_last_key
    from volmatch.storage.queries import insert_columns

    table, parent = _table(kind), _parent(kind)
    key = table.c[f"{kind}_id"]
    if not _has_tables(session):
        return  # a database kept at an older schema (tests of migrations): nothing to keep
    engine = session.get_bind()
    if kind not in _STATE_KNOWN.get(engine, ()):
        # a new database: what is stored from now on is current
        if stored_fingerprint(session, kind) is None:
            if session.execute(select(key).limit(1)).first() is not None:
                return  # derived before this kind was kept: the next read derives all
            _set_fingerprint(session, kind, fingerprint())
        _STATE_KNOWN.setdefault(engine, set()).add(kind)
    ordered, columns = by_last_key(ids, columns)
    if not ordered:
        return
    conn = session.connection()
    items, coded = CODED[kind]
    named = dict(zip(ROW_NAMES[kind], columns, strict=True))
    used = {item[0] for value in named[items] for item in value}
    terms = match_codes.store_terms(conn, {name.replace("\x00", "") for name in used})
    if kind == OPPORTUNITY:
        pack_all = match_codes.pack_listings
    else:
        pack_all = partial(_each, match_codes.pack_volunteer)
    # ids in (nearly) one run, as a bulk insert gives them: one range query each instead
    # of one per chunk, and no deletes when none of them has a derived row yet
    low, high = ordered[0], ordered[-1]
    run = high - low < 2 * len(ordered)
    if run:
        stmt = select(parent.c.id, parent.c.version).where(parent.c.id.between(low, high))
        versions = dict(conn.execute(stmt).all())
        old = conn.execute(select(key).where(key.between(low, high)).limit(1)).first()
    for start in range(0, len(ordered), 500):
        chunk = ordered[start : start + 500]
        if not run or old is not None:
            conn.execute(delete(table).where(key.in_(chunk)))
        if not run:
            stmt = select(parent.c.id, parent.c.version).where(parent.c.id.in_(chunk))
            versions = dict(conn.execute(stmt).all())
        values: dict[str, Sequence[Any]] = {key.name: chunk, "version": []}
        values["version"] = [versions.get(i, 1) for i in chunk]
        for name, stored in zip(ROW_NAMES[kind], DERIVED[kind], strict=True):
            part = named[name][start : start + len(chunk)]
            values[stored] = pack_all(part, terms) if stored == coded else _without_nul(part)
        insert_columns(conn, table, values)


def _each(pack: Callable[[Any, Any], bytes], values: Sequence[Any], terms: Any) -> list[bytes]:
    return [pack(value, terms) for value in values]


def _without_nul(values: list[Any]) -> list[Any]:
    # Derived from the record as given, before its own text lost its NULs on the way in;
    # PostgreSQL cannot store NUL in text. One look at the joined texts of a column.
    texts = [v for v in values if isinstance(v, str)]
    if "\x00" not in "".join(texts):
        return values
    return [v.replace("\x00", "") if isinstance(v, str) else v for v in values]


_WITH_TABLES: WeakSet = WeakSet()  # engines known to have the tables (schemas only grow)
# engine -> the kinds whose derived_state row exists (rows are never removed)
_STATE_KNOWN: WeakKeyDictionary = WeakKeyDictionary()


def _has_tables(session) -> bool:
    from sqlalchemy import inspect

    engine = session.get_bind()
    if engine not in _WITH_TABLES:
        if not inspect(session.connection()).has_table("derived_state"):
            return False
        _WITH_TABLES.add(engine)
    return True


def store_opportunities(
    session, ids: Sequence[int], records: Sequence[Any], *, always: bool = False, pending=None
) -> None:
    store(session, OPPORTUNITY, ids, records, always=always, pending=pending)


def store_volunteers(
    session, ids: Sequence[int], records: Sequence[Any], *, always: bool = False, pending=None
) -> None:
    store(session, VOLUNTEER, ids, records, always=always, pending=pending)


# -- reading --------------------------------------------------------------------------------
def _fetch(session, expressions: str, source: str, names: Sequence[str]) -> list[list]:
    """All rows as one list per column; on SQLite each column comes as one long string
    split in C (a Python row per record costs more than the whole query)."""
    from volmatch.columns import transpose

    conn = session.connection()
    raw = conn.connection
    if conn.dialect.name == "sqlite":
        found = concatenated(raw.driver_connection, expressions, source, names)
        if found is not None:
            return found
    cursor = raw.cursor()
    try:
        order = expressions.split(",", 1)[0]
        cursor.execute(f"SELECT {expressions} FROM {source} ORDER BY {order}")
        rows = cursor.fetchall()
    finally:
        cursor.close()
    columns = [list(c) for c in transpose(rows, len(names))]
    for i, name in enumerate(names):
        if KINDS.get(name) == "blob":  # a memoryview from some drivers
            columns[i] = [None if v is None else bytes(v) for v in columns[i]]
    return columns


def _read(db, kind: str, progress: Progress | None) -> dict[str, list]:
    query = (
        (LISTING_EXPRESSIONS, LISTING_FROM, LISTING_COLUMNS)
        if kind == OPPORTUNITY
        else (VOLUNTEER_EXPRESSIONS, VOLUNTEER_FROM, VOLUNTEER_COLUMNS)
    )
    names = query[2]
    current = fingerprint()
    with db.session() as session:
        everything = stored_fingerprint(session, kind) != current
        columns = dict(zip(names, _fetch(session, *query), strict=True))
        terms = match_codes.load_terms(session.connection())
    versions, derived = columns["version"], columns["derived_version"]
    stale = [
        i for i, (a, b) in enumerate(zip(versions, derived, strict=True)) if everything or a != b
    ]
    if stale:
        _rederive(db, kind, columns, stale, current if everything else None, progress, terms)
    columns["terms"] = terms.names  # type: ignore[assignment]
    return columns


def _rederive(db, kind, columns, stale, new_fingerprint, progress, terms=None) -> None:
    """Derive the ``stale`` rows from their records, patch ``columns`` (their codes
    against ``terms``, which learns the new names), store them."""
    from sqlalchemy.exc import SQLAlchemyError

    from volmatch.matching.derive import derive_loaded
    from volmatch.storage import repository as repo
    from volmatch.storage.database import DatabaseError

    load = repo.get_opportunities if kind == OPPORTUNITY else repo.get_volunteers
    ids = [columns["id"][i] for i in stale]
    position = dict(zip(ids, stale, strict=True))
    done, total = 0, len(ids)
    derived: dict[int, dict[str, Any]] = {}
    items, coded = CODED[kind]
    pack = match_codes.pack_listing if kind == OPPORTUNITY else match_codes.pack_volunteer

    def records(chunk: Sequence[int]) -> list[Any]:
        with db.session() as session:
            return load(session, list(chunk))

    def forked() -> None:  # a worker process: its own connections, the parent's kept
        db.engine.dispose(close=False)

    parts = [list(chunk) for chunk in chunks(ids, 2000)]
    for size, (rids, rows) in zip(
        map(len, parts), derive_loaded(kind, parts, records, forked), strict=True
    ):
        for rid, row in zip(rids, rows, strict=True):
            derived[rid] = row
            for name in DERIVED[kind]:
                if name == coded:
                    if terms is not None:
                        columns[name][position[rid]] = pack(row[items], terms)
                elif name in columns:
                    columns[name][position[rid]] = row[name]
        done += size
        if progress is not None:
            progress(done, total)

    def store_all(session) -> None:
        write(session, kind, list(derived), list(derived.values()))
        if new_fingerprint is not None:
            _set_fingerprint(session, kind, new_fingerprint)

    try:
        db.run(store_all, write=True)  # started again while another writer holds the file
    except (DatabaseError, SQLAlchemyError, OSError) as exc:
        # a read-only database still answers, from what was derived in memory
        import logging

        logging.getLogger(__name__).warning(
            "matching data for %s rows derived but not stored (%s)",
            kind,
            str(exc),
        )


def read_listings(db, progress: Progress | None = None) -> dict[str, list]:
    """Every live listing's plain and derived columns, by id (see ``LISTING_COLUMNS``)."""
    return _read(db, OPPORTUNITY, progress)


def read_listing_tags(db, progress: Progress | None = None):
    """Only the stored tag codes of every live listing, by id, and the terms' names by
    id (which free keywords the listings use, for ranking volunteers)."""
    refresh(db, OPPORTUNITY, progress)
    with db.session() as session:
        found = _fetch(session, "o.id, m.tag_codes", LISTING_FROM, ("id", "tag_codes"))
        terms = match_codes.load_terms(session.connection())
    return found[1], terms.names


def read_volunteers(db, progress: Progress | None = None) -> dict[str, list]:
    """Every live volunteer's plain and derived columns, by id (``VOLUNTEER_COLUMNS``)."""
    return _read(db, VOLUNTEER, progress)


def read_current(connection, kind: str) -> dict[str, list] | None:
    """:func:`read_listings` / :func:`read_volunteers` on a SQLite snapshot
    (``fastread.snapshot``, no SQLAlchemy), or None when any stored value is not current:
    then the caller takes the normal path, which derives again and stores. Whether each
    row is current is counted in the same query (no scan of its own). The columns of
    codes come as :class:`match_codes.Packed`, and without ``version`` and
    ``derived_version``."""
    if kind == OPPORTUNITY:
        expressions, source, names = LISTING_EXPRESSIONS, LISTING_FROM, LISTING_COLUMNS
    else:
        expressions, source, names = VOLUNTEER_EXPRESSIONS, VOLUNTEER_FROM, VOLUNTEER_COLUMNS
    # the versions are compared in SQL
    expressions = ", ".join(
        e for e, n in zip(expressions.split(","), names, strict=True) if n not in VERSIONS
    )
    names = tuple(n for n in names if n not in VERSIONS)
    alias = source.split()[1]  # the record's table ("o" or "v"); "m" its derived row
    stale = f"{alias}.version IS NOT m.version"
    found = concatenated(connection, expressions, source, names, packed=True, stale=stale)
    # asked after the long query: read early, it runs while the caller hashes the files
    if not fingerprint_current(connection, kind):
        return None
    if found is STALE:
        return None  # a row missing or derived from an older version of its record
    if found is None:
        from volmatch.columns import transpose

        if connection.execute(stale_sql(kind) + " LIMIT 1").fetchall():
            return None
        order = expressions.split(",", 1)[0]
        rows = connection.execute(f"SELECT {expressions} FROM {source} ORDER BY {order}")
        found = [list(c) for c in transpose(rows.fetchall(), len(names))]
    columns = dict(zip(names, found, strict=True))
    columns["terms"] = match_codes.load_terms(connection).names  # type: ignore[assignment]
    return columns


def fingerprint_current(connection, kind: str) -> bool:
    """Whether the stored values of ``kind`` on a SQLite snapshot were derived with
    today's reference data and code (each row's own version is checked as it is read)."""
    stored = connection.execute(
        "SELECT fingerprint FROM derived_state WHERE name = ?", [kind]
    ).fetchall()
    return stored == [(fingerprint(),)]


def is_current(connection, kind: str) -> bool:
    """Whether every stored value of ``kind`` on a SQLite snapshot is current."""
    if not fingerprint_current(connection, kind):
        return False
    return not connection.execute(stale_sql(kind) + " LIMIT 1").fetchall()
