"""Opening a database: connect, set up SQLite, back up, migrate; units of work; checks.

``open_database()`` is the only way the rest of volmatch gets at a database. Every
failure it or a session meets in the environment (server down, damaged or read-only
file, a lock held too long, a schema from a newer volmatch) becomes a
:class:`DatabaseError` with a code and a sentence that says what to do next.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import random
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import create_engine, event, inspect, pool
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.orm import Session

from volmatch import paths
from volmatch.storage.db_errors import (
    DatabaseError,
    DatabaseErrorCode,
    environmental,
    translate_error,
)
from volmatch.storage.db_errors import where_is as _where

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic loads only to migrate or to report revisions: a database already at this app's
# head (checked against the migration files, storage.fastread) is opened without it.

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_S = 10
_SQLITE_HEADER = b"SQLite format 3\x00"
# Serialises schema upgrades of one PostgreSQL database opened by several workstations at once.
_PG_MIGRATION_LOCK = 0x766F6C6D  # "volm"
T = TypeVar("T")


def migrations_config(connection: Connection | None = None, url: str | None = None) -> Config:
    """An Alembic config for the migrations shipped in the package (no alembic.ini needed)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    light = _files_head()
    if light is not None:
        return light
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(migrations_config()).get_current_head()
    assert head is not None
    return head


def known_revision(revision: str) -> bool:
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    try:
        return ScriptDirectory.from_config(migrations_config()).get_revision(revision) is not None
    except CommandError:
        return False


def __getattr__(name: str):
    if name == "command":  # alembic.command, imported when first needed
        from alembic import command

        globals()["command"] = command
        return command
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _command():
    return globals().get("command") or __getattr__("command")


def _files_head() -> str | None:
    from volmatch.storage.fastread import head_revision as files_head

    return files_head()


def _plain_revision(conn: Connection) -> str | None:
    """The one revision stored, by plain SQL; None when there is no such single row."""
    if not inspect(conn).has_table("alembic_version"):
        return None
    rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    return rows[0][0] if len(rows) == 1 else None


