"""Records, settings and curation read straight from a SQLite file, without SQLAlchemy.

``volmatch match`` on a SQLite file at this app's schema head (:func:`fastread.snapshot`)
reads what it needs here in one read transaction: the subject, the stored weights, the
coordinators' pins and hides, placements, the matcher's stored columns (only when they
are current) and the records of the matches shown. The records are the ones
:mod:`volmatch.storage.repository` builds (:mod:`volmatch.storage.records`); the
columns' values are turned into Python values as SQLAlchemy's types do on SQLite.
Only reads: anything that has to be written (data derived again) takes the normal path.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

# the records' modules load when a record is built: the stored columns' reads start first
if TYPE_CHECKING:
    from volmatch.domain import Opportunity, PlacementState, Volunteer

CHUNK = 500  # ids per IN (...) list


def _date(value: Any) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def _utc(value: Any) -> dt.datetime | None:
    # stored without an offset, always UTC (models.UTCDateTime)
    return None if value is None else dt.datetime.fromisoformat(value).replace(tzinfo=dt.UTC)


def _bool(value: Any) -> bool | None:
    return None if value is None else bool(value)


_CONVERT: dict[str, Callable[[Any], Any]] = {"DATE": _date, "DATETIME": _utc, "BOOLEAN": _bool}


class NotCurrent(sqlite3.DatabaseError):
    """A stored matching row is older than its record: the caller takes the normal path
    (a ``sqlite3.Error``, as any other reason not to read the file directly)."""


class SnapshotReader:
    """Reads of one :func:`fastread.snapshot` connection (a SQLite file at the schema head)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        self._types: dict[str, list[tuple[str, Callable[[Any], Any] | None]]] = {}
        self._early: dict[tuple[str, bool], Any] = {}  # (kind, tags_only) -> a Future

    # -- plain rows -------------------------------------------------------------------
    def _columns(self, table: str) -> list[tuple[str, Callable[[Any], Any] | None]]:
        found = self._types.get(table)
        if found is None:
            info = self.connection.execute(f"PRAGMA table_info({table})").fetchall()
            found = self._types[table] = [(row[1], _CONVERT.get(row[2].upper())) for row in info]
        return found

    def _rows(self, table: str, where: str, params: Sequence[Any]) -> list[dict[str, Any]]:
        """Every column but ``deleted_at`` of the live rows of ``table`` matching ``where``."""
        columns = [c for c in self._columns(table) if c[0] != "deleted_at"]
        names = ", ".join(f"t.{name}" for name, _ in columns)
        extra = ", o.name" if table == "opportunity" else ""
        join = " LEFT JOIN organization o ON o.id = t.organization_id" if extra else ""
        sql = (
            f"SELECT {names}{extra} FROM {table} t{join} "
            f"WHERE t.deleted_at IS NULL AND ({where}) ORDER BY t.id"
        )
        out = []
        for row in self.connection.execute(sql, params):
            values = {
                name: value if convert is None or value is None else convert(value)
                for (name, convert), value in zip(columns, row, strict=False)
            }
            if extra:
                values["organization_name"] = row[-1]
            out.append(values)
        return out

    def _children(
        self, table: str, parent: str, names: str, ids: list[int], order: str = "position"
    ) -> dict[int, list[Sequence[Any]]]:
        from volmatch.storage import records

        # child values need no conversion: records.language_need makes ``required`` a bool
        marks = ", ".join("?" * len(ids))
        rows = self.connection.execute(
            f"SELECT {parent}, {names} FROM {table} WHERE {parent} IN ({marks}) "
            f"ORDER BY {parent}, {order}",
            ids,
        )
        return records.group(rows)

    # -- records ----------------------------------------------------------------------
    def _opportunities(self, where: str, params: Sequence[Any]) -> list[Opportunity]:
        rows = self._rows("opportunity", where, params)
        if not rows:
            return []
        ids = [r["id"] for r in rows]
        parts = [
            self._children(
                "opportunity_translation", "opportunity_id", "lang, title, description", ids, "lang"
            ),
            self._children("opportunity_district", "opportunity_id", "district", ids),
            self._children(
                "opportunity_language", "opportunity_id", "code, min_level, required", ids
            ),
            self._children("opportunity_interest", "opportunity_id", "tag", ids),
        ]
        from volmatch.storage.records import opportunity_record

        return [opportunity_record(r, *(p.get(r["id"], []) for p in parts)) for r in rows]

    def _volunteers(self, where: str, params: Sequence[Any]) -> list[Volunteer]:
        rows = self._rows("volunteer", where, params)
        if not rows:
            return []
        ids = [r["id"] for r in rows]
        parts = [
            self._children("volunteer_language", "volunteer_id", "code, level", ids),
            self._children("volunteer_travel_district", "volunteer_id", "district", ids),
            self._children("volunteer_interest", "volunteer_id", "tag", ids),
        ]
        from volmatch.storage.records import volunteer_record

        return [volunteer_record(r, *(p.get(r["id"], []) for p in parts)) for r in rows]

    def get_opportunities(self, ids: Sequence[int]) -> list[Opportunity]:
        """As ``repository.get_opportunities``: the live ones, by id."""
        return _by_chunks(self._opportunities, ids)

    def get_volunteers(self, ids: Sequence[int]) -> list[Volunteer]:
        return _by_chunks(self._volunteers, ids)

    def find_opportunity(self, ref: int | str) -> Opportunity | None:
        """As ``repository.find_opportunity``: by numeric id, else by external_id."""
        record_id = _ref_id(ref)
        if record_id is not None and (found := self._opportunities("t.id = ?", [record_id])):
            return found[0]
        found = self._opportunities("t.external_id = ?", [str(ref).strip()])
        return found[0] if found else None

    def find_volunteer(self, ref: int | str) -> Volunteer | None:
        """As ``repository.find_volunteer``: by id, external_id, else e-mail (ignoring case)."""
        record_id = _ref_id(ref)
        if record_id is not None and (found := self._volunteers("t.id = ?", [record_id])):
            return found[0]
        text = str(ref).strip()
        for where, value in (("t.external_id = ?", text), ("lower(t.email) = ?", text.lower())):
            if text and (found := self._volunteers(where, [value])):
                return found[0]
        return None

    # -- the matcher's stored columns (storage.derived), only when current -------------
    def current(self, kind: str) -> bool:
        """Whether the stored matching values of ``kind`` were derived with today's
        reference data (else: normal path); a row older than its record is found as
        the rows are read (:class:`NotCurrent`)."""
        from volmatch.storage import derived

        return derived.fingerprint_current(self.connection, kind)

    def read_listings(self, progress: Any = None) -> dict[str, list]:
        return self._derived("opportunity")

    def read_listing_tags(self, progress: Any = None) -> tuple[Any, dict[int, str]]:
        """Every live listing's tag codes as one row (which terms are used, how often),
        and the terms' names by id."""
        found = self._derived("opportunity", tags_only=True)
        return found["tag_codes"], found["terms"]  # type: ignore[return-value]

    def read_volunteers(self, progress: Any = None) -> dict[str, list]:
        return self._derived("volunteer")

    def read_early(self, *wanted: tuple[str, bool]) -> None:
        """Start reading these stored columns ((kind, tags_only)) while the caller loads
        the matcher, each in a thread and on a connection of its own to the same file:
        SQLite reads without Python's lock, so on two cores the long queries overlap the
        imports, and a connection runs one statement at a time, so on this one the
        caller's small reads (the subject, the weights) would wait for the long ones.
        A connection that sees another state of the file than this one (the audit trail,
        where every change is written, ends elsewhere) reads nothing: the columns are
        then read on this connection when asked."""
        path = self._file()
        if path is None or not wanted:
            return
        from concurrent.futures import Future
        from threading import Thread

        audited = self._audited(self.connection)
        for key in wanted:
            future: Future = Future()
            self._early[key] = future
            args = (path, audited, key, future)
            Thread(target=_read_aside, args=args, name="read-stored-columns", daemon=True).start()

    def _file(self) -> str | None:
        for _, name, file in self.connection.execute("PRAGMA database_list"):
            if name == "main":
                return file or None  # "" for a database in memory
        return None

    @staticmethod
    def _audited(connection: sqlite3.Connection) -> int | None:
        return connection.execute("SELECT max(id) FROM audit_log").fetchone()[0]

    def finish(self) -> None:
        """Wait for the reads started early that nobody asked for (before the
        connection closes)."""
        from concurrent.futures import wait

        wait(list(self._early.values()))
        self._early.clear()

    def _derived(self, kind: str, tags_only: bool = False) -> dict[str, list]:
        early = self._early.pop((kind, tags_only), None)
        found = early.result() if early is not None else None
        return _read_derived(self.connection, kind, tags_only) if found is None else found

    # -- settings and curation (as storage.shared_settings and storage.placements) -----
    def setting(self, key: str) -> Any:
        found = self.connection.execute(
            "SELECT value FROM app_setting WHERE key = ?", [key]
        ).fetchall()
        if not found or found[0][0] is None:
            return None
        try:
            return json.loads(found[0][0])
        except ValueError:
            return None

    def marks_for(
        self, *, volunteer_id: int | None = None, opportunity_id: int | None = None
    ) -> tuple[frozenset[int], frozenset[int]]:
        """(pinned, hidden) partner ids around one volunteer or one listing."""
        key, where, value = _pair(volunteer_id, opportunity_id)
        pinned: set[int] = set()
        hidden: set[int] = set()
        sql = f"SELECT {key}, kind FROM match_mark WHERE {where} = ?"
        for i, kind in self.connection.execute(sql, [value]):
            (pinned if kind == "pin" else hidden).add(int(i))
        return frozenset(pinned), frozenset(hidden)

    def states_for(
        self, *, volunteer_id: int | None = None, opportunity_id: int | None = None
    ) -> dict[int, PlacementState]:
        key, where, value = _pair(volunteer_id, opportunity_id)
        sql = f"SELECT {key}, state FROM placement WHERE {where} = ? AND {key} IS NOT NULL"
        from volmatch.domain import PlacementState

        return {int(i): PlacementState(s) for i, s in self.connection.execute(sql, [value])}

    def full_listings(self) -> frozenset[int]:
        """Listings whose every place is taken by a placed volunteer not in the trash."""
        sql = (
            "SELECT o.id FROM opportunity o JOIN (SELECT p.opportunity_id AS id, count(*) AS n "
            "FROM placement p JOIN volunteer v ON v.id = p.volunteer_id "
            "WHERE p.state = ? AND coalesce(v.deleted_at, NULL) IS NULL "
            "GROUP BY p.opportunity_id) t ON t.id = o.id "
            "WHERE o.capacity IS NOT NULL AND t.n >= o.capacity"
        )
        found = self.connection.execute(sql, [_placed()])
        return frozenset(int(i) for (i,) in found)

    def placed_volunteers(self) -> frozenset[int]:
        sql = "SELECT volunteer_id FROM placement WHERE state = ? AND volunteer_id IS NOT NULL"
        found = self.connection.execute(sql, [_placed()])
        return frozenset(int(i) for (i,) in found)


