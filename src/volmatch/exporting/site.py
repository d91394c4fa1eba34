"""The static multilingual website: an index per language, a page per listing, a CMS fragment.

Layout (below the export folder)::

    index.html                 language choice
    <lang>/index.html          all listings, filters (JS optional)
    <lang>/<key>.html          a listing in the language it is written or translated in
    embed/<lang>.html          an HTML fragment for the city's CMS
    assets/site.css, assets/filter.js

A listing has a page in each site language it has text in; an index in another
language links to the best of those, marks it with ``lang`` and says so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import jinja2
from markupsafe import Markup, escape

from volmatch.domain import Scope
from volmatch.exporting.atomic import Tree
from volmatch.exporting.jsonld import structured_data
from volmatch.exporting.names import Names
from volmatch.exporting.public import EPOCH, Listing, Text
from volmatch.exporting.safety import json_for_script
from volmatch.exporting.strings import CORE_LANGS, ENDONYMS, OPTIONAL_LANGS, strings
from volmatch.exporting.words import Words
from volmatch.paths import resource

CITYWIDE_TOKEN = "*citywide"
REMOTE_TOKEN = "*remote"


class _Environment(jinja2.Environment):
    """Looks ``a.b`` up in a dict first: the views are dicts, and Jinja's default tries
    getattr and catches an exception for each one, a third of the rendering time."""

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
    )


def asset(name: str) -> bytes:
    return resource("templates", "site", name).read_bytes()


def site_languages(listings: Sequence[Listing]) -> tuple[str, ...]:
    """cs, en, uk always; ru and vi when some listing has text in them."""
    present = {lang for item in listings for lang in item.texts}
    return CORE_LANGS + tuple(lang for lang in OPTIONAL_LANGS if lang in present)


def page_languages(listing: Listing, langs: Sequence[str]) -> tuple[str, ...]:
    """The site languages a listing has its own page in (English pages carry foreign-only text)."""
    own = tuple(lang for lang in langs if lang in listing.texts)
    return own or ("en",)


def page_for(listing: Listing, reader: str, pages: Sequence[str]) -> str:
    """Which page a reader of ``reader`` is sent to."""
    if reader in pages:
        return reader
    best = listing.text(reader).lang
    return best if best in pages else pages[0]


@dataclass
class Option:
    value: str
    label: str


class SiteWriter:
    """Renders the site for a list of listings into a :class:`Tree`."""

    def __init__(
        self,
        listings: Sequence[Listing],
        names: Names,
        *,
        now: dt.datetime,
        base_url: str = "",
        feeds: bool = False,
    ) -> None:
        self.listings = listings
        self.names = names
        self.now = now
        self.base_url = base_url.rstrip("/") + "/" if base_url else ""
        self.feeds = feeds
        self.langs = site_languages(listings)
        self.pages = {item.key: page_languages(item, self.langs) for item in listings}
        env = environment()
        self.t_index = env.get_template("site/index.html.j2")
        self.t_listing = env.get_template("site/listing.html.j2")
        self.t_fragment = env.get_template("site/fragment.html.j2")
        self.t_root = env.get_template("site/root.html.j2")

    def write(self, tree: Tree, prefix: str = "") -> None:
        tree.add(prefix + "assets/site.css", asset("site.css"))
        tree.add(prefix + "assets/filter.js", asset("filter.js"))
        tree.add(prefix + "index.html", self._root())
        for lang in self.langs:
            words = Words(self.names, lang)
            cards = [self._card(item, words) for item in self.listings]
            tree.add(prefix + f"{lang}/index.html", self._index(words, cards))
            tree.add(prefix + f"embed/{lang}.html", self._fragment(words, cards))
        for item in self.listings:
            for lang in self.pages[item.key]:
                tree.add(prefix + f"{lang}/{item.key}.html", self._page(item, lang))

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
        }

    def _root(self) -> str:
        switcher = [
            {"lang": lang, "href": f"{lang}/index.html", "title": strings(lang)["site_title"]}
            for lang in self.langs
        ]
        return self.t_root.render(title=strings("cs")["site_title"], switcher=switcher)

    def _card(self, item: Listing, words: Words) -> dict:
        text = item.text(words.lang)
        target = page_for(item, words.lang, self.pages[item.key])
        if item.scope is Scope.CITYWIDE:
            data_d = CITYWIDE_TOKEN
        elif item.scope is Scope.REMOTE:
            data_d = REMOTE_TOKEN
        else:
            data_d = "|".join(item.districts)
        return {
            "text": text,
            "fallback": words.fallback_note(item, text.lang),
            "href": f"../{target}/{item.key}.html",
            "org": item.organization.name,
            "where": words.where(item),
            "when": words.when(item),
            "langs": [words.names.language(n.code, words.lang) for n in item.languages],
            "interests": words.interests(item),
            "data_d": data_d,
            "data_l": "|".join(n.code for n in item.languages),
            "data_i": "|".join(item.interests),
        }

    def _options(self, words: Words) -> dict[str, list[Option]]:
        districts = sorted({d for item in self.listings for d in item.districts})
        options = [Option(d, self.names.district(d)) for d in districts]
        scopes = {item.scope for item in self.listings}
        if Scope.CITYWIDE in scopes:
            options.append(Option(CITYWIDE_TOKEN, words.t["citywide"]))
        if Scope.REMOTE in scopes:
            options.append(Option(REMOTE_TOKEN, words.t["remote"]))
        codes = sorted({n.code for item in self.listings for n in item.languages})
        tags = sorted({tag for item in self.listings for tag in item.interests})
        return {
            "district_options": options,
            "language_options": sorted(
                (Option(c, self.names.language(c, words.lang)) for c in codes),
                key=lambda o: (o.label.casefold(), o.value),
            ),
            "interest_options": sorted(
                (Option(tag, self.names.interest(tag, words.lang)) for tag in tags),
                key=lambda o: (o.label.casefold(), o.value),
            ),
        }

    def _index(self, words: Words, cards: list[dict]) -> str:
        lang = words.lang
        common = self._common(lang)
        rendered = [card_html(c, lang) for c in cards]
        return self.t_index.render(
            **common,
            **self._options(words),
            cards=rendered,
            alternates=self._switcher(lang, self.langs, "index.html"),
            switcher=self._switcher(lang, self.langs, "index.html"),
        )

    def _fragment(self, words: Words, cards: list[dict]) -> str:
        if self.base_url:
            cards = [{**c, "href": self.base_url + c["href"].removeprefix("../")} for c in cards]
        return self.t_fragment.render(ui_lang=words.lang, t=words.t, cards=cards)

    def _page(self, item: Listing, lang: str) -> str:
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
        view = {
            "text": text,
            "org": item.organization.name,
            "where": words.where(item),
            "address": item.address,
            "when": words.when(item),
            "commitment": words.commitment(item),
            "days": words.days(item),
            "schedule": item.schedule,
            "source_lang": item.source_lang,
            "langs": words.languages(item),
            "interests": words.interests(item),
            "capacity": item.capacity,
            "min_age": item.min_age,
            "accessibility": item.accessibility,
            "contact_email": item.contact_email,
            "contact_mailto": item.contact_mailto,
            "contact_phone": item.contact_phone,
            "url": item.url,
            "valid_until": words.date(item.valid_until),
            "paragraphs": [p for p in text.description.split("\n") if p.strip()],
            "back": "index.html",
            "jsonld": Markup(json_for_script(data)),
        }
        switch = self._switcher(lang, pages, f"{item.key}.html") if len(pages) > 1 else []
        return self.t_listing.render(
            **self._common(lang), p=view, alternates=switch, switcher=switch
        )


def card_html(c: dict, ui_lang: str) -> Markup:
    """One card of an index page. Built here rather than in a template because an index
    holds every listing; each value goes through markupsafe's escape like autoescape."""
    e = escape
    text = c["text"]
    lang = e(ui_lang)
    out = [
        f'<li class="card" data-d="{e(c["data_d"])}" data-l="{e(c["data_l"])}" '
        f'data-i="{e(c["data_i"])}"><article'
        + (f' lang="{e(text.lang)}"' if c["fallback"] else "")
        + f'>\n<h2><a href="{e(c["href"])}">{e(text.title)}</a></h2>\n'
    ]
    if c["fallback"]:
        out.append(f'<p class="fallback" lang="{lang}">{e(c["fallback"])}</p>\n')
    meta = f"<span>{e(c['org'])}</span> · " if c["org"] else ""
    meta += f"<span>{e(c['where'])}</span>"
    if c["when"]:
        meta += f" · <span>{e(c['when'])}</span>"
    out.append(f'<p class="meta" lang="{lang}">{meta}</p>\n')
    if c["langs"] or c["interests"]:
        tags = "".join(f'<span class="tag">{e(x)}</span> ' for x in c["langs"])
        tags += "".join(f'<span class="tag interest">{e(x)}</span> ' for x in c["interests"])
        out.append(f'<p class="tags" lang="{lang}">{tags}</p>\n')
    out.append("</article></li>")
    return Markup("".join(out))
