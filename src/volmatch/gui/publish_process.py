"""Run the app's Publish in a process of its own (:mod:`volmatch.gui.publish_child`).

That process is started fresh (fork and exec at once, which is safe from a threaded Qt
program), so it may fork worker processes as ``volmatch export`` does and use every core.
Its progress reaches the caller's sink; Cancel asks it to stop (SIGINT) and waits for it,
so the temporary folder is gone and the target is as it was; its errors are raised here
as the same exceptions the export raises in this process, for the dialog to word.
Called from a worker thread; never touches Qt.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import select
import signal
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from volmatch.errors import Cancelled, InputError, Issue, Problem, Severity

#: The module run as the export process (a test may name one that wraps it).
CHILD_MODULE = "volmatch.gui.publish_child"
#: Published listings from which Publish runs in a process of its own: starting it costs
#: about a second, more than its workers save on a smaller export (measured 2026-12-04:
#: 51 listings 0.5 s in the app, 1.2-1.7 s in a process of its own).
CHILD_FROM = 500
#: How long a cancelled export may take to clean up before it is killed (its leftovers
#: are then removed by the next export to the same folder).
STOP_GRACE = 30.0


class ExportStopped(RuntimeError):
    """The export process ended without a result (killed, or crashed: ``detail`` says how)."""

    def __init__(self, code: int | None, detail: str = "") -> None:
        super().__init__(f"export process ended with {code}: {detail}".strip())
        self.code = code
        self.detail = detail


def possible() -> bool:
    """Whether Publish runs in a process of its own here. Frozen builds (PyInstaller: no
    ``python -m``) and systems without ``fork`` (the workers need it) publish in the app's
    own process instead, one core, as before."""
    return (
        not getattr(sys, "frozen", False)
        and sys.platform.startswith("linux")
        and bool(sys.executable)
        and os.path.exists(sys.executable)
    )


def publish_in_child(
    db_url: str, target: Path, fmt: str, progress: Any, keep_others: bool = False
) -> Any:
    """Export the published listings of ``db_url`` as ``fmt`` into ``target`` in a child
    process; its ExportReport. ``progress``: the core's sink (reports, cancel)."""
    from volmatch import messages

    request = {
        "db": db_url,
        "target": str(Path(target).absolute()),
        "format": fmt,
        "keep_others": keep_others,
        "language": messages.language(),
    }
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")  # cards need no display
    with tempfile.TemporaryFile() as errors:
        child = subprocess.Popen(
            [sys.executable, "-m", CHILD_MODULE],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=errors,
            env=env,
            close_fds=True,
            start_new_session=True,  # a Ctrl+C in the app's terminal is not its Cancel
        )
        try:
            _send(child, request)
            result = _follow(child, progress)
        except BaseException:
            _stop(child)
            raise
        finally:
            child.stdout.close()
        code = child.wait()
        errors.seek(0)
        trace = errors.read()[-4000:].decode("utf-8", "replace")
    return _outcome(result, code, trace)


def _send(child: subprocess.Popen, request: dict) -> None:
    """Hand the request over on a pipe (the database URL may hold a password: never on the
    command line). A child that ended before reading it is told of by its stderr."""
    try:
        child.stdin.write(json.dumps(request).encode("utf-8"))
        child.stdin.close()
    except BrokenPipeError:
        pass


def _follow(child: subprocess.Popen, progress: Any) -> dict | None:
    """Pass on the child's progress until its stream ends; its last report or error."""
    fd = child.stdout.fileno()
    pending = b""
    result = None
    while True:
        if progress is not None and progress.cancelled():
            raise Cancelled
        ready, _, _ = select.select([fd], [], [], 0.1)
        if not ready:
            continue
        chunk = os.read(fd, 65536)
        if not chunk:
            return result
        *lines, pending = (pending + chunk).split(b"\n")
        for line in lines:
            message = json.loads(line)
            if "progress" in message and progress is not None:
                done, total = message["progress"]
                progress.report(done, total)
            elif "report" in message or "error" in message:
                result = message


def _stop(child: subprocess.Popen) -> None:
    """Ask the child to cancel and wait until it has cleaned up; kill it if it will not."""
    if child.poll() is not None:
        return
    try:
        child.send_signal(signal.SIGINT)
        child.wait(STOP_GRACE)
    except subprocess.TimeoutExpired:
        child.kill()  # its forked workers die with it (they ask for that when started)
        child.wait()
    except ProcessLookupError:
        pass


def _outcome(result: dict | None, code: int, trace: str) -> Any:
    if result is None:
        if code < 0:
            raise ExportStopped(code, f"signal {-code}")
        raise ExportStopped(code, trace.strip().splitlines()[-1] if trace.strip() else "")
    if "report" in result:
        return _report(result["report"])
    raise _error(result["error"])


def _report(data: dict) -> Any:
    from volmatch.exporting import ExportReport

    return ExportReport(
        **{
            **data,
            "out_dir": Path(data["out_dir"]),
            "languages": tuple(data["languages"]),
            "now": dt.datetime.fromisoformat(data["now"]),
        }
    )


def _error(data: dict) -> BaseException:
    """The exception the export raised in the child, as the dialog knows it."""
    kind = data["kind"]
    if kind == "cancelled":
        return Cancelled()
    if kind == "input":
        issues = [
            Issue(
                **{
                    **i,
                    "problem": Problem(i["problem"]),
                    "severity": Severity(i["severity"]),
                    "suggestions": tuple(i["suggestions"]),
                }
            )
            for i in data["issues"]
        ]
        error = InputError(issues)
        if data.get("others"):
            error.others = data["others"]  # type: ignore[attr-defined]  # for a confirmation
        return error
    if kind == "database":
        from volmatch.storage.db_errors import DatabaseError, DatabaseErrorCode

        return DatabaseError(DatabaseErrorCode(data["code"]), data["message"])
    if kind == "os":
        if data["errno"] is None:
            return OSError(data["message"])
        if data["filename"] is None:
            return OSError(data["errno"], data["strerror"])
        return OSError(data["errno"], data["strerror"], data["filename"])
    return ExportStopped(None, f"{data['type']}: {data['message']}")
