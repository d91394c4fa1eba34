"""An export is all or nothing, and the same data gives the same bytes."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from volmatch.errors import InputError
from volmatch.exporting import atomic, export

from .conftest import ORGS


def digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_same_data_gives_byte_identical_output(records, names, tmp_path):
    export(records, "all", tmp_path / "a", names=names, organizations=ORGS)
    export(list(reversed(records)), "all", tmp_path / "b", names=names, organizations=ORGS)
    a, b = digest(tmp_path / "a"), digest(tmp_path / "b")
    assert a == b and len(a) > 30


def test_reexport_replaces_the_previous_one(records, names, tmp_path):
    out = tmp_path / "site"
    export(records, "site", out, names=names)
    assert (out / "cs" / "2.html").exists()
    report = export(records[:1], "site", out, names=names)
    assert report.listings == 1
    assert not (out / "cs" / "2.html").exists()  # the earlier export's own page goes
    assert [p.name for p in tmp_path.iterdir()] == ["site"]  # no temp folders left


def test_failed_export_leaves_previous_intact(records, names, tmp_path, monkeypatch):
    out = tmp_path / "site"
    export(records, "site", out, names=names)
    before = digest(out)
    calls = {"n": 0}
    real_write = atomic._write_file

    def failing_write(path, data):
        calls["n"] += 1
        if calls["n"] > 5:
            raise OSError(28, "No space left on device")
        return real_write(path, data)

    monkeypatch.setattr(atomic, "_write_file", failing_write)
    with pytest.raises(OSError):
        export(records[:2], "site", out, names=names)
    monkeypatch.undo()
    assert digest(out) == before
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


def test_interrupted_swap_restores_previous(records, names, tmp_path, monkeypatch):
    out = tmp_path / "site"
    export(records, "site", out, names=names)
    before = digest(out)
    real_replace = atomic.os.replace

    def replace(src, dst):
        if Path(src).name.startswith(".site.new-"):
            raise KeyboardInterrupt
        return real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", replace)
    with pytest.raises(KeyboardInterrupt):
        export(records[:1], "site", out, names=names)
    monkeypatch.undo()
    assert digest(out) == before


def test_refuses_to_replace_a_folder_that_is_not_an_export(records, names, tmp_path):
    documents = tmp_path / "Documents"
    documents.mkdir()
    (documents / "thesis.docx").write_text("precious")
    with pytest.raises(InputError) as err:
        export(records, "site", documents, names=names)
    assert "did not write: thesis.docx" in err.value.issues[0].value
    assert (documents / "thesis.docx").read_text() == "precious"


def test_empty_folder_is_accepted(records, names, tmp_path):
    (tmp_path / "empty").mkdir()
    export(records, "json", tmp_path / "empty", names=names)
    assert (tmp_path / "empty" / "listings.json").is_file()


def test_tree_refuses_paths_outside(tmp_path):
    tree = atomic.Tree()
    with pytest.raises(ValueError):
        tree.add("../x", b"")
    with pytest.raises(ValueError):
        tree.add("/etc/x", b"")


@pytest.mark.skipif(os.name != "posix", reason="leftovers are only cleared on POSIX")
def test_folders_left_by_a_killed_export_are_removed_by_the_next(records, names, tmp_path):
    """A killed export leaves its half-written folder beside the target; the next export
    removes it, but never the folder of an export that is still running."""
    out = tmp_path / "site"
    export(records, "all", out, names=names, organizations=ORGS)
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dead_pid = int(gone.stdout)  # that process has ended
    dead_new = tmp_path / f".site.new-{dead_pid}-abc123"
    dead_old = tmp_path / f".site.old-{dead_pid}-def456"
    alive = tmp_path / f".site.new-{os.getpid()}-running"
    unrelated = tmp_path / ".site.new-notapid"
    for folder in (dead_new, dead_old, alive, unrelated):
        (folder / "cs").mkdir(parents=True)
        (folder / "cs" / "1.html").write_text("half", encoding="utf-8")
    export(records, "all", out, names=names, organizations=ORGS)
    assert not dead_new.exists() and not dead_old.exists()
    assert alive.exists() and unrelated.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".site.")) == sorted(
        [alive.name, unrelated.name]
    )


def test_the_web_teams_own_pages_are_refused_or_kept_never_deleted(records, names, tmp_path):
    out = tmp_path / "site"
    export(records, "site", out, names=names)
    (out / "kontakt.html").write_text("the web team's page")
    (out / "img").mkdir()
    (out / "img" / "logo.svg").write_text("<svg/>")
    with pytest.raises(InputError) as err:
        export(records[:1], "site", out, names=names)
    assert "2 file(s) that volmatch did not write: img/logo.svg, kontakt.html" in (
        err.value.issues[0].value
    )
    assert (out / "cs" / "2.html").exists()  # refused: nothing changed
    export(records[:1], "site", out, names=names, keep_others=True)
    assert (out / "kontakt.html").read_text() == "the web team's page"
    assert (out / "img" / "logo.svg").read_text() == "<svg/>"
    assert not (out / "cs" / "2.html").exists()
    manifest = atomic.read_manifest(out)
    assert "kontakt.html" not in manifest and "index.html" in manifest
    # confirmed once, kept for good: the next export still does not own them
    with pytest.raises(InputError):
        export(records, "site", out, names=names)


def test_a_database_in_the_folder_is_never_touched(records, names, tmp_path):
    import sqlite3

    out = tmp_path / "site"
    export(records, "site", out, names=names)
    db = out / "backups" / "volmatch-2026.sqlite3"
    db.parent.mkdir()
    sqlite3.connect(db).execute("create table t (x)").connection.close()
    before = db.read_bytes()
    for keep in (False, True):
        with pytest.raises(InputError) as err:
            export(records, "site", out, names=names, keep_others=keep)
        assert "holds a database (backups/volmatch-2026.sqlite3)" in err.value.issues[0].value
    assert db.read_bytes() == before


def test_a_file_the_export_would_overwrite_is_refused_even_when_confirmed(records, names, tmp_path):
    out = tmp_path / "site"
    (out / "cs").mkdir(parents=True)
    (out / "index.html").write_text("the city's front page")
    with pytest.raises(InputError) as err:
        export(records, "site", out, names=names, keep_others=True)
    assert "index.html" in err.value.issues[0].value
    assert (out / "index.html").read_text() == "the city's front page"
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


def test_an_older_exports_marker_owns_the_files_the_new_export_writes_again(
    records, names, tmp_path
):
    out = tmp_path / "site"
    export(records, "site", out, names=names)
    (out / atomic.MARKER).write_text("volmatch export\n", encoding="utf-8")  # before manifests
    export(records, "site", out, names=names)  # the same files: all its own
    assert atomic.read_manifest(out)
    (out / atomic.MARKER).write_text("volmatch export\n", encoding="utf-8")
    (out / "kontakt.html").write_text("theirs")
    with pytest.raises(InputError):
        export(records, "site", out, names=names)
    export(records, "site", out, names=names, keep_others=True)
    assert (out / "kontakt.html").read_text() == "theirs"


@pytest.mark.skipif(os.name != "posix", reason="deleted in the background on POSIX only")
def test_a_large_replaced_export_is_deleted_after_the_swap_without_waiting(
    records, names, tmp_path, monkeypatch
):
    """The previous folder is swapped out at once and deleted by a process of its own; the
    new export is in place before that ends, and nothing is left once it has."""
    out = tmp_path / "site"
    export(records, "site", out, names=names)
    monkeypatch.setattr(atomic, "DISCARD_AFTER_FROM", 1)
    started = []
    real_popen = atomic.subprocess.Popen

    def popen(*args, **kwargs):
        started.append(real_popen(*args, **kwargs))
        return started[-1]

    monkeypatch.setattr(atomic.subprocess, "Popen", popen)
    report = export(records[:1], "site", out, names=names)
    assert report.listings == 1 and not (out / "cs" / "2.html").exists()
    assert len(started) == 1
    assert started[0].wait(timeout=30) == 0
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


@pytest.mark.skipif(os.name != "posix", reason="deleted in the background on POSIX only")
def test_a_folder_being_deleted_is_left_to_its_deleter_and_taken_if_it_died(
    records, names, tmp_path
):
    """The swapped-out folder carries the deleting process's id: the next export leaves it
    while that process runs, and removes it when the process died before finishing."""
    out = tmp_path / "site"
    export(records, "site", out, names=names)
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        held = tmp_path / f".site.old-{sleeper.pid}-abc"
        (held / "cs").mkdir(parents=True)
        export(records, "site", out, names=names)
        assert held.exists()
    finally:
        sleeper.kill()
        sleeper.wait()
    export(records, "site", out, names=names)
    assert not held.exists()
