"""The persistence of the domain records: SQLAlchemy 2.x typed ORM models.

Nothing above :mod:`volmatch.storage` sees these classes; the repository turns
them into the plain records of :mod:`volmatch.domain`. Enums are stored as their
string values (portable across SQLite and PostgreSQL), list fields live in child
tables with a ``position`` column so their order survives a round trip, and every
editable row carries a ``version`` for optimistic locking.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    SmallInteger,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Named constraints: Alembic batch mode on SQLite and the PostgreSQL migrations
# both need stable names to drop or alter a constraint later.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timezone-aware UTC timestamp on every backend.

    SQLite keeps no offset, so values are normalised to UTC on the way in and
    marked as UTC on the way out; naive values are taken to be UTC already.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


def _choices(column: str, values: tuple[str, ...]) -> str:
    """A CHECK that ``column`` holds one of ``values``, as equalities joined by OR.

    SQLite turns ``column IN (a, b, c)`` in a CHECK into a temporary index built
    again for every row inserted: with three such checks that was half the time of
    inserting a listing. The OR form is compared directly.
    """
    return " OR ".join(f"{column} = {value!r}" for value in values)


STATUSES = ("draft", "published", "archived")
SCOPES = ("districts", "citywide", "remote")
COMMITMENTS = ("one-off", "regular", "long-term")
PLACEMENT_STATES = ("suggested", "contacted", "placed", "declined", "ended")
MARK_KINDS = ("pin", "hide")
AUDIT_ACTIONS = ("create", "update", "delete", "restore", "purge", "erase")


# Child rows are found by their parent: SQLite stores them clustered by the primary key
# (parent id first) in one b-tree instead of a rowid table plus a key index.
_CHILD_OPTIONS = {"sqlite_with_rowid": False}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Timestamped:
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        # Every UPDATE checks and bumps the version: a concurrent edit cannot be overwritten.
        return {"version_id_col": cls.__table__.c.version}


class Organization(Timestamped, Base):
    __tablename__ = "organization"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    # fold(name): organisations are found by name regardless of case and diacritics
    name_key: Mapped[str] = mapped_column(String(300), unique=True)
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    website: Mapped[str] = mapped_column(String(2048), default="")
    # accredited as a sending organization under zákon č. 198/2002 Sb. (certificates)
    accredited: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    accreditation_ref: Mapped[str] = mapped_column(String(200), default="", server_default="")


class Opportunity(Timestamped, Base):
    __tablename__ = "opportunity"

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(200), unique=True)
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(Text, default="")
    source_lang: Mapped[str] = mapped_column(String(8), default="cs")
    scope: Mapped[str] = mapped_column(String(16), default="districts")
    district_text: Mapped[str] = mapped_column(String(500), default="")
    address: Mapped[str] = mapped_column(String(500), default="")
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    commitment: Mapped[str] = mapped_column(String(16), default="regular")
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    schedule: Mapped[str] = mapped_column(String(500), default="")
    schedule_mask: Mapped[int] = mapped_column(Integer, default=0)
    capacity: Mapped[int | None] = mapped_column(Integer)
    min_age: Mapped[int | None] = mapped_column(SmallInteger)
    accessibility: Mapped[str] = mapped_column(Text, server_default="", default="")
    contact_email: Mapped[str] = mapped_column(String(320), default="")
    contact_phone: Mapped[str] = mapped_column(String(64), default="")
    url: Mapped[str] = mapped_column(String(2048), default="")
    status: Mapped[str] = mapped_column(String(16), default="draft", index=True)
    valid_until: Mapped[dt.date | None] = mapped_column(Date, index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), index=True)  # in trash

    __table_args__ = (
        CheckConstraint(_choices("scope", SCOPES), name="scope"),
        CheckConstraint(_choices("commitment", COMMITMENTS), name="commitment"),
        CheckConstraint(_choices("status", STATUSES), name="status"),
        Index("ix_opportunity_updated_at", "updated_at"),
    )


class OpportunityTranslation(Base):
    __tablename__ = "opportunity_translation"

    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunity.id", ondelete="CASCADE"), primary_key=True
    )
    lang: Mapped[str] = mapped_column(String(8), primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (_CHILD_OPTIONS,)


class OpportunityDistrict(Base):
    __tablename__ = "opportunity_district"

    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunity.id", ondelete="CASCADE"), primary_key=True
    )
    district: Mapped[str] = mapped_column(String(100), primary_key=True)
    position: Mapped[int] = mapped_column(SmallInteger, default=0)

    __table_args__ = (Index("ix_opportunity_district_district", "district"), _CHILD_OPTIONS)


class OpportunityLanguage(Base):
    __tablename__ = "opportunity_language"

    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunity.id", ondelete="CASCADE"), primary_key=True
    )
    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    min_level: Mapped[int | None] = mapped_column(SmallInteger)
    required: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(SmallInteger, default=0)

    __table_args__ = (Index("ix_opportunity_language_code", "code"), _CHILD_OPTIONS)


class OpportunityInterest(Base):
    __tablename__ = "opportunity_interest"

    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunity.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(100), primary_key=True)
    position: Mapped[int] = mapped_column(SmallInteger, default=0)

    __table_args__ = (Index("ix_opportunity_interest_tag", "tag"), _CHILD_OPTIONS)


class Volunteer(Timestamped, Base):
    __tablename__ = "volunteer"

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(200), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    email: Mapped[str] = mapped_column(String(320), default="", index=True)
    phone: Mapped[str] = mapped_column(String(64), default="")
    district: Mapped[str | None] = mapped_column(String(100), index=True)
    district_text: Mapped[str] = mapped_column(String(500), default="")
    interests_text: Mapped[str] = mapped_column(Text, default="")
    availability: Mapped[str] = mapped_column(String(500), default="")
    availability_mask: Mapped[int] = mapped_column(Integer, default=0)
    available_from: Mapped[dt.date | None] = mapped_column(Date)
    available_until: Mapped[dt.date | None] = mapped_column(Date)
    birth_year: Mapped[int | None] = mapped_column(SmallInteger)
    consent_date: Mapped[dt.date | None] = mapped_column(Date)
    consent_scope: Mapped[str] = mapped_column(String(500), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), index=True)  # in trash


class VolunteerLanguage(Base):
    __tablename__ = "volunteer_language"

    volunteer_id: Mapped[int] = mapped_column(
        ForeignKey("volunteer.id", ondelete="CASCADE"), primary_key=True
    )
    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    level: Mapped[int | None] = mapped_column(SmallInteger)
    position: Mapped[int] = mapped_column(SmallInteger, default=0)

    __table_args__ = (Index("ix_volunteer_language_code", "code"), _CHILD_OPTIONS)


class VolunteerTravelDistrict(Base):
    __tablename__ = "volunteer_travel_district"

    volunteer_id: Mapped[int] = mapped_column(
        ForeignKey("volunteer.id", ondelete="CASCADE"), primary_key=True
    )
    district: Mapped[str] = mapped_column(String(100), primary_key=True)
    position: Mapped[int] = mapped_column(SmallInteger, default=0)

    __table_args__ = (_CHILD_OPTIONS,)


class VolunteerInterest(Base):
    __tablename__ = "volunteer_interest"

    volunteer_id: Mapped[int] = mapped_column(
        ForeignKey("volunteer.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(100), primary_key=True)
    position: Mapped[int] = mapped_column(SmallInteger, default=0)

    __table_args__ = (_CHILD_OPTIONS,)


class Placement(Timestamped, Base):
    __tablename__ = "placement"

    id: Mapped[int] = mapped_column(primary_key=True)
    # None once the volunteer was erased: the placement stays, anonymous, for the statistics
    volunteer_id: Mapped[int | None] = mapped_column(
        ForeignKey("volunteer.id", ondelete="CASCADE"), index=True
    )
    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunity.id", ondelete="CASCADE"), index=True
    )
    state: Mapped[str] = mapped_column(String(16), default="suggested")
    created_by: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    hours: Mapped[float | None] = mapped_column(Float)
    changed_by: Mapped[str] = mapped_column(String(200), server_default="", default="")
    state_since: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())

    __table_args__ = (
        UniqueConstraint("volunteer_id", "opportunity_id", name="uq_placement_pair"),
        CheckConstraint(_choices("state", PLACEMENT_STATES), name="state"),
    )


class MatchMark(Base):
    """A coordinator's pin (always show first) or hide (never propose) for one pair."""

    __tablename__ = "match_mark"

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(
        ForeignKey("volunteer.id", ondelete="CASCADE"), index=True
    )
    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunity.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(8))
    created_by: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)

    __table_args__ = (
        UniqueConstraint("volunteer_id", "opportunity_id", name="uq_match_mark_pair"),
        CheckConstraint(_choices("kind", MARK_KINDS), name="kind"),
    )


