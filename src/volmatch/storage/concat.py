"""Many rows' columns from one SQLite query, each column a single long value to split.

A Python row per record costs more than the whole query, so each column comes back as
one ``group_concat`` string split in C, and each column of codes as one blob with every
row's length (:class:`match_codes.Packed`). Used by :mod:`volmatch.storage.derived`.
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from itertools import accumulate, islice
from typing import Any

from volmatch.storage import match_codes

# How each column comes back from the SQLite fast path: int, int or None, text, text or None.
KINDS = {
    "id": "int",
    "version": "int",
    "schedule_mask": "int?",
    "availability_mask": "int?",
    "min_age": "int?",
    "birth_year": "int?",
    "derived_version": "int?",
    "open": "int?",
    "wanted": "int?",
    "status": "text",
    "consent_scope": "text",
    "tag_codes": "blob",
    "hit_codes": "blob",
    # dates stay text: the reader decodes each distinct one once ("" or None: none)
    "valid_until": "date",
    "start_date": "date",
    "end_date": "date",
    "available_from": "date",
    "available_until": "date",
}
UNIT = "\x1f"


STALE = object()  # what concatenated gives when a row met its ``stale`` condition
_AS_TEXT = {"int?": "coalesce({}, 0)"}
# a blob column: its values joined as one blob (the text of a blob keeps its bytes; the
# length check below refuses anything else), and each value's length
_BLOB = "CAST(group_concat({0}, '') AS BLOB), group_concat(coalesce(length({0}), 0), char(31))"


def concatenated(
    connection,
    expressions: str,
    source: str,
    names: Sequence[str],
    *,
    packed: bool = False,
    stale: str | None = None,
):
    """None when a text holds the separator or the rows did not come in order. A number
    that is NULL reads as 0 here (every reader takes a missing one as 0), a blob that is
    NULL as empty. ``packed``: each blob column as one :class:`match_codes.Packed`
    instead of a list of bytes. ``stale``: a condition no row may meet (else
    :data:`STALE`), counted in the same query."""
    expressions_ = [e.strip() for e in expressions.split(",")]
    parts = ", ".join(
        _BLOB.format(e)
        if KINDS.get(n) == "blob"
        else f"group_concat(coalesce({_AS_TEXT.get(KINDS.get(n, ''), '{}').format(e)}, ''), "
        "char(31))"
        for e, n in zip(expressions_, names, strict=True)
    )
    # the rows come by id: the trash index lists the live ones (deleted_at NULL) by rowid
    check = f"total({stale})" if stale else "0"
    query = f"SELECT count(*), {check}, {parts} FROM {source}"
    count, stale_rows, *joined = connection.execute(query).fetchone()
    if stale_rows:
        return STALE
    if not count:
        return [
            match_codes.Packed([], b"") if packed and KINDS.get(n) == "blob" else [] for n in names
        ]
    columns: list[Any] = []
    for name in names:
        kind = KINDS.get(name, "text?")
        if kind == "blob":
            values = _blobs(joined.pop(0) or b"", joined.pop(0), count, packed)
            if values is None:
                return None
            columns.append(values)
            continue
        values = joined.pop(0).split(UNIT)  # each long string goes once split: less memory
        if len(values) != count:
            return None
        if kind in ("int", "int?"):
            values = list(map(int, values))
        elif kind == "text?":
            values = [v or None for v in values]
        columns.append(values)
    ids = columns[0]
    if not all(map(operator.lt, ids, islice(ids, 1, None))):
        return None
    return columns


def _blobs(data: bytes, lengths_text: str, count: int, packed: bool):
    lengths = list(map(int, lengths_text.split(UNIT)))
    if len(lengths) != count or sum(lengths) != len(data):
        return None
    if packed:
        return match_codes.Packed(lengths, data)
    ends = list(accumulate(lengths))
    return [data[end - size : end] for size, end in zip(lengths, ends, strict=True)]
