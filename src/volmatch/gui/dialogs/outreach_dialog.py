"""The two e-mails of a pair — to the volunteer in their language, to the organization in
Czech — shown before anything leaves: recipient, subject and text (editable), what was
left out and why, and the calendar invitation of a dated activity.

Nothing leaves without a click: "Open in the mail program" hands a mailto: link to the
desktop, "Save as .eml…" and "Save the invitation…" write a file the person chose. The
words of the e-mails are the core's (``volmatch.outreach_mail.compose``).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from volmatch.gui.widgets.inputs import language_name
from volmatch.outreach_mail import MAILTO_LIMIT, Draft, Outreach, eml_bytes, mailto_url


def open_url(url: QUrl) -> bool:
    """Hand a URL to the desktop (a test replaces this to see what would be opened)."""
    return QDesktopServices.openUrl(url)


def save_path(parent: QWidget, title: str, suggested: str, pattern: str) -> str:
    """The file the person chose ("" when cancelled; a test replaces this)."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, pattern)
    return path


def write_private(path: str | Path, data: bytes) -> None:
    """Write ``data`` readable by its owner only (it may hold personal data), replacing
    the file at once: a half-written file never stands under the chosen name."""
    path = Path(path)
    part = path.with_name(path.name + ".part")
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(part, path)
    except BaseException:
        part.unlink(missing_ok=True)
        raise


def field_words(field: str) -> str:
    return {
        "name": QCoreApplication.translate("OutreachDialog", "name"),
        "email": QCoreApplication.translate("OutreachDialog", "e-mail"),
        "phone": QCoreApplication.translate("OutreachDialog", "phone"),
        "languages": QCoreApplication.translate("OutreachDialog", "languages"),
        "availability": QCoreApplication.translate("OutreachDialog", "days and times"),
        "district": QCoreApplication.translate("OutreachDialog", "home district"),
        "interests": QCoreApplication.translate("OutreachDialog", "interests"),
        "dates": QCoreApplication.translate("OutreachDialog", "available dates"),
        "birth_year": QCoreApplication.translate("OutreachDialog", "year of birth"),
        "notes": QCoreApplication.translate("OutreachDialog", "internal notes"),
    }.get(field, field)


def left_out_text(left_out: tuple[tuple[str, str], ...], shared_any: bool) -> str:
    """What the e-mail to the organization leaves out of the profile, and why."""
    groups: dict[str, list[str]] = {}
    for field, reason in left_out:
        groups.setdefault(reason, []).append(field_words(field))
    why = {
        "no_consent": QCoreApplication.translate(
            "OutreachDialog", "Left out, no consent is recorded: %1."
        ),
        "consent_scope": (
            QCoreApplication.translate(
                "OutreachDialog",
                "Left out, the consent covers passing on contact details only: %1.",
            )
            if shared_any
            else QCoreApplication.translate(
                "OutreachDialog",
                "Left out, the consent does not cover passing data to organizations: %1.",
            )
        ),
        "never": QCoreApplication.translate("OutreachDialog", "Never passed on: %1."),
    }
    return "\n".join(
        why.get(reason, "%1").replace("%1", ", ".join(fields)) for reason, fields in groups.items()
    )


