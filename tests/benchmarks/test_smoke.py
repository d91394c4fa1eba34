"""The benchmarks run at a tiny scale in the normal suite, so they cannot rot."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import run  # noqa: E402
from common import BenchRow  # noqa: E402


def test_every_benchmark_module_runs_and_the_table_has_ratios(capsys):
    modules = run.discover()
    assert any(p.stem == "bench_matching" for p in modules)
    assert run.main(["--scale", "200", "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    assert "matching: 1 volunteer x 200: all parts, top 20 + reasons" in out
    assert "× faster" in out
    for path in modules:
        assert path.stem.removeprefix("bench_") + ": " in out


def test_table_ratio_is_against_the_named_baseline():
    rows = [
        BenchRow("naive", 2.0),
        BenchRow("fast", 0.01, "naive"),
        BenchRow("lonely", 1.0, "none"),
    ]
    text = run.table([("m", rows)])
    assert "200× faster" in text
    assert text.count("× faster") == 1
