"""The card cache: an export into a new folder links the cards an earlier export drew,
byte for byte; a damaged or unusable cache only costs drawing; pruning keeps its size."""

from __future__ import annotations

import os
import shutil

from volmatch.exporting import cardcache, cards, export

from .conftest import ORGS

BASE = "https://dobrovolnici.praha.example/"


def _files(root):
    return {p.relative_to(root): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def _export(records, names, out, **kw):
    return export(records, "all", out, names=names, organizations=ORGS, base_url=BASE, **kw)


def test_a_new_folder_links_the_cards_of_an_earlier_export(records, names, draw, tmp_path):
    _export(records, names, tmp_path / "a", workers=1)
    first = draw.drawn
    assert first > 0
    _export(records, names, tmp_path / "b", workers=1)
    assert draw.drawn == first  # nothing drawn again
    assert _files(tmp_path / "a") == _files(tmp_path / "b")
    for card in (tmp_path / "b" / "cards").iterdir():
        key = cards.key_of(card.read_bytes())
        entry = tmp_path / "cache" / key[:2] / f"{key}.png"
        assert os.path.samefile(card, entry)


def test_a_damaged_entry_is_drawn_again(records, names, draw, tmp_path):
    _export(records, names, tmp_path / "a", workers=1)
    entries = sorted((tmp_path / "cache").rglob("*.png"))
    victim = entries[0]
    data = victim.read_bytes()
    victim.unlink()  # not through the link: the first export's card stays as it was
    victim.write_bytes(data.replace(b"volmatch-card", b"volmatch-cart"))
    before = draw.drawn
    _export(records, names, tmp_path / "b", workers=1)
    assert draw.drawn == before + 1
    assert _files(tmp_path / "a") == _files(tmp_path / "b")


def test_an_unusable_cache_only_costs_drawing(records, names, draw, tmp_path):
    (tmp_path / "cache").write_text("not a folder")
    _export(records, names, tmp_path / "a", workers=1)
    _export(records, names, tmp_path / "b", workers=1)
    assert _files(tmp_path / "a") == _files(tmp_path / "b")
    assert draw.drawn > 0 and draw.drawn % 2 == 0  # every card drawn both times


def test_worker_processes_fill_the_cache(records, names, draw, tmp_path):
    _export(records, names, tmp_path / "a", workers=2)
    kept = {p.stem for p in (tmp_path / "cache").rglob("*.png")}
    written = {cards.key_of(p.read_bytes()) for p in (tmp_path / "a" / "cards").iterdir()}
    assert kept and kept == written
    drawn = draw.drawn  # the workers' draws are not counted here
    _export(records, names, tmp_path / "b", workers=1)
    assert draw.drawn == drawn
    assert _files(tmp_path / "a") == _files(tmp_path / "b")


def test_pruning_drops_cards_no_export_holds_oldest_first(records, names, draw, tmp_path):
    _export(records, names, tmp_path / "a", workers=1)
    held = sorted((tmp_path / "cache").rglob("*.png"))
    (tmp_path / "cache" / "ff").mkdir(exist_ok=True)
    old, new = tmp_path / "cache" / "ff" / "old.png", tmp_path / "cache" / "ff" / "new.png"
    old.write_bytes(b"x" * 1000)
    new.write_bytes(b"y" * 1000)
    os.utime(old, (1, 1))
    (tmp_path / "cache" / "ff" / "dead.png.123.tmp").write_bytes(b"half")
    assert cardcache.prune(limit=2004) == 1  # under the limit: only the stale temporary file
    assert old.exists() and new.exists()
    assert cardcache.prune(limit=1500) == 1 and not old.exists() and new.exists()
    assert cardcache.prune(limit=0) == 1 and not new.exists()
    assert held and all(p.exists() for p in held)  # export "a" holds them
    shutil.rmtree(tmp_path / "a")
    assert cardcache.prune(limit=0) == len(held)
    assert not list((tmp_path / "cache").rglob("*.png"))


def test_export_prunes_the_cards_no_export_holds(records, names, draw, tmp_path):
    _export(records, names, tmp_path / "a", workers=1)
    kept = sorted((tmp_path / "cache").rglob("*.png"))
    shutil.rmtree(tmp_path / "a")
    cardcache.use(tmp_path / "cache", limit=1)
    _export(records[:1], names, tmp_path / "b", workers=1)
    left = sorted((tmp_path / "cache").rglob("*.png"))
    assert left and len(left) < len(kept)
    assert all(os.stat(p).st_nlink == 2 for p in left)  # only export "b"'s cards


def test_a_large_export_prunes_in_a_process_of_its_own(records, names, draw, tmp_path, monkeypatch):
    _export(records, names, tmp_path / "a", workers=1)
    kept = sorted((tmp_path / "cache").rglob("*.png"))
    shutil.rmtree(tmp_path / "a")
    cardcache.use(tmp_path / "cache", limit=1)
    monkeypatch.setattr(cardcache, "PRUNE_APART_FROM", 1)
    _export(records[:1], names, tmp_path / "b", workers=1)
    assert len(cardcache._pruners) == 1
    assert cardcache._pruners[0].wait(timeout=60) == 0
    left = sorted((tmp_path / "cache").rglob("*.png"))
    assert left and len(left) < len(kept)
    assert all(os.stat(p).st_nlink == 2 for p in left)  # only export "b"'s cards


def test_a_card_is_checked_without_a_file_object(draw, tmp_path, monkeypatch):
    """The key is read with os.read: os.fdopen imports io at every call, which goes through
    Qt's import hook once the cards' renderer is loaded (one call per reused card)."""
    from volmatch.exporting.atomic import FolderSink

    key = "k" * 32
    source = tmp_path / "card.png"
    source.write_bytes(cards.with_key(draw(cards.Card("cs", "T", "P", "O", "C", "S")), key))
    monkeypatch.setattr(os, "fdopen", _refused)
    sink = FolderSink(tmp_path / "out")
    assert cards.link_if_key(sink, "c.png", str(source), key)
    assert not cards.link_if_key(sink, "d.png", str(source), "x" * 32)
    sink.close()
    assert (tmp_path / "out" / "c.png").read_bytes() == source.read_bytes()
    assert not (tmp_path / "out" / "d.png").exists()


def _refused(*args, **kwargs):
    raise AssertionError("a file object made for a card's key")
