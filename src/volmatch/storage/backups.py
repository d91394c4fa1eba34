"""Restoring a SQLite backup and keeping a rotating set of daily backups.

Both work while other windows or processes have the database open: copies go
through SQLite's online backup API, never through a file copy of a live database.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from volmatch import paths
from volmatch.storage.database import (
    Database,
    DatabaseError,
    DatabaseErrorCode,
    known_revision,
    missing_tables,
    open_database,
    sqlite_path,
    translate_error,
)

_SQLITE_HEADER = b"SQLite format 3\x00"


def _not_sqlite(db: Database) -> DatabaseError:
    return DatabaseError(
        DatabaseErrorCode.UNREACHABLE,
        "Only SQLite databases are backed up and restored by volmatch; use pg_dump and "
        "pg_restore for PostgreSQL.",
    )


def check_backup(source: Path) -> str:
    """The schema revision of a backup file, or DatabaseError if it cannot be restored."""
    try:
        with source.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError(
            DatabaseErrorCode.UNREACHABLE, f"Cannot read the backup {source} ({exc})."
        ) from exc
    if header != _SQLITE_HEADER:
        raise DatabaseError(
            DatabaseErrorCode.CORRUPT, f"{source} is not a SQLite database; choose another file."
        )
    try:
        conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise DatabaseError(
            DatabaseErrorCode.CORRUPT,
            f"{source} is damaged or is not a volmatch backup ({exc}); choose another file.",
        ) from exc
    if integrity != ["ok"]:
        raise DatabaseError(
            DatabaseErrorCode.CORRUPT,
            f"{source} is damaged ({integrity[0]}); choose another backup.",
        )
    if revision is None:
        raise DatabaseError(
            DatabaseErrorCode.CORRUPT, f"{source} is not a volmatch backup; choose another file."
        )
    missing = missing_tables(tables, revision[0]) if known_revision(revision[0]) else []
    if missing:
        raise DatabaseError(
            DatabaseErrorCode.CORRUPT,
            f"{source} lacks the table {missing[0]} (it was dropped or the copy is "
            "incomplete); choose another backup.",
        )
    if not known_revision(revision[0]):
        raise DatabaseError(
            DatabaseErrorCode.NEWER_SCHEMA,
            f"{source} comes from a newer version of volmatch (schema revision {revision[0]}); "
            "update volmatch to restore it.",
        )
    return revision[0]


def restore(db: Database, source: str | Path) -> Path:
    """Replace the database's content with a backup; returns the copy taken of it first.

    The backup is checked before anything changes, the current content is saved to
    ``<data_dir>/backups/<name>-<stamp>-pre-restore.sqlite3``, and an older backup is
    upgraded to this version's schema afterwards. Everyone in the erasure register
    (privacy.erasure) is erased again from the restored content.
    """
    if not db.is_sqlite or db.path is None:
        raise _not_sqlite(db)
    source = Path(source)
    check_backup(source)
    safety = db.backup_to(db.backup_path("pre-restore"))
    db.engine.dispose()  # pooled connections would keep pages of the old content
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        dst = sqlite3.connect(db.path, timeout=10)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
    except sqlite3.Error as exc:
        raise translate_error(exc, db.url) from exc
    db.upgrade()
    from volmatch.privacy.erasure import reapply

    reapply(db)  # a backup from before an erasure never brings the person back
    return safety


def restore_file(url: str, source: str | Path) -> Path:
    """Restore a backup into the SQLite database at ``url``, even one too damaged to open.

    A damaged file (and its -wal/-shm companions) is moved to the backups folder as
    ``<name>-<stamp>-damaged.sqlite3``; returns where the replaced content went.
    """
    source = Path(source)
    check_backup(source)
    try:
        db = open_database(url, migrate=False)
    except DatabaseError as exc:
        path = sqlite_path(url)
        if exc.code is not DatabaseErrorCode.CORRUPT or path is None or not path.exists():
            raise
        moved = _move_aside(path)
        db = open_database(url, migrate=False)
        try:
            restore(db, source)
        finally:
            db.dispose()
        return moved
    try:
        return restore(db, source)
    finally:
        db.dispose()


def _move_aside(path: Path) -> Path:
    folder = paths.data_dir() / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{path.stem}-{dt.datetime.now():%Y%m%d-%H%M%S}-damaged.sqlite3"
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.replace(target.with_name(target.name + suffix))
    path.replace(target)
    return target


def daily_backup(db: Database, keep: int = 7, today: dt.date | None = None) -> Path | None:
    """Back up a SQLite database once a day, keeping the newest ``keep`` daily copies.

    Returns the copy made now, or None when today's exists (or for PostgreSQL).
    """
    if not db.is_sqlite or db.path is None:
        return None
    today = today or dt.date.today()
    folder = db.backups_dir()
    target = folder / f"{db.path.stem}-daily-{today:%Y%m%d}.sqlite3"
    made = None
    if not target.exists():
        made = db.backup_to(target)
    daily = sorted(folder.glob(f"{db.path.stem}-daily-*.sqlite3"), reverse=True)
    for old in daily[keep:]:
        old.unlink(missing_ok=True)
    return made
