"""The Opportunities page: listings in a fast table, edited in a dialog, with undo."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QMenu, QMessageBox

from volmatch.domain import Opportunity, Status
from volmatch.gui.context import AppContext
from volmatch.gui.dialogs.conflict_dialog import save_resolving_conflicts
from volmatch.gui.editors import base as editors
from volmatch.gui.editors.opportunity_editor import OpportunityEditor, status_name
from volmatch.gui.models.tablemodel import TableData
from volmatch.gui.pages.listpage import ListPage
from volmatch.gui.widgets.inputs import language_name
from volmatch.gui.worker import ChangeSet

CHANGED = ChangeSet(opportunities=True)


class OpportunitiesPage(ListPage):
    layout_name = "opportunities"
    match_kind = "opportunity"
    date_column = 6
    language_column = 3

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(
            ctx,
            [
                self.tr("Title"),
                self.tr("Organization"),
                self.tr("Districts"),
                self.tr("Languages"),
                self.tr("Interests"),
                self.tr("Status"),
                self.tr("Valid until"),
            ],
            [
                ("status", self.tr("All statuses")),
                ("district", self.tr("All districts")),
                ("language", self.tr("All languages")),
                ("interest", self.tr("All interests")),
                ("organization", self.tr("All organizations")),
            ],
        )
        self.setObjectName("OpportunitiesPage")
        self.search.setPlaceholderText(
            self.tr("Search listings: title, organization, place… (Ctrl+F)")
        )
        self.table.setAccessibleName(self.tr("Opportunities"))
        self.table.setColumnWidth(0, 300)
        self.table.setColumnWidth(1, 220)
        self._undo: tuple[str, object] | None = None
        self._name_statuses()
        self.table.setContextMenuPolicy(self.table.contextMenuPolicy().CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)

    def _name_statuses(self) -> None:
        # Status is stored as a code; people read it in their language.
        self.model.display_maps[5] = {
            code: status_name(code) for code in ("draft", "published", "archived")
        }

    def language_changed(self) -> None:
        self._name_statuses()
        super().language_changed()

    def show_history(self) -> None:
        from volmatch.gui.dialogs.history_dialog import show_history

        show_history(self.window(), self)

    def wants(self, changes: ChangeSet) -> bool:
        return changes.opportunities or changes.database

    record_entity = "opportunity"

    def fetch(self, backend, lang: str) -> TableData:
        return backend.opportunity_table(lang)

    def fetch_rows(self, backend, lang: str, ids: set[int]) -> TableData:
        return backend.opportunity_table(lang, ids)

    def filter_values(self, facet: str, table: TableData) -> list[tuple[str, str]]:
        values = super().filter_values(facet, table)
        if facet == "status":
            return [(status_name(v), v) for _label, v in values]
        if facet == "language":
            return sorted(
                ((f"{language_name(v)} ({v})", v) for _l, v in values), key=lambda x: x[0]
            )
        return values

    def _menu(self, pos) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), self.edit_item)
        menu.addAction(self.tr("Duplicate…"), self.duplicate_item)
        menu.addAction(self.tr("Archive"), self.archive_item)
        menu.addAction(self.tr("Delete"), self.delete_item)
        menu.addSeparator()
        menu.addAction(self.tr("Find volunteers for this listing"), self.find_matches)
        menu.addAction(self.tr("History…"), self.show_history)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    # --- editing ---------------------------------------------------------------------
    def new_item(self) -> None:
        self._open_editor(None)

    def edit_item(self) -> None:
        record_id = self.current_id()
        if record_id is None or editors.raise_if_open("opportunity", record_id):
            return
        editors.reserve("opportunity", record_id)
        self.ctx.run(
            self,
            lambda b, p: b.get_opportunity(record_id),
            lambda record: self._open_editor(record) if record else self._gone(record_id),
            failed=lambda exc, trace: self._not_opened(record_id, exc, trace),
        )

    def _gone(self, record_id: int) -> None:
        editors.release("opportunity", record_id)
        self.window().statusBar().showMessage(self.tr("This listing no longer exists."), 4000)

    def _not_opened(self, record_id: int, exc: Exception, trace: str) -> None:
        from volmatch.gui.worker import _show_failure

        editors.release("opportunity", record_id)
        _show_failure(self, exc, trace)

    def duplicate_item(self) -> None:
        record_id = self.current_id()
        if record_id is None:
            return

        def copy(record: Opportunity | None) -> None:
            if record is not None:
                self._open_editor(
                    replace(
                        record,
                        id=None,
                        external_id=None,
                        status=Status.DRAFT,
                        title=self.tr("%1 (copy)").replace("%1", record.title),
                    )
                )

        self.ctx.run(self, lambda b, p: b.get_opportunity(record_id), copy)

    def _open_editor(self, record: Opportunity | None) -> None:
        """Open the editor with the stored organizations; for a new listing also the
        existing listings, for the duplicate check."""
        new = record is None or record.id is None

        def work(b, p):
            return b.organizations(), b.duplicate_candidates() if new else []

        def failed(exc: Exception, trace: str) -> None:
            from volmatch.gui.worker import _show_failure

            if record is not None:
                editors.release("opportunity", record.id)
            _show_failure(self, exc, trace)

        self.ctx.run(self, work, lambda found: self._run_editor(record, *found), failed=failed)

    def _run_editor(self, record: Opportunity | None, organizations, candidates) -> None:
        record_id = record.id if record is not None else None
        editor = OpportunityEditor(record, candidates, self, organizations)
        self.editor = editor  # reachable for tests while it is open
        editors.register("opportunity", record_id, editor)
        try:
            accepted = editor.exec()
        finally:
            editors.release("opportunity", record_id)
            self.editor = None
        if accepted:
            self._save(
                editor.result_record(),
                undo=("edit", record) if record_id else ("create", None),
            )

    def _save(self, record: Opportunity, undo: tuple[str, object]) -> None:
        def done(new_id: int) -> None:
            self._pending_select = new_id
            kind, old = undo
            self._undo = (kind, old if kind != "create" else new_id)
            self.window().statusBar().showMessage(self.tr("Listing saved."), 4000)

        save_resolving_conflicts(self, self.ctx, record, done, CHANGED)

    def archive_item(self) -> None:
        record_id = self.current_id()
        if record_id is None:
            return

        def work(b, p):
            old = b.get_opportunity(record_id)
            b.save_opportunity(replace(old, status=Status.ARCHIVED))
            return old

        def done(old: Opportunity) -> None:
            self._undo = ("edit", old)
            self.window().statusBar().showMessage(self.tr("Listing archived."), 4000)

        self.ctx.run(self, work, done, changes=CHANGED)

    def delete_item(self) -> None:
        record_id = self.current_id()
        if record_id is None:
            return
        title = self.model.row_values(self.table.currentIndex().row())[0]
        answer = QMessageBox.question(
            self,
            self.tr("Delete listing"),
            self.tr("Delete the listing “%1”? You can undo this with Ctrl+Z.").replace("%1", title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(old: Opportunity | None) -> None:
            self._undo = ("delete", old)
            self.window().statusBar().showMessage(self.tr("Listing deleted."), 4000)

        self.ctx.run(self, lambda b, p: b.delete_opportunity(record_id), done, changes=CHANGED)

    def undo(self) -> None:
        """Undo the last create, edit, archive or delete made on this page."""
        if self._undo is None:
            self.window().statusBar().showMessage(self.tr("Nothing to undo."), 4000)
            return
        kind, old = self._undo
        self._undo = None
        if kind == "delete" and old is not None:
            work = lambda b, p: b.restore_opportunity(old)  # noqa: E731
        elif kind == "edit" and old is not None:
            work = lambda b, p: b.revert_opportunity(old)  # noqa: E731
        elif kind == "create":
            work = lambda b, p: b.delete_opportunity(old) and old  # noqa: E731
        else:
            return

        def done(record_id) -> None:
            if kind != "create":
                self._pending_select = record_id
            self.window().statusBar().showMessage(self.tr("Undone."), 4000)

        self.ctx.run(self, work, done, changes=CHANGED)
