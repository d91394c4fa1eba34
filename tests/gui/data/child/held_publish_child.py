"""The app's export process with every job slowed down, for tests of Cancel and of its
worker processes: ``VOLMATCH_TEST_JOB_SECONDS`` per job; each job's process id is
appended to ``VOLMATCH_TEST_PIDS`` (a file); a disk error when ``VOLMATCH_TEST_DISK_FULL``;
with ``VOLMATCH_TEST_CRASH`` it ends at once, as a process out of memory would;
``VOLMATCH_TEST_READ_SECONDS``: how long reading the listings takes."""

from __future__ import annotations

import errno
import os
import sys
import time

from volmatch.exporting import atomic, parallel
from volmatch.gui import publish_child
from volmatch.storage import repository


class SlowSink(parallel.FolderSink):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        with open(os.environ["VOLMATCH_TEST_PIDS"], "a", encoding="utf-8") as pids:
            pids.write(f"{os.getpid()}\n")
        time.sleep(float(os.environ.get("VOLMATCH_TEST_JOB_SECONDS", "0")))


def _slow_reading(real):
    def load(*args, **kwargs):
        time.sleep(float(os.environ["VOLMATCH_TEST_READ_SECONDS"]))
        return real(*args, **kwargs)

    return load


def _full(path, data) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))


if __name__ == "__main__":
    if os.environ.get("VOLMATCH_TEST_CRASH"):
        sys.stderr.write("MemoryError\n")
        sys.stderr.flush()
        os._exit(1)
    parallel.FolderSink = SlowSink
    if os.environ.get("VOLMATCH_TEST_READ_SECONDS"):
        repository.load_opportunities = _slow_reading(repository.load_opportunities)
    if os.environ.get("VOLMATCH_TEST_DISK_FULL"):
        atomic._write_file = _full
    sys.exit(publish_child.main())