class DraftPane(QWidget):
    """One e-mail: recipient, subject, text, notes and its buttons."""

    def __init__(self, draft: Draft, dialog: OutreachDialog) -> None:
        super().__init__()
        self.draft = draft
        self.dialog = dialog
        self.setObjectName(f"draft-{draft.kind}")
        self.to = QLineEdit(draft.to)
        self.to.setObjectName("to")
        self.to.setAccessibleName(QCoreApplication.translate("OutreachDialog", "To"))
        self.to.setPlaceholderText(QCoreApplication.translate("OutreachDialog", "name@example.org"))
        self.subject = QLineEdit(draft.subject)
        self.subject.setObjectName("subject")
        self.subject.setAccessibleName(QCoreApplication.translate("OutreachDialog", "Subject"))
        self.body = QPlainTextEdit(draft.body)
        self.body.setObjectName("body")
        self.body.setAccessibleName(QCoreApplication.translate("OutreachDialog", "Text"))
        self.notes = QLabel()
        self.notes.setObjectName("notes")
        self.notes.setWordWrap(True)
        self.open_button = QPushButton(
            QCoreApplication.translate("OutreachDialog", "Open in the mail program")
        )
        self.open_button.setObjectName("openMail")
        self.open_button.clicked.connect(self.open_mail)
        self.eml_button = QPushButton(QCoreApplication.translate("OutreachDialog", "Save as .eml…"))
        self.eml_button.setObjectName("saveEml")
        self.eml_button.clicked.connect(self.save_eml)
        self.copy_button = QPushButton(QCoreApplication.translate("OutreachDialog", "Copy"))
        self.copy_button.setObjectName("copy")
        self.copy_button.clicked.connect(self.copy)
        self.ics_button = QPushButton(
            QCoreApplication.translate("OutreachDialog", "Save the invitation (.ics)…")
        )
        self.ics_button.setObjectName("saveIcs")
        self.ics_button.clicked.connect(self.save_ics)
        self.ics_button.setEnabled(draft.invitation is not None)
        self.notes.setText(self.notes_text())
        # Contacting someone who did not agree to it is not offered at all.
        for widget in (self.open_button, self.eml_button, self.to):
            widget.setEnabled(not draft.blocked)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("OutreachDialog", "&To:"), self.to)
        form.addRow(QCoreApplication.translate("OutreachDialog", "&Subject:"), self.subject)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.eml_button, self.copy_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.ics_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.notes)
        layout.addLayout(buttons)

    def notes_text(self) -> str:
        d = self.draft
        lines = []
        if d.blocked:
            lines.append(
                QCoreApplication.translate(
                    "OutreachDialog",
                    "No consent to contact is recorded: the message cannot be sent from here.",
                )
                if d.blocked == "no_consent"
                else QCoreApplication.translate(
                    "OutreachDialog", "The person's consent does not cover being contacted."
                )
            )
        elif d.address_problem == "missing":
            lines.append(
                QCoreApplication.translate(
                    "OutreachDialog", "No e-mail address is recorded: write it in “To”."
                )
            )
        elif d.address_problem == "invalid":
            lines.append(
                QCoreApplication.translate(
                    "OutreachDialog",
                    "The recorded e-mail address is not valid: correct it in “To”.",
                )
            )
        for note in d.notes:
            if note == "fell_back":
                lines.append(
                    QCoreApplication.translate(
                        "OutreachDialog",
                        "Written in %1: messages are not available in the person's language.",
                    ).replace("%1", language_name(d.lang))
                )
            elif note.startswith("text_lang:"):
                lines.append(
                    QCoreApplication.translate(
                        "OutreachDialog", "The listing's own text is in %1: add a translation."
                    ).replace("%1", language_name(note.split(":", 1)[1]))
                )
        if d.kind == "organization":
            lines.append(left_out_text(d.left_out, bool(d.shared)))
        if not d.blocked and len(mailto_url(d.to, d.subject, d.body)) > MAILTO_LIMIT:
            lines.append(
                QCoreApplication.translate(
                    "OutreachDialog",
                    "A long message: a mail program may cut it off when opened from here; "
                    "save it as .eml instead.",
                )
            )
            self.eml_button.setDefault(True)
        if d.invitation is not None and not d.blocked:
            lines.append(
                QCoreApplication.translate(
                    "OutreachDialog",
                    "A calendar invitation is attached to the .eml (a mailto: link cannot "
                    "carry attachments; save it alone to attach it by hand).",
                )
            )
        return "\n".join(line for line in lines if line)

    # --- actions ---------------------------------------------------------------------
    def open_mail(self) -> None:
        url = mailto_url(self.to.text().strip(), self.subject.text(), self.body.toPlainText())
        if len(url) > MAILTO_LIMIT:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("OutreachDialog", "Message too long for a mail link"),
                QCoreApplication.translate(
                    "OutreachDialog",
                    "The message makes a link of %1 characters; mail programs take about %2 "
                    "and may cut the text off. Save it as an .eml file and open that instead.",
                )
                .replace("%1", str(len(url)))
                .replace("%2", str(MAILTO_LIMIT)),
                QMessageBox.StandardButton.Cancel,
                self,
            )
            save = box.addButton(
                QCoreApplication.translate("OutreachDialog", "Save as .eml…"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            anyway = box.addButton(
                QCoreApplication.translate("OutreachDialog", "Open anyway"),
                QMessageBox.ButtonRole.DestructiveRole,
            )
            box.setDefaultButton(save)
            box.exec()
            if box.clickedButton() is save:
                self.save_eml()
                return
            if box.clickedButton() is not anyway:
                return
        if not open_url(QUrl.fromEncoded(url.encode("ascii"))):
            QMessageBox.warning(
                self,
                QCoreApplication.translate("OutreachDialog", "No mail program"),
                QCoreApplication.translate(
                    "OutreachDialog",
                    "No mail program opened the message. Save it as an .eml file instead.",
                ),
            )

    def eml(self) -> bytes:
        from volmatch.outreach_mail import valid_address

        to = self.to.text().strip()
        return eml_bytes(
            to if valid_address(to) else "",
            self.draft.to_name,
            self.subject.text(),
            self.body.toPlainText(),
            lang=self.draft.lang,
            invitation=self.draft.invitation,
        )

    def save_eml(self) -> None:
        to = self.to.text().strip()
        from volmatch.outreach_mail import valid_address

        if to and not valid_address(to):
            QMessageBox.warning(
                self,
                QCoreApplication.translate("OutreachDialog", "Not an e-mail address"),
                QCoreApplication.translate(
                    "OutreachDialog", "“%1” is not an e-mail address; correct it or leave it empty."
                ).replace("%1", to),
            )
            return
        name = (
            QCoreApplication.translate("OutreachDialog", "message-to-volunteer.eml")
            if self.draft.kind == "volunteer"
            else QCoreApplication.translate("OutreachDialog", "message-to-organization.eml")
        )
        self.dialog.save(
            QCoreApplication.translate("OutreachDialog", "Save the e-mail"),
            name,
            QCoreApplication.translate("OutreachDialog", "E-mail (*.eml)"),
            self.eml,
        )

    def save_ics(self) -> None:
        invitation = self.draft.invitation
        if invitation is not None:
            self.dialog.save(
                QCoreApplication.translate("OutreachDialog", "Save the calendar invitation"),
                invitation.filename,
                QCoreApplication.translate("OutreachDialog", "Calendar (*.ics)"),
                lambda: invitation.data,
            )

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.subject.text() + "\n\n" + self.body.toPlainText())
        self.dialog.status.setText(
            QCoreApplication.translate("OutreachDialog", "Copied to the clipboard.")
        )


class OutreachDialog(QDialog):
    def __init__(self, outreach: Outreach, folder: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("OutreachDialog")
        self.setWindowTitle(QCoreApplication.translate("OutreachDialog", "E-mails and invitation"))
        self.folder = folder  # where the last file went (the caller keeps it)
        self.tabs = QTabWidget()
        self.volunteer = DraftPane(outreach.volunteer, self)
        self.organization = DraftPane(outreach.organization, self)
        self.tabs.addTab(
            self.volunteer,
            QCoreApplication.translate("OutreachDialog", "To the volunteer (%1)").replace(
                "%1", language_name(outreach.volunteer.lang)
            ),
        )
        self.tabs.addTab(
            self.organization,
            QCoreApplication.translate("OutreachDialog", "To the organization (%1)").replace(
                "%1", language_name("cs")
            ),
        )
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.resize(760, 600)

    def save(self, title: str, name: str, pattern: str, data) -> None:
        """Ask where, then write ``data()`` there; the outcome in the status line."""
        suggested = str(Path(self.folder) / name) if self.folder else name
        path = save_path(self, title, suggested, pattern)
        if not path:
            return
        try:
            write_private(path, data())
        except OSError as exc:
            QMessageBox.warning(
                self,
                QCoreApplication.translate("OutreachDialog", "Not saved"),
                QCoreApplication.translate(
                    "OutreachDialog", "The file could not be saved: %1"
                ).replace("%1", exc.strerror or str(exc)),
            )
            return
        self.folder = str(Path(path).parent)
        self.status.setText(
            QCoreApplication.translate("OutreachDialog", "Saved: %1").replace("%1", path)
        )


def show_outreach(ctx, parent: QWidget, volunteer_id: int, opportunity_id: int) -> None:
    """Compose the pair's e-mails off the GUI thread, then show them."""
    from volmatch.gui.backend_outreach import compose_pair

    def done(outreach: Outreach | None) -> None:
        if outreach is None:
            QMessageBox.information(
                parent,
                QCoreApplication.translate("OutreachDialog", "E-mails and invitation"),
                QCoreApplication.translate(
                    "OutreachDialog", "The volunteer or the listing no longer exists."
                ),
            )
            return
        dialog = OutreachDialog(outreach, ctx.settings.outreach_folder, parent)
        dialog.exec()
        ctx.settings.outreach_folder = dialog.folder

    ctx.run(parent, lambda b, _p: compose_pair(b, volunteer_id, opportunity_id), done)
