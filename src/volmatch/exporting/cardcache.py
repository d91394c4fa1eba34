"""Share cards kept across exports, by key, so that an export into a new folder does not
draw again the cards an earlier export drew.

The program's entry points keep them in ``card-cache`` in the user's data folder
(:func:`use`); without a folder nothing is kept. An entry is ``<key[:2]>/<key>.png``, the
card's exact bytes with its key (:func:`volmatch.exporting.cards.card_key`: the card's
words and the renderer's version), so a reused card is the file a fresh export would draw.
An entry is a hard link to the card the export wrote (a copy where links are impossible)
and is linked into the next export the same way; it is used only when its key chunk says
the same key. After an export the cards no export folder holds any more (the space the
cache takes of its own) are pruned to a size limit, oldest first. The cache only saves time: when it cannot be read
or written, cards are drawn and the export goes on.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys

from volmatch.exporting.cards import link_if_key

DEFAULT_LIMIT = 1 << 30  # bytes: about 50,000 cards
_KEEP = 0.9  # pruning stops below this share of the limit, so it is not due after each card
# Listings from which an export leaves the pruning to a process of its own: it reads every
# entry's size (about a second at 120,000 cards) and only saves space, so nobody waits.
PRUNE_APART_FROM = 2_000

_folder = ""
_limit = DEFAULT_LIMIT
_made: set[str] = set()  # subfolders known to exist (per process)


def use(folder: str | os.PathLike | None, limit: int = DEFAULT_LIMIT) -> None:
    """Keep cards in ``folder`` from now on, at most ``limit`` bytes (None: keep none)."""
    global _folder, _limit
    _folder = os.fspath(folder) if folder else ""
    _limit = limit
    _made.clear()


def folder() -> str:
    return _folder


def _entry(key: str) -> str:
    return f"{_folder}{os.sep}{key[:2]}{os.sep}{key}.png"  # not os.path.join: once a card


def fetch(sink: object, path: str, key: str) -> bool:
    """Put the kept card with ``key`` at ``path`` of ``sink``; False when there is none."""
    if not _folder or not key:
        return False
    return link_if_key(sink, path, _entry(key), key)


def keep(sink: object, path: str, key: str, data: bytes) -> None:
    """Keep the card ``data`` that ``sink`` has just written at ``path``."""
    if not _folder or not key:
        return
    entry = _entry(key)
    try:
        _subfolder(entry)
        root = getattr(sink, "root", None)
        if root is not None:
            try:
                os.link(os.path.join(root, path), entry, follow_symlinks=False)
                return
            except FileExistsError:
                return  # another listing's card with the same words
            except OSError:
                pass  # another file system, or no links: a copy
        _write(entry, data)
    except OSError:
        return  # a full or read-only cache only costs the next export time


def holds(key: str) -> bool:
    """Whether an entry for ``key`` exists (an export checks its key chunk before use)."""
    return bool(_folder and key) and os.path.exists(_entry(key))


def store(key: str, data: bytes) -> bool:
    """Keep the card ``data`` with ``key`` drawn outside any export; False when the cache
    cannot be written (that only costs the next export time)."""
    if not _folder or not key:
        return False
    entry = _entry(key)
    try:
        _subfolder(entry)
        _write(entry, data)
    except OSError:
        return False
    return True


def _subfolder(entry: str) -> None:
    """Create the folder of ``entry`` unless this process knows it exists."""
    sub = os.path.dirname(entry)
    if sub not in _made:
        os.makedirs(sub, exist_ok=True)
        _made.add(sub)


def _write(entry: str, data: bytes) -> None:
    """A whole entry or none: written under a temporary name, then renamed (an entry cut
    short would still carry its key chunk, which is at the start)."""
    temporary = f"{entry}.{os.getpid()}.tmp"
    with open(temporary, "wb") as out:
        out.write(data)
    os.replace(temporary, entry)


def prune(limit: int | None = None) -> int:
    """Bring the cards no export folder holds any more (one link: they take space of their
    own) under ``limit`` bytes (default: the one of :func:`use`), oldest first; the cards an
    export holds cost no space of their own and stay. Returns the files removed."""
    if not _folder:
        return 0
    limit = _limit if limit is None else limit
    entries, total = [], 0
    try:
        subs = [e.path for e in os.scandir(_folder) if e.is_dir(follow_symlinks=False)]
    except OSError:
        return 0
    for sub in subs:
        try:
            found = list(os.scandir(sub))
        except OSError:
            continue
        for item in found:
            try:
                st = item.stat(follow_symlinks=False)
            except OSError:
                continue
            if st.st_nlink > 1:
                continue
            stale = item.name.endswith(".tmp")  # left by a process that was killed
            total += st.st_size
            entries.append((not stale, st.st_mtime, item.path, st.st_size))
    removed, over = 0, total > limit
    entries.sort()
    for fresh, _, path, size in entries:
        if fresh and (not over or total <= limit * _KEEP):
            break
        try:
            os.unlink(path)
        except OSError:
            continue
        total -= size
        removed += 1
    return removed


_pruners: list[subprocess.Popen] = []


def prune_after_export(listings: int) -> None:
    """:func:`prune` after an export of ``listings``: here for a small export, else in a
    process of its own at a low priority (POSIX, not a frozen build), which outlives this
    one (``python -m volmatch.exporting.cardcache FOLDER LIMIT``)."""
    if not _folder:
        return
    if listings < PRUNE_APART_FROM or os.name != "posix" or getattr(sys, "frozen", False):
        prune()
        return
    try:
        pruner = subprocess.Popen(
            [sys.executable, "-m", "volmatch.exporting.cardcache", _folder, str(_limit)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # not stopped by the terminal's Ctrl+C meant for us
        )
    except OSError:
        prune()
        return
    _pruners[:] = [p for p in _pruners if p.poll() is None]  # reap the finished ones
    _pruners.append(pruner)


def _main(argv: list[str]) -> int:
    with contextlib.suppress(OSError):
        os.nice(10)
    use(argv[0], int(argv[1]))
    prune()
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
