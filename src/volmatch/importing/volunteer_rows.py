"""One canonical CSV row -> a Volunteer and the Issues found in it."""

from __future__ import annotations

import datetime as dt

from volmatch.domain import Volunteer
from volmatch.errors import Issue, Problem, Severity
from volmatch.importing import values as v
from volmatch.importing.columns import ColumnMap
from volmatch.importing.context import Reference, located
from volmatch.importing.places import resolve_places
from volmatch.text import clean

LIMITS = {
    "external_id": 200,
    "name": 300,
    "email": 320,
    "phone": 64,
    "district": 500,
    "availability": 500,
    "consent_scope": 500,
}


def parse_volunteer(
    row: list[str], rownum: int, cols: ColumnMap, ref: Reference
) -> tuple[Volunteer | None, list[Issue]]:
    """The record (None when an ERROR makes the row unusable) and every issue of the row.

    Interests are free text: the text is kept whole and the tags found in it are
    derived, so a word the taxonomy does not know is only a warning.
    """
    issues: list[Issue] = []

    def cell(name: str) -> str:
        return clean(cols.cell(row, name))

    def col(name: str) -> str:
        return cols.header_of(name)

    def keep(issue: Issue | None) -> None:
        if issue is not None:
            issues.append(issue)

    for name, limit in LIMITS.items():
        keep(v.check_length(cell(name), limit, col(name), rownum))

    external_id = cell("external_id") or None
    if external_id is None:
        issues.append(
            Issue(
                Problem.REQUIRED,
                column=col("external_id"),
                row=rownum,
                expected="an identifier such as VOL-001 (without it every import adds the person again)",
                severity=Severity.WARNING,
            )
        )
    name = cell("name")
    if not name:
        issues.append(
            Issue(Problem.REQUIRED, column=col("name"), row=rownum, expected="the volunteer's name")
        )
    email, issue = v.parse_email(cell("email"), col("email"), rownum)
    keep(issue)

    district: str | None = None
    travel: list[str] = []
    district_text = cell("district")
    if district_text:
        home, found = resolve_places(ref.gazetteer, district_text, col("district"), rownum)
        issues.extend(found)
        if home.districts:
            # An ambiguous place (Žižkov) or several places: the first is home, the rest travel.
            district = home.districts[0]
            travel.extend(home.districts[1:])
    travel_cell = cell("travel_districts")
    if travel_cell:
        more, found = resolve_places(ref.gazetteer, travel_cell, col("travel_districts"), rownum)
        issues.extend(found)
        if more.citywide:
            travel.extend(ref.gazetteer.municipal_districts)
        travel.extend(more.districts)
    travel_districts = tuple(dict.fromkeys(d for d in travel if d != district))

    languages, found = ref.languages.parse_skills(
        cols.cell(row, "languages"), col("languages"), rownum
    )
    issues.extend(found)

    interests_text = cell("interests")
    tags: tuple[str, ...] = ()
    if interests_text:
        tags, found = ref.taxonomy.parse_tags(interests_text, col("interests"), rownum)
        issues.extend(located(found, col("interests"), rownum, Severity.WARNING))

    availability = cell("availability")
    mask = 0
    if availability:
        mask, found = ref.availability(availability)
        issues.extend(located(found, col("availability"), rownum, Severity.WARNING, rename=True))

    consent, issue = v.parse_date(cell("consent_date"), col("consent_date"), rownum)
    keep(issue)
    if consent and consent > dt.date.today():
        issues.append(
            Issue(
                Problem.BAD_DATE,
                column=col("consent_date"),
                row=rownum,
                value=cell("consent_date"),
                expected="the day consent was given (it cannot be in the future)",
            )
        )
    this_year = dt.date.today().year
    birth_year, issue = v.parse_int(cell("birth_year"), col("birth_year"), rownum, 1900, this_year)
    keep(issue)

    if any(i.severity is Severity.ERROR for i in issues):
        return None, issues
    return (
        Volunteer(
            name=name,
            external_id=external_id,
            email=email,
            phone=cell("phone"),
            district=district,
            district_text=district_text,
            travel_districts=travel_districts,
            languages=tuple(languages),
            interests_text=interests_text,
            interest_tags=tuple(tags),
            availability=availability,
            availability_mask=mask,
            birth_year=birth_year,
            consent_date=consent,
            consent_scope=cell("consent_scope"),
            notes=cell("notes"),
        ),
        issues,
    )
