"""One volunteer prepared for scoring: level, district and tag vectors, plus notes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np

from volmatch.domain import Volunteer

from .context import TRAVEL, Codes, MatchContext
from .interests import PART_WEIGHT, TagHit, Vocabulary, _content, split_phrases
from .keywords import KEYWORD_FACTOR
from .keywords import words as keyword_stems
from .model import Part, Reason, ReasonKind
from .scoring import BIG_DAY, UNKNOWN_LEVEL

# A tag read only through a term naming several tags (a category word, a synonym shared
# with another tag) is a related reading; where the same written interest reads another
# tag better, the related one counts by this power of how far it falls short: at
# BROAD_FACTOR (0.8) about half of the exact tag's score, not 0.8 of it. So the exact
# interest one district step away outranks the related one next door (a step costs 7.5
# points of 100; the gap is 0.7 x 0.4 x 100 x (1 - 0.8 ** 3) = 13.7 points for an exact
# reading, still 7.5 for a reading at 55), while a category word written alone (no better
# reading) keeps every tag of it alike.
RELATED_POWER = 2
# A written interest that is a term as written ("maths tutoring") means that term's tag:
# a word of it naming another tag ("tutoring") is related however close it reads, and
# counts at most this much of its score (the square of BROAD_FACTOR).
EXACT_RELATED = 0.64


@dataclass
class VolunteerQuery:
    volunteer: Volunteer
    levels: np.ndarray  # per language id (+1 pad slot = 0): CEFR value, 0 = not spoken
    affinity: np.ndarray  # per district id (+1 pad slot = -1): best affinity from home/travel
    home: str | None
    travel: tuple[str, ...]
    phrases: list[str]
    hits: dict[int, TagHit]
    wanted: int  # how many written interests (phrases) have a hit: the coverage denominator
    mask: int
    day_from: int
    day_until: int
    age: int  # -1 unknown
    notes: list[Reason] = field(default_factory=list)


def volunteer_levels(v: Volunteer, languages: Codes) -> dict[int, int]:
    out: dict[int, int] = {}
    for skill in v.languages:
        lid = languages.get(skill.code)
        if lid is not None:
            level = int(skill.level) if skill.level is not None else UNKNOWN_LEVEL
            out[lid] = max(out.get(lid, 0), level)
    return out


def volunteer_places(
    v: Volunteer, ctx: MatchContext
) -> tuple[str | None, tuple[str, ...], list[Reason]]:
    """Home and travel districts known to the gazetteer, and notes on what was not."""
    notes: list[Reason] = []
    home, suggestions = ctx.known_district(v.district, v.district_text)
    text = v.district_text or v.district or ""
    if home is None and text and not ctx.anywhere(text):
        notes.append(
            Reason(
                ReasonKind.DISTRICT_UNKNOWN,
                Part.DISTRICT,
                {"text": text, "suggestions": list(suggestions)},
            )
        )
    travel = tuple(t for t in v.travel_districts if ctx.district_id(t) is not None and t != home)
    return home, travel, notes


def taxonomy_hits(v: Volunteer, vocab: Vocabulary) -> tuple[list[str], dict[int, TagHit]]:
    """The written interests (phrases) and their hits on taxonomy tags: depend on the
    profile and the reference data only."""
    phrases = split_phrases(v.interests_text)
    hits = related_below_best(vocab.match_phrases(phrases), vocab) if phrases else {}
    for tag in v.interest_tags:
        # A stored tag the written words already name was read from them (an import turns
        # "děti" into every children tag): it counts as those words do. Others were chosen
        # and count fully.
        tid = vocab.tags.id(tag)
        if tid not in hits:
            hits[tid] = TagHit(tag, 100.0, "", "")
    return phrases, hits


def related_below_best(hits: dict[int, TagHit], vocab: Vocabulary) -> dict[int, TagHit]:
    """The hits, each related reading below its phrase's best scaled by RELATED_POWER
    (and at most EXACT_RELATED where the phrase is a term as written)."""
    best: dict[str, float] = {}
    for hit in hits.values():
        best[hit.phrase] = max(best.get(hit.phrase, 0.0), hit.score)
    out = {}
    for tid, hit in hits.items():
        top = best[hit.phrase]
        exact = top >= 100.0
        if hit.score < top and (exact or vocab.related(tid, hit.term)):
            factor = (hit.score / top) ** RELATED_POWER
            score = hit.score * (min(factor, EXACT_RELATED) if exact else factor)
            hit = TagHit(hit.tag, score, hit.phrase, hit.term)
        out[tid] = hit
    return out


def keyword_words(phrases: list[str], vocab: Vocabulary) -> list[tuple[str, int, int]]:
    """(stem, phrase number, phrase length) of every meaningful word, in order: what a
    free keyword of a listing is looked up against."""
    out = []
    for i, phrase in enumerate(phrases):
        n = len(_content(phrase)) or 1
        out += [(w, i, n) for w, _ in keyword_stems(phrase, vocab.term_words)]
    return out


def keyword_score(score: float, term: str, n):
    """A word's hit on a listing's keyword ``term``: its likeness (100, or a typo's),
    less for a keyword than a tag, less for a short word of a long phrase (``n``: its
    length; an array of them gives an array, the same numbers)."""
    if isinstance(n, np.ndarray):
        part = np.where(len(term) >= n, 1.0, PART_WEIGHT + (1 - PART_WEIGHT) * len(term) / n)
    else:
        part = 1.0 if len(term) >= n else PART_WEIGHT + (1 - PART_WEIGHT) * len(term) / n
    return score * KEYWORD_FACTOR * part


def interest_hits(v: Volunteer, vocab: Vocabulary) -> tuple[list[str], dict[int, TagHit], int]:
    phrases, hits = taxonomy_hits(v, vocab)
    # every written interest is also read word for word: a word no tag knows (a free
    # keyword), or one a listing has in its own keywords, title or description
    named = {h.phrase for h in hits.values()}
    listed = vocab.keywords.listed
    for w, i, n in keyword_words(phrases, vocab):
        phrase = phrases[i]
        for term, score in vocab.keywords.lookup(w):
            s = keyword_score(score, term, n)
            tid = vocab.keywords.id(term)
            old = hits.get(tid)
            if old is None or s > old.score:
                hits[tid] = TagHit(vocab.tags.names[tid], s, phrase, term)
            if term in listed:
                named.add(phrase)
    # coverage counts interests as written (phrases), not the tags one phrase may name
    wanted = len(named)
    return phrases, hits, wanted


def day(d: dt.date | None, default: int) -> int:
    return d.toordinal() if d is not None else default


def prepare_volunteer(
    v: Volunteer, ctx: MatchContext, vocab: Vocabulary, languages: Codes, today: dt.date
) -> VolunteerQuery:
    levels = np.zeros(len(languages) + 1, dtype=np.float64)
    for lid, level in volunteer_levels(v, languages).items():
        levels[lid] = level
    home, travel, notes = volunteer_places(v, ctx)
    n_d = len(ctx.district_codes)
    affinity = np.full(n_d + 1, -1.0)
    if home is not None and n_d:
        aff = ctx.affinity()
        affinity[:n_d] = aff[ctx.district_id(home)]
        for t in travel:
            affinity[:n_d] = np.maximum(affinity[:n_d], TRAVEL * aff[ctx.district_id(t)])
    phrases, hits, wanted = interest_hits(v, vocab)
    if phrases and not wanted:
        notes.append(
            Reason(ReasonKind.INTEREST_UNRECOGNISED, Part.INTERESTS, {"text": v.interests_text})
        )
    if not v.languages and home is None and not phrases and not v.interest_tags:
        notes.append(Reason(ReasonKind.EMPTY_PROFILE, Part.INTERESTS, {}))
    age = today.year - v.birth_year if v.birth_year else -1
    return VolunteerQuery(
        volunteer=v,
        levels=levels,
        affinity=affinity,
        home=home,
        travel=travel,
        phrases=phrases,
        hits=hits,
        wanted=wanted,
        mask=int(v.availability_mask or 0),
        day_from=day(v.available_from, 0),
        day_until=day(v.available_until, BIG_DAY),
        age=age,
        notes=notes,
    )
