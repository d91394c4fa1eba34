"""Pieces the file dialogs share: a path with a Choose button, failures in words."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from volmatch.gui.issues import issue_text


def failure_text(exc: Exception) -> str:
    """An InputError's issues worded in the interface language, else the message."""
    issues = getattr(exc, "issues", None)
    if issues:
        return "\n".join(issue_text(i) for i in issues)
    return str(exc)


class PathRow(QWidget):
    def __init__(self, button_text: str, pick, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        button = QPushButton(button_text)
        button.clicked.connect(pick)
        layout.addWidget(self.edit, 1)
        layout.addWidget(button)
