"""The Matching page's questions to the backend: the matcher read ahead once a database is
open, and the ranking asked about a subject (also before the database is open, see
``AppContext.early``).

A mixin of :class:`~volmatch.gui.pages.matching_page.MatchingPage` (which owns the widgets
and sends the questions). Its strings keep the page's translation context ("MatchingPage").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


class MatchQuestions:
    """Methods of the Matching page preparing and wording its questions."""

    def _warm_up(self, sides: tuple[bool, ...] | None = None) -> None:
        """Read the matcher's sides when nothing else waits (the lists first: the picker
        offers their records), the one this page asks about first; one at a time, the
        next queued only once the one before is done, so that a match asked meanwhile
        (even in the same turn as the database opened) goes between them."""
        if sides is None:
            listings_first = self.for_volunteer.isChecked()
            sides = (listings_first, not listings_first)
        first, rest = sides[0], sides[1:]

        def work(backend, progress, listings=first) -> None:
            # imported here, in the worker: the matcher brings numpy
            from volmatch.matching.stored import LISTINGS, VOLUNTEERS

            backend.matcher(progress=progress, sides=(LISTINGS if listings else VOLUNTEERS,))

        def done(_result) -> None:
            if rest:
                self._warm_up(rest)

        # Nobody asked for it: a failure here says nothing; the match asked later meets
        # the same problem and reports it.
        progress = self.ctx.run(None, work, done, idle=True, failed=self._prepared)
        if progress is not None:  # reports come only while rows are derived again
            progress.reported.connect(self._preparing)

    def _prepared(self, *_failure) -> None:
        self.preparing.hide()
        self.preparing.clear()

    def _ui_lang(self) -> str:
        return QLocale().name().split("_")[0]

    def _questions(self, record_id: int):
        """``work(backend, progress)`` and, for a volunteer, ``early(url, prepared)`` (asked
        before the database is open, see AppContext.early) ranking ``record_id``."""
        lang = self._ui_lang()
        hidden = self.show_hidden.isChecked()
        if not self.for_volunteer.isChecked():

            def work(b, _p):
                return b.rank_for_opportunity(record_id, lang, show_hidden=hidden)

            return work, None
        only = self.only_published.isChecked()
        full = self.hide_full.isChecked()

        def work(b, _p):
            return b.rank_for_volunteer(record_id, only, lang, hide_full=full, show_hidden=hidden)

        def early(url, prepared):
            from volmatch.gui.backend_matching import rank_for_volunteer_early

            return rank_for_volunteer_early(
                url, prepared, record_id, only, lang, hide_full=full, show_hidden=hidden
            )

        return work, early

    def _still_matching(self, asked: int) -> None:
        if asked == self._asked and self._answered != asked:
            self.summary.setText(
                QCoreApplication.translate(
                    "MatchingPage",
                    "Matching… The first match after the app starts reads all the "
                    "listings and volunteers, which takes a few seconds in a large database.",
                )
            )
