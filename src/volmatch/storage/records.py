"""Domain records out of table rows: the read side of :mod:`volmatch.storage.convert`.

Kept apart from the ORM models so that a reader without SQLAlchemy (a SQLite snapshot,
:mod:`volmatch.storage.fastrecords`) builds the same records as the repository.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from itertools import groupby
from operator import itemgetter
from typing import Any

from volmatch.domain import (
    Commitment,
    LanguageNeed,
    LanguageSkill,
    Level,
    Opportunity,
    Scope,
    Status,
    Translation,
    Volunteer,
)

_LEVELS = {lvl.value: lvl for lvl in Level}
_SCOPES = {s.value: s for s in Scope}
_COMMITMENTS = {c.value: c for c in Commitment}
_STATUSES = {s.value: s for s in Status}


def level(value: int | None) -> Level | None:
    return None if value is None else _LEVELS[value]


@cache
def language_need(code: str, min_level: int | None, required: bool) -> LanguageNeed:
    # Records are immutable: 100,000 listings share a few dozen distinct needs.
    return LanguageNeed(code=code, min_level=level(min_level), required=bool(required))


@cache
def language_skill(code: str, skill_level: int | None) -> LanguageSkill:
    return LanguageSkill(code=code, level=level(skill_level))


def group(rows: Iterable[Sequence[Any]]) -> dict[int, list[Sequence[Any]]]:
    """Rows keyed by their first column (the parent id); rows must come ordered by it."""
    return {key: list(items) for key, items in groupby(rows, itemgetter(0))}


def opportunity_record(
    values: dict[str, Any],
    translations: list[Sequence[Any]],
    districts: list[Sequence[Any]],
    languages: list[Sequence[Any]],
    interests: list[Sequence[Any]],
) -> Opportunity:
    """A record from the column values of an opportunity row (plus ``organization_name``)
    and its grouped child rows (parent id first). ``values`` is consumed."""
    values.pop("organization_id", None)
    values["organization"] = values.pop("organization_name", None) or ""
    values["scope"] = _SCOPES[values["scope"]]
    values["commitment"] = _COMMITMENTS[values["commitment"]]
    values["status"] = _STATUSES[values["status"]]
    return Opportunity(
        translations={t[1]: Translation(t[2], t[3]) for t in translations},
        districts=tuple(d[1] for d in districts),
        languages=tuple(language_need(lang[1], lang[2], lang[3]) for lang in languages),
        interests=tuple(i[1] for i in interests),
        **values,
    )


def volunteer_record(
    values: dict[str, Any],
    languages: list[Sequence[Any]],
    travel: list[Sequence[Any]],
    interests: list[Sequence[Any]],
) -> Volunteer:
    """A record from the column values of a volunteer row and its grouped child rows."""
    return Volunteer(
        travel_districts=tuple(t[1] for t in travel),
        languages=tuple(language_skill(s[1], s[2]) for s in languages),
        interest_tags=tuple(i[1] for i in interests),
        **values,
    )
