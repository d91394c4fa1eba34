"""The one way to rank a pair: the app, ``volmatch match`` and anything exported call this.

Given the matcher, the weights in effect and what the coordinators decided (pins,
hides, full listings, placements), it returns the curated ranking. The score of a
pair depends only on the records and the weights; curation only changes the order
(pinned first, full listings lower or hidden) and never the numbers.

```python
from volmatch.matching import service
w = service.stored_weights(session)            # WeightsInEffect(weights, source)
c = service.load_curation(session, volunteer_id=7)
r = service.rank_for_volunteer(matcher, volunteer, w.weights, top=20, curation=c)
r.matches, r.unmet_matches, r.pinned, r.hidden, r.full, r.states
```
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any

from volmatch.domain import Opportunity, PlacementState, Volunteer

from .model import Match, OpportunityFilter, Ranking, Weights

WEIGHTS_KEY = "matching.weights"
PART_NAMES = tuple(f.name for f in fields(Weights))


# --- weights ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class WeightsInEffect:
    weights: Weights
    source: str  # "defaults" | "stored" (in the database) | "given" (--weights)

    def describe(self) -> str:
        return " · ".join(f"{p} {getattr(self.weights, p):.2f}" for p in PART_NAMES)


def weights_dict(weights: Weights) -> dict[str, float]:
    return {p: float(getattr(weights, p)) for p in PART_NAMES}


def weights_from(values: dict[str, Any]) -> Weights:
    """Weights from a mapping of part names; missing parts keep their default.

    Raises ValueError naming the part and what is expected."""
    unknown = sorted(set(values) - set(PART_NAMES))
    if unknown:
        raise ValueError(f"unknown weight {unknown[0]!r}: the parts are {', '.join(PART_NAMES)}")
    clean: dict[str, float] = {}
    for name, value in values.items():
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise ValueError(
                f"weight {name}: expected a number such as 0.25, not {value!r}"
            ) from None
        if not math.isfinite(number) or number < 0:
            raise ValueError(f"weight {name}: expected a number 0 or more, not {value!r}")
        clean[name] = number
    try:
        return Weights(**clean)
    except ValueError:
        raise ValueError("weights: at least one part must count more than 0") from None


def parse_weights(text: str) -> Weights:
    """``"language=0.3,district=0.25"`` (missing parts keep their default)."""
    values: dict[str, str] = {}
    for item in text.replace(";", ",").split(","):
        if not item.strip():
            continue
        name, sep, value = item.partition("=")
        if not sep:
            raise ValueError(
                f"weights: expected name=number pairs such as language=0.3, not {item.strip()!r}"
            )
        values[name.strip().lower()] = value.strip()
    return weights_from(values)


def stored_weights(session: Any) -> WeightsInEffect:
    """The weights stored in this database, or the defaults (also when they are unreadable).

    ``session``: a SQLAlchemy session or a ``storage.fastrecords.SnapshotReader``."""
    if hasattr(session, "setting"):
        value = session.setting(WEIGHTS_KEY)
    else:
        from volmatch.storage.shared_settings import get_setting

        value = get_setting(session, WEIGHTS_KEY)
    if isinstance(value, dict):
        try:
            return WeightsInEffect(weights_from(value), "stored")
        except ValueError:
            pass
    return WeightsInEffect(Weights(), "defaults")


def save_weights(session: Any, weights: Weights | None) -> None:
    """Store the weights for every user of the database; None resets to the defaults."""
    from volmatch.storage.shared_settings import set_setting

    set_setting(session, WEIGHTS_KEY, None if weights is None else weights_dict(weights))


# --- the matcher ---------------------------------------------------------------------
def build_matcher(session: Any) -> Any:
    """The matcher over every listing and volunteer of the database, with consent enforced.

    The app and ``volmatch match`` use ``matching.stored.matcher_from_database`` instead,
    which reads each side from the stored matching columns when a query needs it and
    scores every pair exactly as this one does."""
    from volmatch.storage import repository as repo

    from .engine import Matcher

    return Matcher(
        repo.load_opportunities(session), repo.load_volunteers(session), require_consent=True
    )


# --- curation --------------------------------------------------------------------------
class FullListings(StrEnum):
    LOWER = "lower"  # after every listing that still has a place
    HIDE = "hide"
    KEEP = "keep"


@dataclass(frozen=True, slots=True)
class Curation:
    """What coordinators decided around one subject (partner ids)."""

    pinned: frozenset[int] = frozenset()
    hidden: frozenset[int] = frozenset()
    full: frozenset[int] = frozenset()  # listings with every place taken
    placed: frozenset[int] = frozenset()  # volunteers already placed somewhere
    states: dict[int, PlacementState] = field(default_factory=dict)  # the pair's outcome


def load_curation(
    session: Any, *, volunteer_id: int | None = None, opportunity_id: int | None = None
) -> Curation:
    """Pins, hides, placement states, full listings and placed volunteers for one subject.

    ``session``: a SQLAlchemy session or a ``storage.fastrecords.SnapshotReader``."""
    key = {"volunteer_id": volunteer_id, "opportunity_id": opportunity_id}
    if hasattr(session, "marks_for"):  # the same queries without SQLAlchemy
        pinned, hidden = session.marks_for(**key)
        states = session.states_for(**key)
        if volunteer_id is not None:
            return Curation(pinned, hidden, session.full_listings(), states=states)
        return Curation(pinned, hidden, placed=session.placed_volunteers(), states=states)
    from volmatch.storage import placements

    marks = placements.marks_for(session, **key)
    states = placements.states_for(session, **key)
    if volunteer_id is not None:
        return Curation(
            marks.pinned, marks.hidden, placements.full_listings(session), states=states
        )
    placed = placements.placed_volunteers(session)
    return Curation(marks.pinned, marks.hidden, placed=placed, states=states)


@dataclass(frozen=True, slots=True)
class Result:
    """A curated ranking: the matcher's answer with pins first and hidden pairs left out."""

    ranking: Ranking  # as the matcher gave it (counts, relaxations, filter, notes)
    matches: tuple[Match, ...]
    unmet_matches: tuple[Match, ...]
    weights: Weights
    curation: Curation
    hidden: int = 0  # pairs a coordinator hid that would have been shown
    hidden_full: int = 0  # full listings left out (FullListings.HIDE)


