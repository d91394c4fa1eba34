"""Parts, unmet needs and reasons of one pair, computed only for the pairs shown."""

from __future__ import annotations

import datetime as dt

import numpy as np

from volmatch.domain import Level, Opportunity, Scope

from .context import TRAVEL, MatchContext
from .interests import TITLE_FACTOR, Vocabulary, listing_tags
from .keywords import KW, first_words
from .model import AGE, DATES, Match, Part, Parts, Reason, ReasonKind, Weights
from .query import VolunteerQuery, day
from .scoring import (
    BIG_DAY,
    UNKNOWN_LEVEL,
    district_part,
    interest_part,
    language_part,
    schedule_part,
)


def _level_label(value: float) -> str | None:
    if value <= 0 or value == UNKNOWN_LEVEL:
        return None
    return Level(int(value)).label


def explain(
    q: VolunteerQuery,
    opp: Opportunity,
    ctx: MatchContext,
    vocab: Vocabulary,
    languages,
    weights: Weights,
    opportunity_key: int | None = None,
    tags: list[tuple[int, float]] | None = None,
    parts: Parts | None = None,
) -> Match:
    """The full Match of one volunteer (prepared) and one listing, with reasons.

    ``parts``: already computed by an index for this pair; then only the reasons are
    worked out here (in plain Python, cheaper than numpy on single values).
    """
    reasons: list[Reason] = []
    unmet: list[str] = []

    # language
    needs = list(opp.languages)
    spoken = {
        s.code: q.levels[lid]
        for s in q.volunteer.languages
        if (lid := languages.get(s.code)) is not None and lid < q.levels.size - 1
    }
    spoken_levels = [float(spoken.get(n.code, 0.0)) for n in needs]
    if parts is None:
        k = len(needs)
        lang, _ = language_part(
            np.array(spoken_levels, dtype=np.float64).reshape(1, k),
            np.array([int(n.min_level or 0) for n in needs]).reshape(1, k),
            np.array([bool(n.required) for n in needs], dtype=np.bool_).reshape(1, k),
            np.ones((1, k), dtype=np.bool_),
        )
    welcome_spoken = False
    for need, lv in zip(needs, spoken_levels, strict=True):
        fields = {
            "language": need.code,
            "spoken": lv > 0,
            "level": _level_label(lv),
            "min_level": need.min_level.label if need.min_level else None,
        }
        if need.required:
            if lv < max(int(need.min_level or 0), 1):
                unmet.append(need.code)
                reasons.append(Reason(ReasonKind.LANGUAGE_UNMET, Part.LANGUAGE, fields))
            else:
                reasons.append(Reason(ReasonKind.LANGUAGE_MET, Part.LANGUAGE, fields))
        elif lv > 0:
            welcome_spoken = True
            reasons.append(Reason(ReasonKind.LANGUAGE_WELCOME, Part.LANGUAGE, fields))
    welcome = [n.code for n in needs if not n.required]
    if welcome and not welcome_spoken:
        reasons.append(
            Reason(ReasonKind.LANGUAGE_WELCOME_MISSING, Part.LANGUAGE, {"languages": welcome})
        )
    if not needs:
        reasons.append(Reason(ReasonKind.LANGUAGE_NONE_NEEDED, Part.LANGUAGE, {}))

    # district
    places = [p for p in opp.districts if ctx.district_id(p) is not None]
    best, best_reason = -1.0, None
    if opp.scope in (Scope.CITYWIDE, Scope.REMOTE):
        kind = (
            ReasonKind.DISTRICT_REMOTE
            if opp.scope == Scope.REMOTE
            else ReasonKind.DISTRICT_CITYWIDE
        )
        best_reason = Reason(kind, Part.DISTRICT, {})
    elif q.home is None:
        best_reason = next(
            (r for r in q.notes if r.kind == ReasonKind.DISTRICT_UNKNOWN), None
        ) or Reason(ReasonKind.DISTRICT_NOT_GIVEN, Part.DISTRICT, {"side": "volunteer"})
    elif not places:
        best_reason = Reason(
            ReasonKind.DISTRICT_NOT_GIVEN,
            Part.DISTRICT,
            {"side": "opportunity", "text": opp.district_text},
        )
    else:
        for place in places:
            for origin, factor in [(q.home, 1.0)] + [(t, TRAVEL) for t in q.travel]:
                relation, value = ctx.relation(origin, place)
                value *= factor
                if value > best:
                    best = value
                    kind = {
                        "same": ReasonKind.DISTRICT_SAME
                        if factor == 1.0
                        else ReasonKind.DISTRICT_TRAVEL,
                        "admin": ReasonKind.DISTRICT_ADMIN,
                        "neighbour": ReasonKind.DISTRICT_NEIGHBOUR,
                    }.get(relation, ReasonKind.DISTRICT_FAR)
                    km = ctx.distance_km(origin, place) if relation == "far" else None
                    best_reason = Reason(
                        kind,
                        Part.DISTRICT,
                        {
                            "home": q.home,
                            "place": place,
                            "via": origin if factor != 1.0 else None,
                            "km": round(km, 1) if km is not None else None,
                        },
                    )
    district = (
        None
        if parts is not None
        else district_part(
            np.array([best]), opp.scope in (Scope.CITYWIDE, Scope.REMOTE), q.home is not None
        )
    )
    if best_reason is not None:
        reasons.append(best_reason)

    # interests
    if tags is None:  # the index keeps them; recomputed only for a record from elsewhere
        tags = listing_tags(vocab, opp.interests, opp.title, opp.description)
    factors = dict(tags)
    best_i, per_phrase, found = 0.0, {}, []
    for tid, hit in q.hits.items():
        factor = factors.get(tid)
        if factor:
            per_phrase[hit.phrase] = max(per_phrase.get(hit.phrase, 0.0), factor)
            best_i = max(best_i, factor * hit.score)
            found.append((factor * hit.score, hit, factor))
    covered = sum(per_phrase.values())
    if parts is None:
        interests = interest_part(np.array([best_i]), np.array([covered]), q.wanted)
    found.sort(key=lambda f: (-f[0], f[1].tag))
    shown = None  # the listing's keywords as it writes them
    for _, hit, factor in found[:3]:
        keyword = hit.tag.startswith(KW)
        if keyword and shown is None:
            free = [t for t in opp.interests if t not in vocab.known_tags]
            shown = first_words(free, opp.title, opp.description, vocab.term_words)
        reasons.append(
            Reason(
                ReasonKind.INTEREST_MATCH,
                Part.INTERESTS,
                {
                    "phrase": hit.phrase,
                    "term": shown.get(hit.term, hit.term) if keyword and shown else hit.term,
                    # a free keyword is named by the listing's own word, not a taxonomy tag
                    "tag": shown.get(hit.tag[1:], hit.tag[1:])
                    if keyword and shown is not None
                    else hit.tag,
                    "keyword": keyword,
                    "score": round(hit.score),
                    "source": "tags"
                    if factor == 1.0
                    else "title"
                    if factor == TITLE_FACTOR
                    else "description",
                },
            )
        )
    if not q.phrases and not q.volunteer.interest_tags:
        reasons.append(Reason(ReasonKind.INTEREST_NONE_GIVEN, Part.INTERESTS, {}))
    elif not q.wanted:
        reasons.append(
            Reason(
                ReasonKind.INTEREST_UNRECOGNISED,
                Part.INTERESTS,
                {"text": q.volunteer.interests_text},
            )
        )
    elif not found:
        reasons.append(
            Reason(
                ReasonKind.INTEREST_NO_MATCH,
                Part.INTERESTS,
                {"interests": sorted({h.phrase for h in q.hits.values()})},
            )
        )

    # availability and eligibility
    omask = int(opp.schedule_mask or 0)
    avail = schedule_part(q.mask, omask) if parts is None else None
    if q.mask == 0 or omask == 0:
        reasons.append(
            Reason(
                ReasonKind.SCHEDULE_NOT_STATED,
                Part.AVAILABILITY,
                {"side": "volunteer" if q.mask == 0 else "opportunity"},
            )
        )
    else:
        both = (q.mask & omask).bit_count()
        kind = ReasonKind.SCHEDULE_OVERLAP if both else ReasonKind.SCHEDULE_NO_OVERLAP
        reasons.append(
            Reason(kind, Part.AVAILABILITY, {"slots": both, "listing_slots": omask.bit_count()})
        )
    if q.day_from > day(opp.end_date, BIG_DAY) or day(opp.start_date, 0) > q.day_until:
        unmet.append(DATES)
        v = q.volunteer
        reasons.append(
            Reason(
                ReasonKind.DATES_UNMET,
                Part.AVAILABILITY,
                {
                    "available_from": _iso(v.available_from),
                    "available_until": _iso(v.available_until),
                    "start": _iso(opp.start_date),
                    "end": _iso(opp.end_date),
                },
            )
        )
    if opp.min_age:
        if 0 <= q.age < opp.min_age:
            unmet.append(AGE)
            reasons.append(
                Reason(
                    ReasonKind.AGE_UNMET, Part.AVAILABILITY, {"age": q.age, "min_age": opp.min_age}
                )
            )
        elif q.age < 0:
            reasons.append(
                Reason(ReasonKind.AGE_UNKNOWN, Part.AVAILABILITY, {"min_age": opp.min_age})
            )

    if parts is None:
        parts = Parts(float(lang[0]), float(district[0]), float(interests[0]), float(avail))
    for note in q.notes:
        if note.kind == ReasonKind.EMPTY_PROFILE:
            reasons.insert(0, note)
    return Match(
        volunteer_id=q.volunteer.id,
        opportunity_id=opp.id if opp.id is not None else opportunity_key,
        score=parts.score(weights),
        parts=parts,
        unmet=tuple(unmet),
        reasons=tuple(reasons),
    )


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None
