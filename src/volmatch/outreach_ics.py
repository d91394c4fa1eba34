"""The calendar invitation (.ics) that goes with a message about a dated activity.

One VEVENT in an RFC 5545 calendar, built with the icalendar library (one event, so its
millisecond does not matter) on the same rules as the published calendar
(``exporting.ics``): a one-off activity spans its dates as all-day events, a weekly one
repeats on its weekdays until its end. A listing with neither a date nor a weekly rhythm
has no invitation.

The UID stays the same for the same volunteer and listing (a name-based UUID over both
ids), so sending the message again updates the event in the calendar instead of adding a
second one; SEQUENCE follows the listing's stored version, so a moved date replaces the
old one.

METHOD is PUBLISH, not REQUEST (RFC 5546): REQUEST asks every ATTENDEE for a reply to
the ORGANIZER, but the coordinator sending it organizes nothing and no program collects
the replies; PUBLISH is the iTIP method for an event passed on for information. PUBLISH
carries no ATTENDEE, so the volunteer's address never enters the file; the ORGANIZER
is the organization's published contact.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from volmatch.domain import Commitment, Opportunity, Organization, Volunteer

METHOD = "PUBLISH"
# Fixed namespace: the same pair gives the same UID on every machine and in every version.
_NAMESPACE = uuid.UUID("6f1c2b4e-4d0a-5c55-9a57-76f6c3a1e0d4")


@dataclass(frozen=True, slots=True)
class Invitation:
    uid: str
    lang: str
    start: dt.date
    data: bytes  # the .ics file, UTF-8, CRLF lines
    filename: str  # e.g. "doucovani-deti.ics", from the listing's title (no personal data)


def invitation_uid(opportunity: Opportunity, volunteer: Volunteer) -> str:
    """The stable UID of the pair's event (ids, else external ids; never a name)."""
    listing = opportunity.id if opportunity.id is not None else f"x{opportunity.external_id}"
    person = volunteer.id if volunteer.id is not None else f"x{volunteer.external_id}"
    return f"{uuid.uuid5(_NAMESPACE, f'listing:{listing}/volunteer:{person}')}@volmatch"


def invitation(
    opportunity: Opportunity,
    volunteer: Volunteer,
    lang: str,
    organizations: Sequence[Organization] = (),
    *,
    now: dt.datetime | None = None,
) -> Invitation | None:
    """The event in ``lang``, or None when the listing has neither dates nor weekdays."""
    import icalendar

    from volmatch.exporting.ics import PRODID, RRULE_DAYS, first_on_or_after
    from volmatch.exporting.names import Names
    from volmatch.exporting.public import to_listing
    from volmatch.exporting.words import Words, days_of

    now = now or dt.datetime.now(dt.UTC)
    listing = to_listing(opportunity, {o.name: o for o in organizations})
    days = days_of(listing.schedule_mask)
    weekly = listing.commitment is not Commitment.ONE_OFF and bool(days)
    if listing.start_date is None and not weekly:
        return None
    words = Words(Names.default(), lang)
    text = listing.text(lang)
    event = icalendar.Event()
    event.add("uid", invitation_uid(opportunity, volunteer))
    event.add("dtstamp", now.astimezone(dt.UTC))
    event.add("sequence", opportunity.version or 0)
    if weekly:
        # from the next session on: a volunteer joining in December needs no September dates
        start = first_on_or_after(max(listing.start_date or now.date(), now.date()), days)
        event.add("dtstart", start)
        rule: dict = {"freq": "weekly", "byday": [RRULE_DAYS[d] for d in days]}
        until = listing.end_date or listing.valid_until
        if until:
            rule["until"] = until
        event.add("rrule", rule)
    else:
        start = listing.start_date
        end = listing.end_date if listing.end_date and listing.end_date >= start else start
        event.add("dtstart", start)
        if end < dt.date.max:
            event.add("dtend", end + dt.timedelta(days=1))  # all-day: the end is exclusive
    event.add("summary", text.title)
    if text.description:
        event.add("description", text.description)
    place = words.where(listing)
    # the district again only when the address does not name it already
    where = ", ".join(p for p in (listing.address, place if place not in listing.address else ""))
    where = where.strip(", ")
    if where:
        event.add("location", where)
    if listing.url:
        event.add("url", listing.url)
    # RFC 5546 wants an ORGANIZER in PUBLISH: the listing's public contact, else the
    # organization's (both already checked and published on the site)
    contact = listing.contact_email or listing.organization.email
    if contact:
        organizer = icalendar.vCalAddress(f"mailto:{contact}")
        organizer.params["cn"] = icalendar.vText(listing.organization.name)
        event.add("organizer", organizer)
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", METHOD)
    cal.add_component(event)
    return Invitation(event["uid"], lang, start, cal.to_ical(), _filename(text.title))


def _filename(title: str) -> str:
    from volmatch.text import fold

    slug = re.sub(r"[^a-z0-9]+", "-", fold(title)).strip("-")[:40].strip("-")
    return f"{slug or 'pozvanka'}.ics"
