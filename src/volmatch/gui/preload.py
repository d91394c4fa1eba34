"""Reading the listings while the window is still being built.

A SQLite file already at this app's schema is read with the standard-library
driver in a plain thread while the built window is shown and painted, so the
rows are ready soon after; SQLAlchemy and the schema check follow in the
background. Anything else (another backend, an old schema, a missing
file) leaves the result None and the app reads the rows the normal way.

The same thread then prepares the matcher's listings' side from the stored matching
columns (``matching.stored.prepare_listings``) while the database opens, so that a match
asked as soon as it is open does not wait for reading and indexing 100,000 listings after
it.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # Qt is imported by the main thread meanwhile
    from volmatch.gui.models.tablemodel import TableData


class Preload:
    """Reads the opportunities table of ``url`` in a thread from :meth:`start` (or
    :meth:`result`) on; interests are named in the language :meth:`set_language` gave."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.lang = "en"
        self._ready = threading.Event()
        self._go = threading.Event()
        self._table: TableData | None = None
        self._matching_ready = threading.Event()
        self._matching: Any = None
        self._thread = threading.Thread(target=self._run, name="volmatch-preload", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        # Nothing before the window is built: this thread would slow that down more
        # than it gains on a busy machine.
        self._go.wait()
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
        except Exception:  # the normal path reads the rows again and reports what is wrong
            self._table = None
        finally:
            self._ready.set()

    def _prepare_matching(self) -> None:
        # after the rows (the window shows them first), while the database opens
        try:
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

    def set_language(self, lang: str) -> None:
        self.lang = lang

    def start(self) -> None:
        """Begin reading (call once the window is built)."""
        self._go.set()

    def ready(self) -> bool:
        """Whether :meth:`result` has the answer (without waiting)."""
        return self._ready.is_set()

    def result(self, timeout: float | None = None) -> TableData | None:
        """The table, or None when the fast path did not apply (waits for the thread)."""
        self._go.set()
        self._ready.wait(timeout)
        return self._table if self._ready.is_set() else None


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
