"""The parts of the score as numpy functions, shared by both directions and by explain.

Every function broadcasts: one volunteer against n opportunities, one opportunity
against m volunteers, or one pair (arrays of length 1) give the same numbers.
"""

from __future__ import annotations

import numpy as np

from .model import Weights

# A language listed with no level ("čeština") meets any level short of native: people
# rarely list a language they cannot work in; the reason says the level was not given.
UNKNOWN_LEVEL = 6.5
# A merely welcome language the volunteer lacks costs little: 1 - WELCOME_FLOOR of the part
# (2.5 points of 100 with default weights), never as much as a district step or a weaker
# interest; speaking it below the wished level costs half of that.
WELCOME_FLOOR = 0.9
BEST_SHARE = 0.7  # interests: the best tag counts 0.7, how many interests are covered 0.3
NEUTRAL = 0.5
# Citywide and remote listings fit everyone, a little below a listing in one's own district:
# coordinators place people close to home first (and "citywide" still happens somewhere).
OPEN_SCOPE = 0.8
# Listing times the volunteer did not name: weekly times are negotiable and the times a
# person writes are rarely all they could do, so a mismatch must cost less than a place
# one step farther (own district -> neighbour, SAME - NEIGHBOUR = 0.3 of the district part):
# (1 - NO_OVERLAP) * availability weight < 0.3 * district weight with the default weights
# (7 < 7.5 points of 100). It was 0 (10 points), which put a listing at the person's
# times one district away, or at "by arrangement", above the same listing next door.
NO_OVERLAP = 0.3
# Times that do not meet but share a day or a part of the day (evenings on other days,
# another time on the same day) are nearer than others: a person free on Thursday
# evenings is an evening person. Between NO_OVERLAP and NEUTRAL (0.35-0.45 alike on the
# labelled cases).
SAME_DAY_OR_PART = 0.4
BIG_DAY = 10**7  # an open end of a date range, as a day ordinal


def language_part(
    levels: np.ndarray,
    need_min: np.ndarray,
    need_req: np.ndarray,
    valid: np.ndarray,
    axis: int = -1,
) -> tuple[np.ndarray, np.ndarray]:
    """(part 0..1, required-need failures) from spoken levels (0 = not spoken).

    The needs lie along ``axis`` (the last by default; the index keeps them first, so
    that each reduction is a few whole-array operations).
    """
    met = levels >= np.maximum(need_min, 1)
    req = need_req & valid
    req_fail = req & ~met
    n_req = req.sum(axis=axis)
    req_score = np.where(n_req > 0, (req & met).sum(axis=axis) / np.maximum(n_req, 1), 1.0)
    wel = valid & ~need_req
    n_wel = wel.sum(axis=axis)
    wel_sat = np.where(met, 1.0, np.where(levels > 0, 0.5, 0.0)) * wel
    wel_score = wel_sat.max(axis=axis) if wel_sat.shape[axis] else np.zeros(n_wel.shape)
    welcome = np.where(n_wel > 0, WELCOME_FLOOR + (1 - WELCOME_FLOOR) * wel_score, 1.0)
    part = req_score * welcome
    return part, req_fail


def district_part(best: np.ndarray, scope_open: np.ndarray, volunteer_known: np.ndarray | bool):
    """best: highest affinity over the listing's districts (< 0: listing has none)."""
    part = np.where(best < 0, NEUTRAL, best)
    part = np.where(volunteer_known, part, NEUTRAL)
    return np.where(scope_open, OPEN_SCOPE, part)


def interest_part(best: np.ndarray, covered: np.ndarray, wanted: np.ndarray | int):
    """best: best tag score 0..100; covered/wanted: interests the listing serves / has hits.

    ``wanted == 0`` (no interests given, or none recognised) is neutral.
    """
    wanted = np.asarray(wanted)
    cov = np.minimum(covered, np.maximum(wanted, 1)) / np.maximum(wanted, 1)
    part = np.where(best > 0, BEST_SHARE * best / 100.0 + (1 - BEST_SHARE) * cov, 0.0)
    return np.where(wanted > 0, part, NEUTRAL)


def schedule_part(vmask, omask, opp_bits=None):
    """Weekly slots: 0 on either side is neutral; otherwise overlap relative to the smaller.

    Times that do not meet score NO_OVERLAP, a little below neutral, not zero, or
    SAME_DAY_OR_PART when they share a day or a part of the day.
    ``opp_bits``: the listing masks' bit counts, when precomputed.
    """
    vmask = np.asarray(vmask, dtype=np.int64)
    omask = np.asarray(omask, dtype=np.int64)
    both = np.bitwise_count(vmask & omask).astype(np.float64)
    obits = np.bitwise_count(omask) if opp_bits is None else opp_bits
    smaller = np.minimum(np.bitwise_count(vmask), obits).astype(np.float64)
    miss = np.where(_day_or_part_shared(vmask, omask), SAME_DAY_OR_PART, NO_OVERLAP)
    part = np.where(both > 0, 0.5 + 0.5 * both / np.maximum(smaller, 1), miss)
    return np.where((vmask == 0) | (omask == 0), NEUTRAL, part)


# Bit 3·d of a weekly mask (3 slots a day, ``domain.slot_bit``) for each of the 7 days.
_DAY_FIRST_BITS = sum(1 << (3 * day) for day in range(7))


def _day_or_part_shared(vmask: np.ndarray, omask: np.ndarray) -> np.ndarray:
    """Whether two weekly masks (3 slots a day, ``domain.slot_bit``) use a day or a part
    of the day in common (whole-array bit operations: this runs for every listing)."""

    def days(mask):  # bit 3·d set when any slot of day d is
        return (mask | (mask >> 1) | (mask >> 2)) & _DAY_FIRST_BITS

    def parts(mask):  # the 3 parts of the day used on any day
        folded = mask | (mask >> 9) | (mask >> 18)
        return (folded | (folded >> 3) | (folded >> 6)) & 7

    return ((days(vmask) & days(omask)) != 0) | ((parts(vmask) & parts(omask)) != 0)


def dates_fail(v_from, v_until, o_start, o_end):
    """The volunteer's available range and the listing's run do not overlap."""
    return (np.asarray(v_from) > np.asarray(o_end)) | (np.asarray(o_start) > np.asarray(v_until))


def age_fail(age, min_age):
    """age < 0: unknown (never fails); min_age 0: none."""
    age = np.asarray(age)
    min_age = np.asarray(min_age)
    return (age >= 0) & (min_age > 0) & (age < min_age)


def combine(weights: Weights, language, district, interests, availability) -> np.ndarray:
    total = (
        weights.language * language
        + weights.district * district
        + weights.interests * interests
        + weights.availability * availability
    )
    return np.rint(total * (10000.0 / weights.total)) / 100.0


def top_order(score: np.ndarray, ids: np.ndarray, candidates: np.ndarray, n: int) -> np.ndarray:
    """Positions of the best ``n`` candidates: score desc, then id asc (ties kept stable)."""
    pos = np.flatnonzero(candidates)
    if n <= 0 or pos.size == 0:
        return pos[:0]
    if pos.size > n:
        s = score[pos]
        kth = np.partition(s, s.size - n)[s.size - n]
        pos = pos[s >= kth]  # keeps every tie at the boundary
    order = np.lexsort((ids[pos], -score[pos]))
    return pos[order][:n]
