"""One interest entry for listings and volunteers: words in any language, what was understood.

The words are read by the core's taxonomy (``reference.taxonomy``), item by item, as
the person types: each item shows the tags it was read as ("zahradniceni →
zahradničení"), and an item naming no tag stays as a free keyword, never dropped. A
tag can also be picked from the taxonomy by category.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from volmatch.gui.widgets.inputs import MessageLabel
from volmatch.text import clean, split_list


@dataclass(frozen=True, slots=True)
class InterestItem:
    """One item as written, and the tag ids the taxonomy read it as (none: a free keyword)."""

    text: str
    tags: tuple[str, ...]
    exact: bool = True


def ui_language() -> str:
    return QLocale().name().split("_")[0] or "en"


def taxonomy():
    from volmatch.reference.taxonomy import default_taxonomy

    return default_taxonomy()


def understand(text: str) -> list[InterestItem]:
    """Each comma-separated item of ``text`` with the tags the core reads in it."""
    from volmatch.errors import Severity

    tx = taxonomy()
    items = []
    for item in split_list(text):
        tags, issues = tx.parse_tags(item, unknown=Severity.WARNING)
        items.append(InterestItem(item, tuple(tags), exact=not issues))
    return items


def tag_name(tag: str, lang: str | None = None) -> str:
    try:
        return taxonomy().name(tag, lang or ui_language())
    except KeyError:
        return tag


class InterestEdit(QWidget):
    """A line for interest words, a line saying what was understood, and a category picker."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(
            QCoreApplication.translate(
                "Interests", "words in any language, e.g. children, zahradničení, готування"
            )
        )
        self.pick = QPushButton(QCoreApplication.translate("Interests", "Pick…"))
        self.pick.setAccessibleName(
            QCoreApplication.translate("Interests", "Pick an interest by category")
        )
        self.pick.setToolTip(self.pick.accessibleName())
        self.menu = QMenu(self)
        self.menu.aboutToShow.connect(self._fill_menu)
        self.pick.setMenu(self.menu)
        self.message = MessageLabel()
        self.message.setObjectName("interestsUnderstood")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.pick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.items: list[InterestItem] = []
        self.edit.textChanged.connect(self._update)
        self.setFocusProxy(self.edit)

    # --- values ------------------------------------------------------------------------
    def set_values(self, tags: tuple[str, ...] = (), keywords: tuple[str, ...] = ()) -> None:
        """Show stored tags by their names in the interface language, then the keywords."""
        self.edit.setText(", ".join([tag_name(t) for t in tags] + list(keywords)))

    def set_interests(self, interests: tuple[str, ...]) -> None:
        """A listing's stored interests: tag ids, and free keywords (anything else)."""
        known = taxonomy().tags
        self.set_values(
            tuple(i for i in interests if i in known), tuple(i for i in interests if i not in known)
        )

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

    def text(self) -> str:
        return clean(self.edit.text())

    def tags(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(t for item in self.items for t in item.tags))

    def keywords(self) -> tuple[str, ...]:
        """Items that name no tag: kept as the person wrote them."""
        return tuple(dict.fromkeys(item.text for item in self.items if not item.tags))

    def add_tag(self, tag: str) -> None:
        if tag in self.tags():
            return
        current = self.edit.text().rstrip().rstrip(",")
        name = tag_name(tag)
        self.edit.setText(f"{current}, {name}" if current else name)

    # --- showing --------------------------------------------------------------------------
    def _update(self) -> None:
        self.items = understand(self.edit.text())
        self.message.show_message(self.summary(), error=False)
        self.message.setStyleSheet("color: palette(text);" if self.items else "")
        self.changed.emit()

    def summary(self) -> str:
        """ "zahradniceni → zahradničení · žonglování → free keyword" """
        parts = []
        for item in self.items:
            if item.tags:
                names = ", ".join(tag_name(t) for t in item.tags)
                same = len(item.tags) == 1 and names.casefold() == item.text.casefold()
                parts.append(f"✓ {names}" if same else f"{item.text} → {names}")
            else:
                parts.append(
                    QCoreApplication.translate("Interests", "%1 → free keyword").replace(
                        "%1", item.text
                    )
                )
        return " · ".join(parts)

    def _fill_menu(self) -> None:
        self.menu.clear()
        tx = taxonomy()
        lang = ui_language()
        chosen = set(self.tags())
        for category in sorted(tx.categories.values(), key=lambda c: tx.name(c.id, lang)):
            sub = self.menu.addMenu(tx.name(category.id, lang))
            for tag in sorted(category.tags, key=lambda t: tx.name(t, lang)):
                action = sub.addAction(tx.name(tag, lang))
                action.setCheckable(True)
                action.setChecked(tag in chosen)
                action.triggered.connect(lambda _checked=False, tag=tag: self.add_tag(tag))
