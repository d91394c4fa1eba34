"""One canonical CSV row -> an Opportunity and the Issues found in it."""

from __future__ import annotations

from volmatch.domain import Commitment, Opportunity, Status, Translation
from volmatch.errors import Issue, Problem, Severity
from volmatch.importing import values as v
from volmatch.importing.columns import ColumnMap
from volmatch.importing.context import MEMO, Reference, located
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


def parse_opportunity(
    row: list[str], rownum: int, cols: ColumnMap, ref: Reference
) -> tuple[Opportunity | None, list[Issue]]:
    """The record (None when an ERROR makes the row unusable) and every issue of the row."""
    issues: list[Issue] = []
    width = len(row)
    # Every cell of the row cleaned once; most are clean already and cost a regex search.
    cleaned = {name: v.quick_clean(row[i]) if i < width else "" for name, i in cols.index.items()}
    headers = cols.headers()

    def cell(name: str) -> str:
        return cleaned.get(name, "")

    def col(name: str) -> str:
        return headers.get(name, name)

    def memo(what: str, name: str, compute):
        return MEMO.get((what, name, cleaned.get(name, "")), rownum, compute)

    def keep(issue: Issue | None) -> None:
        if issue is not None:
            issues.append(issue)

    for name, limit in LIMITS.items():
        if len(cleaned.get(name, "")) > limit:
            keep(v.check_length(cell(name), limit, col(name), rownum))

    external_id = cell("external_id") or None
    if external_id is None:
        issues.append(
            Issue(
                Problem.REQUIRED,
                column=col("external_id"),
                row=rownum,
                expected="an identifier such as OPP-001 (without it every import adds the row again)",
                severity=Severity.WARNING,
            )
        )
    title = cell("title")
    if not title:
        issues.append(
            Issue(
                Problem.REQUIRED,
                column=col("title"),
                row=rownum,
                expected="the title of the listing",
            )
        )
    organization = cell("organization")
    if not organization:
        issues.append(
            Issue(
                Problem.REQUIRED,
                column=col("organization"),
                row=rownum,
                expected="the name of the organization that offers it",
            )
        )

    district_text = cell("district")
    if district_text:
        places, place_issues = memo(
            "places",
            "district",
            lambda: resolve_places(ref.gazetteer, district_text, col("district"), rownum),
        )
        issues.extend(place_issues)
    else:
        places = None
        issues.append(
            Issue(
                Problem.REQUIRED,
                column=col("district"),
                row=rownum,
                expected="a district such as Praha 7 or Holešovice, or citywide / remote (celá Praha / online)",
            )
        )

    required, found = memo(
        "needs",
        "languages_required",
        lambda: ref.languages.parse_needs(
            cols.cell(row, "languages_required"), True, col("languages_required"), rownum
        ),
    )
    issues.extend(found)
    welcome, found = memo(
        "needs",
        "languages_welcome",
        lambda: ref.languages.parse_needs(
            cols.cell(row, "languages_welcome"), False, col("languages_welcome"), rownum
        ),
    )
    issues.extend(found)
    required_codes = {n.code for n in required}
    languages = tuple(required) + tuple(n for n in welcome if n.code not in required_codes)

    interests, found = memo(
        "tags",
        "interests",
        lambda: ref.taxonomy.parse_tags(cols.cell(row, "interests"), col("interests"), rownum),
    )
    issues.extend(found)

    commitment, found = memo(
        "commitment",
        "commitment",
        lambda: v.parse_commitment(cell("commitment"), col("commitment"), rownum),
    )
    issues.extend(found)
    status, found = memo(
        "status", "status", lambda: v.parse_status(cell("status"), col("status"), rownum)
    )
    issues.extend(found)
    start, found = memo(
        "date", "start_date", lambda: v.parse_date(cell("start_date"), col("start_date"), rownum)
    )
    issues.extend(found)
    end, found = memo(
        "date", "end_date", lambda: v.parse_date(cell("end_date"), col("end_date"), rownum)
    )
    issues.extend(found)
    if start and end and end < start:
        issues.append(
            Issue(
                Problem.DATE_ORDER,
                column=col("end_date"),
                row=rownum,
                value=cell("end_date"),
                expected=f"a date on or after the start date {start:%-d. %-m. %Y}",
            )
        )
    valid_until, found = memo(
        "date", "valid_until", lambda: v.parse_date(cell("valid_until"), col("valid_until"), rownum)
    )
    issues.extend(found)
    capacity, found = memo(
        "capacity",
        "capacity",
        lambda: v.parse_int(cell("capacity"), col("capacity"), rownum, 1, 10_000),
    )
    issues.extend(found)
    min_age, found = memo(
        "min_age", "min_age", lambda: v.parse_int(cell("min_age"), col("min_age"), rownum, 0, 99)
    )
    issues.extend(found)
    email, found = memo(
        "email",
        "contact_email",
        lambda: v.parse_email(cell("contact_email"), col("contact_email"), rownum),
    )
    issues.extend(found)
    url, found = memo("url", "url", lambda: v.parse_url(cell("url"), col("url"), rownum))
    issues.extend(found)
    latitude, issue = v.parse_float(cell("latitude"), col("latitude"), rownum, -90, 90)
    keep(issue)
    longitude, issue = v.parse_float(cell("longitude"), col("longitude"), rownum, -180, 180)
    keep(issue)

    schedule = cell("schedule")
    schedule_mask = 0
    if schedule:
        schedule_mask, found = memo("schedule", "schedule", lambda: ref.availability(schedule))
        # The parser names its own column; the file's column is the one to show.
        issues.extend(located(found, col("schedule"), rownum, Severity.WARNING, rename=True))

    translations: dict[str, Translation] = {}
    for lang, (title_i, desc_i) in sorted(cols.translations.items()):
        t_title = clean(row[title_i]) if title_i is not None and title_i < len(row) else ""
        t_desc = clean(row[desc_i]) if desc_i is not None and desc_i < len(row) else ""
        if t_title:
            keep(v.check_length(t_title, LIMITS["title"], cols.header[title_i].strip(), rownum))
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

    if any(i.severity is Severity.ERROR for i in issues) or places is None:
        return None, issues
    return (
        Opportunity(
            title=title,
            organization=organization,
            description=cell("description"),
            external_id=external_id,
            translations=translations,
            scope=places.scope,
            districts=places.districts,
            district_text=district_text,
            address=cell("address"),
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
            accessibility=cell("accessibility"),
            contact_email=email,
            contact_phone=cell("contact_phone"),
            url=url,
            status=status or Status.DRAFT,
            valid_until=valid_until,
            notes=cell("notes"),
        ),
        issues,
    )
