"""Run an export's jobs in a folder, over several processes when it pays.

Each job writes whole files of its own (a page chunk, an index, a feed), so the
output does not depend on which process ran it or in which order. Worker
processes are forked: they inherit the listings instead of receiving copies, which
needs the ``fork`` start method (Linux). Elsewhere, for small exports, or when
called from a thread other than the main one, the jobs run here one after another.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from volmatch.exporting.atomic import FolderSink
from volmatch.progress import ProgressSink, check, report

PARALLEL_FROM = 1000  # listings; below this a process start costs more than it saves

_jobs: Sequence[Callable] = ()
_root = ""


def available_workers() -> int:
    """Processes worth starting here (1 when forking is unavailable or unsafe)."""
    if (
        not sys.platform.startswith("linux")
        or "fork" not in multiprocessing.get_all_start_methods()
    ):
        return 1
    if threading.current_thread() is not threading.main_thread() or threading.active_count() > 1:
        return 1  # forking a process with other threads can copy a held lock
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


_PR_SET_PDEATHSIG = 1


def _die_with_parent(parent: int) -> None:
    """Make this worker end when the exporting process does, even by SIGKILL.

    Otherwise a killed export leaves its workers waiting for jobs forever: each
    holds the job pipe open, so none of them ever reads its end.
    """
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)


def _run(index: int) -> tuple[int, int, dict[str, dict]]:
    sink = FolderSink(_root)
    try:
        _jobs[index](sink)
    finally:
        sink.close()
    return sink.files, sink.size, sink.notes


def _merge(notes: dict[str, dict], more: dict[str, dict]) -> None:
    for kind, entries in more.items():
        notes.setdefault(kind, {}).update(entries)


def run_jobs(
    jobs: Sequence[Callable],
    root: Path,
    workers: int = 1,
    progress: ProgressSink | None = None,
) -> tuple[int, int, dict[str, dict]]:
    """Run every job into ``root``; returns (files, bytes, the jobs' notes merged: see
    FolderSink.notes). An error in any job is raised
    here after the other processes have stopped.

    ``progress`` hears of each finished job; when it asks to stop, no further job is
    started, worker processes are terminated and errors.Cancelled is raised.
    """
    global _jobs, _root
    total = len(jobs)
    if workers <= 1 or total <= 1:
        sink = FolderSink(root)
        try:
            for done, job in enumerate(jobs):
                report(progress, done, total)
                job(sink)
            report(progress, total, total)
        finally:
            sink.close()
        return sink.files, sink.size, sink.notes
    _jobs, _root = jobs, str(root)
    pool = ProcessPoolExecutor(
        max_workers=min(workers, total),
        mp_context=multiprocessing.get_context("fork"),
        initializer=_die_with_parent,
        initargs=(os.getpid(),),
    )
    stopped = False
    try:
        futures = [pool.submit(_run, i) for i in range(total)]
        files = size = 0
        notes: dict[str, dict] = {}
        for done, future in enumerate(futures):
            report(progress, done, total)
            while progress is not None:  # wake up now and then to notice a cancel
                try:
                    n, b, more = future.result(timeout=0.1)
                    break
                except TimeoutError:
                    check(progress)
            else:
                n, b, more = future.result()
            files, size = files + n, size + b
            _merge(notes, more)
        report(progress, total, total)
        return files, size, notes
    except BaseException:
        stopped = True
        raise
    finally:
        if stopped:
            _terminate(pool)
        pool.shutdown(wait=True, cancel_futures=True)
        _jobs, _root = (), ""


def _terminate(pool: ProcessPoolExecutor) -> None:
    """Stop the workers at once: what they were writing goes with the temporary folder."""
    for process in list(getattr(pool, "_processes", {}).values()):
        process.terminate()
