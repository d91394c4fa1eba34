"""Between domain records and table rows: column values out of records, records out of rows."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import chain, compress, count, repeat
from operator import add, attrgetter
from typing import Any

from volmatch.domain import (
    Commitment,
    LanguageNeed,
    LanguageSkill,
    Level,
    Opportunity,
    Placement,
    PlacementState,
    Scope,
    Status,
    Volunteer,
)
from volmatch.storage import models

# records out of rows: in records.py, which loads without SQLAlchemy
from volmatch.storage.records import (  # noqa: F401 - re-exported
    group,
    language_need,
    language_skill,
    level,
    opportunity_record,
    volunteer_record,
)

OPPORTUNITY_SCALARS = (
    "title",
    "description",
    "source_lang",
    "district_text",
    "address",
    "latitude",
    "longitude",
    "start_date",
    "end_date",
    "schedule",
    "schedule_mask",
    "capacity",
    "min_age",
    "accessibility",
    "contact_email",
    "contact_phone",
    "url",
    "valid_until",
    "notes",
)
VOLUNTEER_SCALARS = (
    "name",
    "email",
    "phone",
    "district",
    "district_text",
    "interests_text",
    "availability",
    "availability_mask",
    "available_from",
    "available_until",
    "birth_year",
    "consent_date",
    "consent_scope",
    "notes",
)


def external_id(value: str | None) -> str | None:
    """An empty external id is no id: it must not collide with other empty ones."""
    value = (value or "").strip()
    return value or None


def unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(filter(None, items)))  # the first of each, in order


def opportunity_values(record: Opportunity) -> dict[str, Any]:
    """Column values of the opportunity row itself (no id, organisation or timestamps)."""
    values = {name: getattr(record, name) for name in OPPORTUNITY_SCALARS}
    values["external_id"] = external_id(record.external_id)
    values["scope"] = Scope(record.scope).value
    values["commitment"] = Commitment(record.commitment).value
    values["status"] = Status(record.status).value
    return values


def volunteer_values(record: Volunteer) -> dict[str, Any]:
    values = {name: getattr(record, name) for name in VOLUNTEER_SCALARS}
    values["external_id"] = external_id(record.external_id)
    values["district"] = record.district or None
    return values


def opportunity_children(parent_id: int, record: Opportunity) -> dict[Any, list[dict[str, Any]]]:
    """Rows of each child table for one opportunity; duplicates dropped, order kept."""
    languages: dict[str, LanguageNeed] = {}
    for need in record.languages:
        languages.setdefault(need.code, need)
    return {
        models.OpportunityTranslation.__table__: [
            {
                "opportunity_id": parent_id,
                "lang": lang,
                "title": t.title,
                "description": t.description,
            }
            for lang, t in record.translations.items()
        ],
        models.OpportunityDistrict.__table__: [
            {"opportunity_id": parent_id, "district": d, "position": i}
            for i, d in enumerate(unique(record.districts))
        ],
        models.OpportunityLanguage.__table__: [
            {
                "opportunity_id": parent_id,
                "code": n.code,
                "min_level": None if n.min_level is None else int(n.min_level),
                "required": bool(n.required),
                "position": i,
            }
            for i, n in enumerate(languages.values())
        ],
        models.OpportunityInterest.__table__: [
            {"opportunity_id": parent_id, "tag": t, "position": i}
            for i, t in enumerate(unique(record.interests))
        ],
    }


def volunteer_children(parent_id: int, record: Volunteer) -> dict[Any, list[dict[str, Any]]]:
    languages: dict[str, LanguageSkill] = {}
    for skill in record.languages:
        languages.setdefault(skill.code, skill)
    return {
        models.VolunteerLanguage.__table__: [
            {
                "volunteer_id": parent_id,
                "code": s.code,
                "level": None if s.level is None else int(s.level),
                "position": i,
            }
            for i, s in enumerate(languages.values())
        ],
        models.VolunteerTravelDistrict.__table__: [
            {"volunteer_id": parent_id, "district": d, "position": i}
            for i, d in enumerate(unique(record.travel_districts))
        ],
        models.VolunteerInterest.__table__: [
            {"volunteer_id": parent_id, "tag": t, "position": i}
            for i, t in enumerate(unique(record.interest_tags))
        ],
    }


# --- the bulk path: column lists and child tuples for many records at once -----------------

OPPORTUNITY_CHILD_COLUMNS = {
    models.OpportunityTranslation.__table__: ("opportunity_id", "lang", "title", "description"),
    models.OpportunityDistrict.__table__: ("opportunity_id", "district", "position"),
    models.OpportunityLanguage.__table__: (
        "opportunity_id",
        "code",
        "min_level",
        "required",
        "position",
    ),
    models.OpportunityInterest.__table__: ("opportunity_id", "tag", "position"),
}
VOLUNTEER_CHILD_COLUMNS = {
    models.VolunteerLanguage.__table__: ("volunteer_id", "code", "level", "position"),
    models.VolunteerTravelDistrict.__table__: ("volunteer_id", "district", "position"),
    models.VolunteerInterest.__table__: ("volunteer_id", "tag", "position"),
}


def _enum_values(kind: Any, values: list[Any]) -> list[Any]:
    # A few distinct values among many rows: convert each distinct one once.
    done = {v: kind(v).value for v in set(values)}
    return list(map(done.__getitem__, values))


def opportunity_columns(records: Sequence[Opportunity]) -> dict[str, list[Any]]:
    """:func:`opportunity_values` of many records, one list per column."""
    columns = {name: list(map(attrgetter(name), records)) for name in OPPORTUNITY_SCALARS}
    columns["external_id"] = [external_id(r.external_id) for r in records]
    columns["scope"] = _enum_values(Scope, [r.scope for r in records])
    columns["commitment"] = _enum_values(Commitment, [r.commitment for r in records])
    columns["status"] = _enum_values(Status, [r.status for r in records])
    return columns


def volunteer_columns(records: Sequence[Volunteer]) -> dict[str, list[Any]]:
    """:func:`volunteer_values` of many records, one list per column."""
    columns = {name: list(map(attrgetter(name), records)) for name in VOLUNTEER_SCALARS}
    columns["external_id"] = [external_id(r.external_id) for r in records]
    columns["district"] = [d or None for d in columns["district"]]
    return columns


def _positioned(cache: dict[tuple, tuple], items: tuple[str, ...]) -> tuple:
    # Many records share their districts or tags: dedupe each distinct tuple once.
    found = cache.get(items)
    if found is None:
        found = cache[items] = tuple(zip(unique(items), count()))
    return found


def _needs(cache: dict[tuple, tuple], needs: tuple[LanguageNeed, ...]) -> tuple:
    found = cache.get(needs)
    if found is None:
        first: dict[str, LanguageNeed] = {}
        for need in needs:
            first.setdefault(need.code, need)
        found = cache[needs] = tuple(
            (n.code, None if n.min_level is None else int(n.min_level), bool(n.required), i)
            for i, n in enumerate(first.values())
        )
    return found


def _skills(cache: dict[tuple, tuple], skills: tuple[LanguageSkill, ...]) -> tuple:
    found = cache.get(skills)
    if found is None:
        first: dict[str, LanguageSkill] = {}
        for skill in skills:
            first.setdefault(skill.code, skill)
        found = cache[skills] = tuple(
            (s.code, None if s.level is None else int(s.level), i)
            for i, s in enumerate(first.values())
        )
    return found


def opportunity_child_rows(
    ids: Sequence[int], records: Sequence[Opportunity]
) -> dict[Any, tuple[tuple[str, ...], list[tuple[Any, ...]]]]:
    """:func:`opportunity_children` of many records: per child table, its column names
    (:data:`OPPORTUNITY_CHILD_COLUMNS`) and its rows as tuples."""
    if len(ids) != len(records):
        raise ValueError(f"{len(ids)} ids for {len(records)} records")
    translations: list[tuple[Any, ...]] = []
    pairs = zip(ids, records, strict=True)
    for pid, record in compress(pairs, map(attrgetter("translations"), records)):
        translations.extend(
            (pid, lang, t.title, t.description) for lang, t in record.translations.items()
        )
    districts = _child_rows(ids, map(attrgetter("districts"), records), _positioned)
    languages = _child_rows(ids, map(attrgetter("languages"), records), _needs)
    interests = _child_rows(ids, map(attrgetter("interests"), records), _positioned)
    return {
        table: (names, rows)
        for (table, names), rows in zip(
            OPPORTUNITY_CHILD_COLUMNS.items(),
            (translations, districts, languages, interests),
            strict=True,
        )
    }


def _child_rows(ids: Sequence[int], values: Iterable[Any], rows_of: Any) -> list[tuple]:
    """(parent id, *row) for each record's ``rows_of`` its value, in record order.

    Many records share their districts, languages or tags, and records read from one
    file share the very tuple: each distinct tuple is worked out once (by identity, then
    by value), and the rows are joined to their parent ids without a Python loop."""
    values = list(values)
    keys = list(map(id, values))
    cache: dict[tuple, tuple] = {}
    distinct = dict(zip(keys, values, strict=True))
    done = {key: rows_of(cache, tuple(value)) if value else () for key, value in distinct.items()}
    tails = list(map(done.__getitem__, keys))
    parents = chain.from_iterable(map(repeat, ids, map(len, tails)))
    return list(map(add, zip(parents), chain.from_iterable(tails)))


def volunteer_child_rows(
    ids: Sequence[int], records: Sequence[Volunteer]
) -> dict[Any, tuple[tuple[str, ...], list[tuple[Any, ...]]]]:
    """:func:`volunteer_children` of many records, like :func:`opportunity_child_rows`."""
    if len(ids) != len(records):
        raise ValueError(f"{len(ids)} ids for {len(records)} records")
    languages = _child_rows(ids, map(attrgetter("languages"), records), _skills)
    travel = _child_rows(ids, map(attrgetter("travel_districts"), records), _positioned)
    interests = _child_rows(ids, map(attrgetter("interest_tags"), records), _positioned)
    return {
        table: (names, rows)
        for (table, names), rows in zip(
            VOLUNTEER_CHILD_COLUMNS.items(), (languages, travel, interests), strict=True
        )
    }


def placement_record(row: models.Placement) -> Placement:
    return Placement(
        id=row.id,
        volunteer_id=row.volunteer_id,
        opportunity_id=row.opportunity_id,
        state=PlacementState(row.state),
        created_by=row.created_by,
        notes=row.notes,
        created_at=row.created_at,
        updated_at=row.updated_at,
        version=row.version,
        follow_up_on=row.follow_up_on,
        hours=row.hours,
        changed_by=row.changed_by or "",
        state_since=row.state_since,
    )


def needs_text(languages: list[Sequence[Any]]) -> str:
    """ "uk:B2 cs": required languages with their minimum level, welcome ones bare."""
    parts = []
    for _pid, code, min_level, required in languages:
        if required and min_level is not None:
            parts.append(f"{code}:{Level(min_level).label}")
        else:
            parts.append(code)
    return " ".join(parts)


def skills_text(languages: list[Sequence[Any]]) -> str:
    """ "uk:native cs:B1 en" for a volunteer's languages."""
    return " ".join(
        code if lvl is None else f"{code}:{Level(lvl).label}" for _pid, code, lvl in languages
    )
