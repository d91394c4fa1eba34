import datetime as dt

import pytest
from import_helpers import opportunity_row, volunteer_row

from volmatch.domain import (
    Commitment,
    LanguageNeed,
    LanguageSkill,
    Level,
    Scope,
    Status,
    Translation,
)
from volmatch.errors import Problem, Severity
from volmatch.importing import read_canonical_csv


def one(result):
    assert result.errors == [], [i.describe() for i in result.errors]
    assert len(result.records) == 1
    return result.records[0]


def test_a_full_opportunity_row(csv_file):
    row = opportunity_row(
        description="Pomozte dětem s češtinou.",
        languages_required="uk:B2, čeština B1",
        languages_welcome="English; ru",
        interests="doučování dětí",
        commitment="pravidelně",
        start_date="1. 3. 2026",
        end_date="2026-06-30",
        capacity="5",
        min_age="18",
        contact_email="info@example.org",
        url="https://example.org/doucovani",
        title_en="Tutoring children",
        description_en="Help children with Czech.",
        title_uk="Репетиторство",
        address="Komunardů 21",
        schedule="út a čt odpoledne",
        valid_until="30.6.2026",
        contact_phone="+420 555 100 101",
    )
    r = one(read_canonical_csv(csv_file([row]), "opportunities"))
    assert (r.external_id, r.title, r.organization) == (
        "OPP-1",
        "Doučování dětí",
        "Komunitní centrum Holešovice",
    )
    assert r.scope is Scope.DISTRICTS and r.districts == ("Praha 7",)
    assert r.languages == (
        LanguageNeed("uk", Level.B2, True),
        LanguageNeed("cs", Level.B1, True),
        LanguageNeed("en", None, False),
        LanguageNeed("ru", None, False),
    )
    assert r.interests == ("tutoring_children",)
    assert r.commitment is Commitment.REGULAR and r.status is Status.PUBLISHED
    assert (r.start_date, r.end_date, r.valid_until) == (
        dt.date(2026, 3, 1),
        dt.date(2026, 6, 30),
        dt.date(2026, 6, 30),
    )
    assert (r.capacity, r.min_age) == (5, 18)
    assert r.translations == {
        "en": Translation("Tutoring children", "Help children with Czech."),
        "uk": Translation("Репетиторство", ""),
    }
    assert r.schedule == "út a čt odpoledne" and r.schedule_mask != 0
    assert r.address == "Komunardů 21" and r.contact_phone == "+420 555 100 101"


@pytest.mark.parametrize(
    ("cell", "scope", "districts"),
    [
        ("citywide", Scope.CITYWIDE, ()),
        ("celá Praha", Scope.CITYWIDE, ()),
        ("remote", Scope.REMOTE, ()),
        ("online", Scope.REMOTE, ()),
        ("Praha 7; Praha-Troja", Scope.DISTRICTS, ("Praha 7", "Praha-Troja")),
        ("Karlín | Praha 9", Scope.DISTRICTS, ("Praha 8", "Praha 9")),
        ("Praha 13\nPraha 17", Scope.DISTRICTS, ("Praha 13", "Praha 17")),
        ("Praha 7, online", Scope.DISTRICTS, ("Praha 7",)),
    ],
)
def test_district_cell_forms(csv_file, cell, scope, districts):
    r = one(read_canonical_csv(csv_file([opportunity_row(district=cell)]), "opportunities"))
    assert (r.scope, r.districts, r.district_text) == (scope, districts, cell)


def test_a_split_neighbourhood_takes_its_main_district_with_a_warning(csv_file):
    result = read_canonical_csv(csv_file([opportunity_row(district="Holešovice")]), "opportunities")
    assert one(result).districts == ("Praha 7",)
    (issue,) = result.warnings
    assert issue.problem is Problem.AMBIGUOUS_DISTRICT and issue.row == 2


def test_unknown_district_is_an_error_with_the_nearest_names(csv_file):
    rows = [opportunity_row(), opportunity_row(external_id="OPP-2", district="Holesovize Dolni")]
    result = read_canonical_csv(csv_file(rows), "opportunities")
    (issue,) = result.errors
    assert (issue.problem, issue.row, issue.column) == (Problem.UNKNOWN_DISTRICT, 3, "district")
    assert issue.value == "Holesovize Dolni"
    assert "Holešovice" in issue.suggestions
    assert [r.external_id for r in result.records] == ["OPP-1"]


def test_each_bad_cell_is_one_issue_with_row_and_column(csv_file):
    row = opportunity_row(
        title="",
        commitment="občas",
        status="hotovo",
        start_date="1. 13. 2026",
        capacity="hodně",
        contact_email="info(at)example,org",
        languages_required="klingonsky B2",
    )
    result = read_canonical_csv(csv_file([row]), "opportunities")
    got = {(i.column, i.problem) for i in result.errors}
    assert got == {
        ("title", Problem.REQUIRED),
        ("commitment", Problem.BAD_CHOICE),
        ("status", Problem.BAD_CHOICE),
        ("start_date", Problem.BAD_DATE),
        ("capacity", Problem.BAD_NUMBER),
        ("contact_email", Problem.BAD_EMAIL),
        ("languages_required", Problem.UNKNOWN_LANGUAGE),
    }
    assert all(i.row == 2 for i in result.errors)
    assert result.records == []
    email = next(i for i in result.errors if i.column == "contact_email")
    assert email.suggestions == ("info@example.org",)


