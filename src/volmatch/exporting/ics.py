"""iCalendar (RFC 5545) files of dated and weekly listings, one per site language.

Written line by line: the icalendar library needs about a millisecond per event,
which is minutes for a city-wide export in five languages. The tests read every
file back with icalendar and compare it, event by event, with what icalendar
itself builds from the same listings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache

from volmatch.domain import Commitment
from volmatch.exporting.names import Names
from volmatch.exporting.public import Listing
from volmatch.exporting.stamps import utc_basic
from volmatch.exporting.strings import strings
from volmatch.exporting.words import Words, days_of

PRODID = "-//volmatch//Prague volunteering listings//EN"
RRULE_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def text(value: str) -> str:
    """A TEXT value escaped as RFC 5545 3.3.11 says (replace chains beat str.translate here)."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r", "")
        .replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """Fold a content line at 75 octets, never inside a UTF-8 character."""
    if len(line) <= 18 or (len(line) <= 75 and line.isascii()):
        return line  # at most 4 octets a character: short enough either way
    if line.isascii():
        return "\r\n ".join([line[:75], *(line[i : i + 74] for i in range(75, len(line), 74))])
    data = line.encode("utf-8")
    size = len(data)
    if size <= 75:
        return line
    parts, start, limit = [], 0, 75
    while start < size:
        end = start + limit
        if end >= size:
            end = size
        else:
            while (data[end] & 0xC0) == 0x80:  # a continuation byte: cut before its character
                end -= 1
        parts.append(data[start:end])
        start, limit = end, 74  # continuation lines begin with a space
    return b"\r\n ".join(parts).decode("utf-8")


@lru_cache(maxsize=4096)  # a city's listings share a few hundred dates
def _date(day: dt.date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"  # strftime drops zeros of year 1


def _day_after(day: dt.date) -> dt.date:
    """The exclusive end of an all-day event; the last representable day stays itself
    (whatever an old database holds, the calendar is still written)."""
    return day if day == dt.date.max else day + dt.timedelta(days=1)


_stamp = utc_basic


def first_on_or_after(day: dt.date, weekdays: tuple[int, ...]) -> dt.date:
    for offset in range(min(7, (dt.date.max - day).days + 1)):
        candidate = day + dt.timedelta(days=offset)
        if candidate.weekday() in weekdays:
            return candidate
    return day


def event_lines(
    item: Listing, words: Words, stamp: str, today: dt.date, page_url: str
) -> list[str]:
    """The VEVENT of a listing, or [] when it has neither a date nor a weekly rhythm."""
    days = days_of(item.schedule_mask)
    repeating = item.commitment is not Commitment.ONE_OFF and bool(days)
    if item.start_date is None and not repeating:
        return []
    body = item.text(words.lang)
    lines = ["BEGIN:VEVENT", f"UID:{text(item.uid)}@volmatch", f"DTSTAMP:{stamp}"]
    if repeating:
        start = first_on_or_after(item.start_date or today, days)
        lines.append(f"DTSTART;VALUE=DATE:{_date(start)}")
        rule = "FREQ=WEEKLY;BYDAY=" + ",".join(RRULE_DAYS[d] for d in days)
        until = item.end_date or item.valid_until
        if until:
            rule += f";UNTIL={_date(until)}"
        lines.append(f"RRULE:{rule}")
    else:
        start = item.start_date
        end = item.end_date if item.end_date and item.end_date >= start else start
        lines.append(f"DTSTART;VALUE=DATE:{_date(start)}")
        lines.append(f"DTEND;VALUE=DATE:{_date(_day_after(end))}")  # exclusive
    lines.append(f"SUMMARY:{text(body.title)}")
    description = f"{body.description}\n\n{page_url}".strip() if page_url else body.description
    if description:
        lines.append(f"DESCRIPTION:{text(description)}")
    where = ", ".join(p for p in (item.address, words.where(item)) if p)
    if where:
        lines.append(f"LOCATION:{text(where)}")
    if item.url:
        lines.append(f"URL:{item.url}")
    if item.interests:
        names = ",".join(text(words.names.interest(t, words.lang)) for t in item.interests)
        lines.append(f"CATEGORIES:{names}")
    lines.append(f"LAST-MODIFIED:{_stamp(item.updated)}")
    lines.append("END:VEVENT")
    return [fold(line) for line in lines]


def calendar(
    listings: Sequence[Listing],
    names: Names,
    lang: str,
    *,
    now: dt.datetime,
    page_url: Callable[[Listing, str], str],
) -> bytes:
    """The calendar in ``lang``: UIDs stable per listing, RRULE for weekly activities."""
    words = Words(names, lang)
    stamp = _stamp(now)
    today = now.date()
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        fold(f"X-WR-CALNAME:{text(strings(lang)['site_title'])}"),
    ]
    for item in listings:
        lines.extend(event_lines(item, words, stamp, today, page_url(item, lang)))
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def calendar_parts(
    listings: Sequence[Listing],
    names: Names,
    langs: Sequence[str],
    *,
    now: dt.datetime,
    page_url: Callable[[Listing, str], str],
) -> dict[str, list[bytes]]:
    """:func:`calendar_pieces` gathered per language: ``b"".join`` of a language's list is
    :func:`calendar` in that language, byte for byte."""
    out: dict[str, list[bytes]] = {lang: [] for lang in langs}
    for lang, piece in calendar_pieces(listings, names, langs, now=now, page_url=page_url):
        out[lang].append(piece)
    return out


