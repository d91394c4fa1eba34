"""Reading the listings while the window is still being built.

A SQLite file already at this app's schema is read with the standard-library
driver in a plain thread while the built window is shown and painted, so the
rows are ready soon after; SQLAlchemy and the schema check follow in the
background. Anything else (another backend, an old schema, a missing
file) leaves the result None and the app reads the rows the normal way.

The matcher's listings' side is prepared from the stored matching columns
(``matching.stored.prepare_listings``) by a process of its own, started with this thread
once the window is built, on the machine's other core (``matching.handoff``); this thread takes it over
after the rows, while the database opens, so that a match asked as soon as it is open
does not wait for reading and indexing 100,000 listings, and neither do the rows nor the
opening wait for Python's lock meanwhile. Where that process cannot run (a frozen build)
or fails, this thread prepares the listings itself. When the window opens on the matching
page (``start(matching_first=True)``), the listings are taken over first and the rows read
only once asked for, after the page's first ranking (``open_matching_first``): meanwhile
this process leaves the CPU to the other one and Python's lock to the ranking.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # Qt is imported by the main thread meanwhile
    from volmatch.gui.models.tablemodel import TableData


#: ``VOLMATCH_TIMELINE=1``: each step of the start-up is written to standard error as
#: "timeline STEP SECONDS" (``time.time()``); ``tests/benchmarks/bench_gui.py --timeline``
#: lists them from the process's start.
_TIMELINE = bool(os.environ.get("VOLMATCH_TIMELINE"))


def mark(step: str) -> None:
    """Note ``step`` of the start-up on the timeline (nothing unless asked for)."""
    if _TIMELINE:
        # one write per line: threads note their steps at the same time
        sys.stderr.write(f"timeline {step.replace(' ', '_')} {time.time():.6f}\n")
        sys.stderr.flush()


class Preload:
    """Reads the opportunities table of ``url`` in a thread from :meth:`start` (or
    :meth:`result`) on; interests are named in the language :meth:`set_language` gave."""

    def __init__(self, url: str, *, separate_process: bool = True) -> None:
        self.url = url
        self._separate = separate_process
        self._handoff: _Handoff | None = None
        self._matching_first = False
        self.lang = "en"
        self._ready = threading.Event()
        self._go = threading.Event()
        self._decided = threading.Event()  # the process started, or not
        self._rows_go = threading.Event()  # with matching_first: the rows are asked for
        self._table: TableData | None = None
        self._matching_ready = threading.Event()
        self._matching: Any = None
        self._thread = threading.Thread(target=self._run, name="volmatch-preload", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        # Nothing before the window is built: this thread would slow that down more
        # than it gains on a busy machine.
        self._go.wait()
        if self._separate:  # not before: it would slow the window down on a busy machine
            self._handoff = _Handoff.start(self.url)
        self._decided.set()
        if self._handoff is not None and self._matching_first:
            # The page shown ranks from the listings: they are taken over first, and the rows
            # (not shown yet) read once asked for (after the first ranking), leaving the CPU
            # to that process and then Python's lock to the ranking.
            self._prepare_matching()
            self._rows_go.wait()
            self._read_rows()
            return
        self._read_rows()
        self._prepare_matching()

    def _read_rows(self) -> None:
        try:
            from volmatch.storage.fastread import read_opportunity_columns

            columns = read_opportunity_columns(self.url)
            if columns is None:
                return
            from volmatch.gui.models.tablemodel import collation_ranks
            from volmatch.gui.models.tables import opportunity_table_from_columns, tag_names

            table = opportunity_table_from_columns(columns, tag_names(self.lang))
            del columns
            table.ranks[0] = collation_ranks([row[0] for row in table.rows], _collator())
            self._table = table
            mark("preload rows read")
        except Exception:  # the normal path reads the rows again and reports what is wrong
            self._table = None
        finally:
            self._ready.set()

    def _prepare_matching(self) -> None:
        # after the rows (the window shows them first), while the database opens
        try:
            if self._handoff is not None:
                _warm_matching()  # while that process still works
                mark("matching warmed")
            taken = self._handoff.take() if self._handoff is not None else None
            if taken is not None:
                self._matching = taken
                mark("handoff taken")
                return
            from volmatch.matching.stored import prepare_listings

            self._matching = prepare_listings(self.url)
        except Exception:  # the backend reads the listings itself when asked
            self._matching = None
        finally:
            self._matching_ready.set()

    def matching(self) -> Any:
        """The prepared listings' side (``PreparedListings``) or None; waits for the thread."""
        self._go.set()
        self._matching_ready.wait()
        return self._matching

    def handing_over(self) -> bool:
        """Whether a process of its own prepares the listings (then the matching page can
        answer from them soon, before the database is open); waits until it is started."""
        self._go.set()
        self._decided.wait()
        return self._handoff is not None

    def set_language(self, lang: str) -> None:
        self.lang = lang

    def start(self, matching_first: bool = False) -> None:
        """Begin reading (call once the window is built); ``matching_first``: the window
        shows the matching page, so the listings' side does not wait for the rows."""
        self._matching_first = matching_first
        self._go.set()

    def ready(self) -> bool:
        """Whether :meth:`result` has the answer (without waiting)."""
        return self._ready.is_set()

    def result(self, timeout: float | None = None) -> TableData | None:
        """The table, or None when the fast path did not apply (waits for the thread)."""
        self._go.set()
        self._rows_go.set()
        self._ready.wait(timeout)
        return self._table if self._ready.is_set() else None


