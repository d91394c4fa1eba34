"""Backend work for the Matching page: rankings through the one matching service,
the weights stored in the database, coordinators' pins and hides.

Plain functions taking a :class:`~volmatch.gui.backend.Backend`; they run in worker
threads, never touch Qt and hold no rule of their own (``volmatch.matching.service``
ranks, exactly as ``volmatch match`` does).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from volmatch.gui.backend import Backend
    from volmatch.matching.service import WeightsInEffect


@dataclass(frozen=True, slots=True)
class MatchRow:
    """One ranked partner: its id and label, the score, parts 0..1 and reasons in words,
    with what coordinators decided about the pair."""

    other_id: int
    label: str
    score: float
    parts: dict[str, float]
    meets_requirements: bool
    unmet: tuple[str, ...]
    reasons: tuple[str, ...]
    #: The requirements missed, in words ("čeština B1 (chce B2)"); empty when all are met.
    unmet_words: tuple[str, ...] = ()
    pinned: bool = False
    state: str = ""  # the pair's recorded outcome (PlacementState value) or ""
    full: bool = False  # a listing with every place taken
    placed: bool = False  # a volunteer already placed somewhere
    hidden: bool = False  # hidden by a coordinator (shown only on request)


@dataclass(frozen=True, slots=True)
class MatchView:
    """A ranking shaped for the Matching page."""

    subject: Any  # the Volunteer or Opportunity asked about
    rows: tuple[MatchRow, ...]
    relaxations: tuple[tuple[str, int, str], ...]  # (need, how many more, sentence)
    considered: int
    notes: tuple[str, ...]
    records: dict[int, Any]  # the partners' records by id (for messages)
    blocked: str = ""  # the volunteer may not be matched: "no_consent" | "consent_scope"
    excluded_no_consent: int = 0  # volunteers left out for want of consent
    weights: dict[str, float] | None = None  # the weights the scores were computed with
    weights_source: str = "defaults"  # "stored" | "defaults"
    hidden: int = 0  # pairs a coordinator hid
    hidden_full: int = 0  # full listings left out


def weights(backend: Backend) -> WeightsInEffect:
    """The weights every user of this database ranks with."""
    from volmatch.matching import service

    with backend.db.session() as s:
        return service.stored_weights(s)


def save_weights(backend: Backend, values: dict[str, float] | None) -> WeightsInEffect:
    """Store new weights (None: back to the defaults); the weights now in effect."""
    from volmatch.matching import service

    chosen = None if values is None else service.weights_from(values)
    with backend.db.session(write=True) as s:
        service.save_weights(s, chosen)
        return service.stored_weights(s)


def set_mark(backend: Backend, volunteer_id: int, opportunity_id: int, kind: str | None) -> None:
    """Pin, hide or clear one pair (audited)."""
    from volmatch.storage import placements

    with backend.db.session(write=True) as s:
        placements.set_mark(s, volunteer_id, opportunity_id, kind)


def rank_for_volunteer(
    backend: Backend,
    volunteer_id: int,
    only_published: bool = True,
    lang: str = "en",
    hide_full: bool = False,
    top: int = 50,
    show_hidden: bool = False,
) -> MatchView:
    """Listings for a volunteer, best first, with the unmet ones and their words."""
    from volmatch.matching import service

    matcher = backend.matcher()
    with backend.db.session() as s:
        volunteer = backend._repo().get_volunteer(s, volunteer_id)
        if volunteer is None:
            raise KeyError(volunteer_id)
        chosen = service.stored_weights(s)
        curation = service.load_curation(s, volunteer_id=volunteer_id)
    with backend._lock:  # the weights are set on the shared matcher for this query
        result, hidden = _rank_volunteer(
            matcher, volunteer, chosen, curation, only_published, hide_full, top, show_hidden
        )
    with backend.db.session() as s:
        records = _records(lambda ids: backend._repo().get_opportunities(s, ids), result)
    return _view(matcher, result, chosen, lang, volunteer, "opportunity", hidden, records)


def rank_for_volunteer_early(
    url: str,
    prepared: Any,
    volunteer_id: int,
    only_published: bool = True,
    lang: str = "en",
    hide_full: bool = False,
    top: int = 50,
    show_hidden: bool = False,
) -> MatchView | None:
    """As :func:`rank_for_volunteer`, before the database is open: from the listings
    prepared at start (``matching.stored.PreparedListings``) and a snapshot of the SQLite
    file of ``url`` read without SQLAlchemy (the subject, the stored weights, pins, hides
    and outcomes, the records shown), as ``volmatch match`` reads them. None when that
    does not apply (another backend or schema, stored data not current, a record changed
    since the listings were read, an unknown volunteer): then ask the opened database."""
    import sqlite3

    from volmatch.matching import service
    from volmatch.storage import fastread
    from volmatch.storage.fastrecords import SnapshotReader

    with fastread.snapshot(url) as connection:
        if connection is None:
            return None
        reader = SnapshotReader(connection)
        try:
            found = reader.get_volunteers([volunteer_id])
            if not found:
                return None
            chosen = service.stored_weights(reader)
            curation = service.load_curation(reader, volunteer_id=volunteer_id)
            with prepared.borrowed(reader) as matcher:
                if matcher is None:
                    return None
                result, hidden = _rank_volunteer(
                    matcher, found[0], chosen, curation, only_published, hide_full, top, show_hidden
                )
                records = _records(reader.get_opportunities, result)
                return _view(
                    matcher, result, chosen, lang, found[0], "opportunity", hidden, records
                )
        except sqlite3.Error:
            return None


def _rank_volunteer(
    matcher: Any,
    volunteer: Any,
    chosen: WeightsInEffect,
    curation: Any,
    only_published: bool,
    hide_full: bool,
    top: int,
    show_hidden: bool,
) -> tuple[Any, frozenset[int]]:
    """The curated ranking and the pairs a coordinator hid."""
    from volmatch.matching import service

    hidden = curation.hidden
    if show_hidden:
        curation = replace(curation, hidden=frozenset())
    result = service.rank_for_volunteer(
        matcher,
        volunteer,
        chosen.weights,
        top=top,
        include_unmet=True,
        only_published=only_published,
        curation=curation,
        full_mode=service.FullListings.HIDE if hide_full else service.FullListings.LOWER,
    )
    return result, hidden


def rank_for_opportunity(
    backend: Backend,
    opportunity_id: int,
    lang: str = "en",
    top: int = 50,
    show_hidden: bool = False,
) -> MatchView:
    from volmatch.matching import service

    matcher = backend.matcher()
    with backend.db.session() as s:
        opportunity = backend._repo().get_opportunity(s, opportunity_id)
        if opportunity is None:
            raise KeyError(opportunity_id)
        chosen = service.stored_weights(s)
        curation = service.load_curation(s, opportunity_id=opportunity_id)
    hidden = curation.hidden
    if show_hidden:
        curation = replace(curation, hidden=frozenset())
    with backend._lock:
        result = service.rank_for_opportunity(
            matcher, opportunity, chosen.weights, top=top, include_unmet=True, curation=curation
        )
    with backend.db.session() as s:
        records = _records(lambda ids: backend._repo().get_volunteers(s, ids), result, "volunteer")
    return _view(matcher, result, chosen, lang, opportunity, "volunteer", hidden, records)


def _records(get: Any, result: Any, other: str = "opportunity") -> dict[int, Any]:
    """The partners shown, by id, read in a few queries (not five per row)."""
    ids = [getattr(m, f"{other}_id") for m in (*result.matches, *result.unmet_matches)]
    ids = [i for i in ids if i is not None]
    found = {r.id: r for r in get(ids)}
    return {i: found.get(i) for i in ids}


def _view(
    matcher: Any,
    result: Any,
    chosen: WeightsInEffect,
    lang: str,
    subject: Any,
    other: str,
    hidden: frozenset[int],
    records: dict[int, Any],
) -> MatchView:
    from volmatch.matching import service
    from volmatch.matching.reasons import sentence, unmet_words

    ranking, cur = result.ranking, result.curation
    labels = {
        i: (r.title if other == "opportunity" else r.name) if r else str(i)
        for i, r in records.items()
    }
    rows = []
    for m in (*result.matches, *result.unmet_matches):
        oid = getattr(m, f"{other}_id")
        state = cur.states.get(oid)
        rows.append(
            MatchRow(
                oid,
                labels.get(oid, ""),
                m.score,
                m.parts.as_dict(),
                m.meets_requirements,
                tuple(m.unmet),
                tuple(matcher.sentences(m, lang)),
                tuple(unmet_words(m.reasons, lang, matcher.context)),
                oid in cur.pinned,
                state.value if state is not None else "",
                oid in cur.full,
                oid in cur.placed,
                oid in hidden,
            )
        )
    relax = tuple(
        (r.need, r.count, matcher.describe_relaxation(r, lang)) for r in ranking.relaxations
    )
    notes = tuple(sentence(r, lang, matcher.context) for r in ranking.notes)
    return MatchView(
        subject,
        tuple(rows),
        relax,
        ranking.considered,
        notes,
        records,
        ranking.blocked,
        ranking.excluded_no_consent,
        service.weights_dict(result.weights),
        chosen.source,
        result.hidden or sum(1 for r in rows if r.hidden),
        result.hidden_full,
    )
