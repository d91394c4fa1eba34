"""The child's side of the app's helper processes (:mod:`publish_child`, :mod:`cards_child`).

Each is a fresh interpreter started by the app: it reads one JSON request on stdin, writes
JSON lines on its stdout (``{"progress": [done, total]}`` now and then, then its answer or
``{"error": {...}}``), stops when asked with SIGINT and ends when the app ends, even when
the app is killed. Nothing here touches Qt.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from collections.abc import Callable
from dataclasses import asdict
from typing import Any, TextIO


class Stop:
    """SIGINT's request to stop: at once while nothing is written yet (reading, planning
    may be interrupted), then noticed by the work between two of its steps."""

    def __init__(self) -> None:
        self.asked = False
        self.interruptible = True

    def ask(self, _signum: int = 0, _frame: Any = None) -> None:
        self.asked = True
        if self.interruptible:
            from volmatch.errors import Cancelled

            raise Cancelled

    def working(self) -> None:
        """From now on a stop is noticed by the work, which cleans up after it."""
        self.interruptible = False


class StreamSink:
    """The core's ProgressSink writing progress lines (at most one per ``every`` seconds,
    and the last) to ``out``."""

    def __init__(self, out: TextIO, stop: Stop, every: float) -> None:
        self.out = out
        self.stop = stop
        self.every = every
        self._last = 0.0

    def report(self, done: int, total: int, text: str = "") -> None:
        self.stop.working()
        now = time.monotonic()
        if done < total and now - self._last < self.every:
            return
        self._last = now
        try:
            send(self.out, {"progress": [done, total]})
        except (BrokenPipeError, ValueError):  # the app is gone: nobody wants the rest
            self.stop.ask()

    def cancelled(self) -> bool:
        self.stop.working()
        return self.stop.asked


def send(out: TextIO, message: dict) -> None:
    out.write(json.dumps(message, ensure_ascii=True) + "\n")
    out.flush()


def describe_error(exc: BaseException) -> dict:
    """An exception as plain data the app turns back into the same exception."""
    from volmatch.errors import Cancelled, InputError
    from volmatch.storage.db_errors import DatabaseError

    if isinstance(exc, Cancelled):
        return {"kind": "cancelled"}
    if isinstance(exc, InputError):
        issues = [
            {**asdict(i), "suggestions": list(i.suggestions)} for i in getattr(exc, "issues", ())
        ]
        return {"kind": "input", "issues": issues, "others": getattr(exc, "others", None)}
    if isinstance(exc, DatabaseError):
        return {"kind": "database", "code": str(exc.code), "message": exc.message}
    if isinstance(exc, OSError):
        return {
            "kind": "os",
            "errno": exc.errno,
            "strerror": exc.strerror,
            "filename": None if exc.filename is None else os.fsdecode(exc.filename),
            "message": str(exc),
        }
    return {"kind": "other", "type": type(exc).__name__, "message": str(exc)}


def die_with_parent() -> None:
    """Get SIGINT (a stop) when the app ends, even when it is killed (Linux)."""
    try:
        import ctypes
        import ctypes.util

        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGINT)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


Work = Callable[[dict, StreamSink], dict]


def serve(work: Work, every: float) -> int:
    """Run ``work`` (request, progress sink -> the answer message) on the request read from
    stdin, and send its answer or its error; the process's exit code."""
    stop = Stop()
    signal.signal(signal.SIGINT, stop.ask)
    die_with_parent()
    # The protocol gets a descriptor of its own; whatever else prints goes to stderr.
    out = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    try:
        request = json.load(sys.stdin)
        answer = work(request, StreamSink(out, stop, every))
        stop.working()  # a stop now lets the answer go out
    except Exception as exc:
        send(out, {"error": describe_error(exc)})
        return 1
    send(out, answer)
    return 0
