"""The Volunteers page: profiles (personal data) in a fast table, edited in a dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from volmatch.domain import Volunteer
from volmatch.gui.context import AppContext
from volmatch.gui.editors.volunteer_editor import VolunteerEditor
from volmatch.gui.models.tablemodel import TableData
from volmatch.gui.pages.records import RecordPage
from volmatch.gui.worker import ChangeSet

CHANGED = ChangeSet(volunteers=True)


class VolunteersPage(RecordPage):
    layout_name = "volunteers"
    entity = "volunteer"
    changed = CHANGED
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

    def wants(self, changes: ChangeSet) -> bool:
        return changes.volunteers or changes.database

    def fetch(self, backend, lang: str) -> TableData:
        return backend.volunteer_table(lang)

    def new_item(self) -> None:
        self._run_editor(None)

    def words(self, what: str) -> str:
        return {
            "gone": self.tr("This volunteer no longer exists."),
            "saved": self.tr("Volunteer saved."),
            "deleted": self.tr("Volunteer deleted."),
            "delete title": self.tr("Delete volunteer"),
            "delete question": self.tr(
                "Delete the profile of %1 with all their placements? You can undo this with Ctrl+Z."
            ),
        }[what]

    def open_record(self, record: Volunteer) -> None:
        self._run_editor(record)

    def _run_editor(self, record: Volunteer | None) -> None:
        editor = VolunteerEditor(record, self)
        if self.exec_editor(editor, record):
            self.save_record(editor.result_record(), record)
