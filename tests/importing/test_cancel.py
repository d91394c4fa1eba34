"""Cancelling an import between batches: Cancelled, and the database exactly as it was."""

from __future__ import annotations

import pytest
from import_helpers import opportunity_row, volunteer_row
from sqlalchemy import text

from volmatch.errors import Cancelled
from volmatch.importing import import_file
from volmatch.storage.database import open_database


@pytest.fixture
def db(tmp_path):
    database = open_database(f"sqlite:///{tmp_path / 'cancel.sqlite3'}")
    yield database
    database.dispose()


def snapshot(db) -> dict[str, list]:
    with db.engine.connect() as conn:
        tables = [
            r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        return {t: sorted(map(tuple, conn.execute(text(f'SELECT * FROM "{t}"')))) for t in tables}


class StopAfter:
    """Asks to stop after ``n`` reports; remembers every report."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.reports: list[tuple[int, int]] = []

    def report(self, done: int, total: int, text: str = "") -> None:
        self.reports.append((done, total))

    def cancelled(self) -> bool:
        return len(self.reports) >= self.n


class Never(StopAfter):
    def cancelled(self) -> bool:
        return False


def _rows(n: int, start: int = 1) -> list[dict[str, str]]:
    return [
        opportunity_row(external_id=f"OPP-{i}", title=f"Nabídka {i}")
        for i in range(start, start + n)
    ]


def test_progress_counts_parsed_and_stored_rows(db, csv_file):
    sink = Never(0)
    report = import_file(db, csv_file(_rows(1200)), "opportunities", progress=sink)
    assert report.created == 1200
    parsed = [d for d, t in sink.reports if t == 1200]
    assert parsed[:3] == [0, 500, 1000] and parsed[-1] == 1200
    assert all(0 <= d <= t for d, t in sink.reports)


# 4 reports while parsing 1200 rows, then one before and one after the bulk insert
@pytest.mark.parametrize("stop_after", [1, 2, 5, 6])
def test_a_cancel_leaves_the_database_exactly_as_it_was(db, csv_file, stop_after):
    import_file(db, csv_file(_rows(3)), "opportunities")
    before = snapshot(db)
    sink = StopAfter(stop_after)
    with pytest.raises(Cancelled):
        import_file(
            db, csv_file(_rows(1200, start=2)), "opportunities", duplicates=None, progress=sink
        )
    assert snapshot(db) == before
    assert {t: len(r) for t, r in snapshot(db).items()} == {t: len(r) for t, r in before.items()}


def test_a_cancel_after_the_last_stored_batch_still_rolls_back(db, csv_file):
    import_file(db, csv_file([volunteer_row(external_id="VOL-0")]), "volunteers")
    before = snapshot(db)
    rows = [volunteer_row(external_id=f"VOL-{i}", name=f"D {i}") for i in range(1, 50)]
    sink = Never(0)
    import_file(db, csv_file(rows), "volunteers", dry_run=True, progress=sink)
    everything = len(sink.reports)  # a dry run stores nothing, so a real run reports more
    with pytest.raises(Cancelled):
        import_file(db, csv_file(rows), "volunteers", progress=StopAfter(everything + 2))
    assert snapshot(db) == before


def test_without_a_cancel_the_import_is_stored(db, csv_file):
    report = import_file(db, csv_file(_rows(10)), "opportunities", progress=Never(0))
    assert report.stored and report.created == 10
