"""A matcher straight from a database's stored columns: the cold start of a command.

``matcher_from_database(db)`` reads the listings' (and, if asked, the volunteers')
plain and derived columns in one query each (``volmatch.storage.derived``) and loads
domain records only for the matches shown.
"""

from __future__ import annotations

from collections.abc import Callable

from .engine import Matcher
from .model import Weights

Progress = Callable[[int, int], None]


def matcher_from_database(
    db,
    *,
    listings: bool = True,
    volunteers: bool = False,
    weights: Weights | None = None,
    require_consent: bool = False,
    progress: Progress | None = None,
) -> Matcher:
    """A :class:`Matcher` over the live records of ``db`` (a ``storage.database.Database``).

    ``progress(done, total)`` is called while derived values are computed again (after
    the reference data changed, or for records a writer did not derive)."""
    from volmatch.storage import derived
    from volmatch.storage import repository as repo

    def loader(get):
        def load(ids: list[int]) -> dict:
            return {r.id: r for r in db.run(lambda s: get(s, ids))}

        return load

    return Matcher.from_stored(
        derived.read_listings(db, progress) if listings else None,
        derived.read_volunteers(db, progress) if volunteers else None,
        load_listings=loader(repo.get_opportunities),
        load_volunteers=loader(repo.get_volunteers),
        weights=weights,
        require_consent=require_consent,
    )
