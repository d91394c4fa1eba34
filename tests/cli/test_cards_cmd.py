"""``volmatch cards`` draws ahead the cards the next export shows: that export draws none,
links them from the card cache and writes the same bytes as an export without it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from volmatch.cli import main
from volmatch.exporting import cardcache, cards
from volmatch.launcher import main as launcher_main

pytest.importorskip("PySide6.QtGui")


class _Counting:
    """The installed renderer, counting the cards it draws."""

    def __init__(self, real) -> None:
        self.real = real
        self.drawn = 0
        self.version = real.version

    def __call__(self, card):
        self.drawn += 1
        return self.real(card)

    def fork_safe(self) -> bool:
        return False  # counted here, in this process


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_an_export_after_cards_draws_none_and_writes_the_same(db_url, tmp_path, capsys):
    from volmatch.cards import install

    install(cache=None)  # an export drawing every card, for comparison
    export = ["export", "all", "--db", db_url, "--base-url", "https://example.org/", "--out"]
    assert main([*export, str(tmp_path / "plain")]) == 0
    capsys.readouterr()

    assert launcher_main(["cards", "--db", db_url]) == 0
    said = capsys.readouterr().out
    assert said.endswith(": 0 already prepared, 2 drawn.\n") and "2 share cards" in said, said
    cache = Path(cardcache.folder())
    assert cache.is_dir() and cache.parent == Path(os.environ["VOLMATCH_DATA_DIR"])

    counting = _Counting(cards.renderer())
    cards.register(counting)
    assert main([*export, str(tmp_path / "after")]) == 0
    assert counting.drawn == 0
    plain, after = _files(tmp_path / "plain"), _files(tmp_path / "after")
    assert after == plain
    shown = [p for p in (tmp_path / "after").rglob("*.png")]
    assert len(shown) >= 2
    entries = {e.name: e for e in cache.rglob("*.png")}
    for png in shown:  # each card is the cache's entry, linked
        key = cards.key_of(png.read_bytes())
        assert os.path.samefile(png, entries[key + ".png"])

    assert launcher_main(["cards", "--db", db_url]) == 0
    assert "2 share cards: 2 already prepared, 0 drawn." in capsys.readouterr().out


def test_cards_in_czech(db_url, capsys):
    assert launcher_main(["--lang", "cs", "cards", "--db", db_url]) == 0
    said = capsys.readouterr().out
    assert "vykresleno" in said or "vykreslen" in said, said


def test_cards_without_a_database_is_one_line(tmp_path, capsys):
    missing = f"sqlite:///{tmp_path / 'none.sqlite3'}"
    assert main(["cards", "--db", missing]) == 1
    assert "there is no database" in capsys.readouterr().err


def test_many_cards_show_progress_on_stderr(db_url, capsys, monkeypatch):
    from volmatch.cli import cards_cmd

    monkeypatch.setattr(cards_cmd, "PROGRESS_FROM", 0)
    assert launcher_main(["cards", "--db", db_url]) == 0
    said = capsys.readouterr()
    assert said.err.startswith("drawing the share cards\n") and said.err.endswith("100 %\n")
    assert "2 share cards" in said.out
