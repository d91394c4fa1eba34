"""The listing editor: every field of a listing, checked as you type.

Texts (title and description per language) on the left, one tab per language; the
facts on the right, what matching needs most on the first tab. It fits a 1366×768
screen. A title in any language is enough to save; a missing Czech title is shown as
missing, not as a block.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from volmatch.domain import Commitment, Opportunity, Scope, Status, Translation
from volmatch.gui.editors.base import RecordEditor, email_problem, url_problem
from volmatch.gui.widgets.inputs import (
    LabelledField,
    LanguageListEditor,
    MessageLabel,
    format_date,
    language_name,
    parse_date,
)
from volmatch.gui.widgets.interests import InterestEdit
from volmatch.gui.widgets.organizations import OrganizationPicker
from volmatch.gui.widgets.places import PlaceEdit
from volmatch.gui.widgets.schedule import ScheduleEdit
from volmatch.text import clean

#: Languages a listing can be written in; Czech first, the city's source language.
TEXT_LANGUAGES = ("cs", "en", "uk", "ru", "vi")


def status_name(status: str) -> str:
    names = {
        "draft": QCoreApplication.translate("Status", "draft"),
        "published": QCoreApplication.translate("Status", "published"),
        "archived": QCoreApplication.translate("Status", "archived"),
    }
    return names.get(status, status)


class OpportunityEditor(RecordEditor):
    """Edit one listing; ``result_record()`` gives the new record after Save."""

    def __init__(
        self,
        record: Opportunity | None,
        duplicates: list[tuple[int, str]] | None = None,
        parent: QWidget | None = None,
        organizations: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.record = record or Opportunity(title="")
        self.is_new = self.record.id is None
        self._duplicates = duplicates or []
        self.setWindowTitle(self.tr("New listing") if self.is_new else self.tr("Edit listing"))
        self.setObjectName("OpportunityEditor")
        self.organization = OrganizationPicker(organizations or [])

        self.text_tabs = QTabWidget()
        self.text_tabs.setObjectName("textTabs")
        # Fusion draws unselected tabs lower and clips the caron of "Č" in "Čeština".
        self.text_tabs.setStyleSheet("QTabBar::tab { padding: 5px 10px; }")
        self.text_edits: dict[str, tuple[QLineEdit, QPlainTextEdit]] = {}
        self.title_messages: dict[str, MessageLabel] = {}
        for code in TEXT_LANGUAGES:
            name = language_name(code)
            self.text_tabs.addTab(self._text_tab(code), name[:1].upper() + name[1:])
        self.tabs = QTabWidget()
        self.tabs.setObjectName("factTabs")
        self.tabs.setStyleSheet("QTabBar::tab { padding: 5px 10px; }")
        self.tabs.addTab(self._main_tab(), self.tr("Main facts"))
        self.tabs.addTab(self._time_tab(), self.tr("Time and contact"))

        self.duplicate_warning = MessageLabel()
        self.duplicate_warning.setObjectName("duplicateWarning")
        columns = QHBoxLayout()
        columns.addWidget(self.text_tabs, 5)
        columns.addWidget(self.tabs, 6)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.duplicate_warning)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self._dup_timer = QTimer(self, singleShot=True, interval=250)
        self._dup_timer.timeout.connect(self.check_duplicates)
        self._load(self.record)
        self._connect()
        self.validate()
        self.resize(1180, 660)

    # --- building --------------------------------------------------------------
    def _main_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.status = QComboBox()
        for status in Status:
            self.status.addItem(status_name(status.value), status.value)
        self.valid_until = LabelledField(self.tr("d. m. yyyy"))
        self.scope = QComboBox()
        self.scope.addItem(self.tr("in districts"), Scope.DISTRICTS.value)
        self.scope.addItem(self.tr("anywhere in Prague"), Scope.CITYWIDE.value)
        self.scope.addItem(self.tr("online / from home"), Scope.REMOTE.value)
        self.districts = PlaceEdit(self.tr("e.g. Praha 7, Holešovice, na Letné"))
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("street and number, if there is one place"))
        self.interests = InterestEdit()
        self.languages = LanguageListEditor(with_required=True)
        self.commitment = QComboBox()
        self.commitment.addItem(self.tr("one-off"), Commitment.ONE_OFF.value)
        self.commitment.addItem(self.tr("regular"), Commitment.REGULAR.value)
        self.commitment.addItem(self.tr("long-term"), Commitment.LONG_TERM.value)
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 10000)
        self.capacity.setSpecialValueText(self.tr("not limited"))
        self.min_age = QSpinBox()
        self.min_age.setRange(0, 99)
        self.min_age.setSpecialValueText(self.tr("any age"))
        self.min_age.setSuffix(self.tr(" years"))
        self.add_rows(
            form,
            [
                (self.tr("&Organization:"), self.organization),
                (self.tr("S&tatus:"), self.status),
                (self.tr("&Valid until:"), self.valid_until),
                (self.tr("&Where:"), self.scope),
                (self.tr("&Districts:"), self.districts),
                (self.tr("A&ddress:"), self.address),
                (self.tr("&Interests:"), self.interests),
                (self.tr("&Languages:"), self.languages),
                (self.tr("&Commitment:"), self.commitment),
                (self.tr("Ca&pacity:"), self.capacity),
                (self.tr("&Minimum age:"), self.min_age),
            ],
        )
        self.languages.setToolTip(
            self.tr(
                "Tick “required” for a language the volunteer must speak at least at the level "
                "chosen; the others are welcome."
            )
        )
        return page

    def _time_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.start_date = LabelledField(self.tr("d. m. yyyy"))
        self.end_date = LabelledField(self.tr("d. m. yyyy"))
        self.schedule = ScheduleEdit(self.tr("e.g. Mon–Fri evenings, Saturday morning"))
        self.accessibility = QLineEdit()
        self.accessibility.setPlaceholderText(self.tr("e.g. wheelchair access, lift, quiet room"))
        self.contact_email = LabelledField("name@example.org")
        self.contact_phone = QLineEdit()
        self.url = LabelledField("https://")
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Internal notes, never published"))
        self.notes.setFixedHeight(80)
        self.add_rows(
            form,
            [
                (self.tr("Start date:"), self.start_date),
                (self.tr("End date:"), self.end_date),
                (self.tr("&Schedule:"), self.schedule),
                (self.tr("Accessi&bility:"), self.accessibility),
                (self.tr("Contact &e-mail:"), self.contact_email),
                (self.tr("Contact p&hone:"), self.contact_phone),
                (self.tr("Application &web page:"), self.url),
                (self.tr("&Notes:"), self.notes),
            ],
        )
        return page

    def _text_tab(self, code: str) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        title = QLineEdit()
        title.setObjectName(f"title_{code}")
        title.setAccessibleName(self.tr("Title (%1)").replace("%1", code))
        message = MessageLabel()
        description = QPlainTextEdit()
        description.setObjectName(f"description_{code}")
        description.setAccessibleName(self.tr("Description (%1)").replace("%1", code))
        form.addRow(self.tr("Title:"), title)
        form.addRow("", message)
        form.addRow(self.tr("Description:"), description)
        self.text_edits[code] = (title, description)
        self.title_messages[code] = message
        return page

    def _connect(self) -> None:
        for field in (
            self.valid_until,
            self.start_date,
            self.end_date,
            self.contact_email,
            self.url,
        ):
            field.edit.textChanged.connect(self.validate)
        for title, description in self.text_edits.values():
            title.textChanged.connect(self._text_changed)
            description.textChanged.connect(self.validate)
        self.organization.changed.connect(self._text_changed)
        self.districts.changed.connect(self.validate)
        # Once the place is typed (not on each key: "Praha" on its way to "Praha 7" means
        # the whole city).
        self.districts.edit.editingFinished.connect(self._places_done)
        self.scope.currentIndexChanged.connect(self.validate)
        self.languages.changed.connect(self.validate)

    def _places_done(self) -> None:
        """ "celá Praha" or "online" typed as the place says where, as the import reads it."""
        check = self.districts.check
        if not check.error and not check.districts and (check.citywide or check.remote):
            scope = Scope.CITYWIDE if check.citywide else Scope.REMOTE
            self.scope.setCurrentIndex(self.scope.findData(scope.value))

    # --- record <-> fields ---------------------------------------------------------
    def _load(self, r: Opportunity) -> None:
        self.organization.setText(r.organization)
        self.status.setCurrentIndex(max(0, self.status.findData(str(r.status))))
        self.scope.setCurrentIndex(max(0, self.scope.findData(str(r.scope))))
        # Districts already resolved are shown by name, so an old ambiguous text
        # ("Žižkov") does not block saving an unrelated change.
        self.districts.setText(", ".join(r.districts) or r.district_text)
        self.address.setText(r.address)
        self.interests.set_interests(r.interests)
        self.commitment.setCurrentIndex(max(0, self.commitment.findData(str(r.commitment))))
        self.languages.set_needs(r.languages)
        self.schedule.set_value(r.schedule, r.schedule_mask)
        self.start_date.setText(format_date(r.start_date))
        self.end_date.setText(format_date(r.end_date))
        self.valid_until.setText(format_date(r.valid_until))
        self.capacity.setValue(r.capacity or 0)
        self.min_age.setValue(r.min_age or 0)
        self.accessibility.setText(r.accessibility)
        self.contact_email.setText(r.contact_email)
        self.contact_phone.setText(r.contact_phone)
        self.url.setText(r.url)
        self.notes.setPlainText(r.notes)
        texts = {r.source_lang: Translation(r.title, r.description), **r.translations}
        for code, (title, description) in self.text_edits.items():
            if code in texts:
                title.setText(texts[code].title)
                description.setPlainText(texts[code].description)
        if r.title and r.source_lang not in self.text_edits:
            # A language the editor has no tab for: keep it as it was.
            self._foreign_source = (r.source_lang, Translation(r.title, r.description))

    def texts(self) -> dict[str, Translation]:
        """The texts with a title, by language, in the editor's order."""
        out = {}
        for code, (title, description) in self.text_edits.items():
            if clean(title.text()):
                out[code] = Translation(clean(title.text()), clean(description.toPlainText()))
        return out

    def result_record(self) -> Opportunity:
        """The record as the fields describe it (call after ``validate()`` found no errors)."""
        texts = self.texts()
        extra = getattr(self, "_foreign_source", None)
        if extra is not None:
            texts.setdefault(*extra)
        source = "cs" if "cs" in texts else next(iter(texts), "cs")
        main = texts.pop(source, Translation(""))
        scope = Scope(self.scope.currentData())
        values = dict(
            title=main.title,
            description=main.description,
            source_lang=source,
            translations=texts,
            organization=clean(self.organization.text()),
            status=Status(self.status.currentData()),
            scope=scope,
            districts=self.districts.districts() if scope is Scope.DISTRICTS else (),
            district_text=clean(self.districts.text()),
            address=clean(self.address.text()),
            # Words no tag names are kept among the interests as free keywords, as the
            # import keeps them (matching.keywords reads them).
            interests=self.interests.tags() + self.interests.keywords(),
            commitment=Commitment(self.commitment.currentData()),
            languages=self.languages.needs(),
            schedule=clean(self.schedule.text()),
            schedule_mask=self.schedule.mask(),
            start_date=parse_date(self.start_date.text())[0],
            end_date=parse_date(self.end_date.text())[0],
            valid_until=parse_date(self.valid_until.text())[0],
            capacity=self.capacity.value() or None,
            min_age=self.min_age.value() or None,
            accessibility=clean(self.accessibility.text()),
            contact_email=clean(self.contact_email.text()),
            contact_phone=clean(self.contact_phone.text()),
            url=clean(self.url.text()),
            notes=clean(self.notes.toPlainText()),
        )
        return replace(self.record, **values)

    # --- validation ------------------------------------------------------------------
    def _text_changed(self) -> None:
        self.validate()
        if self.is_new:
            self._dup_timer.start()

    def check(self) -> None:
        texts = self.texts()
        for message in self.title_messages.values():
            message.show_message("")
        if not texts:
            self.problem(self.tr("Give the listing a title, in Czech or in another language."))
            self.title_messages["cs"].show_message(self.tr("A title is needed."))
        elif "cs" not in texts:
            self.title_messages["cs"].show_message(
                self.tr("The Czech title is missing: add it before publishing."), error=False
            )
        self.problem(self.organization.problem())
        in_districts = self.scope.currentData() == Scope.DISTRICTS.value
        self.districts.setEnabled(in_districts)
        if in_districts:
            if self.districts.error():
                self.problem(self.districts.error())
            elif not self.districts.districts():
                message = self.tr("Name at least one district, or choose “anywhere in Prague”.")
                self.districts.message.show_message(message)
                self.problem(message)
        self.check_dates(
            (self.start_date, self.end_date, self.valid_until),
            self.start_date,
            self.end_date,
            self.tr("The end date is before the start date."),
        )
        self.check_field(self.contact_email, email_problem)
        self.check_field(self.url, url_problem)
        self.check_languages(self.languages)

    def validate(self) -> list[str]:
        errors = super().validate()
        if not errors and "cs" not in self.texts() and self.texts():
            self.summary.show_message(self.title_messages["cs"].text(), error=False)
        return errors

    def confirm_save(self) -> bool:
        return self.organization.confirm(self)

    def check_duplicates(self) -> None:
        """Warn when a new listing looks like an existing one (title and organization)."""
        if not self._duplicates:
            return
        from rapidfuzz import fuzz, process

        from volmatch.text import fold

        title = next(iter(self.texts().values()), Translation("")).title
        query = fold(f"{title} {self.organization.text()}")
        if len(query) < 6:
            self.duplicate_warning.show_message("")
            return
        if not hasattr(self, "_dup_choices"):
            self._dup_choices = {i: fold(text) for i, text in self._duplicates}
        best = process.extractOne(
            query, self._dup_choices, scorer=fuzz.token_sort_ratio, score_cutoff=85
        )
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
