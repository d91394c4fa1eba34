"""A listing's pages and share cards taken over from the export being replaced when
nothing they are made from has changed.

Each export records in ``.volmatch-listings`` a fingerprint per listing: a hash of the
listing as the public sees it (:class:`~volmatch.exporting.public.Listing`), of the
languages of its pages, and of a stamp of everything else its files depend on (this
program's files, the address of the site, the feeds, the fallback languages, the card
renderer's version). The next export into the same folder links those files (one hard
link each, no drawing, no writing) when the fingerprint is the same and each file is still
the regular file of the recorded size, not changed since the record was written (the
export's last file). Any doubt means the files are made again: the output is byte for
byte what a fresh export writes.

Files made of one piece per listing (the index pages and their CMS fragments, the JSON,
HSDS, OFN and social-post feeds) note in ``.volmatch-pieces/`` where each listing's piece lies;
the next export copies an unchanged listing's piece from the file it replaces (checked as
the pages are) and makes the rest; the HSDS feed's services only while the organizations
are the same (a service nests the first organization of its name). The calendars and CSV
are made anew: an event's start depends on the day of the export, CSV rows are written in
batches.

The record is a hint for speed, not a security boundary: whoever may write into the
published folder may change the site anyway.
"""

from __future__ import annotations

import hashlib
import os
import stat
import sys
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from importlib import metadata
from pathlib import Path

import orjson

from volmatch.exporting import cards
from volmatch.exporting.public import FALLBACK_ORDER, Listing

FILE = ".volmatch-listings"
PIECES = ".volmatch-pieces"  # a folder: per file made of pieces, where each listing's lies
# a regular file only: never through a symbolic link, never waiting on a pipe
_READ = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
_READ |= getattr(os, "O_NONBLOCK", 0)
_FORMAT = 1


@cache
def program_identity() -> str:
    """This program's version, every file of its package and resources (path, size, time
    of change) and the libraries that word its pages (language names and dates from
    Babel's CLDR data, escaping): a new or changed program makes every page again."""
    from volmatch import __version__
    from volmatch.paths import resources

    versions = [__version__, sys.version] + [_version(n) for n in ("babel", "jinja2", "markupsafe")]
    digest = hashlib.blake2b("\0".join(map(str, versions)).encode(), digest_size=16)
    package = Path(__file__).resolve().parents[1]
    tops = [package, Path(str(resources()))]
    if getattr(sys, "frozen", False):  # a bundle's code is in its executable's archive
        tops.append(Path(sys.executable).parent)
    for top in tops:
        for folder, dirs, names in os.walk(top):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(names):
                try:
                    info = os.stat(os.path.join(folder, name))
                except OSError:
                    continue
                digest.update(f"{folder}/{name}\0{info.st_size}\0{info.st_mtime_ns}\0".encode())
    return digest.hexdigest()


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:  # a frozen build: its own files say enough
        return ""


def site_stamp(*, base_url: str, feeds: bool, with_cards: bool) -> str:
    """What every page and card of the export depends on besides its listing; "" when
    the files cannot be reused (a card renderer that gives no version)."""
    version = ""
    if with_cards:
        version = getattr(cards.renderer(), "version", None)
        version = version() if callable(version) else version
        if not version:
            return ""
    parts = [
        str(_FORMAT),
        program_identity(),
        base_url,
        str(feeds),
        str(version),
        orjson.dumps(sorted(FALLBACK_ORDER.items())).decode(),
    ]
    return hashlib.blake2b("\0".join(parts).encode(), digest_size=16).hexdigest()


