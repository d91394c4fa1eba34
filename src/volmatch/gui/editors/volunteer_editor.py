"""The volunteer profile editor: every field of a profile, checked as you type.

The person and their consent on the left, what matching reads on the right: home and
travel districts (the shared place entry), languages with levels (CEFR explained in
the level picker's tooltip), interests (the shared interest entry), availability.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from volmatch.domain import Volunteer
from volmatch.gui.editors.base import RecordEditor, email_problem
from volmatch.gui.widgets.inputs import (
    LabelledField,
    LanguageListEditor,
    MessageLabel,
    format_date,
    parse_date,
)
from volmatch.gui.widgets.interests import InterestEdit
from volmatch.gui.widgets.places import PlaceEdit
from volmatch.gui.widgets.schedule import ScheduleEdit
from volmatch.text import clean


def consent_words(scope: str) -> str:
    """What a consent scope allows, in words, read by the core's consent rules."""
    from volmatch.privacy.consent import SHARE_PROFILE, sharing_purposes

    passing = sharing_purposes(scope)
    extra = ""
    if SHARE_PROFILE in passing:
        extra = QCoreApplication.translate(
            "Editors",
            "The name, contact details and profile (languages, days and times, district, "
            "interests) may be passed to the listing's organization.",
        )
    elif passing:
        extra = QCoreApplication.translate(
            "Editors", "The name and contact details may be passed to the listing's organization."
        )
    return " ".join(part for part in (_purpose_words(scope), extra) if part)


def _purpose_words(scope: str) -> str:
    from volmatch.privacy.consent import CONTACT, MATCHING, consent_purposes

    purposes = consent_purposes(scope)
    if purposes >= {MATCHING, CONTACT}:
        return QCoreApplication.translate(
            "Editors", "Allows matching to listings and contacting the person."
        )
    if MATCHING in purposes:
        return QCoreApplication.translate(
            "Editors", "Allows matching only: the person may not be contacted."
        )
    if CONTACT in purposes:
        return QCoreApplication.translate(
            "Editors", "Allows contact only: the person is not matched to listings."
        )
    return QCoreApplication.translate(
        "Editors", "Names neither matching nor contact: the profile is not matched."
    )


def months_between(given: dt.date, today: dt.date) -> int:
    months = (today.year - given.year) * 12 + today.month - given.month
    return months - 1 if today.day < given.day else months


