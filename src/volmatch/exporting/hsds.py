"""Open Referral HSDS 3.0: the published listings as services, valid against the official schema.

Each service carries its organization, locations (with addresses), languages, schedules
and interests as taxonomy terms nested, as the schema's ``service_with_definitions``
shape has them. Every ``id`` is a UUIDv5 derived from what identifies the thing (a
listing's ``uid``, an organization's name, an interest's tag), so re-exports keep
them. A property without a value is left out (HSDS wants no ``null`` for a string).
Prague's extra fields (CEFR level, district, commitment) are the properties of the
profile ``resources/schemas/hsds-profile-prague.json`` (docs/exports.md).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
import uuid
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

import orjson

from volmatch.domain import Commitment, Scope
from volmatch.exporting.data import stream_pairs
from volmatch.exporting.names import Names
from volmatch.exporting.public import Listing, PublicOrganization
from volmatch.exporting.reuse import NO_PIECES, Pieces
from volmatch.exporting.stamps import utc_iso
from volmatch.exporting.words import days_of

PROFILE_FILE = "hsds-profile-prague.json"
PROFILE_URI = "https://volmatch.example/schemas/" + PROFILE_FILE
# Fixed forever: changing it would change every published id.
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://volmatch.example/hsds/")
TAXONOMY = "volmatch-interests"
_RRULE_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_POSTAL = re.compile(r"\b(1\d{2}) ?(\d{2})\b")  # Prague's postal codes are 1xx xx
_URI_SAFE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[A-Za-z0-9/:@!$&'()*+,;=\-._~%?#]*")
CITY = "Praha"
REGION = "Hlavní město Praha"


_NAMESPACE_BYTES = NAMESPACE.bytes


@lru_cache(maxsize=65536)
def uid(kind: str, *parts: str) -> str:
    """A stable UUIDv5 for a thing of ``kind`` identified by ``parts``: ``uuid.uuid5``'s
    value, formatted without making a UUID object (a third of the time; 9 per listing)."""
    name = "\x1f".join((kind, *parts)).encode("utf-8")
    digest = bytearray(hashlib.sha1(_NAMESPACE_BYTES + name, usedforsecurity=False).digest())
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = digest[:16].hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


_time = utc_iso


@lru_cache(maxsize=16384)
def as_uri(url: str) -> str:
    """An RFC 3986 URI for a checked link: an IDN host in punycode, other characters
    percent-encoded ("" when the host cannot be encoded)."""
    if not url or _URI_SAFE.fullmatch(url):
        return url
    parts = urlsplit(url)
    if parts.scheme == "mailto":
        return "mailto:" + quote(parts.path, safe="@.+-_")
    try:
        host = (parts.hostname or "").encode("idna").decode("ascii")
    except UnicodeError:
        return ""
    netloc = host + (f":{parts.port}" if parts.port else "")
    safe = "/:@!$&'()*+,;=-._~%"
    return urlunsplit(
        (
            parts.scheme,
            netloc,
            quote(parts.path, safe=safe),
            quote(parts.query, safe=safe + "?"),
            quote(parts.fragment, safe=safe + "?"),
        )
    )


def _day(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def position(lat: float | None, lon: float | None) -> bool:
    """A real position (JSON has no NaN or infinity)."""
    if lat is None or lon is None:
        return False
    return math.isfinite(lat) and math.isfinite(lon) and abs(lat) <= 90 and abs(lon) <= 180


def _compact(obj: dict[str, Any]) -> dict[str, Any]:
    """The object without empty values (None, "", [])."""
    return {k: v for k, v in obj.items() if v is not None and v != "" and v != []}


class _Builder:
    """Builds services for one export, reusing what listings share (organizations, terms)."""

    def __init__(self, names: Names, organizations: dict[str, dict[str, Any]]) -> None:
        self.names = names
        self.organizations = organizations
        self._terms: dict[str, dict[str, Any]] = {}
        self.taxonomy = {
            "id": uid("taxonomy", TAXONOMY),
            "name": TAXONOMY,
            "description": "Interests of volunteering opportunities in Prague (volmatch taxonomy).",
            "version": "1",
        }

    def organization(self, org: PublicOrganization) -> dict[str, Any]:
        name = org.name or "—"
        found = self.organizations.get(name)
        if found is None:
            oid = uid("organization", name)
            phones = [{"id": uid("phone", "organization", name), "number": org.phone}]
            found = self.organizations[name] = _compact(
                {
                    "id": oid,
                    "name": name,
                    # required by HSDS; volmatch keeps no description of an organization
                    "description": f"{name}: nabídky dobrovolnictví v Praze.",
                    "email": org.email,
                    "website": as_uri(org.website),
                    "phones": phones if org.phone else [],
                }
            )
        return found

    def term(self, tag: str) -> dict[str, Any]:
        found = self._terms.get(tag)
        if found is None:
            names = self.names
            found = self._terms[tag] = {
                "id": uid("taxonomy_term", TAXONOMY, tag),
                "code": tag,
                "name": names.interest(tag, "cs"),
                "description": names.interest(tag, "en"),
                "language": "cs",
                "taxonomy": TAXONOMY,
                "taxonomy_id": self.taxonomy["id"],
                "taxonomy_detail": self.taxonomy,
            }
        return found

    def languages(self, item: Listing, sid: str) -> list[dict[str, Any]]:
        out = []
        for need in item.languages:
            level = need.min_level.label if need.min_level is not None else None
            note = ("required" if need.required else "welcome") + (
                f", at least {level}" if level else ""
            )
            out.append(
                _compact(
                    {
                        "id": uid("language", item.uid, need.code),
                        "service_id": sid,
                        "name": self.names.language(need.code, "en"),
                        "code": need.code,
                        "note": note,
                        "cefr_min_level": level,
                        "required": need.required,
                    }
                )
            )
        return out

    def schedules(self, item: Listing, sid: str) -> list[dict[str, Any]]:
        days = days_of(item.schedule_mask)
        if not days and not item.start_date and not item.schedule:
            return []
        end = item.end_date or item.valid_until
        if end is None and item.commitment is Commitment.ONE_OFF:
            end = item.start_date  # a one-off activity with only a start lasts that day
        schedule = {
            "id": uid("schedule", item.uid),
            "service_id": sid,
            "valid_from": _day(item.start_date),
            "valid_to": _day(end),
            "dtstart": _day(item.start_date),
            "freq": "WEEKLY" if days else None,
            "wkst": "MO" if days else None,
            "byday": ",".join(_RRULE_DAYS[d] for d in days),
            "until": _day(end) if days else None,
            "description": item.schedule,
            "attending_type": "online" if item.scope is Scope.REMOTE else "in person",
        }
        return [_compact(schedule)]

    def location(self, item: Listing, district: str, sole: bool) -> dict[str, Any]:
        """The place of ``item`` in ``district`` (its address and position when it has one place)."""
        lid = uid("location", item.uid, district)
        names = self.names
        address = item.address if sole else ""
        postal = _POSTAL.search(address)
        located = sole and position(item.latitude, item.longitude)
        return _compact(
            {
                "id": lid,
                "location_type": "physical",
                "name": names.district(district),
                "latitude": item.latitude if located else None,
                "longitude": item.longitude if located else None,
                "addresses": [
                    {
                        "id": uid("address", item.uid, district),
                        "location_id": lid,
                        "address_1": address or names.district(district),
                        "city": CITY,
                        "region": names.admin_of(district),
                        "state_province": REGION,
                        # required by HSDS: "" when the address names none (never made up)
                        "postal_code": f"{postal[1]} {postal[2]}" if postal else "",
                        "country": "CZ",
                        "address_type": "physical",
                    }
                ],
                "accessibility": (
                    [
                        {
                            "id": uid("accessibility", item.uid, district),
                            "location_id": lid,
                            "description": item.accessibility,
                        }
                    ]
                    if item.accessibility
                    else []
                ),
                "district": district,
                "administrative_district": names.admin_of(district),
            }
        )

    def places(self, item: Listing, sid: str) -> tuple[list[dict], list[dict]]:
        """(service_at_locations, service_areas) of a listing."""
        if item.scope is Scope.REMOTE:
            lid = uid("location", item.uid, "online")
            location = _compact(
                {"id": lid, "location_type": "virtual", "name": "Online", "url": as_uri(item.url)}
            )
            return [self._at(item, sid, lid, location)], []
        if item.scope is Scope.CITYWIDE or not item.districts:
            area = {
                "id": uid("service_area", item.uid),
                "service_id": sid,
                "name": REGION,
                "extent_type": "city",
            }
            return [], [area]
        sole = len(item.districts) == 1
        return [
            self._at(item, sid, loc["id"], loc)
            for loc in (self.location(item, d, sole) for d in item.districts)
        ], []

    @staticmethod
    def _at(item: Listing, sid: str, lid: str, location: dict) -> dict[str, Any]:
        return {
            "id": uid("service_at_location", item.uid, lid),
            "service_id": sid,
            "location_id": lid,
            "location": location,
        }

    def service(self, item: Listing) -> dict[str, Any]:
        sid = uid("service", item.uid)
        org = self.organization(item.organization)
        text = item.text("cs")
        english = item.texts.get("en")
        at_locations, areas = self.places(item, sid)
        phone = item.contact_phone
        return _compact(
            {
                "id": sid,
                "organization_id": org["id"],
                "name": text.title,
                "alternate_name": english.title if english and english is not text else None,
                "description": text.description,
                "url": as_uri(item.url),
                "email": item.contact_email,
                "status": "active",
                "minimum_age": item.min_age,
                "last_modified": _time(item.updated),
                "phones": (
                    [{"id": uid("phone", "service", item.uid), "service_id": sid, "number": phone}]
                    if phone
                    else []
                ),
                "schedules": self.schedules(item, sid),
                "service_areas": areas,
                "service_at_locations": at_locations,
                "languages": self.languages(item, sid),
                "organization": org,
                "attributes": [
                    {
                        "id": uid("attribute", item.uid, tag),
                        "link_id": sid,
                        "link_type": "interest",
                        "link_entity": "service",
                        "taxonomy_term_id": self.term(tag)["id"],
                        "taxonomy_term": self.term(tag),
                    }
                    for tag in item.interests
                ],
                "commitment": item.commitment.value,
                "capacity": item.capacity,
                "source_language": item.source_lang,
                "external_id": item.external_id,
            }
        )


def hsds_document(listings: Sequence[Listing], names: Names, *, now: dt.datetime) -> dict:
    """``{hsds_version, profile, generated, count, organizations, services}``: each service
    valid against HSDS 3.0 ``service_with_definitions``, each organization against
    ``organization``."""
    head, services = _parts(listings, names, now=now)
    return {**head, "services": list(services)}


def hsds_chunks(listings: Sequence[Listing], names: Names, *, now: dt.datetime) -> Iterator[bytes]:
    """``data.dumps(hsds_document(...))`` in pieces, a service at a time."""
    _, pairs = hsds_pairs(listings, names, now=now)
    return (piece for _, piece in pairs)


def hsds_pairs(
    listings: Sequence[Listing],
    names: Names,
    *,
    now: dt.datetime,
    kept_for: Callable[[str], Pieces] = lambda extra: NO_PIECES,
) -> tuple[str, Iterator[tuple[str | None, bytes]]]:
    """:func:`hsds_chunks` as (listing key or None, piece) pairs, and what a service
    depends on besides its listing: the organizations (a service nests the first of its
    organization's name). ``kept_for(that)`` gives the previous file's pieces (reuse.py);
    an unchanged listing's service is taken from them."""
    head, builder = _head(listings, names, now=now)
    extra = hashlib.blake2b(orjson.dumps(head["organizations"]), digest_size=16).hexdigest()
    kept = kept_for(extra)

    def items() -> Iterator[tuple[str, Any]]:
        for item in listings:
            yield item.key, kept.get(item.key) or builder.service(item)

    return extra, stream_pairs(head, "services", items())


def _parts(
    listings: Sequence[Listing], names: Names, *, now: dt.datetime
) -> tuple[dict[str, Any], Iterator[dict[str, Any]]]:
    """The document without its services, and its services one by one."""
    head, builder = _head(listings, names, now=now)
    return head, (builder.service(item) for item in listings)


def _head(
    listings: Sequence[Listing], names: Names, *, now: dt.datetime
) -> tuple[dict[str, Any], _Builder]:
    """The document without its services, and the builder of its services."""
    organizations: dict[str, dict[str, Any]] = {}
    builder = _Builder(names, organizations)
    for item in listings:  # first, as its services will: the first of a name is kept
        builder.organization(item.organization)
    head = {
        "hsds_version": "3.0",
        "profile": PROFILE_URI,
        "generated": _time(now),
        "count": len(listings),
        "organizations": [organizations[k] for k in sorted(organizations)],
    }
    return head, builder
