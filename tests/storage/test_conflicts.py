"""Two people save the same record: never a silent overwrite; both versions, merged by field."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import textwrap
import threading

import pytest

from volmatch.storage import repository as repo
from volmatch.storage.database import DatabaseError, DatabaseErrorCode, open_database


def _stored(db, factory):
    with db.session() as s:
        [rid] = repo.save_volunteers(s, [factory()])
        return repo.get_volunteer(s, rid)


def test_a_stale_save_conflicts_and_shows_both_versions(db, volunteer_factory):
    base = _stored(db, volunteer_factory)
    db.user = "Petr"
    with db.session() as s:  # the other coordinator saves first
        repo.save_volunteers(s, [dataclasses.replace(base, phone="+420 111", notes="called")])
    mine = dataclasses.replace(base, district="Praha 2", notes="my note")
    with pytest.raises(DatabaseError) as caught, db.session() as s:
        repo.save_volunteers(s, [mine])
    assert caught.value.code is DatabaseErrorCode.CONFLICT
    with db.session() as s:
        conflict = repo.conflict_for(s, mine)
        assert repo.get_volunteer(s, base.id).district == base.district  # nothing was saved
    assert conflict.theirs.phone == "+420 111" and conflict.base_version == base.version
    assert conflict.their_version == base.version + 1
    assert conflict.differing_fields == ("phone", "district", "notes")
    assert conflict.their_changes == ("phone", "notes") and conflict.changed_by == ("Petr",)
    assert conflict.suggested_choices() == {
        "phone": "theirs",
        "district": "mine",
        "notes": "theirs",
    }
    merged = repo.merge(mine, conflict.theirs, {"phone": "theirs", "notes": "mine"})
    with db.session() as s:
        repo.save_volunteers(s, [merged])
        saved = repo.get_volunteer(s, base.id)
        assert repo.conflict_for(s, saved) is None
    assert (saved.phone, saved.district, saved.notes) == ("+420 111", "Praha 2", "my note")
    assert saved.version == base.version + 2


def test_merge_refuses_unknown_fields_and_choices(volunteer_factory):
    a = volunteer_factory()
    with pytest.raises(ValueError, match="not fields"):
        repo.merge(a, a, {"nmae": "mine"})
    with pytest.raises(ValueError, match="'ours'"):
        repo.merge(a, a, {"name": "ours"})


def test_conflict_with_a_deleted_record(db, opportunity_factory):
    with db.session() as s:
        [oid] = repo.save_opportunities(s, [opportunity_factory()])
        mine = dataclasses.replace(repo.get_opportunity(s, oid), title="edited")
    with db.session() as s:
        repo.delete_opportunity(s, oid)
    with pytest.raises(DatabaseError), db.session() as s:
        repo.save_opportunities(s, [mine])
    with db.session() as s:
        conflict = repo.conflict_for(s, mine)
    assert conflict.deleted and conflict.differing_fields == ("title",)


@pytest.mark.postgres
def test_two_concurrent_postgres_sessions(postgres_url, volunteer_factory):
    """Both sessions hold the record at once; the later UPDATE waits for the row lock and
    then finds the version gone: a conflict, not an overwrite."""
    db = open_database(postgres_url)
    try:
        base = _stored(db, volunteer_factory)
        first_saved = threading.Event()
        errors: list[BaseException] = []

        def second() -> None:
            try:
                with db.session() as s:
                    repo.get_volunteer(s, base.id)
                    first_saved.wait(10)
                    repo.save_volunteers(s, [dataclasses.replace(base, notes="second")])
            except BaseException as exc:
                errors.append(exc)

        with db.session() as s:
            repo.save_volunteers(s, [dataclasses.replace(base, notes="first")])
            thread = threading.Thread(target=second)
            thread.start()
            first_saved.set()
        thread.join(20)
        assert len(errors) == 1 and errors[0].code is DatabaseErrorCode.CONFLICT
        with db.session() as s:
            assert repo.get_volunteer(s, base.id).notes == "first"
    finally:
        db.dispose()


EDITOR = textwrap.dedent(
    """
    import dataclasses, sys, time
    from volmatch.storage import repository as repo
    from volmatch.storage.database import DatabaseError, open_database

    url, rid, note, wait = sys.argv[1], int(sys.argv[2]), sys.argv[3], float(sys.argv[4])
    db = open_database(url)
    with db.session() as s:
        record = repo.get_volunteer(s, rid)  # opened in the editor
    time.sleep(wait)
    try:
        with db.session() as s:
            repo.save_volunteers(s, [dataclasses.replace(record, notes=note)])
        print("saved")
    except DatabaseError as exc:
        print(exc.code)
    """
)


def test_two_sqlite_processes_edit_the_same_record(tmp_path, volunteer_factory):
    url = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    db = open_database(url)
    try:
        base = _stored(db, volunteer_factory)
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", EDITOR, url, str(base.id), note, wait],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for note, wait in (("fast", "0.5"), ("slow", "2.5"))
        ]
        outs = [p.communicate(timeout=60) for p in procs]
        assert [out.strip() for out, _err in outs] == ["saved", "conflict"], outs
        with db.session() as s:
            assert repo.get_volunteer(s, base.id).notes == "fast"
    finally:
        db.dispose()
