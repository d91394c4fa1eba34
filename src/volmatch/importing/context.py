"""The reference data a row parser needs, bundled so tests and callers can pass their own."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from volmatch.errors import Issue, Severity


@dataclass(frozen=True, slots=True)
class Reference:
    gazetteer: Any  # volmatch.reference.gazetteer.Gazetteer
    languages: Any  # volmatch.reference.languages.LanguageCatalogue
    taxonomy: Any  # volmatch.reference.taxonomy.Taxonomy
    availability: Callable[[str], tuple[int, list[Issue]]]


@cache
def default_reference() -> Reference:
    """Prague, the default language catalogue and taxonomy (loaded once)."""
    from volmatch.reference.gazetteer import default_gazetteer
    from volmatch.reference.languages import default_catalogue
    from volmatch.reference.taxonomy import default_taxonomy

    try:
        from volmatch.reference.availability import parse_availability
    except ImportError:  # an older reference package: keep the text, mask 0 means "not stated"
        parse_availability = _not_parsed
    return Reference(
        default_gazetteer(), default_catalogue(), default_taxonomy(), parse_availability
    )


def _not_parsed(text: str) -> tuple[int, list[Issue]]:
    return 0, []


def located(
    found: list[Issue],
    column: str,
    row: int | None,
    severity: Severity | None = None,
    rename: bool = False,
) -> list[Issue]:
    """Issues from a parser that knows no row or column, placed (and optionally graded) here.

    ``rename`` replaces the column the parser named with ``column`` (the file's header).
    """
    return [
        replace(
            i,
            column=column if rename or not i.column else i.column,
            row=i.row if i.row is not None else row,
            severity=severity or i.severity,
        )
        for i in found
    ]


class Memo:
    """Parsed cells by their text: a file repeats the same districts, languages and tags
    in thousands of rows, and the reference look-ups are the slow part of a row.

    Issues are stored with the row that produced them and handed out with the asking row.
    """

    def __init__(self, limit: int = 200_000) -> None:
        self._cache: dict[tuple, tuple[Any, list[Issue]]] = {}
        self._limit = limit
        self._fields: dict[str, dict[str, tuple[Any, list[Issue]]]] = {}

    def clear(self) -> None:
        self._cache.clear()
        for values in self._fields.values():
            values.clear()  # kept: row parsers hold on to them

    def get(self, key: tuple, row: int | None, compute: Callable[[], tuple[Any, Any]]) -> Any:
        hit = self._cache.get(key)
        if hit is None:
            value, found = compute()
            found = [found] if isinstance(found, Issue) else list(found or ())
            if len(self._cache) < self._limit:
                self._cache[key] = (value, found)
            return value, found
        value, found = hit
        return value, [replace(i, row=row) if i.row is not None else i for i in found]

    def field(self, name: str) -> dict[str, tuple[Any, list[Issue]]]:
        """The parsed values of one field by cell text: a plain dict for the row loop to read."""
        cache = self._fields.get(name)
        if cache is None:
            cache = self._fields[name] = {}
        return cache

    def compute(
        self,
        cache: dict[str, tuple[Any, list[Issue]]],
        text: str,
        row: int | None,
        parse: Callable[[str, str, int | None], tuple[Any, Any]],
        column: str,
    ) -> tuple[Any, list[Issue]]:
        """``parse(text, column, row)`` for a text ``cache`` (from :meth:`field`) lacks."""
        value, found = parse(text, column, row)
        found = [found] if isinstance(found, Issue) else list(found or ())
        hit = (value, found)
        if len(cache) < self._limit:
            cache[text] = hit
        return hit


def at_row(found: list[Issue], row: int | None) -> list[Issue]:
    """Cached issues placed on the row that asks for them now."""
    return [replace(i, row=row) if i.row is not None else i for i in found]


MEMO = Memo()  # one import at a time; parse_table clears it before and after a file
