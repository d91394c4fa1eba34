"""Database work off the GUI thread, and the one "what changed" signal pages refresh from.

``run_operation(parent, work, on_done)`` runs ``work(progress)`` in a worker
thread and hands its plain-data result to ``on_done`` on the GUI thread, much
like Anki's CollectionOp. Work runs one at a time (SQLite has one writer), in the
order asked, so an edit can never overtake the load it depends on; only background
work (``background=True``: reloading a list) waits while a person's own request (a
match, an edit) goes first, and ``idle`` work (warming up the matcher) waits for both.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from volmatch.errors import Cancelled
from volmatch.progress import ProgressSink


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """Which kinds of data an operation changed; ``records`` may name the records
    ((entity, ids) pairs, e.g. ``(("opportunity", (3, 7)),)``) so a page can reload just
    those rows; empty means any record of the kinds may have changed."""

    opportunities: bool = False
    volunteers: bool = False
    placements: bool = False
    database: bool = False  # another database was opened: everything changed
    records: tuple[tuple[str, tuple[int, ...]], ...] = ()

    def ids_for(self, entity: str) -> set[int] | None:
        """The changed ids of ``entity``, or None when they are not known (reload all)."""
        if not self.records or self.database:
            return None
        return {i for name, ids in self.records if name == entity for i in ids}

    def __or__(self, other: ChangeSet) -> ChangeSet:
        records = self.records + other.records if self.records and other.records else ()
        return ChangeSet(
            self.opportunities or other.opportunities,
            self.volunteers or other.volunteers,
            self.placements or other.placements,
            self.database or other.database,
            records,
        )


ALL_CHANGED = ChangeSet(True, True, True, True)


class Changes(QObject):
    """Emits ``changed(ChangeSet)`` after every operation that modified data."""

    changed = Signal(object)


__all__ = ["Cancelled", "ChangeSet", "Progress", "cancelled_text", "run_operation"]


class Progress:
    """Handed to work functions: report progress, and check whether to stop."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self.cancelled = False

    def report(self, done: int, total: int, text: str = "") -> None:
        if self.cancelled:
            raise Cancelled
        self._signals.progress.emit(done, total, text)

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled

    @property
    def reported(self):
        """The signal (done, total, text) each report emits, for a caller to show."""
        return self._signals.progress

    def sink(self) -> ProgressSink:
        """This progress as the core's :class:`volmatch.progress.ProgressSink`."""
        return _Sink(self)


class _Sink:
    """Adapts Progress (a ``cancelled`` flag) to the core's sink (a ``cancelled()`` call)."""

    def __init__(self, progress: Progress) -> None:
        self._progress = progress

    def report(self, done: int, total: int, text: str = "") -> None:
        self._progress.report(done, total, text)

    def cancelled(self) -> bool:
        return self._progress.cancelled


def cancelled_text() -> str:
    return QCoreApplication.translate("Operations", "Cancelled — nothing was changed")


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object, str)
    progress = Signal(int, int, str)


class _Task(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals, progress: Progress):
        super().__init__()
        self.setAutoDelete(True)
        self.work = work
        self.signals = signals
        self.progress = progress

    def run(self) -> None:
        try:
            try:
                result = self.work(self.progress)
            except Exception as exc:  # delivered to the GUI thread, which words it
                self.signals.failed.emit(exc, traceback.format_exc())
            else:
                self.signals.done.emit(result)
        except RuntimeError:
            pass  # the application quit while this ran: nobody is waiting for the result


_pool: QThreadPool | None = None
#: QThreadPool priorities: queued work of a higher one starts first, equal ones in order.
FOREGROUND, BACKGROUND, IDLE = 0, -1, -2
_running: set[_Signals] = set()


def pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


_side: QThreadPool | None = None


def side_pool() -> QThreadPool:
    """One thread beside :func:`pool`: work that must not queue behind opening the
    database (the first ranking at start, from what was read without it)."""
    global _side
    if _side is None:
        _side = QThreadPool()
        _side.setMaxThreadCount(1)
    return _side


def busy() -> bool:
    """True while an operation has not yet delivered its result."""
    return bool(_running)


def run_operation(
    parent: QWidget | None,
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[Exception, str], None] | None = None,
    label: str | None = None,
    cancellable: bool = False,
    on_cancelled: Callable[[], None] | None = None,
    background: bool = False,
    idle: bool = False,
    side: bool = False,
) -> Progress:
    """Run ``work`` off the GUI thread; with ``label``, show a progress dialog when it takes
    longer than half a second. It has a Cancel button only when ``cancellable``: the work
    must then call ``progress.report``/``check`` (a button that cannot stop anything lies).
    Work stopped by Cancel calls ``on_cancelled``, or else tells the person it changed nothing.
    ``background`` work that has not started yet lets every other work go first; ``idle``
    work lets even background work go first; ``side`` work runs in :func:`side_pool`."""
    signals = _Signals()
    progress = Progress(signals)
    dialog: QProgressDialog | None = None
    if label is not None and parent is not None:
        dialog = QProgressDialog(
            label, QCoreApplication.translate("Operations", "Cancel"), 0, 0, parent
        )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(500)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setObjectName("operationProgress")
        # The dialog's own timer was started with the default 4 s before the line above.
        QTimer.singleShot(500, dialog, lambda: dialog.show() if signals in _running else None)
        if cancellable:
            dialog.canceled.connect(lambda: setattr(progress, "cancelled", True))
        else:
            dialog.setCancelButton(None)

        def _progress(done: int, total: int, text: str) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done)
            if text:
                dialog.setLabelText(text)

        signals.progress.connect(_progress)

    def _finish() -> None:
        _running.discard(signals)
        # The dialog goes with its parent: a window closed while the work ran took it along.
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.close()
            dialog.deleteLater()

    def _done(result: Any) -> None:
        _finish()
        on_done(result)

    def _failed(exc: Exception, trace: str) -> None:
        _finish()
        if isinstance(exc, Cancelled):
            if on_cancelled is not None:
                on_cancelled()
            elif cancellable:
                _show_cancelled(parent)
            return
        if on_failed is not None:
            on_failed(exc, trace)
        else:
            _show_failure(parent, exc, trace)

    signals.done.connect(_done, Qt.ConnectionType.QueuedConnection)
    signals.failed.connect(_failed, Qt.ConnectionType.QueuedConnection)
    _running.add(signals)
    priority = IDLE if idle else BACKGROUND if background else FOREGROUND
    (side_pool() if side else pool()).start(_Task(work, signals, progress), priority)
    return progress


def _show_cancelled(parent: QWidget | None) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("Operations", "Cancelled"),
        cancelled_text(),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("cancelledMessage")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()


def _show_failure(parent: QWidget | None, exc: Exception, trace: str) -> None:
    """Tell the person what failed (without blocking), and keep the details on stderr."""
    import sys

    from PySide6.QtWidgets import QMessageBox

    print(trace, file=sys.stderr)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Operations", "Operation failed"),
        str(exc) or repr(exc),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("failureMessage")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
