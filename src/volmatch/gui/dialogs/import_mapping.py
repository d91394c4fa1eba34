"""The import dialog's column mapping step: which column of the file feeds which field.

Shows the core's proposal (:func:`volmatch.importing.mapping.propose_mapping`) or a
loaded mapping file column by column — the field, how sure the guess is, the other
candidates — and lets the person correct it, add fixed values, and save or load the
whole mapping as the same JSON file the command line's ``--mapping`` reads.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from volmatch.importing.columns import TRANSLATION_COLUMN, Kind, column_key
from volmatch.importing.mapping import IGNORE, ColumnRule, Mapping, targets

#: The combo entry of a column whose rules came with transforms or several fields.
KEEP = "__as_loaded__"
#: Languages a file's titles and descriptions may be written in (None: Czech).
SOURCE_LANGS = (None, "en", "uk", "ru", "vi", "de")


def field_labels() -> dict[str, str]:
    """Import field -> its name in the interface language."""
    return {
        "external_id": QCoreApplication.translate("ImportFields", "Identifier in the source"),
        "title": QCoreApplication.translate("ImportFields", "Title"),
        "organization": QCoreApplication.translate("ImportFields", "Organization"),
        "description": QCoreApplication.translate("ImportFields", "Description"),
        "district": QCoreApplication.translate("ImportFields", "District (Prague)"),
        "district_text": QCoreApplication.translate("ImportFields", "Place as written"),
        "languages_required": QCoreApplication.translate("ImportFields", "Required languages"),
        "languages_welcome": QCoreApplication.translate("ImportFields", "Welcome languages"),
        "interests": QCoreApplication.translate("ImportFields", "Interests"),
        "commitment": QCoreApplication.translate("ImportFields", "Commitment"),
        "start_date": QCoreApplication.translate("ImportFields", "Start date"),
        "end_date": QCoreApplication.translate("ImportFields", "End date"),
        "capacity": QCoreApplication.translate("ImportFields", "Capacity"),
        "min_age": QCoreApplication.translate("ImportFields", "Minimum age"),
        "contact_email": QCoreApplication.translate("ImportFields", "Contact e-mail"),
        "contact_phone": QCoreApplication.translate("ImportFields", "Contact phone"),
        "url": QCoreApplication.translate("ImportFields", "Web address"),
        "status": QCoreApplication.translate("ImportFields", "Status"),
        "address": QCoreApplication.translate("ImportFields", "Address"),
        "schedule": QCoreApplication.translate("ImportFields", "Schedule"),
        "valid_until": QCoreApplication.translate("ImportFields", "Valid until"),
        "accessibility": QCoreApplication.translate("ImportFields", "Accessibility"),
        "latitude": QCoreApplication.translate("ImportFields", "Latitude"),
        "longitude": QCoreApplication.translate("ImportFields", "Longitude"),
        "notes": QCoreApplication.translate("ImportFields", "Internal notes"),
        "name": QCoreApplication.translate("ImportFields", "Name"),
        "email": QCoreApplication.translate("ImportFields", "E-mail"),
        "phone": QCoreApplication.translate("ImportFields", "Phone"),
        "travel_districts": QCoreApplication.translate("ImportFields", "Travel districts"),
        "languages": QCoreApplication.translate("ImportFields", "Languages"),
        "availability": QCoreApplication.translate("ImportFields", "Availability"),
        "consent_date": QCoreApplication.translate("ImportFields", "Consent date"),
        "consent_scope": QCoreApplication.translate("ImportFields", "Consent scope"),
        "birth_year": QCoreApplication.translate("ImportFields", "Year of birth"),
    }


def field_label(name: str | None) -> str:
    """A field in words with its code, as a mapping file names it: "Title (title)"."""
    if name is None:
        return QCoreApplication.translate("ImportFields", "Not mapped")
    if name == IGNORE:
        return QCoreApplication.translate("ImportFields", "Leave out")
    match = TRANSLATION_COLUMN.match(name)
    if match:
        word = (
            QCoreApplication.translate("ImportFields", "Title")
            if match.group(1) == "title"
            else QCoreApplication.translate("ImportFields", "Description")
        )
        #: %1 is "Title" or "Description", %2 a language code such as "en".
        return (
            QCoreApplication.translate("ImportFields", "%1 in language %2 (%3)")
            .replace("%1", word)
            .replace("%2", match.group(2))
            .replace("%3", name)
        )
    return f"{field_labels().get(name, name)} ({name})"


class MappingPanel(QWidget):
    """Per column: the file's header, an example value, the field (a picker), how sure."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mappingPanel")
        self.kind = Kind.OPPORTUNITIES
        self.base = Mapping(kind=self.kind)
        self.headers: list[str] = []
        self.combos: list[QComboBox] = []
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("mappingTable")
        self.table.setAccessibleName(self.tr("Columns of the file and the fields they fill"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Column in the file"),
                self.tr("Example"),
                self.tr("Read as"),
                self.tr("How sure / other candidates"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(1, 170)
        self.table.setColumnWidth(2, 340)

        self.unmapped = QComboBox()
        self.unmapped.setObjectName("unmappedPolicy")
        self.unmapped.setAccessibleName(self.tr("Columns not mapped"))
        self.unmapped.addItem(self.tr("keep their values in the internal notes"), "notes")
        self.unmapped.addItem(self.tr("leave them out"), "ignore")
        self.unmapped.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.source_lang = QComboBox()
        self.source_lang.setObjectName("sourceLanguage")
        self.source_lang.setAccessibleName(self.tr("Language of titles and descriptions"))
        names = {
            None: self.tr("Czech"),
            "en": self.tr("English"),
            "uk": self.tr("Ukrainian"),
            "ru": self.tr("Russian"),
            "vi": self.tr("Vietnamese"),
            "de": self.tr("German"),
        }
        for code in SOURCE_LANGS:
            self.source_lang.addItem(names[code], code)

        self.fixed = QTableWidget(0, 3)
        self.fixed.setObjectName("fixedValues")
        self.fixed.setAccessibleName(self.tr("Fixed values"))
        self.fixed.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Value"), self.tr("When")])
        self.fixed.verticalHeader().setVisible(False)
        self.fixed.horizontalHeader().setStretchLastSection(True)
        self.fixed.setColumnWidth(0, 220)
        self.fixed.setColumnWidth(1, 220)
        self.fixed.setMaximumHeight(96)
        self.add_fixed = QPushButton(self.tr("Add a fixed value"))
        self.add_fixed.setObjectName("addFixed")
        self.add_fixed.clicked.connect(lambda: self.add_fixed_value())
        self.remove_fixed = QPushButton(self.tr("Remove"))
        self.remove_fixed.clicked.connect(self._remove_fixed)

        form = QFormLayout()
        form.addRow(self.tr("Columns not &mapped:"), self.unmapped)
        form.addRow(self.tr("&Texts are in:"), self.source_lang)
        fixed_buttons = QHBoxLayout()
        fixed_label = QLabel(
            self.tr("Fixed values: a value for every row, always or where the cell is empty.")
        )
        fixed_label.setWordWrap(True)
        fixed_buttons.addWidget(fixed_label, 1)
        fixed_buttons.addWidget(self.add_fixed)
        fixed_buttons.addWidget(self.remove_fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(fixed_buttons)
        layout.addWidget(self.fixed)

    # --- showing ------------------------------------------------------------------------
    def show_mapping(
        self, mapping: Mapping, headers: list[str], examples: list[str], loaded: bool = False
    ) -> None:
        """One row per column of the file, the field picked as ``mapping`` says."""
        self.kind = mapping.kind
        self.base = mapping
        self.headers = [h for h in headers if h.strip()]
        example_of = {column_key(h): e for h, e in zip(headers, examples, strict=False)}
        self.table.setRowCount(len(self.headers))
        self.combos = []
        for row, header in enumerate(self.headers):
            rules = mapping.rules_for(header)
            self.table.setItem(row, 0, QTableWidgetItem(header))
            example = example_of.get(column_key(header), "")
            item = QTableWidgetItem(example[:80])
            item.setToolTip(example[:500])
            self.table.setItem(row, 1, item)
            combo = self._field_combo(rules)
            combo.setAccessibleName(self.tr("Field for column %1").replace("%1", header))
            combo.currentIndexChanged.connect(lambda _i, row=row: self._corrected(row))
            self.table.setCellWidget(row, 2, combo)
            self.combos.append(combo)
            sure = QTableWidgetItem(self._sureness(rules, loaded))
            sure.setToolTip(sure.text())
            self.table.setItem(row, 3, sure)
            combo.setToolTip(combo.currentText())
        self.unmapped.setCurrentIndex(max(0, self.unmapped.findData(mapping.unmapped)))
        self.source_lang.setCurrentIndex(max(0, self.source_lang.findData(mapping.source_lang)))
        self.source_lang.setEnabled(self.kind is Kind.OPPORTUNITIES)
        self.fixed.setRowCount(0)
        for name, value in mapping.constants.items():
            self.add_fixed_value(name, value, always=True)
        for name, value in mapping.defaults.items():
            self.add_fixed_value(name, value, always=False)

    def _field_combo(self, rules: list[ColumnRule]) -> QComboBox:
        combo = QComboBox()
        # The long "transformed as the mapping file says" entries must not widen the column.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(24)
        if len(rules) > 1 or any(r.transforms for r in rules):
            fields = " + ".join(field_label(r.field) for r in rules)
            #: %1 lists the fields a mapping file sends one column to.
            combo.addItem(
                self.tr("%1, transformed as the mapping file says").replace("%1", fields), KEEP
            )
        combo.addItem(field_label(None), None)
        combo.addItem(field_label(IGNORE), IGNORE)
        combo.addItem(field_label("notes"), "notes")
        names = [n for n in targets(self.kind) if n != "notes"]
        for name in names:
            combo.addItem(field_label(name), name)
        current = rules[0].field if len(rules) == 1 and not rules[0].transforms else KEEP
        if not rules:
            current = None
        if current not in (None, KEEP) and combo.findData(current) < 0:
            combo.addItem(field_label(current), current)  # title_en and the like
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def _sureness(self, rules: list[ColumnRule], loaded: bool) -> str:
        if loaded and rules and rules[0].score >= 100 and not rules[0].alternatives:
            return self.tr("as the mapping file says")
        if not rules:
            return ""
        rule = rules[0]
        text = self.tr("%1 %").replace("%1", f"{rule.score:.0f}") if rule.field else ""
        if rule.alternatives:
            others = ", ".join(f"{field_label(n)} {s:.0f} %" for n, s in rule.alternatives)
            #: %1 lists other fields the column might hold, with their scores.
            text = (text + "; " if text else "") + self.tr("or: %1").replace("%1", others)
        return text

    def _corrected(self, row: int) -> None:
        item = self.table.item(row, 3)
        if item is not None:
            item.setText(self.tr("your choice"))
        self.changed.emit()

    def add_fixed_value(self, name: str = "status", value: str = "", always: bool = True) -> None:
        row = self.fixed.rowCount()
        self.fixed.insertRow(row)
        field_box = QComboBox()
        field_box.setAccessibleName(self.tr("Field of the fixed value"))
        for target in targets(self.kind):
            field_box.addItem(field_label(target), target)
        if field_box.findData(name) < 0:
            field_box.addItem(field_label(name), name)
        field_box.setCurrentIndex(max(0, field_box.findData(name)))
        edit = QLineEdit(value)
        edit.setAccessibleName(self.tr("Fixed value"))
        when = QComboBox()
        when.setAccessibleName(self.tr("When the fixed value applies"))
        when.addItem(self.tr("always"), "constants")
        when.addItem(self.tr("where the cell is empty"), "defaults")
        when.setCurrentIndex(0 if always else 1)
        self.fixed.setCellWidget(row, 0, field_box)
        self.fixed.setCellWidget(row, 1, edit)
        self.fixed.setCellWidget(row, 2, when)
        self.changed.emit()

    def _remove_fixed(self) -> None:
        row = self.fixed.currentRow()
        self.fixed.removeRow(row if row >= 0 else self.fixed.rowCount() - 1)
        self.changed.emit()

    # --- reading back -----------------------------------------------------------------
    def set_field(self, header: str, name: str | None) -> None:
        """Pick ``name`` for the column ``header`` (as a person would in its picker)."""
        row = [column_key(h) for h in self.headers].index(column_key(header))
        combo = self.combos[row]
        if combo.findData(name) < 0:
            combo.addItem(field_label(name), name)
        combo.setCurrentIndex(combo.findData(name))

    def mapping(self) -> Mapping:
        """The mapping as shown: the columns as picked, fixed values, what happens to the rest."""
        rules: list[ColumnRule] = []
        for header, combo in zip(self.headers, self.combos, strict=True):
            name = combo.currentData()
            if name == KEEP:
                rules.extend(self.base.rules_for(header))
            else:
                rules.append(ColumnRule(header, name, 100.0))
        constants: dict[str, str] = {}
        defaults: dict[str, str] = {}
        for row in range(self.fixed.rowCount()):
            name = self.fixed.cellWidget(row, 0).currentData()
            value = self.fixed.cellWidget(row, 1).text()
            target = (
                constants
                if self.fixed.cellWidget(row, 2).currentData() == "constants"
                else defaults
            )
            if value.strip():
                target[name] = value
        return replace(
            self.base,
            columns=tuple(rules),
            constants=constants,
            defaults=defaults,
            unmapped=self.unmapped.currentData(),
            source_lang=self.source_lang.currentData() if self.kind is Kind.OPPORTUNITIES else None,
            complete=True,
        )
