"""The static multilingual website: an index per language, a page per listing, a CMS fragment.

Layout (below the export folder)::

    index.html                 language choice
    <lang>/index.html          all listings, filters (JS optional)
    <lang>/<key>.html          a listing in the language it is written or translated in
    embed/<lang>.html          an HTML fragment for the city's CMS
    assets/site.css, assets/filter.js

A listing has a page in each site language it has text in; an index in another
language links to the best of those, marks it with ``lang`` and says so.
The district filter offers administrative districts (Praha 1–22); a card carries
the administrative districts of its places, so "Praha 7" also shows Praha-Troja.

The site is written as independent jobs (one per index, fragment, chunk of pages)
so that :mod:`volmatch.exporting.parallel` can spread them over processes.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

import jinja2
from markupsafe import Markup

from volmatch.domain import Scope
from volmatch.exporting import cardcache, cards, reuse
from volmatch.exporting.collation import sort_key
from volmatch.exporting.entries import CITYWIDE_TOKEN, REMOTE_TOKEN, card_and_entry, page_for
from volmatch.exporting.jsonld import structured_data
from volmatch.exporting.names import Names
from volmatch.exporting.phrases import STATEMENT_FILE, Phrases
from volmatch.exporting.public import EPOCH, Listing, Text
from volmatch.exporting.render import page_html, share_meta
from volmatch.exporting.reuse import NO_PIECES, Keep, Pieces
from volmatch.exporting.safety import json_for_script, mailto, safe_url, tel
from volmatch.exporting.statement import ASSESSED, CITY_SITE, statement
from volmatch.exporting.strings import CORE_LANGS, ENDONYMS, OPTIONAL_LANGS, UI_LANGS, strings
from volmatch.exporting.words import Words
from volmatch.paths import resource

__all__ = ["CITYWIDE_TOKEN", "REMOTE_TOKEN", "SiteWriter", "page_for", "page_languages"]

PAGE_CHUNK = 2500  # listings per page-writing job: small enough to balance two processes
Sink = object  # anything with add(path, data): atomic.Tree or atomic.FolderSink
Job = Callable[[Sink], None]


class _Environment(jinja2.Environment):
    """Looks ``a.b`` up in a dict first: the views are dicts, and Jinja's default tries
    getattr and catches an exception for each one."""

    def getattr(self, obj, attribute):
        if type(obj) is dict:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)


@cache
def environment() -> jinja2.Environment:
    """Jinja2 over resources/templates with autoescape on for every template."""
    return _Environment(
        loader=jinja2.FileSystemLoader(str(resource("templates"))),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=False,
        keep_trailing_newline=True,
        auto_reload=False,  # shipped files: no stat() per render
    )


def asset(name: str) -> bytes:
    return resource("templates", "site", name).read_bytes()


def site_languages(listings: Sequence[Listing]) -> tuple[str, ...]:
    """cs, en, uk always; ru and vi when some listing has text in them."""
    wanted = set(OPTIONAL_LANGS)
    present: set[str] = set()
    for item in listings:
        if len(item.texts) != 1 or next(iter(item.texts)) in wanted:
            present.update(wanted.intersection(item.texts))
            if present == wanted:
                break  # every optional language found: no need to look further
    return CORE_LANGS + tuple(lang for lang in OPTIONAL_LANGS if lang in present)


_SLOT = "\x00listings\x00"  # where the listings go in a rendered index (its own text has no NUL)


def _spliced(page: str, middle: list[str]) -> list[str]:
    head, slot, tail = page.partition(_SLOT)
    if not slot or _SLOT in tail:
        raise ValueError("the template must show the listings once")
    return [head, *middle, tail]


def page_languages(listing: Listing, langs: Sequence[str]) -> tuple[str, ...]:
    """The site languages a listing has a page in: every one, so a reader stays on their
    language's site; an untranslated listing's page says so and shows the best text."""
    return tuple(langs)


@dataclass
class Option:
    value: str
    label: str


def _natural(text: str) -> tuple:
    """ "Praha 2" before "Praha 10"."""
    return tuple(int(p) if p.isdigit() else p.casefold() for p in re.split(r"(\d+)", text))


class SiteWriter:
    """Writes the site for a list of listings into a sink (a Tree or a folder)."""

    def __init__(
        self,
        listings: Sequence[Listing],
        names: Names,
        *,
        now: dt.datetime,
        base_url: str = "",
        feeds: bool = False,
        pages: dict[str, tuple[str, ...]] | None = None,
        contact: str = "",
        previous: str = "",
    ) -> None:
        """``pages``: each listing's page languages when the caller has them already;
        ``contact``: an e-mail address or web page for feedback on accessibility;
        ``previous``: the folder of the export being replaced (its cards are reused)."""
        self.contact = contact.strip()
        self.previous = previous
        self._previous: dict[str, str] = {}  # prefix: the previous folder if it has cards
        self.listings = listings
        self.names = names
        self.now = now
        self.base_url = base_url.rstrip("/") + "/" if base_url else ""
        self.feeds = feeds
        self.langs = site_languages(listings)
        if pages is None:
            pages = {item.key: page_languages(item, self.langs) for item in listings}
        self.pages = pages
        env = environment()
        self.t_index = env.get_template("site/index.html.j2")
        self.t_listing = env.get_template("site/listing.html.j2")
        self.t_fragment = env.get_template("site/fragment.html.j2")
        self.t_root = env.get_template("site/root.html.j2")
        self.t_statement = env.get_template("site/statement.html.j2")
        self._phrases: dict[str, Phrases] = {}
        self._shared: dict = {}  # what every language's card of a listing has in common
        self._facet_values: tuple | None = None
        self.keep: Keep | None = None  # set by export(): not for a site built in memory

    def phrases(self, lang: str) -> Phrases:
        ph = self._phrases.get(lang)
        if ph is None:
            ph = self._phrases[lang] = Phrases(self.names, lang, self.feeds, self._shared)
        return ph

    def write(self, sink, prefix: str = "") -> None:
        for job in self.jobs(prefix):
            job(sink)

    def jobs(self, prefix: str = "", chunk: int = PAGE_CHUNK) -> list[Job]:
        """Independent pieces of work, each adding its own files to a sink."""

        def fixed(sink) -> None:
            sink.add(prefix + "assets/site.css", asset("site.css"))
            sink.add(prefix + "assets/filter.js", asset("filter.js"))
            sink.add(prefix + "index.html", self._root())

        def index(lang: str) -> Job:
            def job(sink) -> None:
                paths = (prefix + f"{lang}/index.html", prefix + f"embed/{lang}.html")
                keep = self._keep(sink, prefix)
                kept = [reuse.kept(keep, sink, path) for path in paths]
                index, fragment, keys = self._index_pieces(lang, *kept)
                reuse.write_pieces(sink, paths[0], zip(keys, index, strict=True))
                reuse.write_pieces(sink, paths[1], zip(keys, fragment, strict=True))
                sink.add(prefix + f"{lang}/{STATEMENT_FILE}", self._statement(lang))

            return job

        def pages(part: Sequence[Listing]) -> Job:
            def job(sink) -> None:
                draw = cards.renderer()
                keep = self._keep(sink, prefix)
                for item in part:
                    self._listing_files(sink, prefix, item, draw, keep)

            return job

        out: list[Job] = [fixed]
        out += [index(lang) for lang in self.langs]
        items = self.listings
        out += [pages(items[i : i + chunk]) for i in range(0, len(items), chunk)]
        return out

    # --- pieces -------------------------------------------------------------
    def _switcher(self, current: str, available: Sequence[str], name: str) -> list[dict]:
        return [
            {
                "lang": lang,
                "href": f"../{lang}/{name}",
                "name": ENDONYMS[lang],
                "current": lang == current,
            }
            for lang in available
        ]

    def _common(self, lang: str, root: str = "../") -> dict:
        return {
            "ui_lang": lang,
            "t": strings(lang),
            "root": root,
            "feeds": self.feeds,
            # no timestamps in the data at all: say nothing rather than a made-up date
            "updated": "" if self.now <= EPOCH else Words(self.names, lang).date(self.now.date()),
            "updated_words": "",  # a listing's page says when the listing changed instead
        }

    def _root(self) -> str:
        """The language choice: each language greets in its own words."""
        switcher = [
            {
                "lang": lang,
                "href": f"{lang}/index.html",
                "title": strings(lang)["site_title"],
                "greeting": strings(lang)["greeting"],
                "name": ENDONYMS[lang],
                "statement": strings(lang)["statement"],
                "statement_href": f"{lang}/{STATEMENT_FILE}",
            }
            for lang in self.langs
        ]
        return self.t_root.render(title=strings("cs")["site_title"], switcher=switcher)

    def _keep(self, sink, prefix: str) -> Keep | None:
        """What the export may take over (reuse.py), for a folder sink at the root."""
        return None if prefix else reuse.for_sink(self.keep, sink)

    def _listing_files(self, sink, prefix: str, item: Listing, draw, keep: Keep | None) -> None:
        """A listing's pages and share cards: the previous export's files when nothing they
        are made from has changed (reuse.py), else made now."""
        langs = self.pages[item.key]
        texts = self.card_languages(item) if draw is not None else ()
        paths = [f"{prefix}{lang}/{item.key}.html" for lang in langs]
        paths += [prefix + cards.card_path(item.key, text_lang) for text_lang in texts]
        start, linked = sink.size, ()
        if keep is not None:
            sizes = keep.unchanged(item.key, paths)
            if sizes is not None:
                linked = [
                    sink.link(p, keep.source(p), n) for p, n in zip(paths, sizes, strict=True)
                ]
        for i, lang in enumerate(langs):
            if not (linked and linked[i]):
                sink.add(paths[i], self._page(item, lang))
        for i, text_lang in enumerate(texts, len(langs)):
            if not (linked and linked[i]):
                self._add_card(sink, prefix, item, text_lang, draw)
        if keep is not None:
            reuse.note(sink, item.key, keep.fingerprints[item.key], sink.size - start)

    def _add_card(self, sink, prefix: str, item: Listing, text_lang: str, draw) -> None:
        """The share card: the previous export's file when it says the same, else the
        card cache's, else drawn (and kept in the cache)."""
        path = prefix + cards.card_path(item.key, text_lang)
        card = self.card(item, text_lang)
        key = cards.card_key(card)
        previous = self._previous_cards(prefix)
        if cards.reuse(sink, path, previous, key) or cardcache.fetch(sink, path, key):
            return
        data = cards.with_key(draw(card), key)
        sink.add(path, data)
        cardcache.keep(sink, path, key, data)

    def _previous_cards(self, prefix: str) -> str:
        """The previous export's folder when it has cards under ``prefix``, else "" (an
        export into a new folder then asks the card cache without a failed open first)."""
        found = self._previous.get(prefix)
        if found is None:
            cards_dir = os.path.join(self.previous, prefix + "cards")
            found = self.previous if self.previous and os.path.isdir(cards_dir) else ""
            self._previous[prefix] = found
        return found

    def card_languages(self, item: Listing) -> list[str]:
        """The languages of ``item``'s share cards: one per language of text its pages
        show, in order."""
        return sorted({item.text(lang).lang for lang in self.pages[item.key]})

    def card(self, item: Listing, text_lang: str) -> cards.Card:
        """What the share card of ``item`` says, all in the language of its text."""
        lang = text_lang if text_lang in UI_LANGS else "en"
        t = strings(text_lang)
        return cards.Card(
            lang=text_lang,
            title=item.text(text_lang).title,
            place=self.phrases(lang).words.where(item),
            organization=item.organization.name,
            city=t["share_city"],
            site=t["site_title"],
        )

    def _statement(self, lang: str) -> str:
        """The accessibility statement in ``lang`` (statement.py)."""
        contact = self.contact
        href = mailto(contact) or safe_url(contact)
        words = Words(self.names, lang)
        return self.t_statement.render(
            **self._common(lang),
            s=statement(lang),
            assessed=words.date(ASSESSED),
            reviewed="" if self.now <= EPOCH else words.date(self.now.date()),
            contact=contact if href else "",
            contact_href=href,
            city_site=CITY_SITE,
            alternates=self._switcher(lang, self.langs, STATEMENT_FILE),
            switcher=self._switcher(lang, self.langs, STATEMENT_FILE),
        )

    def _href(self, item: Listing, lang: str) -> str:
        return f"../{page_for(item, lang, self.pages[item.key])}/{item.key}.html"

    def _facets(self) -> tuple[list[str], set[Scope], list[str], list[str]]:
        """Administrative districts, scopes, language codes and interests of all listings
        (the same for every language's index, so found once per process)."""
        if self._facet_values is None:
            districts: set[str] = set()
            scopes: set[Scope] = set()
            codes: set[str] = set()
            tags: set[str] = set()
            for item in self.listings:
                districts.update(item.districts)
                scopes.add(item.scope)
                codes.update(item.language_codes)
                tags.update(item.interests)
            names = self.names
            admins = {names.admin_of(d) for d in districts}
            gazetteer_order = getattr(names.gazetteer, "admin_districts", ())
            order = {name: i for i, name in enumerate(gazetteer_order)}
            ordered = sorted(admins, key=lambda a: (order.get(a, len(order)), _natural(a)))
            self._facet_values = (ordered, scopes, sorted(codes), sorted(tags))
        return self._facet_values

    def _options(self, lang: str) -> dict[str, list[Option]]:
        names = self.names
        ordered, scopes, codes, tags = self._facets()
        options = [Option(a, a) for a in ordered]
        t = strings(lang)
        if Scope.CITYWIDE in scopes:
            options.append(Option(CITYWIDE_TOKEN, t["citywide"]))
        if Scope.REMOTE in scopes:
            options.append(Option(REMOTE_TOKEN, t["remote"]))
        return {
            "district_options": options,
            "language_options": sorted(
                (Option(c, names.language(c, lang)) for c in codes),
                key=lambda o: (o.label.casefold(), o.value),
            ),
            "interest_options": sorted(
                (Option(tag, names.interest(tag, lang)) for tag in tags),
                key=lambda o: (o.label.casefold(), o.value),
            ),
        }

    def _ordered(self, lang: str) -> list[Listing]:
        """The listings by their title as a reader of ``lang`` sorts (collation.py)."""
        return sorted(self.listings, key=lambda i: (sort_key(i.text(lang).title, lang), i.key))

    def _index_and_fragment(self, lang: str) -> tuple[str, str]:
        """The index page of ``lang`` and its CMS fragment."""
        index, fragment = self._index_parts(lang)
        return "".join(index), "".join(fragment)

    def _index_parts(self, lang: str) -> tuple[list, list]:
        """:meth:`_index_and_fragment` as pieces (a listing's card or entry each), every
        listing in one pass; joined they are the same text, but never joined in memory."""
        index, fragment, _ = self._index_pieces(lang)
        return index, fragment

    def _index_pieces(
        self, lang: str, old_cards: Pieces = NO_PIECES, old_entries: Pieces = NO_PIECES
    ) -> tuple[list, list, list[str | None]]:
        """:meth:`_index_parts` and the key of each piece's listing (None for the page's
        own); an unchanged listing's card and entry are its bytes in ``old_cards`` and
        ``old_entries``, the previous export's index and fragment (reuse.py)."""
        ph = self.phrases(lang)
        pages = self.pages
        base = self.base_url or "../"
        cards, entries = [], []
        ordered = self._ordered(lang)
        for item in ordered:
            card, entry = old_cards.get(item.key), old_entries.get(item.key)
            if card is not None and entry is not None:
                cards.append(card)
                entries.append(entry)
                continue
            card, entry = card_and_entry(
                item, ph, f"{page_for(item, lang, pages[item.key])}/{item.key}.html", base
            )
            cards.append(card + "\n")  # each card ends its line
            entries.append(entry)
        index = self.t_index.render(
            **self._common(lang),
            **self._options(lang),
            cards=Markup(_SLOT),
            count=len(self.listings),
            alternates=self._switcher(lang, self.langs, "index.html"),
            switcher=self._switcher(lang, self.langs, "index.html"),
        )
        fragment = self.t_fragment.render(ui_lang=lang, t=strings(lang), items=Markup(_SLOT))
        keys = [None, *(item.key for item in ordered), None]
        return _spliced(index, cards), _spliced(fragment, entries), keys

    def _page(self, item: Listing, lang: str) -> str:
        districts = [self.names.district(d) for d in item.districts]
        return page_html(item, self.phrases(lang), self.pages[item.key], self.base_url, districts)

    def jinja_page(self, item: Listing, lang: str) -> str:
        """The same page through ``site/listing.html.j2``: the reference that
        :func:`render.page_html` must match byte for byte (and the benchmark's baseline)."""
        words = Words(self.names, lang)
        text: Text = item.text(lang)
        pages = self.pages[item.key]
        page_url = f"{self.base_url}{lang}/{item.key}.html" if self.base_url else ""
        data = structured_data(
            item,
            text,
            page_url,
            [self.names.district(d) for d in item.districts],
            words.interests(item),
        )
        other = text.lang != lang
        name = self.names.language(text.lang, lang)
        view = {
            "text": text,
            "org": item.organization.name,
            "untranslated": words.t["not_translated"].format(lang=name) if other else "",
            "email": item.contact_email,
            "mailto": item.contact_mailto,
            "phone": item.contact_phone,
            "tel": tel(item.contact_phone),
            "where": words.where(item),
            "address": item.address,
            "src_note": words.source_note(item.source_lang),
            "when": words.when(item),
            "commitment": words.commitment(item),
            "days": words.days(item),
            "schedule": item.schedule,
            "source_lang": item.source_lang,
            "needs": [words.need_explained(n) for n in item.languages],
            "interests": words.interests(item),
            "capacity": item.capacity,
            "min_age": item.min_age,
            "accessibility": item.accessibility,
            "url": item.url,
            "valid_until": words.date(item.valid_until),
            "paragraphs": [p for p in text.description.split("\n") if p.strip()],
            "back": "index.html",
            "jsonld": Markup(json_for_script(data)),
            "meta": Markup(share_meta(item, text, self.phrases(lang), page_url, self.base_url)),
        }
        switch = self._switcher(lang, pages, f"{item.key}.html") if len(pages) > 1 else []
        common = self._common(lang)
        common["updated"] = "" if item.updated <= EPOCH else words.date(item.updated.date())
        common["updated_words"] = words.t["page_updated"]
        return self.t_listing.render(**common, p=view, alternates=switch, switcher=switch)