def test_end_before_start_and_duplicate_ids(csv_file):
    rows = [
        opportunity_row(start_date="1. 6. 2026", end_date="1. 3. 2026"),
        opportunity_row(),
    ]
    result = read_canonical_csv(csv_file(rows), "opportunities")
    problems = [(i.problem, i.row) for i in result.errors]
    assert problems == [(Problem.DATE_ORDER, 2), (Problem.DUPLICATE_ID, 3)]
    assert "row 2" in result.errors[1].expected


def test_blank_rows_are_skipped_and_row_numbers_stay_spreadsheet_rows(csv_file):
    blank = {k: "" for k in opportunity_row()}
    rows = [opportunity_row(), blank, opportunity_row(external_id="OPP-3", district="Nowhere City")]
    result = read_canonical_csv(csv_file(rows), "opportunities")
    assert result.rows == 2
    assert [i.row for i in result.errors] == [4]


def test_missing_required_column_stops_before_any_row(tmp_path):
    path = tmp_path / "f.csv"
    path.write_text("external_id,title,organization\nOPP-1,Doučování,KC\n", encoding="utf-8")
    result = read_canonical_csv(path, "opportunities")
    (issue,) = result.errors
    assert (issue.problem, issue.column, issue.row) == (Problem.MISSING_COLUMN, "district", 1)
    assert result.records == [] and result.rows == 0


def test_header_with_other_case_diacritics_and_bom(tmp_path):
    path = tmp_path / "f.csv"
    path.write_text(
        "\ufeffExternal_ID;Title;ORGANIZATION;District;Status\nOPP-1;Doučování;KC;Praha 7;koncept\n",
        encoding="utf-8",
    )
    r = one(read_canonical_csv(path, "opportunities"))
    assert (r.title, r.status) == ("Doučování", Status.DRAFT)


def test_a_volunteer_with_messy_input(csv_file):
    row = volunteer_row(
        name="Olena Kovalenko",
        email="olena@example.org",
        phone="+420 555 201 001",
        district="Holesovice",
        travel_districts="Libeň; Praha 9",
        languages="ukrajinsky rodilý mluvčí, čeština B1, English (native), uk:C2",
        interests="doučování dětí, tlumočení, horolezectví",
        availability="po-pá večer, so dopoledne",
        consent_date="1. 9. 2025",
        notes="učitelka",
        birth_year="1985",
    )
    result = read_canonical_csv(csv_file([row]), "volunteers")
    r = one(result)
    assert r.district == "Praha 7" and r.district_text == "Holesovice"
    assert r.travel_districts == ("Praha 8", "Praha 9")
    assert r.languages[:3] == (
        LanguageSkill("uk", Level.NATIVE),
        LanguageSkill("cs", Level.B1),
        LanguageSkill("en", Level.NATIVE),
    )
    assert r.interests_text == "doučování dětí, tlumočení, horolezectví"
    assert {"tutoring_children", "interpreting"} <= set(r.interest_tags)
    assert r.availability_mask != 0
    assert r.consent_date == dt.date(2025, 9, 1) and r.birth_year == 1985
    # an interest the taxonomy does not know is kept in the text, only a warning
    assert any(i.column == "interests" and i.severity is Severity.WARNING for i in result.issues)


@pytest.mark.parametrize("cell", ["ukrajinsky", "Ukrainian", "українська", "ua", "ukr"])
def test_ways_to_write_ukrainian(csv_file, cell):
    r = one(read_canonical_csv(csv_file([volunteer_row(languages=cell)]), "volunteers"))
    assert r.languages[0].code == "uk"


@pytest.mark.parametrize(
    ("cell", "district"),
    [("Zizkov", "Praha 3"), ("Jizni Mesto", "Praha 11"), ("Libeň", "Praha 8"), ("P7", "Praha 7")],
)
def test_neighbourhood_names_for_home(csv_file, cell, district):
    r = one(read_canonical_csv(csv_file([volunteer_row(district=cell)]), "volunteers"))
    assert r.district == district


def test_volunteer_errors(csv_file):
    row = volunteer_row(
        name="", email="olena@", district="Atlantis", consent_date="2999-01-01", birth_year="1850"
    )
    result = read_canonical_csv(csv_file([row]), "volunteers")
    assert {i.column for i in result.errors} == {
        "name",
        "email",
        "district",
        "consent_date",
        "birth_year",
    }


def test_unknown_columns_are_warnings_and_the_rows_still_import(csv_file):
    result = read_canonical_csv(csv_file([volunteer_row(shoe_size="42")]), "volunteers")
    one(result)
    (issue,) = result.warnings
    assert (issue.problem, issue.column, issue.row) == (Problem.UNKNOWN_COLUMN, "shoe_size", 1)


def test_missing_external_id_is_a_warning(csv_file):
    result = read_canonical_csv(csv_file([volunteer_row(external_id="")]), "volunteers")
    assert one(result).external_id is None
    assert [i.problem for i in result.warnings] == [Problem.REQUIRED]


def test_unreadable_file_is_one_error(tmp_path):
    result = read_canonical_csv(tmp_path / "missing.csv", "volunteers")
    assert [i.problem for i in result.errors] == [Problem.FILE_UNREADABLE]