def _current_revision(conn: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL; None for other databases, memory and ``file:`` URIs."""
    parsed = make_url(url)
    name = parsed.database or ""
    if parsed.get_backend_name() != "sqlite" or name in ("", ":memory:") or parsed.query.get("uri"):
        return None
    return Path(name).expanduser()


# The tables of the first schema revision: every volmatch database has them.
FIRST_TABLES = frozenset(
    {
        "organization",
        "opportunity",
        "opportunity_translation",
        "opportunity_district",
        "opportunity_language",
        "opportunity_interest",
        "volunteer",
        "volunteer_language",
        "volunteer_travel_district",
        "volunteer_interest",
        "placement",
    }
)


def missing_tables(present: set[str], revision: str | None) -> list[str]:
    """The tables a database at ``revision`` must have but lacks (a dropped table)."""
    if revision == head_revision():
        from volmatch.storage import models

        expected = set(models.Base.metadata.tables)
    else:
        expected = set(FIRST_TABLES)
    return sorted(expected - present)


class Database:
    """An open database: an engine, units of work, backups and health checks."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url
        parsed = make_url(url)
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        self.path = sqlite_path(url)
        self.last_backup: Path | None = None  # the copy taken before the last migration
        self.user: str | None = None  # the name the audit trail records (else $VOLMATCH_USER)
        # Writers in SQLite take the write lock at BEGIN: two read-then-write transactions
        # cannot deadlock, the later one waits for the busy timeout instead.
        self._write_engine = (
            engine.execution_options(volmatch_begin="IMMEDIATE") if self.is_sqlite else engine
        )

    def __repr__(self) -> str:
        return f"Database({make_url(self.url).render_as_string(hide_password=True)!r})"

    @contextmanager
    def session(self, *, write: bool = False) -> Iterator[Session]:
        """One unit of work: commits when the block ends, rolls everything back on an error.

        ``write=True`` (SQLite) takes the write lock at the start, for transactions
        that read and then write.
        """
        session = Session(self._write_engine if write else self.engine, expire_on_commit=False)
        if self.user:
            session.info["volmatch_user"] = self.user
        try:
            yield session
            session.commit()
        except BaseException as exc:
            # A lost connection can fail the rollback too; the first error is the one to tell.
            with suppress(sa_exc.SQLAlchemyError):
                session.rollback()
            if environmental(exc):
                raise translate_error(exc, self.url) from exc
            raise
        finally:
            session.close()

    def run(self, work: Callable[[Session], T], *, write: bool = False, attempts: int = 5) -> T:
        """``work(session)`` in one unit of work, started again while the database is locked.

        SQLite fails a transaction at once when it read before another writer committed
        and then wants to write; only a fresh start helps, after a short, growing pause.
        """
        for attempt in range(attempts):
            try:
                with self.session(write=write) as session:
                    return work(session)
            except DatabaseError as exc:
                again = exc.code is DatabaseErrorCode.LOCKED or exc.race
                if not again or attempt == attempts - 1:
                    raise
                time.sleep(0.05 * 2**attempt + random.uniform(0, 0.05))
        raise AssertionError("unreachable")

    def revision(self) -> str | None:
        """The schema revision stored in the database (None: an empty database)."""
        try:
            with self.engine.connect() as conn:
                if not inspect(conn).has_table("alembic_version"):
                    return None
                return _plain_revision(conn) or _current_revision(conn)
        except sa_exc.SQLAlchemyError as exc:
            raise translate_error(exc, self.url) from exc

    def check(self) -> list[str]:
        """Problems found: damaged pages, dangling references, a schema not at this app's head."""
        problems: list[str] = []
        try:
            with self.engine.connect() as conn:
                if self.is_sqlite:
                    rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
                    if rows != ["ok"]:
                        problems.extend(f"integrity: {r}" for r in rows)
                    for table, rowid, parent, _fk in conn.exec_driver_sql(
                        "PRAGMA foreign_key_check"
                    ):
                        problems.append(
                            f"table {table}, row {rowid}: refers to a missing row in {parent}"
                        )
                current = _current_revision(conn)
                present = set(inspect(conn).get_table_names())
        except sa_exc.SQLAlchemyError as exc:
            return [str(translate_error(exc, self.url))]
        if current is not None:
            problems.extend(
                f"table {name} is missing (dropped?); restore a backup"
                for name in missing_tables(present, current)
            )
        head = head_revision()
        if current != head:
            problems.append(
                f"schema revision is {current or 'none'}, this volmatch expects {head}"
                + ("" if current is None or known_revision(current) else " (a newer volmatch)")
            )
        return problems

    def backup_to(self, path: str | os.PathLike[str]) -> Path:
        """A consistent copy of a SQLite database, taken while it may be in use."""
        if not self.is_sqlite:
            raise DatabaseError(
                DatabaseErrorCode.UNREACHABLE,
                "Only SQLite databases are backed up by volmatch; back up PostgreSQL with "
                "pg_dump, e.g.: pg_dump --format=custom --file=volmatch.dump DATABASE_URL",
            )
        target = Path(path)
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".part")
        raw = self.engine.raw_connection()
        try:
            # Personal data: readable by its owner only, from the first byte on.
            os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
            copy = sqlite3.connect(partial)
            try:
                raw.driver_connection.backup(copy)
            finally:
                copy.close()
            # Readers never see a half-written backup: it appears under its name only when complete.
            os.chmod(partial, 0o600)
            os.replace(partial, target)
        except (sqlite3.Error, OSError) as exc:
            partial.unlink(missing_ok=True)
            raise translate_error(exc, self.url) from exc
        finally:
            raw.close()
        return target

    def upgrade(self) -> str:
        """Migrate to this app's schema head (a SQLite file is backed up first); returns it."""
        head = head_revision()
        if self._at(head):
            return head

        def step(conn: Connection) -> None:
            if conn.dialect.name == "postgresql":
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_MIGRATION_LOCK})")
            if _plain_revision(conn) == head:
                return  # the usual case, told without loading Alembic
            current = _current_revision(conn)
            if current == head:
                return
            command = _command()
            if current is not None and not known_revision(current):
                raise DatabaseError(
                    DatabaseErrorCode.NEWER_SCHEMA,
                    f"{_where(self.url)} was last used by a newer version of volmatch (schema "
                    f"revision {current}; this version knows up to {head}). Update volmatch, "
                    "or open another database.",
                )
            if current is None and inspect(conn).get_table_names():
                raise DatabaseError(
                    DatabaseErrorCode.CORRUPT,
                    f"{_where(self.url)} holds tables but is not a volmatch database. "
                    "Open another database or choose a new file.",
                )
            if current is not None and self.path is not None:
                self.last_backup = self.backup_to(self.backup_path(f"pre-{head}"))
            command.upgrade(migrations_config(conn), "head")

        self._migrate(step)
        return head

    def _at(self, head: str) -> bool:
        """The usual case, told by one read: the schema is at ``head`` already. No write lock
        (opening waits for no writer) and no foreign-key switching on SQLite."""
        try:
            with self.engine.connect() as conn:
                return _plain_revision(conn) == head
        except sa_exc.SQLAlchemyError:
            return False  # the migration's own path reports what is wrong

    def downgrade(self, revision: str) -> None:
        """Migrate back to an older ``revision`` (for development and tests)."""
        self._migrate(lambda conn: _command().downgrade(migrations_config(conn), revision))

    def _migrate(self, step: Callable[[Connection], None]) -> None:
        """Run ``step`` in one transaction; on SQLite with foreign keys off while it runs.

        Batch mode rebuilds a SQLite table by dropping the old one; with foreign keys on,
        that drop would cascade and delete every child row.
        """
        try:
            with self.engine.connect() as conn:
                raw = conn.connection.driver_connection if self.is_sqlite else None
                if raw is not None:
                    raw.execute("PRAGMA foreign_keys=OFF")  # only outside a transaction
                try:
                    options = {"volmatch_begin": "IMMEDIATE"} if raw is not None else {}
                    with conn.execution_options(**options).begin():
                        step(conn)
                        if raw is not None:
                            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                            if broken:
                                raise DatabaseError(
                                    DatabaseErrorCode.CORRUPT,
                                    f"Upgrading {_where(self.url)} would leave "
                                    f"{len(broken)} broken references; nothing was changed.",
                                )
                finally:
                    if raw is not None:
                        raw.execute("PRAGMA foreign_keys=ON")
        except DatabaseError:
            raise
        except (sa_exc.SQLAlchemyError, sqlite3.Error, OSError) as exc:
            raise translate_error(exc, self.url) from exc

    def backups_dir(self) -> Path:
        return paths.data_dir() / "backups"

    def backup_path(self, suffix: str = "") -> Path:
        """A new file name in the backups folder: ``<name>-YYYYmmdd-HHMMSS[-suffix].sqlite3``."""
        stem = self.path.stem if self.path else "volmatch"
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        base = f"{stem}-{stamp}" + (f"-{suffix}" if suffix else "")
        candidate = self.backups_dir() / f"{base}.sqlite3"
        n = 1
        while candidate.exists():
            candidate = self.backups_dir() / f"{base}-{n}.sqlite3"
            n += 1
        return candidate

    def default_backup_path(self) -> Path:
        """Where ``volmatch db backup`` puts a copy when no --out is given."""
        return self.backup_path()

    def dispose(self) -> None:
        self.engine.dispose()


