"""Two writers creating the same unique row at the same moment (PostgreSQL lets both read
"not there yet"): the later one starts again and succeeds, never a raw traceback."""

from __future__ import annotations

import contextlib
import threading

import pytest

from volmatch.domain import Opportunity, Placement, Volunteer
from volmatch.importing import import_file
from volmatch.storage import repository as repo
from volmatch.storage.database import DatabaseError, DatabaseErrorCode, translate_error


def _together(monkeypatch, owner, name):
    """Make the first call of ``owner.name`` in each of two threads wait for the other."""
    barrier = threading.Barrier(2)
    seen = threading.local()
    real = getattr(owner, name)

    def wrapper(*args, **kwargs):
        if not getattr(seen, "done", False):
            seen.done = True
            # SQLite's write lock keeps the other one out: then the wait times out
            with contextlib.suppress(threading.BrokenBarrierError):
                barrier.wait(timeout=2)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, wrapper)


def _run_both(work) -> list[BaseException]:
    errors: list[BaseException] = []

    def guarded(n):
        try:
            work(n)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=guarded, args=(n,)) for n in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return errors


def test_two_imports_creating_the_same_organization(db, tmp_path, monkeypatch):
    files = []
    for n, title in enumerate(("Zahrada v Troji", "Doučování dětí v Libni")):
        path = tmp_path / f"{n}.csv"
        path.write_text(
            f"external_id,title,organization,district\nR-{n},{title},Nový spolek,Praha 7\n"
        )
        files.append(path)
    _together(monkeypatch, repo._Organizations, "ids_for")
    errors = _run_both(lambda n: import_file(db, files[n], "opportunities", duplicates="skip"))
    assert not errors, errors
    with db.session() as s:
        orgs = [o.name for o in repo.list_organizations(s)]
        assert orgs == ["Nový spolek"]
        assert len(repo.load_opportunities(s)) == 2


def test_two_placements_of_the_same_pair(db, monkeypatch):
    with db.session() as s:
        [vid] = repo.save_volunteers(s, [Volunteer(name="Olena")])
        [oid] = repo.save_opportunities(s, [Opportunity(title="Zahrada", organization="S")])
    _together(monkeypatch, repo.models.Placement, "__init__")
    errors = _run_both(
        lambda n: db.run(lambda s: repo.save_placement(s, Placement(vid, oid)), write=True)
    )
    assert not errors, errors
    with db.session() as s:
        assert len(repo.placements_for_volunteer(s, vid)) == 1


def test_a_unique_violation_is_a_worded_conflict_to_start_again():
    from sqlalchemy.exc import IntegrityError

    exc = IntegrityError(
        "INSERT", {}, Exception('duplicate key value violates unique constraint "uq"')
    )
    error = translate_error(exc, "sqlite:///x.sqlite3")
    assert isinstance(error, DatabaseError) and error.race
    assert error.code is DatabaseErrorCode.CONFLICT
    assert "Try again" in str(error)


@pytest.mark.parametrize(
    "text", ["database or disk is full", "could not extend file: No space left on device"]
)
def test_a_full_disk_is_worded_as_such(text):
    from sqlalchemy.exc import OperationalError

    error = translate_error(
        OperationalError("INSERT", {}, Exception(text)), "sqlite:////d/v.sqlite3"
    )
    assert error.code is DatabaseErrorCode.DISK_FULL
    assert "is full" in str(error) and "cannot open" not in str(error).lower()
