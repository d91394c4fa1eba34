"""Publish to the website: every format the exporter offers (the same list as
``volmatch export``), written exactly as chosen, the result told in words."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from volmatch.gui.context import AppContext
from volmatch.gui.dialogs.files import PathRow, failure_text
from volmatch.gui.worker import cancelled_text

#: Formats whose output has a start page to open in a browser.
WITH_SITE = ("site", "all")


def format_label(code: str) -> str:
    """The interface's words for an export format; an unknown one is shown by its code."""
    from PySide6.QtCore import QCoreApplication

    words = {
        "site": QCoreApplication.translate(
            "PublishDialog", "Website (HTML pages in every language)"
        ),
        "all": QCoreApplication.translate("PublishDialog", "Website and all data feeds"),
        "json": QCoreApplication.translate("PublishDialog", "JSON data"),
        "hsds": QCoreApplication.translate("PublishDialog", "Open Referral HSDS data"),
        "ofn": QCoreApplication.translate("PublishDialog", "Czech open data (OFN events)"),
        "csv": QCoreApplication.translate("PublishDialog", "CSV table"),
        "ics": QCoreApplication.translate("PublishDialog", "Calendar (iCalendar)"),
        "atom": QCoreApplication.translate("PublishDialog", "News feed (Atom)"),
        "social": QCoreApplication.translate("PublishDialog", "Social media posts"),
    }
    return words.get(code, code)


class PublishDialog(QDialog):
    """Write the public listings (never volunteers) into a folder as one chosen format."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        from volmatch.exporting import EXPORT_FORMATS

        super().__init__(parent)
        self.ctx = ctx
        self.report = None
        self.setObjectName("PublishDialog")
        self.setWindowTitle(self.tr("Publish to the website"))
        self.path = PathRow(self.tr("Choose…"), self._choose)
        self.path.edit.setText(ctx.settings.publish_folder)
        self.path.edit.setAccessibleName(self.tr("Folder"))
        self.format = QComboBox()
        self.format.setObjectName("publishFormat")
        self.format.setAccessibleName(self.tr("What to write"))
        for fmt in EXPORT_FORMATS:  # the core's registry: a new format appears here by itself
            self.format.addItem(format_label(fmt.code), fmt.code)
            if fmt.standard:  # the standard's own name, as the data's users know it
                self.format.setItemData(
                    self.format.count() - 1, fmt.standard, Qt.ItemDataRole.ToolTipRole
                )
        remembered = self.format.findData(ctx.settings.publish_format or "site")
        self.format.setCurrentIndex(max(0, remembered))
        self.contact = QLineEdit()
        self.contact.setObjectName("publishContact")
        self.contact.setAccessibleName(self.tr("Accessibility feedback contact"))
        self.contact.setPlaceholderText(self.tr("e.g. pristupnost@praha.eu or https://…"))
        self.contact.setToolTip(
            self.tr(
                "The e-mail address or web page where readers of the website report "
                "accessibility problems (shown in the accessibility statement). Empty: the "
                "statement names the city's website. Shared by everyone using this database."
            )
        )
        self._stored_contact: str | None = None  # None until read from the database
        form = QFormLayout()
        form.addRow(self.tr("&Folder:"), self.path)
        form.addRow(self.tr("W&rite:"), self.format)
        form.addRow(self.tr("Accessibility feedback &contact:"), self.contact)
        self.result = QLabel(
            self.tr(
                "Published listings are written into this folder in the chosen format. "
                "Volunteer profiles are never published."
            )
        )
        self.result.setWordWrap(True)
        self.result.setObjectName("publishResult")
        buttons = QDialogButtonBox()
        self.publish_button = buttons.addButton(
            self.tr("Publish"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_folder = buttons.addButton(
            self.tr("Open the folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_site = buttons.addButton(
            self.tr("Open the site in the browser"), QDialogButtonBox.ButtonRole.ActionRole
        )
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.publish_button.clicked.connect(self.run)
        self.open_folder.clicked.connect(lambda: self._open(""))
        self.open_site.clicked.connect(lambda: self._open("index.html"))
        close.clicked.connect(self.reject)
        for button in (self.open_folder, self.open_site):
            button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result, 1)
        layout.addWidget(buttons)
        self.resize(680, 260)
        ctx.run(self, lambda backend, _p: backend.statement_contact(), self._show_contact)

    def _show_contact(self, contact: str) -> None:
        """The stored contact, unless the person typed one meanwhile (or closed the dialog)."""
        if not shiboken6.isValid(self.contact):
            return
        self._stored_contact = contact
        if not self.contact.text().strip():
            self.contact.setText(contact)

    def _chosen_contact(self) -> str | None:
        """The contact to store before publishing; None to keep the stored one."""
        from volmatch.exporting.contact import is_valid_contact

        text = self.contact.text().strip()
        if not is_valid_contact(text):
            raise ValueError(text)
        if self._stored_contact is None and not text:
            return None  # not read yet and nothing typed: keep what is stored
        return None if text == self._stored_contact else text

    def _choose(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the website folder"), self.path.edit.text()
        )
        if path:
            self.path.edit.setText(path)

    def _open(self, name: str) -> bool:
        """Open the published folder (or its start page) with the desktop's own program."""
        if self.report is None:
            return False
        target = Path(self.report.out_dir)
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(target / name if name else target)))

    def summary(self, report) -> str:
        """ "51 listings published in 5 languages: 182 files; 5 left out because …"."""
        text = self.tr("%n listing(s) published", "", report.listings)
        text += " " + self.tr("in %n language(s)", "", len(report.languages))
        text += ": " + self.tr("%n file(s)", "", report.files)
        if report.left_out:
            text += "; " + self.tr(
                "%n left out because they are no longer valid",
                "",
                report.left_out,
            )
        return text + ". " + self.tr("Folder: %1").replace("%1", str(report.out_dir))

    def run(self, keep_others: bool = False) -> None:
        target = self.path.edit.text().strip()
        if not target:
            self.result.setText(self.tr("Choose a folder first."))
            return
        try:
            contact = self._chosen_contact()
        except ValueError:
            self.result.setText(
                self.tr(
                    "The accessibility feedback contact must be an e-mail address "
                    "(pristupnost@praha.eu) or a web page (https://…). Correct it or leave "
                    "it empty to name the city's website."
                )
            )
            self.contact.setFocus()
            return
        fmt = self.format.currentData()
        if self.ctx.cards is not None:
            # The export links the cards drawn so far and draws the rest itself.
            self.ctx.cards.stop()
        self.ctx.settings.publish_folder = target
        self.ctx.settings.publish_format = fmt

        def work(backend, progress):
            return backend.publish(
                Path(target), fmt, progress=progress, keep_others=keep_others, contact=contact
            )

        def done(report) -> None:
            if contact is not None:
                self._stored_contact = contact
            self.report = report
            self.result.setText(self.summary(report))
            self.open_folder.setEnabled(True)
            self.open_site.setEnabled(fmt in WITH_SITE)

        self.result.setText(self.tr("Working…"))
        self.report = None
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
        from volmatch.gui.publish_process import ExportStopped

        others = getattr(exc, "others", None)
        self.result.setText(failure_text(exc))
        if isinstance(exc, ExportStopped):  # the export's own process ended without a word
            self.result.setText(
                self.tr(
                    "Publishing stopped unexpectedly (%1). The folder holds either the "
                    "previous publication or the new one, never a mix of both. Publish again; "
                    "if it stops again, tell your IT support what is written in brackets."
                ).replace("%1", exc.detail or str(exc.code))
            )
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
