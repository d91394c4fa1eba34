"""Whole-process figures: the command line as a person runs it, a fresh process per run.

Targets (issue 18; 100,000 listings and volunteers): ``match --volunteer REF --top 20
--json`` < 1.5 s and < 250 MB peak memory, ``match --opportunity REF`` < 2 s, ``list
opportunities --search TEXT`` < 1 s; on the demo database ``--help``/``--version`` < 0.3 s,
``match`` and ``list`` < 0.7 s. Each row: median (best and peak memory in the note) of
fresh processes. Baselines, measured in the same run: the path before the stored
matching columns (every listing and volunteer loaded as a domain record, the matcher built
from them as ``matching.service.build_matcher`` does; every row read and folded for a
search), run the same way. In-process rows show what deriving costs: again for everything
(after the reference data change) and in the bulk insert of an import.
Run alone: ``python tests/benchmarks/bench_coldstart.py --scale 100000``.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from common import BenchRow

LAUNCH = [sys.executable, "-m", "volmatch.launcher"]

# The path before the stored columns, as the command ran it: every listing and every
# volunteer loaded as records, the matcher built from them (matching.service.build_matcher).
_OLD_MATCH = """
import json, sys
from volmatch.cli.match_cmd import rank
from volmatch.matching import service
from volmatch.storage import repository as repo
from volmatch.storage.database import open_database
db = open_database(sys.argv[1])
with db.session() as s:
    if sys.argv[2] == "volunteer":
        subject = repo.find_volunteer(s, sys.argv[3])
    else:
        subject = repo.find_opportunity(s, sys.argv[3])
    matcher = service.build_matcher(s)
index = matcher.opportunities if sys.argv[2] == "volunteer" else matcher.volunteers
others = {r.id: r for r in index.records if r is not None}
print(json.dumps(rank(subject, others, 20, matcher=matcher), ensure_ascii=False, indent=2))
"""
_OLD_SEARCH = """
import sys
from volmatch.cli.list_cmd import collect
from volmatch.storage.database import open_database
db = open_database(sys.argv[1])
with db.session() as s:
    print("\\n".join(collect(s, "opportunities", sys.argv[2], as_json=False)[1]))
