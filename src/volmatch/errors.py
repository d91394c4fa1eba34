"""Problems found in user input, as codes and data; the CLI and the GUI word them."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Problem(StrEnum):
    REQUIRED = "required"  # a required value is empty
    UNKNOWN_DISTRICT = "unknown_district"
    AMBIGUOUS_DISTRICT = "ambiguous_district"  # e.g. Žižkov lies in Praha 3, 8 and 10
    UNKNOWN_LANGUAGE = "unknown_language"
    UNKNOWN_LEVEL = "unknown_level"
    UNKNOWN_INTEREST = "unknown_interest"
    BAD_DATE = "bad_date"
    BAD_NUMBER = "bad_number"
    BAD_EMAIL = "bad_email"
    BAD_URL = "bad_url"
    BAD_CHOICE = "bad_choice"  # not one of the allowed values (status, commitment, ...)
    DATE_ORDER = "date_order"  # end before start
    DUPLICATE_ID = "duplicate_id"  # the same external_id twice in one file
    UNKNOWN_COLUMN = "unknown_column"
    MISSING_COLUMN = "missing_column"
    FILE_UNREADABLE = "file_unreadable"
    TOO_LONG = "too_long"
    GUESSED_COLUMN = "guessed_column"  # a header matched to a field by similarity
    POSSIBLE_DUPLICATE = "possible_duplicate"  # a row resembles a listing already stored
    PLACE_NOT_RESOLVED = "place_not_resolved"  # places kept as written (another city)
    PLACE_READ_AS = "place_read_as"  # a cell with commas read as one postal address (warning)


class Severity(StrEnum):
    ERROR = "error"  # the row cannot be stored
    WARNING = "warning"  # stored, but someone should look (e.g. a guess was made)


@dataclass(frozen=True, slots=True)
class Issue:
    """One problem: where (row is 1-based as in a spreadsheet, header = row 1), what, suggestions."""

    problem: Problem
    column: str = ""
    row: int | None = None
    value: str = ""
    expected: str = ""
    suggestions: tuple[str, ...] = ()
    severity: Severity = Severity.ERROR

    def describe(self) -> str:
        """A plain English sentence on one line; the GUI words issues through Qt translation.

        What came from the file (column, value, suggestions) is printed with its control
        characters escaped, so a cell cannot move the cursor or fake a line in a terminal.
        """
        from volmatch.text import printable

        where = []
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column '{printable(self.column)}'")
        text = ", ".join(where)
        text = (text + ": " if text else "") + _ENGLISH.get(self.problem, self.problem.value)
        if self.value:
            text += f" — found '{printable(self.value)}'"
        if self.expected:
            text += f"; expected {printable(self.expected)}"
        if self.suggestions:
            found = " or ".join(f"'{printable(s)}'" for s in self.suggestions)
            text += f"; did you mean {found}?"
        return text


_ENGLISH = {
    Problem.REQUIRED: "a value is required",
    Problem.UNKNOWN_DISTRICT: "unknown district",
    Problem.AMBIGUOUS_DISTRICT: "the place lies in several districts",
    Problem.UNKNOWN_LANGUAGE: "unknown language",
    Problem.UNKNOWN_LEVEL: "unknown language level",
    Problem.UNKNOWN_INTEREST: "unknown interest",
    Problem.BAD_DATE: "not a date",
    Problem.BAD_NUMBER: "not a whole number",
    Problem.BAD_EMAIL: "not an e-mail address",
    Problem.BAD_URL: "not a web address",
    Problem.BAD_CHOICE: "not an allowed value",
    Problem.DATE_ORDER: "the end date is before the start date",
    Problem.DUPLICATE_ID: "the same external_id appears twice",
    Problem.UNKNOWN_COLUMN: "column not recognised",
    Problem.MISSING_COLUMN: "a required column is missing",
    Problem.FILE_UNREADABLE: "the file cannot be read",
    Problem.TOO_LONG: "the text is too long",
    Problem.GUESSED_COLUMN: "column read by a guess from its name",
    Problem.POSSIBLE_DUPLICATE: "looks like a listing already stored",
    Problem.PLACE_NOT_RESOLVED: "places kept as written, not placed in the city's districts",
    Problem.PLACE_READ_AS: "read as one address, not a list of places",
}


@dataclass
class InputError(Exception):
    """Bad input that stops an operation; carries every issue found."""

    issues: list[Issue] = field(default_factory=list)

    def __str__(self) -> str:
        return "; ".join(i.describe() for i in self.issues[:3]) + (
            f" (+{len(self.issues) - 3} more)" if len(self.issues) > 3 else ""
        )


class Cancelled(Exception):
    """The person stopped a long operation; it changed nothing."""
