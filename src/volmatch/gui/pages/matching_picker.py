"""The Matching page's picker: whom to match (a volunteer or a listing), offered from the
records the list pages already hold, and what happens to the results when it changes.

A mixin of :class:`~volmatch.gui.pages.matching_page.MatchingPage` (which owns the widgets).
"""

from __future__ import annotations

from volmatch.gui.worker import ChangeSet


class SubjectPicker:
    """Methods of the Matching page filling and reading its picker."""

    def refresh(self, changes: ChangeSet) -> None:
        if changes.volunteers or changes.opportunities or changes.database:
            self._stale = True
            if self.isVisible():
                self._fill_picker()
        if changes.database and not self._early and self._restoring is None:
            self.clear_results()
        elif changes.database:  # an answer given before it opened, of the same file
            self.load_subject_placements()
        if changes.database and self.isVisible() and not self.weights_label.text():
            self.load_weights()  # the app started on this page: asked once the database is open
        self._early = False

    def _direction_changed(self) -> None:
        """Results of the other direction must not stay on screen for a moment."""
        self._restoring = None  # nor the answer about the subject remembered
        self.clear_results()
        if self.isVisible():
            self._fill_picker()

    def _subject_changed(self) -> None:
        if self.picked_id() is not None:
            self._restoring = None
        if self.view is not None and self.picked_id() != self.view.subject.id:
            self.clear_results()

    def activated(self) -> None:
        self._ask_pending()
        if self._stale:
            self._fill_picker()
        if not self.weights_label.text():
            self.load_weights()

    def picked_id(self) -> int | None:
        index = self.picker.currentIndex()
        return self._picker_ids[index] if 0 <= index < len(self._picker_ids) else None

    def _fill_picker(self) -> None:
        """Offer the records the list pages already hold (no extra database round trip)."""
        window = self.window()
        page = getattr(
            window, "volunteers" if self.for_volunteer.isChecked() else "opportunities", None
        )
        kind = "volunteer" if self.for_volunteer.isChecked() else "opportunity"
        if page is None or kind in self._lists_stale:
            return
        self._stale = False
        data = page.model.data_
        current = self.picked_id()
        if current is None and self.view is not None:  # answered before the list was read
            current = self.view.subject.id
        if current is None:
            current = self._restoring
        order = sorted(range(len(data)), key=lambda i: data.rows[i][0].casefold())
        self.picker.blockSignals(True)
        self.picker.clear()
        self._picker_ids = [data.ids[i] for i in order]
        self.picker.addItems([data.rows[i][0] for i in order])
        self._pick(current)
        self.picker.blockSignals(False)
        self.only_published.setEnabled(self.for_volunteer.isChecked())

    def _pick(self, record_id: int | None) -> None:
        try:
            index = self._picker_ids.index(record_id) if record_id is not None else -1
        except ValueError:
            index = -1
        self.picker.setCurrentIndex(index)

    def match_for(self, kind: str, record_id: int) -> None:
        """Show matches for a volunteer ("volunteer") or a listing ("opportunity")."""
        (self.for_volunteer if kind == "volunteer" else self.for_opportunity).setChecked(True)
        self._fill_picker()
        self._pick(record_id)
        self.run_match()
