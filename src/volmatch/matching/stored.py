"""A matcher straight from a database's stored columns: the cold start of a command.

``matcher_from_database(db)`` reads the listings' or the volunteers' plain and derived
columns (``volmatch.storage.derived``) when a query first needs that side, and loads
domain records only for the matches shown. Ranking listings for a volunteer reads the
listings only; ranking volunteers for a listing reads the volunteers and which free
keywords the listings use. A pair's score depends on the two records (and, for the
coverage of a volunteer's interests, on which words some listing uses), never on the
order in which records are met, so either side alone ranks as the whole matcher does.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from .engine import Matcher
from .model import Weights

Progress = Callable[[int, int], None]

LISTINGS, VOLUNTEERS = "opportunities", "volunteers"


class DatabaseSource:
    """Each side's stored columns and records from a ``storage.database.Database`` (any
    backend; what is out of date is derived again and stored)."""

    def __init__(self, db: Any) -> None:
        self.db = db

    def read_listings(self, progress: Progress | None) -> dict[str, list]:
        from volmatch.storage import derived

        return derived.read_listings(self.db, progress)

    def read_listing_tags(self, progress: Progress | None):
        from volmatch.storage import derived

        return derived.read_listing_tags(self.db, progress)

    def read_volunteers(self, progress: Progress | None) -> dict[str, list]:
        from volmatch.storage import derived

        return derived.read_volunteers(self.db, progress)

    def get_opportunities(self, ids: list[int]) -> list:
        from volmatch.storage import repository as repo

        return self.db.run(lambda s: repo.get_opportunities(s, ids))

    def get_volunteers(self, ids: list[int]) -> list:
        from volmatch.storage import repository as repo

        return self.db.run(lambda s: repo.get_volunteers(s, ids))


class StoredMatcher(Matcher):
    """A :class:`Matcher` whose indexes are read from the database on first use.

    ``db`` is a ``storage.database.Database`` or a source with the methods of
    :class:`DatabaseSource` (``storage.fastrecords.SnapshotReader``: a SQLite file
    read without SQLAlchemy)."""

    def __init__(
        self,
        db: Any,
        progress: Progress | None,
        *,
        weights: Weights | None = None,
        require_consent: bool = False,
    ) -> None:
        self._db, self.progress = db, progress
        self._source = db if hasattr(db, "read_listings") else DatabaseSource(db)
        self._built: dict[str, Any] = {}
        self._listed = False  # which keywords the listings use is known without them
        super().__init__(weights=weights, require_consent=require_consent)
        self._built.clear()  # the empty indexes made by Matcher

    @property
    def opportunities(self):  # type: ignore[override]
        if LISTINGS not in self._built:
            from . import prepared

            stored = self._source.read_listings(self.progress)
            self._built[LISTINGS] = prepared.opportunity_index(
                self.context,
                self.vocab,
                self.languages,
                stored,
                self._loader("get_opportunities"),
            )
        return self._built[LISTINGS]

    @opportunities.setter
    def opportunities(self, index) -> None:
        self._built[LISTINGS] = index

    @property
    def volunteers(self):  # type: ignore[override]
        if VOLUNTEERS not in self._built:
            from . import prepared

            self._know_listed_keywords()
            stored = self._source.read_volunteers(self.progress)
            self._built[VOLUNTEERS] = prepared.volunteer_index(
                self.context,
                self.vocab,
                self.languages,
                stored,
                self._loader("get_volunteers"),
            )
        self._know_listed_keywords()
        return self._built[VOLUNTEERS]

    @volunteers.setter
    def volunteers(self, index) -> None:
        self._built[VOLUNTEERS] = index

    def _know_listed_keywords(self) -> None:
        if LISTINGS in self._built or self._listed:
            return
        from . import prepared

        prepared.listed_keywords(self.vocab, *self._source.read_listing_tags(self.progress))
        self._listed = True

    def _loader(self, name: str):
        # looked up when called: a matcher prepared from a snapshot loads records from
        # the database it is handed to (attach)
        def load(ids: list[int]) -> dict:
            return {r.id: r for r in getattr(self._source, name)(ids)}

        return load

    def attach(self, db: Any) -> None:
        """Read and load from ``db`` from now on: a ``storage.database.Database``, or a
        source with the methods of :class:`DatabaseSource` (a ``SnapshotReader``)."""
        self._db = db
        self._source = db if hasattr(db, "read_listings") else DatabaseSource(db)
        for side, name in ((LISTINGS, "get_opportunities"), (VOLUNTEERS, "get_volunteers")):
            if side in self._built and self._built[side].load is None:
                self._built[side].load = self._loader(name)

    def detach(self) -> None:
        """Forget the database; the indexes built stay. Until :meth:`attach`, a side not
        read yet and the records of the matches cannot be read (RuntimeError). A
        detached matcher pickles without its reading side (``matching.handoff``)."""
        self._db, self._source = None, _Listed(None)
        for index in self._built.values():
            index.load = None

    # a volunteer's hits depend on which keywords the listings use: known before preparing
    def for_volunteer(self, *args, **kwargs):
        self.opportunities  # noqa: B018 - read first
        return super().for_volunteer(*args, **kwargs)

    def prepare(self, *args, **kwargs):
        self._know_listed_keywords()
        return super().prepare(*args, **kwargs)

    # a side not read yet is read from the database, saved records included
    def upsert_opportunity(self, opp) -> None:
        if LISTINGS in self._built:
            super().upsert_opportunity(opp)
        self._listed = False

    def remove_opportunity(self, opportunity_id: int) -> bool:
        self._listed = False
        return LISTINGS in self._built and super().remove_opportunity(opportunity_id)

    def upsert_volunteer(self, v) -> None:
        if VOLUNTEERS in self._built:
            super().upsert_volunteer(v)

    def remove_volunteer(self, volunteer_id: int) -> bool:
        return VOLUNTEERS in self._built and super().remove_volunteer(volunteer_id)


def matcher_from_database(
    db,
    *,
    listings: bool = False,
    volunteers: bool = False,
    weights: Weights | None = None,
    require_consent: bool = False,
    progress: Progress | None = None,
) -> Matcher:
    """A :class:`Matcher` over the live records of ``db`` (a ``storage.database.Database``).

    Each side is read when first needed; ``listings``/``volunteers`` read it now.
    ``progress(done, total)`` is called while derived values are computed again (after
    the reference data changed, or for records a writer did not derive)."""
    m = StoredMatcher(db, progress, weights=weights, require_consent=require_consent)
    if listings:
        m.opportunities  # noqa: B018 - read now
    if volunteers:
        m.volunteers  # noqa: B018
    return m


class PreparedListings:
    """The listings' side of a matcher read from a SQLite snapshot before the database is
    opened (the app prepares it while its window is painted), and the audit trail's last
    entry at that moment: :meth:`attach` hands it to the opened database only when no
    record was changed since (every change is audited), else it gives None and the
    database is read again. Until then, :meth:`borrowed` ranks from a snapshot of the
    same file without SQLAlchemy."""

    def __init__(self, matcher: StoredMatcher, audited: int | None) -> None:
        self.matcher, self.audited = matcher, audited
        self._lock = threading.Lock()  # one user at a time: a borrower or the attacher
        self._attached = False

    def attach(self, db: Any) -> StoredMatcher | None:
        with db.session() as session:
            found = session.connection().exec_driver_sql("SELECT max(id) FROM audit_log")
            (audited,) = found.one()
        with self._lock:  # after a borrower's ranking
            self._attached = True
            if audited != self.audited:
                return None
            self.matcher.attach(db)
            return self.matcher

    @contextmanager
    def borrowed(self, reader: Any) -> Iterator[StoredMatcher | None]:
        """The matcher reading records from ``reader`` (a ``storage.fastrecords.SnapshotReader``)
        for the ``with`` block, or None: attached to the database already, or a record
        changed since the listings were read (the snapshot's audit trail says so)."""
        with self._lock:
            (audited,) = reader.connection.execute("SELECT max(id) FROM audit_log").fetchone()
            if self._attached or audited != self.audited:
                yield None
                return
            self.matcher.attach(reader)
            try:
                yield self.matcher
            finally:
                self.matcher.detach()


def prepare_listings(
    url: str, *, require_consent: bool = True, read: Callable[[], Any] | None = None
) -> PreparedListings | None:
    """The listings' side from the SQLite file of ``url`` when it is at this app's schema
    and its stored matching data is current, without SQLAlchemy; else None. The columns
    are read in a thread while the matcher's reference data loads; ``read``: the function
    of a ``storage.fastrecords.early_listings`` block started already."""
    if read is None:
        from volmatch.storage.fastrecords import early_listings

        with early_listings(url) as read:
            return prepare_listings(url, require_consent=require_consent, read=read)
    source = _Listed(None)
    matcher = StoredMatcher(source, None, require_consent=require_consent)
    found = read()
    if found is None:
        return None
    source._listings, audited = found
    matcher.opportunities  # noqa: B018 - built now, off the caller's way
    return PreparedListings(matcher, audited)


class _Listed:
    """A source that holds the listings' columns read already (until ``attach``)."""

    def __init__(self, listings: dict[str, list] | None) -> None:
        self._listings = listings

    def read_listings(self, progress: Progress | None) -> dict[str, list]:
        listings, self._listings = self._listings, None
        return listings

    def __getattr__(self, name: str):
        if name.startswith("__"):  # pickle's and copy's questions
            raise AttributeError(name)
        raise RuntimeError(f"{name}: the prepared listings are not attached to a database")
