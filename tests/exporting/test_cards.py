"""Share cards: 1200×630 PNGs drawn offline with Qt, the same bytes on every export,
and Open Graph / Twitter tags pointing at them."""

from __future__ import annotations

import dataclasses
import re

import pytest

from volmatch.exporting import build, cards, export
from volmatch.exporting.cards import Card

from .conftest import ORGS

BASE = "https://dobrovolnici.praha.example/"


@pytest.fixture
def qt_cards():
    pytest.importorskip("PySide6.QtGui")
    from volmatch.cards import install

    install()
    yield
    cards.register(None)


def _image(data: bytes):
    from PySide6.QtGui import QImage

    image = QImage.fromData(data, "PNG")
    assert not image.isNull()
    return image


def test_card_is_drawn_offline_with_text(qt_cards):
    from PySide6.QtGui import QColor

    card = Card(
        "uk",
        "Репетиторство для дітей",
        "Praha-Troja (Praha 7)",
        "Centrum",
        "Прага",
        "Волонтерство в Празі",
    )
    data = cards.renderer()(card)
    image = _image(data)
    assert (image.width(), image.height()) == (1200, 630)
    # text is drawn (a missing font would leave the white area blank)
    inked = sum(
        image.pixelColor(x, y) != QColor("#ffffff")
        for x in range(80, 1100, 7)
        for y in range(130, 370, 7)
    )
    assert inked > 100
    long = Card("vi", "Tình nguyện " * 40, "x" * 300, "y" * 300, "Praha", "Tình nguyện tại Praha")
    assert _image(cards.renderer()(long)).width() == 1200
    assert cards.renderer()(card) == data  # the same bytes, whatever was drawn in between


def test_pages_carry_share_tags_with_absolute_urls(records, names, qt_cards):
    tree = build(records, "all", names=names, organizations=ORGS, base_url=BASE)[0]
    page = tree.files["uk/1.html"]
    page = page.decode() if isinstance(page, bytes) else page
    assert f'<meta property="og:image" content="{BASE}cards/1-uk.png">' in page
    assert f'<meta property="og:url" content="{BASE}uk/1.html">' in page
    assert '<meta name="twitter:card" content="summary_large_image">' in page
    assert '<meta property="og:locale" content="uk_UA">' in page
    assert "cards/1-uk.png" in tree.files
    # a page without its own text shares the card of the text it shows
    vi = tree.files["vi/1.html"]
    vi = vi.decode() if isinstance(vi, bytes) else vi
    assert re.search(r'og:image" content="[^"]*cards/1-en\.png"', vi)
    posts = tree.files["social/uk/posts.txt"]
    posts = posts.decode() if isinstance(posts, bytes) else posts
    assert f"{BASE}uk/1.html" in posts  # a post links the page in its own language


def test_without_a_renderer_no_images_and_plain_card(records, names):
    cards.register(None)
    tree = build(records, "all", names=names, organizations=ORGS, base_url=BASE)[0]
    assert not [p for p in tree.files if p.startswith("cards/")]
    page = tree.files["cs/1.html"]
    page = page.decode() if isinstance(page, bytes) else page
    assert "og:image" not in page and 'content="summary"' in page


