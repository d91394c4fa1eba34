"""Ready-to-paste social media posts: one per listing and a weekly digest, per language.

Plain text (social networks do not render HTML, so nothing there can run);
posts are cut to fit the shortest common limit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

from volmatch.exporting.names import Names
from volmatch.exporting.public import Listing
from volmatch.exporting.reuse import NO_PIECES, Pieces
from volmatch.exporting.strings import strings
from volmatch.exporting.words import Words

POST_LIMIT = 500  # characters; fits Mastodon and reads well on Facebook
SEPARATOR = "\n\n" + "-" * 40 + "\n\n"


def _cut(text: str, limit: int) -> str:
    # printable text has no white space but " ": already single-spaced unless these show
    if not text.isprintable() or "  " in text or text[:1] == " " or text[-1:] == " ":
        text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def post(item: Listing, words: Words, link: str, _spoken: dict | None = None) -> str:
    """One listing as a post, never longer than POST_LIMIT characters."""
    text = item.text(words.lang)
    where, when, org = words.where(item), words.when(item), item.organization.name
    head = f"📣 {text.title}\n" + " · ".join(f for f in (org, where, when) if f)
    spoken = None if _spoken is None else _spoken.get(item.language_codes)
    if spoken is None:
        spoken = ", ".join(words.names.language(code, words.lang) for code in item.language_codes)
        spoken = f"\n🗣 {spoken}" if spoken else ""
        if _spoken is not None:
            _spoken[item.language_codes] = spoken
    head += spoken
    tail = f"{link}\n{words.t['hashtags']}" if link else words.t["hashtags"]
    room = POST_LIMIT - len(head) - len(tail) - 4
    body = _cut(text.description, room) if room > 20 and text.description else ""
    result = f"{head}\n\n{body}\n\n{tail}" if body else f"{head}\n\n{tail}"
    return result if len(result) <= POST_LIMIT else _cut(result, POST_LIMIT)


def posts_chunks(listings: Sequence[Listing], names: Names, lang: str, link_for) -> Iterator[bytes]:
    """Every listing's post in ``lang``, between separators, encoded a post at a time."""
    return (piece for _, piece in posts_pairs(listings, names, lang, link_for))


def posts_pairs(
    listings: Sequence[Listing], names: Names, lang: str, link_for, kept: Pieces = NO_PIECES
) -> Iterator[tuple[str | None, bytes]]:
    """:func:`posts_chunks` as (listing key or None, piece) pairs; an unchanged listing's
    post is taken from ``kept`` (the previous file's, reuse.py)."""
    words = Words(names, lang)
    spoken: dict[tuple[str, ...], str] = {}
    separator = SEPARATOR.encode("utf-8")
    for n, item in enumerate(listings):
        if n:
            yield None, separator
        piece = kept.get(item.key) or post(item, words, link_for(item, lang), spoken).encode()
        yield item.key, piece
    yield None, b"\n"


def digest(
    listings: Sequence[Listing], names: Names, lang: str, *, now: dt.datetime, link_for
) -> str:
    """New and changed in the 7 days before ``now``, and dated activities in the 7 days after."""
    words = Words(names, lang)
    t = strings(lang)
    week_ago = now - dt.timedelta(days=7)
    today = now.date()
    fresh = sorted(
        (i for i in listings if i.updated > week_ago),
        key=lambda i: (i.updated, i.key),
        reverse=True,
    )
    soon = sorted(
        (
            i
            for i in listings
            if i.start_date and today <= i.start_date <= today + dt.timedelta(days=7)
        ),
        key=lambda i: (i.start_date, i.key),
    )

    def line(item: Listing) -> str:
        text = item.text(lang)
        where = words.where(item)
        link = link_for(item, lang)
        return f"• {text.title} – {where}" + (f" {link}" if link else "")

    parts = [t["digest_title"].format(date=words.date(today - dt.timedelta(days=6))), ""]
    for heading, items in ((t["new"], fresh[:20]), (t["upcoming"], soon[:20])):
        parts.append(heading + ":")
        parts.extend(line(i) for i in items) if items else parts.append(t["nothing"])
        parts.append("")
    parts.append(t["hashtags"])
    return "\n".join(parts) + "\n"
