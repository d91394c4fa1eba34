"""How many processes derive beside an import's insert: one core stays with the insert."""

from __future__ import annotations

import subprocess
import sys
import textwrap

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
