"""Result records of the matcher: weights, parts, reasons, matches and rankings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Part(StrEnum):
    LANGUAGE = "language"
    DISTRICT = "district"
    INTERESTS = "interests"
    AVAILABILITY = "availability"


@dataclass(frozen=True, slots=True)
class Weights:
    """How much each part counts in the 0–100 score (normalised by their sum).

    Defaults: language 0.25, district 0.25, interests 0.40, availability 0.10 — what the
    person wants to do matters most to coordinators; required languages are enforced
    separately (unmet pairs rank last), and weekly times are often unstated or negotiable.
    """

    language: float = 0.25
    district: float = 0.25
    interests: float = 0.40
    availability: float = 0.10

    def __post_init__(self) -> None:
        values = (self.language, self.district, self.interests, self.availability)
        if any(v < 0 for v in values) or sum(values) <= 0:
            raise ValueError("weights must be >= 0 and not all zero")

    @property
    def total(self) -> float:
        return self.language + self.district + self.interests + self.availability


class ReasonKind(StrEnum):
    LANGUAGE_MET = "language_met"  # required language spoken at the level
    LANGUAGE_UNMET = "language_unmet"  # required language missing or below the level
    LANGUAGE_WELCOME = "language_welcome"  # a welcome language spoken
    LANGUAGE_WELCOME_MISSING = "language_welcome_missing"
    LANGUAGE_NONE_NEEDED = "language_none_needed"
    DISTRICT_SAME = "district_same"
    DISTRICT_ADMIN = "district_admin"  # same administrative district (Praha 1..22)
    DISTRICT_NEIGHBOUR = "district_neighbour"
    DISTRICT_TRAVEL = "district_travel"  # one of the volunteer's travel districts
    DISTRICT_FAR = "district_far"
    DISTRICT_CITYWIDE = "district_citywide"
    DISTRICT_REMOTE = "district_remote"
    DISTRICT_NOT_GIVEN = "district_not_given"  # volunteer or listing has no usable district
    DISTRICT_UNKNOWN = "district_unknown"  # volunteer's district text not recognised
    INTEREST_MATCH = "interest_match"
    INTEREST_NO_MATCH = "interest_no_match"
    INTEREST_NONE_GIVEN = "interest_none_given"
    INTEREST_UNRECOGNISED = "interest_unrecognised"
    SCHEDULE_OVERLAP = "schedule_overlap"
    SCHEDULE_NO_OVERLAP = "schedule_no_overlap"
    SCHEDULE_NOT_STATED = "schedule_not_stated"
    DATES_UNMET = "dates_unmet"  # the volunteer is not available while the listing runs
    AGE_UNMET = "age_unmet"
    AGE_UNKNOWN = "age_unknown"
    EMPTY_PROFILE = "empty_profile"


@dataclass(frozen=True, slots=True)
class Reason:
    """One reason, as data; ``matching.reasons.sentence(reason, lang)`` words it."""

    kind: ReasonKind
    part: Part
    fields: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "part": self.part.value, **self.fields}


@dataclass(frozen=True, slots=True)
class Parts:
    """Each part 0..1 (0.5 = neutral: not stated on one side)."""

    language: float
    district: float
    interests: float
    availability: float

    def score(self, weights: Weights) -> float:
        total = (
            weights.language * self.language
            + weights.district * self.district
            + weights.interests * self.interests
            + weights.availability * self.availability
        )
        import numpy as np  # loaded by the scoring already: the model alone needs it not

        # the same arithmetic as the vectorised scoring, so both give the same number
        return float(np.rint(total * (10000.0 / weights.total)) / 100.0)

    def as_dict(self) -> dict[str, float]:
        return {p.value: round(getattr(self, p.value), 4) for p in Part}


# A relaxable need: a required language code, "dates" or "age".
DATES = "dates"
AGE = "age"


@dataclass(frozen=True, slots=True)
class Match:
    """One ranked (volunteer, opportunity) pair with its parts and reasons."""

    volunteer_id: int | None
    opportunity_id: int | None
    score: float
    parts: Parts
    unmet: tuple[str, ...] = ()  # needs not met: language codes, "dates", "age"
    reasons: tuple[Reason, ...] = ()

    @property
    def meets_requirements(self) -> bool:
        return not self.unmet


@dataclass(frozen=True, slots=True)
class OpportunityFilter:
    """Which listings are proposed; shown to the user with the result.

    By default only published listings still valid on ``today`` (valid_until and
    end_date not past). ``enabled=False`` proposes every listing in the index.
    """

    enabled: bool = True
    today: dt.date | None = None  # None: the date of the query

    def describe(self) -> str:
        if not self.enabled:
            return "all listings (filter off)"
        return "published listings still valid" + (
            f" on {self.today.isoformat()}" if self.today else ""
        )


@dataclass(frozen=True, slots=True)
class Relaxation:
    """How many more pairs would meet the requirements if one need were relaxed."""

    need: str  # language code, "dates" or "age"
    count: int


@dataclass(frozen=True, slots=True)
class Ranking:
    """The answer to one query: best matches first, then (on request) unmet ones."""

    matches: tuple[Match, ...]
    unmet_matches: tuple[Match, ...] = ()
    considered: int = 0  # candidates after the filter
    excluded_by_filter: int = 0
    unmet_total: int = 0  # candidates that miss a requirement
    relaxations: tuple[Relaxation, ...] = ()  # only pairs missing exactly one need
    filter: OpportunityFilter | None = None
    notes: tuple[Reason, ...] = ()  # about the query itself (empty profile, unknown district...)
    blocked: str = ""  # why nothing was matched at all: "no_consent" | "consent_scope"
    excluded_no_consent: int = 0  # volunteers left out for want of consent (require_consent)
