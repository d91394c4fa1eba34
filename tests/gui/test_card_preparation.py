"""Share cards prepared in the background: after the database opens and after listings
change, a process of its own fills the card cache, so Publish draws no card; Publish and
closing the app stop it; its errors are logged, never shown; a setting turns it off."""

from __future__ import annotations

import dataclasses
import logging
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from volmatch.exporting import cards
from volmatch.gui import card_preparation
from volmatch.gui.dialogs.publish_dialog import PublishDialog
from volmatch.gui.worker import ChangeSet

from .conftest import hold_child, wait_idle

LONG = 180000  # ms: the whole demo's cards, drawn at a lower priority


@pytest.fixture(autouse=True)
def _soon(monkeypatch):
    """Even the demo's 56 published listings, and a short quiet before it starts."""
    monkeypatch.setattr(card_preparation, "PREPARE_FROM", 0)
    monkeypatch.setattr(card_preparation, "DEBOUNCE_MS", 50)


@pytest.fixture
def held(monkeypatch, tmp_path):
    """The preparing process of tests/gui/data/child; its process id lands in a file."""
    return hold_child(monkeypatch, tmp_path, card_preparation, "held_cards_child")


def _cache() -> Path:
    return Path(os.environ["VOLMATCH_DATA_DIR"]) / "card-cache"


def _prepared(qtbot, prep) -> dict:
    qtbot.waitUntil(lambda: prep.last is not None and not prep.running(), timeout=LONG)
    return prep.last


def _pid(qtbot, pids: Path) -> int:
    qtbot.waitUntil(
        lambda: pids.exists() and bool(pids.read_text(encoding="utf-8").strip()), timeout=60000
    )
    return int(pids.read_text(encoding="utf-8").split()[-1])


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


class _Counting:
    def __init__(self, real) -> None:
        self.real, self.drawn, self.version = real, 0, real.version

    def __call__(self, card):
        self.drawn += 1
        return self.real(card)


def test_cards_are_prepared_after_opening_and_after_a_listing_changes(
    qtbot, make_window, demo_url, tmp_path
):
    from volmatch.cards import install
    from volmatch.exporting.from_database import export_published, read_published
    from volmatch.storage import repository

    window = make_window(demo_url)
    prep = window.ctx.cards
    first = _prepared(qtbot, prep)
    assert first["drawn"] == first["cards"] > 50 and first["cached"] == 0
    assert len(list(_cache().rglob("*.png"))) == first["cards"]
    assert not prep.label.isVisible()  # the status text is gone when done

    backend = window.ctx.backend
    with backend.db.session() as s:
        listing = repository.load_opportunities(s, statuses=["published"])[0]
    changed = dataclasses.replace(listing, title=listing.title + " (nově)")
    prep.last = None
    window.ctx.run(None, lambda b, _p: b.save_opportunity(changed), changes=ChangeSet(True))
    second = _prepared(qtbot, prep)
    assert 1 <= second["drawn"] <= 5  # the changed listing's cards, one per language shown
    assert second["cached"] + second["drawn"] == second["cards"] >= first["cards"]

    install(cache=_cache())  # as Publish does, in this process
    counting = _Counting(cards.renderer())
    cards.register(counting)
    report = export_published(read_published(backend.db), "all", tmp_path / "site", workers=1)
    assert report.listings > 50
    assert counting.drawn == 0  # every card came from the cache


def test_the_status_bar_tells_while_cards_are_drawn(
    qtbot, make_window, demo_url, held, monkeypatch
):
    monkeypatch.setenv("VOLMATCH_TEST_CARD_SECONDS", "0.05")  # the demo's cards in 3 s
    window = make_window(demo_url)
    prep = window.ctx.cards
    qtbot.waitUntil(prep.label.isVisible, timeout=60000)
    text = prep.label.text()
    assert text.startswith("Preparing share cards for publishing: ") and text.endswith(" %")
    assert prep.label in window.statusBar().findChildren(type(prep.label))
    done = _prepared(qtbot, prep)
    assert done["drawn"] == done["cards"] and not prep.label.isVisible()


