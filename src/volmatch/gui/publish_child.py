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

from dataclasses import asdict
from typing import Any

from volmatch.gui.child_protocol import StreamSink, serve


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


def _answer(request: dict, progress: StreamSink) -> dict:
    from volmatch import messages

    messages.set_language(request.get("language") or "en")
    report = publish(request, progress)
    result = asdict(report)
    result["out_dir"] = str(report.out_dir)
    result["now"] = report.now.isoformat()
    return {"report": result}


def main() -> int:
    return serve(_answer, every=0.05)  # at most ~20 progress lines a second


if __name__ == "__main__":
    import sys

    sys.exit(main())
