"""Fast HTML for the pieces the site repeats per listing: listing pages, index cards, CMS items.

A whole city is about 120,000 listing pages plus five indexes of every listing, so these
are assembled from strings rather than rendered through Jinja2 (about ten times faster).
Every value goes through markupsafe's ``escape``, exactly as autoescape would, and the
result is byte for byte what ``site/listing.html.j2`` renders (``tests/exporting/
test_render.py`` compares the two on hostile and multilingual listings). Phrases that
recur (district labels, dates, language needs, interests) are worded and escaped once
per language and reused.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from markupsafe import escape

from volmatch.domain import Scope
from volmatch.exporting.cards import HEIGHT, WIDTH, card_path, renderer
from volmatch.exporting.jsonld import structured_data
from volmatch.exporting.names import Names
from volmatch.exporting.public import EPOCH, Listing, Text
from volmatch.exporting.safety import json_for_script, tel
from volmatch.exporting.strings import ENDONYMS, strings
from volmatch.exporting.words import Words, place_key

CITYWIDE_TOKEN = "*citywide"
STATEMENT_FILE = "accessibility.html"
REMOTE_TOKEN = "*remote"


try:  # markupsafe's C escaping without the Markup wrapper: a quarter of the time
    from markupsafe._speedups import _escape_inner
except ImportError:  # pure-Python markupsafe
    _escape_inner = None


def e(value: object) -> str:
    """HTML-escaped text, as Jinja2's autoescape writes it."""
    if type(value) is str and _escape_inner is not None:
        return _escape_inner(value)
    return str(escape(value))


def page_for(listing: Listing, reader: str, pages: Sequence[str]) -> str:
    """Which page a reader of ``reader`` is sent to."""
    if reader in pages:
        return reader
    best = listing.text(reader).lang
    return best if best in pages else pages[0]


