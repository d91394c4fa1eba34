"""Live for a team: what another process or person changed in the database shows up here.

A timer asks the core's :class:`volmatch.storage.changes.ChangeProbe` twice a second
(SQLite: ``PRAGMA data_version``, a counter in shared memory; PostgreSQL: every
second, the audit trail's highest id). When it moved, the matcher takes in the changed
records off the GUI thread and the usual "what changed" signal refreshes the pages,
which keep their search, filters and selection; open editors are not touched.

This app's own changes are absorbed when it announces them, so they are not reloaded
twice. View → Refresh (F5) asks at once and reloads every list.
"""

from __future__ import annotations

import contextlib

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from volmatch.gui import worker
from volmatch.gui.context import AppContext
from volmatch.gui.worker import ChangeSet

SQLITE_INTERVAL_MS = 500  # a poll costs microseconds: ask often
SERVER_INTERVAL_MS = 1000  # one index lookup on the server


def change_set(change) -> ChangeSet:
    """The pages to refresh for a :class:`DatabaseChange`."""
    if change.unknown:
        return ChangeSet(opportunities=True, volunteers=True, placements=True)
    entities = change.entities
    return ChangeSet(
        opportunities="opportunity" in entities,
        volunteers="volunteer" in entities,
        placements="placement" in entities,
        records=tuple((e, tuple(sorted(change.ids(e)))) for e in sorted(entities)),
    )


class LiveUpdates(QObject):
    """Polls the open database and announces changes made elsewhere."""

    #: After changes made elsewhere were taken in: (listings, volunteers) changed, -1 = unknown.
    updated = Signal(int, int)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.probe = None
        self._announcing = False
        self.timer = QTimer(self)
        self.timer.setObjectName("liveTimer")
        self.timer.timeout.connect(self.poll)
        ctx.backend_ready.connect(self._start)
        ctx.changes.changed.connect(self._own_change)

    def _start(self) -> None:
        from volmatch.storage.changes import ChangeProbe

        self.stop()
        backend = self.ctx.backend
        if backend is None:
            return
        try:
            self.probe = ChangeProbe(backend.db)
        except Exception:  # a database that cannot be watched still works, without live updates
            self.probe = None
            return
        self.timer.start(SQLITE_INTERVAL_MS if backend.db.is_sqlite else SERVER_INTERVAL_MS)

    def stop(self) -> None:
        self.timer.stop()
        if self.probe is not None:
            self.probe.close()
            self.probe = None

    def _own_change(self, _changes: ChangeSet) -> None:
        if self.probe is not None and not self._announcing:
            with contextlib.suppress(Exception):  # the next poll tries again
                self.probe.absorb()

    def poll(self) -> bool:
        """Ask once; True when changes made elsewhere were found (and are being taken in)."""
        if self.probe is None or worker.busy():
            return False  # this app's own work finishes first; the next tick asks again
        try:
            change = self.probe.poll()
        except Exception:  # the server is away for a moment: the database fault dialogs say so
            return False
        if change is None:
            return False
        self._take_in(change, change_set(change))
        return True

    def refresh_now(self) -> None:
        """F5: take in what changed elsewhere and reload every list."""
        change = None
        if self.probe is not None:
            try:
                change = self.probe.poll()
            except Exception:
                change = None
        everything = ChangeSet(opportunities=True, volunteers=True, placements=True)
        if change is None:
            self._announce(everything)
        else:
            self._take_in(change, everything)

    def _take_in(self, change, changes: ChangeSet) -> None:
        def done(_result) -> None:
            if not shiboken6.isValid(self):
                return  # the window closed meanwhile
            self._announce(changes)
            if change.unknown:
                self.updated.emit(-1, -1)
            else:
                self.updated.emit(len(change.ids("opportunity")), len(change.ids("volunteer")))

        self.ctx.run(None, lambda b, p: b.take_in_changes(change), done)

    def _announce(self, changes: ChangeSet) -> None:
        self._announcing = True
        try:
            self.ctx.changes.changed.emit(changes)
        finally:
            self._announcing = False
