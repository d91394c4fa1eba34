"""What the app does once when it starts: today's backup and emptying the old trash."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from volmatch.storage.backups import daily_backup
from volmatch.storage.database import Database, DatabaseError
from volmatch.storage.trash import TRASH_DAYS, purge_trash


@dataclass(frozen=True, slots=True)
class StartReport:
    backup: Path | None  # today's backup, if made now
    purged: int  # records deleted for good from the trash
    problems: tuple[str, ...] = ()  # worded failures; starting goes on regardless


def on_start(
    db: Database, *, keep: int = 7, trash_days: int = TRASH_DAYS, today: dt.date | None = None
) -> StartReport:
    """Back up a SQLite database once a day (keeping ``keep`` days) and purge the trash.

    Never raises for a database problem: a failed backup must not stop the app; the
    problems come back as sentences for a status line.
    """
    problems = []
    backup = None
    purged = 0
    try:
        backup = daily_backup(db, keep=keep, today=today)
    except DatabaseError as exc:
        problems.append(f"The daily backup failed: {exc}")
    try:
        purged = db.run(lambda s: purge_trash(s, older_than_days=trash_days), write=True)
    except DatabaseError as exc:
        problems.append(f"Emptying the trash failed: {exc}")
    return StartReport(backup, purged, tuple(problems))