class AppSetting(Base):
    """A setting every user of the database shares (the matching weights), as JSON text."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_by: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)


class AuditLog(Base):
    """Who changed which record and when; field names only, never the values."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int | None] = mapped_column(Integer)  # None: an erased person
    action: Mapped[str] = mapped_column(String(16))
    fields: Mapped[str] = mapped_column(Text, default="")  # changed field names, comma-separated
    user: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)

    __table_args__ = (
        Index("ix_audit_log_entity", "entity", "entity_id"),
        CheckConstraint(_choices("action", AUDIT_ACTIONS), name="action"),
    )


class OpportunityMatch(Base):
    """What the matcher derives from a listing (``volmatch.matching.features``), stored
    when the listing is written so that a cold start reads it instead of deriving it."""

    __tablename__ = "opportunity_match"

    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunity.id", ondelete="CASCADE"), primary_key=True
    )
    version: Mapped[int] = mapped_column(Integer)  # the listing's version it was derived from
    districts: Mapped[str] = mapped_column(Text, default="")
    open: Mapped[bool] = mapped_column(Boolean, default=False)
    needs: Mapped[str] = mapped_column(Text, default="")
    # tags as numbers against match_term (volmatch.storage.match_codes)
    tag_codes: Mapped[bytes | None] = mapped_column(LargeBinary)
    search: Mapped[str] = mapped_column(Text, default="")  # folded text ``list --search`` reads


