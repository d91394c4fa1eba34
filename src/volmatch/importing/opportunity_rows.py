"""One canonical CSV row -> an Opportunity and the Issues found in it."""

from __future__ import annotations

import re
from functools import partial

from volmatch.domain import Commitment, Opportunity, Status, Translation
from volmatch.errors import Issue, Problem, Severity
from volmatch.importing import values as v
from volmatch.importing.columns import OPPORTUNITY_COLUMNS, OPPORTUNITY_EXTRA, ColumnMap
from volmatch.importing.context import MEMO, Reference, at_row, located
from volmatch.importing.places import resolve_places
from volmatch.text import clean

# Database column sizes (storage.models); longer text cannot be stored.
LIMITS = {
    "external_id": 200,
    "title": 500,
    "organization": 300,
    "district": 500,
    "address": 500,
    "schedule": 500,
    "contact_phone": 64,
    "url": 2048,
}

# Fields read from a row, in the order parse_opportunity unpacks them.
FIELDS = OPPORTUNITY_COLUMNS + OPPORTUNITY_EXTRA
_LIMITED = tuple((FIELDS.index(name), name, limit) for name, limit in LIMITS.items())
# Any white space but the plain space: a cell holding one may need cleaning.
_ODD_SPACE = re.compile(
    "[" + "".join(chr(c) for c in range(0x3001) if chr(c).isspace() and c != 32) + "]"
)
_PLANS: dict[int, tuple] = {}
# Parsed cells by text, one dict per field (emptied by parse_table before and after a file).
_DISTRICT = MEMO.field("opportunity.district")
_REQUIRED = MEMO.field("opportunity.languages_required")
_WELCOME = MEMO.field("opportunity.languages_welcome")
_INTERESTS = MEMO.field("opportunity.interests")
_COMMITMENT = MEMO.field("opportunity.commitment")
_STATUS = MEMO.field("opportunity.status")
_START = MEMO.field("opportunity.start_date")
_END = MEMO.field("opportunity.end_date")
_VALID = MEMO.field("opportunity.valid_until")
_CAPACITY = MEMO.field("opportunity.capacity")
_MIN_AGE = MEMO.field("opportunity.min_age")
_EMAIL = MEMO.field("opportunity.contact_email")
_URL = MEMO.field("opportunity.url")
_SCHEDULE = MEMO.field("opportunity.schedule")
# (required, welcome) cells -> the listing's languages: one shared tuple per pair of cells
_LANGUAGES = MEMO.field("opportunity.languages")


def _plan(cols: ColumnMap) -> tuple:
    """Per column map (cached): the file column of each of FIELDS and their header names."""
    cached = _PLANS.get(id(cols))
    if cached is None or cached[0] is not cols:
        if len(_PLANS) > 64:
            _PLANS.clear()
        headers = cols.headers()
        positions = tuple(cols.index.get(name) for name in FIELDS)
        names = {name: headers.get(name, name) for name in FIELDS}
        cached = _PLANS[id(cols)] = (cols, positions, names)
    return cached[1], cached[2]


def may_need_cleaning(joined: str) -> bool:
    """Whether a cell of cells joined by NUL may change under quick_clean: a space at an
    end of one, two spaces or other white space."""
    return bool(
        "  " in joined
        or " \x00" in joined
        or "\x00 " in joined
        or joined[:1] == " "
        or joined[-1:] == " "
        or _ODD_SPACE.search(joined)
    )


def _clean_cells(cells: list[str]) -> list[str]:
    """quick_clean of every cell, skipped as a whole when no cell can need it."""
    if may_need_cleaning("\x00".join(cells)):
        return [v.quick_clean(c) for c in cells]
    return cells


def _needs(catalogue, required: bool, text: str, column: str, row: int | None):
    return catalogue.parse_needs(text, required, column, row)


def _parse_interests(taxonomy, text: str, column: str, row: int | None):
    """Tag ids then free keywords (kept as written; a warning, never a refused row)."""
    tags, keywords, issues = taxonomy.parse_interests(text, column, row)
    return tags + keywords, issues


def _capacity(text: str, column: str, row: int | None):
    return v.parse_int(text, column, row, 1, 10_000)


