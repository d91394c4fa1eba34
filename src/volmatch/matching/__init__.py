"""The explainable matcher: volunteers and opportunities, ranked with reasons.

```python
from volmatch.matching import Matcher, Weights, OpportunityFilter
m = Matcher(opportunities, volunteers)            # plain domain records; reference data by default
r = m.for_volunteer(volunteer, top=20)            # Ranking: matches, relaxations, filter, notes
r = m.for_volunteer(volunteer, include_unmet=True, filter=OpportunityFilter(enabled=False))
r = m.for_opportunity(opportunity_or_id, top=20)  # the reverse direction
m.overview(top=20)                                # {volunteer id: Ranking} for every volunteer
m.upsert_opportunity(opp); m.remove_opportunity(id)   # incremental, no rebuild
m.sentences(match, "cs"); m.describe_relaxation(r.relaxations[0], "en")
```

Score 0–100 = weighted mean of four parts, each 0..1 (``Weights`` defaults: language
0.25, district 0.25, interests 0.40, availability 0.10). Ranked by score, then id.

- Language: the share of required needs met, times 0.9 + 0.1 × the best welcome language (spoken
  below the wished level counts half). No language needs: 1. A required language
  missing or below its level makes the pair *unmet*: it is ranked after every pair that
  meets its requirements, returned only on request, and counted per relaxable need.
  A language listed without a level meets any level short of native.
- District: same municipal district 1, citywide and remote 0.8 (they fit everyone), same
  administrative district 0.71, neighbouring 0.7, farther 0.6·exp(-km/10); travel
  districts count ×0.95; a district not given or not recognised on either side: 0.5.
- Interests: the volunteer's phrases (and tag ids) against the listing's tags (×1) and the
  tags named in its title (×0.75) or description (×0.5), fuzzily through the taxonomy
  vocabulary; a word of a longer phrase counts 0.85–1 of its match and a term naming a
  whole category (a related, not the exact, interest) ×0.8; a related reading below the
  best reading of the same phrase counts by the square of how far it falls short
  (``query.RELATED_POWER``), so an exact interest one district away comes first. Words
  no tag knows are free keywords (``keywords``): matched by stem and typo-tolerantly
  against a listing's own free
  keywords (×1), title (×0.75) and description (×0.5), at ×0.9. 0.7 × best hit + 0.3 ×
  share of the written interests served. No interests given or none recognised: neutral 0.5.
- Availability: weekly slots overlap (0.5 + 0.5 × overlap / smaller side; no overlap 0.3,
  or 0.4 when the times share a day or a part of the day, a little below not stated 0.5,
  so that other times never cost as much as a place one district farther). Date ranges that do not overlap and an age below ``min_age`` are
  unmet needs ("dates", "age") like a required language.

By default only published listings whose valid_until and end_date are not past are
proposed (``OpportunityFilter``); the filter travels with the ``Ranking``.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .context import MatchContext
    from .engine import Matcher, relaxation_sentence
    from .index import OpportunityIndex
    from .interests import split_phrases
    from .model import (
        AGE,
        DATES,
        Match,
        OpportunityFilter,
        Part,
        Parts,
        Ranking,
        Reason,
        ReasonKind,
        Relaxation,
        Weights,
    )
    from .reasons import format_day, sentence, sentences
    from .volunteer_index import VolunteerIndex

# Each name is imported when first asked for: a light submodule (``service``, ``model``,
# ``handoff``) is used without loading numpy and the engine, so a cold command starts
# reading its stored columns before they load.
_HOME = {
    "MatchContext": "context",
    "Matcher": "engine",
    "relaxation_sentence": "engine",
    "OpportunityIndex": "index",
    "split_phrases": "interests",
    "format_day": "reasons",
    "sentence": "reasons",
    "sentences": "reasons",
    "VolunteerIndex": "volunteer_index",
    **dict.fromkeys(
        (
            "AGE",
            "DATES",
            "Match",
            "OpportunityFilter",
            "Part",
            "Parts",
            "Ranking",
            "Reason",
            "ReasonKind",
            "Relaxation",
            "Weights",
        ),
        "model",
    ),
}


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOME})


__all__ = [
    "AGE",
    "DATES",
    "Match",
    "MatchContext",
    "Matcher",
    "OpportunityFilter",
    "OpportunityIndex",
    "Part",
    "Parts",
    "Ranking",
    "Reason",
    "ReasonKind",
    "Relaxation",
    "VolunteerIndex",
    "Weights",
    "format_day",
    "relaxation_sentence",
    "sentence",
    "sentences",
    "split_phrases",
]
