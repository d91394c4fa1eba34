"""Share cards prepared in the background: ``python -m volmatch.gui.cards_child``.

The app keeps the cards of its published listings drawn ahead in the card cache
(:mod:`volmatch.exporting.cardprep`), like a file manager's thumbnails, so that Publish
only links them. A threaded Qt program may neither fork nor draw off its GUI thread, so
this fresh interpreter does it, at a lower priority (``os.nice``), in forked workers when
there are many cards, as ``volmatch cards`` does.

It reads one JSON request on stdin ({"db"}: the database address, never on the command
line) and writes JSON lines on its stdout: ``{"progress": [done, total]}`` (groups of
cards drawn) now and then, then ``{"prepared": {"cards", "cached", "drawn"}}`` or
``{"error": {...}}``. SIGINT asks it to stop; the cards drawn so far are kept (each is
written whole or not at all). It stops when the app ends, even when the app is killed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import signal
import sys
import time
from typing import Any, TextIO

from volmatch.gui.publish_child import describe_error, send

NICE = 10  # the app and a person's own work come first
_stop = False
#: Until the drawing begins a stop may interrupt whatever runs (reading, planning): nothing
#: is written yet. Then the drawing stops between two groups of cards.
_interruptible = True


def _ask_to_stop(_signum: int, _frame: Any) -> None:
    global _stop
    _stop = True
    if _interruptible:
        from volmatch.errors import Cancelled

        raise Cancelled


class StreamSink:
    """The core's ProgressSink writing progress lines (at most ~4 a second) to ``out``."""

    def __init__(self, out: TextIO, every: float = 0.25) -> None:
        self.out = out
        self.every = every
        self._last = 0.0

    def report(self, done: int, total: int, text: str = "") -> None:
        _drawing()
        now = time.monotonic()
        if done < total and now - self._last < self.every:
            return
        self._last = now
        try:
            send(self.out, {"progress": [done, total]})
        except (BrokenPipeError, ValueError):  # the app is gone
            _ask_to_stop(0, None)

    def cancelled(self) -> bool:
        _drawing()
        return _stop


def _drawing() -> None:
    """From now on a stop is noticed between two groups of cards."""
    global _interruptible
    _interruptible = False


def prepare(request: dict, progress: StreamSink) -> Any:
    """Draw the cards of the database's published listings the card cache lacks."""
    from volmatch.cards import install
    from volmatch.exporting import cardprep
    from volmatch.exporting.from_database import read_published
    from volmatch.paths import data_dir
    from volmatch.storage.database import open_database

    install(cache=data_dir() / "card-cache")  # the folder Publish and `volmatch export` read
    db = open_database(request["db"], migrate=False)  # the app has upgraded it
    try:
        published = read_published(db)
    finally:
        db.dispose()
    return cardprep.prepare(
        published.records,
        organizations=published.organizations,
        today=dt.date.today(),  # as Publish decides what has expired
        progress=progress,
    )


def _lower_priority() -> None:
    with contextlib.suppress(OSError, AttributeError):
        os.nice(NICE)


def _die_with_parent() -> None:
    """Stop when the app ends, even when it is killed (Linux)."""
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
    _lower_priority()
    # The protocol gets a descriptor of its own; whatever else prints goes to stderr.
    out = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    try:
        request = json.load(sys.stdin)
        done = prepare(request, StreamSink(out))
        _drawing()  # a stop now lets the answer below go out
    except Exception as exc:
        send(out, {"error": describe_error(exc)})
        return 1
    send(out, {"prepared": {"cards": done.cards, "cached": done.cached, "drawn": done.drawn}})
    return 0


if __name__ == "__main__":
    sys.exit(main())
