"""Issues (problems found in input) worded in the interface language.

The words are the core's (``volmatch.errors``, ``volmatch.messages``): the app, the
command line and the exports say the same thing the same way. ``i18n.install`` sets
the core's language with the interface's.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from volmatch.errors import Issue, Problem, Severity, describe_problem


def problem_text(problem: Problem) -> str:
    return describe_problem(problem)


def issue_text(issue: Issue) -> str:
    """Row, column, what was found, what was expected and suggestions, in one line."""
    text = issue.describe()
    if issue.severity is Severity.WARNING:
        text = QCoreApplication.translate("Issues", "Warning: %1").replace("%1", text)
    return text
