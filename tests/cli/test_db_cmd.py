"""``volmatch db``: upgrade, backup and check through the command line."""

from __future__ import annotations

import os
import sqlite3

import pytest

from volmatch import paths
from volmatch.cli import main
from volmatch.domain import Opportunity
from volmatch.storage import repository as repo
from volmatch.storage.database import head_revision, open_database

HEAD = head_revision()


@pytest.fixture
def url(tmp_path):
    return f"sqlite:///{tmp_path / 'office.sqlite3'}"


def _old_database(url: str) -> None:
    db = open_database(url)
    with db.session() as s:
        repo.save_opportunities(s, [Opportunity(title="Zahrada")])
    db.downgrade("0001")
    db.dispose()


def test_upgrade_reports_revisions_and_backup(url, capsys):
    _old_database(url)
    assert main(["db", "upgrade", "--db", url]) == 0
    out = capsys.readouterr().out
    assert f"upgraded from 0001 to {HEAD}" in out
    assert "backup of the previous state:" in out
    assert list((paths.data_dir() / "backups").glob(f"office-*-pre-{HEAD}.sqlite3"))
    assert main(["--db", url, "db", "upgrade"]) == 0
    assert f"up to date (revision {HEAD})" in capsys.readouterr().out


def test_backup_writes_a_copy(url, tmp_path, capsys):
    db = open_database(url)
    with db.session() as s:
        repo.save_opportunities(s, [Opportunity(title="Zahrada")])
    db.dispose()
    out_path = tmp_path / "copy.sqlite3"
    assert main(["db", "backup", "--out", str(out_path), "--db", url]) == 0
    assert str(out_path) in capsys.readouterr().out
    copy = sqlite3.connect(out_path)
    assert copy.execute("SELECT title FROM opportunity").fetchall() == [("Zahrada",)]
    copy.close()
    # never overwrites
    assert main(["db", "backup", "--out", str(out_path), "--db", url]) == 1
    assert "already exists" in capsys.readouterr().err


def test_backup_without_out_goes_to_the_backups_folder(url, capsys):
    open_database(url).dispose()
    assert main(["db", "backup", "--db", url]) == 0
    [written] = (paths.data_dir() / "backups").glob("office-*.sqlite3")
    assert str(written) in capsys.readouterr().out


def test_backup_of_postgres_prints_the_pg_dump_recipe(capsys):
    server = os.environ.get("VOLMATCH_TEST_POSTGRES_URL")
    if not server:
        if os.environ.get("VOLMATCH_REQUIRE_POSTGRES") == "1":
            pytest.fail("VOLMATCH_REQUIRE_POSTGRES=1 but VOLMATCH_TEST_POSTGRES_URL is not set")
        pytest.skip("VOLMATCH_TEST_POSTGRES_URL is not set")
    assert main(["db", "backup", "--db", server]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "pg_dump --format=custom" in err and "postgresql://" in err
    assert "+psycopg" not in err


def test_check_healthy_and_outdated(url, capsys):
    open_database(url).dispose()
    assert main(["db", "check", "--db", url]) == 0
    assert "no problems found" in capsys.readouterr().out
    _old_database(url.replace("office", "old"))
    assert main(["db", "check", "--db", url.replace("office", "old")]) == 1
    captured = capsys.readouterr()
    assert f"schema revision is 0001, this volmatch expects {HEAD}" in captured.out
    assert "volmatch db upgrade" in captured.err


def test_damaged_file_is_one_clear_line(tmp_path, capsys):
    path = tmp_path / "broken.sqlite3"
    path.write_text("not a database")
    assert main(["db", "check", "--db", f"sqlite:///{path}"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("volmatch: error:") and err.count("\n") == 1
    assert "Traceback" not in err


def test_an_action_is_required(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["db"])
    assert caught.value.code == 2


def test_restore_replaces_the_database_with_a_backup(url, tmp_path, capsys):
    db = open_database(url)
    with db.session() as s:
        repo.save_opportunities(s, [Opportunity(title="from the backup")])
    backup = db.backup_to(tmp_path / "saved.sqlite3")
    with db.session() as s:
        repo.save_opportunities(s, [Opportunity(title="later")])
    db.dispose()
    assert main(["db", "restore", str(backup), "--db", url]) == 0
    out = capsys.readouterr().out
    assert "restored" in out and "pre-restore" in out
    db = open_database(url)
    with db.session() as s:
        assert [o.title for o in repo.load_opportunities(s)] == ["from the backup"]
    db.dispose()


def test_restore_of_a_missing_file_is_one_clear_line(url, tmp_path, capsys):
    assert main(["db", "restore", str(tmp_path / "nope.sqlite3"), "--db", url]) == 1
    assert "no such backup file" in capsys.readouterr().err


def test_history_and_trash(url, capsys, monkeypatch):
    monkeypatch.setenv("VOLMATCH_USER", "Jana")
    db = open_database(url)
    with db.session() as s:
        [oid] = repo.save_opportunities(s, [Opportunity(title="Zahrada")])
        repo.delete_opportunity(s, oid)
    db.dispose()
    assert main(["db", "trash", "--db", url]) == 0
    assert f"opportunity:{oid}\tdeleted" in capsys.readouterr().out
    assert main(["db", "trash", "--restore", f"opportunity:{oid}", "--db", url]) == 0
    assert main(["db", "trash", "--restore", f"opportunity:{oid}", "--db", url]) == 1
    assert "is not in the trash" in capsys.readouterr().err
    assert main(["db", "history", "opportunity", str(oid), "--db", url]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[1:] for line in lines] == [
        ["created", "Jana"],
        ["moved to the trash", "Jana"],
        ["restored from the trash", "Jana"],
    ]


def test_a_database_error_anywhere_is_one_line_with_the_way_forward(tmp_path, capsys):
    bad = tmp_path / "notes.sqlite3"
    bad.write_text("just some text, not a database")
    for argv in (
        ["list", "opportunities"],
        ["privacy", "review"],
        ["db", "history", "volunteer", "1"],
    ):
        assert main([*argv, "--db", f"sqlite:///{bad}"]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Traceback" not in err, err
        assert "restore a backup" in err.lower(), err
