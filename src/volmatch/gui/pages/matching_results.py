"""The Matching page's results: the table cleared, the selected row's reasons and the
buttons enabled for it (the summary, with its plural forms, is the page's own).

A mixin of :class:`~volmatch.gui.pages.matching_page.MatchingPage` (which owns the
widgets). Its strings keep the page's translation context ("MatchingPage").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from volmatch.gui import placement_docs
from volmatch.gui.models.scorebars import PART_COLOURS, PARTS


class ResultsView:
    """Methods of the Matching page showing a ranking and the selected row."""

    def _legend_text(self) -> str:
        return " ".join(
            f'<span style="color:{PART_COLOURS[p]}">■</span> {self.model.part_label(p)}'
            for p in PARTS
        )

    def clear_results(self) -> None:
        self.view = None
        self._asked += 1
        self.model.set_rows([])
        for check in self.relax_checks.values():
            check.setParent(None)
        self.relax_checks.clear()
        self.summary.clear()
        self.subject_placements.clear()
        self.placements_title.clear()
        self._show_reasons()

    def current_row(self):
        index = self.table.currentIndex()
        return (
            self.model.rows[index.row()]
            if index.isValid() and index.row() < len(self.model.rows)
            else None
        )

    def _show_reasons(self) -> None:
        self.reasons.clear()
        row = self.current_row()
        if row is not None:
            self.reasons.addItems(list(row.reasons))
        self.detail_note.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.current_row()
        has = row is not None
        self.copy_button.setEnabled(has)
        placement_docs.enable(
            self.hours_button, self.certificate_button, row.state if has else None
        )
        # A ranking shown before the database is open (AppContext.early): what would store
        # or read the pair waits for it, greyed out for the second or two that takes.
        opening = has and self.ctx.backend is None
        waiting = QCoreApplication.translate(
            "MatchingPage", "Available in a moment, the database is opening."
        )
        for button in self._stored_buttons():
            if opening:
                button.setEnabled(False)
                button.setToolTip(waiting)
            elif button not in (self.hours_button, self.certificate_button):
                button.setEnabled(has)
                button.setToolTip("")
        pinned = has and row.pinned
        hidden = has and row.hidden
        self.pin_button.setText(
            QCoreApplication.translate("MatchingPage", "Unpin")
            if pinned
            else QCoreApplication.translate("MatchingPage", "Pin to the top")
        )
        self.hide_button.setText(
            QCoreApplication.translate("MatchingPage", "Show again")
            if hidden
            else QCoreApplication.translate("MatchingPage", "Hide this pair")
        )
        if has and row.state:
            index = self.outcome.findData(row.state)
            if index >= 0:
                self.outcome.setCurrentIndex(index)

    def _stored_buttons(self) -> tuple:
        """The buttons acting on the pair through the database."""
        return (
            self.pin_button,
            self.hide_button,
            self.record_button,
            self.outreach_button,
            self.hours_button,
            self.certificate_button,
        )

    def _pair(self) -> tuple[int, int] | None:
        row = self.current_row()
        if row is None or self.view is None:
            return None
        if self.for_volunteer.isChecked():
            return self.view.subject.id, row.other_id
        return row.other_id, self.view.subject.id
