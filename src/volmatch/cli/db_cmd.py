"""``volmatch db {upgrade,backup,check,restore}``: look after the database itself."""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy.engine import make_url

from volmatch.cli import CommandError, add_db_option


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "db",
        help="upgrade, back up or check the database",
        description="Look after the database: bring its schema up to date (a SQLite file is "
        "backed up first), copy it while it is in use, or check it for damage.",
    )
    actions = parser.add_subparsers(dest="db_action", metavar="ACTION", required=True)
    upgrade = actions.add_parser("upgrade", help="bring the schema up to this version's")
    backup = actions.add_parser("backup", help="copy a SQLite database (safe while in use)")
    backup.add_argument(
        "--out",
        metavar="PATH",
        help="the copy to write (default: <data dir>/backups/<name>-<date>-<time>.sqlite3)",
    )
    check = actions.add_parser("check", help="look for damage and an outdated schema")
    restore = actions.add_parser(
        "restore",
        help="replace a SQLite database with a backup (its content is backed up first)",
    )
    restore.add_argument("file", metavar="FILE", help="the backup to restore")
    handlers = (
        (upgrade, run_upgrade),
        (backup, run_backup),
        (check, run_check),
        (restore, run_restore),
    )
    for action, handler in handlers:
        add_db_option(action)
        action.set_defaults(handler=handler)
    add_db_option(parser)


def _open(args: argparse.Namespace, *, migrate: bool):
    from volmatch.storage.database import DatabaseError, open_database

    try:
        return open_database(getattr(args, "db", None), migrate=migrate)
    except DatabaseError as exc:
        raise CommandError(str(exc)) from exc


def _shown(db) -> str:
    return str(db.path) if db.path else make_url(db.url).render_as_string(hide_password=True)


def run_upgrade(args: argparse.Namespace) -> int:
    from volmatch.storage.database import DatabaseError

    db = _open(args, migrate=False)
    try:
        before = db.revision()
        head = db.upgrade()
    except DatabaseError as exc:
        raise CommandError(str(exc)) from exc
    finally:
        db.dispose()
    if before == head:
        print(f"{_shown(db)}: schema is up to date (revision {head})")
    else:
        print(f"{_shown(db)}: schema upgraded from {before or 'empty'} to {head}")
    if db.last_backup:
        print(f"backup of the previous state: {db.last_backup}")
    return 0


def pg_dump_recipe(url: str) -> str:
    """The command that backs up a PostgreSQL database (pg_dump takes a libpq URL)."""
    libpq = make_url(url).set(drivername="postgresql", query={})
    return (
        "pg_dump --format=custom --file=volmatch-$(date +%Y%m%d-%H%M%S).dump "
        f"'{libpq.render_as_string(hide_password=True)}'"
    )


def run_backup(args: argparse.Namespace) -> int:
    from volmatch.storage.database import DatabaseError

    db = _open(args, migrate=False)
    try:
        if not db.is_sqlite:
            raise CommandError(
                "volmatch backs up SQLite files only; back up this PostgreSQL database with "
                f"pg_dump, e.g.: {pg_dump_recipe(db.url)} (restore with pg_restore)"
            )
        target = Path(args.out).expanduser() if args.out else db.default_backup_path()
        if target.exists():
            raise CommandError(f"{target} already exists; choose another --out PATH")
        try:
            db.backup_to(target)
        except DatabaseError as exc:
            raise CommandError(str(exc)) from exc
    finally:
        db.dispose()
    print(f"backup written: {target}")
    return 0


def run_check(args: argparse.Namespace) -> int:
    db = _open(args, migrate=False)
    try:
        problems = db.check()
    finally:
        db.dispose()
    if not problems:
        print(f"{_shown(db)}: no problems found")
        return 0
    for problem in problems:
        print(problem)
    raise CommandError(
        f"{_shown(db)}: {len(problems)} problem(s) found; 'volmatch db upgrade' fixes an "
        "outdated schema, a backup restores a damaged file"
    )


def run_restore(args: argparse.Namespace) -> int:
    from volmatch import paths
    from volmatch.storage.backups import restore_file
    from volmatch.storage.database import DatabaseError, sqlite_path

    source = Path(args.file).expanduser()
    if not source.is_file():
        raise CommandError(f"{source}: no such backup file")
    url = getattr(args, "db", None) or paths.default_database_url()
    if sqlite_path(url) is None:
        raise CommandError(
            "volmatch restores SQLite files only; restore a PostgreSQL dump with pg_restore"
        )
    try:
        replaced = restore_file(url, source)
    except DatabaseError as exc:
        raise CommandError(str(exc)) from exc
    print(f"restored {source} into {sqlite_path(url)}")
    print(f"the content it replaced was saved to {replaced}")
    return 0