"""


# Runs one command and prints its wall time and peak memory: measured from a small
# process of its own, as a child's peak would otherwise include this big one's pages.
_MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
took = time.perf_counter() - start
if done.returncode:
    sys.exit(done.stderr.decode(errors="replace")[-2000:] or "failed")
print(took, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def whole_process(args: list[str], runs: int, env: dict[str, str]) -> tuple[float, float, float]:
    """(median s, best s, peak MB of the largest run) of ``runs`` fresh processes."""
    times, peaks = [], []
    for _ in range(max(1, runs)):
        done = subprocess.run(
            [sys.executable, "-c", _MEASURE, *args], capture_output=True, text=True, env=env
        )
        if done.returncode:
            raise RuntimeError(f"{args[:4]} failed: {done.stderr}")
        took, peak = done.stdout.split()
        times.append(float(took))
        peaks.append(int(peak) / 1024)  # KiB on Linux
    return statistics.median(times), min(times), max(peaks)


def _row(name: str, args: list[str], runs: int, env, baseline: str | None = None) -> BenchRow:
    median, best, peak = whole_process(args, runs, env)
    return BenchRow(name, median, baseline, f"best {best:.2f} s, peak {peak:.0f} MB")


def _database(path: Path, scale: int, volunteers: int) -> tuple[str, float, float]:
    """A database with the demo data and ``scale`` generated listings, ``volunteers``
    generated volunteers; (url, seconds to store the listings, of which deriving)."""
    from volmatch.demo import load_demo
    from volmatch.demo.generator import generate_opportunities, generate_volunteers
    from volmatch.storage import derived
    from volmatch.storage import repository as repo
    from volmatch.storage.database import open_database

    url = f"sqlite:///{path}"
    db = open_database(url)
    load_demo(db)
    opps, vols = generate_opportunities(scale, 1), generate_volunteers(volunteers, 2)
    spent = [0.0]
    real_store = derived.store

    def timed_store(*args, **kwargs):
        start = time.perf_counter()
        real_store(*args, **kwargs)
        spent[0] += time.perf_counter() - start

    derived.store = timed_store
    try:
        start = time.perf_counter()
        with db.session(write=True) as s:
            repo.bulk_insert_opportunities(s, opps)
        stored = time.perf_counter() - start
        listing_derivation = spent[0]
        with db.session(write=True) as s:
            repo.bulk_insert_volunteers(s, vols)
    finally:
        derived.store = real_store
    db.dispose()
    return url, stored, listing_derivation


def _rederive_everything(url: str) -> tuple[float, float]:
    """In-process seconds to derive every listing again, and every volunteer."""
    from volmatch.storage import derived
    from volmatch.storage.database import open_database

    db = open_database(url)
    out = []
    for kind in (derived.OPPORTUNITY, derived.VOLUNTEER):
        with db.session(write=True) as s:
            s.connection().exec_driver_sql(
                f"UPDATE derived_state SET fingerprint = 'older' WHERE name = '{kind}'"
            )
        start = time.perf_counter()
        derived.refresh(db, kind)
        out.append(time.perf_counter() - start)
    db.dispose()
    return out[0], out[1]


def process_env(tmp: Path) -> dict[str, str]:
    """The environment of the measured processes: as on a person's machine, Python keeps
    the compiled bytecode between runs (an installed package has it from the install), so
    a variable that forbids it here is dropped; it goes to a folder of this run's own."""
    env = {**os.environ, "VOLMATCH_DATA_DIR": str(tmp / "data")}
    env.pop("VOLMATCH_DATABASE_URL", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    return env


def _warm_up(demo: str, env: dict[str, str]) -> None:
    """Runs every measured command once on the demo database, unmeasured, so the bytecode
    of what each one imports is compiled before the first measured run."""
    for args in (
        [*LAUNCH, "--db", demo, "match", "--volunteer", "1", "--json"],
        [*LAUNCH, "--db", demo, "match", "--opportunity", "1", "--json"],
        [*LAUNCH, "--db", demo, "list", "opportunities", "--search", "zahrada"],
        [*LAUNCH, "--help"],
        [sys.executable, "-c", _OLD_MATCH, demo, "volunteer", "1"],
        [sys.executable, "-c", _OLD_SEARCH, demo, "zahrada"],
    ):
        subprocess.run(args, env=env, capture_output=True, check=True)


def run(scale: int, repeat: int) -> list[BenchRow]:
    tmp = Path(tempfile.mkdtemp(prefix="volmatch-bench-cold-"))
    env = process_env(tmp)
    runs = max(repeat, 1)
    rows: list[BenchRow] = []
    try:
        big, stored, deriving = _database(tmp / "big.sqlite3", scale, scale)
        demo, _, _ = _database(tmp / "demo.sqlite3", 0, 0)
        _warm_up(demo, env)
        n = f"{scale:,}"
        rows.append(BenchRow(f"bulk insert {n} listings, deriving included", stored))
        rows.append(BenchRow("  of which deriving the matching columns", deriving))
        again_l, again_v = _rederive_everything(big)
        rows.append(BenchRow(f"derive again after new reference data: {n} listings", again_l))
        rows.append(BenchRow(f"derive again after new reference data: {n} volunteers", again_v))
        old = [sys.executable, "-c"]
        base = "today's path:"
        # A tiny scale (the test suite's smoke run) skips the demo database's rows.
        for db, label in ((big, n), (demo, "demo"))[: 2 if scale >= 1000 else 1]:
            cli = [*LAUNCH, "--db", db]
            name = f"{label}: match --volunteer --top 20 --json"
            rows.append(_row(f"{base} {name}", [*old, _OLD_MATCH, db, "volunteer", "1"], runs, env))
            rows.append(
                _row(
                    name,
                    [*cli, "match", "--volunteer", "1", "--top", "20", "--json"],
                    runs,
                    env,
                    f"{base} {name}",
                )
            )
            name = f"{label}: match --opportunity --top 20 --json"
            rows.append(
                _row(f"{base} {name}", [*old, _OLD_MATCH, db, "opportunity", "1"], runs, env)
            )
            rows.append(
                _row(
                    name,
                    [*cli, "match", "--opportunity", "1", "--top", "20", "--json"],
                    runs,
                    env,
                    f"{base} {name}",
                )
            )
            name = f"{label}: list opportunities --search 'zahrada praha'"
            rows.append(_row(f"{base} {name}", [*old, _OLD_SEARCH, db, "zahrada praha"], runs, env))
            rows.append(
                _row(
                    name,
                    [*cli, "list", "opportunities", "--search", "zahrada praha"],
                    runs,
                    env,
                    f"{base} {name}",
                )
            )
        rows.append(
            _row(
                "demo: list opportunities",
                [*LAUNCH, "--db", demo, "list", "opportunities"],
                runs,
                env,
            )
        )
        rows.append(_row("--version", [*LAUNCH, "--version"], runs, env))
        rows.append(_row("--help", [*LAUNCH, "--help"], runs, env))
        rows.append(
            _row(
                "python -c pass (the interpreter alone)", [sys.executable, "-c", "pass"], runs, env
            )
        )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return rows


if __name__ == "__main__":
    import argparse

    import run as runner

    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    a = parser.parse_args()
    print(runner.table([("coldstart", run(a.scale, a.repeat))]))
