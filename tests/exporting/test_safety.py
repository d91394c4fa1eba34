"""Listing text never runs: HTML, attributes, JSON-LD, feeds, links and spreadsheet cells."""

from __future__ import annotations

import csv
import io
import json
from html.parser import HTMLParser

import pytest

from volmatch.exporting import build
from volmatch.exporting.safety import csv_cell, json_for_script, mailto, safe_url

from .conftest import ORGS, XSS_ATTR, XSS_TITLE


class Audit(HTMLParser):
    """Collects what a browser would execute or follow."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[dict] = []
        self.handlers: list[tuple[str, str]] = []
        self.links: list[str] = []
        self.images: list[dict] = []
        self.text: list[str] = []
        self._in_script = False
        self.script_bodies: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script":
            self.scripts.append(attrs)
            self._in_script = True
        if tag == "img":
            self.images.append(attrs)
        for name, value in attrs.items():
            if name.startswith("on"):
                self.handlers.append((tag, name))
            if name in ("href", "src", "action"):
                self.links.append(value or "")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.script_bodies.append(data)
        else:
            self.text.append(data)


@pytest.fixture
def tree(records, names):
    return build(records, "all", names=names, organizations=ORGS)[0]


def html_files(tree):
    return {p: d.decode() for p, d in tree.files.items() if p.endswith(".html")}


def test_html_shows_hostile_text_as_text_and_runs_nothing(tree):
    pages = html_files(tree)
    assert len(pages) > 10
    seen_title = seen_attr = False
    for path, html in pages.items():
        audit = Audit()
        audit.feed(html)
        assert not audit.handlers, path
        assert not audit.images, path
        for script in audit.scripts:
            assert script.get("type") == "application/ld+json" or script.get("src", "").endswith(
                "assets/filter.js"
            ), path
        text = "".join(audit.text)
        seen_title |= XSS_TITLE in text
        seen_attr |= XSS_ATTR in text
    assert seen_title and seen_attr  # shown to the reader, literally


def test_links_are_only_http_https_mailto_or_relative(tree):
    for path, html in html_files(tree).items():
        audit = Audit()
        audit.feed(html)
        for link in audit.links:
            assert not link.lower().startswith(("javascript:", "data:", "vbscript:")), path


def test_json_ld_cannot_close_its_script_and_parses(tree):
    page = tree.files["cs/3.html"].decode()
    audit = Audit()
    audit.feed(page)
    (body,) = [b for b in audit.script_bodies if b.strip()]
    assert "</" not in body and "<" not in body
    data = json.loads(body)
    assert data["title"] == XSS_TITLE
    assert data["hiringOrganization"]["name"] == XSS_ATTR


def test_feeds_escape_markup(tree):
    atom = tree.files["feeds/cs.atom"].decode()
    assert "<script>" not in atom and "<img" not in atom
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in atom
    for name in ("feeds/listings.json", "feeds/hsds.json"):
        assert XSS_TITLE in json.dumps(json.loads(tree.files[name]), ensure_ascii=False)


def test_safe_url_rules():
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert safe_url("HTTP://EXAMPLE.ORG") == "HTTP://EXAMPLE.ORG"
    assert safe_url("mailto:a@b.cz") == "mailto:a@b.cz"
    for bad in (
        "javascript:alert(1)",
        " JaVaScRiPt:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,<script>",
        "vbscript:x",
        "//evil.example",
        "https://",
        "https://a b",
        "mailto:not an address",
        "file:///etc/passwd",
    ):
        assert safe_url(bad) == "", bad
    assert mailto('a"@b.cz') == ""
    assert mailto("info@example.org") == "mailto:info@example.org"


def test_json_for_script_escapes_closing_sequences():
    text = json_for_script({"a": "</script><!-- ]]> & \u2028"})
    assert "</" not in text and "<!--" not in text and "]]>" not in text and "\u2028" not in text
    assert json.loads(text)["a"] == "</script><!-- ]]> & \u2028"


@pytest.mark.parametrize("value", ["=1+1", "+420 1", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_csv_cell_neutralizes_formulas(value):
    assert csv_cell(value) == "'" + value


def test_csv_file_neutralizes_every_cell(tree):
    data = tree.files["feeds/listings.csv"]
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    cells = [c for row in rows[1:] for c in row]
    assert '\'=HYPERLINK("http://evil")' in cells
    assert "'@SUM(A1)" in cells
    assert not any(c.startswith(("=", "+", "-", "@", "\t", "\r")) for c in cells)
