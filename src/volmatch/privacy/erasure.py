"""Erasure that reaches every copy volmatch keeps of a SQLite database.

Erasing a person removes them from the database (:func:`erase_volunteer`), then:

- waits until no reader holds an older snapshot, so the write-ahead log that still
  holds the deleted rows can be emptied into the file (``PRAGMA secure_delete`` has
  overwritten them there) — or says that it could not;
- scrubs every backup of that database in the backups folder (the same deletions on the
  copy, then VACUUM so no free page keeps the old content);
- keeps the person's database id (a number, nothing personal) in an erasure register
  beside the backups, ``<name>-erased.txt``; restoring any backup, also one copied
  elsewhere, erases them again (:func:`reapply`).
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from volmatch.privacy.retention import Erasure, erase_volunteer

OWNER_ONLY = 0o600


@dataclass
class ErasureReport:
    erasure: Erasure
    flushed: bool = True  # False: another program still reads an older snapshot
    scrubbed: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)  # backups left as they were


def register_path(db: Any) -> Path | None:
    """The erasure register of a SQLite database; None for other databases."""
    if not db.is_sqlite or db.path is None:
        return None
    return db.backups_dir() / f"{db.path.stem}-erased.txt"


def read_register(db: Any) -> list[int]:
    path = register_path(db)
    if path is None or not path.is_file():
        return []
    ids = []
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.split("\t", 1)[0].strip()
        if word.isdigit():
            ids.append(int(word))
    return ids


def _add_to_register(db: Any, volunteer_id: int) -> None:
    path = register_path(db)
    if path is None:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    new = not path.exists()
    with open(path, "a", encoding="utf-8") as f:
        if new:
            f.write("# volunteer ids erased from this database; re-applied on every restore\n")
        f.write(f"{volunteer_id}\t{dt.date.today().isoformat()}\n")
    os.chmod(path, OWNER_ONLY)


def checkpoint(db: Any, wait: float = 10.0) -> bool:
    """Empty the write-ahead log into the file; False when readers still hold old pages
    after ``wait`` seconds."""
    if not db.is_sqlite:
        return True
    deadline = time.monotonic() + wait
    while True:
        with db.engine.connect() as conn:
            busy = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").first()
        if busy is None or not busy[0]:
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.2)


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}


def scrub_file(path: Path, ids: list[int]) -> bool:
    """Erase ``ids`` from a backup file of any schema version; True if anyone was there."""
    conn = sqlite3.connect(path, timeout=10)
    try:
        conn.execute("PRAGMA secure_delete=ON")
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        if "volunteer" not in tables:
            return False
        marks = ",".join("?" * len(ids))
        found = conn.execute(f"SELECT count(*) FROM volunteer WHERE id IN ({marks})", ids)
        if not found.fetchone()[0]:
            return False
        with conn:
            for table in tables:
                columns = _columns(conn, table)
                if table == "placement" and "volunteer_id" in columns:
                    extra = ", notes = ''" if "notes" in columns else ""
                    conn.execute(
                        f"UPDATE placement SET volunteer_id = NULL{extra} "
                        f"WHERE volunteer_id IN ({marks})",
                        ids,
                    )
                elif "volunteer_id" in columns:
                    conn.execute(f'DELETE FROM "{table}" WHERE volunteer_id IN ({marks})', ids)
                elif {"entity", "entity_id"} <= columns:
                    conn.execute(
                        f"DELETE FROM \"{table}\" WHERE entity = 'volunteer' "
                        f"AND entity_id IN ({marks})",
                        ids,
                    )
            conn.execute(f"DELETE FROM volunteer WHERE id IN ({marks})", ids)
            if "match_term" in tables:  # the words only they wrote (schema 0009 on)
                from volmatch.storage.match_codes import forget_unused_terms

                forget_unused_terms(conn)
        conn.execute("VACUUM")
        return True
    finally:
        conn.close()


def backups_of(db: Any) -> list[Path]:
    """Every backup of this database in the backups folder (daily, manual, pre-migration,
    pre-restore, damaged copies)."""
    if not db.is_sqlite or db.path is None or not db.backups_dir().is_dir():
        return []
    return sorted(db.backups_dir().glob(f"{db.path.stem}-*.sqlite3"))


def scrub_backups(db: Any, ids: list[int]) -> tuple[list[Path], list[tuple[Path, str]]]:
    scrubbed, failed = [], []
    for path in backups_of(db):
        try:
            if scrub_file(path, ids):
                scrubbed.append(path)
        except sqlite3.Error as exc:
            failed.append((path, str(exc)))
    return scrubbed, failed


def erase_everywhere(db: Any, volunteer_id: int, wait: float = 10.0) -> ErasureReport | None:
    """Erase one person from the database, its write-ahead log and its backups.

    None when there is no such person and the register does not name them either; for a
    person erased before, the log and the backups are cleaned again (finishing an erasure
    that other readers held up).
    """
    with db.session(write=True) as s:
        erasure = erase_volunteer(s, volunteer_id)
    if erasure is None:
        if volunteer_id not in read_register(db):
            return None
        erasure = Erasure(volunteer_id, 0, 0)
    else:
        _add_to_register(db, volunteer_id)
    report = ErasureReport(erasure, flushed=checkpoint(db, wait))
    report.scrubbed, report.failed = scrub_backups(db, [volunteer_id])
    return report


def reapply(db: Any) -> int:
    """Erase again everyone in the register (after a restore); how many were present."""
    ids = read_register(db)
    if not ids:
        return 0
    count = 0
    with db.session(write=True) as s:
        for vid in ids:
            if erase_volunteer(s, vid) is not None:
                count += 1
    if count:
        checkpoint(db, wait=2.0)
    return count
