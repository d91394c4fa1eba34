"""Many records are derived in forked worker processes exactly as in one process.

pytest has Qt loaded (the GUI tests), where nothing forks: each check runs in a fresh
interpreter, as the command line and an import script do.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

from volmatch.matching import derive


def _run(script: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script), *args],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


_SAME_ROWS = """
    from dataclasses import replace

    from volmatch.demo.dataset import demo_records
    from volmatch.demo.generator import generate_opportunities, generate_volunteers
    from volmatch.matching import derive as d

    assert d.can_fork()
    d.PARALLEL_FROM, d.CHUNK = 100, 45
    listings, volunteers = demo_records()
    kinds = {
        "opportunity": [*listings, *generate_opportunities(400, 5)],
        "volunteer": [*volunteers, *generate_volunteers(400, 6)],
    }
    for kind, records in kinds.items():
        alone = d.derive(kind, records)
        pending = d.Pending(kind, records)
        assert pending._pool is not None, "no workers"
        columns = pending.columns()  # what the import stores: no dicts
        assert columns == [[row[n] for row in alone] for n in d._NAMES[kind]], kind
        one = d.Pending(kind, records[:50])  # too few for workers
        assert one._pool is None and one.columns() == [c[:50] for c in columns], kind
        by_id = {i: replace(r, id=i) for i, r in enumerate(records, 1)}
        chunks = [list(by_id)[i : i + 60] for i in range(0, len(by_id), 60)]
        found = list(d.derive_loaded(kind, chunks, lambda ids: [by_id[i] for i in ids], lambda: None)
        )
        assert [i for ids, _ in found for i in ids] == list(by_id)
        assert [r for _, rows in found for r in rows] == alone, kind
    print("same")
"""


def test_workers_derive_what_one_process_derives():
    assert _run(_SAME_ROWS).strip() == "same"


_IMPORT = """
    import multiprocessing, sys
    from volmatch.demo.generator import generate_opportunities
    from volmatch.matching import derive as d
    from volmatch.storage import bulk, derived
    from volmatch.storage import repository as repo
    from volmatch.storage.database import open_database

    d.PARALLEL_FROM = 100
    db = open_database("sqlite:///" + sys.argv[1])
    records = generate_opportunities(300, 7)
    real = bulk.bulk_insert

    def failing(*args, **kwargs):
        real(*args, **kwargs)
        raise RuntimeError("disk full")

    bulk.bulk_insert = failing
    try:
        with db.session(write=True) as s:
            repo.bulk_insert_opportunities(s, records)
    except RuntimeError:
        pass
    bulk.bulk_insert = real
    assert not multiprocessing.active_children(), "workers left running"
    with db.session() as s:
        for table in ("opportunity", "opportunity_match"):
            count = s.connection().exec_driver_sql(f"SELECT count(*) FROM {table}").scalar()
            assert count == 0, (table, count)
    with db.session(write=True) as s:
        repo.bulk_insert_opportunities(s, records)
    assert not multiprocessing.active_children(), "workers left running"
    columns = derived.read_listings(db)
    d.PARALLEL_FROM = 10**9  # the same records imported in one process
    one = open_database("sqlite:///" + sys.argv[1] + "-one")
    with one.session(write=True) as s:
        repo.bulk_insert_opportunities(s, records)
    assert columns == derived.read_listings(one)
    d.PARALLEL_FROM = 100
    with db.session(write=True) as s:  # new reference data: everything derived again
        s.connection().exec_driver_sql("UPDATE derived_state SET fingerprint = 'older'")
    calls = []
    derived.read_listings(db, lambda done, total: calls.append((done, total)))
    assert calls[-1] == (300, 300), calls
    assert not multiprocessing.active_children(), "workers left running"
    assert derived.read_listings(db) == columns
    print("atomic")
"""


def test_an_import_derived_in_workers_is_stored_whole_or_not_at_all(tmp_path):
    assert _run(_IMPORT, str(tmp_path / "db.sqlite3")).strip() == "atomic"


def test_qt_in_the_process_means_no_fork():
    assert "PySide6.QtCore" in sys.modules  # the GUI tests' plugin
    assert not derive.can_fork()
