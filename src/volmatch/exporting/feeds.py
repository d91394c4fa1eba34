"""Atom feeds of new and changed listings (per language) and iCalendar files (via icalendar)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import icalendar

from volmatch.domain import Commitment
from volmatch.exporting.names import Names
from volmatch.exporting.public import Listing
from volmatch.exporting.site import environment
from volmatch.exporting.strings import strings
from volmatch.exporting.words import Words, days_of

ATOM_ENTRIES = 200  # a feed carries the newest changes, not the whole catalogue
_RRULE_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
PRODID = "-//volmatch//Prague volunteering listings//EN"


def _atom_time(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _summary(words: Words, item: Listing, description: str) -> str:
    facts = [item.organization.name, words.where(item), words.when(item)]
    head = " · ".join(f for f in facts if f)
    return f"{head}\n\n{description}".strip()


def atom_feed(
    listings: Sequence[Listing],
    names: Names,
    lang: str,
    *,
    now: dt.datetime,
    page_href,
    self_href: str = "",
    site_href: str = "",
) -> str:
    """The newest ``ATOM_ENTRIES`` listings by change time, in ``lang`` (with fallback)."""
    words = Words(names, lang)
    newest = sorted(listings, key=lambda i: (i.updated, i.key), reverse=True)[:ATOM_ENTRIES]
    entries = []
    for item in newest:
        text = item.text(lang)
        entries.append(
            {
                "uid": item.uid,
                "lang": text.lang,
                "title": text.title,
                "updated": _atom_time(item.updated),
                "published": _atom_time(item.created),
                "href": page_href(item, lang),
                "org": item.organization.name,
                "categories": [
                    {"term": tag, "label": names.interest(tag, lang)} for tag in item.interests
                ],
                "summary": _summary(words, item, text.description),
            }
        )
    t = strings(lang)
    return (
        environment()
        .get_template("feeds/atom.xml.j2")
        .render(
            lang=lang,
            feed_key="listings",
            title=t["site_title"],
            subtitle=t["new"],
            updated=_atom_time(now),
            author=t["site_title"],
            self_href=self_href,
            site_href=site_href,
            entries=entries,
        )
    )


def _first_on_or_after(day: dt.date, weekdays: tuple[int, ...]) -> dt.date:
    for offset in range(7):
        candidate = day + dt.timedelta(days=offset)
        if candidate.weekday() in weekdays:
            return candidate
    return day


def _event(item: Listing, words: Words, now: dt.datetime, page_url: str) -> icalendar.Event | None:
    days = days_of(item.schedule_mask)
    repeating = item.commitment is not Commitment.ONE_OFF and bool(days)
    if item.start_date is None and not repeating:
        return None  # no date and no weekly rhythm: nothing for a calendar
    text = item.text(words.lang)
    event = icalendar.Event()
    event.add("uid", f"{item.uid}@volmatch")
    event.add("dtstamp", now.astimezone(dt.UTC))
    event.add("summary", text.title)
    description = text.description
    if page_url:
        description = f"{description}\n\n{page_url}".strip()
    if description:
        event.add("description", description)
    where = ", ".join(p for p in (item.address, words.where(item)) if p)
    if where:
        event.add("location", where)
    if item.url:
        event.add("url", item.url)
    if item.interests:
        event.add("categories", [words.names.interest(t, words.lang) for t in item.interests])
    event.add("last-modified", item.updated.astimezone(dt.UTC))
    if repeating:
        start = _first_on_or_after(item.start_date or now.date(), days)
        event.add("dtstart", start)
        rule: dict = {"freq": "weekly", "byday": [_RRULE_DAYS[d] for d in days]}
        until = item.end_date or item.valid_until
        if until:
            rule["until"] = until
        event.add("rrule", rule)
    else:
        start = item.start_date
        end = item.end_date if item.end_date and item.end_date >= start else start
        event.add("dtstart", start)
        event.add("dtend", end + dt.timedelta(days=1))  # DATE end is exclusive
    return event


def calendar(
    listings: Sequence[Listing], names: Names, lang: str, *, now: dt.datetime, page_url
) -> bytes:
    """An RFC 5545 calendar of dated and weekly listings in ``lang``; UIDs stable per listing."""
    words = Words(names, lang)
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", strings(lang)["site_title"])
    for item in listings:
        event = _event(item, words, now, page_url(item, lang))
        if event is not None:
            cal.add_component(event)
    return cal.to_ical()