def _min_age(text: str, column: str, row: int | None):
    return v.parse_int(text, column, row, 0, 99)


def _schedule(availability, text: str, column: str, row: int | None):
    mask, found = availability(text)
    # The parser names its own column; the file's column is the one to show.
    return mask, located(found, column, row, Severity.WARNING, rename=True)


def _languages(required: tuple, welcome: tuple) -> tuple:
    if not welcome:
        return tuple(required)
    required_codes = {n.code for n in required}
    return tuple(required) + tuple(n for n in welcome if n.code not in required_codes)


def _required(column: str, row: int, expected: str, severity: Severity = Severity.ERROR) -> Issue:
    return Issue(Problem.REQUIRED, column=column, row=row, expected=expected, severity=severity)


def parse_opportunity(
    row: list[str], rownum: int, cols: ColumnMap, ref: Reference
) -> tuple[Opportunity | None, list[Issue]]:
    """The record (None when an ERROR makes the row unusable) and every issue of the row.

    Cells repeated across rows (places, languages, tags, dates, choices) are parsed once
    per file (:data:`MEMO`); their issues come back placed on the asking row.
    """
    issues: list[Issue] = []
    positions, col = _plan(cols)
    width = len(row)
    raw = [row[i] if i is not None and i < width else "" for i in positions]
    cells = _clean_cells(raw)
    (
        external_id,
        title,
        organization,
        description,
        district_text,
        _required_langs,
        _welcome_langs,
        _interests,
        commitment_text,
        start_text,
        end_text,
        capacity_text,
        min_age_text,
        email_text,
        url_text,
        status_text,
        address,
        schedule,
        valid_text,
        accessibility,
        contact_phone,
        latitude_text,
        longitude_text,
        notes,
    ) = cells
    compute = MEMO.compute

    for i, name, limit in _LIMITED:
        if len(cells[i]) > limit:
            issues.append(v.check_length(cells[i], limit, col[name], rownum))

    if not external_id:
        external_id = None
        issues.append(
            _required(
                col["external_id"],
                rownum,
                "an identifier such as OPP-001 (without it every import adds the row again)",
                Severity.WARNING,
            )
        )
    if not title:
        issues.append(_required(col["title"], rownum, "the title of the listing"))
    if not organization:
        issues.append(
            _required(col["organization"], rownum, "the name of the organization that offers it")
        )

    if district_text:
        places, found = _DISTRICT.get(district_text) or compute(
            _DISTRICT,
            district_text,
            rownum,
            partial(resolve_places, ref.gazetteer),
            col["district"],
        )
        if found:
            issues.extend(at_row(found, rownum))
    else:
        places = None
        issues.append(
            _required(
                col["district"],
                rownum,
                "a district such as Praha 7 or Holešovice, or citywide / remote (celá Praha / online)",
            )
        )

    # Language and tag cells are parsed as written (their parsers trim them).
    catalogue = ref.languages
    required, found = _REQUIRED.get(raw[5]) or compute(
        _REQUIRED, raw[5], rownum, partial(_needs, catalogue, True), col["languages_required"]
    )
    if found:
        issues.extend(at_row(found, rownum))
    welcome, found = _WELCOME.get(raw[6]) or compute(
        _WELCOME, raw[6], rownum, partial(_needs, catalogue, False), col["languages_welcome"]
    )
    if found:
        issues.extend(at_row(found, rownum))
    languages = _LANGUAGES.get((raw[5], raw[6]))
    if languages is None:
        languages = _LANGUAGES[raw[5], raw[6]] = _languages(required, welcome)

    interests, found = _INTERESTS.get(raw[7]) or compute(
        _INTERESTS, raw[7], rownum, partial(_parse_interests, ref.taxonomy), col["interests"]
    )
    if found:
        issues.extend(at_row(found, rownum))

    commitment, found = _COMMITMENT.get(commitment_text) or compute(
        _COMMITMENT, commitment_text, rownum, v.parse_commitment, col["commitment"]
    )
    if found:
        issues.extend(at_row(found, rownum))
    status, found = _STATUS.get(status_text) or compute(
        _STATUS, status_text, rownum, v.parse_status, col["status"]
    )
    if found:
        issues.extend(at_row(found, rownum))
    start, found = _START.get(start_text) or compute(
        _START, start_text, rownum, v.parse_date, col["start_date"]
    )
    if found:
        issues.extend(at_row(found, rownum))
    end, found = _END.get(end_text) or compute(
        _END, end_text, rownum, v.parse_date, col["end_date"]
    )
    if found:
        issues.extend(at_row(found, rownum))
    if start and end and end < start:
        issues.append(
            Issue(
                Problem.DATE_ORDER,
                column=col["end_date"],
                row=rownum,
                value=end_text,
                expected=f"a date on or after the start date {start:%-d. %-m. %Y}",
            )
        )
    valid_until, found = _VALID.get(valid_text) or compute(
        _VALID, valid_text, rownum, v.parse_date, col["valid_until"]
    )
    if found:
        issues.extend(at_row(found, rownum))
    capacity, found = _CAPACITY.get(capacity_text) or compute(
        _CAPACITY, capacity_text, rownum, _capacity, col["capacity"]
    )
    if found:
        issues.extend(at_row(found, rownum))
    min_age, found = _MIN_AGE.get(min_age_text) or compute(
        _MIN_AGE, min_age_text, rownum, _min_age, col["min_age"]
    )
    if found:
        issues.extend(at_row(found, rownum))
    email, found = _EMAIL.get(email_text) or compute(
        _EMAIL, email_text, rownum, v.parse_email, col["contact_email"]
    )
    if found:
        issues.extend(at_row(found, rownum))
    url, found = _URL.get(url_text) or compute(_URL, url_text, rownum, v.parse_url, col["url"])
    if found:
        issues.extend(at_row(found, rownum))
    latitude = longitude = None
    if latitude_text:
        latitude, issue = v.parse_float(latitude_text, col["latitude"], rownum, -90, 90)
        if issue is not None:
            issues.append(issue)
    if longitude_text:
        longitude, issue = v.parse_float(longitude_text, col["longitude"], rownum, -180, 180)
        if issue is not None:
            issues.append(issue)

    schedule_mask = 0
    if schedule:
        schedule_mask, found = _SCHEDULE.get(schedule) or compute(
            _SCHEDULE, schedule, rownum, partial(_schedule, ref.availability), col["schedule"]
        )
        if found:
            issues.extend(at_row(found, rownum))

    translations: dict[str, Translation] = {}
    if cols.translations:
        translations = _translations(row, rownum, cols, issues)

    if places is None or (issues and any(i.severity is Severity.ERROR for i in issues)):
        return None, issues
    return (
        Opportunity(
            title=title,
            organization=organization,
            description=description,
            external_id=external_id,
            translations=translations,
            scope=places.scope,
            districts=places.districts,
            district_text=district_text,
            address=address,
            latitude=latitude,
            longitude=longitude,
            languages=languages,
            interests=tuple(interests),
            commitment=commitment or Commitment.REGULAR,
            start_date=start,
            end_date=end,
            schedule=schedule,
            schedule_mask=schedule_mask,
            capacity=capacity,
            min_age=min_age,
            accessibility=accessibility,
            contact_email=email,
            contact_phone=contact_phone,
            url=url,
            status=status or Status.DRAFT,
            valid_until=valid_until,
            notes=notes,
        ),
        issues,
    )


def _translations(
    row: list[str], rownum: int, cols: ColumnMap, issues: list[Issue]
) -> dict[str, Translation]:
    translations: dict[str, Translation] = {}
    for lang, (title_i, desc_i) in sorted(cols.translations.items()):
        t_title = clean(row[title_i]) if title_i is not None and title_i < len(row) else ""
        t_desc = clean(row[desc_i]) if desc_i is not None and desc_i < len(row) else ""
        if t_title:
            issue = v.check_length(t_title, LIMITS["title"], cols.header[title_i].strip(), rownum)
            if issue is not None:
                issues.append(issue)
            translations[lang] = Translation(t_title, t_desc)
        elif t_desc:
            issues.append(
                Issue(
                    Problem.REQUIRED,
                    column=cols.header[title_i].strip() if title_i is not None else f"title_{lang}",
                    row=rownum,
                    expected=f"a title for the '{lang}' translation (the translation is left out)",
                    severity=Severity.WARNING,
                )
            )
    return translations
