"""SIGKILL in the middle of an import, an edit loop and an export: the database stays
consistent (integrity and foreign keys), the import is all or nothing, and the previous
export folder is intact."""

from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from volmatch import paths
from volmatch.cli import main
from volmatch.storage import repository as repo
from volmatch.storage.database import open_database

BIG = 12000  # rows of the generated import: about 5 s of work here, killed midway

WORKER = textwrap.dedent(
    """
    import dataclasses, sys
    from volmatch.cli import main
    from volmatch.storage import repository as repo
    from volmatch.storage.database import open_database

    url, phase, csv_path, out = sys.argv[1:5]
    def say(word):
        print(word, flush=True)
    if phase == "import":
        say("started")
        main(["import", "opportunities", csv_path, "--db", url])
    elif phase == "edit":
        db = open_database(url)
        say("started")
        n = 0
        while True:
            with db.session() as s:
                records = repo.load_opportunities(s)
                repo.save_opportunities(
                    s, [dataclasses.replace(r, title=f"{r.title[:40]} {n}") for r in records[:20]]
                )
            n += 1
    else:
        say("started")
        while True:
            main(["export", "all", "--out", out, "--db", url, "--today", "2026-10-01"])
    """
)


def _big_csv(path: Path) -> None:
    source = paths.resource("demo", "opportunities.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(source.splitlines()))
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        for n in range(BIG):
            row = dict(rows[n % len(rows)])
            row["external_id"] = f"BIG-{n:06d}"
            # organisations of their own: no row resembles a stored demo listing
            row["organization"] = f"Spolek {n % 97}"
            writer.writerow(row)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def _kill_during(phase: str, url: str, csv_path: Path, out: Path, after: float) -> bool:
    proc = subprocess.Popen(
        [sys.executable, "-c", WORKER, url, phase, str(csv_path), str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline().strip() == "started", proc.stderr.read()
    time.sleep(after)
    if phase == "import" and proc.poll() is not None:  # finished first: a whole import
        assert proc.returncode == 0, proc.stderr.read()[-2000:]
        return False
    assert proc.poll() is None, f"{phase} ended before the kill: {proc.stderr.read()[-2000:]}"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(10)
    assert proc.returncode == -signal.SIGKILL
    return True


def _check_consistent(url: str) -> int:
    db = open_database(url)
    try:
        assert db.check() == []
        with db.session() as s:
            big = sum(
                1 for r in repo.opportunity_rows(s) if (r.external_id or "").startswith("BIG-")
            )
    finally:
        db.dispose()
    assert big in (0, BIG)
    return big


def test_sigkill_midway_leaves_database_and_export_intact(tmp_path):
    url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    out = tmp_path / "site"
    csv_path = tmp_path / "big.csv"
    _big_csv(csv_path)
    assert main(["demo", "--db", url]) == 0
    assert main(["export", "all", "--out", str(out), "--db", url, "--today", "2026-10-01"]) == 0
    before = _snapshot(out)
    assert len(before) > 10

    # at several moments: while the file is read, while the rows are written, near the commit
    for after in (1.5, 2.7, 3.2):
        killed = _kill_during("import", url, csv_path, out, after)
        stored = _check_consistent(url)  # all of the rows or none
        if not killed:
            assert stored == BIG
        if stored == BIG:  # committed (maybe killed just after): nothing more to learn
            break

    _kill_during("edit", url, csv_path, out, after=1.0)
    _check_consistent(url)

    _kill_during("export", url, csv_path, out, after=1.2)
    _check_consistent(url)
    after = _snapshot(out)
    # the folder holds one whole export: the same files, each complete
    assert sorted(after) == sorted(before)
    for name, content in after.items():
        assert len(content) > 0, name
        if before[name].rstrip().endswith(b"</html>"):
            assert content.rstrip().endswith(b"</html>"), name

    # the killed export's half-written folder is cleared by the next export
    assert main(["export", "all", "--out", str(out), "--db", url, "--today", "2026-10-01"]) == 0
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".site.")] == []
