"""Run every tests/benchmarks/bench_*.py and print one table of medians and ratios.

    python tests/benchmarks/run.py --scale 100000 [--repeat 5] [--only matching]

Each module's ``run(scale, repeat)`` returns BenchRows (see common.py); a row with a
``baseline`` is compared with that naive row measured in the same run.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from common import BenchRow  # noqa: E402


def discover(only: str | None = None) -> list[Path]:
    paths = sorted(HERE.glob("bench_*.py"))
    return [p for p in paths if not only or only in p.stem]


def load(path: Path):
    spec = importlib.util.spec_from_file_location(f"volmatch_bench_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _fmt(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms" if seconds < 10 else f"{seconds:.1f} s"


def table(results: list[tuple[str, list[BenchRow]]]) -> str:
    lines = []
    header = f"{'benchmark':<66} {'median':>12} {'vs baseline':>14}  note"
    lines += [header, "-" * len(header)]
    for module, rows in results:
        by_name = {r.name: r for r in rows}
        for r in rows:
            ratio = ""
            base = by_name.get(r.baseline) if r.baseline else None
            if base is not None and r.median_s > 0:
                ratio = f"{base.median_s / r.median_s:,.0f}× faster"
            lines.append(
                f"{module + ': ' + r.name:<66} {_fmt(r.median_s):>12} {ratio:>14}  {r.note}"
            )
    return "\n".join(lines)


def machine_speed() -> float:
    """Seconds for a fixed pure-Python loop (best of three): how fast this machine is right now.

    Shared machines vary by a third from hour to hour; a run's figures are comparable
    with another run's only together with this one."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        total = 0
        for i in range(5_000_000):
            total += i
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--scale", type=int, default=10_000, help="number of records (default 10000)"
    )
    parser.add_argument("--repeat", type=int, default=5, help="timed calls per row (default 5)")
    parser.add_argument("--only", help="run only modules whose name contains this")
    args = parser.parse_args(argv)
    results = []
    before = machine_speed()
    for path in discover(args.only):
        module = load(path)
        name = path.stem.removeprefix("bench_")
        print(f"running {name} at scale {args.scale} ...", file=sys.stderr, flush=True)
        results.append((name, list(module.run(args.scale, args.repeat))))
    print(table(results))
    print(
        f"machine speed: a fixed pure-Python loop took {before * 1000:.0f} ms before "
        f"and {machine_speed() * 1000:.0f} ms after the benchmarks (lower is faster)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
