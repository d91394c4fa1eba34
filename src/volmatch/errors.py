"""Problems found in user input, as codes and data, and worded in the user's language
(``volmatch.messages``) for the command line and the app alike."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from volmatch.messages import N_, _, ngettext


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
    # an organization written with another legal form or punctuation than a stored one
    ORGANIZATION_READ_AS = "organization_read_as"
    INTEREST_READ_AS = "interest_read_as"  # an interest read by a near spelling or word form


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
        """Row, column, what is wrong, what was found and expected, in the user's language.

        What came from the file (column, value, suggestions) is printed with its control
        characters escaped, so a cell cannot move the cursor or fake a line in a terminal.
        """
        from volmatch.text import printable

        where = []
        if self.row is not None:
            where.append(_("row {row}").format(row=self.row))
        if self.column:
            where.append(_("column “{column}”").format(column=printable(self.column)))
        text = ", ".join(where)
        text = (text + ": " if text else "") + describe_problem(self.problem)
        if self.value:
            text += _(" — found “{value}”").format(value=printable(self.value))
        if self.expected:
            from volmatch.issue_words import expected_text

            text += _("; expected {what}").format(what=printable(expected_text(self.expected)))
        if self.suggestions:
            text += suggestion_text(self.suggestions)
        return text


def describe_problem(problem: Problem) -> str:
    """What is wrong, in a few words of the user's language."""
    return _(_PROBLEMS.get(problem, problem.value))


def suggestion_text(suggestions: tuple[str, ...] | list[str]) -> str:
    """ "; did you mean “Praha 7” or “Praha 8”?" in the user's language."""
    from volmatch.issue_words import expected_text
    from volmatch.text import printable

    # quotation marks differ by language: „…“ in Czech, «…» in Ukrainian
    said = _(" or ").join(
        _("“{text}”").format(text=printable(expected_text(s))) for s in suggestions
    )
    return _("; did you mean {suggestions}?").format(suggestions=said)


_PROBLEMS = {
    Problem.REQUIRED: N_("a value is required"),
    Problem.UNKNOWN_DISTRICT: N_("unknown district"),
    Problem.AMBIGUOUS_DISTRICT: N_("the place lies in several districts"),
    Problem.UNKNOWN_LANGUAGE: N_("unknown language"),
    Problem.UNKNOWN_LEVEL: N_("unknown language level"),
    Problem.UNKNOWN_INTEREST: N_("unknown interest"),
    Problem.BAD_DATE: N_("not a date"),
    Problem.BAD_NUMBER: N_("not a whole number"),
    Problem.BAD_EMAIL: N_("not an e-mail address"),
    Problem.BAD_URL: N_("not a web address"),
    Problem.BAD_CHOICE: N_("not an allowed value"),
    Problem.DATE_ORDER: N_("the end date is before the start date"),
    Problem.DUPLICATE_ID: N_("the same external_id appears twice"),
    Problem.UNKNOWN_COLUMN: N_("column not recognised"),
    Problem.MISSING_COLUMN: N_("a required column is missing"),
    Problem.FILE_UNREADABLE: N_("the file cannot be read"),
    Problem.TOO_LONG: N_("the text is too long"),
    Problem.GUESSED_COLUMN: N_("column read by a guess from its name"),
    Problem.POSSIBLE_DUPLICATE: N_("looks like a listing already stored"),
    Problem.PLACE_NOT_RESOLVED: N_("places kept as written, not placed in the city's districts"),
    Problem.PLACE_READ_AS: N_("read as one address, not a list of places"),
    Problem.ORGANIZATION_READ_AS: N_("taken as an organization already stored"),
    Problem.INTEREST_READ_AS: N_("interest read from a similar word"),
}


@dataclass
class InputError(Exception):
    """Bad input that stops an operation; carries every issue found."""

    issues: list[Issue] = field(default_factory=list)

    def __str__(self) -> str:
        more = len(self.issues) - 3
        return "; ".join(i.describe() for i in self.issues[:3]) + (
            " " + ngettext("(+{n} more)", "(+{n} more)", more).format(n=more) if more > 0 else ""
        )


class Cancelled(Exception):
    """The person stopped a long operation; it changed nothing."""
