"""The app's Publish, run as a process of its own: ``python -m volmatch.gui.publish_child``.

The desktop app cannot fork worker processes (a threaded Qt process is not fork-safe), so
it starts this fresh interpreter, which runs no Qt application and therefore exports just
as ``volmatch export`` does: it reads the published listings from the database itself,
draws share cards with Qt offscreen in forked workers, one per core.

It reads one JSON request on stdin ({"db", "target", "format", "keep_others",
"language"}) and writes JSON lines on its stdout: ``{"progress": [done, total]}`` now and
then, then ``{"report": {...}}`` or ``{"error": {...}}`` (see :mod:`publish_process`).
SIGINT asks it to stop: at once while nothing is written yet, then between two jobs with
the temporary folder removed; either way the target stays as it was. Nothing here touches
Qt before the first card.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from dataclasses import asdict
from typing import Any, TextIO

_stop = False
#: True until the export first asks whether to stop (just before it creates its new folder):
#: until then nothing is written, so a stop may interrupt whatever runs (reading, planning).
_interruptible = True


def _ask_to_stop(_signum: int, _frame: Any) -> None:
    global _stop
    _stop = True
    if _interruptible:
        from volmatch.errors import Cancelled

        raise Cancelled


class StreamSink:
    """The core's ProgressSink writing progress lines (at most ~20 a second) to ``out``."""

    def __init__(self, out: TextIO, every: float = 0.05) -> None:
        self.out = out
        self.every = every
        self._last = 0.0

    def report(self, done: int, total: int, text: str = "") -> None:
        _writing()
        now = time.monotonic()
        if done < total and now - self._last < self.every:
            return
        self._last = now
        try:
            send(self.out, {"progress": [done, total]})
        except (BrokenPipeError, ValueError):  # the app is gone: nobody wants the rest
            _ask_to_stop(0, None)

    def cancelled(self) -> bool:
        _writing()
        return _stop


def _writing() -> None:
    """From now on a stop is asked for and the export cleans up after it."""
    global _interruptible
    _interruptible = False


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


def publish(request: dict, progress: StreamSink) -> Any:
    """Export the database's published listings as the request says; the report."""
    from volmatch.cards import install
    from volmatch.exporting.from_database import export_published, read_published
    from volmatch.paths import data_dir
    from volmatch.storage.database import open_database

    install(cache=data_dir() / "card-cache")  # as the command line's export does
    db = open_database(request["db"], migrate=False)  # the app has upgraded it
    try:
        published = read_published(db)
    finally:
        db.dispose()
    return export_published(
        published,
        request["format"],
        request["target"],
        progress=progress,
        keep_others=bool(request.get("keep_others")),
    )


def _die_with_parent() -> None:
    """Stop (as if cancelled) when the app ends, even when it is killed."""
    try:
        import ctypes
        import ctypes.util

        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGINT)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def main() -> int:
    signal.signal(signal.SIGINT, _ask_to_stop)
    _die_with_parent()
    # The protocol gets a descriptor of its own; whatever else prints goes to stderr.
    out = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    try:
        request = json.load(sys.stdin)
        from volmatch import messages

        messages.set_language(request.get("language") or "en")
        report = publish(request, StreamSink(out))
    except Exception as exc:
        send(out, {"error": describe_error(exc)})
        return 1
    result = asdict(report)
    result["out_dir"] = str(report.out_dir)
    result["now"] = report.now.isoformat()
    send(out, {"report": result})
    return 0


if __name__ == "__main__":
    sys.exit(main())
