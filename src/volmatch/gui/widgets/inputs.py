"""Small input widgets shared by the editors: language lists, districts, dates, messages."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from volmatch.domain import LanguageNeed, LanguageSkill, Level

#: Languages offered in the pickers: codes, most common among Prague's foreigners first.
PICKER_LANGUAGES = (
    "cs",
    "en",
    "uk",
    "ru",
    "vi",
    "de",
    "sk",
    "pl",
    "fr",
    "es",
    "ar",
    "zh",
    "mn",
    "ro",
    "tr",
    "fa",
)


def language_name(code: str, load: bool = True) -> str:
    """The language's name in the interface language (our own list, else the catalogue's
    CLDR names). With ``load=False`` a rare language is named only once the catalogue is
    loaded, and meanwhile shown as its code, so painting never waits for it to load."""
    names = {
        "cs": QCoreApplication.translate("Widgets", "Czech"),
        "en": QCoreApplication.translate("Widgets", "English"),
        "uk": QCoreApplication.translate("Widgets", "Ukrainian"),
        "ru": QCoreApplication.translate("Widgets", "Russian"),
        "vi": QCoreApplication.translate("Widgets", "Vietnamese"),
        "de": QCoreApplication.translate("Widgets", "German"),
        "sk": QCoreApplication.translate("Widgets", "Slovak"),
        "pl": QCoreApplication.translate("Widgets", "Polish"),
        "fr": QCoreApplication.translate("Widgets", "French"),
        "es": QCoreApplication.translate("Widgets", "Spanish"),
        "ar": QCoreApplication.translate("Widgets", "Arabic"),
        "zh": QCoreApplication.translate("Widgets", "Chinese"),
        "mn": QCoreApplication.translate("Widgets", "Mongolian"),
        "ro": QCoreApplication.translate("Widgets", "Romanian"),
        "tr": QCoreApplication.translate("Widgets", "Turkish"),
        "fa": QCoreApplication.translate("Widgets", "Persian"),
    }
    if code in names:
        return names[code]
    if not load and not _catalogue_loaded():
        return code
    return _catalogue_name(code)


def _catalogue_loaded() -> bool:
    import sys

    module = sys.modules.get("volmatch.reference.languages")
    return module is not None and module.default_catalogue.cache_info().currsize > 0


class LanguageCells:
    """A table's language cell ("cs, uk") as names in the interface language ("Czech,
    Ukrainian"), worked out for the cells painted (a model's ``display_maps`` entry)."""

    def __init__(self) -> None:
        self._names: dict[str, str] = {}

    def get(self, value: str, default: str | None = None) -> str:
        text = self._names.get(value)
        if text is None:
            codes = [c.strip() for c in value.split(",") if c.strip()]
            named = [language_name(c, load=False) for c in codes]
            text = ", ".join(named)
            if named == codes and codes and not _catalogue_loaded():
                return text  # named again once the catalogue is in
            self._names[value] = text
        return text


def _catalogue_name(code: str) -> str:
    """Less common languages are named by the core's catalogue (CLDR names)."""
    from PySide6.QtCore import QLocale

    try:
        from volmatch.reference.languages import language_name

        return language_name(code, QLocale().name().split("_")[0]) or code
    except Exception:  # the catalogue is optional for naming; the code is still meaningful
        return code


def level_name(level: Level | None) -> str:
    if level is None:
        return QCoreApplication.translate("Widgets", "any level")
    return (
        QCoreApplication.translate("Widgets", "native speaker")
        if level is Level.NATIVE
        else level.name
    )


