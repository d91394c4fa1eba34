"""Issues (problems found in input) worded in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from volmatch.errors import Issue, Problem, Severity


def problem_text(problem: Problem) -> str:
    texts = {
        Problem.REQUIRED: QCoreApplication.translate("Issues", "a value is required"),
        Problem.UNKNOWN_DISTRICT: QCoreApplication.translate("Issues", "unknown district"),
        Problem.AMBIGUOUS_DISTRICT: QCoreApplication.translate(
            "Issues", "the place lies in several districts"
        ),
        Problem.UNKNOWN_LANGUAGE: QCoreApplication.translate("Issues", "unknown language"),
        Problem.UNKNOWN_LEVEL: QCoreApplication.translate("Issues", "unknown language level"),
        Problem.UNKNOWN_INTEREST: QCoreApplication.translate("Issues", "unknown interest"),
        Problem.BAD_DATE: QCoreApplication.translate("Issues", "not a date"),
        Problem.BAD_NUMBER: QCoreApplication.translate("Issues", "not a whole number"),
        Problem.BAD_EMAIL: QCoreApplication.translate("Issues", "not an e-mail address"),
        Problem.BAD_URL: QCoreApplication.translate("Issues", "not a web address"),
        Problem.BAD_CHOICE: QCoreApplication.translate("Issues", "not an allowed value"),
        Problem.DATE_ORDER: QCoreApplication.translate(
            "Issues", "the end date is before the start date"
        ),
        Problem.DUPLICATE_ID: QCoreApplication.translate(
            "Issues", "the same external_id appears twice"
        ),
        Problem.UNKNOWN_COLUMN: QCoreApplication.translate("Issues", "column not recognised"),
        Problem.MISSING_COLUMN: QCoreApplication.translate(
            "Issues", "a required column is missing"
        ),
        Problem.FILE_UNREADABLE: QCoreApplication.translate("Issues", "the file cannot be read"),
        Problem.TOO_LONG: QCoreApplication.translate("Issues", "the text is too long"),
        Problem.GUESSED_COLUMN: QCoreApplication.translate(
            "Issues", "column matched by a similar name — check it is the right one"
        ),
        Problem.POSSIBLE_DUPLICATE: QCoreApplication.translate(
            "Issues", "looks like a listing already stored"
        ),
        Problem.PLACE_NOT_RESOLVED: QCoreApplication.translate(
            "Issues", "place kept as written (not a Prague district)"
        ),
        Problem.PLACE_READ_AS: QCoreApplication.translate(
            "Issues", "read as one address, not a list of places"
        ),
    }
    return texts.get(problem, str(problem))


def issue_text(issue: Issue) -> str:
    """Row, column, what was found, what was expected and suggestions, in one line."""
    where = []
    if issue.row is not None:
        where.append(QCoreApplication.translate("Issues", "row %1").replace("%1", str(issue.row)))
    if issue.column:
        where.append(
            QCoreApplication.translate("Issues", "column “%1”").replace("%1", issue.column)
        )
    text = ", ".join(where)
    text = (text + ": " if text else "") + problem_text(issue.problem)
    if issue.value:
        text += QCoreApplication.translate("Issues", " — found “%1”").replace("%1", issue.value)
    if issue.expected:
        text += QCoreApplication.translate("Issues", "; expected %1").replace("%1", issue.expected)
    if issue.suggestions:
        text += QCoreApplication.translate("Issues", "; did you mean %1?").replace(
            "%1",
            QCoreApplication.translate("Issues", " or ").join(f"“{s}”" for s in issue.suggestions),
        )
    if issue.severity is Severity.WARNING:
        text = QCoreApplication.translate("Issues", "Warning: %1").replace("%1", text)
    return text