class _Handoff:
    """The process preparing the listings' side (``matching.handoff``) and what it wrote,
    drained by a thread of its own so that it never waits on a full pipe."""

    def __init__(self, process) -> None:
        self._process = process
        self._data = b""
        self._code: int | None = None
        self._thread = threading.Thread(target=self._drain, name="volmatch-handoff", daemon=True)
        self._thread.start()

    @classmethod
    def start(cls, url: str) -> _Handoff | None:
        """Started for a SQLite file when Python can be run as a program (not frozen)."""
        if getattr(sys, "frozen", False) or not url.startswith("sqlite"):
            return None
        import subprocess

        src = str(Path(__file__).resolve().parents[2])  # where ``volmatch`` is imported from
        path = os.environ.get("PYTHONPATH")
        env = {**os.environ, "PYTHONPATH": src + (os.pathsep + path if path else "")}
        try:
            process = subprocess.Popen(
                [sys.executable, "-m", "volmatch.matching.handoff", url],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=env,
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),  # no console on Windows
            )
        except OSError:
            return None
        mark("handoff process started")
        return cls(process)

    def _drain(self) -> None:
        try:
            self._data = self._process.stdout.read()
            mark("handoff process written")
        finally:
            self._process.stdout.close()
            self._code = self._process.wait()

    def take(self) -> Any:
        """The prepared listings (``PreparedListings``) or None; waits for the process."""
        self._thread.join()
        data, self._data = self._data, b""
        if self._code != 0 or not data:
            return None
        from volmatch.matching import handoff

        try:
            return handoff.load(data)
        except Exception:  # cut short or from other code: this thread prepares them itself
            return None


def open_matching_first(window, preload: Preload, url: str | None) -> None:
    """The main window's start on the matching page (``preload`` handing over): the page's
    first ranking before the listings' rows, which are read after it (behind it in the
    side pool: beside it, they would hold Python's lock against it); then the database."""
    from volmatch.gui.worker import run_operation

    def early(prepared) -> None:
        if prepared is not None:
            window.ctx.early = (preload.url, prepared)
            window.ctx.early_ready.emit()  # the page asks now, in the side pool
        run_operation(window, lambda p: preload.result(), show, side=True)

    def show(table) -> None:
        window.opportunities.preloaded(table)
        window.open_database(url, prepared=preload.matching, after_early=True)

    run_operation(None, lambda p: preload.matching(), early, side=True)


def _warm_matching() -> None:
    """Load the matcher's code and reference data, which taking the listings over needs
    (about 0.3 s of this process's own, otherwise spent after the other process ends)."""
    from volmatch.matching import handoff, stored  # noqa: F401 - imported now
    from volmatch.matching.context import MatchContext

    MatchContext.default()


def _collator():
    """A Czech collator of this thread's own (the GUI thread's is not shared)."""
    from PySide6.QtCore import QCollator, QLocale, Qt

    collator = QCollator(QLocale(QLocale.Language.Czech, QLocale.Country.CzechRepublic))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)
    return collator


def warm_language_names(table: TableData) -> None:
    """Name the table's languages once off the GUI thread (loading the catalogue), so
    filling the language picker afterwards does not hold up the window."""
    from volmatch.gui.widgets.inputs import language_name

    for code in {code for codes in set(table.facets.get("language", ())) for code in codes}:
        language_name(code)
