"""Listings for the desktop table straight from a SQLite file, before SQLAlchemy is loaded.

Importing SQLAlchemy and Alembic and checking the schema costs most of a second;
the app's first screen needs only nine columns of the listings. When the file is
already at this app's schema head, :func:`read_opportunity_columns` reads them with
the standard-library driver in one read transaction; otherwise it returns None
and the caller takes the normal path (which migrates and reports problems).
:func:`snapshot` lends the same check to other readers (``volmatch list``).
Only reads: every write still goes through :mod:`volmatch.storage.database`.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

from volmatch.columns import transpose

_VERSIONS = Path(__file__).resolve().parent / "migrations" / "versions"
_REVISION = re.compile(r"^(down_revision|revision)\b[^=]*=\s*['\"]?([\w.-]+|None)['\"]?", re.M)
_HEADER = b"SQLite format 3\x00"

#: What each row of :func:`read_opportunity_columns` holds, in order; the three children
#: come as comma-joined text (or None), as ``aggregate_strings`` gives them.
OPPORTUNITY_FIELDS = (
    "id",
    "title",
    "organization",
    "status",
    "valid_until",
    "district_text",
    "districts",
    "languages",
    "interests",
)


@cache
def head_revision() -> str | None:
    """The newest migration's revision, read from the migration files (no Alembic import).

    None when the files do not name exactly one head (then nothing is read fast)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in _VERSIONS.glob("*.py"):
        found = dict(
            (m.group(1), m.group(2)) for m in _REVISION.finditer(script.read_text("utf-8"))
        )
        if "revision" in found:
            revisions.add(found["revision"])
        if found.get("down_revision") not in (None, "None"):
            parents.add(found["down_revision"])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def sqlite_file(url: str) -> Path | None:
    """The existing SQLite database file of a plain ``sqlite:///`` URL, or None.

    URLs with options, escapes, memory databases and other backends give None: the
    normal path understands them, this one does not try to."""
    for prefix in ("sqlite:///", "sqlite+pysqlite:///"):
        if url.startswith(prefix):
            name = url[len(prefix) :]
            break
    else:
        return None
    if not name or name == ":memory:" or "?" in name or "%" in name:
        return None
    path = Path(name).expanduser()
    try:
        with path.open("rb") as handle:
            if handle.read(len(_HEADER)) != _HEADER:
                return None
    except OSError:
        return None
    return path


_SEP = "\x1f"  # the unit separator: not found in listings' text (checked by counting)


def _children(connection: sqlite3.Connection, table: str, column: str) -> dict[str, str] | None:
    """Opportunity id (as text) -> its children's values joined by commas.

    Two long strings split in C cost far less than a Python row per listing; child
    tables are clustered by opportunity id, so grouping needs no sort."""
    ((keys, values),) = connection.execute(
        f"SELECT group_concat(opportunity_id, ','), group_concat(v, char(31)) FROM "
        f"(SELECT opportunity_id, group_concat({column}, ',') AS v FROM {table} "
        "GROUP BY opportunity_id)"
    ).fetchall()
    if keys is None:
        return {}
    keys, values = keys.split(","), values.split(_SEP)
    return dict(zip(keys, values, strict=True)) if len(keys) == len(values) else None


def _concatenated(connection: sqlite3.Connection) -> dict[str, list[Any]] | None:
    """The columns from one pass that joins each column into one string; None when a
    text holds the separator or the rows did not come by id (the caller reads row-wise)."""
    ((ids, titles, orgs, statuses, valid, texts, count),) = connection.execute(
        "SELECT group_concat(id, ','), group_concat(title, char(31)), "
        "group_concat(coalesce(organization_id, ''), ','), group_concat(status, char(31)), "
        "group_concat(coalesce(valid_until, ''), char(31)), "
        "group_concat(coalesce(district_text, ''), char(31)), count(*) "
        "FROM opportunity NOT INDEXED WHERE deleted_at IS NULL"
    ).fetchall()
    if not count:
        return {name: [] for name in OPPORTUNITY_FIELDS}
    keys = ids.split(",")
    split = [text.split(_SEP) for text in (titles, statuses, valid, texts)]
    numbers = list(map(int, keys))
    if any(len(c) != count for c in split) or numbers != sorted(numbers):
        return None
    organizations = {str(k): v for k, v in connection.execute("SELECT id, name FROM organization")}
    columns = {
        "id": numbers,
        "title": split[0],
        "organization": list(map(organizations.get, orgs.split(","))),
        "status": split[1],
        "valid_until": [v or None for v in split[2]],
        "district_text": split[3],
    }
    for name, table, column in _CHILDREN:
        children = _children(connection, table, column)
        if children is None:
            return None
        columns[name] = list(map(children.get, keys))
    return columns


