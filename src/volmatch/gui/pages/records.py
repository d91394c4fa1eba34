"""A list page whose records open in an editor, are deleted after a question, and whose
last create, edit or delete can be undone (Opportunities and Volunteers)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox

from volmatch.gui.dialogs.conflict_dialog import save_resolving_conflicts
from volmatch.gui.editors import base as editors
from volmatch.gui.models.tablemodel import TableData
from volmatch.gui.pages.listpage import ListPage
from volmatch.gui.widgets.inputs import language_name
from volmatch.gui.worker import ChangeSet


class RecordPage(ListPage):
    # "opportunity" or "volunteer": the backend's get_/delete_/restore_/revert_ methods
    # and the open-editor registry are named after it.
    entity = ""
    changed = ChangeSet()

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self._undo: tuple[str, Any] | None = None

    def words(self, what: str) -> str:
        """The page's own wording for "gone", "saved", "deleted", "delete title" and
        "delete question" (with %1 for the record's name)."""
        raise NotImplementedError

    def open_record(self, record: Any) -> None:
        """Open the editor on a record just read (its editor slot is reserved)."""
        raise NotImplementedError

    def show_history(self) -> None:
        from volmatch.gui.dialogs.history_dialog import show_history

        show_history(self.window(), self)

    def filter_values(self, facet: str, table: TableData) -> list[tuple[str, str]]:
        values = super().filter_values(facet, table)
        if facet == "language":
            return sorted(
                ((f"{language_name(v)} ({v})", v) for _l, v in values), key=lambda x: x[0]
            )
        return values

    def _backend_call(self, verb: str, *args: Any):
        name = f"{verb}_{self.entity}"
        return lambda b, _p: getattr(b, name)(*args)

    def _status(self, text: str) -> None:
        self.window().statusBar().showMessage(text, 4000)

    # --- editing ---------------------------------------------------------------------
    def edit_item(self) -> None:
        record_id = self.current_id()
        if record_id is None or editors.raise_if_open(self.entity, record_id):
            return
        editors.reserve(self.entity, record_id)
        self.ctx.run(
            self,
            self._backend_call("get", record_id),
            lambda record: self.open_record(record) if record else self._gone(record_id),
            failed=lambda exc, trace: self._not_opened(record_id, exc, trace),
        )

    def _gone(self, record_id: int) -> None:
        editors.release(self.entity, record_id)
        self._status(self.words("gone"))

    def _not_opened(self, record_id: int | None, exc: Exception, trace: str) -> None:
        from volmatch.gui.worker import _show_failure

        editors.release(self.entity, record_id)
        _show_failure(self, exc, trace)

    def exec_editor(self, editor, record: Any) -> bool:
        """Run ``editor`` (kept as ``self.editor`` for tests while open); True if accepted."""
        record_id = record.id if record is not None else None
        self.editor = editor
        editors.register(self.entity, record_id, editor)
        try:
            accepted = editor.exec()
        finally:
            editors.release(self.entity, record_id)
            self.editor = None
        return bool(accepted)

    def save_record(self, new: Any, old: Any) -> None:
        """Save an edited (``old`` given) or new record; undo reverts or deletes it."""
        undo = ("edit", old) if old is not None and old.id else ("create", None)

        def done(new_id: int) -> None:
            self._pending_select = new_id
            kind, before = undo
            self._undo = (kind, before if kind != "create" else new_id)
            self._status(self.words("saved"))

        save_resolving_conflicts(self, self.ctx, new, done, self.changed)

    def delete_item(self) -> None:
        record_id = self.current_id()
        if record_id is None:
            return
        name = self.model.row_values(self.table.currentIndex().row())[0]
        answer = QMessageBox.question(
            self,
            self.words("delete title"),
            self.words("delete question").replace("%1", name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(old: Any) -> None:
            self._undo = ("delete", old)
            self._status(self.words("deleted"))

        self.ctx.run(self, self._backend_call("delete", record_id), done, changes=self.changed)

    def undo(self) -> None:
        """Undo the last create, edit, archive or delete made on this page."""
        if self._undo is None:
            self._status(self.tr("Nothing to undo."))
            return
        kind, old = self._undo
        self._undo = None
        if kind == "delete" and old is not None:
            work = self._backend_call("restore", old)
        elif kind == "edit" and old is not None:
            work = self._backend_call("revert", old)
        elif kind == "create":
            delete = self._backend_call("delete", old)
            work = lambda b, p: delete(b, p) and old  # noqa: E731
        else:
            return

        def done(record_id) -> None:
            if kind != "create":
                self._pending_select = record_id
            self._status(self.tr("Undone."))

        self.ctx.run(self, work, done, changes=self.changed)
