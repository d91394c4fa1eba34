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
    #: Asks the main window to show a page with a filter: (page name, facet, value).
    navigate = Signal(str, str, str)

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings
        self.changes = Changes()
        self.backend: Backend | None = None

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
