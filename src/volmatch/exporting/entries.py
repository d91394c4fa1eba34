"""Each listing's card on an index page and its entry in the CMS fragment (a whole city's
indexes list every listing in every language, so these are assembled from strings; the
escaping and phrases are phrases.py's)."""

from __future__ import annotations

from collections.abc import Sequence

from volmatch.domain import Scope
from volmatch.exporting.names import Names
from volmatch.exporting.phrases import Phrases, e
from volmatch.exporting.public import Listing
from volmatch.exporting.words import place_key

CITYWIDE_TOKEN = "*citywide"
REMOTE_TOKEN = "*remote"


def page_for(listing: Listing, reader: str, pages: Sequence[str]) -> str:
    """Which page a reader of ``reader`` is sent to."""
    if reader in pages:
        return reader
    best = listing.text(reader).lang
    return best if best in pages else pages[0]


def district_token(item: Listing, names: Names) -> str:
    """The card's ``data-d``: the administrative districts its places belong to
    (so "Praha 7" finds Praha-Troja), or the citywide / online token."""
    if item.scope is Scope.CITYWIDE:
        return CITYWIDE_TOKEN
    if item.scope is Scope.REMOTE:
        return REMOTE_TOKEN
    return "|".join(sorted({names.admin_of(d) for d in item.districts}))


def _card_facts(item: Listing, names: Names) -> tuple[str, tuple]:
    """A card's opening tag with its filter data, and the key of its tags."""
    codes = item.language_codes
    # no language required: suitable for a reader of any language (filter.js)
    open_to_all = "" if any(n.required for n in item.languages) else " data-open"
    head = (
        f'<li class="card" data-d="{e(district_token(item, names))}" '
        f'data-l="{e("|".join(codes))}"{open_to_all} '
        f'data-i="{e("|".join(item.interests))}"><article'
    )
    return head, (codes, item.interests)


def card_and_entry(item: Listing, ph: Phrases, path: str, base: str) -> tuple[str, str]:
    """A listing's card on its index page and its entry in the CMS fragment, made together
    (they share the text, link and place). ``path``: its page below the export root;
    ``base``: what the fragment puts before it. The card's ``data-d`` is
    :func:`district_token`."""
    text = item.text(ph.lang)
    lang = ph.lang
    facts = ph.shared.get(item.key)
    if facts is None:
        facts = ph.shared[item.key] = _card_facts(item, ph.names)
    head, tag_key = facts
    pkey = (place_key(item), item.start_date, item.end_date)
    places = ph.places.get(pkey)
    if places is None:
        when, where = ph.when(item), ph.where(item)
        card_place = f"<span>{where}</span>" + (f" · <span>{when}</span>" if when else "")
        entry_place = where + (f", {when}" if when else "")
        places = ph.places[pkey] = (card_place + "</p>\n", entry_place + "</span></li>\n")
    fallback = ph.fallback(text.lang)
    org = item.organization.name
    org = e(org) if org else ""
    title = e(text.title)
    link = e(path)
    if fallback:
        text_lang = e(text.lang)
        card_open = f' lang="{text_lang}">\n'
        card_note = f'<p class="fallback" lang="{lang}">{fallback}</p>\n'
        entry_open = f'<li lang="{text_lang}"><a href="{e(base)}'
        entry_note = f'</a> <small lang="{lang}">({fallback})</small>'
    else:
        card_open, card_note = ">\n", ""
        entry_open, entry_note = f'<li><a href="{e(base)}', "</a>"
    card = "".join(
        (
            head,
            card_open,
            '<h2><a href="../',
            link,
            '">',
            title,
            "</a></h2>\n",
            card_note,
            ph.meta_start,
            f"<span>{org}</span> · " if org else "",
            places[0],
            f'<p class="tags" lang="{lang}">{ph._tag_spans(tag_key)}</p>\n'
            if tag_key[0] or tag_key[1]
            else "",
            "</article></li>",
        )
    )
    entry = "".join(
        (
            entry_open,
            link,
            '">',
            title,
            entry_note,
            ph.fragment_start,
            f"{org}, " if org else "",
            places[1],
        )
    )
    return card, entry
