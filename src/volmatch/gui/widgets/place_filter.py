"""A list page's district filter that also takes a place as people write it.

The filter stays a picker of the districts in the list; typing a place into it and
pressing Enter reads the place as the place entry does (:func:`check_places`): what
was understood is chosen and said ("na Letné → Praha 7"), a place in several
districts or a typo offers its choices in a menu, an unknown place says so.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QMenu

from volmatch.gui.places import check_places


class PlaceFilter(QObject):
    """Makes ``box`` (items: label, district name) editable and reads typed places."""

    def __init__(self, box: QComboBox, tell: Callable[[str], None]) -> None:
        super().__init__(box)
        self.box = box
        self.tell = tell
        self.menu: QMenu | None = None
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        box.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        box.lineEdit().returnPressed.connect(self.read)

    def read(self) -> None:
        """Choose the district the typed text names (or ask, or say it is unknown)."""
        text = self.box.currentText().strip()
        if not text or self.box.findText(text) >= 0:
            index = max(0, self.box.findText(text)) if text else 0
            self.box.setCurrentIndex(index)
            return
        check = check_places(text, single=True)
        if check.error:
            self._ask(check, text)
            return
        self.choose(check.districts[0] if check.districts else "", check.note)

    def choose(self, district: str, note: str = "") -> bool:
        index = self.box.findData(district) if district else -1
        if index < 0:
            self.box.setCurrentIndex(self.box.currentIndex())  # back to what was chosen
            self.box.setEditText(self.box.itemText(self.box.currentIndex()))
            self.tell(
                QCoreApplication.translate("Places", "No listed record is in %1.").replace(
                    "%1", district or "—"
                )
            )
            return False
        self.box.setCurrentIndex(index)
        self.box.setEditText(self.box.itemText(index))
        if note:
            self.tell(note)
        return True

    def _ask(self, check, text: str) -> None:
        self.tell(check.error)
        if not check.choices:
            self.box.setEditText(self.box.itemText(self.box.currentIndex()))
            return
        menu = QMenu(self.box)
        menu.setObjectName("placeChoices")
        for choice in check.choices:
            action = menu.addAction(choice.label)
            action.triggered.connect(lambda _c=False, d=choice.text: self._resolved(d, text))
        self.menu = menu
        menu.popup(self.box.mapToGlobal(self.box.rect().bottomLeft()))

    def _resolved(self, chosen: str, text: str) -> None:
        check = check_places(chosen, single=True)
        if check.districts:
            self.choose(check.districts[0], f"{text} → {', '.join(check.districts)}")
