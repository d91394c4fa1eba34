"""Fast HTML of a listing's own page: about 120,000 of them for a whole city.

The pages are assembled from strings rather than rendered through Jinja2 (about ten times
faster). Every value goes through markupsafe's escaping (phrases.e), exactly as autoescape
would, and the result is byte for byte what ``site/listing.html.j2`` renders
(``tests/exporting/test_render.py`` compares the two on hostile and multilingual listings).
"""

from __future__ import annotations

from collections.abc import Sequence

from volmatch.exporting.cards import HEIGHT, WIDTH, card_path, renderer
from volmatch.exporting.jsonld import for_page, same_on_every_page, structured_data
from volmatch.exporting.phrases import Phrases, e
from volmatch.exporting.public import Listing, Text
from volmatch.exporting.safety import json_for_script, tel
from volmatch.exporting.strings import ENDONYMS

_SWITCHERS: dict[tuple[str, tuple[str, ...]], tuple[list[str], list[str]]] = {}


def _switcher(current: str, pages: Sequence[str], file: str) -> tuple[str, str]:
    """The hreflang links of the head and the language menu of the header (their text
    around the file name is made once per set of languages)."""
    key = (current, tuple(pages))
    parts = _SWITCHERS.get(key)
    if parts is None:
        alternates = "".join(
            f'<link rel="alternate" hreflang="{lang}" href="../{lang}/\0">\n' for lang in pages
        )
        menu = "".join(
            f"<li><a{' aria-current=' + chr(34) + 'page' + chr(34) if lang == current else ''} "
            f'lang="{lang}" hreflang="{lang}" href="../{lang}/\0">{e(ENDONYMS[lang])}</a></li>'
            for lang in pages
        )
        parts = _SWITCHERS[key] = (alternates.split("\0"), menu.split("\0"))
    return file.join(parts[0]), file.join(parts[1])


class _Own:
    """What a listing's pages in every language share, escaped once: its pages are made
    one after another, so only the last listing's is kept (:func:`_own`)."""

    __slots__ = ("data", "email", "free", "item", "mailto", "org", "phone", "tel", "texts", "url")

    def __init__(self, item: Listing) -> None:
        self.item = item
        org = item.organization.name
        self.org = f'<p class="org">{e(org)}</p>\n' if org else ""
        self.email, self.mailto = e(item.contact_email), e(item.contact_mailto)
        self.phone, self.tel = e(item.contact_phone), e(tel(item.contact_phone))
        self.url = e(item.url)
        # address, schedule, accessibility: free text in the listing's language
        self.free = {v: e(v) for v in (item.address, item.schedule, item.accessibility) if v}
        self.texts: dict[str, tuple[str, str, str]] = {}
        self.data: dict[str, dict] = {}

    def text(self, text: Text) -> tuple[str, str, str]:
        """(title, the description's paragraphs, its first words for a share card), escaped."""
        found = self.texts.get(text.lang)
        if found is None:
            paragraphs = "".join(
                f"<p>{e(p)}</p>" for p in text.description.split("\n") if p.strip()
            )
            words = text.description.split("\n", 1)[0].strip()
            if len(words) > 200:
                words = words[:199].rsplit(" ", 1)[0] + "…"
            found = self.texts[text.lang] = (e(text.title), paragraphs, e(words))
        return found

    def structured(self, text: Text, page_url: str, districts: list[str], keywords: list[str]):
        """The page's JSON-LD object; what every page of the same text shares made once."""
        if not same_on_every_page(self.item):
            return structured_data(self.item, text, page_url, districts, keywords)
        data = self.data.get(text.lang)
        if data is None:
            data = self.data[text.lang] = structured_data(self.item, text, "", districts, [])
        return for_page(data, page_url, keywords)


_last: list[_Own | None] = [None]


def _own(item: Listing) -> _Own:
    own = _last[0]  # read once: another thread may replace it, never change it
    if own is None or own.item is not item:
        own = _last[0] = _Own(item)
    return own


_LOCALES = {"cs": "cs_CZ", "en": "en_GB", "uk": "uk_UA", "ru": "ru_RU", "vi": "vi_VN"}


def share_meta(item: Listing, text: Text, ph: Phrases, page_url: str, base_url: str) -> str:
    """Open Graph and Twitter card tags of a listing page (the card image when a renderer
    is registered: cards.py); absolute URLs with a base URL."""
    title, _, words = _own(item).text(text)
    site = ph.et["site_title"]
    tags = [
        f'<meta property="og:type" content="website">\n'
        f'<meta property="og:site_name" content="{site}">\n'
        f'<meta property="og:title" content="{title}">\n'
        f'<meta property="og:locale" content="{_LOCALES.get(ph.lang, ph.lang)}">\n'
    ]
    if words:
        tags.append(f'<meta property="og:description" content="{words}">\n')
    if page_url:
        tags.append(f'<meta property="og:url" content="{e(page_url)}">\n')
    large = renderer() is not None
    if large:
        path = card_path(item.key, text.lang)
        image = e(f"{base_url}{path}" if base_url else f"../{path}")
        alt = f"{title} – {ph.where(item)}"  # escaping works character by character
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


