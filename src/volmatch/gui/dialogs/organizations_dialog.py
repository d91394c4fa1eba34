"""The organizations: listed with their listings, searched by any part of the name,
renamed, two records of one NGO merged into one (their listings follow), and marked as
accredited under the volunteer-service act (for the certificates of volunteering)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from volmatch.gui.worker import ChangeSet

CHANGED = ChangeSet(opportunities=True)


class OrganizationsDialog(QDialog):
    """Lists the stored organizations; Rename… and Merge… act on the selected ones."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OrganizationsDialog")
        self.setWindowTitle(self.tr("Organizations"))
        self.ctx = ctx
        self.items: list[Any] = []
        self.search = QLineEdit()
        self.search.setObjectName("organizationSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search: any part of the name, e.g. komunitni"))
        self.search.setAccessibleName(self.tr("Search organizations"))
        self.search.textChanged.connect(self._show)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("organizationTable")
        self.table.setAccessibleName(self.tr("Organizations"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Listings"), self.tr("Accreditation")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeaderItem(2).setToolTip(
            self.tr("Accredited as a sending organization under zákon č. 198/2002 Sb.")
        )
        self.table.itemSelectionChanged.connect(self._enable)
        self.hint = QLabel(
            self.tr(
                "Two records of one organization? Select both (Ctrl+click) and merge them: "
                "their listings move to the name you keep."
            )
        )
        self.hint.setWordWrap(True)
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.rename_button.clicked.connect(self.rename)
        self.merge_button = QPushButton(self.tr("&Merge…"))
        self.merge_button.clicked.connect(self.merge)
        self.accreditation_button = QPushButton(self.tr("&Accreditation…"))
        self.accreditation_button.setObjectName("accreditationButton")
        self.accreditation_button.clicked.connect(self.edit_accreditation)
        self.status = QLabel()
        self.status.setObjectName("organizationStatus")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.rename_button)
        actions.addWidget(self.merge_button)
        actions.addWidget(self.accreditation_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(720, 520)
        self._enable()
        self.load()

    # --- data ----------------------------------------------------------------------------
    def load(self) -> None:
        self.ctx.run(self, lambda b, p: b.organizations_with_counts(), self._loaded)

    def _loaded(self, items: list[Any]) -> None:
        self.items = items
        self._show()

    def shown(self) -> list[Any]:
        """The organizations on show, in order: all, or the search's best first."""
        query = self.search.text().strip()
        if not query:
            return list(self.items)
        from volmatch.reference.orgnames import search

        by_name = {item.name: item for item in self.items}
        found = search(query, list(by_name), limit=len(by_name))
        return [by_name[m.name] for m in found]

    def _show(self) -> None:
        rows = self.shown()
        self.table.setRowCount(len(rows))
        for row, item in enumerate(rows):
            name = QTableWidgetItem(item.name)
            name.setData(Qt.ItemDataRole.UserRole, item.id)
            count = QTableWidgetItem(str(item.listings))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            accredited = QTableWidgetItem(
                (
                    self.tr("yes")
                    + (f" ({item.accreditation_ref})" if item.accreditation_ref else "")
                )
                if item.accredited
                else ""
            )
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, count)
            self.table.setItem(row, 2, accredited)
        self._enable()

    def selected(self) -> list[Any]:
        by_id = {item.id: item for item in self.items}
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        ids = [self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in rows]
        return [by_id[i] for i in ids if i in by_id]

    def select_names(self, names: list[str]) -> None:
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).text() in names:
                self.table.selectRow(row)
        self.table.setSelectionMode(mode)

    def _enable(self) -> None:
        count = len(self.selected()) if self.items else 0
        self.rename_button.setEnabled(count == 1)
        self.merge_button.setEnabled(count >= 2)
        self.accreditation_button.setEnabled(count == 1)

    # --- actions ---------------------------------------------------------------------------
    def rename(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        item = chosen[0]
        name, ok = QInputDialog.getText(
            self, self.tr("Rename organization"), self.tr("New name:"), text=item.name
        )
        if not ok or name.strip() == item.name:
            return
        self.ctx.run(
            self,
            lambda b, p: b.rename_organization(item.id, name),
            lambda n: self._done(self.tr("Renamed; %n listing(s) show the new name.", "", n)),
            changes=CHANGED,
            failed=self._failed,
        )

    def merge(self) -> None:
        chosen = self.selected()
        if len(chosen) < 2:
            return
        names = [item.name for item in sorted(chosen, key=lambda i: -i.listings)]
        keep, ok = QInputDialog.getItem(
            self,
            self.tr("Merge organizations"),
            self.tr("These records become one organization. Keep the name:"),
            names,
            0,
            False,
        )
        if not ok:
            return
        keep_id = next(item.id for item in chosen if item.name == keep)
        others = [item.id for item in chosen if item.id != keep_id]
        self.ctx.run(
            self,
            lambda b, p: b.merge_organizations(keep_id, others),
            lambda n: self._done(
                self.tr("Merged into “%1”; %n listing(s) moved.", "", n).replace("%1", keep)
            ),
            changes=CHANGED,
            failed=self._failed,
        )

    def edit_accreditation(self) -> None:
        from volmatch.gui.dialogs.accreditation_dialog import AccreditationDialog

        chosen = self.selected()
        if len(chosen) != 1:
            return
        item = chosen[0]
        dialog = AccreditationDialog(item, self)
        if dialog.exec() != AccreditationDialog.DialogCode.Accepted:
            return
        accredited, reference = dialog.values()
        message = (
            self.tr("“%1” is marked as accredited under zákon č. 198/2002 Sb.")
            if accredited
            else self.tr("“%1” is not marked as accredited.")
        ).replace("%1", item.name)
        self.ctx.run(
            self,
            lambda b, p: b.set_accreditation(item.id, accredited, reference),
            lambda _changed: self._done(message),
            failed=self._failed,
        )

    def _done(self, message: str) -> None:
        self.status.setText(message)
        self.load()

    def _failed(self, exc: Exception, trace: str) -> None:
        code = str(getattr(exc, "code", ""))
        messages = {
            "name_taken": self.tr(
                "Another organization is already called “%1”. To make them one, select both "
                "and merge them."
            ).replace("%1", getattr(exc, "other", "")),
            "empty_name": self.tr("An organization needs a name."),
            "not_found": self.tr("The organization no longer exists; the list is reloaded."),
        }
        if code in messages:
            QMessageBox.warning(self, self.windowTitle(), messages[code])
            self.load()
            return
        from volmatch.gui.worker import _show_failure

        _show_failure(self, exc, trace)


def show_organizations(window: Any) -> OrganizationsDialog:
    dialog = OrganizationsDialog(window.ctx, window)
    dialog.setModal(True)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
