"""``volmatch match`` read straight from a SQLite file (no SQLAlchemy) answers exactly as the
path through the database does, and falls back to it whenever the stored data is not current."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys

import pytest

from volmatch.cli import main, match_cmd


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory) -> str:
    """The demo data with a pin, a hide, placements and a listing with every place taken."""
    from volmatch.demo import load_demo
    from volmatch.domain import Placement, PlacementState
    from volmatch.matching import service
    from volmatch.storage import placements
    from volmatch.storage import repository as repo
    from volmatch.storage.database import open_database

    url = f"sqlite:///{tmp_path_factory.mktemp('snap') / 'demo.sqlite3'}"
    db = open_database(url)
    load_demo(db)
    with db.session(write=True) as s:
        full = repo.get_opportunity(s, 3)
        repo.save_opportunities(s, [dataclasses.replace(full, capacity=1)])
        placements.save_placement(s, Placement(2, 3, PlacementState.PLACED))
        placements.save_placement(s, Placement(1, 5, PlacementState.CONTACTED))
        placements.set_mark(s, 1, 7, "pin")
        placements.set_mark(s, 1, 9, "hide")
        placements.set_mark(s, 4, 1, "pin")
        service.save_weights(
            s, service.Weights(language=0.3, district=0.2, interests=0.4, availability=0.1)
        )
    # what the writes above left to derive is derived (and stored) by a first match
    db.run(lambda s: None)
    db.dispose()
    _run(url, ["--volunteer", "1"], path="database")
    _run(url, ["--opportunity", "1"], path="database")
    return url


def _run(url: str, args: list[str], path: str) -> dict:
    """The JSON result through ``path`` (``snapshot`` or ``database``) only."""
    parser_args = ["--db", url, "match", *args, "--json"]
    from volmatch.cli import build_parser

    ns = build_parser().parse_args(parser_args)
    if path == "snapshot":
        found = match_cmd._from_snapshot(ns, None)
        assert found is not None, "the snapshot path did not apply"
        return found
    return match_cmd._from_database(ns, None)


@pytest.mark.parametrize(
    "args",
    [
        ["--volunteer", "1", "--top", "20"],
        ["--volunteer", "VOL-025", "--top", "5", "--all", "--lang", "cs"],
        ["--volunteer", "2", "--any-status", "--full", "keep"],
        ["--volunteer", "4", "--full", "hide", "--lang", "uk"],
        ["--opportunity", "1", "--top", "20"],
        ["--opportunity", "OPP-003", "--all", "--lang", "vi"],
    ],
)
def test_the_snapshot_answers_as_the_database_does(demo_url, args):
    assert _run(demo_url, args, "snapshot") == _run(demo_url, args, "database")


def test_the_command_takes_the_snapshot_without_loading_sqlalchemy(demo_url):
    probe = (
        "import json, sys\n"
        "from volmatch.launcher import main\n"
        f"main(['--db', {demo_url!r}, 'match', '--volunteer', '1', '--top', '20', '--json'])\n"
        "print(json.dumps(['sqlalchemy' in sys.modules, 'alembic' in sys.modules]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True
    )
    *out, loaded = done.stdout.splitlines()
    assert json.loads(loaded) == [False, False]
    assert json.loads("\n".join(out)) == _run(
        demo_url, ["--volunteer", "1", "--top", "20"], "database"
    )


def test_data_derived_from_other_reference_data_takes_the_database_path(tmp_path, capsys):
    import shutil
    import sqlite3

    from volmatch.demo import load_demo
    from volmatch.storage.database import open_database

    url = f"sqlite:///{tmp_path / 'stale.sqlite3'}"
    db = open_database(url)
    load_demo(db)
    db.dispose()
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(tmp_path / "stale.sqlite3", copy)
    with sqlite3.connect(tmp_path / "stale.sqlite3") as conn:
        conn.execute("UPDATE derived_state SET fingerprint = 'older'")
    from volmatch.cli import build_parser

    ns = build_parser().parse_args(["--db", url, "match", "--volunteer", "1", "--json"])
    assert match_cmd._from_snapshot(ns, None) is None
    # the command still answers, the same as on current data (derived again, with a note)
    assert main(["--db", url, "match", "--volunteer", "1", "--json"]) == 0
    stale = json.loads(capsys.readouterr().out)
    assert main(["--db", f"sqlite:///{copy}", "match", "--volunteer", "1", "--json"]) == 0
    assert stale == json.loads(capsys.readouterr().out)
    assert match_cmd._from_snapshot(ns, None) is not None  # stored again: current now


def test_a_record_changed_without_deriving_takes_the_database_path(demo_url, tmp_path):
    import shutil
    import sqlite3
    from pathlib import Path

    copy = tmp_path / "changed.sqlite3"
    shutil.copy(Path(demo_url.removeprefix("sqlite:///")), copy)
    with sqlite3.connect(copy) as conn:  # as a writer that does not derive leaves it
        conn.execute("UPDATE opportunity SET version = version + 1 WHERE id = 2")
    from volmatch.cli import build_parser

    ns = build_parser().parse_args(["--db", f"sqlite:///{copy}", "match", "--volunteer", "1"])
    assert match_cmd._from_snapshot(ns, None) is None


def test_an_unknown_ref_is_said_the_same_way(demo_url, capsys):
    assert main(["--db", demo_url, "match", "--volunteer", "nobody@example.org"]) == 1
    err = capsys.readouterr().err
    assert "nobody@example.org" in err and len(err.strip().splitlines()) == 1
