"""The listing editor: validates as you type, a tab per translation language."""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from volmatch.domain import Commitment, Opportunity, Scope, Status, Translation
from volmatch.gui.places import check_places
from volmatch.gui.widgets.inputs import (
    LabelledField,
    LanguageListEditor,
    MessageLabel,
    format_date,
    language_name,
    parse_date,
)
from volmatch.text import clean

#: Languages a listing can be written in; the first is the source language.
TEXT_LANGUAGES = ("cs", "en", "uk", "ru", "vi")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URL = re.compile(r"^https?://[^\s/$.?#].[^\s]*$", re.IGNORECASE)


def status_name(status: str) -> str:
    from PySide6.QtCore import QCoreApplication

    names = {
        "draft": QCoreApplication.translate("Status", "draft"),
        "published": QCoreApplication.translate("Status", "published"),
        "archived": QCoreApplication.translate("Status", "archived"),
    }
    return names.get(status, status)


class OpportunityEditor(QDialog):
    """Edit one listing; ``result_record()`` gives the new record after Save."""

    def __init__(
        self,
        record: Opportunity | None,
        duplicates: list[tuple[int, str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.record = record or Opportunity(title="")
        self.is_new = self.record.id is None
        self._duplicates = duplicates or []
        self.setWindowTitle(self.tr("New listing") if self.is_new else self.tr("Edit listing"))
        self.setObjectName("OpportunityEditor")

        self.tabs = QTabWidget()
        # Fusion draws unselected tabs lower and clips the caron of "Č" in "Čeština".
        self.tabs.setStyleSheet("QTabBar::tab { padding: 5px 10px; }")
        self.tabs.addTab(self._details_tab(), self.tr("Details"))
        self.text_edits: dict[str, tuple[QLineEdit, QPlainTextEdit]] = {}
        for code in TEXT_LANGUAGES:
            name = language_name(code)
            self.tabs.addTab(self._text_tab(code), name[:1].upper() + name[1:])

        self.summary = MessageLabel()
        self.summary.setObjectName("summary")
        self.duplicate_warning = MessageLabel()
        self.duplicate_warning.setObjectName("duplicateWarning")
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
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.duplicate_warning)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self._dup_timer = QTimer(self, singleShot=True, interval=250)
        self._dup_timer.timeout.connect(self.check_duplicates)
        self._load(self.record)
        self.validate()
        self.resize(720, 620)

    # --- building --------------------------------------------------------------
    def _details_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.organization = QLineEdit()
        self.status = QComboBox()
        for status in Status:
            self.status.addItem(status_name(status.value), status.value)
        self.scope = QComboBox()
        self.scope.addItem(self.tr("in districts"), Scope.DISTRICTS.value)
        self.scope.addItem(self.tr("anywhere in Prague"), Scope.CITYWIDE.value)
        self.scope.addItem(self.tr("online / from home"), Scope.REMOTE.value)
        self.districts = LabelledField(self.tr("e.g. Praha 7, Holešovice, Karlín"))
        self.commitment = QComboBox()
        self.commitment.addItem(self.tr("one-off"), Commitment.ONE_OFF.value)
        self.commitment.addItem(self.tr("regular"), Commitment.REGULAR.value)
        self.commitment.addItem(self.tr("long-term"), Commitment.LONG_TERM.value)
        self.languages = LanguageListEditor(with_required=True)
        self.schedule = QLineEdit()
        self.schedule.setPlaceholderText(self.tr("e.g. Mon–Fri evenings, Saturday morning"))
        self.start_date = LabelledField(self.tr("d. m. yyyy"))
        self.end_date = LabelledField(self.tr("d. m. yyyy"))
        self.valid_until = LabelledField(self.tr("d. m. yyyy"))
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 10000)
        self.capacity.setSpecialValueText(self.tr("not limited"))
        self.contact_email = LabelledField("name@example.org")
        self.contact_phone = QLineEdit()
        self.url = LabelledField("https://")
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Internal notes, never published"))
        self.notes.setFixedHeight(60)
        rows = [
            (self.tr("&Organization:"), self.organization),
            (self.tr("S&tatus:"), self.status),
            (self.tr("&Where:"), self.scope),
            (self.tr("&Districts:"), self.districts),
            (self.tr("&Commitment:"), self.commitment),
            (self.tr("&Languages:"), self.languages),
            (self.tr("&Schedule:"), self.schedule),
            (self.tr("Start date:"), self.start_date),
            (self.tr("End date:"), self.end_date),
            (self.tr("&Valid until:"), self.valid_until),
            (self.tr("Ca&pacity:"), self.capacity),
            (self.tr("Contact &e-mail:"), self.contact_email),
            (self.tr("Contact p&hone:"), self.contact_phone),
            (self.tr("&Web page:"), self.url),
            (self.tr("&Notes:"), self.notes),
        ]
        for label, widget in rows:
            form.addRow(label, widget)
            buddy = widget.edit if isinstance(widget, LabelledField) else widget
            form.labelForField(widget).setBuddy(buddy)
            buddy.setAccessibleName(label.replace("&", "").rstrip(":"))
        for field in (
            self.districts,
            self.start_date,
            self.end_date,
            self.valid_until,
            self.contact_email,
            self.url,
        ):
            field.edit.textChanged.connect(self.validate)
        self.organization.textChanged.connect(self._text_changed)
        self.scope.currentIndexChanged.connect(self.validate)
        self.languages.changed.connect(self.validate)
        return page

    def _text_tab(self, code: str) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        title = QLineEdit()
        title.setObjectName(f"title_{code}")
        title.setAccessibleName(self.tr("Title (%1)").replace("%1", code))
        description = QPlainTextEdit()
        description.setObjectName(f"description_{code}")
        description.setAccessibleName(self.tr("Description (%1)").replace("%1", code))
        form.addRow(self.tr("Title:"), title)
        form.addRow(self.tr("Description:"), description)
        if code == TEXT_LANGUAGES[0]:
            form.insertRow(
                0, QLabel(self.tr("The title in Czech is required; other languages are optional."))
            )
        self.text_edits[code] = (title, description)
        title.textChanged.connect(self._text_changed)
        description.textChanged.connect(self.validate)
        return page

    # --- record <-> fields ---------------------------------------------------------
    def _load(self, r: Opportunity) -> None:
        self.organization.setText(r.organization)
        self.status.setCurrentIndex(max(0, self.status.findData(str(r.status))))
        self.scope.setCurrentIndex(max(0, self.scope.findData(str(r.scope))))
        # Districts already resolved are shown by name, so an old ambiguous text
        # ("Žižkov") does not block saving an unrelated change.
        self.districts.setText(", ".join(r.districts) or r.district_text)
        self.commitment.setCurrentIndex(max(0, self.commitment.findData(str(r.commitment))))
        self.languages.set_needs(r.languages)
        self.schedule.setText(r.schedule)
        self.start_date.setText(format_date(r.start_date))
        self.end_date.setText(format_date(r.end_date))
        self.valid_until.setText(format_date(r.valid_until))
        self.capacity.setValue(r.capacity or 0)
        self.contact_email.setText(r.contact_email)
        self.contact_phone.setText(r.contact_phone)
        self.url.setText(r.url)
        self.notes.setPlainText(r.notes)
        texts = {r.source_lang: Translation(r.title, r.description), **r.translations}
        for code, (title, description) in self.text_edits.items():
            if code in texts:
                title.setText(texts[code].title)
                description.setPlainText(texts[code].description)

    def result_record(self) -> Opportunity:
        """The record as the fields describe it (call after ``validate()`` found no errors)."""
        source = TEXT_LANGUAGES[0]
        translations = {}
        for code, (title, description) in self.text_edits.items():
            if code != source and clean(title.text()):
                translations[code] = Translation(
                    clean(title.text()), clean(description.toPlainText())
                )
        places = check_places(self.districts.text())
        scope = Scope(self.scope.currentData())
        return replace(
            self.record,
            title=clean(self.text_edits[source][0].text()),
            description=clean(self.text_edits[source][1].toPlainText()),
            source_lang=source,
            translations=translations,
            organization=clean(self.organization.text()),
            status=Status(self.status.currentData()),
            scope=scope,
            districts=places.districts if scope is Scope.DISTRICTS else (),
            district_text=clean(self.districts.text()),
            commitment=Commitment(self.commitment.currentData()),
            languages=self.languages.needs(),
            schedule=clean(self.schedule.text()),
            start_date=parse_date(self.start_date.text())[0],
            end_date=parse_date(self.end_date.text())[0],
            valid_until=parse_date(self.valid_until.text())[0],
            capacity=self.capacity.value() or None,
            contact_email=clean(self.contact_email.text()),
            contact_phone=clean(self.contact_phone.text()),
            url=clean(self.url.text()),
            notes=clean(self.notes.toPlainText()),
        )

    # --- validation ------------------------------------------------------------------
    def _text_changed(self) -> None:
        self.validate()
        if self.is_new:
            self._dup_timer.start()

    def validate(self) -> list[str]:
        """Check every field, show messages next to them; returns the errors."""
        errors: list[str] = []
        title = self.text_edits[TEXT_LANGUAGES[0]][0]
        if not clean(title.text()):
            errors.append(self.tr("The Czech title is required."))
        scope = self.scope.currentData()
        self.districts.setEnabled(scope == Scope.DISTRICTS.value)
        if scope == Scope.DISTRICTS.value:
            places = check_places(self.districts.text())
            if places.error:
                self.districts.message.show_message(places.error)
                errors.append(places.error)
            elif not self.districts.text().strip():
                message = self.tr("Name at least one district, or choose “anywhere in Prague”.")
                self.districts.message.show_message(message)
                errors.append(message)
            else:
                self.districts.message.show_message(places.note, error=False)
        else:
            self.districts.message.show_message("")
        dates = {}
        for name, field in (
            ("start", self.start_date),
            ("end", self.end_date),
            ("valid", self.valid_until),
        ):
            value, ok = parse_date(field.text())
            dates[name] = value
            message = (
                ""
                if ok
                else self.tr("“%1” is not a date; write e.g. 1. 3. 2025.").replace(
                    "%1", field.text()
                )
            )
            field.message.show_message(message)
            if message:
                errors.append(message)
        if dates["start"] and dates["end"] and dates["end"] < dates["start"]:
            message = self.tr("The end date is before the start date.")
            self.end_date.message.show_message(message)
            errors.append(message)
        email = self.contact_email.text().strip()
        message = (
            ""
            if not email or _EMAIL.match(email)
            else self.tr("“%1” is not an e-mail address; write e.g. name@example.org.").replace(
                "%1", email
            )
        )
        self.contact_email.message.show_message(message)
        if message:
            errors.append(message)
        url = self.url.text().strip()
        message = (
            ""
            if not url or _URL.match(url)
            else self.tr("“%1” is not a web address; write e.g. https://example.org.").replace(
                "%1", url
            )
        )
        self.url.message.show_message(message)
        if message:
            errors.append(message)
        duplicated = self.languages.duplicates()
        if duplicated:
            errors.append(
                self.tr("A language is listed twice: %1.").replace("%1", ", ".join(duplicated))
            )
        self.summary.show_message(errors[0] if errors else "")
        self.save_button.setEnabled(not errors)
        return errors

    def check_duplicates(self) -> None:
        """Warn when a new listing looks like an existing one (title and organization)."""
        if not self._duplicates:
            return
        from rapidfuzz import fuzz, process

        from volmatch.text import fold

        query = fold(f"{self.text_edits[TEXT_LANGUAGES[0]][0].text()} {self.organization.text()}")
        if len(query) < 6:
            self.duplicate_warning.show_message("")
            return
        if not hasattr(self, "_dup_choices"):
            self._dup_choices = {i: fold(text) for i, text in self._duplicates}
        choices = self._dup_choices
        best = process.extractOne(query, choices, scorer=fuzz.token_sort_ratio, score_cutoff=85)
        if best is None:
            self.duplicate_warning.show_message("")
            return
        text = dict(self._duplicates)[best[2]]
        self.duplicate_warning.show_message(
            self.tr(
                "This looks like an existing listing: “%1”. Check that it is not a duplicate."
            ).replace("%1", text.strip()),
            error=False,
        )

    def _save(self) -> None:
        if self.validate():
            return
        self.accept()

    def keyPressEvent(self, event) -> None:
        # Enter in a one-line field must not save a half-filled form.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.focusNextChild()
            return
        super().keyPressEvent(event)