@contextmanager
def early_listings(url: str) -> Iterator[Callable[[], tuple[dict[str, list], Any] | None]]:
    """The live listings' stored matching columns of the SQLite file of ``url``, read in a
    thread from the start of the ``with`` block (while the caller loads the matcher):
    the block gets a function that waits for them and gives (the columns, the audit
    trail's last entry), or None when the file is not at this app's schema head, its
    stored matching data is not current or it cannot be read."""
    from volmatch.storage import fastread

    with fastread.snapshot(url) as connection:
        reader = None if connection is None else SnapshotReader(connection)
        audited = None
        try:
            if reader is not None:
                audited = SnapshotReader._audited(reader.connection)
                reader.read_early(("opportunity", False))
        except sqlite3.Error:
            reader = None

        def listings() -> tuple[dict[str, list], Any] | None:
            try:
                if reader is None or not reader.current("opportunity"):
                    return None
                return reader.read_listings(), audited
            except sqlite3.Error:  # a row older than its record (NotCurrent), a damaged file
                return None

        try:
            yield listings
        finally:
            if reader is not None:
                reader.finish()


def _read_derived(connection: sqlite3.Connection, kind: str, tags_only: bool) -> dict[str, list]:
    from volmatch.storage import derived

    read = _listing_codes if tags_only else derived.read_current
    found = read(connection, kind)
    if found is None:
        raise NotCurrent(f"stored matching values of {kind} are not current")
    return found


