"""Write a whole export folder or nothing: build it beside the target, then swap it in.

A failed or interrupted export leaves the previous folder as it was. The marker file
``.volmatch-export`` is also the manifest: it lists every file the export wrote, so the
next export replaces exactly those. Any other file in the folder (the web team's own
pages) makes the export refuse, unless the caller confirms (``keep_others``): then those
files are carried over untouched into the new folder. A file the new export would write
over, and any database (a SQLite file, a backup) in the folder, are refused always —
an export never deletes or overwrites what it did not write.
"""

from __future__ import annotations

import glob
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from volmatch.errors import InputError, Issue, Problem

MARKER = ".volmatch-export"
MANIFEST_HEADER = "volmatch export"
_SQLITE = b"SQLite format 3\x00"
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

    def add_chunks(self, path: str, chunks: Iterable[bytes]) -> None:
        self.add(path, b"".join(chunks))

    def add_pieces(self, pieces: Iterable[tuple[str, bytes]]) -> None:
        files: dict[str, list[bytes]] = {}
        for path, piece in pieces:
            files.setdefault(path, []).append(piece)
        for path, parts in files.items():
            self.add(path, b"".join(parts))

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
        self.notes: dict[str, dict] = {}  # what jobs tell the export about their files
        self._dirs: dict[str, str] = {}  # folder: its path in root, ending in a separator
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

    def _target(self, path: str) -> str:
        # Per file only the name is checked; a folder once, when first seen (half a
        # million files at 100,000 listings).
        folder, _, name = path.rpartition("/")
        where = self._dirs.get(folder)
        if where is None or not name or name == "..":
            _check_path(path)
            where = os.path.join(self.root, folder, "")
            os.makedirs(where, exist_ok=True)
            self._dirs[folder] = where
        return where + name

    def add(self, path: str, data: bytes | str) -> None:
        if self._error is not None:
            self.close()
        if isinstance(data, str):
            data = data.encode("utf-8")
        target = self._target(path)
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

    def add_chunks(self, path: str, chunks: Iterable[bytes]) -> None:
        """Write a file from its pieces as they are made, here and now: a whole feed
        never sits in memory, encoded or as objects."""
        self.add_pieces(((path, chunk) for chunk in chunks), (path,))

    def add_pieces(self, pieces: Iterable[tuple[str, bytes]], paths: Iterable[str] = ()) -> None:
        """Write several files at once from (path, piece) pairs, each file's pieces in
        its order (the calendars of all languages, made together); ``paths`` are
        created even when no piece comes for them."""
        if self._error is not None:
            self.close()
        files = {path: (self._open(path), bytearray()) for path in paths}
        try:
            for path, piece in pieces:
                entry = files.get(path)
                if entry is None:
                    entry = files[path] = (self._open(path), bytearray())
                entry[1].extend(piece)
                if len(entry[1]) >= _BUFFER:
                    self.size += _write_all_of(entry[0], entry[1])
                    entry[1].clear()
            for fd, buffer in files.values():
                self.size += _write_all_of(fd, buffer)
        finally:
            for fd, _ in files.values():
                os.close(fd)
        self.files += len(files)

    def _open(self, path: str) -> int:
        """A new file at ``path`` opened for writing here, not by the writer threads."""
        target = self._target(path)
        if path in self._queued:
            raise ValueError(f"two outputs want {path}")
        self._queued.add(path)
        try:
            return os.open(target, _FLAGS, 0o644)
        except FileExistsError:
            raise ValueError(f"two outputs want {path}") from None

    def link(self, path: str, source: str, size: int | None = None) -> bool:
        """Put the existing file ``source`` (of ``size`` bytes, when the caller knows) at
        ``path`` as a hard link (a copy where links are not possible); False when
        ``source`` cannot be read."""
        target = self._target(path)
        if path in self._queued:
            raise ValueError(f"two outputs want {path}")
        self._queued.add(path)
        try:
            if size is None:
                size = os.stat(source, follow_symlinks=False).st_size
            os.link(source, target, follow_symlinks=False)
        except FileExistsError:
            raise ValueError(f"two outputs want {path}") from None
        except OSError:
            try:
                with open(source, "rb") as old:
                    data = old.read()
            except OSError:
                return False
            _write_file(target, data)
            size = len(data)
        self.files += 1
        self.size += size
        return True

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
    if target.exists() and not target.is_dir():
        raise InputError([_issue(target, "is a file, not a folder")])