def level_description(level: Level | None) -> str:
    """What a CEFR level means, in one sentence (the Council of Europe's global scale)."""
    texts = {
        None: QCoreApplication.translate("Widgets", "Level not stated."),
        Level.A1: QCoreApplication.translate(
            "Widgets", "A1 beginner: everyday phrases, simple introductions."
        ),
        Level.A2: QCoreApplication.translate(
            "Widgets", "A2 elementary: simple routine tasks, shopping, directions."
        ),
        Level.B1: QCoreApplication.translate(
            "Widgets", "B1 intermediate: handles most everyday situations, simple texts."
        ),
        Level.B2: QCoreApplication.translate(
            "Widgets", "B2 upper intermediate: fluent conversation, detailed texts."
        ),
        Level.C1: QCoreApplication.translate(
            "Widgets", "C1 advanced: fluent and precise, also at work."
        ),
        Level.C2: QCoreApplication.translate(
            "Widgets", "C2 proficient: understands virtually everything with ease."
        ),
        Level.NATIVE: QCoreApplication.translate(
            "Widgets", "Native speaker: the person's mother tongue."
        ),
    }
    return texts[level]


def levels_tooltip() -> str:
    """The CEFR levels explained, one line each (the level pickers' tooltip)."""
    lines = [level_description(level) for level in Level]
    title = QCoreApplication.translate(
        "Widgets", "Levels of the Common European Framework of Reference (CEFR):"
    )
    return "\n".join([title, *lines])


_DATE_DOTTED = re.compile(r"^\s*(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})\s*$")


def parse_date(text: str) -> tuple[dt.date | None, bool]:
    """(date, ok) from "2025-03-01" or "1. 3. 2025"; empty text is (None, True)."""
    text = text.strip()
    if not text:
        return None, True
    try:
        match = _DATE_DOTTED.match(text)
        if match:
            day, month, year = (int(g) for g in match.groups())
            return dt.date(year, month, day), True
        return dt.date.fromisoformat(text), True
    except ValueError:
        return None, False


def format_date(value: dt.date | None) -> str:
    """A date as every page and editor writes it: "3. 12. 2026" (empty for None)."""
    return f"{value.day}. {value.month}. {value.year}" if value else ""


def format_datetime(value: dt.datetime | None, *, local: bool = False) -> str:
    """A moment as "3. 12. 2026 14:05"; ``local`` shows a stored UTC time (naive means
    UTC) in the computer's time zone."""
    if value is None:
        return ""
    if local:
        value = (value if value.tzinfo else value.replace(tzinfo=dt.UTC)).astimezone()
    return f"{format_date(value.date())} {value:%H:%M}"


class DateCells(dict):
    """A table's ISO date cell ("2026-09-01") as the editors write dates ("1. 9. 2026");
    the stored ISO text still sorts the column."""

    def __missing__(self, value: str) -> str:
        try:
            text = format_date(dt.date.fromisoformat(value)) if value else value
        except (TypeError, ValueError):
            text = value
        self[value] = text
        return text

    def get(self, value: str, default: str | None = None) -> str:
        return self[value]


class MessageLabel(QLabel):
    """A validation message under a field, in a line reserved for it: a message appearing
    never moves the fields below. A message too long for the line is cut with "…" and
    shown whole in the tooltip (and in the editor's summary)."""

    def __init__(self, parent: QWidget | None = None, reserve: bool = True) -> None:
        super().__init__(parent)
        self._full = ""
        self._reserve = reserve
        self.setWordWrap(False)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.fontMetrics().height() + 2)
        if not reserve:
            self.setVisible(False)

    def show_message(self, text: str, error: bool = True) -> None:
        self.setStyleSheet("color: #b00020;" if error else "color: #7a5000;")
        self._full = text
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        self._elide()
        if not self._reserve:
            self.setVisible(bool(text))

    def text(self) -> str:  # the whole message, not the cut one on screen
        return self._full

    def setText(self, text: str) -> None:  # e.g. the interface language changed
        self._full = text
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        self._elide()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(40, self.width())
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        QLabel.setText(self, shown)


