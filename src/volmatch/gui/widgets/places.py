"""One place entry for every form: what was understood next to the field, choices to click.

Used for a listing's districts, a volunteer's home and travel districts and the
district filters. A close typo is read and offers the right spelling; a place in
several districts asks which; an unknown place is an error with the nearest names.
The line under the field is reserved, so nothing below it moves.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from volmatch.gui.places import Choice, PlaceCheck, check_places, replace_item
from volmatch.gui.widgets.inputs import MessageLabel

MAX_CHOICES = 4


class PlaceEdit(QWidget):
    """A line edit for places; ``check`` is what the core understood from it."""

    changed = Signal()

    def __init__(
        self, placeholder: str = "", single: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.single = single
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.message = MessageLabel()
        self.choice_buttons: list[QPushButton] = []
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(4)
        line.addWidget(self.message, 1)
        for _ in range(MAX_CHOICES):
            button = QPushButton()
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setStyleSheet(
                "QPushButton { color: palette(link); text-decoration: underline; padding: 0 4px; }"
            )
            button.setFixedHeight(self.message.height())
            button.setVisible(False)
            button.clicked.connect(lambda _c=False, b=button: self._choose(b))
            self.choice_buttons.append(button)
            line.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addLayout(line)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setFocusProxy(self.edit)
        self.check = PlaceCheck(())
        self._choices: list[Choice] = []
        self.edit.textChanged.connect(self._update)

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        self.edit.setText(text)
        self._update()

    def districts(self) -> tuple[str, ...]:
        return self.check.districts

    def error(self) -> str:
        return self.check.error if self.isEnabled() else ""

    def choices(self) -> list[str]:
        """The texts of the choices on offer (for tests and accessibility)."""
        return [c.text for c in self._choices]

    def choose(self, text: str) -> None:
        """Take the choice whose text is ``text`` (as clicking it does)."""
        for choice in self._choices:
            if choice.text == text:
                self.edit.setText(replace_item(self.edit.text(), choice, self.single))
                return
        raise ValueError(f"no choice {text!r} on offer")

    def _choose(self, button: QPushButton) -> None:
        self.choose(button.property("choice"))
        self.edit.setFocus()

    def _update(self) -> None:
        self.check = check_places(self.edit.text(), self.single)
        check = self.check
        if not self.isEnabled():
            self.message.show_message("")
            self._choices = []
        elif check.error:
            self.message.show_message(check.short or check.error)
            self.message.setToolTip(check.error)
            self._choices = list(check.choices[:MAX_CHOICES])
        else:
            self.message.show_message(check.note, error=False)
            self.message.setStyleSheet("color: palette(text);" if check.note else "")
            self._choices = list(check.choices[:MAX_CHOICES])
        for i, button in enumerate(self.choice_buttons):
            if i < len(self._choices):
                choice = self._choices[i]
                button.setText(choice.label)
                button.setProperty("choice", choice.text)
                button.setAccessibleName(
                    QCoreApplication.translate("Places", "Use %1").replace("%1", choice.label)
                )
                button.setVisible(True)
            else:
                button.setVisible(False)
        self.changed.emit()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.EnabledChange:
            self._update()
