"""Replacing the child rows (languages, districts, tags, translations) of saved records."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from volmatch.storage import models, queries
from volmatch.storage.queries import chunks
from volmatch.storage.validate import check_values


def replace_children(
    session: Session,
    kind: str,
    stored: Sequence[int],
    records: dict[int, Any],
    children: Callable[[int, Any], dict[Any, list[dict[str, Any]]]],
) -> dict[int, set[str]]:
    """Replace the child rows; returns, per stored parent, the list fields that changed."""
    conn = session.connection()
    tables = models.CHILD_TABLES[kind]
    parent = f"{kind}_id"
    rows: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for parent_id, record in records.items():
        for table, table_rows in children(parent_id, record).items():
            rows[table].extend(table_rows)
    for table in tables:
        check_values(table, rows[table])
    changed: dict[int, set[str]] = defaultdict(set)
    for table in tables:
        columns = [c for c in table.c if c.name != parent]
        before: dict[int, set[tuple]] = defaultdict(set)
        for chunk in chunks(list(stored)):
            for row in conn.execute(
                select(table.c[parent], *columns).where(table.c[parent].in_(chunk))
            ):
                before[row[0]].add(tuple(row[1:]))
        after: dict[int, set[tuple]] = defaultdict(set)
        for row in rows[table]:
            after[row[parent]].add(tuple(row.get(c.name) for c in columns))
        for parent_id in stored:
            if before[parent_id] != after[parent_id]:
                changed[parent_id].add(_LIST_FIELDS[table.name])
        for chunk in chunks(list(stored)):
            conn.execute(delete(table).where(table.c[parent].in_(chunk)))
    for table in tables:
        queries.insert_many(conn, table, rows[table])
    return changed


# The record field each child table holds, as the audit trail names it.
_LIST_FIELDS = {
    "opportunity_translation": "translations",
    "opportunity_district": "districts",
    "opportunity_language": "languages",
    "opportunity_interest": "interests",
    "volunteer_language": "languages",
    "volunteer_travel_district": "travel_districts",
    "volunteer_interest": "interest_tags",
}
