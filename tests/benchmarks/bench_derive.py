"""What deriving the matching columns costs at scale: in one process (the path before)
and shared with forked worker processes (``volmatch.matching.derive``), same run.

Rows (each a fresh process, median of ``repeat``; the note gives the best, the CPU
seconds of the process and of its workers, the seconds the process was ready to run but
waited for a core (Linux; on a shared machine most of wall minus CPU), and the load
average at the start):
``import_file`` of a canonical CSV file of ``scale`` listings into an empty SQLite
database (issue 18: under 8 s at 100,000, deriving included); deriving every listing
and every volunteer again after new reference data; deriving alone, without a database.
Run alone: ``python tests/benchmarks/bench_derive.py --scale 100000 --repeat 3``.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from common import BenchRow

# One measurement in a fresh process: argv = mode (one|workers), what, paths...; prints
# "wall cpu children waiting" (waiting: runnable without a core, -1 where not known).
_MEASURE = """
import resource, sys, time
mode, what, *paths = sys.argv[1:]
from volmatch.matching import derive
if mode == "one":
    derive.PARALLEL_FROM = 10**12
from volmatch.storage import derived
from volmatch.storage.database import open_database

def waiting():
    try:
        with open("/proc/self/schedstat") as f:
            return int(f.read().split()[1]) / 1e9
    except (OSError, ValueError, IndexError):
        return None

def timed(work):
    start, cpu, queued = time.perf_counter(), time.process_time(), waiting()
    work()
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    took = (time.perf_counter() - start, time.process_time() - cpu)
    queued = -1 if queued is None else waiting() - queued
    print(*took, kids.ru_utime + kids.ru_stime, queued)

if what == "import":
    from volmatch.importing import import_file
    csv, url = paths
    open_database(url).dispose()  # created and migrated, untimed
    db = open_database(url)
    def work():
        report = import_file(db, csv, "opportunities")
        assert report.created and not report.errors, report.errors[:3]
    timed(work)
elif what in ("again-opportunity", "again-volunteer"):
    kind = what.split("-")[1]
    db = open_database(paths[0])
    with db.session(write=True) as s:
        s.connection().exec_driver_sql(
            f"UPDATE derived_state SET fingerprint = 'older' WHERE name = '{kind}'"
        )
    timed(lambda: derived.refresh(db, kind))
else:  # alone-<kind>: generated records, no database
    from volmatch.demo.generator import generate_opportunities, generate_volunteers
    kind, n = what.split("-")[1], int(paths[0])
    records = generate_opportunities(n, 1) if kind == "opportunity" else generate_volunteers(n, 2)
    derive.deriver()
    timed(lambda: derive.Pending(kind, records).columns())
"""

_BUILD = """
import sys
from volmatch.demo.generator import generate_opportunities, generate_volunteers
from volmatch.storage import repository as repo
from volmatch.storage.database import open_database
db = open_database(sys.argv[1])
n = int(sys.argv[2])
with db.session(write=True) as s:
    repo.bulk_insert_opportunities(s, generate_opportunities(n, 1))
with db.session(write=True) as s:
    repo.bulk_insert_volunteers(s, generate_volunteers(n, 2))
"""


def _measure(mode: str, what: str, args: list[str], runs: int, fresh=None) -> tuple:
    walls, cpus = [], []
    load = os.getloadavg()[0]
    for _ in range(max(1, runs)):
        if fresh is not None:
            args = fresh()
        done = subprocess.run(
            [sys.executable, "-c", _MEASURE, mode, what, *args], capture_output=True, text=True
        )
        if done.returncode:
            raise RuntimeError(f"{mode} {what} failed: {done.stderr[-2000:]}")
        wall, cpu, kids, queued = map(float, done.stdout.split()[-4:])
        walls.append(wall)
        cpus.append((cpu, kids, queued))
    best = min(walls)
    cpu, kids, queued = cpus[walls.index(best)]
    waited = f", waiting for a core {queued:.1f} s" if queued >= 0 else ""
    note = f"best {best:.2f} s, CPU {cpu:.1f} s + workers {kids:.1f} s{waited}, load {load:.1f}"
    return statistics.median(walls), note


def _pair(name: str, what: str, args, runs: int, fresh=None) -> list[BenchRow]:
    before = f"{name}, in one process (before)"
    one = _measure("one", what, args, runs, fresh)
    many = _measure("workers", what, args, runs, fresh)
    return [
        BenchRow(before, one[0], note=one[1]),
        BenchRow(f"{name}, with worker processes", many[0], before, many[1]),
    ]


def run(scale: int, repeat: int, only_import: bool = False) -> list[BenchRow]:
    from bench_import import write_csv

    work = Path(tempfile.mkdtemp(prefix="volmatch-bench-derive-"))
    try:
        source = work / "listings.csv"
        write_csv(source, scale)
        counter = iter(range(10_000))

        def fresh() -> list[str]:
            return [str(source), f"sqlite:///{work / f'import{next(counter)}.sqlite3'}"]

        n = f"{scale:,}"
        rows = _pair(f"import_file: {n} rows CSV -> SQLite", "import", [], repeat, fresh)
        if only_import:
            return rows
        url = f"sqlite:///{work / 'big.sqlite3'}"
        subprocess.run([sys.executable, "-c", _BUILD, url, str(scale)], check=True)
        rows += _pair(
            f"derive again (new reference data): {n} listings", "again-opportunity", [url], repeat
        )
        rows += _pair(
            f"derive again (new reference data): {n} volunteers", "again-volunteer", [url], repeat
        )
        rows += _pair(f"derive alone: {n} listings", "alone-opportunity", [str(scale)], repeat)
        rows += _pair(f"derive alone: {n} volunteers", "alone-volunteer", [str(scale)], repeat)
        return rows
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    import argparse

    from run import table

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--import-only", action="store_true", help="time only import_file")
    args = parser.parse_args()
    print(table([("derive", run(args.scale, args.repeat, args.import_only))]))
