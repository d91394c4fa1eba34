"""What every backend can store: the same refusals on SQLite and PostgreSQL.

SQLite keeps text of any length and 64-bit integers, turns NaN into NULL and
fails on integers past 64 bits; PostgreSQL refuses text past its column length,
integers past the column's range and NUL characters. Checking here first gives
one clear :class:`~volmatch.errors.Issue` and the same outcome on both.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import cache
from typing import Any

from sqlalchemy import Float, Integer, SmallInteger, String, Table

from volmatch.errors import InputError, Issue, Problem

_RANGES = {SmallInteger: (-(2**15), 2**15 - 1), Integer: (-(2**31), 2**31 - 1)}


@cache
def _rules(table: Table) -> tuple[tuple[tuple[str, int | None], ...], tuple, tuple[str, ...]]:
    texts, integers, floats = [], [], []
    for column in table.c:
        kind = column.type
        if isinstance(kind, String):
            texts.append((column.name, kind.length))
        elif isinstance(kind, Integer) and column.name != "id" and not column.foreign_keys:
            low, high = _RANGES[SmallInteger if isinstance(kind, SmallInteger) else Integer]
            integers.append((column.name, low, high))
        elif isinstance(kind, Float):
            floats.append(column.name)
    return tuple(texts), tuple(integers), tuple(floats)


def _refuse(problem: Problem, column: str, value: Any, expected: str) -> InputError:
    shown = str(value)
    shown = shown if len(shown) <= 60 else shown[:60] + "…"
    return InputError([Issue(problem, column=column, value=shown, expected=expected)])


def check_values(table: Table, rows: Iterable[dict[str, Any]]) -> None:
    """Refuse values ``table`` cannot hold on every backend; drop NUL characters from text.

    Works column by column so that a batch of 100,000 rows is checked mostly in C.
    """
    rows = rows if isinstance(rows, list | tuple) else list(rows)
    if not rows:
        return
    texts, integers, floats = _rules(table)
    for name, limit in texts:
        values = [v for v in (row.get(name) for row in rows) if v]
        if not values:
            continue
        if "\x00" in "".join(values):
            # NUL has no meaning in what people write and PostgreSQL cannot store it.
            for row in rows:
                if row.get(name) and "\x00" in row[name]:
                    row[name] = row[name].replace("\x00", "")
            values = [v for v in (row.get(name) for row in rows) if v]
        if limit is not None and max(map(len, values)) > limit:
            value = next(v for v in values if len(v) > limit)
            raise _refuse(Problem.TOO_LONG, name, value, f"at most {limit} characters")
    for name, low, high in integers:
        values = [v for v in (row.get(name) for row in rows) if v is not None]
        if values and not (low <= min(values) and max(values) <= high):
            value = next(v for v in values if not low <= v <= high)
            raise _refuse(Problem.BAD_NUMBER, name, value, f"a whole number from {low} to {high}")
    for name in floats:
        values = [v for v in (row.get(name) for row in rows) if v is not None]
        if not all(map(math.isfinite, values)):
            value = next(v for v in values if not math.isfinite(v))
            raise _refuse(Problem.BAD_NUMBER, name, value, "a finite number")
