"""Availability text -> weekly mask, and back."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from volmatch.domain import ALL_WEEK, slot_bit
from volmatch.errors import Problem, Severity
from volmatch.reference.availability import format_availability, parse_availability

MORNING, AFTERNOON, EVENING = 0, 1, 2


def slots(days, parts) -> int:
    return sum(slot_bit(d, p) for d in days for p in parts)


WEEKDAYS = range(5)
WEEKEND = (5, 6)
ALL_DAYS = range(7)
ALL_PARTS = (MORNING, AFTERNOON, EVENING)


@pytest.mark.parametrize(
    ("text", "mask"),
    [
        ("po-pá večer", slots(WEEKDAYS, [EVENING])),
        ("Po - Pá večer", slots(WEEKDAYS, [EVENING])),
        ("víkendy", slots(WEEKEND, ALL_PARTS)),
        ("o víkendech", slots(WEEKEND, ALL_PARTS)),
        ("weekday evenings", slots(WEEKDAYS, [EVENING])),
        ("Mon, Wed 17-20", slots([0, 2], [EVENING])),
        ("Mon, Wed 17:00–20:00", slots([0, 2], [EVENING])),
        ("so dopoledne", slots([5], [MORNING])),
        ("kdykoli", ALL_WEEK),
        ("anytime", ALL_WEEK),
        ("podle dohody", ALL_WEEK),
        ("po-pá večer, so dopoledne", slots(WEEKDAYS, [EVENING]) | slots([5], [MORNING])),
        ("večer po-pá, ráno so", slots(WEEKDAYS, [EVENING]) | slots([5], [MORNING])),
        ("Út a Čt odpoledne", slots([1, 3], [AFTERNOON])),
        ("středy 16-18", slots([2], [AFTERNOON, EVENING])),
        ("od 9 do 12", slots(ALL_DAYS, [MORNING])),
        ("po 17", slots(ALL_DAYS, [EVENING])),  # "po" before an hour is "after"
        ("after 5pm", slots(ALL_DAYS, [EVENING])),
        ("Sat 5-8pm", slots([5], [EVENING])),
        ("Fri 11-13", slots([4], [MORNING, AFTERNOON])),
        ("2x týdně večer", slots(ALL_DAYS, [EVENING])),  # "2x" is how often, not when
        ("pá-ne", slots([4, 5, 6], ALL_PARTS)),
        ("Mon to Wed mornings", slots([0, 1, 2], [MORNING])),
        ("po, st večer, út dopoledne", slots([0, 2], [EVENING]) | slots([1], [MORNING])),
        ("пн-пт ввечері", slots(WEEKDAYS, [EVENING])),
        ("вихідні", slots(WEEKEND, ALL_PARTS)),
        ("будь-коли", ALL_WEEK),
        ("з понеділка по п'ятницю вдень", slots(WEEKDAYS, [MORNING, AFTERNOON])),
        ("субота вранці", slots([5], [MORNING])),
        # Vietnamese numbers its days: "thứ" must not be read as Thursday
        ("thứ bảy", slots([5], ALL_PARTS)),
        ("chiều thứ ba", slots([1], [AFTERNOON])),
        ("thứ 2-6 buổi tối", slots(WEEKDAYS, [EVENING])),
        ("T7 sáng, CN chiều", slots([5], [MORNING]) | slots([6], [AFTERNOON])),
        ("tôi rảnh tối thứ sáu", slots([4], [EVENING])),
        ("cuối tuần", slots(WEEKEND, ALL_PARTS)),
        ("thu hai - thu sau", slots(WEEKDAYS, ALL_PARTS)),
        ("linh hoạt", ALL_WEEK),
        ("Thu 5-7pm", slots([3], [EVENING])),  # English "Thu" stays Thursday
    ],
)
def test_parse(text, mask):
    got, issues = parse_availability(text)
    assert got == mask, f"{text}: {got:021b} != {mask:021b}"
    assert issues == []


@pytest.mark.parametrize("text", ["", "   ", None])
def test_empty_is_zero_without_issue(text):
    assert parse_availability(text) == (0, [])


def test_words_not_understood_warn_and_keep_the_rest():
    mask, issues = parse_availability("po-pá večer, mimo prázdnin", "availability", 12)
    assert mask == slots(WEEKDAYS, [EVENING])
    (issue,) = issues
    assert (issue.problem, issue.severity, issue.row, issue.column) == (
        Problem.BAD_CHOICE, Severity.WARNING, 12, "availability",
    )  # fmt: skip
    assert "mimo" in issue.expected and "prazdnin" in issue.expected


def test_nothing_understood_is_zero_with_a_warning():
    mask, issues = parse_availability("xyz blah")
    assert mask == 0 and issues[0].severity is Severity.WARNING


def test_format_examples():
    mask = slots(WEEKDAYS, [EVENING]) | slots([5], [MORNING])
    assert format_availability(mask, "cs") == "po–pá večer, so dopoledne"
    assert format_availability(mask, "en") == "Mon–Fri evening, Sat morning"
    assert format_availability(mask, "uk") == "пн–пт ввечері, сб вранці"
    assert format_availability(ALL_WEEK, "cs") == "kdykoli"
    assert format_availability(0, "en") == ""
    assert (
        format_availability(slots([0], ALL_PARTS) | slots([1], [EVENING]), "cs")
        == "po celý den, út večer"
    )


@settings(max_examples=300, deadline=None)
@given(mask=st.integers(min_value=0, max_value=ALL_WEEK), lang=st.sampled_from(["cs", "en", "uk"]))
def test_format_reads_back(mask, lang):
    assert parse_availability(format_availability(mask, lang)) == (mask, [])
