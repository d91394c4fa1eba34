"""Backend work for the database's care: record history, the trash and backups to restore.

Plain functions taking a :class:`~volmatch.gui.backend.Backend` (or none, for backups of a
database that would not open); they run in worker threads and never touch Qt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from volmatch.gui.backend import Backend
    from volmatch.storage.audit import AuditEntry
    from volmatch.storage.trash import TrashItem

#: entity name of the audit trail and the trash -> the Backend's restore method
ENTITIES = ("opportunity", "volunteer")


@dataclass(frozen=True, slots=True)
class BackupFile:
    """A backup in the backups folder: its file, when it was made, its size in bytes."""

    path: Path
    made: dt.datetime
    size: int


def history(backend: Backend, entity: str, record_id: int) -> list[AuditEntry]:
    """Every audit entry about one record, newest first (field names only, never values)."""
    from volmatch.storage import audit

    if entity not in ENTITIES:
        raise ValueError(f"entity must be one of {', '.join(ENTITIES)}, not {entity!r}")
    with backend.db.session() as s:
        entries = audit.history(s, entity, record_id)
    return entries[::-1]


def trash(backend: Backend) -> list[TrashItem]:
    """Deleted listings and volunteers, most recently deleted first."""
    from volmatch.storage import trash as trash_module

    with backend.db.session() as s:
        return trash_module.list_trash(s)


def restore_from_trash(backend: Backend, entity: str, record_id: int) -> bool:
    """Take one record out of the trash (and back into the matcher); False if not there."""
    from volmatch.storage import trash as trash_module

    if entity not in ENTITIES:
        raise ValueError(f"entity must be one of {', '.join(ENTITIES)}, not {entity!r}")
    with backend.db.session(write=True) as s:
        if not trash_module.restore_deleted(s, entity, record_id):
            return False
    # The matcher left the record out when it was deleted: rebuild it on next use.
    backend._matcher = None
    return True


def empty_trash(backend: Backend, older_than_days: int | None = None) -> int:
    """Delete for good what has been in the trash longer than the retention; how many."""
    from volmatch.storage import trash as trash_module

    days = trash_module.TRASH_DAYS if older_than_days is None else older_than_days
    with backend.db.session(write=True) as s:
        return trash_module.purge_trash(s, days)


def backups_folder() -> Path:
    """Where volmatch keeps its backups (daily, pre-upgrade, pre-restore, damaged)."""
    from volmatch import paths

    return paths.data_dir() / "backups"


def list_backups(folder: Path | None = None) -> list[BackupFile]:
    """The backup files in ``folder`` (default: the backups folder), newest first.

    Files set aside as damaged are left out: restoring them would not help.
    """
    folder = folder or backups_folder()
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.sqlite3"):
        if path.stem.endswith("-damaged"):
            continue
        try:
            stat = path.stat()
        except OSError:
            continue
        found.append(BackupFile(path, dt.datetime.fromtimestamp(stat.st_mtime), stat.st_size))
    return sorted(found, key=lambda b: (b.made, b.path.name), reverse=True)


def check_backup(path: Path) -> str:
    """The backup's schema revision, or DatabaseError saying why it cannot be restored."""
    from volmatch.storage.backups import check_backup as check

    return check(Path(path))


def restore_backup(url: str, path: Path) -> Path:
    """Restore ``path`` into the SQLite database at ``url`` (even a damaged one);
    returns where the replaced content was kept."""
    from volmatch.storage.backups import restore_file

    return restore_file(url, Path(path))
