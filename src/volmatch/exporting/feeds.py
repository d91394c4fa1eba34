"""Atom feeds of the newest new and changed listings, one per site language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from volmatch.exporting.names import Names
from volmatch.exporting.public import Listing
from volmatch.exporting.site import environment
from volmatch.exporting.stamps import utc_iso
from volmatch.exporting.strings import strings
from volmatch.exporting.words import Words

ATOM_ENTRIES = 200  # a feed carries the newest changes, not the whole catalogue


_atom_time = utc_iso


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