class VolunteerMatch(Base):
    """What the matcher derives from a volunteer's profile (personal data, like the profile:
    deleted with it)."""

    __tablename__ = "volunteer_match"

    volunteer_id: Mapped[int] = mapped_column(
        ForeignKey("volunteer.id", ondelete="CASCADE"), primary_key=True
    )
    version: Mapped[int] = mapped_column(Integer)
    home: Mapped[str | None] = mapped_column(String(100))
    travel: Mapped[str] = mapped_column(Text, default="")
    levels: Mapped[str] = mapped_column(Text, default="")
    hit_codes: Mapped[bytes | None] = mapped_column(LargeBinary)  # hits and words written
    wanted: Mapped[int] = mapped_column(Integer, default=0)


class MatchTerm(Base):
    """A tag or a word (``~word``) the stored matching codes name by number."""

    __tablename__ = "match_term"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)


class DerivedState(Base):
    """Which reference data and code the stored derived values were computed with."""

    __tablename__ = "derived_state"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)  # the table derived
    fingerprint: Mapped[str] = mapped_column(String(64))


CHILD_TABLES = {
    "opportunity": (
        OpportunityTranslation.__table__,
        OpportunityDistrict.__table__,
        OpportunityLanguage.__table__,
        OpportunityInterest.__table__,
    ),
    "volunteer": (
        VolunteerLanguage.__table__,
        VolunteerTravelDistrict.__table__,
        VolunteerInterest.__table__,
    ),
}
