"""The app's Publish runs in a process of its own that forks workers as ``volmatch export``
does: the same bytes as the command line, jobs in several processes, Cancel keeps the old
site, and the export's errors read in the dialog as they did in the app's own process."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QProgressDialog, QPushButton

from volmatch.exporting import atomic
from volmatch.gui import publish_process
from volmatch.gui.dialogs.publish_dialog import PublishDialog

from .conftest import hold_child, wait_idle

CANCELLED = "Cancelled — nothing was changed"


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def _start(qtbot, window, target: Path, fmt: str = "site") -> PublishDialog:
    dialog = PublishDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.edit.setText(str(target))
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    dialog.publish_button.click()
    return dialog


def _publish(qtbot, window, target: Path, fmt: str = "site") -> PublishDialog:
    dialog = _start(qtbot, window, target, fmt)
    wait_idle(qtbot, timeout=180000)
    return dialog


@pytest.fixture(autouse=True)
def _even_for_the_demo(monkeypatch):
    """The demo's 51 listings publish in the app's own process unless told otherwise."""
    monkeypatch.setattr(publish_process, "CHILD_FROM", 0)


@pytest.fixture
def held(monkeypatch, tmp_path):
    """The export process of tests/gui/data/child: its jobs' process ids land in a file."""
    return hold_child(monkeypatch, tmp_path, publish_process, "held_publish_child")


def test_the_app_writes_the_same_bytes_as_the_command_line(
    qtbot, make_window, demo_url, tmp_path, monkeypatch
):
    calls = []
    real = publish_process.publish_in_child
    monkeypatch.setattr(
        publish_process, "publish_in_child", lambda *a, **k: calls.append(a) or real(*a, **k)
    )
    window = make_window(demo_url)
    app = _publish(qtbot, window, tmp_path / "app", "all")
    assert app.report is not None, app.result.text()
    assert calls, "the app published in its own process"
    command = [sys.executable, "-m", "volmatch.launcher", "export", "all"]
    command += ["--out", str(tmp_path / "cli"), "--db", demo_url]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    # and the fallback in the app's own process (frozen builds) writes them too
    monkeypatch.setattr(publish_process, "possible", lambda: False)
    _publish(qtbot, window, tmp_path / "inside", "all")
    ours, theirs = _files(tmp_path / "app"), _files(tmp_path / "cli")
    assert sorted(ours) == sorted(theirs) and len(ours) > 100
    assert [p for p in ours if ours[p] != theirs[p]] == []
    assert _files(tmp_path / "inside") == ours
    assert any(p.endswith(".png") for p in ours)  # share cards drawn in the child


def test_the_jobs_run_in_worker_processes_not_in_the_app(
    qtbot, make_window, demo_url, tmp_path, held
):
    if len(os.sched_getaffinity(0)) < 2:
        pytest.skip("one core: the export runs its jobs in one process")
    window = make_window(demo_url)
    dialog = _publish(qtbot, window, tmp_path / "site")
    assert "listings published in" in dialog.result.text(), dialog.result.text()
    pids = set(held.read_text(encoding="utf-8").split())
    assert len(pids) >= 2 and str(os.getpid()) not in pids


def test_cancel_stops_the_export_process_and_keeps_the_old_site(
    qtbot, make_window, demo_url, tmp_path, held, monkeypatch
):
    monkeypatch.setenv("VOLMATCH_TEST_JOB_SECONDS", "2")
    window = make_window(demo_url)
    target = tmp_path / "site"
    target.mkdir()
    (target / "index.html").write_text("old", encoding="utf-8")
    (target / atomic.MARKER).write_text("volmatch export\nindex.html\n", encoding="utf-8")
    dialog = _start(qtbot, window, target)
    # the export process has begun writing its new folder beside the old one
    qtbot.waitUntil(lambda: held.exists() and any(tmp_path.glob(".site.new-*")), timeout=60000)
    progress = dialog.findChild(QProgressDialog, "operationProgress")
    qtbot.waitUntil(lambda: progress.isVisible(), timeout=5000)
    (button,) = progress.findChildren(QPushButton)
    pressed = time.monotonic()
    button.click()
    wait_idle(qtbot, timeout=60000)
    assert time.monotonic() - pressed < 15
    assert dialog.result.text() == CANCELLED and dialog.report is None
    assert _files(target) == {"index.html": b"old", atomic.MARKER: b"volmatch export\nindex.html\n"}
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".site")) == []
    for pid in {int(p) for p in held.read_text(encoding="utf-8").split()}:
        with pytest.raises(ProcessLookupError):  # no worker is left behind
            os.kill(pid, 0)


def test_cancel_while_the_listings_are_read_stops_at_once(
    qtbot, make_window, demo_url, tmp_path, held, monkeypatch
):
    monkeypatch.setenv("VOLMATCH_TEST_READ_SECONDS", "60")
    window = make_window(demo_url)
    target = tmp_path / "site"
    dialog = _start(qtbot, window, target)
    progress = dialog.findChild(QProgressDialog, "operationProgress")
    qtbot.waitUntil(lambda: progress.isVisible(), timeout=5000)
    time.sleep(2)  # the export process is reading (it takes a minute here)
    (button,) = progress.findChildren(QPushButton)
    pressed = time.monotonic()
    button.click()
    wait_idle(qtbot, timeout=60000)
    assert time.monotonic() - pressed < 10
    assert dialog.result.text() == CANCELLED and not target.exists()
    assert not held.exists()  # no job began


