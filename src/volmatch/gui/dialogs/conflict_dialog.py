"""Someone else saved the record being edited: both versions side by side, chosen per field."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from volmatch.gui.widgets.inputs import format_date, format_datetime

KEEP_MINE = "mine"
TAKE_THEIRS = "theirs"
MERGE = "merge"


def show_value(value: Any) -> str:
    """A field's value as one line of text (lists joined, empty as a dash)."""
    if value is None or value == "" or value == () or value == {}:
        return "—"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, dt.datetime):
        return format_datetime(value)
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {show_value(v)}" for k, v in value.items())
    if isinstance(value, (tuple, list)):
        return ", ".join(show_value(v) for v in value)
    if dataclasses.is_dataclass(value):
        parts = (getattr(value, f.name) for f in dataclasses.fields(value))
        return " ".join(show_value(p) for p in parts if p not in (None, "", False))
    if value is True:
        return "✓"
    return str(value)


def field_value(name: str, value: Any) -> str:
    from volmatch.gui.fieldnames import field_value as words

    return words(name, value)


class ConflictDialog(QDialog):
    """Shows ``conflict`` (storage.conflicts.Conflict); after exec, ``decision`` is
    "mine", "theirs" or "merge" and :meth:`choices` the side per differing field."""

    def __init__(self, conflict: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConflictDialog")
        self.setWindowTitle(self.tr("Someone else changed this record"))
        self.conflict = conflict
        self.decision = ""
        who = ", ".join(conflict.changed_by) or self.tr("Someone else")
        if conflict.theirs is None:
            text = self.tr(
                "%1 deleted this record for good after you opened it. "
                "Keep mine stores your version as a new record."
            )
        elif conflict.deleted:
            text = self.tr(
                "%1 moved this record to the trash after you opened it. "
                "Choose what to keep; saving takes it out of the trash."
            )
        else:
            text = self.tr(
                "%1 saved this record after you opened it. Nothing of yours is saved yet: "
                "choose for each field which version to keep."
            )
        self.message = QLabel(text.replace("%1", who))
        self.message.setWordWrap(True)
        self.message.setObjectName("conflictMessage")
        fields = conflict.differing_fields if conflict.theirs is not None else ()
        self.table = QTableWidget(len(fields), 4)
        self.table.setObjectName("conflictTable")
        self.table.setAccessibleName(self.tr("Both versions side by side"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Mine"), self.tr("Theirs"), self.tr("Keep")]
        )
        self.table.verticalHeader().setVisible(False)
        for column in (1, 2):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch
            )
        suggested = conflict.suggested_choices() if conflict.theirs is not None else {}
        labels = self.field_labels()
        self.combos: dict[str, QComboBox] = {}
        for row, name in enumerate(fields):
            cells = (
                labels.get(name, name),
                field_value(name, getattr(conflict.mine, name)),
                field_value(name, getattr(conflict.theirs, name)),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Keep for %1").replace("%1", cells[0]))
            combo.addItem(self.tr("Mine"), KEEP_MINE)
            combo.addItem(self.tr("Theirs"), TAKE_THEIRS)
            combo.setCurrentIndex(combo.findData(suggested.get(name, KEEP_MINE)))
            self.table.setCellWidget(row, 3, combo)
            self.combos[name] = combo
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(3)
        buttons = QDialogButtonBox()
        self.mine_button = buttons.addButton(
            self.tr("Keep mine"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.theirs_button = buttons.addButton(
            self.tr("Take theirs"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button = buttons.addButton(
            self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        if conflict.theirs is None:
            self.theirs_button.setVisible(False)
            self.merge_button.setVisible(False)
            self.table.setVisible(False)
        self.mine_button.clicked.connect(lambda: self._decide(KEEP_MINE))
        self.theirs_button.clicked.connect(lambda: self._decide(TAKE_THEIRS))
        self.merge_button.clicked.connect(lambda: self._decide(MERGE))
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 420)

    def field_labels(self) -> dict[str, str]:
        from volmatch.gui.fieldnames import field_label

        return {name: field_label(name) for name in self.conflict.differing_fields}

    def _decide(self, decision: str) -> None:
        self.decision = decision
        self.accept()

    def choices(self) -> dict[str, str]:
        """Field -> "mine" | "theirs" for the decision taken (the table's picks for Merge)."""
        if self.decision in (KEEP_MINE, TAKE_THEIRS):
            return dict.fromkeys(self.combos, self.decision)
        return {name: combo.currentData() for name, combo in self.combos.items()}


def is_conflict(exc: Exception) -> bool:
    """A save refused because someone else changed the record (DatabaseError CONFLICT)."""
    return str(getattr(exc, "code", "")) == "conflict"


def save_resolving_conflicts(
    parent: QWidget, ctx: Any, record: Any, done: Any, changes: Any
) -> None:
    """Save ``record`` off the GUI thread; when someone else changed it meanwhile, show both
    versions, then save what the person chose and call ``done(id)``."""
    from volmatch.gui.worker import _show_failure

    def save(backend: Any) -> int:
        if record.__class__.__name__ == "Opportunity":
            return backend.save_opportunity(record)
        return backend.save_volunteer(record)

    def failed(exc: Exception, trace: str) -> None:
        if is_conflict(exc):
            ctx.run(parent, lambda b, p: b.conflict_for(record), show)
        else:
            _show_failure(parent, exc, trace)

    def show(conflict: Any) -> None:
        if conflict is None:  # nothing stands in the way any more
            ctx.run(parent, lambda b, p: save(b), done, changes=changes, failed=failed)
            return
        dialog = ConflictDialog(conflict, parent)
        parent.conflict_dialog = dialog  # reachable for tests while it is open
        accepted = dialog.exec()
        parent.conflict_dialog = None
        if not accepted:
            return
        if dialog.decision == TAKE_THEIRS:
            ctx.changes.changed.emit(changes)  # show what they saved; nothing to store
            return
        choices = dialog.choices()

        def again(exc: Exception, trace: str) -> None:
            if is_conflict(exc):  # a third save in the meantime: start over
                save_resolving_conflicts(parent, ctx, conflict.mine, done, changes)
            else:
                _show_failure(parent, exc, trace)

        ctx.run(
            parent,
            lambda b, p: b.resolve_conflict(conflict, choices),
            done,
            changes=changes,
            failed=again,
        )

    ctx.run(parent, lambda b, p: save(b), done, changes=changes, failed=failed)