class Phrases:
    """One site language's words, escaped once, and a listing's facts cached by their value."""

    def __init__(
        self, names: Names, lang: str, now: dt.datetime, feeds: bool, shared: dict | None = None
    ) -> None:
        self.names = names
        self.lang = lang
        self.words = Words(names, lang)
        self.t = strings(lang)
        self.et = {k: e(v) for k, v in self.t.items()}
        self._where: dict[tuple, str] = {}
        self._when: dict[tuple, str] = {}
        self._days: dict[int, str] = {}
        self._needs: dict[tuple, str] = {}
        self._names: dict[tuple, str] = {}
        self._interests: dict[tuple, tuple[str, list[str]]] = {}
        self._tags: dict[tuple, str] = {}
        self._spans: dict[tuple[str, str], str] = {}
        self._fallback: dict[str, str] = {}
        self._source: dict[str, str] = {}
        self._untranslated: dict[str, str] = {}
        # per listing, what a card says in every language (filled once per process)
        self.shared: dict[str, tuple[str, tuple]] = {} if shared is None else shared
        self.places: dict[tuple, tuple[str, str]] = {}
        self.meta_start = f'<p class="meta" lang="{lang}">'
        self.fragment_start = f' <span lang="{lang}">– '
        self._shell(now, feeds)

    # --- cached facts (escaped) ---------------------------------------------
    def where(self, item: Listing) -> str:
        key = place_key(item)
        value = self._where.get(key)
        if value is None:
            value = self._where[key] = e(self.words.where(item))
        return value

    def when(self, item: Listing) -> str:
        key = (item.start_date, item.end_date)
        value = self._when.get(key)
        if value is None:
            value = self._when[key] = e(self.words.when(item))
        return value

    def days(self, item: Listing) -> str:
        value = self._days.get(item.schedule_mask)
        if value is None:
            value = self._days[item.schedule_mask] = e(self.words.days(item))
        return value

    def needs(self, item: Listing) -> str:
        """ "čeština: B1 — domluvíte se v běžných situacích (nutný)<br>…" for a listing page."""
        value = self._needs.get(item.languages)
        if value is None:
            value = "<br>".join(e(self.words.need_explained(n)) for n in item.languages)
            self._needs[item.languages] = value
        return value

    def source_note(self, source_lang: str) -> str:
        """The escaped "(written by the organization in …)" ("" in the reader's language)."""
        value = self._source.get(source_lang)
        if value is None:
            value = self._source[source_lang] = e(self.words.source_note(source_lang))
        return value

    def untranslated(self, text_lang: str) -> str:
        """The escaped note on a page shown in another language than the reader's."""
        value = self._untranslated.get(text_lang)
        if value is None:
            name = self.names.language(text_lang, self.lang)
            value = self._untranslated[text_lang] = e(self.t["not_translated"].format(lang=name))
        return value

    def interests(self, item: Listing) -> tuple[str, list[str]]:
        """The interests' names: (joined and escaped for HTML, as they are for JSON-LD)."""
        value = self._interests.get(item.interests)
        if value is None:
            names = self.words.interests(item)
            value = (", ".join(e(x) for x in names), names)
            self._interests[item.interests] = value
        return value

    def tags(self, item: Listing) -> str:
        """The tag spans of an index card (language names, then interests)."""
        return self._tag_spans((item.language_codes, item.interests))

    def _tag_spans(self, key: tuple[tuple[str, ...], tuple[str, ...]]) -> str:
        value = self._tags.get(key)
        if value is None:
            spans = self._spans
            parts = []
            for code in key[0]:
                span = spans.get(("l", code))
                if span is None:
                    name = e(self.names.language(code, self.lang))
                    span = spans[("l", code)] = f'<span class="tag">{name}</span> '
                parts.append(span)
            for tag in key[1]:
                span = spans.get(("i", tag))
                if span is None:
                    name = e(self.names.interest(tag, self.lang))
                    span = spans[("i", tag)] = f'<span class="tag interest">{name}</span> '
                parts.append(span)
            value = "".join(parts)
            if len(self._tags) < 50_000:  # a city has far fewer combinations
                self._tags[key] = value
        return value

    def fallback(self, text_lang: str) -> str:
        """The escaped note on a card shown in another language ("" in the reader's own)."""
        value = self._fallback.get(text_lang)
        if value is None:
            value = self._fallback[text_lang] = e(self.words.fallback_note(None, text_lang))
        return value

    def date(self, day: dt.date | None) -> str:
        key = ("d", day)
        value = self._when.get(key)
        if value is None:
            value = self._when[key] = e(self.words.date(day))
        return value

    # --- the page frame (site/base.html.j2) ---------------------------------
    def _shell(self, now: dt.datetime, feeds: bool) -> None:
        et, lang = self.et, self.lang
        root = "../"
        self.head_end = (
            (
                f'<link rel="alternate" type="application/atom+xml" title="{et["atom"]}" '
                f'href="{root}feeds/{lang}.atom">\n'
            )
            if feeds
            else ""
        )
        self.head_start = (
            f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>'
        )
        self.title_end = f" – {et['site_title']}</title>\n" + (
            f'<link rel="stylesheet" href="{root}assets/site.css">\n'
        )
        self.body_start = (
            f'</head>\n<body>\n<a class="skip" href="#main">{et["skip"]}</a>\n'
            f'<header class="site">\n<p class="brand"><a href="{root}{lang}/index.html">'
            f"{et['site_title']}</a></p>\n"
        )
        self.nav_start = f'<nav aria-label="{et["languages_nav"]}"><ul class="langs">'
        updated = "" if now <= EPOCH else self.words.date(now.date())
        footer = e(self.t["updated"].format(date=updated)) + " · " if updated else ""
        links = ""
        if feeds:
            links = (
                f'<p>{et["feeds"]}: <a href="{root}feeds/{lang}.atom">{et["atom"]}</a> · '
                f'<a href="{root}feeds/calendar-{lang}.ics">{et["calendar"]}</a> · '
                f'<a href="{root}feeds/listings.json">{et["data"]}</a></p>'
            )
        self.body_end = (
            '\n</main>\n<footer class="site">\n'
            f"<p>{footer}{et['footer']}</p>\n{links}\n"
            f'<p><a href="{root}{lang}/{STATEMENT_FILE}">{et["statement"]}</a></p>\n'
            "</footer>\n\n</body>\n</html>\n"
        )
        self.main_start = '</header>\n<main id="main" tabindex="-1">\n\n<article class="listing">\n'
        self.main_end = (
            f'\n</article>\n<p class="back"><a href="index.html">← {et["back"]}</a></p>\n'
        )


