"""Parsers of single cell values (dates, numbers, e-mails, choices) into values and Issues.

Each parser returns ``(value, issue)``; ``issue`` is None when the cell was fine.
An empty cell gives ``(None, None)``: whether a value is required is the caller's call.
"""

from __future__ import annotations

import datetime as dt
import re

from rapidfuzz import process

from volmatch.domain import MAX_YEAR, MIN_YEAR, Commitment, Status
from volmatch.errors import Issue, Problem, Severity
from volmatch.text import clean, fold

DATE_EXPECTED = "a date like 1. 3. 2026 or 2026-03-01"

_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00)?)?$")
_CZ_DATE = re.compile(r"^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{2}|\d{4})$")
_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\x00-\x1f\x7f-\x9f]")
_INTEGER = re.compile(r"^[+]?\d+(?:\.0+)?$")
_EMAIL = re.compile(r"^[^@\s,;]+@[^@\s,;]+\.[A-Za-z]{2,}$")
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*\.[^\s]+$|^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
_DOMAIN = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?$")

# Folded words people write for the choices, in Czech and English.
COMMITMENT_WORDS: dict[str, Commitment] = {
    "one-off": Commitment.ONE_OFF,
    "one off": Commitment.ONE_OFF,
    "oneoff": Commitment.ONE_OFF,
    "one-time": Commitment.ONE_OFF,
    "one time": Commitment.ONE_OFF,
    "once": Commitment.ONE_OFF,
    "jednorazove": Commitment.ONE_OFF,
    "jednorazova": Commitment.ONE_OFF,
    "jednorazovy": Commitment.ONE_OFF,
    "jednorazovka": Commitment.ONE_OFF,
    "jednou": Commitment.ONE_OFF,
    "regular": Commitment.REGULAR,
    "regularly": Commitment.REGULAR,
    "recurring": Commitment.REGULAR,
    "pravidelne": Commitment.REGULAR,
    "pravidelna": Commitment.REGULAR,
    "pravidelny": Commitment.REGULAR,
    "long-term": Commitment.LONG_TERM,
    "long term": Commitment.LONG_TERM,
    "longterm": Commitment.LONG_TERM,
    "dlouhodobe": Commitment.LONG_TERM,
    "dlouhodoba": Commitment.LONG_TERM,
    "dlouhodoby": Commitment.LONG_TERM,
}

STATUS_WORDS: dict[str, Status] = {
    "draft": Status.DRAFT,
    "koncept": Status.DRAFT,
    "navrh": Status.DRAFT,
    "rozpracovano": Status.DRAFT,
    "published": Status.PUBLISHED,
    "public": Status.PUBLISHED,
    "active": Status.PUBLISHED,
    "zverejneno": Status.PUBLISHED,
    "zverejnena": Status.PUBLISHED,
    "zverejneny": Status.PUBLISHED,
    "publikovano": Status.PUBLISHED,
    "aktivni": Status.PUBLISHED,
    "archived": Status.ARCHIVED,
    "archive": Status.ARCHIVED,
    "archiv": Status.ARCHIVED,
    "archivovano": Status.ARCHIVED,
    "archivovana": Status.ARCHIVED,
    "ukonceno": Status.ARCHIVED,
}


_MESSY = re.compile(r"[\u00a0\r\n\t]| {2}|^\s|\s$")


def quick_clean(text: str | None) -> str:
    """clean() for a cell, skipping the work when the text is already clean (most cells are)."""
    if not text:
        return ""
    return clean(text) if _MESSY.search(text) else text


def _issue(
    problem: Problem, column: str, row: int | None, value: str, expected: str, **kw
) -> Issue:
    return Issue(problem, column=column, row=row, value=value, expected=expected, **kw)


def parse_date(
    cell: str | None, column: str, row: int | None
) -> tuple[dt.date | None, Issue | None]:
    """ISO (2026-03-01) or Czech (1. 3. 2026, 1.3.2026, 01.03.26) dates."""
    text = clean(cell)
    if not text:
        return None, None
    match = _ISO_DATE.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = _CZ_DATE.match(text)
        if not match:
            return None, _issue(Problem.BAD_DATE, column, row, text, DATE_EXPECTED)
        day, month, year = (int(g) for g in match.groups())
        if year < 100:
            year += 2000
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None, _issue(
            Problem.BAD_DATE, column, row, text, f"a date between {MIN_YEAR} and {MAX_YEAR}"
        )
    try:
        return dt.date(year, month, day), None
    except ValueError:
        return None, _issue(
            Problem.BAD_DATE, column, row, text, DATE_EXPECTED + " (this day does not exist)"
        )


