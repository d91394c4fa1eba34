"""The volunteer profile editor: language + level pickers, a district picker that accepts
what people type, consent date and scope. Validates as you type."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from volmatch.domain import Volunteer
from volmatch.gui.places import check_places, district_names
from volmatch.gui.widgets.inputs import (
    LabelledField,
    LanguageListEditor,
    MessageLabel,
    format_date,
    parse_date,
)
from volmatch.text import clean, fold

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class VolunteerEditor(QDialog):
    def __init__(self, record: Volunteer | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record = record or Volunteer(name="")
        self.setObjectName("VolunteerEditor")
        self.setWindowTitle(
            self.tr("New volunteer") if self.record.id is None else self.tr("Edit volunteer")
        )
        form = QFormLayout()
        self.name = LabelledField()
        self.email = LabelledField("name@example.org")
        self.phone = QLineEdit()
        self.district = QComboBox()
        self.district.setEditable(True)
        self.district.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.district.addItem("")
        self.district.addItems(list(district_names()))
        completer = QCompleter(self.district.model(), self.district)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.district.setCompleter(completer)
        self.district_message = MessageLabel()
        self.travel = LabelledField(self.tr("other districts the person will travel to"))
        self.languages = LanguageListEditor(with_required=False)
        self.interests = QLineEdit()
        self.interests.setPlaceholderText(self.tr("e.g. children, gardening, cooking"))
        self.availability = QLineEdit()
        self.availability.setPlaceholderText(self.tr("e.g. Mon–Fri evenings, weekends"))
        self.available_from = LabelledField(self.tr("d. m. yyyy"))
        self.available_until = LabelledField(self.tr("d. m. yyyy"))
        self.birth_year = LabelledField(self.tr("e.g. 1990"))
        self.consent_date = LabelledField(self.tr("d. m. yyyy"))
        self.consent_scope = QComboBox()
        self.consent_scope.setObjectName("consentScope")
        # Shown in words, stored as the canonical scope the core reads (privacy.consent),
        # whatever the interface language.
        for label, scope in (
            (self.tr("matching and contact by the coordinator"), "matching, contact"),
            (
                self.tr("matching and passing contact to organizations"),
                "matching, contact, organizations",
            ),
            (self.tr("matching only, no contact"), "matching"),
        ):
            self.consent_scope.addItem(label, scope)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        rows = [
            (self.tr("&Name:"), self.name),
            (self.tr("&E-mail:"), self.email),
            (self.tr("&Phone:"), self.phone),
            (self.tr("Home &district:"), self.district),
            ("", self.district_message),
            (self.tr("&Travels to:"), self.travel),
            (self.tr("&Languages:"), self.languages),
            (self.tr("&Interests:"), self.interests),
            (self.tr("A&vailability:"), self.availability),
            (self.tr("Available &from:"), self.available_from),
            (self.tr("Available &until:"), self.available_until),
            (self.tr("&Year of birth:"), self.birth_year),
            (self.tr("&Consent given on:"), self.consent_date),
            (self.tr("Consent &scope:"), self.consent_scope),
            (self.tr("N&otes:"), self.notes),
        ]
        for label, widget in rows:
            form.addRow(label, widget)
            if label:
                buddy = widget.edit if isinstance(widget, LabelledField) else widget
                form.labelForField(widget).setBuddy(buddy)
                buddy.setAccessibleName(label.replace("&", "").rstrip(":"))
        self.summary = MessageLabel()
        self.summary.setObjectName("summary")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self._load(self.record)
        for field in (
            self.name,
            self.email,
            self.travel,
            self.available_from,
            self.available_until,
            self.birth_year,
            self.consent_date,
        ):
            field.edit.textChanged.connect(self.validate)
        self.district.editTextChanged.connect(self.validate)
        self.languages.changed.connect(self.validate)
        self.validate()
        self.resize(620, 700)

    def _load(self, r: Volunteer) -> None:
        self.name.setText(r.name)
        self.email.setText(r.email)
        self.phone.setText(r.phone)
        self.district.setEditText(r.district or r.district_text)
        self.travel.setText(", ".join(r.travel_districts))
        self.languages.set_skills(r.languages)
        self.interests.setText(r.interests_text or ", ".join(r.interest_tags))
        self.availability.setText(r.availability)
        self.available_from.setText(format_date(r.available_from))
        self.available_until.setText(format_date(r.available_until))
        self.birth_year.setText(str(r.birth_year) if r.birth_year else "")
        self.consent_date.setText(format_date(r.consent_date))
        self._show_scope(r.consent_scope)
        self.notes.setPlainText(r.notes)

    def _show_scope(self, scope: str) -> None:
        """The option that says what ``scope`` covers; a scope in other words that covers
        something else is kept as written, so saving never widens or narrows a consent."""
        from volmatch.privacy.consent import CONTACT, MATCHING, consent_purposes

        if not scope:
            return
        purposes = consent_purposes(scope)
        to_orgs = "organi" in fold(scope)
        if purposes == {MATCHING, CONTACT}:
            self.consent_scope.setCurrentIndex(1 if to_orgs else 0)
        elif purposes == {MATCHING}:
            self.consent_scope.setCurrentIndex(2)
        else:
            self.consent_scope.addItem(scope, scope)
            self.consent_scope.setCurrentIndex(self.consent_scope.count() - 1)

    def validate(self) -> list[str]:
        errors: list[str] = []
        if not clean(self.name.text()):
            errors.append(self.tr("The name is required."))
        email = self.email.text().strip()
        message = (
            ""
            if not email or _EMAIL.match(email)
            else self.tr("“%1” is not an e-mail address; write e.g. name@example.org.").replace(
                "%1", email
            )
        )
        self.email.message.show_message(message)
        errors += [message] if message else []
        home = check_places(self.district.currentText())
        if home.error:
            self.district_message.show_message(home.error)
            errors.append(home.error)
        elif len(home.districts) > 1:
            message = self.tr("Choose one home district.")
            self.district_message.show_message(message)
            errors.append(message)
        else:
            self.district_message.show_message(home.note, error=False)
        travel = check_places(self.travel.text())
        self.travel.message.show_message(travel.error or travel.note, error=bool(travel.error))
        errors += [travel.error] if travel.error else []
        for field in (self.available_from, self.available_until, self.consent_date):
            value, ok = parse_date(field.text())
            message = (
                ""
                if ok
                else self.tr("“%1” is not a date; write e.g. 1. 3. 2025.").replace(
                    "%1", field.text()
                )
            )
            if ok and field is self.consent_date and value and value > dt.date.today():
                message = self.tr("The consent date cannot be in the future.")
            field.message.show_message(message)
            errors += [message] if message else []
        if not errors and not self.consent_date.text().strip():
            self.consent_date.message.show_message(
                self.tr("Without a recorded consent the profile should not be kept."), error=False
            )
        year = self.birth_year.text().strip()
        message = ""
        if year and (not year.isdigit() or not 1900 <= int(year) <= dt.date.today().year):
            message = self.tr("“%1” is not a year of birth; write e.g. 1990.").replace("%1", year)
        self.birth_year.message.show_message(message)
        errors += [message] if message else []
        duplicated = self.languages.duplicates()
        if duplicated:
            errors.append(
                self.tr("A language is listed twice: %1.").replace("%1", ", ".join(duplicated))
            )
        self.summary.show_message(errors[0] if errors else "")
        self.save_button.setEnabled(not errors)
        return errors

    def result_record(self) -> Volunteer:
        home = check_places(self.district.currentText())
        year = self.birth_year.text().strip()
        return replace(
            self.record,
            name=clean(self.name.text()),
            email=clean(self.email.text()),
            phone=clean(self.phone.text()),
            district=home.districts[0] if home.districts else None,
            district_text=clean(self.district.currentText()),
            travel_districts=check_places(self.travel.text()).districts,
            languages=self.languages.skills(),
            interests_text=clean(self.interests.text()),
            availability=clean(self.availability.text()),
            available_from=parse_date(self.available_from.text())[0],
            available_until=parse_date(self.available_until.text())[0],
            birth_year=int(year) if year else None,
            consent_date=parse_date(self.consent_date.text())[0],
            consent_scope=self.consent_scope.currentData() or "",
            notes=clean(self.notes.toPlainText()),
        )

    def _save(self) -> None:
        if not self.validate():
            self.accept()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.focusNextChild()
            return
        super().keyPressEvent(event)
