"""``volmatch db {upgrade,backup,check,restore,history,trash}``: look after the database itself."""

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
    history = actions.add_parser("history", help="who changed a record and when")
    history.add_argument("entity", choices=("opportunity", "volunteer", "placement"))
    history.add_argument("id", type=int, metavar="ID")
    trash = actions.add_parser("trash", help="list deleted records, restore one, or empty it")
    trash.add_argument("--restore", metavar="ENTITY:ID", help="e.g. volunteer:12")
    trash.add_argument(
        "--purge", action="store_true", help="delete for good what is older than 30 days"
    )
    handlers = (
        (upgrade, run_upgrade),
        (backup, run_backup),
        (check, run_check),
        (restore, run_restore),
        (history, run_history),
        (trash, run_trash),
    )
    for action, handler in handlers:
        add_db_option(action)
        action.set_defaults(handler=handler)
    add_db_option(parser)


_WAY_FORWARD = {
    "locked": "try again in a moment",
    "corrupt": "restore a backup with 'volmatch db restore FILE' or open another with --db URL",
    "newer_schema": "update volmatch or open another database with --db URL",
    "read_only": "check the file's permissions or open another database with --db URL",
    "unreachable": "check the address and try again, or open another database with --db URL",
    "conflict": "load the record again and apply your change to the current version",
    "disk_full": "free some space on that disk",
}


def describe_database_error(exc) -> str:
    """The error's sentence, ending with the command-line way forward."""
    way = _WAY_FORWARD.get(str(exc.code), "")
    text = str(exc).rstrip()
    return f"{text} ({way})" if way else text


def _open(args: argparse.Namespace, *, migrate: bool):
    from volmatch.cli.paths import existing_database
    from volmatch.storage.database import DatabaseError, open_database

    try:
        return open_database(existing_database(getattr(args, "db", None)), migrate=migrate)
    except DatabaseError as exc:
        raise CommandError(describe_database_error(exc)) from exc


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


def run_history(args: argparse.Namespace) -> int:
    from volmatch.storage import repository as repo

    db = _open(args, migrate=True)
    try:
        with db.session() as s:
            entries = repo.history(s, args.entity, args.id)
    finally:
        db.dispose()
    if not entries:
        raise CommandError(f"no history for {args.entity} {args.id}; check the id")
    for e in entries:
        fields = f" ({', '.join(e.fields)})" if e.fields else ""
        print(f"{e.at:%Y-%m-%d %H:%M:%S} UTC\t{e.action}{fields}\t{e.user}")
    return 0


def run_trash(args: argparse.Namespace) -> int:
    from volmatch.storage import repository as repo

    db = _open(args, migrate=True)
    try:
        with db.session() as s:
            if args.restore:
                entity, _, rid = args.restore.partition(":")
                if entity not in ("opportunity", "volunteer") or not rid.isdigit():
                    raise CommandError(
                        f"--restore '{args.restore}': expected opportunity:ID or volunteer:ID"
                    )
                if not repo.restore_deleted(s, entity, int(rid)):
                    raise CommandError(f"{entity} {rid} is not in the trash")
                print(f"{entity} {rid} restored")
                return 0
            if args.purge:
                print(f"{repo.purge_trash(s)} record(s) deleted for good")
                return 0
            items = repo.list_trash(s)
    finally:
        db.dispose()
    if not items:
        print("the trash is empty")
    for item in items:
        # volunteers by id only: names are personal data, not for terminals and their logs
        label = item.label if item.entity == "opportunity" else ""
        print(
            f"{item.entity}:{item.id}\tdeleted {item.deleted_at:%Y-%m-%d}\t"
            f"final on {item.purge_after:%Y-%m-%d}\t{label}"
        )
    return 0