class Keep:
    """What one export may take over from the export it replaces: that export's record,
    this one's fingerprints (:meth:`prepare`, read by every job) and the previous files
    made of pieces (:meth:`pieces`). The jobs note what they wrote in their sinks
    (:func:`note`, :func:`write_pieces`) for :func:`save`."""

    def __init__(self, previous: str, stamp: str) -> None:
        self.root = previous.rstrip(os.sep) + os.sep if previous else ""
        self.stamp = stamp
        self._salt = stamp.encode()
        self.entries: dict[str, list] = {}
        self.fingerprints: dict[str, str] = {}
        self.same: set[str] = set()
        self.done_ns = 0
        if self.root and stamp:
            self._load()

    def _load(self) -> None:
        try:
            with open(self.root + FILE, "rb") as f:
                saved = orjson.loads(f.read())
                written = os.fstat(f.fileno()).st_mtime_ns  # after every file of its export
            if saved.get("format") != _FORMAT or saved.get("stamp") != self.stamp:
                return
            self.entries = {
                name: entry
                for name, entry in saved["listings"].items()
                if type(entry) is list
                and len(entry) == 2
                and type(entry[0]) is str
                and type(entry[1]) is int
            }
            self.done_ns = written
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            self.entries = {}  # unreadable: everything is made again

    def prepare(self, listings: Sequence[Listing], pages: dict[str, tuple[str, ...]]) -> None:
        """Fingerprint every listing once, before the jobs start (they all read them):
        ``same`` holds the keys of the listings the previous export had alike."""
        fingerprint, entries = self.fingerprint, self.entries
        self.fingerprints = {item.key: fingerprint(item, pages[item.key]) for item in listings}
        self.same = {
            key
            for key, value in self.fingerprints.items()
            if (entry := entries.get(key)) is not None and entry[0] == value
        }

    def pieces(self, path: str, extra: str = "") -> Pieces | None:
        """The previous export's file at ``path`` with where each listing's piece of it
        lies, when it is the file that export wrote and its pieces depended on the same
        ``extra`` (what they depend on besides their listings); else None."""
        if not self.same:
            return None
        try:
            with open(self.root + PIECES + os.sep + _piece_file(path), "rb") as f:
                if os.fstat(f.fileno()).st_mtime_ns > self.done_ns:
                    return None  # changed after the export that wrote it
                index = orjson.loads(f.read())
            size, spans = index["size"], index["spans"]
            if index.get("extra", "") != extra:
                return None
            fd = os.open(self.root + path, _READ)
            try:
                info = os.fstat(fd)
                if (
                    not stat.S_ISREG(info.st_mode)
                    or info.st_size != size
                    or info.st_mtime_ns > self.done_ns
                ):
                    return None
                with os.fdopen(os.dup(fd), "rb") as old:
                    data = old.read()
            finally:
                os.close(fd)
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None
        if len(data) != size or type(spans) is not dict:
            return None
        return Pieces(data, spans, self.same)

    def fingerprint(self, item: Listing, langs: tuple[str, ...]) -> str:
        digest = hashlib.blake2b(self._salt, digest_size=16)
        digest.update(orjson.dumps(item))
        digest.update("\0".join(langs).encode())
        return digest.hexdigest()

    def unchanged(self, key: str, paths: list[str]) -> list[int] | None:
        """The sizes of the previous export's files at ``paths`` when listing ``key`` is
        among :attr:`same` and each file is the regular file that export wrote, else None."""
        if key not in self.same:
            return None
        entry = self.entries[key]
        sizes, root, done = [], self.root, self.done_ns
        for path in paths:
            try:
                info = os.stat(root + path, follow_symlinks=False)
            except OSError:
                return None
            if not stat.S_ISREG(info.st_mode) or info.st_mtime_ns > done:
                return None
            sizes.append(info.st_size)
        return sizes if sum(sizes) == entry[1] else None

    def source(self, path: str) -> str:
        return self.root + path


class Pieces:
    """A previous export's file made of one piece per listing (and pieces of its own)."""

    def __init__(self, data: bytes, spans: dict, same: set[str]) -> None:
        self.data, self.spans, self.same = data, spans, same

    def get(self, key: str) -> bytes | None:
        """The piece of listing ``key`` when the listing has not changed, else None."""
        if key not in self.same:
            return None
        span = self.spans.get(key)
        if type(span) is not list or len(span) != 2:
            return None
        start, length = span
        if type(start) is not int or type(length) is not int or start < 0 or length < 0:
            return None
        piece = self.data[start : start + length]
        return piece if len(piece) == length else None


NO_PIECES = Pieces(b"", {}, set())  # nothing to take over


def write_pieces(
    sink, path: str, pairs: Iterable[tuple[str | None, str | bytes]], extra: str = ""
) -> None:
    """Write ``path`` of (key, piece) ``pairs`` as they are made (text, or bytes taken
    over), noting in ``sink`` where the piece of each listing (its key; None for the
    file's own pieces) lies, and ``extra``: what the pieces depend on besides their
    listings."""
    spans: dict[str, tuple[int, int]] = {}
    at = 0

    def encoded() -> Iterator[bytes]:
        nonlocal at
        for key, piece in pairs:
            data = piece if type(piece) is bytes else piece.encode("utf-8")
            if key is not None:
                spans[key] = (at, len(data))
            at += len(data)
            yield data

    sink.add_chunks(path, encoded())
    notes = getattr(sink, "notes", None)
    if notes is not None:
        notes.setdefault(PIECES, {})[path] = {"size": at, "spans": spans, "extra": extra}


def for_sink(keep: Keep | None, sink: object) -> Keep | None:
    """``keep`` when ``sink`` writes a folder (it can link files), else None: a site built
    in memory takes nothing over and records nothing."""
    return keep if getattr(sink, "link", None) is not None else None


def kept(keep: Keep | None, sink: object, path: str, extra: str = "") -> Pieces:
    """The previous export's ``path`` as pieces when ``sink`` writes a folder and there
    are any (else NO_PIECES)."""
    keep = for_sink(keep, sink)
    return (keep.pieces(path, extra) if keep is not None else None) or NO_PIECES


def _piece_file(path: str) -> str:
    return path.replace("/", "~") + ".json"


def note(sink: object, name: str, fingerprint: str, size: int) -> None:
    """Record in ``sink`` that listing ``name`` has ``fingerprint`` and files of ``size``
    bytes in all."""
    notes = getattr(sink, "notes", None)
    if notes is not None:
        notes.setdefault(FILE, {})[name] = (fingerprint, size)


def save(root: Path, stamp: str, notes: dict[str, dict]) -> None:
    """Write what the export's jobs noted (``notes``: run_jobs's) in ``root``, after all
    its files: where each listing's piece lies in the files made of pieces, then the
    fingerprints. A file changed later than this record is made again by the next export."""
    if not notes.get(FILE):
        return
    folder = root / PIECES
    folder.mkdir()
    for path, index in notes.get(PIECES, {}).items():
        with open(folder / _piece_file(path), "xb") as f:
            f.write(orjson.dumps(index))
    record = {"format": _FORMAT, "stamp": stamp, "listings": notes[FILE]}
    with open(root / FILE, "xb") as f:
        f.write(orjson.dumps(record))
