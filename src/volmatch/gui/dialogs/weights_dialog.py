"""The matching weights: how much language, district, interests and time count.

They are stored in the database, so every coordinator and ``volmatch match`` rank
with the same numbers; "Reset to defaults" puts back the matcher's defaults.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from volmatch.gui.placement_words import part_label

PARTS = ("language", "district", "interests", "availability")


def default_weights() -> dict[str, float]:
    from volmatch.matching.model import Weights

    w = Weights()
    return {p: float(getattr(w, p)) for p in PARTS}


class WeightsDialog(QDialog):
    """Four numbers; OK with all of them 0 is refused with a sentence."""

    def __init__(self, current: dict[str, float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WeightsDialog")
        self.setWindowTitle(self.tr("Matching weights"))
        intro = QLabel(
            self.tr(
                "How much each part counts in the score (0 = not at all). The numbers are "
                "shared by everyone using this database and by the command line."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.spins: dict[str, QDoubleSpinBox] = {}
        for part in PARTS:
            spin = QDoubleSpinBox()
            spin.setObjectName(f"weight_{part}")
            spin.setRange(0.0, 10.0)
            spin.setDecimals(2)
            spin.setSingleStep(0.05)
            spin.setValue(float(current.get(part, 0.0)))
            spin.setAccessibleName(part_label(part))
            spin.valueChanged.connect(lambda _v: self._check())
            form.addRow(part_label(part), spin)
            self.spins[part] = spin
        self.problem = QLabel()
        self.problem.setObjectName("weightsProblem")
        self.problem.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).setText(
            self.tr("Reset to defaults")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self.reset
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._check()

    def values(self) -> dict[str, float]:
        return {p: round(s.value(), 2) for p, s in self.spins.items()}

    def reset(self) -> None:
        for part, value in default_weights().items():
            self.spins[part].setValue(value)

    def _check(self) -> None:
        ok = sum(self.values().values()) > 0
        self.problem.setText("" if ok else self.tr("At least one part must count more than 0."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
