"""The calendar invitation: parsed back with icalendar, required properties present, the
UID stable for a pair, METHOD the same in the calendar and its e-mail part, and nothing
of the volunteer in it."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import icalendar
import pytest

from volmatch.demo import demo_records
from volmatch.domain import Commitment
from volmatch.outreach_ics import METHOD, invitation, invitation_uid

NOW = dt.datetime(2026, 12, 3, 10, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def records():
    opportunities, volunteers = demo_records()
    weekly = next(
        o for o in opportunities if o.start_date and o.schedule_mask and "uk" in o.translations
    )
    olena = next(v for v in volunteers if v.name == "Olena Kovalenko")
    return replace(weekly, id=11, version=4), replace(olena, id=7)


def _event(data: bytes) -> tuple[icalendar.Calendar, icalendar.Event]:
    cal = icalendar.Calendar.from_ical(data)
    (event,) = cal.walk("VEVENT")
    return cal, event


def test_weekly_activity_parses_with_every_required_property(records):
    listing, olena = records
    inv = invitation(listing, olena, "uk", now=NOW)
    cal, event = _event(inv.data)
    assert cal["METHOD"] == METHOD == "PUBLISH" and cal["VERSION"] == "2.0" and cal["PRODID"]
    for prop in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
        assert prop in event, prop
    assert event["SUMMARY"] == listing.translations["uk"].title
    assert event.decoded("DTSTAMP") == NOW
    start = event.decoded("DTSTART")
    assert start >= listing.start_date and start.weekday() in (1, 3)  # Tue and Thu
    rule = event["RRULE"]
    assert rule["FREQ"] == ["WEEKLY"] and rule["UNTIL"] == [listing.end_date]
    assert event["SEQUENCE"] == 4  # the listing's version: a moved date replaces the event
    assert str(event["ORGANIZER"]) == f"mailto:{listing.contact_email}"
    assert "ATTENDEE" not in event  # PUBLISH has none (RFC 5546 3.2.1)
    assert inv.data.endswith(b"\r\n") and b"\r\n" in inv.data


def test_one_off_activity_is_all_day_with_exclusive_end(records):
    listing, olena = records
    one_off = replace(
        listing,
        commitment=Commitment.ONE_OFF,
        start_date=dt.date(2027, 3, 6),
        end_date=dt.date(2027, 3, 7),
    )
    _cal, event = _event(invitation(one_off, olena, "cs", now=NOW).data)
    assert event.decoded("DTSTART") == dt.date(2027, 3, 6)
    assert event.decoded("DTEND") == dt.date(2027, 3, 8)
    assert "RRULE" not in event


def test_an_undated_listing_has_no_invitation(records):
    listing, olena = records
    undated = replace(listing, start_date=None, schedule_mask=0)
    assert invitation(undated, olena, "cs", now=NOW) is None


def test_uid_is_stable_for_the_pair_and_differs_between_pairs(records):
    listing, olena = records
    first = invitation(listing, olena, "uk", now=NOW)
    later = invitation(
        replace(listing, start_date=dt.date(2026, 10, 1), version=5),
        olena,
        "cs",
        now=NOW + dt.timedelta(days=30),
    )
    assert first.uid == later.uid == invitation_uid(listing, olena)
    assert _event(later.data)[1]["SEQUENCE"] == 5
    other = replace(olena, id=8)
    assert invitation_uid(listing, other) != first.uid
    assert invitation_uid(replace(listing, id=12), olena) != first.uid


def test_nothing_of_the_volunteer_is_in_the_invitation(records):
    listing, olena = records
    data = invitation(listing, olena, "uk", now=NOW).data.decode()
    unfolded = data.replace("\r\n ", "")
    for value in (olena.name, olena.email, olena.phone, "Kovalenko"):
        assert value not in unfolded


def test_the_organizer_falls_back_to_the_organizations_address(records):
    from volmatch.domain import Organization

    listing, olena = records
    bare = replace(listing, contact_email="")
    org = Organization(name=listing.organization, email="info@spolek.example.org")
    _cal, event = _event(invitation(bare, olena, "cs", [org], now=NOW).data)
    assert str(event["ORGANIZER"]) == "mailto:info@spolek.example.org"
    _cal, event = _event(invitation(bare, olena, "cs", now=NOW).data)
    assert "ORGANIZER" not in event
