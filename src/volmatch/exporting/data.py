"""Machine-readable feeds: volmatch JSON (versioned schema); HSDS is in ``hsds.py``."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

import orjson

from volmatch.domain import WEEKDAYS
from volmatch.exporting.names import Names
from volmatch.exporting.public import Listing
from volmatch.exporting.reuse import NO_PIECES, Pieces
from volmatch.exporting.stamps import utc_iso

SCHEMA_VERSION = "1.0"
SCHEMA_FILE = f"listings-{SCHEMA_VERSION}.schema.json"
SCHEMA_ID = f"https://volmatch.example/schemas/{SCHEMA_FILE}"
_DAY_PARTS = ("morning", "afternoon", "evening")


def dumps(data: Any) -> bytes:
    """Stable JSON: sorted keys, UTF-8, two-space indent, one trailing newline.

    orjson writes a whole city's feed in a fraction of a second; the standard
    library's indenting encoder is pure Python and took about 15 s for 70,000 listings.
    """
    try:
        return orjson.dumps(
            data, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS | orjson.OPT_APPEND_NEWLINE
        )
    except orjson.JSONEncodeError:  # e.g. an integer beyond 64 bits
        text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2)
        return (text + "\n").encode("utf-8")


_OPTIONS = orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS


def _encoded(value: Any, indent: bytes) -> bytes:
    """``value`` as :func:`dumps` writes it at the depth of ``indent`` (no newline after)."""
    try:
        out = orjson.dumps(value, option=_OPTIONS)
    except orjson.JSONEncodeError:
        out = json.dumps(value, ensure_ascii=False, sort_keys=True, indent=2).encode("utf-8")
    return out.replace(b"\n", b"\n" + indent) if indent else out  # strings hold no raw newline


def stream_list(items: Iterable[Any], indent: bytes = b"") -> Iterator[bytes]:
    """A JSON list of ``items`` as :func:`dumps` writes it at the depth of ``indent``, in
    pieces of one item each, so the items can be made one at a time."""
    inner = indent + b"  "
    first = True
    for item in items:
        yield (b"[\n" if first else b",\n") + inner + _encoded(item, inner)
        first = False
    yield b"[]" if first else b"\n" + indent + b"]"


def stream_pairs(
    document: dict[str, Any], key: str, items: Iterable[tuple[str, Any]]
) -> Iterator[tuple[str | None, bytes]]:
    """:func:`stream` as (listing key or None, piece) pairs: each item of ``items`` is
    (its listing's key, its value, or its bytes at this depth taken over from an earlier
    file), and its piece is exactly those bytes (reuse.py)."""
    yield None, b"{\n"
    for n, name in enumerate(sorted([*document, key])):
        yield None, (b",\n  " if n else b"  ") + _encoded(name, b"") + b": "
        if name == key:
            yield from list_pairs(items, b"  ")
        else:
            yield None, _encoded(document[name], b"  ")
    yield None, b"\n}\n"


def list_pairs(
    items: Iterable[tuple[str, Any]], indent: bytes = b""
) -> Iterator[tuple[str | None, bytes]]:
    """:func:`stream_list` as (listing key or None, piece) pairs (see :func:`stream_pairs`)."""
    inner = indent + b"  "
    first = True
    for key, value in items:
        yield None, b"[\n" if first else b",\n"
        yield key, value if type(value) is bytes else inner + _encoded(value, inner)
        first = False
    yield None, b"[]" if first else b"\n" + indent + b"]"


def stream(document: dict[str, Any], key: str, items: Iterable[Any]) -> Iterator[bytes]:
    """``dumps({**document, key: list(items)})`` in pieces: the same bytes, without the
    whole list of items in memory. (Only when an item cannot be written by orjson, e.g.
    an integer beyond 64 bits, does that item alone, not the whole file, fall back to the
    standard library.)"""
    yield b"{\n"
    for n, name in enumerate(sorted([*document, key])):
        yield (b",\n  " if n else b"  ") + _encoded(name, b"") + b": "
        if name == key:
            yield from stream_list(items, b"  ")
        else:
            yield _encoded(document[name], b"  ")
    yield b"\n}\n"


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


_time = utc_iso


@lru_cache(maxsize=4096)
def slots(mask: int) -> list[dict[str, str]]:
    """The availability mask as [{"day": "mon", "part": "evening"}, ...] (shared: do not change)."""
    return [
        {"day": WEEKDAYS[d], "part": _DAY_PARTS[p]}
        for d in range(7)
        for p in range(3)
        if mask >> (d * 3 + p) & 1
    ]


def listing_json(item: Listing, names: Names, page: str) -> dict[str, Any]:
    return {
        "key": item.key,
        "external_id": item.external_id,
        "page": page,
        "lang": item.source_lang,
        "texts": {
            lang: {"title": t.title, "description": t.description}
            for lang, t in sorted(item.texts.items())
        },
        "organization": {
            "name": item.organization.name,
            "email": item.organization.email or None,
            "phone": item.organization.phone or None,
            "website": item.organization.website or None,
        },
        "scope": item.scope.value,
        "districts": [
            {"name": d, "label": names.district(d), "administrative": names.admin_of(d)}
            for d in item.districts
        ],
        "district_text": item.district_text,
        "address": item.address,
        "latitude": item.latitude,
        "longitude": item.longitude,
        "languages": [
            {
                "code": n.code,
                "min_level": n.min_level.label if n.min_level is not None else None,
                "required": n.required,
            }
            for n in item.languages
        ],
        "interests": list(item.interests),
        "commitment": item.commitment.value,
        "start_date": _iso(item.start_date),
        "end_date": _iso(item.end_date),
        "schedule": item.schedule,
        "schedule_slots": slots(item.schedule_mask),
        "capacity": item.capacity,
        "min_age": item.min_age,
        "accessibility": item.accessibility,
        "contact": {"email": item.contact_email or None, "phone": item.contact_phone or None},
        "url": item.url or None,
        "valid_until": _iso(item.valid_until),
        "created": _time(item.created),
        "updated": _time(item.updated),
    }


def listings_document(
    listings: Sequence[Listing],
    names: Names,
    *,
    now: dt.datetime,
    district: str | None,
    lang: str | None,
    pages: dict[str, str],
) -> dict[str, Any]:
    head = _head(listings, now=now, district=district, lang=lang)
    return {**head, "listings": list(_listings(listings, names, pages))}


def listings_chunks(listings: Sequence[Listing], names: Names, **options: Any) -> Iterator[bytes]:
    """``dumps(listings_document(...))`` in pieces, a listing at a time (``options``: the
    keywords of :func:`listings_document`)."""
    return (piece for _, piece in listings_pairs(listings, names, **options))


def listings_pairs(
    listings: Sequence[Listing],
    names: Names,
    *,
    now: dt.datetime,
    district: str | None,
    lang: str | None,
    pages: dict[str, str],
    kept: Pieces = NO_PIECES,
) -> Iterator[tuple[str | None, bytes]]:
    """:func:`listings_chunks` as (listing key or None, piece) pairs; an unchanged
    listing's piece is taken from ``kept`` (the previous file's, reuse.py)."""
    head = _head(listings, now=now, district=district, lang=lang)

    def items() -> Iterator[tuple[str, Any]]:
        for item in listings:
            piece = kept.get(item.key) or listing_json(item, names, pages.get(item.key, ""))
            yield item.key, piece

    return stream_pairs(head, "listings", items())


def _head(listings: Sequence[Listing], **filters: Any) -> dict[str, Any]:
    return {
        "$schema": SCHEMA_ID,
        "schema_version": SCHEMA_VERSION,
        "generated": _time(filters["now"]),
        "filter": {"district": filters["district"], "lang": filters["lang"]},
        "count": len(listings),
    }


def _listings(
    listings: Sequence[Listing], names: Names, pages: dict[str, str]
) -> Iterator[dict[str, Any]]:
    return (listing_json(item, names, pages.get(item.key, "")) for item in listings)
