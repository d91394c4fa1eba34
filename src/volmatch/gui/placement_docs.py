"""Hours and the certificate of volunteering for one placement: the actions the Placements
page and the Matching page offer (the same dialogs, the same rules, the same words)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QWidget

from volmatch.domain import VOLUNTEERED, PlacementState
from volmatch.gui.worker import ChangeSet


def hours_text() -> str:
    return QCoreApplication.translate("PlacementDocs", "Record hours…")


def certificate_text() -> str:
    return QCoreApplication.translate("PlacementDocs", "Issue certificate…")


def hours_button() -> QPushButton:
    button = QPushButton(hours_text())
    button.setObjectName("recordHoursButton")
    return button


def certificate_button() -> QPushButton:
    button = QPushButton(certificate_text())
    button.setObjectName("certificateButton")
    return button


def pair_buttons(page: Any) -> QHBoxLayout:
    """The Matching page's buttons for the selected pair (``page.hours_button``,
    ``page.certificate_button``), in a row."""
    page.hours_button = hours_button()
    page.hours_button.clicked.connect(lambda: page.record_pair_hours())
    page.certificate_button = certificate_button()
    page.certificate_button.clicked.connect(lambda: page.issue_pair_certificate())
    row = QHBoxLayout()
    row.addWidget(page.hours_button)
    row.addWidget(page.certificate_button)
    row.addStretch(1)
    return row


def add_list_actions(page: Any) -> None:
    """The same two on a line of the page's placements list (right-click)."""
    page.placement_hours = QAction(hours_text(), page)
    page.placement_hours.triggered.connect(lambda: page.record_pair_hours(listed=True))
    page.placement_certificate = QAction(certificate_text(), page)
    page.placement_certificate.triggered.connect(lambda: page.issue_pair_certificate(listed=True))
    page.subject_placements.addAction(page.placement_hours)
    page.subject_placements.addAction(page.placement_certificate)
    page.subject_placements.currentRowChanged.connect(lambda _r: page._listed_changed())
    page._listed_changed()


def enable(hours: QPushButton, certificate: QPushButton, state: Any) -> None:
    """Enabled for a placed or ended pair; otherwise the tooltip says why not."""
    try:
        ok = state is not None and PlacementState(state) in VOLUNTEERED
    except ValueError:
        ok = False
    hours.setEnabled(ok)
    certificate.setEnabled(ok)
    if ok:
        hours.setToolTip(
            QCoreApplication.translate(
                "PlacementDocs", "Add the hours volunteered, or correct the total."
            )
        )
        certificate.setToolTip(
            QCoreApplication.translate(
                "PlacementDocs",
                "A certificate of volunteering in Czech and the volunteer's language, as a PDF.",
            )
        )
        return
    why = (
        QCoreApplication.translate("PlacementDocs", "Select a pair first.")
        if state is None
        else QCoreApplication.translate(
            "PlacementDocs", "Only for a placed or ended pair: record the outcome “placed” first."
        )
    )
    hours.setToolTip(why)
    certificate.setToolTip(why)


def record_hours(widget: QWidget, ctx: Any, row: Any, done: Any = None) -> None:
    """Ask for the hours of one ``PlacementRow`` and store them (audited)."""
    from volmatch.gui import backend_certificates
    from volmatch.gui.dialogs.hours_dialog import HoursDialog

    dialog = HoursDialog(row, widget)
    if dialog.exec() != HoursDialog.DialogCode.Accepted:
        return
    values = dialog.result_values()
    ctx.run(
        widget,
        lambda b, _p: backend_certificates.record_hours(b, row.id, **values),
        done,
        changes=ChangeSet(placements=True),
    )


def issue_certificate(widget: QWidget, ctx: Any, placement_id: int) -> None:
    """Open the certificate dialog for one placement (its facts read off the GUI thread)."""
    from volmatch.gui import backend_certificates

    def show(facts: Any) -> None:
        from volmatch.gui.dialogs.certificate_dialog import CertificateDialog

        dialog = CertificateDialog(facts, widget)
        dialog.setModal(True)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def failed(exc: Exception, trace: str) -> None:
        reason = getattr(exc, "reason", None)
        if reason is None:
            from volmatch.gui.worker import _show_failure

            _show_failure(widget, exc, trace)
            return
        text = (
            QCoreApplication.translate(
                "PlacementDocs", "A certificate is issued only for a placed or ended pair."
            )
            if reason == "state"
            else QCoreApplication.translate(
                "PlacementDocs", "The placement, its volunteer or its listing no longer exists."
            )
        )
        QMessageBox.information(
            widget, QCoreApplication.translate("PlacementDocs", "Certificate of volunteering"), text
        )

    ctx.run(
        widget,
        lambda b, _p: backend_certificates.certificate_facts(b, placement_id),
        show,
        failed=failed,
    )
