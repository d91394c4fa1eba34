"""``list opportunities --search`` from the stored search text finds exactly what reading
every row finds, and the JSON too."""

from __future__ import annotations

import dataclasses
import json
import random
import re

import pytest

from volmatch.cli import main
from volmatch.cli.list_cmd import collect, search_opportunities
from volmatch.demo.dataset import demo_records
from volmatch.demo.generator import generate_opportunities
from volmatch.storage import repository as repo
from volmatch.storage.database import open_database
from volmatch.text import fold

SEARCHES = [
    "zahrad",
    "Praha 7",
    "praha 10",
    "Žižkov",
    "holesovice deti",
    "ukrajin",
    "děti praha",
    "GEN-3-00001",
    "ENGLISH",
    "tutoring",
    "nic takoveho neni",
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    db = open_database(f"sqlite:///{tmp_path_factory.mktemp('search') / 's.sqlite3'}")
    opps, _ = demo_records()
    with db.session(write=True) as s:
        repo.bulk_insert_opportunities(s, opps + generate_opportunities(400, 3))
    yield db
    db.dispose()


def _words_from_data(db, n: int) -> list[str]:
    rng = random.Random(5)
    with db.session() as s:
        titles = [r.title for r in repo.load_opportunities(s)]
    words = [w for t in titles for w in t.split() if len(w) > 3]
    return [" ".join(rng.sample(words, rng.choice((1, 2)))) for _ in range(n)]


def test_stored_search_text_finds_what_reading_every_row_finds(db):
    for search in SEARCHES + _words_from_data(db, 25):
        with db.session() as s:
            _, expected = collect(s, "opportunities", search, as_json=False)
        _, lines = search_opportunities(db, fold(search).split(), as_json=False)
        assert lines == expected, search


def test_json_of_a_search_is_the_same(db):
    with db.session() as s:
        expected, _ = collect(s, "opportunities", "praha 7", as_json=True)
    objects, _ = search_opportunities(db, ["praha", "7"], as_json=True)
    assert objects == expected and objects


def test_the_command_searches_trash_out_and_edits_in(db, capsys):
    url = str(db.url)
    assert main(["list", "opportunities", "--search", "Zizkov", "--db", url]) == 0
    before = capsys.readouterr().out.splitlines()
    first = int(before[0].split()[0])
    with db.session() as s:
        repo.delete_opportunity(s, first)
        other = repo.get_opportunity(s, int(before[-1].split()[0]) + 1)
        assert other is not None
        repo.save_opportunities(s, [dataclasses.replace(other, title="Kvíz Žižkov")])
    assert main(["list", "opportunities", "--search", "zizkov", "--json", "--db", url]) == 0
    found = {o["id"] for o in json.loads(capsys.readouterr().out)}
    assert first not in found and other.id in found


def test_a_search_after_new_reference_data_says_it_prepares(db, capsys, monkeypatch):
    from volmatch.cli import match_cmd

    monkeypatch.setattr(match_cmd, "PROGRESS_FROM", 100)
    with db.session(write=True) as s:
        s.connection().exec_driver_sql(
            "UPDATE derived_state SET fingerprint = 'older' WHERE name = 'opportunity'"
        )
    assert (
        main(["--lang", "en", "list", "opportunities", "--search", "zahrad", "--db", str(db.url)])
        == 0
    )
    captured = capsys.readouterr()
    assert "preparing the matching data" in captured.err
    done = re.findall(r"(\d[\d,]*) of (\d[\d,]*)", captured.err)
    assert done[-1][0] == done[-1][1] and int(done[-1][1].replace(",", "")) > 400
    assert captured.out.strip()
