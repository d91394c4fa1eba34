"""Streaming and forked workers: the same bytes as in memory, and still all or nothing."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from volmatch.domain import Commitment, LanguageNeed, Level, Opportunity, Scope, Status, Translation
from volmatch.exporting import atomic, build, data, export, parallel

from .conftest import ORGS
from .test_atomic import digest

needs_fork = pytest.mark.skipif(
    parallel.available_workers() < 2, reason="forked workers need Linux and two cores"
)


def many(n: int) -> list[Opportunity]:
    base = dt.datetime(2025, 1, 1, 8, 0)
    return [
        Opportunity(
            id=i,
            external_id=f"E-{i}",
            title=f"Nabídka {i} <b>",
            organization=f"Organizace {i % 7}",
            description=f"Popis {i}\nřádek",
            translations={"uk": Translation(f"Пропозиція {i}", "Опис")} if i % 3 == 0 else {},
            scope=Scope.CITYWIDE if i % 11 == 0 else Scope.DISTRICTS,
            districts=("Praha 7",) if i % 2 else ("Praha-Troja",),
            languages=(LanguageNeed("cs", Level.B1, True),),
            interests=("education",),
            commitment=Commitment.ONE_OFF if i % 5 == 0 else Commitment.REGULAR,
            start_date=dt.date(2025, 3, 1) + dt.timedelta(days=i % 30),
            schedule_mask=0 if i % 5 == 0 else 0b111 << (3 * (i % 7)),
            status=Status.PUBLISHED,
            created_at=base + dt.timedelta(minutes=i),
            updated_at=base + dt.timedelta(minutes=2 * i),
        )
        for i in range(1, n + 1)
    ]


def test_written_export_equals_the_built_tree(records, names, tmp_path):
    report = export(records, "all", tmp_path / "out", names=names, organizations=ORGS)
    tree = build(records, "all", names=names, organizations=ORGS)[0]
    on_disk = {
        str(p.relative_to(tmp_path / "out")): p.read_bytes()
        for p in (tmp_path / "out").rglob("*")
        if p.is_file() and p.name != atomic.MARKER
    }
    assert on_disk == tree.files
    assert report.files == len(tree) and report.bytes == tree.size


@needs_fork
def test_workers_write_the_same_bytes(names, tmp_path, monkeypatch):
    from volmatch.exporting import site

    monkeypatch.setattr(site, "PAGE_CHUNK", 40)  # several page jobs for two processes
    records = many(300)
    one = export(records, "all", tmp_path / "one", names=names, workers=1)
    two = export(records, "all", tmp_path / "two", names=names, workers=2)
    assert digest(tmp_path / "one") == digest(tmp_path / "two")
    assert (one.files, one.bytes) == (two.files, two.bytes) and one.files > 400


@needs_fork
def test_a_failing_worker_leaves_the_previous_export(names, tmp_path, monkeypatch):
    out = tmp_path / "site"
    export(many(50), "site", out, names=names)
    before = digest(out)
    real_write = atomic._write_file

    def failing_write(path, data):
        if str(path).endswith("/cs/17.html"):
            raise OSError(28, "No space left on device")
        return real_write(path, data)

    monkeypatch.setattr(atomic, "_write_file", failing_write)  # inherited by the forked workers
    with pytest.raises(OSError):
        export(many(60), "site", out, names=names, workers=2)
    monkeypatch.undo()
    assert digest(out) == before
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


@pytest.mark.parametrize("writers", [0, 3])
def test_folder_sink_refuses_a_path_twice_and_reports_errors(tmp_path, writers):
    sink = atomic.FolderSink(tmp_path, writers=writers)
    sink.add("a/b.html", "ž")
    with pytest.raises(ValueError):
        sink.add("a/b.html", b"again")
        sink.close()  # threads: the error comes when they are waited for
    assert (tmp_path / "a/b.html").read_bytes() == "ž".encode()
    with pytest.raises(ValueError):
        atomic.FolderSink(tmp_path).add("../x", b"")


def test_json_is_sorted_indented_and_survives_huge_numbers():
    text = data.dumps({"b": [1, {"d": None, "c": "ž</"}], "a": 2**70})
    assert text.endswith(b"}\n")
    assert json.loads(text) == {"a": 2**70, "b": [1, {"c": "ž</", "d": None}]}
    small = data.dumps({"b": 1, "a": [True]})
    assert small == b'{\n  "a": [\n    true\n  ],\n  "b": 1\n}\n'


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_paused_during_an_export_and_restored_after(tmp_path, names, enabled):
    import gc

    from volmatch.exporting.public import Listing

    seen: list[bool] = []
    real_text = Listing.text

    def text(self, lang):  # runs while the pages are made
        seen.append(gc.isenabled())
        return real_text(self, lang)

    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(Listing, "text", text)
            export(many(5), "site", tmp_path / "site", names=names, workers=1)
        assert seen and not any(seen)
        assert gc.isenabled() is enabled
        with pytest.raises(AttributeError):  # a failure half-way restores it as well
            export(many(5), "site", tmp_path / "site", names=names, workers=1, base_url=object())
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


_STUCK_EXPORT = """
import os, sys, time
from pathlib import Path
from volmatch.exporting import parallel

def job(sink):
    with open(sys.argv[1], "a") as f:
        f.write(f"{os.getpid()}\\n")
    time.sleep(120)

parallel.run_jobs([job, job], Path(sys.argv[2]), workers=2)
"""


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return False
    return state not in ("Z", "X")  # a zombie has ended; only its exit status is left


@needs_fork
def test_workers_end_when_the_exporting_process_is_killed(tmp_path):
    """SIGKILL of an export (no chance to clean up) must not leave its workers waiting
    for jobs forever: they die with it."""
    pids_file = tmp_path / "pids"
    proc = subprocess.Popen([sys.executable, "-c", _STUCK_EXPORT, str(pids_file), str(tmp_path)])
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if pids_file.exists() and len(pids_file.read_text().split()) == 2:
                break
            time.sleep(0.05)
        pids = [int(p) for p in pids_file.read_text().split()]
        assert len(pids) == 2 and all(_alive(p) for p in pids)
    finally:
        proc.kill()
        proc.wait(10)
    deadline = time.monotonic() + 10
    while any(_alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [p for p in pids if _alive(p)]