def test_export_with_cards_is_byte_identical(records, names, qt_cards, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    export(records, "all", a, names=names, organizations=ORGS, base_url=BASE)
    export(list(reversed(records)), "all", b, names=names, organizations=ORGS, base_url=BASE)
    files_a = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    assert any(str(p).startswith("cards/") for p in files_a)
    assert files_a == sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    for rel in files_a:
        assert (a / rel).read_bytes() == (b / rel).read_bytes(), rel


def test_cards_drawn_by_worker_processes_are_the_same_bytes(tmp_path):
    """A Qt-free process forks workers that draw the cards; the files equal a one-process
    export's (run in a fresh interpreter: this test process may hold a Qt application)."""
    pytest.importorskip("PySide6.QtGui")
    import subprocess
    import sys

    script = (
        "import datetime as dt, sys\n"
        "from volmatch.cards import install\n"
        "from volmatch.demo.dataset import demo_records\n"
        "from volmatch.exporting import export\n"
        "install()\n"
        "records = demo_records(numbered=True)[0][:48]\n"
        "export(records, 'all', sys.argv[1], today=dt.date(2025, 1, 1), workers=int(sys.argv[2]))\n"
    )
    for name, workers in (("many", "2"), ("one", "1")):
        subprocess.run(
            [sys.executable, "-c", script, str(tmp_path / name), workers], check=True, timeout=600
        )
    many = sorted(p.relative_to(tmp_path / "many") for p in (tmp_path / "many").rglob("*.png"))
    one = sorted(p.relative_to(tmp_path / "one") for p in (tmp_path / "one").rglob("*.png"))
    assert many and many == one
    for rel in many:
        assert (tmp_path / "many" / rel).read_bytes() == (tmp_path / "one" / rel).read_bytes()


def test_key_travels_in_the_png_and_needs_a_renderer_version(qt_cards):
    card = Card("cs", "Doučování", "Praha 7", "Centrum", "Praha", "Dobrovolnictví v Praze")
    key = cards.card_key(card)
    assert len(key) == 32
    for field in dataclasses.fields(Card):  # every word on the card is in its key
        other = dataclasses.replace(card, **{field.name: getattr(card, field.name) + "x"})
        assert cards.card_key(other) != key, field.name
    data = cards.with_key(cards.renderer()(card), key)
    assert cards.key_of(data[:200]) == key
    assert not _image(data).isNull()  # still a valid PNG
    assert cards.key_of(cards.renderer()(card)) == ""
    cards.register(lambda c: b"")  # a renderer that gives no version: never reused
    assert cards.card_key(card) == ""


def test_a_re_export_reuses_unchanged_cards_and_equals_a_fresh_export(
    records, names, qt_cards, tmp_path
):
    import os

    out, fresh = tmp_path / "site", tmp_path / "fresh"
    export(records, "all", out, names=names, organizations=ORGS, base_url=BASE)
    first = {p.name: os.stat(p).st_ino for p in (out / "cards").iterdir()}
    changed = [
        dataclasses.replace(r, title=r.title + " (nové)") if r.id == 1 else r for r in records
    ]
    export(changed, "all", out, names=names, organizations=ORGS, base_url=BASE)
    export(changed, "all", fresh, names=names, organizations=ORGS, base_url=BASE)
    again = {p.name: os.stat(p).st_ino for p in (out / "cards").iterdir()}
    assert again.keys() == first.keys()
    # the Czech card of the changed listing is drawn again, every other one is linked
    assert [n for n in again if again[n] != first[n]] == ["1-cs.png"]
    files = sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(fresh) for p in fresh.rglob("*") if p.is_file())
    for rel in files:
        assert (out / rel).read_bytes() == (fresh / rel).read_bytes(), rel


def test_cards_are_copied_where_links_are_impossible_and_never_through_a_symlink(
    records, names, qt_cards, tmp_path, monkeypatch
):
    import os

    out = tmp_path / "site"
    export(records, "all", out, names=names, organizations=ORGS, base_url=BASE)
    before = {p.name: p.read_bytes() for p in (out / "cards").iterdir()}
    # a symlink where a card was, to a file with the right key: drawn anew, not linked
    card = out / "cards" / "1-cs.png"
    os.rename(card, tmp_path / "elsewhere.png")
    os.symlink(tmp_path / "elsewhere.png", card)
    export(records, "all", out, names=names, organizations=ORGS, base_url=BASE)
    assert not card.is_symlink() and card.read_bytes() == before["1-cs.png"]

    def no_links(*args, **kwargs):
        raise OSError("hard links are not supported here")

    monkeypatch.setattr(os, "link", no_links)
    export(records, "all", out, names=names, organizations=ORGS, base_url=BASE)
    after = {p.name: p.read_bytes() for p in (out / "cards").iterdir()}
    assert after == before
    assert all(os.stat(p).st_nlink == 1 for p in (out / "cards").iterdir())  # copies