def _issue(target: Path, what: str, expected: str = "", suggestion: str = "") -> Issue:
    return Issue(
        Problem.FILE_UNREADABLE,
        column="--out",
        value=f"{target} {what}",
        expected=expected or "a new folder, an empty one, or an earlier export's folder",
        suggestions=(suggestion or str(target / "export"),),
    )


def files_under(root: Path) -> set[str]:
    """Every file (and link) below ``root`` as a relative POSIX path, the marker aside."""
    found = set()
    for folder, dirs, names in os.walk(root):
        rel = os.path.relpath(folder, root)
        prefix = "" if rel == "." else rel.replace(os.sep, "/") + "/"
        links = [d for d in dirs if os.path.islink(os.path.join(folder, d))]
        found.update(prefix + n for n in [*names, *links])
    found.discard(MARKER)
    return found


def read_manifest(target: Path) -> set[str] | None:
    """The files an earlier export wrote into ``target``; None when no marker lists them
    (no marker, or the marker of an older volmatch, which listed nothing)."""
    try:
        lines = (target / MARKER).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    if len(lines) < 2:
        return None
    return {line for line in lines[1:] if line and not line.startswith("#")}


def _is_database(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(16) == _SQLITE
    except OSError:
        return False


def others_in(target: Path) -> tuple[set[str], bool]:
    """Files in ``target`` the earlier export did not write, and whether that is known only
    after the new export (an older marker without a list: its files are the paths the new
    export writes again)."""
    others, legacy, _ = _inventory(target)
    return others, legacy


def _inventory(target: Path) -> tuple[set[str], bool, int]:
    """:func:`others_in` and how many files ``target`` holds."""
    if not target.is_dir():
        return set(), False, 0
    present = files_under(target)
    manifest = read_manifest(target)
    if manifest is not None:
        return present - manifest, False, len(present)
    return present, (target / MARKER).is_file(), len(present)


def _refuse_others(target: Path, others: set[str], keep_others: bool) -> None:
    if not others:
        return
    shown = ", ".join(sorted(others)[:3]) + (
        f" (+{len(others) - 3} more)" if len(others) > 3 else ""
    )
    databases = sorted(o for o in others if _is_database(target / o))
    if databases:
        raise InputError(
            [
                _issue(
                    target,
                    f"holds a database ({databases[0]}), which an export never touches",
                    "a folder of the export's own, away from the database and its backups",
                )
            ]
        )
    if not keep_others:
        error = InputError(
            [
                _issue(
                    target,
                    f"holds {len(others)} file(s) that volmatch did not write: {shown}",
                    "a folder of the export's own; or confirm (--keep-others) to export "
                    "beside those files, which are then kept as they are",
                )
            ]
        )
        error.others = sorted(others)  # type: ignore[attr-defined]  # for a confirmation
        raise error


def _carry_over(old: Path, new: Path, others: set[str]) -> list[str]:
    """Move ``others`` from the old folder into the new one; the moved paths."""
    moved = []
    try:
        for rel in sorted(others):
            (new / rel).parent.mkdir(parents=True, exist_ok=True)
            os.replace(old / rel, new / rel)
            moved.append(rel)
    except BaseException:
        _move_back(new, old, moved)
        raise
    return moved


def _move_back(new: Path, old: Path, moved: list[str]) -> None:
    for rel in moved:
        os.replace(new / rel, old / rel)


def write_manifest(root: Path) -> set[str]:
    """Write the marker listing every file under ``root``; those files."""
    files = files_under(root)
    text = "\n".join(
        [MANIFEST_HEADER, "# files written by this export, replaced by the next", *sorted(files)]
    )
    (root / MARKER).write_text(text + "\n", encoding="utf-8")
    return files


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


_BUFFER = 1 << 20  # bytes gathered before a write when a file comes in pieces


def _write_all_of(fd: int, data: bytes | bytearray) -> int:
    view = memoryview(data)
    try:
        while view:
            view = view[os.write(fd, view) :]
    finally:
        view.release()  # a bytearray cannot be cleared while a view of it lives
    return len(data)


def _write_file(path: Path | str, data: bytes) -> None:
    fd = os.open(path, _FLAGS, 0o644)
    try:
        _write_all_of(fd, data)
    finally:
        os.close(fd)


def publish(tree: Tree, target: Path) -> None:
    """Write ``tree`` into ``target`` atomically (rename dance; the old folder is removed last)."""
    publish_with(Path(target), lambda tmp: _write_all(tmp, tree.files))


def publish_with(target: Path, fill: Callable[[Path], object], keep_others: bool = False) -> None:
    """Let ``fill`` write a new folder beside ``target``, then swap it in atomically.

    Only what the previous export wrote is replaced; other files in ``target`` are refused
    unless ``keep_others`` (then they are kept). A failure or interruption inside
    ``fill`` removes the new folder and leaves ``target`` as it was.
    """
    target = Path(target).absolute()
    _check_target(target)
    others, legacy, present = _inventory(target)
    if not legacy:
        _refuse_others(target, others, keep_others)
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_leftovers(target)
    own = f"{os.getpid()}-"
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-{own}", dir=target.parent))
    try:
        fill(tmp)
        written = write_manifest(tmp)
        if legacy:
            others -= written
            _refuse_others(target, others, keep_others)
        clash = sorted(others & written)
        if clash:
            raise InputError(
                [
                    _issue(
                        target,
                        f"holds {clash[0]}, which volmatch did not write and this export "
                        "would replace",
                        "a folder of the export's own (or move that file away)",
                    )
                ]
            )
        os.chmod(tmp, 0o755)
        if target.exists():
            _swap(target, tmp, others, own, present)
        else:
            os.replace(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _swap(target: Path, tmp: Path, others: set[str], own: str, present: int = 0) -> None:
    moved = _carry_over(target, tmp, others)
    old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-{own}", dir=target.parent))
    os.rmdir(old)  # only its unique name is wanted
    try:
        os.replace(target, old)
    except BaseException:
        _move_back(tmp, target, moved)
        raise
    try:
        os.replace(tmp, target)
    except BaseException:
        os.replace(old, target)
        _move_back(tmp, target, moved)
        raise
    discard(old, present)


DISCARD_AFTER_FROM = 2_000  # files; a smaller replaced export is deleted before returning
# Deletes the folder whose path comes on stdin, at a low priority, then ends.
_DELETER = (
    "import os, shutil, sys\n"
    "os.nice(10)\n"
    "path = os.fsdecode(sys.stdin.buffer.read())\n"
    "if path:\n"
    "    shutil.rmtree(path, ignore_errors=True)\n"
)


_deleters: list[subprocess.Popen] = []


def discard(old: Path, files: int) -> None:
    """Delete the replaced export ``old`` (already swapped out; ``files``: how many it holds).

    A large one is deleted by a process of its own that outlives this one, so nobody waits
    for it: on some disks deleting a city's export takes minutes. The folder is first
    renamed to carry that process's id, so the next export's :func:`remove_leftovers`
    leaves it alone while it is being deleted, and removes it if the deleting was killed.
    """
    if files < DISCARD_AFTER_FROM or os.name != "posix" or getattr(sys, "frozen", False):
        shutil.rmtree(old, ignore_errors=True)
        return
    try:
        deleter = subprocess.Popen(
            [sys.executable, "-I", "-S", "-c", _DELETER],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # not stopped by the terminal's Ctrl+C meant for us
        )
    except OSError:
        shutil.rmtree(old, ignore_errors=True)
        return
    kind, _, rest = old.name.rpartition(".old-")
    renamed = old.with_name(f"{kind}.old-{deleter.pid}-{rest.split('-', 1)[-1]}")
    try:
        os.replace(old, renamed)
    except OSError:
        renamed = old  # the deleter still removes it; a next export may remove it first
    _deleters[:] = [d for d in _deleters if d.poll() is None]  # reap the finished ones
    _deleters.append(deleter)
    try:
        with deleter.stdin:  # type: ignore[union-attr]  # a short path: the pipe never fills
            deleter.stdin.write(os.fsencode(renamed))  # type: ignore[union-attr]
    except OSError:
        shutil.rmtree(renamed, ignore_errors=True)


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
