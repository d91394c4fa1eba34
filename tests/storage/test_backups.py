"""Restoring backups (also over a damaged file) and rotating daily backups."""

from __future__ import annotations

import datetime as dt

import pytest

from volmatch import paths
from volmatch.domain import Opportunity
from volmatch.storage import repository as repo
from volmatch.storage.backups import check_backup, daily_backup, restore, restore_file
from volmatch.storage.database import DatabaseError, DatabaseErrorCode, head_revision, open_database


@pytest.fixture
def url(tmp_path):
    return f"sqlite:///{tmp_path / 'office.sqlite3'}"


def _titles(db) -> list[str]:
    with db.session() as s:
        return [o.title for o in repo.load_opportunities(s)]


def test_restore_brings_back_the_backup_and_keeps_what_it_replaced(url, tmp_path):
    db = open_database(url)
    with db.session() as s:
        repo.save_opportunities(s, [Opportunity(title="before")])
    backup = db.backup_to(tmp_path / "b.sqlite3")
    with db.session() as s:
        repo.save_opportunities(s, [Opportunity(title="after")])
    safety = restore(db, backup)
    assert _titles(db) == ["before"]
    assert safety.name.endswith("-pre-restore.sqlite3") and safety.exists()
    copy = open_database(f"sqlite:///{safety}")
    assert _titles(copy) == ["before", "after"]
    copy.dispose()
    db.dispose()


def test_restore_of_an_older_backup_upgrades_it(url, tmp_path):
    old = open_database(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    with old.session() as s:
        repo.save_opportunities(s, [Opportunity(title="old")])
    old.downgrade("0001")
    old.dispose()
    db = open_database(url)
    restore(db, tmp_path / "old.sqlite3")
    assert db.revision() == head_revision()
    assert _titles(db) == ["old"]
    db.dispose()


def test_restore_over_a_damaged_file_moves_it_aside(url, tmp_path):
    db = open_database(url)
    with db.session() as s:
        repo.save_opportunities(s, [Opportunity(title="good")])
    backup = db.backup_to(tmp_path / "good.sqlite3")
    db.dispose()
    damaged = tmp_path / "office.sqlite3"
    damaged.write_bytes(b"garbage" * 100)
    moved = restore_file(url, backup)
    assert moved.name.endswith("-damaged.sqlite3")
    assert moved.read_bytes() == b"garbage" * 100
    db = open_database(url)
    assert _titles(db) == ["good"]
    db.dispose()


@pytest.mark.parametrize(
    ("content", "code"),
    [(b"not sqlite at all", DatabaseErrorCode.CORRUPT), (None, DatabaseErrorCode.NEWER_SCHEMA)],
)
def test_unusable_backups_are_refused_before_anything_changes(url, tmp_path, content, code):
    db = open_database(url)
    with db.session() as s:
        repo.save_opportunities(s, [Opportunity(title="keep")])
    candidate = tmp_path / "candidate.sqlite3"
    if content is None:
        newer = open_database(f"sqlite:///{candidate}")
        with newer.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0099'")
        newer.dispose()
    else:
        candidate.write_bytes(content)
    with pytest.raises(DatabaseError) as caught:
        restore(db, candidate)
    assert caught.value.code is code
    assert _titles(db) == ["keep"]
    assert not (paths.data_dir() / "backups").exists()
    db.dispose()


def test_check_backup_names_the_revision(url):
    db = open_database(url)
    target = db.backup_to(db.backup_path("x"))
    db.dispose()
    assert check_backup(target) == head_revision()


def test_daily_backups_rotate(url):
    db = open_database(url)
    start = dt.date(2026, 3, 1)
    for day in range(10):
        daily_backup(db, keep=3, today=start + dt.timedelta(days=day))
    assert daily_backup(db, keep=3, today=start + dt.timedelta(days=9)) is None  # once a day
    names = sorted(p.name for p in (paths.data_dir() / "backups").iterdir())
    assert names == [
        "office-daily-20260308.sqlite3",
        "office-daily-20260309.sqlite3",
        "office-daily-20260310.sqlite3",
    ]
    db.dispose()


def test_db_check_finds_a_dropped_table_and_restore_refuses_such_a_backup(tmp_path):
    import sqlite3

    db = open_database(f"sqlite:///{tmp_path / 'v.sqlite3'}")
    try:
        backup = db.backup_to(tmp_path / "copy.sqlite3")
        conn = sqlite3.connect(backup)
        conn.execute("DROP TABLE placement")
        conn.commit()
        conn.close()
        with pytest.raises(DatabaseError) as err:
            check_backup(backup)
        assert "lacks the table placement" in str(err.value)
        with db.engine.begin() as conn:
            conn.exec_driver_sql("DROP TABLE volunteer_interest")
        assert any("table volunteer_interest is missing" in p for p in db.check())
    finally:
        db.dispose()
