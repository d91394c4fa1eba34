"""Cards drawn ahead into the card cache: the next export draws none of them and writes the
same bytes as an export without them; a cancel keeps what was drawn and no partial entry."""

from __future__ import annotations

import pytest

from volmatch.errors import Cancelled
from volmatch.exporting import cardcache, cardprep, cards, export

from .conftest import ORGS, FakeRenderer
from .test_cardcache import _files

BASE = "https://dobrovolnici.praha.example/"


def _export(records, names, out, **kw):
    return export(records, "all", out, names=names, organizations=ORGS, base_url=BASE, **kw)


def _entries(tmp_path):
    return sorted((tmp_path / "cache").rglob("*.png"))


def test_an_export_after_prepare_draws_nothing_and_writes_the_same(records, names, draw, tmp_path):
    _export(records, names, tmp_path / "plain", workers=1)
    plain = _files(tmp_path / "plain")
    drawn_by_export = draw.drawn
    cardcache.use(tmp_path / "cache2")  # an empty cache
    draw.drawn = 0
    done = cardprep.prepare(records, names=names, organizations=ORGS, workers=1)
    assert done.drawn == draw.drawn == done.cards == drawn_by_export > 0
    assert done.cached == 0
    _export(records, names, tmp_path / "after", workers=1)
    assert draw.drawn == done.drawn  # every card the export shows came from the cache
    assert _files(tmp_path / "after") == plain


def test_prepare_draws_only_what_the_cache_lacks(records, names, draw, tmp_path):
    first = cardprep.prepare(records, names=names, organizations=ORGS, workers=1)
    _entries(tmp_path)[0].unlink()
    again = cardprep.prepare(records, names=names, organizations=ORGS, workers=1)
    assert (again.cards, again.cached, again.drawn) == (first.cards, first.cards - 1, 1)


def test_prepare_in_worker_processes_fills_the_cache(records, names, draw, tmp_path, monkeypatch):
    monkeypatch.setattr(cardprep, "CHUNK", 3)
    done = cardprep.prepare(records, names=names, organizations=ORGS, workers=2)
    assert len(_entries(tmp_path)) == done.drawn == done.cards
    assert draw.drawn == 0  # all drawn in the workers
    _export(records, names, tmp_path / "out", workers=1)
    assert draw.drawn == 0


def test_listings_not_published_get_no_card(records, names, draw):
    hidden = [r for r in records if r.status.value != "published"]
    assert hidden
    assert cardprep.wanted(hidden, names=names) == []
    assert cardprep.wanted(records, names=names)


class _StopAfter:
    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self.calls = 0

    def report(self, done: int, total: int, text: str = "") -> None:
        self.calls += 1

    def cancelled(self) -> bool:
        return self.calls > self.jobs


def test_a_cancel_keeps_whole_cards_only(records, names, draw, tmp_path, monkeypatch):
    monkeypatch.setattr(cardprep, "CHUNK", 2)
    with pytest.raises(Cancelled):
        cardprep.prepare(records, names=names, workers=1, progress=_StopAfter(1))
    kept = _entries(tmp_path)
    assert 0 < len(kept) < len(cardprep.wanted(records, names=names))
    assert not list((tmp_path / "cache").rglob("*.tmp"))
    for entry in kept:
        assert cards.key_of(entry.read_bytes()) == entry.stem


def test_without_a_renderer_or_a_cache_nothing_is_drawn(records, names, tmp_path):
    assert cardprep.prepare(records, names=names) == cardprep.Prepared(0, 0, 0)
    cards.register(FakeRenderer())
    try:
        assert cardprep.prepare(records, names=names) == cardprep.Prepared(0, 0, 0)
    finally:
        cards.register(None)
