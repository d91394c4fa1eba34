"""Database problems worded for the user, and which of them come from the surroundings."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url
from sqlalchemy.orm.exc import StaleDataError

from volmatch import paths


class DatabaseErrorCode(StrEnum):
    UNREACHABLE = "unreachable"  # no server, no such folder, no permission
    NEWER_SCHEMA = "newer_schema"  # made by a newer volmatch: its revision is unknown here
    CORRUPT = "corrupt"  # not a database, damaged, or not a volmatch database
    READ_ONLY = "read_only"
    LOCKED = "locked"  # another program holds a lock longer than the busy timeout
    CONFLICT = "conflict"  # someone else saved the same record in the meantime
    DISK_FULL = "disk_full"  # nothing could be written: no space left


class DatabaseError(Exception):
    """A database problem worded for the user; ``code`` tells the GUI which way forward to offer."""

    def __init__(self, code: DatabaseErrorCode, message: str, *, race: bool = False) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        # Two writers created the same unique row at the same moment: starting the unit
        # of work again sees the other's row and succeeds (Database.run does that).
        self.race = race

    def __str__(self) -> str:
        return self.message


def where_is(url: str) -> str:
    """ "the database file …" or "the database …" (password hidden), for messages."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return f"the database file {parsed.database or '(in memory)'}"
    return f"the database {parsed.render_as_string(hide_password=True)}"


def translate_error(exc: BaseException, url: str) -> DatabaseError:
    """Word a driver error as a :class:`DatabaseError`; the code picks the way forward."""
    if isinstance(exc, DatabaseError):
        return exc
    where = where_is(url)
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0] if str(exc) else ""
    low = text.lower()
    if isinstance(exc, StaleDataError):
        return DatabaseError(
            DatabaseErrorCode.CONFLICT,
            "Someone else changed this record while you were editing it; nothing was saved. "
            "Reload the record and apply your change again.",
        )
    if "not a database" in low or "malformed" in low or "file is encrypted" in low:
        return DatabaseError(
            DatabaseErrorCode.CORRUPT,
            f"{where} is damaged or is not a volmatch database ({text}). "
            f"Restore a backup from {paths.data_dir() / 'backups'} or open another database.",
        )
    if isinstance(exc, sa_exc.IntegrityError) and _unique_violation(low):
        return DatabaseError(
            DatabaseErrorCode.CONFLICT,
            "Someone else saved the same record at the same moment (the same organization "
            "name, or the same volunteer placed on the same listing); nothing was saved. "
            "Try again: the other change is there now.",
            race=True,
        )
    if "disk is full" in low or "no space left" in low or getattr(exc, "errno", None) == 28:
        return DatabaseError(
            DatabaseErrorCode.DISK_FULL,
            f"The disk holding {where} is full; nothing was saved. Free some space on it "
            "(or move the database elsewhere) and try again.",
        )
    if "locked" in low or "busy" in low or "deadlock" in low or "lock timeout" in low:
        return DatabaseError(
            DatabaseErrorCode.LOCKED,
            f"{where} is busy: another program or window is writing to it. Nothing was "
            "saved; wait a moment and try again.",
        )
    if "readonly" in low or "read-only" in low or "read only" in low:
        return DatabaseError(
            DatabaseErrorCode.READ_ONLY,
            f"{where} can only be read, not changed ({text}). Check the file's permissions "
            "or the disk, or open another database.",
        )
    return DatabaseError(
        DatabaseErrorCode.UNREACHABLE,
        f"Cannot open {where} ({text or type(exc).__name__}). Check that the file's folder "
        "exists and is writable, or that the database server is running and the address, "
        "user and password are right; then try again.",
    )


_ENVIRONMENT_ERRORS = (sa_exc.OperationalError, sa_exc.InternalError, StaleDataError, OSError)


def _unique_violation(low: str) -> bool:
    return "unique" in low or "duplicate key" in low


def environmental(exc: BaseException) -> bool:
    """Errors of the surroundings (disk, server, locks, another writer's unique row), not
    of the data being saved."""
    if isinstance(exc, sa_exc.IntegrityError):
        return _unique_violation(str(getattr(exc, "orig", exc)).lower())
    return isinstance(exc, _ENVIRONMENT_ERRORS) or type(exc) is sa_exc.DatabaseError
