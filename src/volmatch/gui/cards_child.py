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
import os
from typing import Any

from volmatch.gui.child_protocol import StreamSink, serve

NICE = 10  # the app and a person's own work come first


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


def _answer(request: dict, progress: StreamSink) -> dict:
    done = prepare(request, progress)
    return {"prepared": {"cards": done.cards, "cached": done.cached, "drawn": done.drawn}}


def main() -> int:
    with contextlib.suppress(OSError, AttributeError):
        os.nice(NICE)
    return serve(_answer, every=0.25)  # at most ~4 progress lines a second


if __name__ == "__main__":
    import sys

    sys.exit(main())
