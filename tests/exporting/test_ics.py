"""The .ics writer checked against the icalendar library, which builds the same events itself."""

from __future__ import annotations

import datetime as dt

import icalendar

from volmatch.domain import Commitment
from volmatch.exporting import build
from volmatch.exporting.ics import PRODID, RRULE_DAYS, first_on_or_after, fold
from volmatch.exporting.public import select
from volmatch.exporting.words import Words, days_of

from .conftest import make


def reference_calendar(listings, names, lang, now, page_url) -> icalendar.Calendar:
    """What icalendar's own API makes of the listings (the rules of docs/exports.md)."""
    words = Words(names, lang)
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    for item in listings:
        days = days_of(item.schedule_mask)
        repeating = item.commitment is not Commitment.ONE_OFF and bool(days)
        if item.start_date is None and not repeating:
            continue
        body = item.text(lang)
        event = icalendar.Event()
        event.add("uid", f"{item.uid}@volmatch")
        event.add("dtstamp", now)
        event.add("summary", body.title)
        url = page_url(item, lang)
        description = f"{body.description}\n\n{url}".strip() if url else body.description
        if description:
            event.add("description", description)
        where = ", ".join(p for p in (item.address, words.where(item)) if p)
        if where:
            event.add("location", where)
        if item.url:
            event.add("url", item.url)
        if item.interests:
            event.add("categories", [names.interest(t, lang) for t in item.interests])
        event.add("last-modified", item.updated)
        if repeating:
            event.add("dtstart", first_on_or_after(item.start_date or now.date(), days))
            rule = {"freq": "weekly", "byday": [RRULE_DAYS[d] for d in days]}
            if item.end_date or item.valid_until:
                rule["until"] = item.end_date or item.valid_until
            event.add("rrule", rule)
        else:
            end = max(item.end_date or item.start_date, item.start_date)
            event.add("dtstart", item.start_date)
            event.add("dtend", end + dt.timedelta(days=1))
        cal.add_component(event)
    return cal


def events(cal: icalendar.Calendar) -> dict[str, dict]:
    out = {}
    for event in cal.walk("VEVENT"):
        props = {}
        for key in event:
            if key == "CATEGORIES":
                props[key] = [str(c) for c in event[key].cats]
            elif key == "RRULE":
                props[key] = dict(event[key])
            else:
                props[key] = event.decoded(key)
        out[str(event["UID"])] = props
    return out


def test_written_calendar_equals_icalendar_built_one(records, names):
    hostile = make(
        id=40,
        title="Čtení; pohádek, \\ a <b>",
        description="Řádek 1\nřádek 2 " + "dlouhý text " * 20,
        commitment=Commitment.ONE_OFF,
        start_date=dt.date(2025, 4, 1),
        end_date=dt.date(2025, 4, 3),
        address="Náměstí, 1",
        interests=("culture", "children"),
        url="https://example.org/a,b;c",
    )
    records = [*records, hostile]
    now = dt.datetime(2025, 3, 4, 9, 30, tzinfo=dt.UTC)
    tree = build(records, "ics", names=names, now=now)[0]
    listings = select(records, today=now.date())
    for lang in ("cs", "uk"):
        written = icalendar.Calendar.from_ical(tree.files[f"calendar-{lang}.ics"])
        reference = icalendar.Calendar.from_ical(
            reference_calendar(listings, names, lang, now, lambda i, lang: i.url).to_ical()
        )
        assert events(written) == events(reference)
        assert len(events(written)) == 3


def test_fold_keeps_lines_short_and_characters_whole():
    line = "DESCRIPTION:" + "žluťoučký kůň " * 20
    folded = fold(line)
    for part in folded.split("\r\n"):
        assert len(part.encode("utf-8")) <= 75
    assert folded.replace("\r\n ", "") == line


def test_fold_uses_every_octet_it_may_on_random_lines():
    import random

    rnd = random.Random(5)
    for i in range(3000):
        alphabet = "ab ,;" if i % 2 else "až😀ыé "
        line = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 400)))
        parts = fold(line).split("\r\n")
        assert "".join([parts[0], *(p[1:] for p in parts[1:])]) == line
        for n, part in enumerate(parts):
            size = len(part.encode())
            assert size <= 75
            if n < len(parts) - 1:  # a part ends early only to keep a character whole
                nxt = (parts[n + 1][1:] or " ")[0]
                assert size + len(nxt.encode()) > 75
