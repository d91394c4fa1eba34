"""The Czech open formal norm for events (OFN Události, version 2020-07-01) as JSON-LD.

A list of ``Událost`` (the norm's ``události.json``), one per published listing: names and
descriptions as language maps (cs, en, uk, ru, vi: whatever the listing is written or
translated in), the time specification (dates of a one-off activity, weekdays and dates
of a regular one), the place, contacts, accessibility and how to register.

The norm's texts need Czech or English: a listing written only in another language gets a
Czech sentence saying so next to its own text. The organizer (``pořadatel``) must be
identified by an IČO in the norm, which volmatch does not keep, so the organization is a
``kontakt`` of kind "Pořadatel" instead (docs/exports.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from volmatch.domain import Commitment, Scope
from volmatch.exporting.data import list_pairs
from volmatch.exporting.hsds import as_uri, position
from volmatch.exporting.names import Names
from volmatch.exporting.public import Listing
from volmatch.exporting.reuse import NO_PIECES, Pieces
from volmatch.exporting.safety import tel
from volmatch.exporting.stamps import utc_iso
from volmatch.exporting.strings import UI_LANGS, strings
from volmatch.exporting.words import Words, days_of

FILE = "ofn-udalosti.jsonld"
CONTEXT = "https://ofn.gov.cz/události/2020-07-01/kontexty/událost.jsonld"
_DAYS = ("pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle")
DAY_IRI = "https://data.mvcr.gov.cz/zdroj/číselníky/dny-v-týdnu/položky/"
WEEKLY = "http://publications.europa.eu/resource/authority/frequency/WEEKLY"
PRAGUE = "https://linked.cuzk.cz/resource/ruian/obec/554782"  # RÚIAN code of Praha


def _moment(day: dt.date | None = None, time: dt.datetime | None = None) -> dict[str, Any]:
    if time is not None:
        return {
            "typ": "Časový okamžik",
            "datum_a_čas": utc_iso(time),
        }
    return {"typ": "Časový okamžik", "datum": day.isoformat()} if day else {}


class _Builder:
    def __init__(self, names: Names, page_url: Callable[[Listing, str], str]) -> None:
        self.names = names
        self.page_url = page_url
        self.words = {lang: Words(names, lang) for lang in UI_LANGS}

    def text(self, values: dict[str, str], lang_of: str = "") -> dict[str, str] | None:
        """A language map; a Czech sentence joins text that is neither Czech nor English."""
        values = {k: v for k, v in values.items() if v}
        if not values:
            return None
        if "cs" not in values and "en" not in values:
            first = lang_of or next(iter(values))
            values["cs"] = "Text je zatím jen v jazyce " + self.names.language(first, "cs") + "."
        return dict(sorted(values.items()))

    def each(self, key: str, **fmt: str) -> dict[str, str]:
        return {lang: strings(lang)[key].format(**fmt) for lang in UI_LANGS}

    def duration(self, item: Listing) -> list[dict[str, Any]]:
        spec: dict[str, Any] = {"typ": "Časová specifikace"}
        start, end = item.start_date, item.end_date
        if start and (not end or end < start) and item.commitment is Commitment.ONE_OFF:
            end = start
        if start and end and end >= start:
            spec["časový_interval"] = {
                "typ": "Časový interval",
                "začátek": _moment(start),
                "konec": _moment(end),
            }
        elif start or end:
            spec["časový_okamžik"] = _moment(start or end)
        days = days_of(item.schedule_mask)
        if days:
            spec["den_v_týdnu"] = [DAY_IRI + _DAYS[d] for d in days]
            spec["frekvence"] = [WEEKLY]
        worded = {lang: self.words[lang].days(item) for lang in UI_LANGS} if days else {}
        if item.schedule:  # free text, in the listing's own language
            src = item.source_lang
            worded[src] = " · ".join(p for p in (worded.get(src, ""), item.schedule) if p)
        description = self.text(worded, item.source_lang)
        if description:
            spec["popis"] = description
        return [spec] if len(spec) > 1 else []

    def place(self, item: Listing) -> list[dict[str, Any]]:
        names = self.names
        if item.scope is Scope.REMOTE:
            return [{"typ": "Umístění", "název": self.each("remote")}]
        if item.scope is Scope.CITYWIDE or not item.districts:
            return [
                {
                    "typ": "Umístění",
                    "název": self.each("citywide"),
                    "adresa": {"typ": "Adresa", "obec": PRAGUE, "název_obce": {"cs": "Praha"}},
                }
            ]
        sole = len(item.districts) == 1
        out = []
        for district in item.districts:
            address: dict[str, Any] = {
                "typ": "Adresa",
                "obec": PRAGUE,
                "název_obce": {"cs": "Praha"},
                "název_mop": {"cs": names.admin_of(district)},
                "název_momc": {"cs": district},
            }
            if sole and item.address:
                address["text"] = {item.source_lang: item.address}
                if item.source_lang not in ("cs", "en"):
                    address["text"] = self.text(address["text"], item.source_lang)
            place: dict[str, Any] = {
                "typ": "Umístění",
                "název": {"cs": names.district(district)},
                "adresa": address,
            }
            if sole and position(item.latitude, item.longitude):
                place["geometrie"] = {
                    "type": "Point",
                    "coordinates": [item.longitude, item.latitude],
                }
            out.append(place)
        return out

    def contacts(self, item: Listing) -> list[dict[str, Any]]:
        out = []
        own = {
            "typ": "Kontakt",
            "druh": self.each("applications"),
            "email": item.contact_mailto,
            "telefon": tel(item.contact_phone),
            "url": as_uri(item.url),
        }
        org = item.organization
        organizer = {
            "typ": "Kontakt",
            "druh": self.each("organizer"),
            "název": {"cs": org.name} if org.name else None,
            "email": ("mailto:" + org.email) if org.email else "",
            "telefon": tel(org.phone),
            "url": as_uri(org.website),
        }
        for contact in (own, organizer):
            contact = {k: v for k, v in contact.items() if v}
            if len(contact) > 2:  # more than its kind
                out.append(contact)
        return out

    def event(self, item: Listing) -> dict[str, Any]:
        texts = item.texts
        event: dict[str, Any] = {
            "@context": CONTEXT,
            "typ": "Událost",
            "název": self.text({k: t.title for k, t in texts.items()}, item.source_lang),
            "popis": self.text({k: t.description for k, t in texts.items()}, item.source_lang),
            "umístění": self.place(item),
            "doba_trvání": self.duration(item),
            "kontakt": self.contacts(item),
            "registrace": self.each("apply_what"),
            "vytvořeno": _moment(time=item.created),
            "aktualizováno": _moment(time=item.updated),
            "relevantní_do": _moment(item.valid_until),
        }
        iri = as_uri(self.page_url(item, "cs"))
        if iri.startswith(("http://", "https://")):
            event["iri"] = iri
        if item.accessibility:
            event["bezbariérovost"] = {
                "typ": "Bezbariérovost",
                "popis": self.text({item.source_lang: item.accessibility}, item.source_lang),
            }
        if item.min_age is not None and item.min_age >= 18:
            event["vhodné_pro_děti"] = False
        return {k: v for k, v in event.items() if v}


def events_document(
    listings: Sequence[Listing], names: Names, page_url: Callable[[Listing, str], str]
) -> list[dict[str, Any]]:
    """The listings as a JSON-LD list of OFN ``Událost`` (valid against ``události.json``)."""
    return list(_events(listings, names, page_url))


def events_chunks(
    listings: Sequence[Listing], names: Names, page_url: Callable[[Listing, str], str]
) -> Iterator[bytes]:
    """``data.dumps(events_document(...))`` in pieces, an event at a time."""
    return (piece for _, piece in events_pairs(listings, names, page_url))


def events_pairs(
    listings: Sequence[Listing],
    names: Names,
    page_url: Callable[[Listing, str], str],
    kept: Pieces = NO_PIECES,
) -> Iterator[tuple[str | None, bytes]]:
    """:func:`events_chunks` as (listing key or None, piece) pairs; an unchanged listing's
    event is taken from ``kept`` (the previous file's, reuse.py)."""
    builder = _Builder(names, page_url)

    def items() -> Iterator[tuple[str, Any]]:
        for item in listings:
            yield item.key, kept.get(item.key) or builder.event(item)

    yield from list_pairs(items())
    yield None, b"\n"


def _events(
    listings: Sequence[Listing], names: Names, page_url: Callable[[Listing, str], str]
) -> Iterator[dict[str, Any]]:
    builder = _Builder(names, page_url)
    return (builder.event(item) for item in listings)
