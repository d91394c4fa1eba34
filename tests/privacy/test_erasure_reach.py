"""Erasure reaches every copy volmatch keeps: the write-ahead log, the backups, and any
backup restored later (the erasure register)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat

import pytest

from volmatch.domain import Opportunity, Placement, Volunteer
from volmatch.privacy.erasure import erase_everywhere, read_register
from volmatch.storage import repository as repo
from volmatch.storage.backups import daily_backup, restore

NAME = "Oleksandra Unikatni-Jmeno"


def _person(db) -> int:
    with db.session() as s:
        [vid] = repo.save_volunteers(
            s, [Volunteer(name=NAME, email="unikatni@example.org", notes="poznamka-osobni")]
        )
        [oid] = repo.save_opportunities(s, [Opportunity(title="Zahrada", organization="S")])
        repo.save_placement(s, Placement(vid, oid, notes="osobni-poznamka-k-umisteni"))
    return vid


def _holds_person(path) -> bool:
    data = path.read_bytes()
    return NAME.encode() in data or b"unikatni@example.org" in data


def test_erasure_scrubs_every_backup_in_the_folder(db):
    vid = _person(db)
    manual = db.backup_to(db.backup_path())
    daily = daily_backup(db)
    old_schema = db.backup_to(db.backup_path("pre-0002"))
    conn = sqlite3.connect(old_schema)  # a backup from before a migration: an older schema
    conn.execute("ALTER TABLE placement DROP COLUMN notes")
    conn.commit()
    conn.close()
    for path in (manual, daily, old_schema):
        assert _holds_person(path)
    report = erase_everywhere(db, vid)
    assert report.flushed and not report.failed
    assert sorted(report.scrubbed) == sorted([manual, daily, old_schema])
    for path in (manual, daily, old_schema, db.path):
        assert not _holds_person(path), path
    with sqlite3.connect(manual) as conn:
        assert conn.execute("SELECT count(*) FROM placement").fetchone() == (1,)
        assert conn.execute("SELECT volunteer_id, notes FROM placement").fetchone() == (None, "")


def test_a_backup_kept_elsewhere_and_restored_does_not_bring_the_person_back(db, tmp_path):
    vid = _person(db)
    elsewhere = tmp_path / "usb-stick" / "copy.sqlite3"
    elsewhere.parent.mkdir()
    shutil.copy(db.backup_to(db.backup_path()), elsewhere)
    erase_everywhere(db, vid)
    assert read_register(db) == [vid]
    assert _holds_person(elsewhere)  # out of volmatch's reach until it comes back
    restore(db, elsewhere)
    with db.session() as s:
        assert repo.get_volunteer(s, vid, include_deleted=True) is None
        assert len(repo.load_opportunities(s)) == 1
    assert not _holds_person(db.path)


def test_erase_under_an_open_reader_says_so_and_finishes_later(db):
    vid = _person(db)
    reader = sqlite3.connect(db.path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM volunteer").fetchone()  # holds a snapshot
    report = erase_everywhere(db, vid, wait=0.3)
    assert report is not None and not report.flushed
    reader.close()
    again = erase_everywhere(db, vid, wait=2)
    assert again is not None and again.flushed
    wal = db.path.with_name(db.path.name + "-wal")
    assert not wal.exists() or not _holds_person(wal)
    assert not _holds_person(db.path)


def test_a_stranger_id_is_not_erased_twice(db):
    assert erase_everywhere(db, 999) is None


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_backups_and_the_register_are_owner_only(db):
    vid = _person(db)
    backup = db.backup_to(db.backup_path())
    erase_everywhere(db, vid)
    register = db.backups_dir() / f"{db.path.stem}-erased.txt"
    for path in (backup, register):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_a_new_database_and_its_journal_are_owner_only(tmp_path):
    from volmatch.storage.database import open_database

    db = open_database(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    try:
        _person(db)
        for path in tmp_path.glob("new.sqlite3*"):
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    finally:
        db.dispose()
