"""Days and times as people write them ("po–pá večer, so dopoledne"), read by the core.

The text is read with ``reference.availability.parse_availability`` as it is typed; the
line under the field says what was understood, in the interface language, or which
words were not. The weekly mask that matching and the exports use comes from it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from volmatch.gui.widgets.inputs import LabelledField


class ScheduleEdit(LabelledField):
    """A line for a listing's schedule or a volunteer's availability, and its weekly mask."""

    def __init__(self, placeholder: str = "") -> None:
        super().__init__(placeholder)
        self._loaded = ("", 0)
        self.edit.textChanged.connect(self._update)

    def set_value(self, text: str, mask: int) -> None:
        self._loaded = (text, mask)
        self.setText(text)
        self._update()

    def mask(self) -> int:
        """The weekly slots the text names; unchanged text keeps the stored mask."""
        text = self.text().strip()
        if text == self._loaded[0].strip():
            return self._loaded[1]
        from volmatch.reference.availability import parse_availability

        return parse_availability(text)[0] if text else 0

    def _update(self) -> None:
        from volmatch.reference.availability import format_availability, parse_availability

        text = self.text().strip()
        if not text:
            self.message.show_message("")
            return
        mask, issues = parse_availability(text)
        if issues:
            self.message.show_message(
                QCoreApplication.translate(
                    "Schedule", "Not understood: “%1”; write e.g. po–pá večer, so dopoledne."
                ).replace("%1", ", ".join(i.value for i in issues if i.value) or text),
                error=False,
            )
            return
        lang = QLocale().name().split("_")[0]
        words = format_availability(mask, lang if lang in ("cs", "en", "uk") else "en")
        self.message.show_message(f"→ {words}" if words else "", error=False)
        self.message.setStyleSheet("color: palette(text);")
