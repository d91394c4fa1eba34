"""How many processes derive beside an import's insert: one core stays with the insert."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from volmatch.matching import derive


@pytest.mark.parametrize(("cores", "workers"), [(1, 1), (2, 1), (3, 2), (4, 3), (16, 4)])
def test_one_core_is_left_to_the_insert(monkeypatch, cores, workers):
    monkeypatch.setattr(derive, "_cores", lambda: cores)
    assert derive.import_workers() == workers


_POOL = """
    from volmatch.demo.generator import generate_opportunities
    from volmatch.matching import derive as d

    d._cores = lambda: 2
    d.PARALLEL_FROM = 10
    pending = d.Pending("opportunity", generate_opportunities(30, 3))
    print(pending._pool._processes if pending._pool is not None else "none")
    pending.close()
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux")
def test_an_import_on_two_cores_forks_one_worker():
    # a fresh interpreter: pytest may have Qt loaded, where nothing forks
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(_POOL)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == "1"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc/self/schedstat")
def test_the_derive_benchmark_tells_waiting_for_a_core_from_working():
    # wall minus CPU on a shared machine is mostly time spent runnable without a core
    sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
    import bench_derive

    median, note = bench_derive._measure("one", "alone-opportunity", ["30"], 1)
    assert median > 0
    assert "waiting for a core" in note


_BEHIND = """
    import os, time

    from volmatch.demo.generator import generate_opportunities
    from volmatch.matching import derive as d

    d.PARALLEL_FROM, d.CHUNK = 10, 10
    parent, here = os.getpid(), []
    real = d._rows

    def rows(kind, records):
        if os.getpid() == parent:
            here.append(len(records))
        else:
            time.sleep(0.5)  # a worker far behind, as on a busy machine
        return real(kind, records)

    d._rows = rows
    records = generate_opportunities(60, 4)
    alone = d.derive("opportunity", records)
    pending = d.Pending("opportunity", records)
    assert pending._pool is not None, "no workers"
    while not pending._taken[0]:  # until a worker has taken the first span
        time.sleep(0.01)
    started = time.perf_counter()
    assert pending.columns() == [[row[n] for row in alone] for n in d._NAMES["opportunity"]]
    print(sum(here), round(time.perf_counter() - started, 1))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux")
def test_spans_no_worker_has_started_are_derived_by_the_caller():
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(_BEHIND)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    by_caller, waited = done.stdout.split()
    # the workers take a span each and sleep; the caller derives the rest meanwhile and
    # then waits only for the spans already taken
    assert 60 - 10 * derive.import_workers() <= int(by_caller) < 60
    assert float(waited) < 1.5
