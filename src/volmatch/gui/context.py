"""What every page shares: settings, the change signal and the open database."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from volmatch.gui.settings import Settings
from volmatch.gui.worker import Changes, ChangeSet, Progress, run_operation

if TYPE_CHECKING:  # the backend imports SQLAlchemy: only after the window is painted
    from volmatch.gui.backend import Backend


class AppContext(QObject):
    """Handed to every page; ``backend`` is None until the database is open."""

    backend_ready = Signal()
    #: ``early`` is set: a volunteer's listings can be ranked before the database is open.
    early_ready = Signal()
    #: Asks the main window to show a page with a filter: (page name, facet, value).
    navigate = Signal(str, str, str)

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings
        self.changes = Changes()
        self.backend: Backend | None = None
        #: the address of the database open or being opened, as asked ("" before the start)
        self.url = ""
        #: (url, ``matching.stored.PreparedListings``) read at start, until the database is open
        self.early: tuple[str, Any] | None = None
        self._after_open: list[Callable[[], None]] = []
        #: share cards prepared in the background (``CardPreparation``), once the window has one
        self.cards: Any = None
        self.backend_ready.connect(self._opened)

    def run(
        self,
        parent: QWidget | None,
        work: Callable[[Backend, Progress], Any],
        done: Callable[[Any], None] | None = None,
        *,
        changes: ChangeSet | None = None,
        label: str | None = None,
        failed: Callable[[Exception, str], None] | None = None,
        cancellable: bool = False,
        cancelled: Callable[[], None] | None = None,
        background: bool = False,
        idle: bool = False,
    ) -> Progress | None:
        """Run ``work(backend, progress)`` off the GUI thread; then ``done(result)`` and,
        if given, announce ``changes``. ``background``, ``idle``: see ``worker.run_operation``."""
        backend = self.backend
        if backend is None:
            return None

        def _done(result: Any) -> None:
            if done is not None:
                done(result)
            if changes is not None:
                self.changes.changed.emit(changes)

        return run_operation(
            parent,
            lambda p: work(backend, p),
            _done,
            failed,
            label,
            cancellable,
            cancelled,
            background=background,
            idle=idle,
        )

    def run_matching(
        self,
        parent: QWidget | None,
        work: Callable[[Backend, Progress], Any],
        done: Callable[[Any], None],
        early: Callable[[str, Any], Any] | None = None,
    ) -> None:
        """A ranking: ``work`` as :meth:`run` once the database is open; before that,
        ``early(url, prepared)`` (see :attr:`early`) in a thread of its own, and ``work``
        after all when it gives None or fails (then the database's answer says why)."""
        if self.backend is not None or early is None or self.early is None:
            self._when_open(parent, work, done)
            return
        url, prepared = self.early

        def answered(view: Any) -> None:
            if view is None:
                self._when_open(parent, work, done)
            else:
                done(view)

        run_operation(
            parent,
            lambda _p: early(url, prepared),
            answered,
            lambda _exc, _trace: self._when_open(parent, work, done),
            side=True,
        )

    def _when_open(self, parent: QWidget | None, work: Callable, done: Callable) -> None:
        if self.backend is None:  # asked before the database is open: asked then
            self._after_open.append(lambda: self.run(parent, work, done))
        else:
            self.run(parent, work, done)

    def _opened(self) -> None:
        self.early = None  # the opened database answers from now on
        waiting, self._after_open = self._after_open, []
        for ask in waiting:
            ask()
