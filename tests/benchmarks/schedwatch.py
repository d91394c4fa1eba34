"""Where an export's wall time goes, from outside: on a core, waiting for one, or neither.

A watching process (a thread would make the export run in one process: see
``exporting.parallel.available_workers``) reads ``/proc/<pid>/schedstat`` (time on a CPU,
time runnable but waiting for one) and ``VmHWM`` (peak resident memory) of the benchmark's
process and its children five times a second. Linux only; elsewhere it reports nothing.
A process's time in neither state is spent waiting on the disk, a pipe or its pool.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass

_WATCHER = r"""
import json, os, select, sys
root, since, run0, wait0 = int(sys.argv[1]), *map(float, sys.argv[2:5])
tick = os.sysconf("SC_CLK_TCK")
seen = {}  # pid: [start, run at start, wait at start, last seen, run, wait, peak kB]

def uptime():
    with open("/proc/uptime") as f:
        return float(f.read().split()[0])

def sample(pid, now):
    try:
        with open(f"/proc/{pid}/schedstat") as f:
            run, wait = (int(v) / 1e9 for v in f.read().split()[:2])
        with open(f"/proc/{pid}/status") as f:
            peak = next((int(l.split()[1]) for l in f if l.startswith("VmHWM:")), 0)
        with open(f"/proc/{pid}/stat") as f:
            started = int(f.read().rpartition(")")[2].split()[19]) / tick
    except (OSError, ValueError, IndexError):
        return
    row = seen.get(pid)
    if row is None:
        if pid == root:
            row = seen[pid] = [since, run0, wait0, now, run, wait, peak]
        elif started >= since:  # started while watched: all of its time counts
            row = seen[pid] = [started, 0.0, 0.0, now, run, wait, peak]
        else:
            row = seen[pid] = [now, run, wait, now, run, wait, peak]
    row[3:] = [now, run, wait, max(row[6], peak)]

def children():
    try:  # the children of each thread (a pool may start its workers from another)
        found = []
        for task in os.listdir(f"/proc/{root}/task"):
            with open(f"/proc/{root}/task/{task}/children") as f:
                found += [int(p) for p in f.read().split()]
        return found
    except OSError:
        return [int(d) for d in os.listdir("/proc") if d.isdigit() and parent(d) == root]

def parent(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return int(f.read().rpartition(")")[2].split()[1])
    except (OSError, ValueError, IndexError):
        return -1

me = os.getpid()
while True:
    now = uptime()
    for pid in [root, *children()]:
        if pid != me:
            sample(pid, now)
    if select.select([sys.stdin], [], [], 0.2)[0]:
        break
print(json.dumps(seen))
"""


@dataclass(frozen=True)
class Spent:
    """Seconds summed over the export's processes, and the largest peak memory of one."""

    processes: int
    running: float  # on a CPU
    runnable: float  # ready to run, waiting for a CPU (other programs' load)
    other: float  # the children's time in neither: the disk, a pipe, an idle worker
    peak_mb: float

    def note(self) -> str:
        if not self.processes:
            return ""
        return (
            f"{self.processes} processes: on a CPU {self.running:.1f} s, waiting for one "
            f"{self.runnable:.1f} s, neither {self.other:.1f} s; peak memory of one "
            f"{self.peak_mb:.0f} MB"
        )


class Watch:
    """``with Watch() as w: ...`` then ``w.spent``: what this process and its children did
    in between (sampled: a child's last moments, at most 0.2 s, are not counted)."""

    def __init__(self) -> None:
        self.spent = Spent(0, 0.0, 0.0, 0.0, 0.0)
        self._process: subprocess.Popen | None = None

    def __enter__(self) -> Watch:
        if sys.platform.startswith("linux") and os.path.exists("/proc/self/schedstat"):
            with open("/proc/self/schedstat") as f:
                run, wait = (int(v) / 1e9 for v in f.read().split()[:2])
            with open("/proc/uptime") as f:
                since = f.read().split()[0]
            self._process = subprocess.Popen(
                [sys.executable, "-c", _WATCHER, str(os.getpid()), since, str(run), str(wait)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
            )
        return self

    def __exit__(self, *exc) -> None:
        if self._process is None:
            return
        out, _ = self._process.communicate(b"stop", timeout=30)
        try:
            seen = json.loads(out or b"{}")
        except ValueError:
            return
        running = runnable = other = 0.0
        for pid, (first, run0, wait0, last, run1, wait1, _) in seen.items():
            running += run1 - run0
            runnable += wait1 - wait0
            if int(pid) != os.getpid():  # this process waits for its workers: not counted
                other += max(0.0, (last - first) - (run1 - run0) - (wait1 - wait0))
        peak = max((row[6] for row in seen.values()), default=0) / 1024
        self.spent = Spent(len(seen), running, runnable, other, peak)