class VolunteerEditor(RecordEditor):
    """Edit one volunteer profile; ``result_record()`` gives the new record after Save."""

    def __init__(self, record: Volunteer | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record = record or Volunteer(name="")
        self.setObjectName("VolunteerEditor")
        self.setWindowTitle(
            self.tr("New volunteer") if self.record.id is None else self.tr("Edit volunteer")
        )
        columns = QHBoxLayout()
        columns.addWidget(self._person_box(), 5)
        columns.addWidget(self._matching_box(), 6)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self._load(self.record)
        for field in (
            self.name,
            self.email,
            self.available_from,
            self.available_until,
            self.birth_year,
            self.consent_date,
        ):
            field.edit.textChanged.connect(self.validate)
        self.consent_scope.currentIndexChanged.connect(self.validate)
        self.district.changed.connect(self.validate)
        self.travel.changed.connect(self.validate)
        self.languages.changed.connect(self.validate)
        self.validate()
        self.resize(1100, 600)

    def _person_box(self) -> QWidget:
        box = QGroupBox(self.tr("The person"))
        form = QFormLayout(box)
        self.name = LabelledField()
        self.email = LabelledField("name@example.org")
        self.phone = QLineEdit()
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
            (
                self.tr("matching and passing contact and profile to organizations"),
                "matching, contact, organizations, profile",
            ),
            (self.tr("matching only, no contact"), "matching"),
        ):
            self.consent_scope.addItem(label, scope)
        self.consent_message = MessageLabel()
        self.consent_message.setObjectName("consentWords")
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Internal notes, never published"))
        self.add_rows(
            form,
            [
                (self.tr("&Name:"), self.name),
                (self.tr("&E-mail:"), self.email),
                (self.tr("&Phone:"), self.phone),
                (self.tr("&Year of birth:"), self.birth_year),
                (self.tr("&Consent given on:"), self.consent_date),
                (self.tr("Consent &scope:"), self.consent_scope),
                ("", self.consent_message),
                (self.tr("N&otes:"), self.notes),
            ],
        )
        return box

    def _matching_box(self) -> QWidget:
        box = QGroupBox(self.tr("What matching reads"))
        form = QFormLayout(box)
        self.district = PlaceEdit(self.tr("where the person lives, e.g. Karlín"), single=True)
        self.travel = PlaceEdit(self.tr("other districts the person will travel to"))
        self.languages = LanguageListEditor(with_required=False)
        self.interests = InterestEdit()
        self.availability = ScheduleEdit(self.tr("e.g. Mon–Fri evenings, weekends"))
        self.available_from = LabelledField(self.tr("d. m. yyyy"))
        self.available_until = LabelledField(self.tr("d. m. yyyy"))
        self.add_rows(
            form,
            [
                (self.tr("Home &district:"), self.district),
                (self.tr("&Travels to:"), self.travel),
                (self.tr("&Languages:"), self.languages),
                (self.tr("&Interests:"), self.interests),
                (self.tr("A&vailability:"), self.availability),
                (self.tr("Available &from:"), self.available_from),
                (self.tr("Available &until:"), self.available_until),
            ],
        )
        return box

    def _load(self, r: Volunteer) -> None:
        self.name.setText(r.name)
        self.email.setText(r.email)
        self.phone.setText(r.phone)
        self.district.setText(r.district or r.district_text)
        self.travel.setText(", ".join(r.travel_districts))
        self.languages.set_skills(r.languages)
        if r.interests_text:
            self.interests.set_text(r.interests_text)
        else:
            self.interests.set_values(r.interest_tags)
        self.availability.set_value(r.availability, r.availability_mask)
        self.available_from.setText(format_date(r.available_from))
        self.available_until.setText(format_date(r.available_until))
        self.birth_year.setText(str(r.birth_year) if r.birth_year else "")
        self.consent_date.setText(format_date(r.consent_date))
        self._show_scope(r.consent_scope)
        self.notes.setPlainText(r.notes)

    def _show_scope(self, scope: str) -> None:
        """The option that says what ``scope`` covers; a scope in other words that covers
        something else is kept as written, so saving never widens or narrows a consent."""
        from volmatch.privacy.consent import (
            CONTACT,
            MATCHING,
            SHARE_CONTACT,
            SHARE_PROFILE,
            consent_purposes,
            sharing_purposes,
        )

        if not scope:
            return
        purposes = consent_purposes(scope)
        passing = sharing_purposes(scope)
        canonical = None
        if purposes == {MATCHING, CONTACT}:
            canonical = (
                "matching, contact, organizations, profile"
                if SHARE_PROFILE in passing
                else "matching, contact, organizations"
                if SHARE_CONTACT in passing
                else "matching, contact"
            )
        elif purposes == {MATCHING} and not passing:
            canonical = "matching"
        if canonical is not None:
            self.consent_scope.setCurrentIndex(self.consent_scope.findData(canonical))
        else:
            self.consent_scope.addItem(scope, scope)
            self.consent_scope.setCurrentIndex(self.consent_scope.count() - 1)

    def check(self) -> None:
        if not clean(self.name.text()):
            self.problem(self.tr("The name is required."))
        self.check_field(self.email, email_problem)
        self.problem(self.district.error())
        self.problem(self.travel.error())
        self.check_dates(
            (self.available_from, self.available_until, self.consent_date),
            self.available_from,
            self.available_until,
            self.tr("“Available until” is before “available from”."),
        )
        self._check_consent()
        year = self.birth_year.text().strip()
        if year and (not year.isdigit() or not 1900 <= int(year) <= dt.date.today().year):
            self.problem(
                self.tr("“%1” is not a year of birth; write e.g. 1990.").replace("%1", year),
                self.birth_year,
            )
        self.check_languages(self.languages)

    def _check_consent(self) -> None:
        given, ok = parse_date(self.consent_date.text())
        if ok and given and given > dt.date.today():
            self.problem(self.tr("The consent date cannot be in the future."), self.consent_date)
        elif ok and given:
            self.consent_date.message.show_message(self.age_words(given), error=False)
            self.consent_date.message.setStyleSheet("color: palette(text);")
        elif ok:
            self.consent_date.message.show_message(
                self.tr("No consent recorded: the profile is neither matched nor contacted."),
                error=False,
            )
        if given:
            self.consent_message.show_message(
                consent_words(self.consent_scope.currentData() or ""), error=False
            )
            self.consent_message.setStyleSheet("color: palette(text);")
        else:
            self.consent_message.show_message("")

    def age_words(self, given: dt.date, today: dt.date | None = None) -> str:
        """ "given 3 months ago" (or "today")."""
        today = today or dt.date.today()
        months = months_between(given, today)
        if given == today:
            return self.tr("given today")
        if months < 1:
            return self.tr("given %n day(s) ago", "", (today - given).days)
        return self.tr("given %n month(s) ago", "", months)

    def result_record(self) -> Volunteer:
        home = self.district.districts()
        year = self.birth_year.text().strip()
        return replace(
            self.record,
            name=clean(self.name.text()),
            email=clean(self.email.text()),
            phone=clean(self.phone.text()),
            district=home[0] if home else None,
            district_text=clean(self.district.text()),
            travel_districts=self.travel.districts(),
            languages=self.languages.skills(),
            interests_text=self.interests.text(),
            interest_tags=self.interests.tags(),
            availability=clean(self.availability.text()),
            availability_mask=self.availability.mask(),
            available_from=parse_date(self.available_from.text())[0],
            available_until=parse_date(self.available_until.text())[0],
            birth_year=int(year) if year else None,
            consent_date=parse_date(self.consent_date.text())[0],
            consent_scope=self.consent_scope.currentData() or "",
            notes=clean(self.notes.toPlainText()),
        )
