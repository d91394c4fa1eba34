"""The Opportunities page: listings in a fast table, edited in a dialog, with undo."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QMenu

from volmatch.domain import Opportunity, Status
from volmatch.gui.context import AppContext
from volmatch.gui.editors.opportunity_editor import OpportunityEditor, status_name
from volmatch.gui.models.tablemodel import TableData
from volmatch.gui.pages.records import RecordPage
from volmatch.gui.worker import ChangeSet

CHANGED = ChangeSet(opportunities=True)


class OpportunitiesPage(RecordPage):
    layout_name = "opportunities"
    entity = "opportunity"
    changed = CHANGED
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

    def words(self, what: str) -> str:
        return {
            "gone": self.tr("This listing no longer exists."),
            "saved": self.tr("Listing saved."),
            "deleted": self.tr("Listing deleted."),
            "delete title": self.tr("Delete listing"),
            "delete question": self.tr("Delete the listing “%1”? You can undo this with Ctrl+Z."),
        }[what]

    def open_record(self, record: Opportunity) -> None:
        self._open_editor(record)

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

        self.ctx.run(
            self,
            work,
            lambda found: self._run_editor(record, *found),
            failed=lambda exc, trace: self._not_opened(record and record.id, exc, trace),
        )

    def _run_editor(self, record: Opportunity | None, organizations, candidates) -> None:
        editor = OpportunityEditor(record, candidates, self, organizations)
        if self.exec_editor(editor, record):
            self.save_record(editor.result_record(), record)

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
