"""schema.org structured data for a listing page.

A one-off activity on known dates is an ``Event``. Every other listing is a
``JobPosting`` with ``employmentType: VOLUNTEER``: schema.org has no type of its
own for a volunteering role, and JobPosting with that employment type is the one
search engines document for volunteer positions (organization, place, validity).
"""

from __future__ import annotations

from typing import Any

from volmatch.domain import Scope
from volmatch.exporting.public import Listing, Text


def _organization(listing: Listing) -> dict[str, Any]:
    org: dict[str, Any] = {"@type": "Organization", "name": listing.organization.name or "—"}
    if listing.organization.website:
        org["url"] = listing.organization.website
    return org


def _address(listing: Listing, districts: list[str]) -> dict[str, Any]:
    address: dict[str, Any] = {
        "@type": "PostalAddress",
        "addressLocality": "Praha",
        "addressCountry": "CZ",
    }
    if listing.address:
        address["streetAddress"] = listing.address
    if districts:
        address["addressRegion"] = ", ".join(districts)
    return address


def _place(listing: Listing, districts: list[str]) -> dict[str, Any]:
    place: dict[str, Any] = {"@type": "Place", "address": _address(listing, districts)}
    if listing.latitude is not None and listing.longitude is not None:
        place["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": listing.latitude,
            "longitude": listing.longitude,
        }
    return place


def structured_data(
    listing: Listing, text: Text, page_url: str, districts: list[str], keywords: list[str]
) -> dict[str, Any]:
    """The JSON-LD object (serialize with :func:`safety.json_for_script`)."""
    remote = listing.scope is Scope.REMOTE
    data: dict[str, Any] = {"@context": "https://schema.org"}
    if listing.is_event:
        data.update(
            {
                "@type": "Event",
                "name": text.title,
                "description": text.description or text.title,
                "inLanguage": text.lang,
                "startDate": listing.start_date.isoformat(),
                "endDate": (listing.end_date or listing.start_date).isoformat(),
                "eventStatus": "https://schema.org/EventScheduled",
                "eventAttendanceMode": "https://schema.org/"
                + ("OnlineEventAttendanceMode" if remote else "OfflineEventAttendanceMode"),
                "isAccessibleForFree": True,
                "organizer": _organization(listing),
                "location": (
                    {"@type": "VirtualLocation", "url": listing.url or page_url}
                    if remote
                    else _place(listing, districts)
                ),
            }
        )
    else:
        data.update(
            {
                "@type": "JobPosting",
                "title": text.title,
                "description": text.description or text.title,
                "employmentType": "VOLUNTEER",
                "datePosted": listing.created.date().isoformat(),
                "hiringOrganization": _organization(listing),
            }
        )
        if listing.valid_until:
            data["validThrough"] = listing.valid_until.isoformat()
        if remote:
            data["jobLocationType"] = "TELECOMMUTE"
            data["applicantLocationRequirements"] = {"@type": "Country", "name": "CZ"}
        else:
            data["jobLocation"] = _place(listing, districts)
    if listing.url:
        data["sameAs"] = listing.url
    return for_page(data, page_url, keywords)


def same_on_every_page(listing: Listing) -> bool:
    """Whether the object differs between a listing's pages only in what :func:`for_page`
    adds (an online event without a link of its own points at the page instead)."""
    return not (listing.is_event and listing.scope is Scope.REMOTE and not listing.url)


def for_page(data: dict[str, Any], page_url: str, keywords: list[str]) -> dict[str, Any]:
    """``data`` (made for no page and no keywords) for one page: a copy with both."""
    data = dict(data)
    if keywords:
        data["keywords"] = ", ".join(keywords)
    if page_url:
        data["url"] = page_url
    return data
