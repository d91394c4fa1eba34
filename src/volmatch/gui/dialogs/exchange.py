"""Import and publish dialogs: entry points to the core's importer and exporter."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from volmatch.gui.context import AppContext
from volmatch.gui.dialogs.import_duplicates import DuplicatesPanel
from volmatch.gui.issues import issue_text
from volmatch.gui.worker import ALL_CHANGED, ChangeSet, cancelled_text


def failure_text(exc: Exception) -> str:
    """An InputError's issues worded in the interface language, else the message."""
    issues = getattr(exc, "issues", None)
    if issues:
        return "\n".join(issue_text(i) for i in issues)
    return str(exc)


class _PathRow(QWidget):
    def __init__(self, button_text: str, pick, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        button = QPushButton(button_text)
        button.clicked.connect(pick)
        layout.addWidget(self.edit, 1)
        layout.addWidget(button)


class ImportDialog(QDialog):
    """Check a canonical CSV file, show every issue, then import all rows or none."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("ImportDialog")
        self.setWindowTitle(self.tr("Import from a file"))
        self.path = _PathRow(self.tr("Choose…"), self._choose)
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
                "Choose a CSV file, check it, then import it. "
                "Either all rows are imported, or none."
            )
        )
        self.result.setWordWrap(True)
        self.result.setObjectName("importResult")
        self.issues = QListWidget()
        self.issues.setObjectName("issues")
        self.issues.setAccessibleName(self.tr("Problems found"))
        self.issues.setWordWrap(True)
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
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result)
        self.duplicates = DuplicatesPanel()
        self.path.edit.textChanged.connect(lambda _t: self.duplicates.clear())
        self.kind.currentIndexChanged.connect(lambda _i: self.duplicates.clear())
        layout.addWidget(self.issues, 1)
        layout.addWidget(self.duplicates, 1)
        layout.addWidget(buttons)
        self.resize(760, 520)

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a file to import"),
            "",
            self.tr("CSV files (*.csv);;All files (*)"),
        )
        if path:
            self.path.edit.setText(path)

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

        # Rows decided in the duplicates table; the rest stay undecided and store nothing.
        decided = self.duplicates.decisions() or "report"

        def work(backend, progress):
            return backend.import_file(path, kind, progress, dry_run=dry_run, duplicates=decided)

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

    def show_report(self, report) -> None:
        self.issues.clear()
        self.issues.addItems([issue_text(i) for i in report.issues])
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


class PublishDialog(QDialog):
    """Write the public website (listings only, never volunteers) into a folder."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("PublishDialog")
        self.setWindowTitle(self.tr("Publish to the website"))
        self.path = _PathRow(self.tr("Choose…"), self._choose)
        self.path.edit.setAccessibleName(self.tr("Folder"))
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("What to write"))
        for fmt, label in (
            ("site", self.tr("Website (HTML pages in every language)")),
            ("all", self.tr("Website and all data feeds")),
            ("json", self.tr("JSON data")),
            ("csv", self.tr("CSV table")),
            ("ics", self.tr("Calendar (iCalendar)")),
            ("atom", self.tr("News feed (Atom)")),
        ):
            self.format.addItem(label, fmt)
        form = QFormLayout()
        form.addRow(self.tr("&Folder:"), self.path)
        form.addRow(self.tr("W&rite:"), self.format)
        self.result = QLabel(
            self.tr(
                "Published listings are written as a website into this folder. "
                "Volunteer profiles are never published."
            )
        )
        self.result.setWordWrap(True)
        self.result.setObjectName("publishResult")
        buttons = QDialogButtonBox()
        self.publish_button = buttons.addButton(
            self.tr("Publish"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.publish_button.clicked.connect(self.run)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result, 1)
        layout.addWidget(buttons)
        self.resize(600, 220)

    def _choose(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose the website folder"))
        if path:
            self.path.edit.setText(path)

    def run(self) -> None:
        target = self.path.edit.text().strip()
        if not target:
            self.result.setText(self.tr("Choose a folder first."))
            return

        def work(backend, progress):
            return backend.publish(Path(target), progress=progress)

        def done(summary) -> None:
            if summary is None:
                self.result.setText(self.tr("Publishing is not available in this version."))
            else:
                self.result.setText(
                    self.tr("Published to %1: %2").replace("%1", target).replace("%2", str(summary))
                )

        self.result.setText(self.tr("Working…"))
        self.ctx.run(
            self,
            work,
            done,
            label=self.tr("Publishing…"),
            failed=lambda exc, _t: self.result.setText(failure_text(exc)),
            cancellable=True,
            cancelled=lambda: self.result.setText(cancelled_text()),
        )


__all__ = ["ALL_CHANGED", "ImportDialog", "PublishDialog"]