def _sqlite_on_connect(dbapi_connection, _record) -> None:
    # The driver's own transaction handling would run DDL outside transactions;
    # volmatch issues BEGIN itself (see _sqlite_on_begin), so migrations are atomic.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
        # A read-only file keeps its journal mode; writes fail later with READ_ONLY.
        with suppress(sqlite3.OperationalError):
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        # 16 MiB of page cache (allocated as used): large imports touch many index pages.
        cursor.execute("PRAGMA cache_size=-16384")
    finally:
        cursor.close()


def _sqlite_on_begin(conn: Connection) -> None:
    mode = conn.get_execution_options().get("volmatch_begin", "")
    conn.exec_driver_sql(f"BEGIN {mode}".rstrip())


def _check_sqlite_file(path: Path, url: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            # Volunteers' personal data: a new database (and the journal files SQLite
            # gives the same mode) is readable by its owner only.
            with suppress(FileExistsError):  # another process made it a moment ago
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        if path.exists() and path.stat().st_size > 0:
            with path.open("rb") as handle:
                header = handle.read(len(_SQLITE_HEADER))
            if header != _SQLITE_HEADER:
                raise DatabaseError(
                    DatabaseErrorCode.CORRUPT,
                    f"{_where(url)} is not a SQLite database (it may be damaged or another "
                    f"kind of file). Restore a backup from {paths.data_dir() / 'backups'} "
                    "or open another database.",
                )
    except OSError as exc:
        raise translate_error(exc, url) from exc


class _NoRowValues(logging.Filter):
    """Drops SQLAlchemy's DEBUG lines of result rows: they hold volunteers' personal data."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (isinstance(record.msg, str) and record.msg.startswith("Row "))


_ROW_FILTER = _NoRowValues()
logging.getLogger("sqlalchemy.engine.Engine").addFilter(_ROW_FILTER)


def create_database_engine(url: str) -> Engine:
    """An engine set up for volmatch (SQLite: WAL, foreign keys, busy timeout, real BEGIN)."""
    parsed = make_url(url)
    # Statement parameters hold volunteers' personal data: never in logs or error messages.
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True, hide_parameters=True)
    memory = parsed.database in (None, "", ":memory:")
    engine = create_engine(
        url,
        hide_parameters=True,
        connect_args={"timeout": BUSY_TIMEOUT_S, "check_same_thread": False},
        poolclass=pool.StaticPool if memory else pool.QueuePool,
    )
    event.listen(engine, "connect", _sqlite_on_connect)
    event.listen(engine, "begin", _sqlite_on_begin)
    return engine


def open_database(url: str | None = None, *, migrate: bool = True) -> Database:
    """Open (creating if needed) and, unless ``migrate=False``, upgrade a database.

    A SQLite file behind this app's schema is first copied to
    ``<data_dir>/backups/<name>-YYYYmmdd-HHMMSS-pre-<rev>.sqlite3``.
    """
    url = url or paths.default_database_url()
    try:
        make_url(url)
    except sa_exc.ArgumentError as exc:
        raise DatabaseError(
            DatabaseErrorCode.UNREACHABLE,
            f"'{url}' is not a database address; expected e.g. sqlite:///path/to/file.sqlite3 "
            "or postgresql+psycopg://user@host/dbname.",
        ) from exc
    path = sqlite_path(url)
    if path is not None:
        _check_sqlite_file(path, url)
    try:
        engine = create_database_engine(url)
    except (sa_exc.ArgumentError, ImportError) as exc:
        raise DatabaseError(
            DatabaseErrorCode.UNREACHABLE, f"Cannot use the database address '{url}' ({exc})."
        ) from exc
    database = Database(engine, url)
    try:
        if migrate:
            database.upgrade()
        else:
            with engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
    except DatabaseError:
        database.dispose()
        raise
    except (sa_exc.SQLAlchemyError, sqlite3.Error, OSError) as exc:
        database.dispose()
        raise translate_error(exc, url) from exc
    return database
