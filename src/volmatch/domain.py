"""Plain domain records, independent of storage and of Qt.

Everything above storage (matching, import, export, CLI, GUI) works with these
frozen dataclasses; the ORM models in :mod:`volmatch.storage.models` are only
the persistence of them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum


class Status(StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    ARCHIVED = "archived"


class Commitment(StrEnum):
    ONE_OFF = "one-off"
    REGULAR = "regular"
    LONG_TERM = "long-term"


class Scope(StrEnum):
    """Where an opportunity takes place."""

    DISTRICTS = "districts"  # in one or more municipal districts
    CITYWIDE = "citywide"  # anywhere in the city / several places
    REMOTE = "remote"  # online, from home


class PlacementState(StrEnum):
    SUGGESTED = "suggested"
    CONTACTED = "contacted"
    PLACED = "placed"
    DECLINED = "declined"
    ENDED = "ended"  # the volunteering took place and is over


#: States in which someone volunteers or volunteered: hours and certificates.
VOLUNTEERED = frozenset({PlacementState.PLACED, PlacementState.ENDED})


class Level(IntEnum):
    """CEFR level; NATIVE ranks above C2."""

    A1 = 1
    A2 = 2
    B1 = 3
    B2 = 4
    C1 = 5
    C2 = 6
    NATIVE = 7

    @property
    def label(self) -> str:
        return "native" if self is Level.NATIVE else self.name


# --- availability -----------------------------------------------------------
# Dates stored and published lie within these years: a listing "until 9999-12-31" would
# overflow every later date computation of the exports.
MIN_YEAR = 1900
MAX_YEAR = 2200
# A week is 7 days x 3 parts of the day; a bit per slot, Monday morning = bit 0.
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_PARTS = ("morning", "afternoon", "evening")
ALL_WEEK = (1 << 21) - 1


def slot_bit(day: int, part: int) -> int:
    """The bit of weekday ``day`` (0 = Monday) and day part ``part`` (0 = morning)."""
    return 1 << (day * 3 + part)


@dataclass(frozen=True, slots=True)
class LanguageSkill:
    """A language a volunteer speaks (ISO 639-1 code) and how well (None: level not given)."""

    code: str
    level: Level | None = None


@dataclass(frozen=True, slots=True)
class LanguageNeed:
    """A language an opportunity asks for: required with a minimum level, or just welcome."""

    code: str
    min_level: Level | None = None
    required: bool = False


@dataclass(frozen=True, slots=True)
class Translation:
    title: str
    description: str = ""


@dataclass(frozen=True, slots=True)
class Organization:
    name: str
    id: int | None = None
    email: str = ""
    phone: str = ""
    website: str = ""
    accredited: bool = False  # a sending organization under zákon č. 198/2002 Sb.
    accreditation_ref: str = ""  # e.g. the ministry's decision: "MV-12345-3/PDS-2024"


@dataclass(frozen=True, slots=True)
class Opportunity:
    """A volunteering opportunity (a listing).

    ``title``/``description`` are in ``source_lang`` (Czech by default);
    ``translations`` maps other ISO 639-1 codes to their text.
    ``districts`` holds municipal district names from the gazetteer (e.g. "Praha 7",
    "Praha-Troja"); ``district_text`` keeps what the listing said (e.g. "Holešovice").
    ``interests`` holds taxonomy tag ids. ``schedule_mask`` uses the availability bits
    (0 = not stated, which matches anyone).
    """

    title: str
    organization: str = ""
    description: str = ""
    id: int | None = None
    external_id: str | None = None
    source_lang: str = "cs"
    translations: dict[str, Translation] = field(default_factory=dict)
    scope: Scope = Scope.DISTRICTS
    districts: tuple[str, ...] = ()
    district_text: str = ""
    address: str = ""
    latitude: float | None = None
    longitude: float | None = None
    languages: tuple[LanguageNeed, ...] = ()
    interests: tuple[str, ...] = ()
    commitment: Commitment = Commitment.REGULAR
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    schedule: str = ""
    schedule_mask: int = 0
    capacity: int | None = None
    min_age: int | None = None
    accessibility: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    url: str = ""
    status: Status = Status.DRAFT
    valid_until: dt.date | None = None
    notes: str = ""  # internal, never published
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    version: int | None = None  # stored version; saving a stale one is a conflict


@dataclass(frozen=True, slots=True)
class Volunteer:
    """A volunteer profile: personal data, never published.

    ``district`` is the home municipal district (gazetteer name), ``district_text``
    what the person wrote; ``travel_districts`` are further municipal districts they
    will go to. ``interest_tags`` are taxonomy tag ids, ``interests_text`` the free text.
    ``availability_mask`` uses the availability bits (0 = not stated).
    """

    name: str
    id: int | None = None
    external_id: str | None = None
    email: str = ""
    phone: str = ""
    district: str | None = None
    district_text: str = ""
    travel_districts: tuple[str, ...] = ()
    languages: tuple[LanguageSkill, ...] = ()
    interests_text: str = ""
    interest_tags: tuple[str, ...] = ()
    availability: str = ""
    availability_mask: int = 0
    available_from: dt.date | None = None
    available_until: dt.date | None = None
    birth_year: int | None = None
    consent_date: dt.date | None = None
    consent_scope: str = ""
    notes: str = ""
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    version: int | None = None  # stored version; saving a stale one is a conflict


@dataclass(frozen=True, slots=True)
class Placement:
    volunteer_id: int
    opportunity_id: int
    state: PlacementState = PlacementState.SUGGESTED
    id: int | None = None
    created_by: str = ""
    notes: str = ""
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    version: int | None = None  # stored version; saving a stale one is a conflict
    follow_up_on: dt.date | None = None  # ask how it went on this day; None: nothing to follow
    hours: float | None = None  # hours volunteered, when recorded (certificates, reports)
    changed_by: str = ""  # who set the current state
    state_since: dt.datetime | None = None  # when the current state was set