def parse_int(
    cell: str | None,
    column: str,
    row: int | None,
    minimum: int = 0,
    maximum: int = 1_000_000,
) -> tuple[int | None, Issue | None]:
    """A whole number within [minimum, maximum]; "5.0" (as Excel writes it) is 5."""
    text = clean(cell).replace(" ", "")
    if not text:
        return None, None
    expected = f"a whole number from {minimum} to {maximum}"
    if not _INTEGER.match(text) or len(text) > 30:  # 400 digits: no count of people
        return None, _issue(Problem.BAD_NUMBER, column, row, clean(cell)[:40], expected)
    value = float(text)
    if not minimum <= value <= maximum:
        return None, _issue(Problem.BAD_NUMBER, column, row, clean(cell), expected)
    return int(value), None


def parse_float(
    cell: str | None, column: str, row: int | None, minimum: float, maximum: float
) -> tuple[float | None, Issue | None]:
    """A decimal number (comma or dot) within [minimum, maximum], e.g. a latitude."""
    text = clean(cell).replace(" ", "").replace(",", ".")
    if not text:
        return None, None
    expected = f"a number from {minimum:g} to {maximum:g}"
    try:
        value = float(text)
    except ValueError:
        return None, _issue(Problem.BAD_NUMBER, column, row, clean(cell), expected)
    if not minimum <= value <= maximum:
        return None, _issue(Problem.BAD_NUMBER, column, row, clean(cell), expected)
    return value, None


def parse_email(cell: str | None, column: str, row: int | None) -> tuple[str, Issue | None]:
    """An e-mail address; common slips (a comma for a dot, spaces) come back as a suggestion."""
    text = clean(cell)
    if not text:
        return "", None
    if _EMAIL.match(text):
        return text, None
    fixed = text.replace(" ", "").replace(",", ".").replace("(at)", "@").strip(".<>")
    suggestions = (fixed,) if fixed != text and _EMAIL.match(fixed) else ()
    return "", _issue(
        Problem.BAD_EMAIL,
        column,
        row,
        text,
        "an address like jana.novakova@example.org",
        suggestions=suggestions,
    )


def parse_url(cell: str | None, column: str, row: int | None) -> tuple[str, Issue | None]:
    """A web address; "www.example.cz" is taken as https://www.example.cz with a warning."""
    text = clean(cell)
    if not text:
        return "", None
    if _INVISIBLE.search(text):
        return "", _issue(
            Problem.BAD_URL,
            column,
            row,
            ascii(text)[1:-1],
            "a web address without invisible characters (right-to-left marks, zero-width "
            "spaces): they make a link read differently from where it leads",
        )
    if _URL.match(text):
        return text, None
    expected = "a web address starting with https://"
    if _DOMAIN.match(text):
        guess = "https://" + text
        return guess, _issue(
            Problem.BAD_URL,
            column,
            row,
            text,
            expected,
            suggestions=(guess,),
            severity=Severity.WARNING,
        )
    return "", _issue(Problem.BAD_URL, column, row, text, expected)


def _parse_choice(cell, column, row, words: dict, allowed: str):
    text = clean(cell)
    if not text:
        return None, None
    key = fold(text).replace("_", "-")
    if key in words:
        return words[key], None
    # A word can carry an ending or a typo ("pravidelně 1x týdně", "zverejneo").
    first = key.split(" ")[0]
    if first in words:
        return words[first], None
    near = process.extract(key, list(words), limit=3, score_cutoff=70)
    suggestions = tuple(dict.fromkeys(words[m[0]].value for m in near))
    return None, _issue(Problem.BAD_CHOICE, column, row, text, allowed, suggestions=suggestions)


def parse_commitment(
    cell: str | None, column: str, row: int | None
) -> tuple[Commitment | None, Issue | None]:
    """jednorázově / pravidelně / dlouhodobě or one-off / regular / long-term."""
    return _parse_choice(
        cell,
        column,
        row,
        COMMITMENT_WORDS,
        "one-off, regular or long-term (jednorázově, pravidelně, dlouhodobě)",
    )


def parse_status(
    cell: str | None, column: str, row: int | None
) -> tuple[Status | None, Issue | None]:
    """koncept / zveřejněno / archiv or draft / published / archived."""
    return _parse_choice(
        cell,
        column,
        row,
        STATUS_WORDS,
        "draft, published or archived (koncept, zveřejněno, archiv)",
    )


def check_length(text: str, limit: int, column: str, row: int | None) -> Issue | None:
    """An ERROR when ``text`` is longer than the database keeps."""
    if len(text) <= limit:
        return None
    return _issue(
        Problem.TOO_LONG,
        column,
        row,
        text[:40] + "…",
        f"at most {limit} characters (found {len(text)})",
    )
