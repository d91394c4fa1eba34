"""The paused garbage collector: off inside, back on after (also after an error), and the
objects made meanwhile are kept from one big collection at the end."""

from __future__ import annotations

import gc
import weakref

import pytest

from volmatch.collector import collector_paused


@pytest.fixture
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    (gc.enable if was else gc.disable)()


def test_off_inside_on_after_and_nested_blocks_leave_it_off(collector_on):
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner block does not switch it back on
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0  # nothing stays frozen


def test_back_on_after_an_error(collector_on):
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off():
    was = gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()


def test_objects_made_inside_join_the_oldest_generation_unexamined(collector_on):
    gc.collect()
    with collector_paused():
        made = [[i] for i in range(50_000)]  # tracked containers, no cycles
    counts = gc.get_count()
    assert counts[0] < 1000  # the youngest generation starts again nearly empty
    collections: list[int] = []

    def seen(phase: str, info: dict) -> None:
        if phase == "start":
            collections.append(info["generation"])

    gc.callbacks.append(seen)
    try:
        junk = [[] for _ in range(2000)]  # enough new objects for a young collection
        del junk
    finally:
        gc.callbacks.remove(seen)
    assert 2 not in collections  # no full collection walked the 50,000 lists
    assert len(made) == 50_000


def test_cycles_made_inside_are_still_collected(collector_on):
    class Node:
        pass

    with collector_paused():
        a, b = Node(), Node()
        a.other, b.other = b, a
        ref = weakref.ref(a)
        del a, b
    assert ref() is not None  # a cycle waits for the collector
    gc.collect()
    assert ref() is None
