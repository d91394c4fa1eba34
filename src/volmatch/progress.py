"""How long core work reports progress and learns it should stop, without knowing about Qt.

Work calls ``sink.report(done, total, text)`` now and then and ``check(sink)``
between batches; ``check`` raises :class:`volmatch.errors.Cancelled` once the
sink says so. The caller (GUI, CLI, a test) decides what the sink does.
"""

from __future__ import annotations

from typing import Protocol

from volmatch.errors import Cancelled


class ProgressSink(Protocol):
    def report(self, done: int, total: int, text: str = "") -> None: ...

    def cancelled(self) -> bool: ...


class _NullProgress:
    """Reports nowhere and never cancels."""

    def report(self, done: int, total: int, text: str = "") -> None:
        pass

    def cancelled(self) -> bool:
        return False


NULL_PROGRESS: ProgressSink = _NullProgress()


def check(sink: ProgressSink | None) -> None:
    """Raise Cancelled when ``sink`` asks to stop."""
    if sink is not None and sink.cancelled():
        raise Cancelled


def report(sink: ProgressSink | None, done: int, total: int, text: str = "") -> None:
    """Report, then stop if asked (the usual pair between two batches)."""
    if sink is None:
        return
    sink.report(done, total, text)
    check(sink)
