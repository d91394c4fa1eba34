"""The Matching page's remembered subject: the volunteer (or listing) last matched in a
database, shown again when the app starts on this page and when another database is opened
(File → Open another database).

A mixin of :class:`~volmatch.gui.pages.matching_page.MatchingPage`. The settings keep the
kind and the record id only, never a name. A volunteer's listings are ranked from the
listings prepared at start, before the database is open (``AppContext.early``); a subject
no longer there (deleted, erased) is forgotten without a word.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication


class RememberedSubject:
    """Methods of the Matching page remembering and restoring its subject."""

    def remember_subject(self, record_id: int | None) -> None:
        """Remember ``record_id`` (None: forget) as this database's subject."""
        if self.ctx.url:
            kind = "volunteer" if self.for_volunteer.isChecked() else "opportunity"
            self.ctx.settings.set_last_subject(self.ctx.url, kind, record_id)

    def lists_loaded(self, kind: str, ids: list[int]) -> None:
        """A list page read its rows (``ids``): the picker offers them and selects the
        subject; a remembered subject no longer among them (deleted, erased) is forgotten."""
        last = self.ctx.settings.last_subject(self.ctx.url) if self.ctx.url else None
        if last is not None and last[0] == kind and last[1] not in set(ids):
            self.ctx.settings.set_last_subject(self.ctx.url, kind, None)
        self._lists_stale.discard(kind)
        if (kind == "volunteer") == self.for_volunteer.isChecked():
            self._stale = True
            if self.isVisible():
                self._fill_picker()

    def restore_subject(self) -> None:
        """At start, on this page: ask again about the subject last matched in this
        database, as soon as the page can answer (before the database is open or once it is)."""
        last = self.ctx.settings.last_subject(self.ctx.url) if self.ctx.url else None
        if last is None:
            return
        kind, record_id = last
        (self.for_volunteer if kind == "volunteer" else self.for_opportunity).setChecked(True)
        self._restoring = record_id
        self.ctx.early_ready.connect(self._ask_restored)
        self.ctx.backend_ready.connect(self._ask_restored)

    def expect_database(self) -> None:
        """Another database is being opened: once it is, the page forgets what it showed of
        the one before and shows the subject last matched in the new one."""
        if not self._expecting:  # a database that failed to open is not waited for twice
            self._expecting = True
            self.ctx.backend_ready.connect(self._database_switched)

    def _database_switched(self) -> None:
        self._expecting = False
        self.ctx.backend_ready.disconnect(self._database_switched)
        self._restoring = None
        self._restore_pending = False
        self._early = False
        self.clear_results()
        # The list pages still hold the other database's records until they are read again.
        self._lists_stale = {"volunteer", "opportunity"}
        self.picker.blockSignals(True)
        self.picker.clear()
        self._picker_ids = []
        self.picker.blockSignals(False)
        self._stale = True
        last = self.ctx.settings.last_subject(self.ctx.url)
        if last is None:
            return
        kind, record_id = last
        (self.for_volunteer if kind == "volunteer" else self.for_opportunity).setChecked(True)
        self._restoring = record_id
        if self.isVisible():
            self._ask_subject(record_id)
        else:  # asked when the page is shown (see activated)
            self._restore_pending = True

    def _ask_pending(self) -> None:
        """The page is shown: ask about the subject remembered when the database opened."""
        if self._restore_pending:
            self._restore_pending = False
            if self._restoring is not None:
                self._ask_subject(self._restoring)

    def _ask_restored(self) -> None:
        for signal in (self.ctx.early_ready, self.ctx.backend_ready):
            signal.disconnect(self._ask_restored)
        if self._restoring is not None:  # else the person chose another subject meanwhile
            self._ask_subject(self._restoring)

    def _ask_subject(self, record_id: int) -> None:
        """Rank the remembered ``record_id``; one no longer there is forgotten quietly."""
        work, early = self._questions(record_id)

        def work_quietly(backend, progress):
            try:
                return work(backend, progress)
            except KeyError:  # no longer there: nothing to show, nothing to report
                return None

        def done(view) -> None:
            if not shiboken6.isValid(self.summary) or self._restoring != record_id:
                return
            self._restoring = None
            if view is None:
                self.remember_subject(None)
                self.summary.clear()
                self._fill_picker()
                return
            self._answered = self._asked
            if self.picked_id() is None:  # the list is not read yet: the name from the answer
                subject = view.subject
                self.picker.setEditText(getattr(subject, "name", None) or subject.title)
            self.show_view(view)

        self.summary.setText(QCoreApplication.translate("MatchingPage", "Matching…"))
        self.ctx.run_matching(self, work_quietly, done, early)
