"""What a newcomer reading a listing page or an index is told, in their language."""

from __future__ import annotations

import re

import pytest

from volmatch.exporting import build

from .conftest import ORGS, make


def _text(tree, path: str) -> str:
    data = tree.files[path]
    return data.decode("utf-8") if isinstance(data, bytes) else data


@pytest.fixture
def tree(records, names):
    return build(records, "all", names=names, organizations=ORGS)[0]


def test_taking_part_comes_first_with_tel_and_mailto(tree):
    page = _text(tree, "uk/1.html")
    apply = page.index('<section class="apply"')
    assert apply < page.index('<div class="description"') < page.index('<dl class="facts">')
    assert "Як долучитися?" in page
    assert 'href="mailto:info@example.org"' in page
    assert 'href="tel:+420123456789"' in page
    assert "Напишіть, хто ви" in page


def test_cefr_level_in_words_and_free_text_marked(tree):
    page = _text(tree, "uk/1.html")
    assert "чеська: B2 — ви легко розмовляєте з людьми на більшість тем (обов&#39;язково)" in page
    # the schedule is the organization's Czech text: its language and a note in Ukrainian
    assert '<span lang="cs">úterý 16–18</span> <small class="src">' in page
    assert "написано організацією мовою: чеська" in page
    assert "(written by" not in _text(tree, "cs/1.html")


def test_untranslated_listing_keeps_the_reader_on_their_site(tree):
    page = _text(tree, "uk/2.html")  # written in Czech and Russian only
    assert '<html lang="uk">' in page
    assert "Це оголошення ще не перекладено українською" in page
    assert '<h1 lang="cs">Úklid parku Stromovka</h1>' in page  # English is missing: Czech
    index = _text(tree, "uk/index.html")
    assert 'href="../uk/2.html"' in index


def test_fallback_order_is_configurable(records, names):
    tree = build(records, "all", names=names, fallbacks={"uk": ("ru", "en", "cs")})[0]
    assert '<h1 lang="ru">Уборка парка Стромовка</h1>' in _text(tree, "uk/2.html")


def test_cards_sort_in_the_readers_collation(names):
    titles = ["Chata", "Hrad", "Čaj", "Cesta", "Ibis"]
    records = [make(id=i, title=t) for i, t in enumerate(titles, 1)]
    tree = build(records, "site", names=names)[0]
    index = _text(tree, "cs/index.html")
    shown = re.findall(r'<h2><a href="[^"]+">([^<]+)</a></h2>', index)
    assert shown == ["Cesta", "Čaj", "Hrad", "Chata", "Ibis"]


def test_cards_that_need_no_language_are_open_to_every_reader(tree):
    index = _text(tree, "en/index.html")
    cards = re.findall(r'<li class="card"[^>]*>', index)
    open_cards = [c for c in cards if " data-open " in c]
    assert len(open_cards) == 2 and len(cards) == 4


def test_root_greets_each_language_in_its_own_words(tree):
    root = _text(tree, "index.html")
    for greeting in ("Vítejte!", "Welcome!", "Ласкаво просимо!", "Chào mừng!"):
        assert greeting in root
    assert 'href="uk/accessibility.html"' in root


def test_every_page_links_the_accessibility_statement(tree):
    for path in ("cs/index.html", "uk/1.html", "vi/accessibility.html"):
        assert "accessibility.html" in _text(tree, path)
    statement = _text(tree, "cs/accessibility.html")
    for words in ("WCAG) 2.1", "EN 301 549", "99/2019 Sb.", "Ministerstvo vnitra"):
        assert words in statement
