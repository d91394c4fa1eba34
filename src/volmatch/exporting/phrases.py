"""One site language's recurring words for the fast HTML of render.py and entries.py.

Every value goes through markupsafe's escaping, exactly as Jinja2's autoescape would.
Phrases that recur (district labels, dates, language needs, interests) are worded and
escaped once per language and reused, and the frame of a page (head, header, footer) is
assembled once per language.
"""

from __future__ import annotations

import datetime as dt

from markupsafe import escape

from volmatch.exporting.names import Names
from volmatch.exporting.public import EPOCH, Listing
from volmatch.exporting.strings import strings
from volmatch.exporting.words import Words, place_key

STATEMENT_FILE = "accessibility.html"


try:  # markupsafe's C escaping without the Markup wrapper: a quarter of the time
    from markupsafe._speedups import _escape_inner
except ImportError:  # pure-Python markupsafe
    _escape_inner = None


def e(value: object) -> str:
    """HTML-escaped text, as Jinja2's autoescape writes it."""
    if type(value) is str and _escape_inner is not None:
        return _escape_inner(value)
    return str(escape(value))


class Phrases:
    """One site language's words, escaped once, and a listing's facts cached by their value."""

    def __init__(self, names: Names, lang: str, feeds: bool, shared: dict | None = None) -> None:
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
        self._shell(feeds)

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

    def body_end(self, updated: dt.datetime) -> str:
        """The end of a listing's page, whose footer says when the listing last changed
        (not when the site did: an unchanged listing's page stays the same)."""
        key = ("u", updated.date())
        value = self._when.get(key)
        if value is None:
            day = "" if updated <= EPOCH else self.words.date(updated.date())
            said = e(self.t["page_updated"].format(date=day)) + " · " if day else ""
            value = self._when[key] = self.footer_start + said + self.footer_end
        return value

    # --- the page frame (site/base.html.j2) ---------------------------------
    def _shell(self, feeds: bool) -> None:
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
        links = ""
        if feeds:
            links = (
                f'<p>{et["feeds"]}: <a href="{root}feeds/{lang}.atom">{et["atom"]}</a> · '
                f'<a href="{root}feeds/calendar-{lang}.ics">{et["calendar"]}</a> · '
                f'<a href="{root}feeds/listings.json">{et["data"]}</a></p>'
            )
        self.footer_start = '\n</main>\n<footer class="site">\n<p>'
        self.footer_end = (
            f"{et['footer']}</p>\n{links}\n"
            f'<p><a href="{root}{lang}/{STATEMENT_FILE}">{et["statement"]}</a></p>\n'
            "</footer>\n\n</body>\n</html>\n"
        )
        self.main_start = '</header>\n<main id="main" tabindex="-1">\n\n<article class="listing">\n'
        self.main_end = (
            f'\n</article>\n<p class="back"><a href="index.html">← {et["back"]}</a></p>\n'
        )
