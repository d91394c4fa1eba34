"""Whether an organization is accredited under the volunteer-service act (zákon č. 198/2002
Sb.), and the reference of the ministry's decision: the certificates it issues depend on it."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class AccreditationDialog(QDialog):
    """For one ``OrganizationInfo``; ``values()`` after Accepted."""

    def __init__(self, item: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AccreditationDialog")
        self.setWindowTitle(self.tr("Accreditation"))
        name = QLabel(f"<b>{escape(item.name)}</b>")
        name.setWordWrap(True)
        self.accredited = QCheckBox(
            self.tr("Accredited sending organization under zákon č. 198/2002 Sb.")
        )
        self.accredited.setObjectName("accredited")
        self.accredited.setChecked(bool(item.accredited))
        self.reference = QLineEdit(item.accreditation_ref)
        self.reference.setObjectName("accreditationRef")
        self.reference.setAccessibleName(self.tr("Decision of the Ministry of the Interior"))
        self.reference.setPlaceholderText(self.tr("e.g. MV-12345-4/PDS-2024 (optional)"))
        self.reference.setMaxLength(200)
        self.accredited.toggled.connect(self.reference.setEnabled)
        self.reference.setEnabled(self.accredited.isChecked())
        form = QFormLayout()
        form.addRow(self.tr("Ministry's decision:"), self.reference)
        hint = QLabel(
            self.tr(
                "Its certificates of volunteering then follow the act: a confirmation of "
                "volunteer service stating its kind, extent and period. Other organizations "
                "issue a plain confirmation of volunteering."
            )
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(name)
        layout.addWidget(self.accredited)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def values(self) -> tuple[bool, str]:
        accredited = self.accredited.isChecked()
        return accredited, self.reference.text().strip() if accredited else ""
