"""The stored form of what the matcher derives from records (``storage.derived`` keeps it).

Everything that decides a stored value lives in this module and the ones it imports,
which ``volmatch.derivation`` fingerprints: a change elsewhere (ranking, reasons, the
read path) keeps what is stored.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from itertools import chain
from operator import itemgetter
from typing import Any

OPPORTUNITY = "opportunity"
VOLUNTEER = "volunteer"


@cache
def deriver():
    """The matcher's reference data and vocabulary, built once per process."""
    from .context import Codes, MatchContext
    from .interests import Vocabulary

    ctx = MatchContext.default()
    return ctx, Vocabulary(ctx.terms, Codes(), ctx.term_owners)


def derive(kind: str, records: Sequence[Any]) -> list[dict[str, Any]]:
    """The stored form of each record's features, in order."""
    from . import features as f
    from .interests import split_phrases

    if kind == OPPORTUNITY:
        names = _NAMES[OPPORTUNITY]
        return [dict(zip(names, row, strict=True)) for row in _listing_rows(records)]
    ctx, vocab = deriver()
    # people write the same interests: each text once
    vocab.prime(split_phrases(t) for t in dict.fromkeys(r.interests_text for r in records))
    return [f.encode_volunteer(f.volunteer_features(r, ctx, vocab)) for r in records]


def _listing_rows(records: Sequence[Any]) -> list[tuple]:
    """Each listing's stored row as a tuple in the order of ``_NAMES[OPPORTUNITY]``
    (``listing_rows``: what ``features`` gives, and the search text)."""
    row = _listing_reader()
    return [row(r) for r in records]


@cache
def _listing_reader():
    from .listing_rows import ListingRows

    return ListingRows(*deriver())


# -- many records: worker processes --------------------------------------------------------
# From this many records, deriving is shared between forked worker processes while the
# caller goes on (the insert of an import): forking costs about 0.1 s.
PARALLEL_FROM = 20_000
CHUNK = 2_000  # records per task: small enough to share the work evenly, large for few pickles
_SHARED: list[tuple[str, Sequence[Any]]] = []  # what forked workers derive from


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def import_workers() -> int:
    """Workers deriving beside an insert: one core is left to the inserting process, whose
    own work is the longer path (on 2 cores one worker derives 100,000 listings in less
    time than the insert takes, and a second would only take CPU from the insert)."""
    return max(1, min(_cores() - 1, 4))


def can_fork() -> bool:
    """Whether worker processes may be forked: on Linux, from a process with no other
    Python thread and no Qt (a thread holding a lock at the fork would leave it locked in
    the child; the app imports in a worker thread and derives in its own process).
    numpy's BLAS threads are safe: OpenBLAS stops them around a fork."""
    return (
        sys.platform.startswith("linux")
        and _cores() > 1
        and threading.active_count() == 1
        and "PySide6.QtCore" not in sys.modules
    )


class Pending:
    """Rows being derived; :meth:`columns` waits for them (in input order).

    The records are cut into spans of ``CHUNK``, which the workers take first to last;
    the caller, once it asks for the rows, takes those nobody has taken yet, last to
    first: on a busy machine a worker may be behind when the insert is done, and the
    caller then derives what is left instead of waiting for it."""

    def __init__(self, kind: str, records: Sequence[Any]) -> None:
        self.kind, self.records = kind, records
        self._pool = self._async = self._taken = None
        self._spans = [(i, min(i + CHUNK, len(records))) for i in range(0, len(records), CHUNK)]
        if len(records) >= PARALLEL_FROM and can_fork():
            deriver()  # loaded once here, inherited by the workers
            context = multiprocessing.get_context("fork")
            self._taken = context.Array("b", len(self._spans))  # 1: a span someone derives
            _SHARED[:] = [(kind, records, self._spans, self._taken)]
            self._pool = context.Pool(import_workers())
            spans = range(len(self._spans))
            self._async = self._pool.map_async(_derive_span, spans, chunksize=1)
            _SHARED.clear()  # the workers have their copy

    def columns(self) -> list[list[Any]]:
        """One list per name of ``_NAMES[kind]``, in record order: the workers' rows
        turned in C, no dict per record."""
        width = len(_NAMES[self.kind])
        if self._async is None:
            rows = _rows(self.kind, self.records)
        else:
            try:
                here = {}  # the spans no worker has taken yet, from the last
                for k in reversed(range(len(self._spans))):
                    if not _take(self._taken, k):
                        break  # the workers go first to last: the rest is taken
                    here[k] = _rows(self.kind, self.records[slice(*self._spans[k])])
                parts = self._async.get()
                rows = list(chain.from_iterable(here.get(k, p) for k, p in enumerate(parts)))
            finally:
                self.close()
        return [list(map(itemgetter(i), rows)) for i in range(width)]

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None


def derive_loaded(
    kind: str,
    chunks: Sequence[Sequence[int]],
    load: Callable[[Sequence[int]], Sequence[Any]],
    forked: Callable[[], None],
) -> Iterator[tuple[list[int], list[dict[str, Any]]]]:
    """(ids of the records found, their rows) for each chunk of ids, in order.

    ``load`` reads a chunk's records. From ``PARALLEL_FROM`` ids, when forking is allowed,
    worker processes read and derive (records cost far more to send between processes
    than to read again); ``forked`` runs first in each, to leave the parent's database
    connections alone."""
    tasks = [(kind, chunk) for chunk in chunks]
    if sum(map(len, chunks)) < PARALLEL_FROM or not can_fork():
        for task in tasks:
            found = load(task[1])
            yield [r.id for r in found], derive(kind, found)
        return
    deriver()
    names = _NAMES[kind]
    _SHARED[:] = [(kind, load)]
    try:
        pool = multiprocessing.get_context("fork").Pool(min(_cores(), 4), forked)
    finally:
        _SHARED.clear()
    with pool:
        for ids, part in pool.imap(_load_and_derive, [chunk for _, chunk in tasks]):
            yield ids, [dict(zip(names, row, strict=True)) for row in part]


def _load_and_derive(ids: Sequence[int]) -> tuple[list[int], list[tuple]]:
    kind, load = _SHARED[0]  # as it was when this worker was forked
    found = load(ids)
    return [r.id for r in found], _rows(kind, found)


_NAMES = {
    OPPORTUNITY: ("districts", "open", "needs", "tags", "search"),
    VOLUNTEER: ("home", "travel", "levels", "hits", "wanted"),
}


def _rows(kind: str, records: Sequence[Any]) -> list[tuple]:
    if kind == OPPORTUNITY:
        return _listing_rows(records)
    return _compact(kind, derive(kind, records))


def _take(taken: Any, k: int) -> bool:
    """Whether span ``k`` was not taken yet (``taken``: flags shared with the workers);
    it is now."""
    with taken.get_lock():
        if taken[k]:
            return False
        taken[k] = 1
        return True


def _derive_span(k: int) -> list[tuple] | None:
    """The rows of span ``k``; None when the caller has taken it."""
    kind, records, spans, taken = _SHARED[0]  # as it was when this worker was forked
    if not _take(taken, k):
        return None
    return _rows(kind, records[slice(*spans[k])])


def _compact(kind: str, rows: list[dict[str, Any]]) -> list[tuple]:
    # tuples pickle to about half the bytes of dicts
    names = _NAMES[kind]
    return [tuple(row[n] for n in names) for row in rows]
