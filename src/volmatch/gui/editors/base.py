"""What the record editors share: the form rows, Save/Cancel, the checks and their messages,
and the rule that one record has at most one editor open.

Messages sit in lines reserved under their fields (:class:`MessageLabel`), so a message
never moves the field under the cursor; the summary above the buttons repeats the first
problem in full.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from volmatch.gui.widgets.inputs import LabelledField, MessageLabel, parse_date

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URL = re.compile(r"^https?://[^\s/$.?#].[^\s]*$", re.IGNORECASE)


def email_problem(text: str) -> str:
    """The message for an e-mail address that is not one ("" when fine or empty)."""
    text = text.strip()
    if not text or _EMAIL.match(text):
        return ""
    return QCoreApplication.translate(
        "Editors", "“%1” is not an e-mail address; write e.g. name@example.org."
    ).replace("%1", text)


def url_problem(text: str) -> str:
    text = text.strip()
    if not text or _URL.match(text):
        return ""
    return QCoreApplication.translate(
        "Editors", "“%1” is not a web address; write e.g. https://example.org."
    ).replace("%1", text)


def date_problem(text: str) -> str:
    if parse_date(text)[1]:
        return ""
    return QCoreApplication.translate(
        "Editors", "“%1” is not a date; write e.g. 1. 3. 2025."
    ).replace("%1", text.strip())


def editable_widget(widget: QWidget) -> QWidget:
    """The widget a label should focus: the line edit inside a composite field."""
    return getattr(widget, "edit", None) or widget


class RecordEditor(QDialog):
    """Base of the listing and volunteer editors: Save/Cancel, the summary line, Enter
    moving to the next field, and :meth:`validate` collecting the messages of the fields.

    Subclasses implement :meth:`check` (append errors via :meth:`problem`) and
    ``result_record()``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = MessageLabel()
        self.summary.setObjectName("summary")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(QCoreApplication.translate("Editors", "Save"))
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("Editors", "Cancel")
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self._errors: list[str] = []
        self._validating = False

    # --- building ----------------------------------------------------------------------
    @staticmethod
    def add_rows(form: QFormLayout, rows: Sequence[tuple[str, QWidget]]) -> None:
        """Label each field, make the label's mnemonic focus it, name it for screen readers."""
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, widget in rows:
            if not label:
                form.addRow("", widget)  # under the field above, not under its label
                continue
            form.addRow(label, widget)
            buddy = editable_widget(widget)
            caption = form.labelForField(widget)
            if isinstance(caption, QLabel):
                caption.setBuddy(buddy)
                # Line the caption up with the field, not with its message line.
                caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            buddy.setAccessibleName(label.replace("&", "").rstrip(":"))

    # --- checking ----------------------------------------------------------------------
    def problem(self, message: str, field: Any = None, error: bool = True) -> None:
        """Show ``message`` under ``field`` (if it has a message line); errors block Save."""
        target = getattr(field, "message", None)
        if target is not None:
            target.show_message(message, error=error)
        if message and error:
            self._errors.append(message)

    def check_field(self, field: LabelledField, problem: Callable[[str], str]) -> None:
        self.problem(problem(field.text()), field)

    def check_dates(
        self, fields: Sequence[LabelledField], start: LabelledField, end: LabelledField, before: str
    ) -> None:
        """Each date field readable, and ``end`` not before ``start`` (else ``before``)."""
        for field in fields:
            self.check_field(field, date_problem)
        first, last = parse_date(start.text())[0], parse_date(end.text())[0]
        if first and last and last < first:
            self.problem(before, end)

    def check_languages(self, languages: Any) -> None:
        """No language listed twice in a language list editor."""
        duplicated = languages.duplicates()
        if duplicated:
            self.problem(
                QCoreApplication.translate("Editors", "A language is listed twice: %1.").replace(
                    "%1", ", ".join(duplicated)
                )
            )

    def check(self) -> None:  # pragma: no cover - overridden
        """Check every field, calling :meth:`problem` for each message."""

    def validate(self) -> list[str]:
        """Check every field, show messages next to them; returns the errors."""
        if self._validating:
            return self._errors
        self._validating = True
        try:
            self._errors = []
            self.check()
            errors = list(self._errors)
        finally:
            self._validating = False
        self.summary.show_message(errors[0] if errors else "")
        self.save_button.setEnabled(not errors)
        return errors

    def confirm_save(self) -> bool:
        """Last questions before the dialog closes with Save (False keeps it open)."""
        return True

    def _save(self) -> None:
        if self.validate() or not self.confirm_save():
            return
        self.accept()

    def keyPressEvent(self, event) -> None:
        # Enter in a one-line field must not save a half-filled form.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.focusNextChild()
            return
        super().keyPressEvent(event)


# --- one editor per record ------------------------------------------------------------------
#: (entity, id) -> its open editor, or None while the record is being read to open one.
_OPEN: dict[tuple[str, int], QDialog | None] = {}


def raise_if_open(entity: str, record_id: int | None) -> bool:
    """True if the record already has an editor (now raised) or one is being opened."""
    if record_id is None or (entity, record_id) not in _OPEN:
        return False
    editor = _OPEN[(entity, record_id)]
    if editor is not None:
        editor.show()
        editor.raise_()
        editor.activateWindow()
    return True


def reserve(entity: str, record_id: int | None) -> None:
    """Note that an editor for the record is on its way (a second request waits for it)."""
    if record_id is not None:
        _OPEN.setdefault((entity, record_id), None)


def register(entity: str, record_id: int | None, editor: QDialog) -> None:
    if record_id is not None:
        _OPEN[(entity, record_id)] = editor


def release(entity: str, record_id: int | None) -> None:
    if record_id is not None:
        _OPEN.pop((entity, record_id), None)


def open_editors() -> dict[tuple[str, int], QDialog | None]:
    """The records with an editor open (or opening), for tests and the window's menu."""
    return dict(_OPEN)
