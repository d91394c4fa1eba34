"""Untrusted files: time and peak memory of reading the largest legitimate file next to
hostile ones (each read in a fresh child process under a 2 GB address-space limit).

The baseline reads the same legitimate XLSX with calamine directly, without the container
check, so the check's cost shows as a ratio. Hostile files cannot have that baseline:
without the check the corner bomb aborts the process.
Run alone: ``python tests/benchmarks/bench_untrusted.py --scale 100000``.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[1] / "importing"))

import hostile_files as h
from bench_import import write_csv
from common import BenchRow

LIMIT = 2 * 2**30
CHILD = """
import json, resource, sys, time
mode, path = sys.argv[1], sys.argv[2]
from volmatch.errors import InputError
from volmatch.importing.spreadsheet import read_table
from python_calamine import CalamineWorkbook
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
try:
    if mode == "naive":
        wb = CalamineWorkbook.from_path(path)
        rows = wb.get_sheet_by_name(wb.sheet_names[0]).to_python(skip_empty_area=False)
        outcome = f"read {len(rows) - 1} rows"
    else:
        outcome = f"read {len(read_table(path).rows)} rows"
except InputError as exc:
    outcome = "refused: " + exc.issues[0].expected[:60]
elapsed = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"s": elapsed, "mb": peak / 1024, "base": before / 1024, "outcome": outcome}))
"""


def _limited() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (LIMIT, LIMIT))


def measure(path: Path, mode: str = "guarded", repeat: int = 1) -> tuple[float, str]:
    runs = []
    for _ in range(max(1, repeat)):
        done = subprocess.run(
            [sys.executable, "-c", CHILD, mode, str(path)],
            capture_output=True,
            text=True,
            timeout=600,
            preexec_fn=_limited,
        )
        if done.returncode:
            return float("nan"), f"the reader died ({done.returncode})"
        runs.append(json.loads(done.stdout))
    runs.sort(key=lambda r: r["s"])
    mid = runs[len(runs) // 2]
    return mid["s"], f"peak {mid['mb']:.0f} MB (after imports {mid['base']:.0f}), {mid['outcome']}"


def _xlsx_of_csv(csv_path: Path, target: Path) -> Path:
    import csv

    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Nabídky")
    with open(csv_path, encoding="utf-8", newline="") as f:
        for row in csv.reader(f, delimiter=";"):
            sheet.append(row)
    book.save(target)
    return target


def run(scale: int, repeat: int) -> list[BenchRow]:
    work = Path(tempfile.mkdtemp(prefix="volmatch-bench-untrusted-"))
    try:
        legit_csv = work / "listings.csv"
        write_csv(legit_csv, scale)
        legit_xlsx = _xlsx_of_csv(legit_csv, work / "listings.xlsx")
        wide = work / "wide.csv"
        wide.write_text(",".join(f"c{i}" for i in range(200_000)) + "\n")
        cases = [
            (f"CSV, {scale} listings ({legit_csv.stat().st_size / 2**20:.1f} MB)", legit_csv),
            (f"XLSX, {scale} listings ({legit_xlsx.stat().st_size / 2**20:.1f} MB)", legit_xlsx),
            ("hostile: XLSX cells A1 + XFD1048576 (2 KB)", h.xlsx_corner_bomb(work / "b.xlsx")),
            ("hostile: ODS rows x columns repeated (1 KB)", h.ods_repeat_bomb(work / "b.ods")),
            ("hostile: XLSX with a 40 MB cell", h.xlsx_long_cell(work / "l.xlsx", 40_000_000)),
            ("hostile: CSV header of 200,000 columns", wide),
        ]
        seconds, note = measure(legit_xlsx, "naive", repeat)
        rows = [BenchRow(f"baseline: calamine alone, XLSX {scale} listings", seconds, note=note)]
        for name, path in cases:
            seconds, note = measure(path, "guarded", repeat)
            base = rows[0].name if path == legit_xlsx else None
            rows.append(BenchRow(f"read_table: {name}", seconds, base, note))
        return rows
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    for row in run(args.scale, args.repeat):
        print(f"{row.median_s:8.3f} s  {row.name}  [{row.note}]")
