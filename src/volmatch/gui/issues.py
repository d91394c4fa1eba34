"""Issues (problems found in input) worded in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from volmatch.errors import Issue, Problem, Severity


def tr(text: str) -> str:
    return QCoreApplication.translate("Issues", text)


def problem_text(problem: Problem) -> str:
    texts = {
        Problem.REQUIRED: tr("a value is required"),
        Problem.UNKNOWN_DISTRICT: tr("unknown district"),
        Problem.AMBIGUOUS_DISTRICT: tr("the place lies in several districts"),
        Problem.UNKNOWN_LANGUAGE: tr("unknown language"),
        Problem.UNKNOWN_LEVEL: tr("unknown language level"),
        Problem.UNKNOWN_INTEREST: tr("unknown interest"),
        Problem.BAD_DATE: tr("not a date"),
        Problem.BAD_NUMBER: tr("not a whole number"),
        Problem.BAD_EMAIL: tr("not an e-mail address"),
        Problem.BAD_URL: tr("not a web address"),
        Problem.BAD_CHOICE: tr("not an allowed value"),
        Problem.DATE_ORDER: tr("the end date is before the start date"),
        Problem.DUPLICATE_ID: tr("the same external_id appears twice"),
        Problem.UNKNOWN_COLUMN: tr("column not recognised"),
        Problem.MISSING_COLUMN: tr("a required column is missing"),
        Problem.FILE_UNREADABLE: tr("the file cannot be read"),
        Problem.TOO_LONG: tr("the text is too long"),
    }
    return texts.get(problem, str(problem))


def issue_text(issue: Issue) -> str:
    """Row, column, what was found, what was expected and suggestions, in one line."""
    where = []
    if issue.row is not None:
        where.append(tr("row %1").replace("%1", str(issue.row)))
    if issue.column:
        where.append(tr("column “%1”").replace("%1", issue.column))
    text = ", ".join(where)
    text = (text + ": " if text else "") + problem_text(issue.problem)
    if issue.value:
        text += tr(" — found “%1”").replace("%1", issue.value)
    if issue.expected:
        text += tr("; expected %1").replace("%1", issue.expected)
    if issue.suggestions:
        text += tr("; did you mean %1?").replace(
            "%1", tr(" or ").join(f"“{s}”" for s in issue.suggestions)
        )
    if issue.severity is Severity.WARNING:
        text = tr("Warning: %1").replace("%1", text)
    return text