class LanguageRow(QWidget):
    removed = Signal(object)
    changed = Signal()

    def __init__(self, with_required: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.language = QComboBox()
        self.language.setAccessibleName(QCoreApplication.translate("Widgets", "Language"))
        for code in PICKER_LANGUAGES:
            self.language.addItem(f"{language_name(code)} ({code})", code)
        self.level = QComboBox()
        self.level.setAccessibleName(QCoreApplication.translate("Widgets", "Level"))
        self.level.addItem(level_name(None), None)
        for level in Level:
            self.level.addItem(level_name(level), int(level))
        self._explain_levels()
        layout.addWidget(self.language, 2)
        layout.addWidget(self.level, 1)
        self.required: QCheckBox | None = None
        if with_required:
            self.required = QCheckBox(QCoreApplication.translate("Widgets", "required"))
            layout.addWidget(self.required)
            self.required.toggled.connect(self.changed)
        remove = QPushButton(QCoreApplication.translate("Widgets", "Remove"))
        remove.setAccessibleName(QCoreApplication.translate("Widgets", "Remove language"))
        remove.clicked.connect(lambda: self.removed.emit(self))
        layout.addWidget(remove)
        self.language.currentIndexChanged.connect(self.changed)
        self.level.currentIndexChanged.connect(self.changed)

    def _explain_levels(self) -> None:
        for i in range(1, self.level.count()):
            description = level_description(Level(self.level.itemData(i)))
            self.level.setItemData(i, description, Qt.ItemDataRole.ToolTipRole)
        self.level.setToolTip(levels_tooltip())

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.LanguageChange:
            self._explain_levels()

    def set_values(self, code: str, level: Level | None, required: bool = False) -> None:
        index = self.language.findData(code)
        if index < 0:
            self.language.addItem(code, code)
            index = self.language.count() - 1
        self.language.setCurrentIndex(index)
        self.level.setCurrentIndex(max(0, self.level.findData(int(level) if level else None)))
        if self.required is not None:
            self.required.setChecked(required)

    def code(self) -> str:
        return self.language.currentData()

    def level_value(self) -> Level | None:
        data = self.level.currentData()
        return Level(data) if data else None


class LanguageListEditor(QWidget):
    """Rows of language + level (+ "required" for listings), with Add and Remove."""

    changed = Signal()

    def __init__(self, with_required: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.with_required = with_required
        self.rows: list[LanguageRow] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(QCoreApplication.translate("Widgets", "Add a language"))
        self.add_button.clicked.connect(lambda: self.add_row())
        self._layout.addWidget(self.add_button)

    def add_row(
        self, code: str = "cs", level: Level | None = None, required: bool = False
    ) -> LanguageRow:
        row = LanguageRow(self.with_required)
        row.set_values(code, level, required)
        row.removed.connect(self._remove)
        row.changed.connect(self.changed)
        self.rows.append(row)
        self._layout.insertWidget(self._layout.count() - 1, row)
        self.changed.emit()
        return row

    def _remove(self, row: LanguageRow) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self.changed.emit()

    def set_needs(self, needs: tuple[LanguageNeed, ...]) -> None:
        for need in needs:
            self.add_row(need.code, need.min_level, need.required)

    def set_skills(self, skills: tuple[LanguageSkill, ...]) -> None:
        for skill in skills:
            self.add_row(skill.code, skill.level)

    def needs(self) -> tuple[LanguageNeed, ...]:
        seen: dict[str, LanguageNeed] = {}
        for row in self.rows:
            required = bool(row.required and row.required.isChecked())
            seen.setdefault(row.code(), LanguageNeed(row.code(), row.level_value(), required))
        return tuple(seen.values())

    def skills(self) -> tuple[LanguageSkill, ...]:
        seen: dict[str, LanguageSkill] = {}
        for row in self.rows:
            seen.setdefault(row.code(), LanguageSkill(row.code(), row.level_value()))
        return tuple(seen.values())

    def duplicates(self) -> list[str]:
        codes = [row.code() for row in self.rows]
        return sorted({c for c in codes if codes.count(c) > 1})


class LabelledField(QWidget):
    """A line edit with its validation message below it."""

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.message = MessageLabel()
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        # Never take a tall dialog's spare height: the message appears only when needed.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        self.edit.setText(text)
