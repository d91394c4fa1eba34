"""The Volunteers page: profiles (personal data) in a fast table, edited in a dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QMessageBox

from volmatch.domain import Volunteer
from volmatch.gui.context import AppContext
from volmatch.gui.dialogs.conflict_dialog import save_resolving_conflicts
from volmatch.gui.editors import base as editors
from volmatch.gui.editors.volunteer_editor import VolunteerEditor
from volmatch.gui.models.tablemodel import TableData
from volmatch.gui.pages.listpage import ListPage
from volmatch.gui.widgets.inputs import language_name
from volmatch.gui.worker import ChangeSet

CHANGED = ChangeSet(volunteers=True)


class VolunteersPage(ListPage):
    layout_name = "volunteers"
    match_kind = "volunteer"
    date_column = 4
    language_column = 2

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(
            ctx,
            [
                self.tr("Name"),
                self.tr("Home district"),
                self.tr("Languages"),
                self.tr("Interests"),
                self.tr("Consent given"),
            ],
            [
                ("district", self.tr("All districts")),
                ("language", self.tr("All languages")),
                ("interest", self.tr("All interests")),
            ],
        )
        self.setObjectName("VolunteersPage")
        self.search.setPlaceholderText(self.tr("Search volunteers: name, e-mail, place… (Ctrl+F)"))
        self.table.setAccessibleName(self.tr("Volunteers"))
        self.table.setColumnWidth(0, 220)
        self._undo: tuple[str, Volunteer | None] | None = None
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)

    def _menu(self, pos) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), self.edit_item)
        menu.addAction(self.tr("Delete"), self.delete_item)
        menu.addSeparator()
        menu.addAction(self.tr("Find listings for this volunteer"), self.find_matches)
        menu.addAction(self.tr("History…"), self.show_history)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def show_history(self) -> None:
        from volmatch.gui.dialogs.history_dialog import show_history

        show_history(self.window(), self)

    def wants(self, changes: ChangeSet) -> bool:
        return changes.volunteers or changes.database

    def fetch(self, backend, lang: str) -> TableData:
        return backend.volunteer_table(lang)

    def filter_values(self, facet: str, table: TableData) -> list[tuple[str, str]]:
        values = super().filter_values(facet, table)
        if facet == "language":
            return sorted(
                ((f"{language_name(v)} ({v})", v) for _l, v in values), key=lambda x: x[0]
            )
        return values

    def new_item(self) -> None:
        self._run_editor(None)

    def edit_item(self) -> None:
        record_id = self.current_id()
        if record_id is None or editors.raise_if_open("volunteer", record_id):
            return
        editors.reserve("volunteer", record_id)

        def failed(exc: Exception, trace: str) -> None:
            from volmatch.gui.worker import _show_failure

            editors.release("volunteer", record_id)
            _show_failure(self, exc, trace)

        def opened(record: Volunteer | None) -> None:
            if record is None:
                editors.release("volunteer", record_id)
                self.window().statusBar().showMessage(
                    self.tr("This volunteer no longer exists."), 4000
                )
            else:
                self._run_editor(record)

        self.ctx.run(self, lambda b, p: b.get_volunteer(record_id), opened, failed=failed)

    def _run_editor(self, record: Volunteer | None) -> None:
        record_id = record.id if record is not None else None
        editor = VolunteerEditor(record, self)
        self.editor = editor
        editors.register("volunteer", record_id, editor)
        try:
            accepted = editor.exec()
        finally:
            editors.release("volunteer", record_id)
            self.editor = None
        if not accepted:
            return
        new = editor.result_record()

        def done(new_id: int) -> None:
            self._pending_select = new_id
            self._undo = ("edit", record) if record is not None else ("create", None)
            self._created = new_id
            self.window().statusBar().showMessage(self.tr("Volunteer saved."), 4000)

        save_resolving_conflicts(self, self.ctx, new, done, CHANGED)

    def delete_item(self) -> None:
        record_id = self.current_id()
        if record_id is None:
            return
        name = self.model.row_values(self.table.currentIndex().row())[0]
        answer = QMessageBox.question(
            self,
            self.tr("Delete volunteer"),
            self.tr(
                "Delete the profile of %1 with all their placements? You can undo this with Ctrl+Z."
            ).replace("%1", name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(old: Volunteer | None) -> None:
            self._undo = ("delete", old)
            self.window().statusBar().showMessage(self.tr("Volunteer deleted."), 4000)

        self.ctx.run(self, lambda b, p: b.delete_volunteer(record_id), done, changes=CHANGED)

    def undo(self) -> None:
        if self._undo is None:
            self.window().statusBar().showMessage(self.tr("Nothing to undo."), 4000)
            return
        kind, old = self._undo
        self._undo = None
        if kind == "delete" and old is not None:
            work = lambda b, p: b.restore_volunteer(old)  # noqa: E731
        elif kind == "edit" and old is not None:
            work = lambda b, p: b.revert_volunteer(old)  # noqa: E731
        elif kind == "create":
            created = self._created
            work = lambda b, p: b.delete_volunteer(created) and None  # noqa: E731
        else:
            return
        self.ctx.run(
            self,
            work,
            lambda _r: self.window().statusBar().showMessage(self.tr("Undone."), 4000),
            changes=CHANGED,
        )
