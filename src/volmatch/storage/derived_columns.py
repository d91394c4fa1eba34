"""The stored matching rows' columns and the queries that read them with their records'.

``opportunity_match`` / ``volunteer_match`` joined to their live records: the
expressions, the names they are read under, and which names a derived row
(``matching.derive``) stores in which column. Used by :mod:`volmatch.storage.derived`.
"""

from __future__ import annotations

VERSIONS = ("version", "derived_version")

OPPORTUNITY = "opportunity"
VOLUNTEER = "volunteer"

LISTING_EXPRESSIONS = (
    "o.id, o.status, o.valid_until, o.start_date, o.end_date, o.schedule_mask, o.min_age, "
    "o.version, m.version, m.districts, m.open, m.needs, m.tag_codes"
)
LISTING_FROM = (
    "opportunity o LEFT JOIN opportunity_match m ON m.opportunity_id = o.id "
    "WHERE o.deleted_at IS NULL"
)
LISTING_COLUMNS = (
    "id",
    "status",
    "valid_until",
    "start_date",
    "end_date",
    "schedule_mask",
    "min_age",
    "version",
    "derived_version",
    "districts",
    "open",
    "needs",
    "tag_codes",
)
VOLUNTEER_EXPRESSIONS = (
    "v.id, v.availability_mask, v.available_from, v.available_until, v.birth_year, "
    "v.consent_date, v.consent_scope, v.version, m.version, m.home, m.travel, m.levels, "
    "m.hit_codes, m.wanted"
)
VOLUNTEER_FROM = (
    "volunteer v LEFT JOIN volunteer_match m ON m.volunteer_id = v.id WHERE v.deleted_at IS NULL"
)
VOLUNTEER_COLUMNS = (
    "id",
    "availability_mask",
    "available_from",
    "available_until",
    "birth_year",
    "consent_date",
    "consent_scope",
    "version",
    "derived_version",
    "home",
    "travel",
    "levels",
    "hit_codes",
    "wanted",
)
DERIVED = {
    OPPORTUNITY: ("districts", "open", "needs", "tag_codes", "search"),
    VOLUNTEER: ("home", "travel", "levels", "hit_codes", "wanted"),
}
# the names of a derived row (matching.derive), in the order of DERIVED's columns
ROW_NAMES = {
    OPPORTUNITY: ("districts", "open", "needs", "tags", "search"),
    VOLUNTEER: ("home", "travel", "levels", "hits", "wanted"),
}
# the derived rows' items (names) and the stored column of their codes
CODED = {OPPORTUNITY: ("tags", "tag_codes"), VOLUNTEER: ("hits", "hit_codes")}
