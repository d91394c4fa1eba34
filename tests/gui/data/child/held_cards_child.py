"""The app's card-preparing process, held for tests of stopping it: its process id is
appended to ``VOLMATCH_TEST_PIDS`` (a file); ``VOLMATCH_TEST_READ_SECONDS``: how long
reading the listings takes; ``VOLMATCH_TEST_CARD_SECONDS``: how long a card takes to keep,
in groups of 5 cards; with ``VOLMATCH_TEST_CRASH`` it ends at once, as a process
out of memory would."""

from __future__ import annotations

import os
import sys
import time

from volmatch.exporting import cardcache, cardprep
from volmatch.gui import cards_child
from volmatch.storage import repository


def _slow_store(real):
    def store(*args, **kwargs):
        time.sleep(float(os.environ["VOLMATCH_TEST_CARD_SECONDS"]))
        return real(*args, **kwargs)

    return store


def _slow_reading(real):
    def load(*args, **kwargs):
        time.sleep(float(os.environ["VOLMATCH_TEST_READ_SECONDS"]))
        return real(*args, **kwargs)

    return load


if __name__ == "__main__":
    with open(os.environ["VOLMATCH_TEST_PIDS"], "a", encoding="utf-8") as pids:
        pids.write(f"{os.getpid()}\n")
    if os.environ.get("VOLMATCH_TEST_CRASH"):
        sys.stderr.write("MemoryError\n")
        sys.stderr.flush()
        os._exit(1)
    if os.environ.get("VOLMATCH_TEST_READ_SECONDS"):
        repository.load_opportunities = _slow_reading(repository.load_opportunities)
    if os.environ.get("VOLMATCH_TEST_CARD_SECONDS"):
        cardcache.store = _slow_store(cardcache.store)
        cardprep.CHUNK = 5
    sys.exit(cards_child.main())
