"""The installation self-test: success line, clear failures, the user's data untouched."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtWidgets import QLabel, QMainWindow, QTableWidget, QTableWidgetItem, QWidget

from volmatch import launcher
from volmatch.gui import selftest


def _window_with_text(db, url):
    window = QMainWindow()
    window.setWindowTitle("volmatch")
    table = QTableWidget(3, 2)
    for row, (title, district) in enumerate(
        [("Doučování", "Praha 7"), ("Zahrada", "Praha 3"), ("Senioři", "Praha 8")]
    ):
        table.setItem(row, 0, QTableWidgetItem(title))
        table.setItem(row, 1, QTableWidgetItem(district))
    window.setCentralWidget(table)
    return window


def _blank_window(db, url):
    window = QMainWindow()
    window.setCentralWidget(QWidget())
    return window


@pytest.fixture(autouse=True)
def _no_demo_data(request, monkeypatch):
    """Unit tests use stand-in windows; the demo data would only cost time."""
    if "fresh_process" not in request.node.name:
        monkeypatch.setattr(selftest, "load_demo", lambda db, url: False)


def test_ok_line_with_a_window_that_draws_text(qapp, monkeypatch, capsys):
    monkeypatch.setattr(selftest, "window_factory", lambda: _window_with_text)
    before = dict(os.environ)

    assert selftest.main([]) == 0

    out = capsys.readouterr().out.strip()
    assert out.startswith("volmatch self-test: OK (version ")
    assert "3 rows shown" in out
    assert "no demo data in this build" in out
    assert "python" in out  # not frozen
    assert dict(os.environ) == before  # the temporary database and dirs do not leak out


def test_a_blank_window_fails_at_render(qapp, monkeypatch, capsys):
    monkeypatch.setattr(selftest, "window_factory", lambda: _blank_window)

    assert selftest.main([]) == 1

    err = capsys.readouterr().err
    assert err.startswith("volmatch self-test: FAILED at render: the main window rendered blank")


def test_a_build_without_a_main_window_says_so(qapp, monkeypatch, capsys):
    real = selftest._optional
    monkeypatch.setattr(
        selftest, "_optional", lambda name: None if name.startswith("volmatch.gui") else real(name)
    )

    assert selftest.main([]) == 1

    err = capsys.readouterr().err
    assert "FAILED at main window: this build has no main window" in err


def test_an_exception_in_the_window_is_one_line_not_a_traceback(qapp, monkeypatch, capsys):
    def broken(db, url):
        raise RuntimeError("settings file is corrupt")

    monkeypatch.setattr(selftest, "window_factory", lambda: broken)

    assert selftest.main([]) == 1

    err = capsys.readouterr().err
    assert (
        err.strip()
        == "volmatch self-test: FAILED at main window: RuntimeError: settings file is corrupt"
    )


def test_uses_a_temporary_database_never_the_users(qapp, monkeypatch, tmp_path):
    seen = {}

    def spy(db, url):
        seen["url"] = os.environ["VOLMATCH_DATABASE_URL"]
        seen["data"] = os.environ["VOLMATCH_DATA_DIR"]
        return _window_with_text(db, url)

    monkeypatch.setenv("VOLMATCH_DATABASE_URL", f"sqlite:///{tmp_path / 'real.sqlite3'}")
    monkeypatch.setattr(selftest, "window_factory", lambda: spy)

    assert selftest.main([]) == 0

    assert "real.sqlite3" not in seen["url"]
    assert "volmatch-selftest-" in seen["data"]
    assert not (tmp_path / "real.sqlite3").exists()


def test_fonts_are_real_glyphs_not_boxes(qapp):
    assert selftest.check_fonts(qapp) > 0


def test_painted_share_tells_text_from_blank(qapp):
    label = QLabel("Žluťoučký kůň úpěl ďábelské ódy " * 3)
    label.resize(400, 60)
    empty = QLabel("")
    empty.resize(400, 60)

    assert selftest.painted_share(label) > 0.01
    assert selftest.painted_share(empty) == 0.0


def test_launcher_dispatches_self_test(monkeypatch):
    calls = []
    monkeypatch.setattr(selftest, "main", lambda argv: calls.append(argv) or 0)

    assert launcher.main(["--self-test"]) == 0
    assert calls == [["--self-test"]]


@pytest.mark.slow
def test_self_test_of_this_installation_in_a_fresh_process(tmp_path):
    """The real app: skipped only while this build has no main window yet."""
    try:
        selftest.window_factory()
    except selftest.SelfTestError as exc:
        pytest.skip(str(exc))
    result = subprocess.run(
        [sys.executable, "-m", "volmatch", "--self-test"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("volmatch self-test: OK")
    opportunities = int(result.stdout.split(" opportunities")[0].rsplit(" ", 1)[1])
    assert opportunities > 0
    shown = int(result.stdout.split(" rows shown")[0].rsplit(" ", 1)[1])
    assert shown > 0  # a table shows the demo listings
