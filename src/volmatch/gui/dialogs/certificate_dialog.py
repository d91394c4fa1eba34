"""Issue a certificate of volunteering for a placed volunteer: choose the period, hours,
second language and who signs, see the page as it will print, and save it as a PDF.

The certificate names the volunteer, so it is saved only where the user chooses, never
kept by the app. The words are the core's (``volmatch.certificates``); the page is drawn
by ``volmatch.certificate_pdf``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from volmatch.gui.widgets.inputs import language_name
from volmatch.gui.widgets.pair_fields import day_edit, hours_box, hours_value

PREVIEW_DPI = 72


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class CertificateDialog(QDialog):
    """For the ``certificates.Facts`` of one placement."""

    def __init__(self, facts: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from volmatch.certificates import SECOND_LANGS, certificate_language

        self.setObjectName("CertificateDialog")
        self.setWindowTitle(self.tr("Certificate of volunteering"))
        self.facts = facts
        self.certificate = None
        self.saved_to: Path | None = None
        chosen, self.wanted, _fell_back = certificate_language(facts.languages)
        self.language = QComboBox()
        self.language.setObjectName("certificateLanguage")
        self.language.setAccessibleName(self.tr("Second language"))
        self.language.addItem(self.tr("Czech only"), "cs")
        for code in SECOND_LANGS:
            self.language.addItem(self.tr("Czech and %1").replace("%1", language_name(code)), code)
        self.language.setCurrentIndex(self.language.findData(chosen or "cs"))
        self.language_note = QLabel()
        self.language_note.setObjectName("languageNote")
        self.language_note.setWordWrap(True)
        self.start = day_edit(facts.start, "periodStart", self.tr("From"))
        self.has_start = QCheckBox(self.tr("From:"))
        self.has_start.setChecked(facts.start is not None)
        self.end = day_edit(facts.end, "periodEnd", self.tr("Until"))
        self.ongoing = QCheckBox(self.tr("Still going on"))
        self.ongoing.setObjectName("ongoing")
        self.ongoing.setChecked(facts.end is None)
        self.hours = hours_box(
            "certificateHours", self.tr("Hours"), facts.hours, unset=self.tr("not stated")
        )
        self.place = QLineEdit(self.tr("Praha"))
        self.place.setObjectName("placeOfIssue")
        self.place.setAccessibleName(self.tr("Place of issue"))
        self.issued = day_edit(dt.date.today(), "issuedOn", self.tr("Date of issue"))
        self.signatory = QLineEdit()
        self.signatory.setObjectName("signatory")
        self.signatory.setAccessibleName(self.tr("Signed by"))
        self.signatory.setPlaceholderText(self.tr("e.g. Jana Nováková, volunteer coordinator"))
        self.variant = QLabel(self._variant_text())
        self.variant.setObjectName("certificateVariant")
        self.variant.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setObjectName("certificateWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a4b00")
        privacy = QLabel(
            self.tr(
                "The certificate carries the volunteer's name and is for them. It is not kept "
                "by the app: save it as a PDF and hand it over, or print it."
            )
        )
        privacy.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Languages:"), self.language)
        form.addRow("", self.language_note)
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel(self.tr("until")))
        period.addWidget(self.end)
        period.addWidget(self.ongoing)
        form.addRow(self.has_start, period)
        form.addRow(self.tr("Hours:"), self.hours)
        form.addRow(self.tr("Place of issue:"), self.place)
        form.addRow(self.tr("Date of issue:"), self.issued)
        form.addRow(self.tr("Signed by:"), self.signatory)
        left = QVBoxLayout()
        left.addWidget(self.variant)
        left.addLayout(form)
        left.addWidget(self.warning)
        left.addStretch(1)
        left.addWidget(privacy)
        self.preview = QLabel()
        self.preview.setObjectName("certificatePreview")
        self.preview.setAccessibleName(self.tr("Preview of the certificate"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea()
        scroll.setWidget(self.preview)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(round(210 / 25.4 * PREVIEW_DPI) + 30)
        scroll.setStyleSheet("QScrollArea { background: #9aa3ab; }")
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("savePdf")
        self.save_button.clicked.connect(self.save)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(scroll, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        for signal in (
            self.language.currentIndexChanged,
            self.has_start.toggled,
            self.start.dateChanged,
            self.end.dateChanged,
            self.ongoing.toggled,
            self.hours.valueChanged,
            self.place.textChanged,
            self.issued.dateChanged,
            self.signatory.textChanged,
        ):
            signal.connect(lambda *_a: self.update_preview())
        self.resize(1060, 700)
        self.update_preview()

    def _variant_text(self) -> str:
        if self.facts.accredited:
            return self.tr(
                "“%1” is accredited under the volunteer-service act (zákon č. 198/2002 Sb.): "
                "the certificate is a confirmation of volunteer service under the act."
            ).replace("%1", self.facts.organization)
        return self.tr(
            "“%1” is not marked as accredited under zákon č. 198/2002 Sb., so this is a plain "
            "confirmation of volunteering. An accredited organization is marked in Edit → "
            "Organizations…"
        ).replace("%1", self.facts.organization)

    # --- the certificate ----------------------------------------------------------
    def choices(self) -> dict[str, Any]:
        second = self.language.currentData()
        return {
            "second": None if second == "cs" else second,
            "start": _date(self.start.date()) if self.has_start.isChecked() else None,
            "end": None if self.ongoing.isChecked() else _date(self.end.date()),
            "hours": hours_value(self.hours),
            "place_of_issue": self.place.text(),
            "issued_on": _date(self.issued.date()),
            "signatory": self.signatory.text(),
        }

    def update_preview(self) -> None:
        from volmatch import certificate_pdf
        from volmatch.certificates import build

        self.start.setEnabled(self.has_start.isChecked())
        self.end.setEnabled(not self.ongoing.isChecked())
        self.certificate = build(self.facts, **self.choices())
        self._notes()
        image = certificate_pdf.render_image(self.certificate, PREVIEW_DPI)
        self.preview.setPixmap(QPixmap.fromImage(image))
        self.preview.setToolTip(self.certificate.text())

    def _notes(self) -> None:
        from volmatch.certificates import SECOND_LANGS

        cert = self.certificate
        second = cert.langs[1] if len(cert.langs) > 1 else None
        wanted = self.wanted
        note = ""
        if not wanted:
            note = self.tr("No language is recorded for the volunteer.")
        elif wanted not in (*SECOND_LANGS, "cs") and second is not None:
            note = (
                self.tr("Certificates are not available in %1; the second language is %2.")
                .replace("%1", language_name(wanted))
                .replace("%2", language_name(second))
            )
        elif wanted != (second or "cs"):
            note = self.tr("The volunteer's language is %1.").replace("%1", language_name(wanted))
        self.language_note.setText(note)
        problems = []
        if cert.line("hours") is None and cert.accredited:
            problems.append(
                self.tr("No hours: the act asks the confirmation to state the extent of service.")
            )
        choices = self.choices()
        start, end = choices["start"], choices["end"]
        backwards = start is not None and end is not None and end < start
        if backwards:
            problems.append(self.tr("The period ends before it begins."))
        self.warning.setText("\n".join(problems))
        self.save_button.setEnabled(not backwards)

    # --- saving ------------------------------------------------------------------
    def default_name(self) -> str:
        from volmatch.text import fold

        slug = "-".join(fold(self.facts.volunteer).split()) or "volunteer"
        return f"{self.tr('certificate')}-{slug}.pdf"

    def save(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the certificate"),
            str(Path.home() / self.default_name()),
            self.tr("PDF documents (*.pdf)"),
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        """Write the PDF, readable by its owner only, replacing the file at once."""
        from volmatch import certificate_pdf, certificates

        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        from volmatch.gui.dialogs.outreach_dialog import write_private

        certificate_pdf.install()
        data = certificates.render_pdf(self.certificate)
        try:
            write_private(path, data)  # owner-only: it names the volunteer
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("The certificate could not be saved to %1: %2")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or str(exc)),
            )
            return False
        self.saved_to = path
        self.warning.setText(self.tr("Saved to %1.").replace("%1", str(path)))
        return True