def _curate(
    ranking: Ranking,
    partner: Any,
    extra: list[Match],
    top: int,
    curation: Curation,
    full_mode: FullListings,
) -> tuple[tuple[Match, ...], tuple[Match, ...], int, int]:
    hidden = full_hidden = 0
    pinned: list[Match] = list(extra)
    out: dict[bool, list[Match]] = {True: [], False: []}
    for group, met in ((ranking.matches, True), (ranking.unmet_matches, False)):
        later: list[Match] = []
        for m in group:
            pid = partner(m)
            if pid in curation.hidden:
                hidden += 1
            elif pid in curation.pinned:
                pinned.append(m)
            elif pid in curation.full and full_mode is not FullListings.KEEP:
                if full_mode is FullListings.HIDE:
                    full_hidden += 1
                else:
                    later.append(m)
            else:
                out[met].append(m)
        out[met] = (out[met] + later)[: max(0, top - (len(pinned) if met else 0))]
    pinned.sort(key=lambda m: (-m.score, partner(m) or 0))
    return tuple(pinned + out[True]), tuple(out[False][:top]), hidden, full_hidden


def _headroom(top: int, curation: Curation, full_mode: FullListings) -> int:
    extra = len(curation.hidden) + len(curation.pinned)
    if full_mode is not FullListings.KEEP:
        extra += len(curation.full)
    return top + extra


def rank_for_volunteer(
    matcher: Any,
    volunteer: Volunteer,
    weights: Weights,
    *,
    top: int = 20,
    include_unmet: bool = False,
    only_published: bool = True,
    today: dt.date | None = None,
    curation: Curation | None = None,
    full_mode: FullListings = FullListings.LOWER,
) -> Result:
    """Listings for one volunteer, curated; the scores are the matcher's with ``weights``."""
    curation = curation or Curation()
    matcher.weights = weights
    flt = OpportunityFilter(enabled=only_published, today=today)
    ranking = matcher.for_volunteer(
        volunteer,
        _headroom(top, curation, full_mode),
        include_unmet=include_unmet,
        filter=flt,
        today=today,
    )
    shown = {m.opportunity_id for m in (*ranking.matches, *ranking.unmet_matches)}
    extra = []
    if not ranking.blocked:
        for oid in sorted(curation.pinned - shown):
            opp = matcher.opportunities.get(oid)
            if opp is not None:
                m = matcher.explain(volunteer, opp, today)
                extra.append(Match(volunteer.id, oid, m.score, m.parts, m.unmet, m.reasons))
    matches, unmet, hidden, full_hidden = _curate(
        ranking, lambda m: m.opportunity_id, extra, top, curation, full_mode
    )
    return Result(ranking, matches, unmet, weights, curation, hidden, full_hidden)


def rank_for_opportunity(
    matcher: Any,
    opportunity: Opportunity,
    weights: Weights,
    *,
    top: int = 20,
    include_unmet: bool = False,
    today: dt.date | None = None,
    curation: Curation | None = None,
) -> Result:
    """Volunteers for one listing, curated (pins first, hidden pairs left out)."""
    curation = curation or Curation()
    matcher.weights = weights
    ranking = matcher.for_opportunity(
        opportunity,
        _headroom(top, curation, FullListings.KEEP),
        include_unmet=include_unmet,
        today=today,
    )
    shown = {m.volunteer_id for m in (*ranking.matches, *ranking.unmet_matches)}
    extra = []
    for vid in sorted(curation.pinned - shown):
        v = matcher.volunteers.get(vid)
        if v is not None and (not matcher.require_consent or _consents(v)):
            m = matcher.explain(v, opportunity, today)
            extra.append(Match(vid, opportunity.id, m.score, m.parts, m.unmet, m.reasons))
    matches, unmet, hidden, _ = _curate(
        ranking, lambda m: m.volunteer_id, extra, top, curation, FullListings.KEEP
    )
    return Result(ranking, matches, unmet, weights, curation, hidden)


def _consents(v: Volunteer) -> bool:
    from volmatch.privacy.consent import can_match

    return can_match(v)[0]
