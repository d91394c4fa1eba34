"""Write a whole export folder or nothing: build it beside the target, then swap it in.

A failed or interrupted export leaves the previous folder as it was. A folder that
holds no earlier export is never replaced, so ``--out ~/Documents`` cannot wipe it.
"""

from __future__ import annotations

import glob
import os
import queue
import shutil
import tempfile
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from volmatch.errors import InputError, Issue, Problem

MARKER = ".volmatch-export"
_WRITERS = 4  # file creation waits on the file system, not the GIL


def _check_path(path: str) -> None:
    if path.startswith("/") or ".." in path.split("/"):
        raise ValueError(f"not a relative path: {path}")


class Tree:
    """Files of one export by relative POSIX path, kept in memory (``build``)."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}

    def add(self, path: str, data: bytes | str) -> None:
        if path in self.files:
            raise ValueError(f"two outputs want {path}")
        _check_path(path)
        self.files[path] = data.encode("utf-8") if isinstance(data, str) else data

    def __len__(self) -> int:
        return len(self.files)

    @property
    def size(self) -> int:
        return sum(len(d) for d in self.files.values())


class FolderSink:
    """Writes each file into ``root`` as soon as it is made, so a whole city's site never
    sits in memory at once. With ``writers`` > 0, threads create the files (they release
    the GIL) while the caller renders the next one, which helps on a slow disk;
    :meth:`close` waits for them and raises the first error."""

    def __init__(self, root: str | Path, writers: int = 0) -> None:
        self.root = str(root)
        self.files = 0
        self.size = 0
        self._dirs: set[str] = set()
        self._queued: set[str] = set()
        self._queue: queue.Queue = queue.Queue(maxsize=256)  # bounds the memory held
        self._error: BaseException | None = None
        self._threads = [threading.Thread(target=self._drain, daemon=True) for _ in range(writers)]
        for thread in self._threads:
            thread.start()

    def _drain(self) -> None:
        while True:
            task = self._queue.get()
            if task is None:
                return
            if self._error is None:
                try:
                    _write_file(*task)
                except BaseException as exc:  # handed to the caller by add()/close()
                    self._error = exc

    def add(self, path: str, data: bytes | str) -> None:
        if self._error is not None:
            self.close()
        _check_path(path)
        if isinstance(data, str):
            data = data.encode("utf-8")
        folder = path.rpartition("/")[0]
        if folder not in self._dirs:
            os.makedirs(os.path.join(self.root, folder), exist_ok=True)
            self._dirs.add(folder)
        target = os.path.join(self.root, path)
        if self._threads:
            # threads may write a repeated path before the first one: refuse it here
            if path in self._queued:
                self.close()
                raise ValueError(f"two outputs want {path}")
            self._queued.add(path)
            self._queue.put((target, data))
        else:
            try:
                _write_file(target, data)  # O_EXCL: never one file twice
            except FileExistsError:
                raise ValueError(f"two outputs want {path}") from None
        self.files += 1
        self.size += len(data)

    def close(self) -> None:
        """Wait until every file is written; raise the first error of any writer."""
        for _ in self._threads:
            self._queue.put(None)
        for thread in self._threads:
            thread.join()
        self._threads = []
        if isinstance(self._error, FileExistsError):
            raise ValueError(f"two outputs want {self._error.filename}") from self._error
        if self._error is not None:
            raise self._error


def _check_target(target: Path) -> None:
    if not target.exists():
        return
    if not target.is_dir():
        raise InputError([_issue(target, "is a file, not a folder")])
    if any(target.iterdir()) and not (target / MARKER).is_file():
        raise InputError([_issue(target, "is not empty and holds no earlier export")])


def _issue(target: Path, what: str) -> Issue:
    return Issue(
        Problem.FILE_UNREADABLE,
        column="--out",
        value=f"{target} {what}",
        expected="a new folder, an empty one, or an earlier export's folder",
        suggestions=(str(target / "export"),),
    )


def _write_all(root: Path, files: dict[str, bytes]) -> None:
    dirs = sorted({str(Path(p).parent) for p in files})
    for d in dirs:
        (root / d).mkdir(parents=True, exist_ok=True)
    items = sorted(files.items())

    def write(chunk: list[tuple[str, bytes]]) -> None:
        for rel, data in chunk:
            _write_file(root / rel, data)

    chunks = [items[i::_WRITERS] for i in range(_WRITERS)]
    with ThreadPoolExecutor(_WRITERS) as pool:
        for future in [pool.submit(write, c) for c in chunks]:
            future.result()


_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def _write_file(path: Path, data: bytes) -> None:
    fd = os.open(path, _FLAGS, 0o644)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)


def publish(tree: Tree, target: Path) -> None:
    """Write ``tree`` into ``target`` atomically (rename dance; the old folder is removed last)."""
    publish_with(Path(target), lambda tmp: _write_all(tmp, tree.files))


def publish_with(target: Path, fill: Callable[[Path], object]) -> None:
    """Let ``fill`` write a new folder beside ``target``, then swap it in atomically.

    A failure or interruption inside ``fill`` removes the new folder and leaves
    ``target`` as it was.
    """
    target = Path(target).absolute()
    _check_target(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_leftovers(target)
    own = f"{os.getpid()}-"
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-{own}", dir=target.parent))
    try:
        fill(tmp)
        (tmp / MARKER).write_text("volmatch export\n", encoding="utf-8")
        os.chmod(tmp, 0o755)
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-{own}", dir=target.parent))
            os.rmdir(old)  # only its unique name is wanted
            os.replace(target, old)
            try:
                os.replace(tmp, target)
            except BaseException:
                os.replace(old, target)
                raise
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def remove_leftovers(target: Path) -> list[Path]:
    """Delete the folders beside ``target`` that an export killed outright left behind.

    A power cut or SIGKILL gives no chance to clean up, and a whole city's export
    is more than a gigabyte. The folders' names carry the exporting process's id;
    one whose process still runs (another export to the same place) is left alone.
    Only on POSIX systems, where asking whether a process runs is harmless.
    """
    if os.name != "posix":
        return []
    removed = []
    for kind in ("new", "old"):
        prefix = f".{target.name}.{kind}-"
        for path in target.parent.glob(glob.escape(prefix) + "*-*"):
            pid = path.name[len(prefix) :].split("-", 1)[0]
            if path.is_dir() and pid.isdigit() and not _running(int(pid)):
                shutil.rmtree(path, ignore_errors=True)
                removed.append(path)
    return removed


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, but belongs to someone else
        return True
    return True
