"""Two writers and a reader on one SQLite file: no "database is locked" reaches anyone."""

from __future__ import annotations

import sys
from pathlib import Path

from volmatch.storage import repository as repo
from volmatch.storage.database import open_database

sys.path.insert(0, str(Path(__file__).parent))
from load import run_load


def test_two_writers_and_a_reader_for_five_seconds(tmp_path):
    url = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    open_database(url).dispose()
    results = run_load(url, 5.0)
    assert {role: r["errors"] for role, r in results.items()} == {
        "writer-a": [],
        "writer-b": [],
        "reader": [],
    }
    writes = results["writer-a"]["ops"] + results["writer-b"]["ops"]
    assert writes > 20 and results["reader"]["ops"] > 5
    db = open_database(url)
    try:
        assert db.check() == []
        with db.session() as s:
            assert len(repo.load_opportunities(s)) == writes  # every one restored, none lost
    finally:
        db.dispose()
