"""What every ``bench_*.py`` module returns to ``run.py``, and a timing helper.

A module exposes ``run(scale: int, repeat: int) -> list[BenchRow]``. A row that names a
``baseline`` (another row of the same module, measured in the same run) gets a ratio
column: how many times faster than that baseline it is.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class BenchRow:
    name: str
    median_s: float
    baseline: str | None = None  # name of the naive row this one is compared with
    note: str = ""


def median_time(
    fn: Callable[[], object], repeat: int, setup: Callable[[], object] | None = None
) -> float:
    """Median wall time of ``fn`` over ``repeat`` calls (``setup`` runs untimed before each)."""
    times = []
    for _ in range(max(1, repeat)):
        if setup is not None:
            setup()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
