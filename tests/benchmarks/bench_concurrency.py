"""Soak: two writer processes and a reader on one SQLite file, 30 s at --scale 100000
(scale / 3000 seconds, at least 1).

Rows report operations per second; a "database is locked" reaching a caller fails the run.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from common import BenchRow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "storage"))
from load import run_load

from volmatch.storage.database import open_database


def run(scale: int, repeat: int) -> list[BenchRow]:
    seconds = max(1.0, min(30.0, scale / 3000))
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'shared.sqlite3'}"
        open_database(url).dispose()
        results = run_load(url, seconds)
    errors = [e for r in results.values() for e in r["errors"]]
    if errors:
        raise RuntimeError(f"{len(errors)} errors reached the callers, e.g. {errors[0]}")
    return [
        BenchRow(
            f"shared sqlite {role} ({seconds:.0f} s)",
            seconds / max(1, r["ops"]),
            note=f"{r['ops']} units of work, {r['ops'] / seconds:.1f}/s, 0 errors",
        )
        for role, r in results.items()
    ]