def test_publish_stops_a_running_preparation(
    qtbot, make_window, demo_url, tmp_path, held, monkeypatch
):
    monkeypatch.setenv("VOLMATCH_TEST_READ_SECONDS", "60")
    window = make_window(demo_url)
    prep = window.ctx.cards
    pid = _pid(qtbot, held)
    qtbot.waitUntil(prep.label.isHidden)  # nothing drawn yet: no status text
    assert prep.running()
    dialog = PublishDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.path.edit.setText(str(tmp_path / "site"))
    dialog.publish_button.click()
    assert not prep.running() and _gone(pid)
    wait_idle(qtbot, timeout=LONG)
    assert dialog.report is not None, dialog.result.text()


def test_closing_the_app_stops_the_preparation(qtbot, make_window, demo_url, held, monkeypatch):
    monkeypatch.setenv("VOLMATCH_TEST_READ_SECONDS", "60")
    window = make_window(demo_url)
    prep = window.ctx.cards
    pid = _pid(qtbot, held)
    qtbot.waitUntil(prep.running)
    window.close()
    assert not prep.running() and _gone(pid)


def test_errors_are_logged_never_shown(qtbot, make_window, demo_url, held, monkeypatch, caplog):
    monkeypatch.setenv("VOLMATCH_TEST_CRASH", "1")
    with caplog.at_level(logging.WARNING, logger=card_preparation.__name__):
        window = make_window(demo_url)
        _pid(qtbot, held)
        qtbot.waitUntil(lambda: "MemoryError" in caplog.text, timeout=60000)
    assert not window.ctx.cards.running()
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert not [w for w in shown if w.isVisible()]


def test_the_setting_turns_it_off_and_on(qtbot, make_window, demo_url, held, monkeypatch):
    from volmatch.gui.settings import Settings

    monkeypatch.setenv("VOLMATCH_TEST_READ_SECONDS", "60")
    settings = Settings()
    settings.prepare_cards = False
    settings.sync()
    window = make_window(demo_url)
    assert not window.act_prepare_cards.isChecked()
    qtbot.wait(500)
    assert not window.ctx.cards.running() and not held.exists()
    window.act_prepare_cards.trigger()  # Settings → Prepare share cards in the background
    assert Settings().prepare_cards
    _pid(qtbot, held)
    qtbot.waitUntil(window.ctx.cards.running)
    window.act_prepare_cards.trigger()
    assert not window.ctx.cards.running()


def test_a_few_listings_are_left_to_publish(qtbot, make_window, demo_url, held, monkeypatch):
    monkeypatch.setattr(card_preparation, "PREPARE_FROM", 57)  # the demo publishes 56
    window = make_window(demo_url)
    qtbot.wait(1000)
    wait_idle(qtbot)
    assert not window.ctx.cards.running() and not held.exists()


def test_frozen_builds_leave_the_cards_to_publish(qtbot, make_window, demo_url, held, monkeypatch):
    from volmatch.gui import publish_process

    monkeypatch.setattr(publish_process, "possible", lambda: False)
    window = make_window(demo_url)
    qtbot.wait(1000)
    wait_idle(qtbot)
    assert not window.ctx.cards.running() and not held.exists()


def test_the_process_ends_when_the_app_is_killed(demo_url, held, monkeypatch):
    import signal
    import subprocess
    import sys
    import time

    monkeypatch.setenv("VOLMATCH_TEST_READ_SECONDS", "60")
    app = (  # an app that starts the process as the window does, then is killed
        "import json, subprocess, sys, time\n"
        "child = subprocess.Popen([sys.executable, '-m', 'held_cards_child'], "
        "stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)\n"
        f"child.stdin.write(json.dumps({{'db': {demo_url!r}}}).encode()); child.stdin.close()\n"
        "time.sleep(120)\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", app])
    try:
        deadline = time.monotonic() + 60
        while not (held.exists() and held.read_text(encoding="utf-8").strip()):
            assert time.monotonic() < deadline, "the process did not start"
            time.sleep(0.1)
        pid = int(held.read_text(encoding="utf-8").split()[-1])
        assert not _gone(pid)
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait()
    deadline = time.monotonic() + 20
    while not _gone(pid):  # it is re-parented, so nobody reaps it: a zombie counts as gone
        try:
            with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
                if stat.read().split(") ")[1].startswith("Z"):
                    break
        except FileNotFoundError:
            break
        assert time.monotonic() < deadline, "the process outlived the app"
        time.sleep(0.1)
