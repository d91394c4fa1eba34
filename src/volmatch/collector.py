"""The cyclic garbage collector paused while bulk work makes millions of objects."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """No automatic cyclic garbage collection inside the block (nested blocks are no-ops).

    Reading, storing or exporting a whole city's listings makes millions of objects
    that live until the work ends and form no cycles; every automatic collection would
    walk all of them again (about a fifth of the time). At the end the objects made
    meanwhile join the oldest generation unexamined (``gc.freeze`` then ``gc.unfreeze``):
    re-enabling alone would walk them all at once, just before reference counting frees
    most of them. Cycles among them are found by the next full collection. Forked
    workers inherit the pause.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.freeze()
            gc.unfreeze()
            gc.enable()