def _both_ways(qtbot, window, target: Path, monkeypatch) -> tuple[str, str]:
    """The dialog's words for the same failing publish, in a child and in the app."""
    child = _publish(qtbot, window, target).result.text()
    with monkeypatch.context() as m:
        m.setattr(publish_process, "possible", lambda: False)
        inside = _publish(qtbot, window, target).result.text()
    return child, inside


def test_a_bad_folder_is_told_as_in_the_app(qtbot, make_window, demo_url, tmp_path, monkeypatch):
    window = make_window(demo_url)
    target = tmp_path / "site.html"
    target.write_text("not a folder", encoding="utf-8")
    child, inside = _both_ways(qtbot, window, target, monkeypatch)
    assert child == inside and str(target) in child and "not a folder" in child, child


def test_the_export_process_errors_are_worded_in_czech(qapp, demo_url, tmp_path, monkeypatch):
    from volmatch.errors import InputError
    from volmatch.gui import i18n
    from volmatch.gui.backend import Backend
    from volmatch.gui.dialogs.files import failure_text

    backend = Backend.open(demo_url)
    target = tmp_path / "site.html"
    target.write_text("not a folder", encoding="utf-8")
    raised = []
    for possible in (True, False):  # a child process, then the app's own
        monkeypatch.setattr(publish_process, "possible", lambda possible=possible: possible)
        with pytest.raises(InputError) as caught:
            backend.publish(target, "site")
        raised.append(caught.value)
    backend.close()
    i18n.install(qapp, "cs")
    try:
        child, inside = (failure_text(e) for e in raised)
    finally:
        i18n.install(qapp, "en")
    assert child == inside and str(target) in child
    assert "složk" in child, child  # "… není složka", in Czech


def test_a_full_disk_is_told_as_in_the_app(
    qtbot, make_window, demo_url, tmp_path, held, monkeypatch
):
    import errno

    def full(path, data):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setenv("VOLMATCH_TEST_DISK_FULL", "1")
    monkeypatch.setattr(atomic, "_write_file", full)
    window = make_window(demo_url)
    target = tmp_path / "site"
    child, inside = _both_ways(qtbot, window, target, monkeypatch)
    said = f"[Errno {errno.ENOSPC}] {os.strerror(errno.ENOSPC)}"
    assert child.startswith(said) and inside.startswith(said), (child, inside)
    assert not target.exists() and not list(tmp_path.glob(".site.new-*"))


def test_an_export_process_that_dies_is_told_in_words(
    qtbot, make_window, demo_url, tmp_path, held, monkeypatch
):
    monkeypatch.setenv("VOLMATCH_TEST_CRASH", "1")
    window = make_window(demo_url)
    dialog = _publish(qtbot, window, tmp_path / "site")
    text = dialog.result.text()
    assert "stopped unexpectedly (MemoryError)" in text and "Publish again" in text, text
    assert dialog.report is None and not (tmp_path / "site").exists()


def test_a_few_listings_are_published_in_the_app_itself(
    qtbot, make_window, demo_url, tmp_path, monkeypatch
):
    calls = []
    real = publish_process.publish_in_child
    monkeypatch.setattr(
        publish_process, "publish_in_child", lambda *a, **k: calls.append(a) or real(*a, **k)
    )
    window = make_window(demo_url)
    monkeypatch.setattr(publish_process, "CHILD_FROM", 56)  # the demo publishes 51 + 5 expired
    _publish(qtbot, window, tmp_path / "site")
    assert len(calls) == 1  # 56 published: the process of its own
    monkeypatch.setattr(publish_process, "CHILD_FROM", 57)
    dialog = _publish(qtbot, window, tmp_path / "site")
    assert "listings published in" in dialog.result.text(), dialog.result.text()
    assert len(calls) == 1


def test_an_export_process_that_cannot_start_is_told_in_words(
    qtbot, make_window, demo_url, tmp_path, monkeypatch
):
    monkeypatch.setattr(publish_process, "CHILD_MODULE", "volmatch.no_such_module")
    window = make_window(demo_url)
    text = _publish(qtbot, window, tmp_path / "site").result.text()
    assert "stopped unexpectedly" in text and "No module named" in text, text


@pytest.mark.parametrize("own_process", [True, False])
def test_what_has_expired_is_decided_by_today_as_on_the_command_line(
    qtbot, make_window, demo_url, tmp_path, monkeypatch, own_process
):
    """A listing that ended yesterday is not published, even when nothing was edited
    since before it ended (the export's own default is the newest edit's day)."""
    import datetime as dt
    import sqlite3

    path = demo_url.removeprefix("sqlite:///")
    yesterday = dt.date.today() - dt.timedelta(days=1)
    long_ago = dt.datetime.now() - dt.timedelta(days=30)
    with sqlite3.connect(path) as con:
        (ref,) = con.execute(
            "SELECT external_id FROM opportunity WHERE status = 'published' "
            "AND end_date IS NULL ORDER BY id LIMIT 1"
        ).fetchone()
        con.execute(
            "UPDATE opportunity SET end_date = ? WHERE external_id = ?",
            (yesterday.isoformat(), ref),
        )
        con.execute("UPDATE opportunity SET updated_at = ?", (long_ago.isoformat(sep=" "),))
    if not own_process:
        monkeypatch.setattr(publish_process, "possible", lambda: False)
    window = make_window(demo_url)
    dialog = _publish(qtbot, window, tmp_path / "json", "json")
    assert dialog.report is not None, dialog.result.text()
    text = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "json").rglob("*.json"))
    assert ref not in text
