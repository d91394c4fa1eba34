"""Recording a placement and seeing it on every view, at scale.

    python tests/benchmarks/run.py --scale 100000 --only placements

Target (issue 14): recording an outcome and reading back everything that shows it — the
result row's marks (the matching service's curation: pair states, pins, full listings),
the volunteer's placements list, the pipeline with its counts and the follow-up list, the
Overview's placements per district and language — under 100 ms with 100,000 listings.
The naive baseline reads back the same facts the plain way in the same run: every
listing and every volunteer's placements through the repository.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from common import BenchRow, median_time  # noqa: E402

VOLUNTEERS = 300


def _backend(scale: int, folder: Path):
    from volmatch.demo import generate_opportunities, generate_volunteers
    from volmatch.gui.backend import Backend
    from volmatch.storage import repository as repo
    from volmatch.storage.database import open_database

    db = open_database(f"sqlite:///{folder / 'placements.sqlite3'}")
    consent = dt.date.today() - dt.timedelta(days=5)
    listings = [replace(o, capacity=2) for o in generate_opportunities(scale, seed=3)]
    with db.session(write=True) as s:
        repo.bulk_insert_opportunities(s, listings)
        people = generate_volunteers(VOLUNTEERS, seed=3)
        repo.bulk_insert_volunteers(s, [replace(v, consent_date=consent) for v in people])
    return Backend(db)


def _every_view(backend, volunteer_id: int) -> None:
    from volmatch.gui import backend_placements
    from volmatch.matching import service

    with backend.db.session() as s:
        service.load_curation(s, volunteer_id=volunteer_id)  # the result rows' marks
    backend_placements.rows_for(backend, volunteer_id=volunteer_id)
    backend_placements.pipeline(backend)  # counts per state, all pairs, follow-up list
    backend_placements.placed_counts(backend)  # the Overview


def _naive_views(backend, volunteer_ids: list[int]) -> None:
    from volmatch.storage import repository as repo

    with backend.db.session() as s:
        repo.load_opportunities(s)
        for vid in volunteer_ids:
            repo.placements_for_volunteer(s, vid)


def run(scale: int, repeat: int) -> list[BenchRow]:
    from volmatch.domain import PlacementState
    from volmatch.gui import backend_placements

    folder = Path(tempfile.mkdtemp())
    backend = _backend(scale, folder)
    volunteers = list(backend.volunteer_table().ids)
    listings = list(range(1, scale + 1))
    # some history: a few hundred earlier placements across the database
    for n, vid in enumerate(volunteers):
        backend_placements.record(backend, vid, listings[(n * 37) % scale], PlacementState.PLACED)
    states = list(PlacementState)
    turn = iter(range(10**9))

    def record_and_see() -> None:
        n = next(turn)
        vid = volunteers[n % len(volunteers)]
        oid = listings[(n * 7919 + 11) % scale]
        backend_placements.record(backend, vid, oid, states[n % len(states)], note="called")
        _every_view(backend, vid)

    fast = median_time(record_and_see, repeat * 5)
    naive = median_time(lambda: _naive_views(backend, volunteers), max(1, repeat))
    backend.close()
    note = f"{scale:,} listings, {len(volunteers)} volunteers; target < 0.100 s"
    return [
        BenchRow("read back every listing and every volunteer's placements (naive)", naive),
        BenchRow(
            "record an outcome + marks, volunteer's list, pipeline, follow-up, Overview",
            fast,
            "read back every listing and every volunteer's placements (naive)",
            note,
        ),
    ]


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=100_000)
    args = parser.parse_args()
    for row in run(args.scale, 3):
        print(f"{row.name}: {row.median_s * 1000:.1f} ms {row.note}")
