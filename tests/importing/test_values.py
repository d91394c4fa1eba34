import datetime as dt

import pytest

from volmatch.domain import Commitment, Status
from volmatch.errors import Problem, Severity
from volmatch.importing import values as v


@pytest.mark.parametrize(
    "text",
    ["2026-03-01", "1. 3. 2026", "1.3.2026", "01.03.2026", " 1. 3. 26 ", "2026-03-01 00:00:00"],
)
def test_dates_in_iso_and_czech_forms(text):
    assert v.parse_date(text, "start_date", 4) == (dt.date(2026, 3, 1), None)


def test_empty_date_is_no_value_and_no_issue():
    assert v.parse_date("  ", "start_date", 4) == (None, None)


@pytest.mark.parametrize("text", ["31. 2. 2026", "březen 2026", "3/1/2026", "2026-13-01"])
def test_bad_dates_say_where_and_what_was_expected(text):
    value, issue = v.parse_date(text, "start_date", 7)
    assert value is None
    assert issue.problem is Problem.BAD_DATE
    assert (issue.row, issue.column, issue.value) == (7, "start_date", text)
    assert "1. 3. 2026" in issue.expected


def test_whole_numbers_accept_excel_floats_and_reject_words_and_ranges():
    assert v.parse_int("5", "capacity", 2) == (5, None)
    assert v.parse_int("5.0", "capacity", 2) == (5, None)
    assert v.parse_int(" 1 200 ", "capacity", 2, 1, 10_000) == (1200, None)
    for bad in ("pět", "-3", "2.5"):
        value, issue = v.parse_int(bad, "capacity", 2, 1, 100)
        assert value is None and issue.problem is Problem.BAD_NUMBER
    value, issue = v.parse_int("150", "min_age", 2, 0, 99)
    assert value is None and "0 to 99" in issue.expected


def test_email_slips_come_back_as_suggestions():
    assert v.parse_email("jana@example.org", "email", 3) == ("jana@example.org", None)
    value, issue = v.parse_email("jana.novakova@example,org", "email", 3)
    assert value == "" and issue.problem is Problem.BAD_EMAIL
    assert issue.suggestions == ("jana.novakova@example.org",)
    _, issue = v.parse_email("jana novakova", "email", 3)
    assert issue.suggestions == ()


def test_urls_without_scheme_are_a_warning_with_the_guess():
    assert v.parse_url("https://example.org/x", "url", 2) == ("https://example.org/x", None)
    value, issue = v.parse_url("www.example.cz", "url", 2)
    assert value == "https://www.example.cz"
    assert issue.severity is Severity.WARNING
    value, issue = v.parse_url("zavolejte nám", "url", 2)
    assert value == "" and issue.severity is Severity.ERROR


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("jednorázově", Commitment.ONE_OFF),
        ("One-off", Commitment.ONE_OFF),
        ("pravidelně", Commitment.REGULAR),
        ("pravidelně 1x týdně", Commitment.REGULAR),
        ("regular", Commitment.REGULAR),
        ("dlouhodobě", Commitment.LONG_TERM),
        ("long-term", Commitment.LONG_TERM),
        ("long_term", Commitment.LONG_TERM),
    ],
)
def test_commitment_words(text, expected):
    assert v.parse_commitment(text, "commitment", 2) == (expected, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("koncept", Status.DRAFT),
        ("draft", Status.DRAFT),
        ("zveřejněno", Status.PUBLISHED),
        ("Published", Status.PUBLISHED),
        ("archiv", Status.ARCHIVED),
        ("archived", Status.ARCHIVED),
    ],
)
def test_status_words(text, expected):
    assert v.parse_status(text, "status", 2) == (expected, None)


def test_unknown_choice_suggests_the_nearest_value():
    value, issue = v.parse_status("zverejneo", "status", 9)
    assert value is None
    assert issue.problem is Problem.BAD_CHOICE
    assert issue.suggestions[0] == "published"
    assert "koncept" in issue.expected


def test_length_limit():
    assert v.check_length("x" * 10, 10, "title", 2) is None
    issue = v.check_length("x" * 11, 10, "title", 2)
    assert issue.problem is Problem.TOO_LONG and "11" in issue.expected