def calendar_pieces(
    listings: Sequence[Listing],
    names: Names,
    langs: Sequence[str],
    *,
    now: dt.datetime,
    page_url: Callable[[Listing, str], str],
) -> Iterator[tuple[str, bytes]]:
    """:func:`calendar` for several languages at once, as (language, encoded piece) in the
    order of each language's file, so that all of them are written as they are made.

    An event differs between languages only in its text, link, place words and
    categories, and a listing shown in the same fallback text in several languages
    gives the same lines: those are folded once and reused.
    """
    all_words = {lang: Words(names, lang) for lang in langs}
    stamp = _stamp(now)
    today = now.date()
    for lang in langs:
        yield (
            lang,
            (
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                f"PRODID:{PRODID}\r\nCALSCALE:GREGORIAN\r\n"
                + fold(f"X-WR-CALNAME:{text(strings(lang)['site_title'])}")
                + "\r\n"
            ).encode("utf-8"),
        )
    categories: dict[tuple[tuple[str, ...], str], str] = {}
    places: dict[tuple, str] = {}
    for item in listings:
        days = days_of(item.schedule_mask)
        repeating = item.commitment is not Commitment.ONE_OFF and bool(days)
        if item.start_date is None and not repeating:
            continue
        head = ["BEGIN:VEVENT", fold(f"UID:{text(item.uid)}@volmatch"), f"DTSTAMP:{stamp}"]
        if repeating:
            start = first_on_or_after(item.start_date or today, days)
            head.append(f"DTSTART;VALUE=DATE:{_date(start)}")
            rule = "FREQ=WEEKLY;BYDAY=" + ",".join(RRULE_DAYS[d] for d in days)
            until = item.end_date or item.valid_until
            if until:
                rule += f";UNTIL={_date(until)}"
            head.append(fold(f"RRULE:{rule}"))
        else:
            start = item.start_date
            end = item.end_date if item.end_date and item.end_date >= start else start
            head.append(f"DTSTART;VALUE=DATE:{_date(start)}")
            head.append(f"DTEND;VALUE=DATE:{_date(_day_after(end))}")
        head_text = "\r\n".join(head)
        url = [fold(f"URL:{item.url}")] if item.url else []
        tail = f"LAST-MODIFIED:{_stamp(item.updated)}\r\nEND:VEVENT"
        bodies: dict[tuple[str, str], list[str]] = {}
        for lang in langs:
            words = all_words[lang]
            body = item.text(lang)
            link = page_url(item, lang)
            key = (body.lang, link)
            lines = bodies.get(key)
            if lines is None:
                lines = [fold(f"SUMMARY:{text(body.title)}")]
                description = f"{body.description}\n\n{link}".strip() if link else body.description
                if description:
                    lines.append(fold(f"DESCRIPTION:{text(description)}"))
                bodies[key] = lines
            event = [head_text, *lines]
            pkey = (item.address, item.scope, item.districts, lang)
            location = places.get(pkey)
            if location is None:
                where = ", ".join(p for p in (item.address, words.where(item)) if p)
                location = places[pkey] = fold(f"LOCATION:{text(where)}") if where else ""
            if location:
                event.append(location)
            event += url
            if item.interests:
                ckey = (item.interests, lang)
                cats = categories.get(ckey)
                if cats is None:
                    joined = ",".join(text(names.interest(t, lang)) for t in item.interests)
                    cats = categories[ckey] = fold(f"CATEGORIES:{joined}")
                event.append(cats)
            event.append(tail)
            yield lang, ("\r\n".join(event) + "\r\n").encode("utf-8")
    for lang in langs:
        yield lang, b"END:VCALENDAR\r\n"
