"""What every backend can store: the same refusals on SQLite and PostgreSQL.

SQLite keeps text of any length and 64-bit integers, turns NaN into NULL and
fails on integers past 64 bits; PostgreSQL refuses text past its column length,
integers past the column's range and NUL characters. Checking here first gives
one clear :class:`~volmatch.errors.Issue` and the same outcome on both.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from functools import cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Date, DateTime, Float, Integer, SmallInteger, String, Table

from volmatch.columns import transpose
from volmatch.domain import MAX_YEAR, MIN_YEAR
from volmatch.errors import InputError, Issue, Problem

# Text columns without a length (descriptions, notes): a 50 MB description would make every
# later export hundreds of megabytes.
MAX_TEXT = 100_000
_RANGES = {SmallInteger: (-(2**15), 2**15 - 1), Integer: (-(2**31), 2**31 - 1)}

# One check per column that can hold a refused value: (column name, check of its values).
# A check returns the values fixed (NUL dropped) or None when they stay as they are.
Check = Callable[[list[Any]], list[Any] | None]


@cache
def _rules(table: Table) -> tuple[tuple[str, Check], ...]:
    rules: list[tuple[str, Check]] = []
    for column in table.c:
        kind = column.type
        if isinstance(kind, String):
            rules.append((column.name, _text_check(column.name, kind.length or MAX_TEXT)))
        elif isinstance(kind, Integer) and column.name != "id" and not column.foreign_keys:
            low, high = _RANGES[SmallInteger if isinstance(kind, SmallInteger) else Integer]
            rules.append((column.name, _integer_check(column.name, low, high)))
        elif isinstance(kind, Float):
            rules.append((column.name, _float_check(column.name)))
        elif isinstance(kind, Date | DateTime):
            rules.append((column.name, _date_check(column.name)))
    return tuple(rules)


def _refuse(problem: Problem, column: str, value: Any, expected: str) -> InputError:
    shown = str(value)
    shown = shown if len(shown) <= 60 else shown[:60] + "…"
    return InputError([Issue(problem, column=column, value=shown, expected=expected)])


def _text_check(name: str, limit: int | None) -> Check:
    def check(column: list[Any]) -> list[Any] | None:
        values = list(filter(None, column))  # the texts, in C
        if not values:
            return None
        fixed = None
        if "\x00" in "".join(values):
            # NUL has no meaning in what people write and PostgreSQL cannot store it.
            fixed = [v.replace("\x00", "") if v and "\x00" in v else v for v in column]
            values = list(filter(None, fixed))
        if limit is not None and values and max(map(len, values)) > limit:
            value = next(v for v in values if len(v) > limit)
            raise _refuse(Problem.TOO_LONG, name, value, f"at most {limit} characters")
        return fixed

    return check


def _integer_check(name: str, low: int, high: int) -> Check:
    def check(column: list[Any]) -> None:
        values = [v for v in column if v is not None]
        if values and not (low <= min(values) and max(values) <= high):
            value = next(v for v in values if not low <= v <= high)
            raise _refuse(Problem.BAD_NUMBER, name, value, f"a whole number from {low} to {high}")

    return check


def _float_check(name: str) -> Check:
    def check(column: list[Any]) -> None:
        values = [v for v in column if v is not None]
        if not all(map(math.isfinite, values)):
            value = next(v for v in values if not math.isfinite(v))
            raise _refuse(Problem.BAD_NUMBER, name, value, "a finite number")

    return check


def _date_check(name: str) -> Check:
    def check(column: list[Any]) -> None:
        values = [v for v in column if v is not None]
        if values and not (
            min(v.year for v in values) >= MIN_YEAR and max(v.year for v in values) <= MAX_YEAR
        ):
            value = next(v for v in values if not MIN_YEAR <= v.year <= MAX_YEAR)
            raise _refuse(
                Problem.BAD_DATE, name, value, f"a date between {MIN_YEAR} and {MAX_YEAR}"
            )

    return check


def check_columns(table: Table, columns: dict[str, list[Any]]) -> None:
    """Like :func:`check_values` for values held column by column (one list per column
    name); NUL characters are dropped in place. Columns not given are not checked."""
    for name, check in _rules(table):
        column = columns.get(name)
        if column is not None and (fixed := check(column)) is not None:
            column[:] = fixed


def check_rows(table: Table, names: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    """Like :func:`check_values` for tuples in the order of ``names``; rows whose text
    held NUL characters are replaced in the list."""
    if not rows:
        return
    wanted = {name: i for i, name in enumerate(names)}
    fixes: dict[int, list[Any]] = {}
    for name, check in _rules(table):
        if name in wanted:
            column = list(map(itemgetter(wanted[name]), rows))
            if (fixed := check(column)) is not None:
                fixes[wanted[name]] = fixed
    if fixes:
        columns = transpose(rows, len(names))
        for i, fixed in fixes.items():
            columns[i] = fixed
        rows[:] = zip(*columns, strict=True)


def check_values(table: Table, rows: Iterable[dict[str, Any]]) -> None:
    """Refuse values ``table`` cannot hold on every backend; drop NUL characters from text.

    Works column by column so that a batch of 100,000 rows is checked mostly in C.
    """
    rows = rows if isinstance(rows, list | tuple) else list(rows)
    if not rows:
        return
    for name, check in _rules(table):
        fixed = check([row.get(name) for row in rows])
        if fixed is not None:
            for row, value in zip(rows, fixed, strict=True):
                if name in row:
                    row[name] = value
