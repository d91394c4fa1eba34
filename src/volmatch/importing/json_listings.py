"""Reading volmatch's own JSON export (listings-1.0) back into Opportunity records.

A round trip keeps the external_id and every public field; what the export never
carries (internal notes, the status of unpublished listings) cannot come back, and the
listings come in as published, since only published listings are exported.
Issues name the listing by its position in the file (row 1 = the first listing).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from volmatch.domain import (
    DAY_PARTS,
    MAX_YEAR,
    MIN_YEAR,
    WEEKDAYS,
    Commitment,
    LanguageNeed,
    Level,
    Opportunity,
    Scope,
    Status,
    Translation,
    slot_bit,
)
from volmatch.errors import InputError, Issue, Problem, Severity
from volmatch.importing.canonical import ImportResult
from volmatch.importing.columns import Kind
from volmatch.importing.context import Reference, default_reference
from volmatch.importing.guard import check_file_size

SCHEMA_PREFIX = "https://volmatch.example/schemas/listings-1."
_LEVELS = {level.label: level for level in Level}


class _Bad(ValueError):
    def __init__(self, column: str, value: Any, expected: str) -> None:
        super().__init__(column)
        self.issue_args = (column, "" if value is None else str(value)[:60], expected)


def _date(item: dict, name: str) -> dt.date | None:
    value = item.get(name)
    if value is None:
        return None
    try:
        day = dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise _Bad(name, value, "a date like 2026-03-01 or null") from None
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise _Bad(name, value, f"a date between {MIN_YEAR} and {MAX_YEAR}")
    return day


def _time(item: dict, name: str) -> dt.datetime | None:
    value = item.get(name)
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        raise _Bad(name, value, "a time like 2026-03-01T10:00:00Z") from None


def _int(item: dict, name: str) -> int | None:
    value = item.get(name)
    if value is None or (isinstance(value, int) and not isinstance(value, bool) and value >= 0):
        return value
    raise _Bad(name, value, "a whole number or null")


def _float(item: dict, name: str) -> float | None:
    value = item.get(name)
    if value is None or (isinstance(value, int | float) and not isinstance(value, bool)):
        return value
    raise _Bad(name, value, "a number or null")


def _choice(enum: type, item: dict, name: str) -> Any:
    try:
        return enum(item.get(name))
    except ValueError:
        raise _Bad(name, item.get(name), " / ".join(e.value for e in enum)) from None


def _mask(slots: Any) -> int:
    mask = 0
    for slot in slots or []:
        try:
            mask |= slot_bit(WEEKDAYS.index(slot["day"]), DAY_PARTS.index(slot["part"]))
        except (KeyError, TypeError, ValueError):
            raise _Bad("schedule_slots", slot, '{"day": "mon", "part": "evening"}') from None
    return mask


def listing_record(item: dict, ref: Reference, row: int) -> tuple[Opportunity, list[Issue]]:
    """One listing of the export as an Opportunity; _Bad for a value of the wrong shape."""
    issues: list[Issue] = []
    lang = str(item.get("lang") or "cs")
    texts = item.get("texts") or {}
    if not isinstance(texts, dict) or not texts:
        raise _Bad("texts", texts, 'an object like {"cs": {"title": ..., "description": ...}}')
    source = texts.get(lang) or next(iter(texts.values()))
    translations = {
        code: Translation(str(t.get("title", "")), str(t.get("description", "")))
        for code, t in texts.items()
        if code != lang and isinstance(t, dict) and t.get("title")
    }
    known = set(ref.gazetteer.municipal_districts)
    districts = []
    for d in item.get("districts") or []:
        name = d.get("name") if isinstance(d, dict) else d
        if name in known:
            districts.append(name)
        else:
            issues.append(
                Issue(
                    Problem.UNKNOWN_DISTRICT,
                    column="districts",
                    row=row,
                    value=str(name),
                    expected="a municipal district of the city, as exported (e.g. Praha 7)",
                    suggestions=ref.gazetteer.resolve(str(name)).suggestions[:3],
                )
            )
    languages = []
    for n in item.get("languages") or []:
        try:
            level = n.get("min_level")
            languages.append(
                LanguageNeed(
                    str(n["code"]), _LEVELS[level] if level else None, bool(n.get("required"))
                )
            )
        except (KeyError, TypeError, AttributeError):
            raise _Bad(
                "languages", n, '{"code": "uk", "min_level": "B1", "required": true}'
            ) from None
    interests = []
    for tag in item.get("interests") or []:
        if tag in ref.taxonomy.tags or ref.taxonomy.is_keyword(str(tag)):
            interests.append(str(tag))  # a free keyword travels as written
        else:
            issues.append(
                Issue(
                    Problem.UNKNOWN_INTEREST,
                    column="interests",
                    row=row,
                    value=str(tag),
                    expected="an interest id of the taxonomy (this one is left out)",
                    severity=Severity.WARNING,
                )
            )
    org = item.get("organization") or {}
    contact = item.get("contact") or {}
    record = Opportunity(
        title=str(source.get("title", "")),
        description=str(source.get("description", "")),
        organization=str(org.get("name", "") if isinstance(org, dict) else org),
        external_id=item.get("external_id") or None,
        source_lang=lang,
        translations=translations,
        scope=_choice(Scope, item, "scope"),
        districts=tuple(districts),
        district_text=str(item.get("district_text") or ""),
        address=str(item.get("address") or ""),
        latitude=_float(item, "latitude"),
        longitude=_float(item, "longitude"),
        languages=tuple(languages),
        interests=tuple(interests),
        commitment=_choice(Commitment, item, "commitment"),
        start_date=_date(item, "start_date"),
        end_date=_date(item, "end_date"),
        schedule=str(item.get("schedule") or ""),
        schedule_mask=_mask(item.get("schedule_slots")),
        capacity=_int(item, "capacity"),
        min_age=_int(item, "min_age"),
        accessibility=str(item.get("accessibility") or ""),
        contact_email=str(contact.get("email") or ""),
        contact_phone=str(contact.get("phone") or ""),
        url=str(item.get("url") or ""),
        status=Status.PUBLISHED,
        valid_until=_date(item, "valid_until"),
        created_at=_time(item, "created"),
    )
    return record, issues


def read_listings_json(
    path: Path | str, kind: Kind | str = Kind.OPPORTUNITIES, reference: Reference | None = None
) -> ImportResult:
    """Every listing of a volmatch JSON export; bad listings are errors naming their number."""
    result = ImportResult(kind=Kind(kind))

    def fail(expected: str, value: str = "") -> ImportResult:
        result.issues.append(
            Issue(Problem.FILE_UNREADABLE, value=value or Path(path).name, expected=expected)
        )
        return result

    if Kind(kind) is not Kind.OPPORTUNITIES:
        return fail("opportunities: a volmatch JSON export holds listings, never volunteers")
    try:
        check_file_size(Path(path))
        data = json.loads(Path(path).read_bytes().decode("utf-8-sig"))
    except InputError as exc:
        return fail(exc.issues[0].expected)
    except OSError as exc:
        return fail(f"a readable file ({exc.strerror or exc})")
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return fail(f"a volmatch JSON export (listings.json): {exc}")
    except (RecursionError, ValueError) as exc:  # nested too deep, a number too long
        return fail(f"a volmatch JSON export of plain JSON ({str(exc)[:80]})")
    schema = data.get("$schema", "") if isinstance(data, dict) else ""
    if not isinstance(schema, str) or not schema.startswith(SCHEMA_PREFIX):
        return fail(
            "a volmatch JSON export (listings.json, schema listings-1.x); for other JSON "
            "save the data as CSV or XLSX and use a mapping",
            str(schema)[:80],
        )
    ref = reference or default_reference()
    seen: dict[str, int] = {}
    listings = data.get("listings") or []
    if not isinstance(listings, list):
        return fail('"listings": a list of listing objects', type(listings).__name__)
    for row, item in enumerate(listings, start=1):
        result.rows += 1
        try:
            if not isinstance(item, dict):
                raise TypeError(item)
            record, found = listing_record(item, ref, row)
        except _Bad as bad:
            column, value, expected = bad.issue_args
            result.issues.append(
                Issue(Problem.BAD_CHOICE, column=column, row=row, value=value, expected=expected)
            )
            continue
        except (AttributeError, TypeError, ValueError, KeyError, OverflowError):
            result.issues.append(
                Issue(
                    Problem.FILE_UNREADABLE,
                    row=row,
                    value=str(item)[:60],
                    expected="a listing object as the schema describes",
                )
            )
            continue
        result.issues.extend(found)
        if record.external_id:
            if record.external_id in seen:
                result.issues.append(
                    Issue(
                        Problem.DUPLICATE_ID,
                        column="external_id",
                        row=row,
                        value=record.external_id,
                        expected=f"a unique identifier (listing {seen[record.external_id]} has it)",
                    )
                )
                continue
            seen[record.external_id] = row
        if not any(i.severity is Severity.ERROR and i.row == row for i in found):
            result.records.append(record)
            result.record_rows.append(row)
    return result
