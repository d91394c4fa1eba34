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
