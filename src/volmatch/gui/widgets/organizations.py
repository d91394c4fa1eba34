"""Choosing a listing's organisation among the stored ones, by any part of its name.

The stored names are searched by the core (:mod:`volmatch.reference.orgnames`): without
diacritics and legal forms, typos allowed. A name that is not stored is a new
organisation only by an explicit choice; one that looks like a stored name asks first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from volmatch.gui.widgets.inputs import MessageLabel
from volmatch.text import clean


def _link_button() -> QPushButton:
    button = QPushButton()
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setStyleSheet(
        "QPushButton { color: palette(link); text-decoration: underline; padding: 0 4px; }"
    )
    button.setVisible(False)
    return button


class OrganizationPicker(QWidget):
    """A line edit offering stored organisations as you type, and saying what it will store."""

    changed = Signal()

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = list(names)
        self._stored = set(self.names)
        self.new_confirmed = ""  # the name the person chose to create
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(
            QCoreApplication.translate(
                "Organizations", "type part of the name, e.g. komunitni centrum"
            )
        )
        self.model = QStringListModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(10)
        self.edit.setCompleter(self.completer)
        self.completer.activated.connect(self._picked)
        self.message = MessageLabel()
        self.message.setObjectName("organizationMessage")
        self.use_button = _link_button()
        self.use_button.clicked.connect(lambda: self.edit.setText(self.use_button.property("name")))
        self.new_button = _link_button()
        self.new_button.setText(
            QCoreApplication.translate("Organizations", "Create a new organization")
        )
        self.new_button.clicked.connect(self.create_new)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.message, 1)
        line.addWidget(self.use_button)
        line.addWidget(self.new_button)
        for button in (self.use_button, self.new_button):
            button.setFixedHeight(self.message.height())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addLayout(line)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._update)
        self.edit.textEdited.connect(self._offer)

    # --- values ------------------------------------------------------------------------
    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def set_names(self, names: list[str]) -> None:
        self.names = list(names)
        self._stored = set(self.names)
        self._update()

    def is_stored(self) -> bool:
        return clean(self.edit.text()) in self._stored

    def offered(self) -> list[str]:
        """The stored names offered for what is typed, best first."""
        from volmatch.reference.orgnames import search

        return [m.name for m in search(self.edit.text(), self.names)]

    def lookalikes(self) -> list[str]:
        from volmatch.reference.orgnames import similar

        return [m.name for m in similar(clean(self.edit.text()), self.names)]

    def problem(self) -> str:
        """Nothing blocks saving here; a new name is confirmed in :meth:`confirm`."""
        return ""

    # --- reacting ------------------------------------------------------------------------
    def _offer(self) -> None:
        self.model.setStringList(self.offered())
        if self.model.rowCount() and self.edit.hasFocus():
            self.completer.complete()

    def _picked(self, name: str) -> None:
        self.edit.setText(name)

    def create_new(self) -> None:
        """The person's explicit choice: the name typed is a new organisation."""
        self.new_confirmed = clean(self.edit.text())
        self._update()

    def _update(self) -> None:
        name = clean(self.edit.text())
        self.use_button.setVisible(False)
        self.new_button.setVisible(False)
        if not name:
            self.message.show_message("")
        elif name in self._stored:
            self.message.show_message(
                QCoreApplication.translate("Organizations", "✓ a stored organization"), error=False
            )
            self.message.setStyleSheet("color: palette(text);")
        elif name == self.new_confirmed:
            self.message.show_message(
                QCoreApplication.translate(
                    "Organizations", "A new organization “%1” will be stored."
                ).replace("%1", name),
                error=False,
            )
        else:
            near = self.lookalikes() or self.offered()[:1]
            if near:
                self.message.show_message(
                    QCoreApplication.translate("Organizations", "Did you mean:"),
                    error=False,
                )
                self.use_button.setText(near[0])
                self.use_button.setProperty("name", near[0])
                self.use_button.setAccessibleName(
                    QCoreApplication.translate("Organizations", "Use %1").replace("%1", near[0])
                )
                self.use_button.setVisible(True)
            else:
                self.message.show_message(
                    QCoreApplication.translate(
                        "Organizations", "No stored organization has this name."
                    ),
                    False,
                )
            self.new_button.setVisible(True)
        self.changed.emit()

    def confirm(self, parent: QWidget) -> bool:
        """Before saving: a name not stored is created only if the person says so."""
        name = clean(self.edit.text())
        if not name or name in self._stored or name == self.new_confirmed:
            return True
        near = self.lookalikes()
        box = QMessageBox(parent)
        box.setObjectName("organizationQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("Organizations", "New organization?"))
        use = None
        if near:
            box.setText(
                QCoreApplication.translate(
                    "Organizations",
                    "“%1” looks like the stored organization “%2”. Is it the same one?",
                )
                .replace("%1", name)
                .replace("%2", near[0])
            )
            use = box.addButton(
                QCoreApplication.translate("Organizations", "Use “%1”").replace("%1", near[0]),
                QMessageBox.ButtonRole.AcceptRole,
            )
        else:
            box.setText(
                QCoreApplication.translate(
                    "Organizations", "No stored organization is called “%1”."
                ).replace("%1", name)
            )
        create = box.addButton(
            QCoreApplication.translate("Organizations", "Create a new organization"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(
            QCoreApplication.translate("Organizations", "Go back"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(use or create)
        self.question = box  # reachable for tests while it is open
        box.exec()
        self.question = None
        clicked = box.clickedButton()
        if use is not None and clicked is use:
            self.edit.setText(near[0])
            return True
        if clicked is create:
            self.create_new()
            return True
        return False
