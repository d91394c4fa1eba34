"""The benchmark's watcher sees the CPU time of this process's children."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from schedwatch import Spent, Watch

BURN = "import time\nt = time.process_time()\nwhile time.process_time() - t < 1.0: pass\n"


@pytest.mark.skipif(not Path("/proc/self/schedstat").exists(), reason="Linux only")
def test_a_child_burning_cpu_is_counted():
    with Watch() as watch:
        subprocess.run([sys.executable, "-c", BURN], check=True)
    spent = watch.spent
    assert spent.processes >= 2  # this process and the child
    assert spent.running >= 0.7  # the child's 1 s, less at most its last 0.2 s of wall
    assert spent.peak_mb > 0
    assert "on a CPU" in spent.note()


def test_nothing_watched_says_nothing():
    assert Spent(0, 0.0, 0.0, 0.0, 0.0).note() == ""
