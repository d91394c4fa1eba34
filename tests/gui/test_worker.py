import threading

import pytest
from PySide6.QtWidgets import QWidget

from volmatch.gui import worker
from volmatch.gui.worker import ChangeSet, run_operation


def test_result_arrives_on_the_gui_thread(qtbot):
    results = []
    gui_thread = threading.get_ident()
    seen = {}

    def work(progress):
        seen["thread"] = threading.get_ident()
        progress.report(1, 2, "half")
        return {"rows": 3}

    run_operation(None, work, lambda r: results.append((r, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results == [({"rows": 3}, gui_thread)]
    assert seen["thread"] != gui_thread
    assert not worker.busy()


def test_failure_is_reported_and_cancel_stops_quietly(qtbot):
    failures = []
    run_operation(None, lambda p: 1 / 0, lambda r: None, lambda exc, trace: failures.append(exc))
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(failures[0], ZeroDivisionError)

    parent = QWidget()
    qtbot.addWidget(parent)
    done, failed = [], []
    gate = threading.Event()

    def slow(progress):
        gate.wait(5)
        progress.report(1, 10)  # raises Cancelled once the person pressed Cancel
        return "finished"

    progress = run_operation(
        parent, slow, done.append, lambda e, t: failed.append(e), label="Working"
    )
    progress.cancelled = True
    gate.set()
    qtbot.waitUntil(lambda: not worker.busy(), timeout=5000)
    assert done == [] and failed == []


def test_changesets_combine():
    both = ChangeSet(opportunities=True) | ChangeSet(volunteers=True)
    assert both.opportunities and both.volunteers and not both.placements
    with pytest.raises(AttributeError):
        both.opportunities = False  # frozen


@pytest.mark.parametrize("cancellable", [False, True])
def test_cancel_button_only_for_work_that_can_stop(qtbot, cancellable):
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    gate = threading.Event()
    done = []

    def slow(progress):
        gate.wait(5)
        progress.check()
        return "finished"

    progress = run_operation(parent, slow, done.append, label="Working", cancellable=cancellable)
    dialog = parent.findChild(QProgressDialog, "operationProgress")
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    buttons = dialog.findChildren(QPushButton)
    assert bool(buttons) == cancellable
    if cancellable:
        buttons[0].click()
        assert progress.cancelled
    gate.set()
    qtbot.waitUntil(lambda: not worker.busy(), timeout=5000)
    assert done == ([] if cancellable else ["finished"])


def test_requests_go_before_background_work_and_idle_work_last_each_in_order(qtbot):
    gate = threading.Event()
    order = []
    run_operation(None, lambda p: gate.wait(5), lambda r: None)  # keeps the one worker busy
    for name, background, idle in (
        ("warm up", False, True),
        ("reload a list", True, False),
        ("reload another", True, False),
        ("edit", False, False),
        ("match", False, False),
    ):
        run_operation(
            None,
            lambda p, name=name: order.append(name),
            lambda r: None,
            background=background,
            idle=idle,
        )
    gate.set()
    qtbot.waitUntil(lambda: len(order) == 5 and not worker.busy(), timeout=5000)
    assert order == ["edit", "match", "reload a list", "reload another", "warm up"]