def _switcher(current: str, pages: Sequence[str], file: str) -> tuple[str, str]:
    """The hreflang links of the head and the language menu of the header."""
    alternates = "".join(
        f'<link rel="alternate" hreflang="{lang}" href="../{lang}/{file}">\n' for lang in pages
    )
    menu = "".join(
        f"<li><a{' aria-current=' + chr(34) + 'page' + chr(34) if lang == current else ''} "
        f'lang="{lang}" hreflang="{lang}" href="../{lang}/{file}">{e(ENDONYMS[lang])}</a></li>'
        for lang in pages
    )
    return alternates, menu


_LOCALES = {"cs": "cs_CZ", "en": "en_GB", "uk": "uk_UA", "ru": "ru_RU", "vi": "vi_VN"}


def share_meta(item: Listing, text: Text, ph: Phrases, page_url: str, base_url: str) -> str:
    """Open Graph and Twitter card tags of a listing page (the card image when a renderer
    is registered: cards.py); absolute URLs with a base URL."""
    words = text.description.split("\n", 1)[0].strip()
    if len(words) > 200:
        words = words[:199].rsplit(" ", 1)[0] + "…"
    title, site = e(text.title), ph.et["site_title"]
    tags = [
        f'<meta property="og:type" content="website">\n'
        f'<meta property="og:site_name" content="{site}">\n'
        f'<meta property="og:title" content="{title}">\n'
        f'<meta property="og:locale" content="{_LOCALES.get(ph.lang, ph.lang)}">\n'
    ]
    if words:
        tags.append(f'<meta property="og:description" content="{e(words)}">\n')
    if page_url:
        tags.append(f'<meta property="og:url" content="{e(page_url)}">\n')
    large = renderer() is not None
    if large:
        path = card_path(item.key, text.lang)
        image = e(f"{base_url}{path}" if base_url else f"../{path}")
        alt = e(f"{text.title} – {ph.words.where(item)}")
        tags.append(
            f'<meta property="og:image" content="{image}">\n'
            f'<meta property="og:image:type" content="image/png">\n'
            f'<meta property="og:image:width" content="{WIDTH}">\n'
            f'<meta property="og:image:height" content="{HEIGHT}">\n'
            f'<meta property="og:image:alt" content="{alt}">\n'
            f'<meta name="twitter:image" content="{image}">\n'
            f'<meta name="twitter:image:alt" content="{alt}">\n'
        )
    card = "summary_large_image" if large else "summary"
    tags.append(
        f'<meta name="twitter:card" content="{card}">\n'
        f'<meta name="twitter:title" content="{title}">\n'
    )
    return "".join(tags)


def _apply(item: Listing, ph: Phrases) -> list[str]:
    """The "how do I take part?" block: the contact as prominent actions and what to write."""
    et = ph.et
    out = [
        f'<section class="apply" aria-labelledby="apply">\n<h2 id="apply">{et["take_part"]}</h2>\n'
    ]
    email, phone, url = item.contact_email, item.contact_phone, item.url
    phone_link = tel(phone)
    if email or phone or url:
        out.append('<ul class="actions">')
        if email:
            out.append(
                f'<li><a class="action" href="{e(item.contact_mailto)}">{et["apply_write"]}: '
                f"<span>{e(email)}</span></a></li>"
            )
        if phone and phone_link:
            out.append(
                f'<li><a class="action" href="{e(phone_link)}">{et["apply_call"]}: '
                f"<span>{e(phone)}</span></a></li>"
            )
        elif phone:
            out.append(f"<li>{et['apply_call']}: {e(phone)}</li>")
        if url:
            out.append(f'<li><a class="action" href="{e(url)}">{et["apply_web"]}</a></li>')
        out.append(f"</ul>\n<p>{et['apply_what']}</p>\n")
    else:
        out.append(f"<p>{et['apply_none']}</p>\n")
    out.append("</section>\n")
    return out


def _free(ph: Phrases, item: Listing, value: str, src: str) -> str:
    """Free text in the listing's language: its ``lang`` and, on another language's page,
    the note that the organization wrote it so."""
    note = ph.source_note(item.source_lang)
    return f"<span{src}>{e(value)}</span>" + (f' <small class="src">{note}</small>' if note else "")


