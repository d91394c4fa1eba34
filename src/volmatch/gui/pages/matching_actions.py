"""The Matching page's actions on one pair or on the ranking: record an outcome, pin or
hide a pair, change the shared weights, and the message for the volunteer.

A mixin of :class:`~volmatch.gui.pages.matching_page.MatchingPage` (which owns the
widgets); every rule is the core's, reached through the backend in a worker thread.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from volmatch.domain import Placement, PlacementState
from volmatch.gui.widgets.inputs import language_name
from volmatch.gui.worker import ChangeSet


class PairActions:
    """Methods of the Matching page acting on the selected pair."""

    # --- outcomes and messages -------------------------------------------------------
    def record_outcome(self) -> None:
        pair = self._pair()
        if pair is None:
            return
        state = PlacementState(self.outcome.currentData())
        placement = Placement(volunteer_id=pair[0], opportunity_id=pair[1], state=state)

        def done(_id: int) -> None:
            text = QCoreApplication.translate("MatchingPage", "Recorded: %1.").replace(
                "%1", self.outcome.currentText()
            )
            self.run_match(after=lambda: self.detail_note.setText(text))

        self.ctx.run(
            self, lambda b, p: b.save_placement(placement), done, changes=ChangeSet(placements=True)
        )

    def load_subject_placements(self) -> None:
        """The placements of the volunteer (or listing) asked about: state, date, who, note."""
        from volmatch.domain import Volunteer
        from volmatch.gui import backend_placements

        view = self.view
        if view is None:
            return
        key = "volunteer_id" if isinstance(view.subject, Volunteer) else "opportunity_id"
        title = (
            QCoreApplication.translate("MatchingPage", "Placements of this volunteer:")
            if key == "volunteer_id"
            else QCoreApplication.translate("MatchingPage", "Placements for this listing:")
        )
        subject_id = view.subject.id
        self.ctx.run(
            self,
            lambda b, _p: backend_placements.rows_for(b, **{key: subject_id}),
            lambda rows: self._show_subject_placements(title, rows, key),
        )

    def _show_subject_placements(self, title: str, rows: list, key: str) -> None:
        from volmatch.gui.placement_words import notes_text, state_label
        from volmatch.gui.widgets.inputs import format_date

        if not shiboken6.isValid(self.subject_placements):
            return
        self.placements_title.setText(title)
        self.subject_placements.clear()
        for r in rows:
            when = format_date(r.since.astimezone().date()) if r.since else ""
            partner = r.title if key == "volunteer_id" else r.volunteer
            note = notes_text(r.notes, last_line=True)
            line = f"{state_label(r.state)} · {when} · {r.changed_by} — {partner}"
            self.subject_placements.addItem(line + (f": {note}" if note else ""))
            last = self.subject_placements.item(self.subject_placements.count() - 1)
            last.setData(Qt.ItemDataRole.UserRole, (r.volunteer_id, r.opportunity_id))
            last.setData(Qt.ItemDataRole.UserRole + 1, r.state.value)
        if not rows:
            self.subject_placements.addItem(
                QCoreApplication.translate("MatchingPage", "None recorded yet.")
            )

    def _listed_pair(self) -> tuple[int, int] | None:
        item = self.subject_placements.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _listed_changed(self) -> None:
        """Hours and the certificate from the placements list: for placed or ended lines."""
        from volmatch.domain import VOLUNTEERED, PlacementState

        item = self.subject_placements.currentItem()
        state = item.data(Qt.ItemDataRole.UserRole + 1) if item is not None else None
        ok = bool(state) and PlacementState(state) in VOLUNTEERED
        self.placement_hours.setEnabled(ok)
        self.placement_certificate.setEnabled(ok)

    def record_pair_hours(self, listed: bool = False) -> None:
        """Hours for the selected pair (a result row, or a line of the placements list with
        ``listed``), when it is placed; its placement row is read first."""
        from volmatch.gui import backend_certificates, placement_docs

        pair = self._listed_pair() if listed else self._pair()
        if pair is None:
            return

        def ask(row) -> None:
            if row is not None and shiboken6.isValid(self.detail_note):
                placement_docs.record_hours(self, self.ctx, row, lambda _t: self.run_match())

        self.ctx.run(self, lambda b, _p: backend_certificates.pair_row(b, *pair), ask)

    def issue_pair_certificate(self, listed: bool = False) -> None:
        from volmatch.gui import backend_certificates, placement_docs

        pair = self._listed_pair() if listed else self._pair()
        if pair is None:
            return

        def issue(row) -> None:
            if row is not None and shiboken6.isValid(self.detail_note):
                placement_docs.issue_certificate(self, self.ctx, row.id)

        self.ctx.run(self, lambda b, _p: backend_certificates.pair_row(b, *pair), issue)

    # --- pins, hides and weights ----------------------------------------------------
    def toggle_mark(self, kind: str) -> None:
        """Pin or hide the selected pair, or take the mark off again (stored, audited)."""
        from volmatch.gui import backend_matching

        pair, row = self._pair(), self.current_row()
        if pair is None or row is None:
            return
        on = row.pinned if kind == "pin" else row.hidden
        new = None if on else kind
        self.ctx.run(
            self,
            lambda b, _p: backend_matching.set_mark(b, pair[0], pair[1], new),
            lambda _r: self.run_match(),
        )

    def _hide_full_toggled(self, checked: bool) -> None:
        self.ctx.settings.hide_full_listings = checked
        self.run_match()

    def _show_weights(self, weights: dict[str, float] | None, source: str) -> None:
        from volmatch.gui.placement_words import weights_text

        if shiboken6.isValid(self.weights_label):  # the window may be gone meanwhile
            self.weights_label.setText(weights_text(weights, source))

    def load_weights(self) -> None:
        """Show the weights in effect before any match is run."""
        if self.ctx.backend is None:  # not before the window is painted: the core brings numpy
            return
        from volmatch.gui import backend_matching
        from volmatch.matching.service import weights_dict

        self.ctx.run(
            self,
            lambda b, _p: backend_matching.weights(b),
            lambda w: self._show_weights(weights_dict(w.weights), w.source),
        )

    def edit_weights(self) -> None:
        from volmatch.gui import backend_matching
        from volmatch.gui.dialogs.weights_dialog import WeightsDialog, default_weights
        from volmatch.matching.service import weights_dict

        if self.ctx.backend is None:
            return
        current = self.view.weights if self.view is not None else None
        dialog = WeightsDialog(current or default_weights(), self)
        if dialog.exec() != WeightsDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        chosen = None if values == default_weights() else values

        def done(w) -> None:
            self._show_weights(weights_dict(w.weights), w.source)
            self.run_match()

        self.ctx.run(self, lambda b, _p: backend_matching.save_weights(b, chosen), done)

    def open_outreach(self) -> None:
        """The e-mails to the volunteer and to the organization, with the invitation."""
        from volmatch.gui.dialogs.outreach_dialog import show_outreach

        pair = self._pair()
        if pair is not None:
            show_outreach(self.ctx, self, *pair)

    def open_placement_outreach(self) -> None:
        """The e-mails of the placement chosen in the volunteer's (or listing's) list."""
        from volmatch.gui.dialogs.outreach_dialog import show_outreach

        item = self.subject_placements.currentItem()
        pair = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if pair:
            show_outreach(self.ctx, self, *pair)

    def copy_message(self) -> None:
        """The message for the volunteer, worded by the core in their language, to the
        clipboard; the note says which language and whether it had to fall back."""
        from volmatch.outreach import volunteer_message

        pair = self._pair()
        if pair is None or self.view is None:
            return
        if self.for_volunteer.isChecked():
            volunteer, opportunity = self.view.subject, self.view.records.get(pair[1])
        else:
            volunteer, opportunity = self.view.records.get(pair[0]), self.view.subject
        if volunteer is None or opportunity is None:
            return
        message = volunteer_message(volunteer, opportunity)
        QGuiApplication.clipboard().setText(message.subject + "\n\n" + message.body)
        note = QCoreApplication.translate("MatchingPage", "Message copied (%1).").replace(
            "%1", language_name(message.lang)
        )
        if message.fell_back:
            note += " " + QCoreApplication.translate(
                "MatchingPage", "Written in %1: messages are not available in %2."
            ).replace("%1", language_name(message.lang)).replace(
                "%2", language_name(message.wanted)
            )
        if message.text_lang != message.lang:
            note += " " + QCoreApplication.translate(
                "MatchingPage", "The listing's own text is in %1: add a translation."
            ).replace("%1", language_name(message.text_lang))
        self.detail_note.setText(note)
