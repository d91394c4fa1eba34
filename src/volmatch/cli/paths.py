"""Paths and addresses given on the command line, checked before anything is written.

A mistyped ``--db`` must not create an empty database that an export then publishes;
``--out ""`` must not mean the current folder; a file written on request must not
replace one volmatch did not write. The messages are in one place, worded in the
user's language by ``volmatch.messages``.
"""

from __future__ import annotations

import re
from pathlib import Path

from volmatch.cli import CommandError
from volmatch.messages import N_, _

MESSAGES = {
    "no_database": N_(
        "there is no database at {path} (is --db mistyped?); "
        "'volmatch demo' or 'volmatch import' creates one, or give an existing file with --db"
    ),
    "empty_out": N_("--out needs a folder name, e.g. --out site"),
    "suspicious_out": N_(
        "--out {path} is {what}; give a folder of the export's own, e.g. --out {hint}"
    ),
    "exists": N_("{path} exists already; give a new file name, or add --force to replace it"),
    "is_database": N_("{path} is a database; give the file another name"),
    "public_folder": N_(
        "{path} lies in a published export folder ({root}); personal data must "
        "never go there: give a folder of its own"
    ),
    "older_schema": N_(
        "{where} has an older schema (revision {rev}); this command only reads, "
        "so it does not upgrade it: run 'volmatch db upgrade' first (it backs the file up)"
    ),
    "same_file": N_("{path} is the file being imported; give the mapping another name"),
    "base_url": N_(
        "--base-url {url} is not a web address the site can be published at ({why}); "
        "expected e.g. https://www.praha.eu/dobrovolnictvi"
    ),
}
_SQLITE = b"SQLite format 3\x00"
_MARKER = ".volmatch-export"


def say(key: str, **values: object) -> str:
    return _(MESSAGES[key]).format(**values)


def existing_database(url: str | None) -> str | None:
    """``url`` (or the default) when its SQLite file exists; CommandError naming the path.

    Other databases (PostgreSQL) are checked by connecting to them.
    """
    from volmatch import paths
    from volmatch.storage.database import sqlite_path

    resolved = url or paths.default_database_url()
    try:
        path = sqlite_path(resolved)
    except Exception:  # not a URL at all: open_database words that
        return url
    if path is not None and not path.exists():
        raise CommandError(say("no_database", path=path))
    return url


def check_out_folder(out: str) -> None:
    """Refuse an empty ``--out`` and folders no export should be written over."""
    if not out or not out.strip():
        raise CommandError(say("empty_out"))
    path = Path(out).expanduser().absolute()
    home = Path.home().absolute()
    what = ""
    if path == Path(path.anchor):
        what = _("the root of the disk")
    elif path == home:
        what = _("your home folder")
    elif (
        path == Path.cwd().absolute()
        and any(Path.cwd().iterdir())
        and not (path / _MARKER).is_file()  # an earlier export's folder may be re-exported
    ):
        what = _("the current folder, which holds other files")
    if what:
        raise CommandError(say("suspicious_out", path=out, what=what, hint="site"))


def is_database(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(16) == _SQLITE
    except OSError:
        return False


def check_new_file(path: Path, force: bool) -> None:
    """Refuse to write over an existing file unless ``force``; never over a database."""
    if path.is_dir():
        return
    if path.exists() and is_database(path):
        raise CommandError(say("is_database", path=path))
    if path.exists() and not force:
        raise CommandError(say("exists", path=path))


def export_root(path: Path) -> Path | None:
    """The published export folder ``path`` lies in (it or a parent holds the marker)."""
    path = path.expanduser().absolute()
    for folder in (path, *path.parents):
        if (folder / _MARKER).is_file():
            return folder
    return None


def check_private_target(path: Path) -> None:
    """Refuse a place for personal data inside a published export folder."""
    root = export_root(path)
    if root is not None:
        raise CommandError(say("public_folder", path=path, root=root))


_HOST = re.compile(
    r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"
)


def check_base_url(url: str) -> None:
    """An absolute http(s) address with a plain (ASCII or punycode) host, or nothing."""
    if not url:
        return
    from urllib.parse import urlsplit

    why = ""
    if any(ch.isspace() or not ch.isprintable() or ord(ch) > 126 for ch in url):
        why = _("it holds spaces, invisible or non-ASCII characters (write the host in punycode)")
    else:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if parts.scheme not in ("http", "https"):
            why = _("it must begin with https:// or http://")
        elif not host or not _HOST.match(host) or ("." not in host and host != "localhost"):
            why = _("its host name is not valid")
        elif parts.username or parts.password or "@" in parts.netloc:
            why = _("it must not carry a user name or password")
        elif parts.query or parts.fragment:
            why = _("it must not carry ?query or #fragment parts")
    if why:
        raise CommandError(say("base_url", url=url, why=why))


def open_for_reading(url: str | None):
    """The database at ``url`` as it is: a command that only reads never migrates it nor
    writes a backup (CommandError when its schema is older than this version's)."""
    from volmatch.storage.database import head_revision, open_database

    db = open_database(existing_database(url), migrate=False)
    revision = db.revision()
    if revision != head_revision():
        shown = str(db.path) if db.path else _("the database")
        db.dispose()
        raise CommandError(say("older_schema", where=shown, rev=revision or "none"))
    return db