def _apply(item: Listing, own: _Own, ph: Phrases) -> str:
    """The "how do I take part?" block: the contact as prominent actions and what to write."""
    et = ph.et
    out = [
        f'<section class="apply" aria-labelledby="apply">\n<h2 id="apply">{et["take_part"]}</h2>\n'
    ]
    email, phone, url = item.contact_email, item.contact_phone, item.url
    if email or phone or url:
        out.append('<ul class="actions">')
        if email:
            out.append(
                f'<li><a class="action" href="{own.mailto}">{et["apply_write"]}: '
                f"<span>{own.email}</span></a></li>"
            )
        if phone and own.tel:
            out.append(
                f'<li><a class="action" href="{own.tel}">{et["apply_call"]}: '
                f"<span>{own.phone}</span></a></li>"
            )
        elif phone:
            out.append(f"<li>{et['apply_call']}: {own.phone}</li>")
        if url:
            out.append(f'<li><a class="action" href="{own.url}">{et["apply_web"]}</a></li>')
        out.append(f"</ul>\n<p>{et['apply_what']}</p>\n")
    else:
        out.append(f"<p>{et['apply_none']}</p>\n")
    out.append("</section>\n")
    return "".join(out)


def _free(ph: Phrases, item: Listing, value: str, src: str, own: _Own) -> str:
    """Free text in the listing's language: its ``lang`` and, on another language's page,
    the note that the organization wrote it so."""
    note = ph.source_note(item.source_lang)
    text = own.free[value]
    return f"<span{src}>{text}</span>" + (f' <small class="src">{note}</small>' if note else "")


def page_html(
    item: Listing, ph: Phrases, pages: Sequence[str], base_url: str, districts: list[str]
) -> str:
    """A listing's own page in ``ph.lang`` (``districts``: its district labels, for JSON-LD):
    how to take part first, then the description, then the facts."""
    lang = ph.lang
    text = item.text(lang)
    own = _own(item)
    file = f"{item.key}.html"
    page_url = f"{base_url}{lang}/{file}" if base_url else ""
    title, paragraphs, _ = own.text(text)
    keywords_html, keywords = ph.interests(item)
    data = own.structured(text, page_url, districts, keywords)
    other = text.lang != lang
    out = [ph.head_start, title, ph.title_end]
    if len(pages) > 1:
        alternates, menu = _switcher(lang, pages, file)
        out += [alternates, ph.head_end]
    else:
        menu = ""
        out.append(ph.head_end)
    out += [
        share_meta(item, text, ph, page_url, base_url),
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
        own.org,
    ]
    if other:
        out.append(f'<p class="fallback">{ph.untranslated(text.lang)}</p>\n')
    out.append(_apply(item, own, ph))
    if paragraphs:
        out += [
            f"<h2>{ph.et['about']}</h2>\n",
            f'<div class="description" lang="{e(text.lang)}">'
            if other
            else '<div class="description">',
            paragraphs,
            "</div>\n",
        ]
    out.append(_facts(item, own, ph, keywords_html))
    out += ["\n</dl>", ph.main_end, ph.body_end(item.updated)]
    return "".join(out)


def _facts(item: Listing, own: _Own, ph: Phrases, keywords_html: str) -> str:
    """The page's list of facts, up to its closing tag."""
    et = ph.et
    src = f' lang="{item.source_lang}"' if item.source_lang != ph.lang else ""
    out = [
        f'<h2>{et["facts"]}</h2>\n<dl class="facts">\n<dt>{et["where"]}</dt><dd>{ph.where(item)}'
    ]
    if item.address:
        out.append("<br>" + _free(ph, item, item.address, src, own))
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
            out.append(_free(ph, item, schedule, src, own))
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
            f"<dt>{et['accessibility']}</dt><dd>{_free(ph, item, item.accessibility, src, own)}</dd>"
        )
    out.append("\n")
    if item.url:
        out.append(f'<dt>{et["more"]}</dt><dd><a class="url" href="{own.url}">{own.url}</a></dd>')
    out.append("\n")
    if item.valid_until:
        out.append(f"<dt>{et['valid_until']}</dt><dd>{ph.date(item.valid_until)}</dd>")
    return "".join(out)