def page_html(
    item: Listing, ph: Phrases, pages: Sequence[str], base_url: str, districts: list[str]
) -> str:
    """A listing's own page in ``ph.lang`` (``districts``: its district labels, for JSON-LD):
    how to take part first, then the description, then the facts."""
    lang, et = ph.lang, ph.et
    text = item.text(lang)
    file = f"{item.key}.html"
    title = e(text.title)
    keywords_html, keywords = ph.interests(item)
    data = structured_data(
        item,
        text,
        f"{base_url}{lang}/{file}" if base_url else "",
        districts,
        keywords,
    )
    other = text.lang != lang
    src = f' lang="{item.source_lang}"' if item.source_lang != lang else ""
    out = [ph.head_start, title, ph.title_end]
    if len(pages) > 1:
        alternates, menu = _switcher(lang, pages, file)
        out += [alternates, ph.head_end]
    else:
        menu = ""
        out.append(ph.head_end)
    out += [
        share_meta(item, text, ph, f"{base_url}{lang}/{file}" if base_url else "", base_url),
        '<script type="application/ld+json">',
        json_for_script(data),
        "</script>\n",
        ph.body_start,
        f"{ph.nav_start}{menu}</ul></nav>" if menu else "",
        "\n",
        ph.main_start,
        f'<h1 lang="{e(text.lang)}">' if other else "<h1>",
        title,
        "</h1>\n",
    ]
    org = item.organization.name
    if org:
        out.append(f'<p class="org">{e(org)}</p>\n')
    if other:
        out.append(f'<p class="fallback">{ph.untranslated(text.lang)}</p>\n')
    out += _apply(item, ph)
    paragraphs = [f"<p>{e(p)}</p>" for p in text.description.split("\n") if p.strip()]
    if paragraphs:
        out.append(f"<h2>{et['about']}</h2>\n")
        out.append(
            f'<div class="description" lang="{e(text.lang)}">'
            if other
            else '<div class="description">'
        )
        out += paragraphs
        out.append("</div>\n")
    out.append(
        f'<h2>{et["facts"]}</h2>\n<dl class="facts">\n<dt>{et["where"]}</dt><dd>{ph.where(item)}'
    )
    if item.address:
        out.append("<br>" + _free(ph, item, item.address, src))
    out.append("</dd>\n")
    when = ph.when(item)
    if when:
        out.append(f"<dt>{et['when']}</dt><dd>{when}</dd>")
    out.append(f"\n<dt>{et['commitment']}</dt><dd>{e(ph.words.commitment(item))}</dd>\n")
    days, schedule = ph.days(item), item.schedule
    if days or schedule:
        out.append(f"<dt>{et['schedule']}</dt><dd>{days}")
        if days and schedule:
            out.append(" · ")
        if schedule:
            out.append(_free(ph, item, schedule, src))
        out.append("</dd>")
    out.append("\n")
    if item.languages:
        out.append(f"<dt>{et['languages']}</dt><dd>{ph.needs(item)}</dd>")
    out.append("\n")
    if keywords_html:
        out.append(f"<dt>{et['interests']}</dt><dd>{keywords_html}</dd>")
    out.append("\n")
    if item.capacity:
        out.append(f"<dt>{et['capacity']}</dt><dd>{e(item.capacity)}</dd>")
    out.append("\n")
    if item.min_age:
        out.append(f"<dt>{et['min_age']}</dt><dd>{e(item.min_age)}</dd>")
    out.append("\n")
    if item.accessibility:
        out.append(
            f"<dt>{et['accessibility']}</dt><dd>{_free(ph, item, item.accessibility, src)}</dd>"
        )
    out.append("\n")
    if item.url:
        url = e(item.url)
        out.append(f'<dt>{et["more"]}</dt><dd><a class="url" href="{url}">{url}</a></dd>')
    out.append("\n")
    if item.valid_until:
        out.append(f"<dt>{et['valid_until']}</dt><dd>{ph.date(item.valid_until)}</dd>")
    out += ["\n</dl>", ph.main_end, ph.body_end]
    return "".join(out)


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
