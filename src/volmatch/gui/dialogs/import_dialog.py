"""The import dialog: choose a file, check the column mapping, check the rows, import.

Every step runs off the GUI thread through the core: reading the header
(``read_table``), proposing the mapping (``propose_mapping`` / ``complete_mapping``),
loading and saving mapping files (the CLI's ``--mapping`` format), and importing all
rows or none (``import_file``).
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from volmatch.errors import Severity
from volmatch.gui.context import AppContext
from volmatch.gui.dialogs.files import PathRow, failure_text
from volmatch.gui.dialogs.import_duplicates import DuplicatesPanel
from volmatch.gui.dialogs.import_mapping import MappingPanel
from volmatch.gui.issues import issue_text
from volmatch.gui.worker import ChangeSet, cancelled_text

#: File name endings the importer reads (importing.spreadsheet and json_listings).
SPREADSHEETS = "*.xlsx *.xlsm *.xlsb *.xls *.ods"
TEXTS = "*.csv *.txt *.tsv"


def _propose(backend, path: str, kind: str, loaded):
    """Header, examples and the mapping to show: the loaded one completed, else a proposal."""
    from volmatch.importing.mapping import complete_mapping, propose_mapping

    headers, examples = backend.read_columns(path, loaded)
    if loaded is not None and loaded.kind.value == kind:
        return headers, examples, complete_mapping(loaded, headers), True
    return headers, examples, propose_mapping(headers, kind), False


class ImportDialog(QDialog):
    """Choose a file, correct its column mapping, check every row, then import all or none."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loaded = None  # a Mapping read from a mapping file
        self.mapped_path = ""  # the file whose columns the mapping panel shows
        self.setObjectName("ImportDialog")
        self.setWindowTitle(self.tr("Import from a file"))
        self.path = PathRow(self.tr("Choose…"), self._choose)
        self.path.edit.setAccessibleName(self.tr("File"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("What the file holds"))
        self.kind.addItem(self.tr("Opportunities (listings)"), "opportunities")
        self.kind.addItem(self.tr("Volunteers"), "volunteers")
        form = QFormLayout()
        form.addRow(self.tr("&File:"), self.path)
        form.addRow(self.tr("&Holds:"), self.kind)
        self.result = QLabel(
            self.tr(
                "Choose a file (CSV, Excel, OpenDocument or a volmatch export). Check which "
                "field each column fills, check the file, then import it. Either all rows are "
                "imported, or none."
            )
        )
        self.result.setWordWrap(True)
        self.result.setObjectName("importResult")
        self.issues = QListWidget()
        self.issues.setObjectName("issues")
        self.issues.setAccessibleName(self.tr("Problems found"))
        self.issues.setWordWrap(True)
        self.mapping_panel = MappingPanel()
        self.mapping_panel.changed.connect(self.duplicates_clear)
        self.load_mapping_button = QPushButton(self.tr("&Load mapping…"))
        self.load_mapping_button.setObjectName("loadMapping")
        self.load_mapping_button.clicked.connect(self._choose_mapping)
        self.save_mapping_button = QPushButton(self.tr("&Save mapping…"))
        self.save_mapping_button.setObjectName("saveMapping")
        self.save_mapping_button.clicked.connect(self._choose_mapping_target)
        self.mapping_note = QLabel()
        self.mapping_note.setObjectName("mappingNote")
        self.mapping_note.setWordWrap(True)
        mapping_box = QGroupBox(self.tr("Columns of the file"))
        mapping_box.setObjectName("mappingBox")
        box_layout = QVBoxLayout(mapping_box)
        top = QHBoxLayout()
        top.addWidget(self.mapping_note, 1)
        top.addWidget(self.load_mapping_button)
        top.addWidget(self.save_mapping_button)
        box_layout.addLayout(top)
        box_layout.addWidget(self.mapping_panel, 1)
        self.mapping_box = mapping_box

        buttons = QDialogButtonBox()
        self.check_button = buttons.addButton(
            self.tr("Check"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button = buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.check_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button.clicked.connect(lambda: self.run(dry_run=False))
        close.clicked.connect(self.reject)
        self.duplicates = DuplicatesPanel()
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.result)
        lower_layout.addWidget(self.issues, 1)
        lower_layout.addWidget(self.duplicates, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(mapping_box)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([520, 100])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        self._reread = QTimer(self)
        self._reread.setSingleShot(True)
        self._reread.setInterval(400)  # a typed path: wait until typing pauses
        self._reread.timeout.connect(self.read_columns)
        self.path.edit.textChanged.connect(lambda _t: self._file_changed())
        self.kind.currentIndexChanged.connect(lambda _i: self._file_changed())
        self._show_mapping_state()
        self.resize(960, 680)

    # --- the file and its columns ------------------------------------------------------
    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a file to import"),
            "",
            ";;".join(
                (
                    self.tr("All files volmatch reads (%1)").replace(
                        "%1", f"{TEXTS} {SPREADSHEETS} *.json"
                    ),
                    self.tr("CSV files (%1)").replace("%1", TEXTS),
                    self.tr("Excel workbooks (%1)").replace("%1", "*.xlsx *.xlsm *.xlsb *.xls"),
                    self.tr("OpenDocument spreadsheets (%1)").replace("%1", "*.ods"),
                    self.tr("volmatch exports (%1)").replace("%1", "*.json"),
                    self.tr("All files (*)"),
                )
            ),
        )
        if path:
            self.path.edit.setText(path)
            self.read_columns()

    def duplicates_clear(self) -> None:
        self.duplicates.clear()

    def _file_changed(self) -> None:
        self.duplicates.clear()
        self.mapped_path = ""
        self._show_mapping_state()
        self._reread.start()

    def _is_json(self, path: str) -> bool:
        return Path(path).suffix.lower() == ".json"

    def _show_mapping_state(self) -> None:
        path = self.path.edit.text().strip()
        json_file = bool(path) and self._is_json(path)
        self.mapping_panel.setVisible(bool(self.mapped_path))
        self.save_mapping_button.setEnabled(bool(self.mapped_path))
        self.load_mapping_button.setEnabled(not json_file)
        if json_file:
            self.mapping_note.setText(
                self.tr("A volmatch export is read as it was written: no mapping is needed.")
            )
        elif not self.mapped_path:
            self.mapping_note.setText(self.tr("The columns are shown here once a file is chosen."))

    def read_columns(self) -> None:
        """Read the header off the GUI thread and show the proposed (or loaded) mapping."""
        self._reread.stop()
        path = self.path.edit.text().strip()
        if not path or not Path(path).is_file() or self._is_json(path):
            return
        kind = self.kind.currentData()
        loaded = self.loaded

        def done(result) -> None:
            if not shiboken6.isValid(self):
                return  # closed while the file was read
            if self.path.edit.text().strip() != path or self.kind.currentData() != kind:
                return  # the person has chosen another file meanwhile
            headers, examples, mapping, from_file = result
            self.mapping_panel.show_mapping(mapping, headers, examples, loaded=from_file)
            self.mapped_path = path
            self._show_mapping_state()
            unmapped = sum(1 for r in mapping.columns if r.field is None)
            #: Begins "12 columns read; …"
            columns = self.tr("%n column(s) read", "", len(mapping.columns))
            #: %1 is "12 columns read".
            self.mapping_note.setText(
                self.tr(
                    "%1; %n without a field. Correct any field below, then Check the file.",
                    "",
                    unmapped,
                ).replace("%1", columns)
            )

        def failed(exc: Exception, _trace: str) -> None:
            if not shiboken6.isValid(self):
                return
            self.mapping_note.setText(failure_text(exc))

        self.mapping_note.setText(self.tr("Reading the columns…"))
        self.ctx.run(
            self,
            lambda b, p: _propose(b, path, kind, loaded),
            done,
            label=self.tr("Reading the file…"),
            failed=failed,
        )

    def current_mapping(self):
        """The mapping to import with: as shown for this file, else the loaded one, else None
        (the core then proposes the same mapping the panel would show)."""
        path = self.path.edit.text().strip()
        if self.mapped_path and self.mapped_path == path:
            return self.mapping_panel.mapping()
        if self.loaded is not None and self.loaded.kind.value == self.kind.currentData():
            return self.loaded
        return None

    # --- mapping files -----------------------------------------------------------------
    def _choose_mapping(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Load a mapping file"),
            "",
            self.tr("Mapping files (*.json);;All files (*)"),
        )
        if path:
            self.load_mapping(path)

    def load_mapping(self, path: str) -> bool:
        """Read a mapping file (as the CLI's --mapping does) and show it over the file's columns."""
        from volmatch.importing.mapping import load_mapping

        try:
            self.loaded = load_mapping(path, self.kind.currentData())
        except Exception as exc:  # InputError: the file's problem, worded
            self.result.setText(
                self.tr("The mapping file cannot be used: %1").replace("%1", failure_text(exc))
            )
            return False
        self.result.setText(self.tr("Mapping loaded from %1.").replace("%1", Path(path).name))
        self.mapped_path = ""
        self.read_columns()
        return True

    def _choose_mapping_target(self) -> None:
        source = self.path.edit.text().strip()
        suggested = str(Path(source).with_suffix(".mapping.json")) if source else ""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the mapping"), suggested, self.tr("Mapping files (*.json)")
        )
        if path:
            self.save_mapping(path)

    def save_mapping(self, path: str) -> bool:
        """Write the mapping as shown, for the next file of this kind or for the CLI."""
        from volmatch.importing.mapping import save_mapping

        try:
            save_mapping(self.mapping_panel.mapping(), path)
        except OSError as exc:
            self.result.setText(
                self.tr("The mapping could not be saved: %1").replace(
                    "%1", exc.strerror or str(exc)
                )
            )
            return False
        self.result.setText(self.tr("Mapping saved to %1.").replace("%1", path))
        return True

    # --- checking and importing ----------------------------------------------------------
    def run(self, dry_run: bool) -> None:
        path = self.path.edit.text().strip()
        if not path or not Path(path).is_file():
            self.result.setText(self.tr("Choose an existing file first."))
            return
        kind = self.kind.currentData()
        changes = (
            None
            if dry_run
            else (
                ChangeSet(opportunities=True)
                if kind == "opportunities"
                else ChangeSet(volunteers=True)
            )
        )
        mapping = None if self._is_json(path) else self.current_mapping()

        # Rows decided in the duplicates table; the rest stay undecided and store nothing.
        decided = self.duplicates.decisions() or "report"

        def work(backend, progress):
            return backend.import_file(
                path, kind, progress, dry_run=dry_run, duplicates=decided, mapping=mapping
            )

        self.result.setText(self.tr("Working…"))
        self.ctx.run(
            self,
            work,
            self.show_report,
            changes=changes,
            label=self.tr("Importing…"),
            failed=lambda exc, _t: self.result.setText(failure_text(exc)),
            cancellable=True,
            cancelled=lambda: self.result.setText(cancelled_text()),
        )

    def _read_cleanly(self, rows: int) -> str:
        #: Begins "3 rows read, no errors; …" and "3 rows read, no errors: ready to import …"
        return self.tr("%n row(s) read, no errors", "", rows)

    def _room_for_the_report(self) -> None:
        """A report of more than a few lines gets 2/5 of the height: it is what to read now
        (the columns above were already checked); the splitter still moves either way."""
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if self.issues.count() > 3 and sizes[1] < total * 2 // 5:
            self.splitter.setSizes([total - total * 2 // 5, total * 2 // 5])

    def show_report(self, report) -> None:
        self.issues.clear()
        # what stops the import first, in bold; the warnings after it, in the file's order
        for issue in sorted(report.issues, key=lambda i: i.severity is Severity.WARNING):
            item = QListWidgetItem(issue_text(issue))
            if issue.severity is not Severity.WARNING:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.issues.addItem(item)
        self._room_for_the_report()
        errors = len(report.errors)
        undecided = list(getattr(report, "undecided", ()))
        if errors:
            self.duplicates.clear()
            #: Begins "3 rows read; 2 problems must be fixed in the file. …"
            rows_read = self.tr("%n row(s) read", "", report.rows)
            #: %1 is "3 rows read".
            text = self.tr(
                "%1; %n problem(s) must be fixed in the file. Nothing was imported.", "", errors
            ).replace("%1", rows_read)
        elif undecided:
            self.duplicates.show_duplicates(undecided)
            if report.dry_run:
                #: %1 is "3 rows read, no errors".
                text = self.tr(
                    "%1; %n of them look(s) like listings already stored "
                    "and need(s) a decision before importing.",
                    "",
                    len(undecided),
                ).replace("%1", self._read_cleanly(report.rows))
            else:
                #: %1 is the number of rows read.
                text = self.tr(
                    "Nothing was imported: %n row(s) of %1 look(s) like listings already "
                    "stored. Choose for each whether to skip or merge it, then import again.",
                    "",
                    len(undecided),
                ).replace("%1", str(report.rows))
        elif report.dry_run:
            #: %1 is "3 rows read, no errors".
            text = self.tr("%1: ready to import (%n warning(s)).", "", len(report.warnings))
            text = text.replace("%1", self._read_cleanly(report.rows))
        elif getattr(report, "stored", True):
            self.duplicates.clear()
            #: %1 and %2 are how many of the rows are new and how many updated.
            text = (
                self.tr("Imported %n row(s): %1 new, %2 updated.", "", report.rows)
                .replace("%1", str(report.created))
                .replace("%2", str(report.updated))
            )
            if report.skipped or report.merged:
                #: Ends "2 possible duplicates skipped, 1 merged into a stored listing."
                merged = self.tr("%n merged into stored listing(s).", "", report.merged)
                #: %1 is "1 merged into a stored listing."
                text += " " + self.tr(
                    "%n possible duplicate(s) skipped, %1", "", report.skipped
                ).replace("%1", merged)
        else:
            text = self.tr("Nothing was imported.")
        self.result.setText(text)