_CHILDREN = (
    ("districts", "opportunity_district", "district"),
    ("languages", "opportunity_language", "code"),
    ("interests", "opportunity_interest", "tag"),
)


def _rowwise(connection: sqlite3.Connection) -> dict[str, list[Any]]:
    """The same columns through one Python row per listing (any text, any order)."""
    organizations = dict(connection.execute("SELECT id, name FROM organization"))
    listings = connection.execute(
        "SELECT id, title, organization_id, status, valid_until, district_text "
        "FROM opportunity NOT INDEXED WHERE deleted_at IS NULL ORDER BY id"
    ).fetchall()
    ids, titles, orgs, statuses, valid, texts = transpose(listings, 6)
    del listings
    columns = {
        "id": ids,
        "title": titles,
        "organization": list(map(organizations.get, orgs)),
        "status": statuses,
        "valid_until": valid,
        "district_text": texts,
    }
    for name, table, column in _CHILDREN:
        joined = dict(
            connection.execute(
                f"SELECT opportunity_id, group_concat({column}, ',') FROM {table} "
                "GROUP BY opportunity_id"
            )
        )
        columns[name] = list(map(joined.get, ids))
    return columns


def columns_of(rows: Iterable[Sequence[Any]]) -> dict[str, list[Any]]:
    """Rows of :data:`OPPORTUNITY_FIELDS` as one list per field."""
    rows = rows if isinstance(rows, list) else list(rows)
    columns = transpose(rows, len(OPPORTUNITY_FIELDS))
    return {name: list(values) for name, values in zip(OPPORTUNITY_FIELDS, columns, strict=True)}


@contextmanager
def snapshot(url: str) -> Iterator[sqlite3.Connection | None]:
    """A read transaction on the SQLite file of ``url`` when it is at this app's schema
    head, else None (then the caller opens the database the normal way)."""
    path = sqlite_file(url)
    head = head_revision()
    connection = None
    if path is not None and head is not None:
        try:
            connection = sqlite3.connect(path, timeout=5, isolation_level=None)
            connection.execute("BEGIN")  # one snapshot for all reads
            version = connection.execute("SELECT version_num FROM alembic_version").fetchall()
            if version != [(head,)]:
                connection.close()
                connection = None
        except sqlite3.Error:
            if connection is not None:
                connection.close()
            connection = None
    try:
        yield connection
    finally:
        if connection is not None:
            connection.close()


def read_opportunity_columns(url: str) -> dict[str, list[Any]] | None:
    """The live listings (not in the trash) by id, one list per name in :data:`OPPORTUNITY_FIELDS`.

    None when ``url`` is not an existing SQLite file at this app's schema head, or
    the file cannot be read: the caller then opens the database the normal way."""
    with snapshot(url) as connection:
        if connection is None:
            return None
        try:
            return _concatenated(connection) or _rowwise(connection)
        except sqlite3.Error:
            return None


# -- the stored search text (``storage.derived``), for either driver --------------------------
def stale_sql(kind: str) -> str:
    """The live records of ``kind`` ("opportunity", "volunteer") whose derived row is
    missing or was derived from an older version of the record."""
    return (
        f"SELECT p.id FROM {kind} p LEFT JOIN {kind}_match m ON m.{kind}_id = p.id "
        "WHERE p.deleted_at IS NULL AND (m.version IS NULL OR m.version <> p.version) "
        "ORDER BY p.id"
    )


def search_sql(words: int, find: str = "instr") -> str:
    """Ids of the live listings whose stored search text holds the parameters ``:w0`` …
    (``find``: ``instr`` on SQLite, ``strpos`` on PostgreSQL; both give 0 for none)."""
    where = " AND ".join(f"{find}(m.search, :w{i}) > 0" for i in range(words)) or "1 = 1"
    return (
        "SELECT o.id FROM opportunity o JOIN opportunity_match m "
        f"ON m.opportunity_id = o.id WHERE o.deleted_at IS NULL AND {where} ORDER BY o.id"
    )


def search_listings(connection: sqlite3.Connection, words: Sequence[str]) -> list[int] | None:
    """:func:`search_sql` on a :func:`snapshot`; None when a stored search text is not
    current (then the caller derives it again the normal way)."""
    from volmatch.derivation import fingerprint

    stored = connection.execute(
        "SELECT fingerprint FROM derived_state WHERE name = 'opportunity'"
    ).fetchall()
    if stored != [(fingerprint(),)]:
        return None
    if connection.execute(stale_sql("opportunity") + " LIMIT 1").fetchall():
        return None
    found = connection.execute(search_sql(len(words)), {f"w{i}": w for i, w in enumerate(words)})
    return [rid for (rid,) in found]
