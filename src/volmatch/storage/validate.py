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
    """Refuse values ``table`` cannot hold on every backend; drop NUL characters from text."""
    texts, integers, floats = _rules(table)
    for row in rows:
        for name, limit in texts:
            value = row.get(name)
            if not value:
                continue
            if "\x00" in value:
                # NUL has no meaning in what people write and PostgreSQL cannot store it.
                value = row[name] = value.replace("\x00", "")
            if limit is not None and len(value) > limit:
                raise _refuse(Problem.TOO_LONG, name, value, f"at most {limit} characters")
        for name, low, high in integers:
            value = row.get(name)
            if value is not None and not low <= value <= high:
                raise _refuse(
                    Problem.BAD_NUMBER, name, value, f"a whole number from {low} to {high}"
                )
        for name in floats:
            value = row.get(name)
            if value is not None and not math.isfinite(value):
                raise _refuse(Problem.BAD_NUMBER, name, value, "a finite number")
