"""The publish dialog (and, for older callers, the import dialog): entry points to the core."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from volmatch.gui.context import AppContext
from volmatch.gui.dialogs.files import PathRow as _PathRow
from volmatch.gui.dialogs.files import failure_text
from volmatch.gui.dialogs.import_dialog import ImportDialog
from volmatch.gui.worker import ALL_CHANGED, cancelled_text


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

    def run(self, keep_others: bool = False) -> None:
        target = self.path.edit.text().strip()
        if not target:
            self.result.setText(self.tr("Choose a folder first."))
            return

        def work(backend, progress):
            return backend.publish(Path(target), progress=progress, keep_others=keep_others)

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
            failed=self._failed,
            cancellable=True,
            cancelled=lambda: self.result.setText(cancelled_text()),
        )

    def _failed(self, exc: BaseException, _trace: object = None) -> None:
        """Other files in the folder: ask whether to publish beside them (they are kept)."""
        others = getattr(exc, "others", None)
        self.result.setText(failure_text(exc))
        if not others:
            return
        shown = ", ".join(others[:5]) + (" …" if len(others) > 5 else "")
        answer = QMessageBox.question(
            self,
            self.tr("Files volmatch did not write"),
            self.tr(
                "This folder holds %n file(s) that volmatch did not write: %1. Publish the "
                "website beside them? They are kept exactly as they are; only the files of "
                "the previous publication are replaced.",
                "",
                len(others),
            ).replace("%1", shown),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.run(keep_others=True)


__all__ = ["ALL_CHANGED", "ImportDialog", "PublishDialog", "failure_text"]