def _listing_codes(connection: sqlite3.Connection, kind: str) -> dict[str, Any] | None:
    """Which terms the live listings' stored tags use, and how often: every listing's
    codes as one (``tag_codes``: a ``match_codes.Packed`` of one row; no ids, no row
    lengths, which cost more to gather than the codes) and the terms' names by id
    (``terms``); None when any listing's stored values are not current."""
    from volmatch.storage import derived, match_codes

    listings = (
        "FROM opportunity o LEFT JOIN opportunity_match m ON m.opportunity_id = o.id "
        "WHERE o.deleted_at IS NULL"
    )
    # the versions are compared in the same query; a blob's text keeps its bytes
    stale, data, size = connection.execute(
        "SELECT total(o.version IS NOT m.version), CAST(group_concat(m.tag_codes, '') AS BLOB), "
        f"total(length(m.tag_codes)) {listings}"
    ).fetchone()
    if stale or not derived.fingerprint_current(connection, kind):
        return None
    data = data or b""
    if len(data) != size:  # not as one blob: row by row
        data = b"".join(c for (c,) in connection.execute(f"SELECT m.tag_codes {listings}") if c)
    names = match_codes.load_terms(connection).names
    return {"tag_codes": match_codes.Packed([len(data)], data), "terms": names}


def _read_aside(path: str, audited: int | None, key: tuple[str, bool], future: Any) -> None:
    """``read_early``'s thread: the columns of ``key`` from a connection of its own, or
    None when it sees another state of the file (the audit trail ends elsewhere)."""
    try:
        # not kept waiting long: the caller's connection can read them too
        connection = sqlite3.connect(path, timeout=1, isolation_level=None)
        try:
            try:
                connection.execute("BEGIN")  # the reads below see one state of the file
                same = SnapshotReader._audited(connection) == audited
            except sqlite3.OperationalError:  # locked (a file not in WAL mode being written)
                same = False
            future.set_result(_read_derived(connection, *key) if same else None)
        finally:
            connection.close()
    except BaseException as exc:  # handed to the caller, who asks for it
        future.set_exception(exc)


def _placed() -> str:
    from volmatch.domain import PlacementState

    return PlacementState.PLACED.value


def _pair(volunteer_id: int | None, opportunity_id: int | None) -> tuple[str, str, int | None]:
    if volunteer_id is not None:
        return "opportunity_id", "volunteer_id", volunteer_id
    return "volunteer_id", "opportunity_id", opportunity_id


def _ref_id(ref: int | str) -> int | None:
    if isinstance(ref, int):
        return ref
    text = str(ref).strip()
    return int(text) if text.isdigit() else None


def _by_chunks(load: Callable[[str, Sequence[Any]], list], ids: Sequence[int]) -> list:
    found: list = []
    ids = list(ids)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        found += load(f"t.id IN ({', '.join('?' * len(chunk))})", chunk)
    return sorted(found, key=lambda r: r.id or 0)
