"""Tags and words the matcher stores per record, as numbers against the ``match_term`` table.

A listing's tags are one little-endian int32 per tag, ``term id * 16 + factor digit``
(``tag_codes``); a volunteer's hits and words one 16-byte record each, (term id int32,
phrase no. int32, score or phrase length float64) (``hit_codes``). A cold reader turns
them into arrays with ``numpy.frombuffer`` instead of splitting and numbering names;
``match_term`` names each id once (taxonomy tag ids, ``~word`` for a word).
"""

from __future__ import annotations

import struct
import sys
from array import array
from collections.abc import Iterable, Sequence
from itertools import accumulate
from typing import Any, NamedTuple

DIGIT_BITS = 4  # a listing's code: term id << 4 | factor digit (1..9)
HIT_FORMAT = "<iid"  # term, phrase no., value
HIT_SIZE = struct.calcsize(HIT_FORMAT)


class Packed(NamedTuple):
    """The codes of many rows as one blob: each row's length in bytes, in order, and
    their concatenation (how a cold reader gets a column of codes from SQLite)."""

    lengths: list[int]
    data: bytes


class Terms:
    """name <-> id of ``match_term``; names not stored yet get ids after the stored ones
    (kept in memory only: :func:`store_terms` gives them their stored ids)."""

    def __init__(self, rows: Iterable[tuple[int, str]] = ()) -> None:
        self.ids: dict[str, int] = {name: tid for tid, name in rows}
        self.names: dict[int, str] = {tid: name for name, tid in self.ids.items()}
        self._next = max(self.names, default=0) + 1

    def id(self, name: str) -> int:
        found = self.ids.get(name)
        if found is None and "\x00" in name:  # stored without: PostgreSQL refuses NUL
            return self.id(name.replace("\x00", ""))
        if found is None:
            found, self._next = self._next, self._next + 1
            self.ids[name], self.names[found] = found, name
        return found


def load_terms(conn: Any) -> Terms:
    """Every stored term (``conn``: a SQLAlchemy or a ``sqlite3`` connection)."""
    execute = getattr(conn, "exec_driver_sql", None) or conn.execute
    return Terms(execute("SELECT id, name FROM match_term"))


def store_terms(conn: Any, names: Iterable[str]) -> Terms:
    """The stored terms, ``names`` among them (added when missing; concurrent writers
    adding the same name keep one row)."""
    from sqlalchemy import text

    terms = load_terms(conn)
    missing = sorted({n for n in names if n not in terms.ids})
    if missing:
        conn.execute(
            text("INSERT INTO match_term (name) VALUES (:name) ON CONFLICT (name) DO NOTHING"),
            [{"name": n} for n in missing],
        )
        terms = load_terms(conn)
    return terms


def forget_unused_terms(conn: Any) -> int:
    """Delete the terms no stored row names any more; how many. Called when a person is
    erased: the words they wrote leave no trace in the table of terms."""
    import numpy as np

    execute = getattr(conn, "exec_driver_sql", None) or conn.execute  # or sqlite3's

    def joined(sql: str) -> bytes:
        return b"".join(codes for (codes,) in execute(sql) if codes)

    listed = np.frombuffer(joined("SELECT tag_codes FROM opportunity_match"), "<i4")
    hits = np.frombuffer(
        joined("SELECT hit_codes FROM volunteer_match"),
        np.dtype([("term", "<i4"), ("phrase", "<i4"), ("value", "<f8")]),
    )
    used = set((listed >> DIGIT_BITS).tolist()) | set(hits["term"].tolist())
    unused = [tid for (tid,) in execute("SELECT id FROM match_term") if tid not in used]
    for start in range(0, len(unused), 500):
        chunk = ", ".join(map(str, unused[start : start + 500]))
        execute(f"DELETE FROM match_term WHERE id IN ({chunk})")
    return len(unused)


def pack_listing(tags: Sequence[tuple[str, int]], terms: Terms) -> bytes:
    """A listing's (tag name, factor digit) pairs as codes."""
    codes = array("i", [terms.id(name) << DIGIT_BITS | digit for name, digit in tags])
    if sys.byteorder != "little":
        codes.byteswap()
    return codes.tobytes()


def pack_listings(tag_lists: Sequence[Sequence[tuple[str, int]]], terms: Terms) -> list[bytes]:
    """:func:`pack_listing` of each listing's tags: all the codes in one array, cut per
    listing (a list and an array per listing cost more than the codes)."""
    ids = terms.ids
    try:
        codes = array("i", [ids[name] << DIGIT_BITS | d for tags in tag_lists for name, d in tags])
    except KeyError:  # a name not stored (with NUL): terms.id knows what to do
        return [pack_listing(tags, terms) for tags in tag_lists]
    if sys.byteorder != "little":
        codes.byteswap()
    data = codes.tobytes()
    ends = list(accumulate(len(tags) * 4 for tags in tag_lists))
    return [data[start:end] for start, end in zip([0, *ends], ends, strict=False)]


def pack_volunteer(hits: Sequence[tuple[str, int, float]], terms: Terms) -> bytes:
    """A volunteer's (name, phrase no., value) triples as 16-byte records."""
    if not hits:
        return b""
    flat = [x for name, phrase, value in hits for x in (terms.id(name), phrase, value)]
    return struct.pack("<" + HIT_FORMAT[1:] * len(hits), *flat)


def unpack_listing(codes: bytes | None, names: dict[int, str]) -> list[tuple[str, int]]:
    """The (tag name, factor digit) pairs of :func:`pack_listing` (tests, debugging)."""
    values = array("i", codes or b"")
    if sys.byteorder != "little":
        values.byteswap()
    return [(names[c >> DIGIT_BITS], c & (1 << DIGIT_BITS) - 1) for c in values]


def unpack_volunteer(codes: bytes | None, names: dict[int, str]) -> list[tuple[str, int, float]]:
    return [(names[t], p, v) for t, p, v in struct.iter_unpack(HIT_FORMAT, codes or b"")]


def term_names(rows: Iterable[dict[str, Any]], key: str) -> set[str]:
    """Every name the rows' ``key`` items use (as stored: without NUL)."""
    return {name.replace("\x00", "") for name in {item[0] for row in rows for item in row[key]}}
