"""Opening databases, SQLite set-up, units of work, backups, checks and worded failures."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from volmatch import paths
from volmatch.domain import Opportunity
from volmatch.storage import database as database_module
from volmatch.storage import repository as repo
from volmatch.storage.database import (
    DatabaseError,
    DatabaseErrorCode,
    open_database,
    translate_error,
)


@pytest.fixture
def sqlite_db(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'sub' / 'dir' / 'v.sqlite3'}")
    yield db
    db.dispose()


def _open_error(url: str) -> DatabaseError:
    with pytest.raises(DatabaseError) as caught:
        open_database(url)
    return caught.value


def test_default_database_lives_in_the_data_dir():
    db = open_database()
    try:
        assert db.is_sqlite
        assert db.path == paths.data_dir() / "volmatch.sqlite3"
        assert db.path.exists()
        assert db.revision() == database_module.head_revision()
    finally:
        db.dispose()


def test_sqlite_connections_are_set_up(sqlite_db):
    assert sqlite_db.path.parent.name == "dir"  # parent folders were created
    with sqlite_db.engine.connect() as conn:
        pragma = lambda name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("foreign_keys") == 1
        assert pragma("journal_mode") == "wal"
        assert pragma("busy_timeout") == 10_000
        assert pragma("synchronous") == 1  # NORMAL


def test_check_of_a_healthy_database_finds_nothing(db):
    assert db.check() == []


def test_check_reports_an_old_revision_and_broken_references(sqlite_db):
    raw = sqlite3.connect(sqlite_db.path)
    raw.execute("PRAGMA foreign_keys=OFF")
    raw.execute("INSERT INTO opportunity_district VALUES (404, 'Praha 1', 0)")
    raw.execute("UPDATE alembic_version SET version_num = '0001'")
    raw.commit()
    raw.close()
    problems = sqlite_db.check()
    assert any("opportunity_district" in p and "opportunity" in p for p in problems)
    assert (
        f"schema revision is 0001, this volmatch expects {database_module.head_revision()}"
        in problems
    )


def test_backup_is_a_usable_copy_taken_while_open(sqlite_db, tmp_path):
    with sqlite_db.session() as s:
        repo.save_opportunities(s, [Opportunity(title="Zahrada", districts=("Praha 7",))])
    with sqlite_db.session() as s:  # a reader holds a snapshot meanwhile
        repo.load_opportunities(s)
        target = sqlite_db.backup_to(tmp_path / "copies" / "b.sqlite3")
    assert target.exists() and not target.with_name("b.sqlite3.part").exists()
    copy = open_database(f"sqlite:///{target}")
    try:
        with copy.session() as s:
            [loaded] = repo.load_opportunities(s)
        assert (loaded.title, loaded.districts) == ("Zahrada", ("Praha 7",))
        assert copy.check() == []
    finally:
        copy.dispose()


def test_session_rolls_back_on_error(sqlite_db):
    with pytest.raises(ValueError), sqlite_db.session() as s:
        repo.save_opportunities(s, [Opportunity(title="a")])
        raise ValueError
    with sqlite_db.session() as s:
        assert repo.load_opportunities(s) == []


def test_migrations_are_atomic(tmp_path, monkeypatch):
    """A failing migration leaves the database at its old revision with its tables intact."""
    url = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    db = open_database(url)
    db.downgrade("0001")
    db.dispose()

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk full")

    def fail_midway(conn):
        conn.exec_driver_sql("ALTER TABLE opportunity ADD COLUMN half_done INTEGER")
        broken()

    monkeypatch.setattr(
        database_module.command,
        "upgrade",
        lambda config, rev: fail_midway(config.attributes["connection"]),
    )
    with pytest.raises(RuntimeError):
        open_database(url)
    raw = sqlite3.connect(tmp_path / "a.sqlite3")
    columns = [row[1] for row in raw.execute("PRAGMA table_info(opportunity)")]
    assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    raw.close()
    assert "half_done" not in columns


def test_not_a_database_file_is_corrupt(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("Dear coordinator, this is a letter, not a database.")
    error = _open_error(f"sqlite:///{path}")
    assert error.code is DatabaseErrorCode.CORRUPT
    assert "backup" in str(error) and str(path) in str(error)


def test_damaged_sqlite_file_is_corrupt(tmp_path):
    path = tmp_path / "damaged.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 64)
    error = _open_error(f"sqlite:///{path}")
    assert error.code is DatabaseErrorCode.CORRUPT


def test_foreign_sqlite_database_is_refused_untouched(tmp_path):
    path = tmp_path / "other.sqlite3"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    raw.commit()
    raw.close()
    error = _open_error(f"sqlite:///{path}")
    assert error.code is DatabaseErrorCode.CORRUPT
    assert "not a volmatch database" in str(error)
    raw = sqlite3.connect(path)
    tables = [r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    raw.close()
    assert tables == ["invoices"]


def test_folder_that_cannot_exist_is_unreachable(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    error = _open_error(f"sqlite:///{blocker / 'v.sqlite3'}")
    assert error.code is DatabaseErrorCode.UNREACHABLE


def test_server_that_does_not_answer_is_unreachable():
    error = _open_error("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")
    assert error.code is DatabaseErrorCode.UNREACHABLE
    assert "server is running" in str(error)


def test_nonsense_url_is_unreachable():
    error = _open_error("this is not a url")
    assert error.code is DatabaseErrorCode.UNREACHABLE
    assert "sqlite:///" in str(error)


def test_password_is_not_shown(tmp_path):
    error = _open_error("postgresql+psycopg://anna:secret@127.0.0.1:1/db?connect_timeout=2")
    assert "secret" not in str(error)


def test_lock_held_too_long_is_locked(sqlite_db, monkeypatch):
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_S", 0.2)
    sqlite_db.engine.dispose()  # new connections pick up the short timeout
    other = sqlite3.connect(sqlite_db.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseError) as caught, sqlite_db.session(write=True) as s:
            repo.save_opportunities(s, [Opportunity(title="x")])
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert caught.value.code is DatabaseErrorCode.LOCKED


def test_read_only_database_is_read_only(sqlite_db):
    with sqlite_db.session() as s:
        repo.save_opportunities(s, [Opportunity(title="a")])
    url = f"sqlite:///file:{sqlite_db.path}?mode=ro&uri=true"
    sqlite_db.dispose()
    readonly = open_database(url)
    try:
        with readonly.session() as s:
            assert [o.title for o in repo.load_opportunities(s)] == ["a"]
        with pytest.raises(DatabaseError) as caught, readonly.session() as s:
            repo.save_opportunities(s, [Opportunity(title="b")])
    finally:
        readonly.dispose()
    assert caught.value.code is DatabaseErrorCode.READ_ONLY


def test_errors_are_worded_for_each_code():
    url = "sqlite:////x/v.sqlite3"
    cases = {
        "database is locked": DatabaseErrorCode.LOCKED,
        "attempt to write a readonly database": DatabaseErrorCode.READ_ONLY,
        "database disk image is malformed": DatabaseErrorCode.CORRUPT,
        "unable to open database file": DatabaseErrorCode.UNREACHABLE,
    }
    for message, code in cases.items():
        error = translate_error(sqlite3.OperationalError(message), url)
        assert error.code is code, message
        assert "/x/v.sqlite3" in str(error)


def test_backup_of_postgres_points_to_pg_dump(tmp_path):
    from sqlalchemy import create_engine

    db = database_module.Database(
        create_engine("postgresql+psycopg://u@h/db"), "postgresql+psycopg://u@h/db"
    )
    with pytest.raises(DatabaseError, match="pg_dump"):
        db.backup_to(tmp_path / "x")


def test_write_sessions_see_committed_data(sqlite_db):
    with sqlite_db.session(write=True) as s:
        s.execute(text("SELECT 1"))
        repo.save_opportunities(s, [Opportunity(title="w")])
    with sqlite_db.session() as s:
        assert [o.title for o in repo.load_opportunities(s)] == ["w"]


def test_a_database_at_head_opens_while_another_process_writes(tmp_path, monkeypatch):
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_S", 0.2)
    path = tmp_path / "busy.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another window importing, say
    try:
        db = open_database(f"sqlite:///{path}")  # told by one read: no write lock needed
        with db.session() as s:
            assert s.execute(text("SELECT count(*) FROM opportunity")).scalar() == 0
        db.dispose()
    finally:
        other.execute("ROLLBACK")
        other.close()
