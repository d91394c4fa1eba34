"""``volmatch db {upgrade,backup,check,restore,history,trash}``: look after the database itself."""

from __future__ import annotations

import argparse
from pathlib import Path

from volmatch.cli import CommandError, add_db_option
from volmatch.messages import N_, _, ngettext


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "db",
        help=_("upgrade, back up or check the database"),
        description=_(
            "Look after the database: bring its schema up to date (a SQLite file is "
            "backed up first), copy it while it is in use, or check it for damage."
        ),
    )
    actions = parser.add_subparsers(dest="db_action", metavar=_("ACTION"), required=True)
    upgrade = actions.add_parser("upgrade", help=_("bring the schema up to this version's"))
    backup = actions.add_parser("backup", help=_("copy a SQLite database (safe while in use)"))
    backup.add_argument(
        "--out",
        metavar="PATH",
        help=_("the copy to write (default: <data dir>/backups/<name>-<date>-<time>.sqlite3)"),
    )
    check = actions.add_parser("check", help=_("look for damage and an outdated schema"))
    restore = actions.add_parser(
        "restore",
        help=_("replace a SQLite database with a backup (its content is backed up first)"),
    )
    restore.add_argument("file", metavar="FILE", help=_("the backup to restore"))
    history = actions.add_parser("history", help=_("who changed a record and when"))
    history.add_argument("entity", choices=("opportunity", "volunteer", "placement"))
    history.add_argument("id", type=int, metavar="ID")
    trash = actions.add_parser("trash", help=_("list deleted records, restore one, or empty it"))
    trash.add_argument("--restore", metavar="ENTITY:ID", help=_("e.g. volunteer:12"))
    trash.add_argument(
        "--purge", action="store_true", help=_("delete for good what is older than 30 days")
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
    "locked": N_("try again in a moment"),
    "corrupt": N_("restore a backup with 'volmatch db restore FILE' or open another with --db URL"),
    "newer_schema": N_("update volmatch or open another database with --db URL"),
    "read_only": N_("check the file's permissions or open another database with --db URL"),
    "unreachable": N_("check the address and try again, or open another database with --db URL"),
    "conflict": N_("load the record again and apply your change to the current version"),
    "disk_full": N_("free some space on that disk"),
}


ENTITY = {
    "opportunity": N_("opportunity"),
    "volunteer": N_("volunteer"),
    "placement": N_("placement"),
}
ACTION = {
    "create": N_("created"),
    "update": N_("changed"),
    "delete": N_("moved to the trash"),
    "restore": N_("restored from the trash"),
    "purge": N_("deleted for good"),
    "erase": N_("erased"),
}


def describe_database_error(exc) -> str:
    """The error's sentence, ending with the command-line way forward."""
    way = _(_WAY_FORWARD.get(str(exc.code), "")) if str(exc.code) in _WAY_FORWARD else ""
    from volmatch.issue_words import expected_text

    text = expected_text(str(exc).rstrip())
    return f"{text} ({way})" if way else text


def _open(args: argparse.Namespace, *, migrate: bool):
    from volmatch.cli.paths import existing_database
    from volmatch.storage.database import DatabaseError, open_database

    try:
        return open_database(existing_database(getattr(args, "db", None)), migrate=migrate)
    except DatabaseError as exc:
        raise CommandError(describe_database_error(exc)) from exc


def _shown(db) -> str:
    from sqlalchemy.engine import make_url

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
        print(_("{db}: schema is up to date (revision {head})").format(db=_shown(db), head=head))
    else:
        print(
            _("{db}: schema upgraded from {before} to {head}").format(
                db=_shown(db), before=before or _("empty"), head=head
            )
        )
    if db.last_backup:
        print(_("backup of the previous state: {path}").format(path=db.last_backup))
    return 0


def pg_dump_recipe(url: str) -> str:
    """The command that backs up a PostgreSQL database (pg_dump takes a libpq URL)."""
    from sqlalchemy.engine import make_url

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
                _(
                    "volmatch backs up SQLite files only; back up this PostgreSQL database "
                    "with pg_dump, e.g.: {command} (restore with pg_restore)"
                ).format(command=pg_dump_recipe(db.url))
            )
        target = Path(args.out).expanduser() if args.out else db.default_backup_path()
        if target.exists():
            raise CommandError(
                _("{path} already exists; choose another --out PATH").format(path=target)
            )
        try:
            db.backup_to(target)
        except DatabaseError as exc:
            raise CommandError(str(exc)) from exc
    finally:
        db.dispose()
    print(_("backup written: {path}").format(path=target))
    return 0


def run_check(args: argparse.Namespace) -> int:
    db = _open(args, migrate=False)
    try:
        problems = db.check()
    finally:
        db.dispose()
    if not problems:
        print(_("{db}: no problems found").format(db=_shown(db)))
        return 0
    for problem in problems:
        print(problem)
    raise CommandError(
        ngettext(
            "{db}: {n} problem found; 'volmatch db upgrade' fixes an "
            "outdated schema, a backup restores a damaged file",
            "{db}: {n} problems found; 'volmatch db upgrade' fixes an "
            "outdated schema, a backup restores a damaged file",
            len(problems),
        ).format(db=_shown(db), n=len(problems))
    )


def run_restore(args: argparse.Namespace) -> int:
    from volmatch import paths
    from volmatch.storage.backups import restore_file
    from volmatch.storage.database import DatabaseError, sqlite_path

    source = Path(args.file).expanduser()
    if not source.is_file():
        raise CommandError(_("{path}: no such backup file").format(path=source))
    url = getattr(args, "db", None) or paths.default_database_url()
    if sqlite_path(url) is None:
        raise CommandError(
            _("volmatch restores SQLite files only; restore a PostgreSQL dump with pg_restore")
        )
    try:
        replaced = restore_file(url, source)
    except DatabaseError as exc:
        raise CommandError(str(exc)) from exc
    print(_("restored {source} into {target}").format(source=source, target=sqlite_path(url)))
    print(_("the content it replaced was saved to {path}").format(path=replaced))
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
        raise CommandError(
            _("no history for {entity} {id}; check the id").format(
                entity=_(ENTITY[args.entity]), id=args.id
            )
        )
    for e in entries:
        fields = f" ({', '.join(e.fields)})" if e.fields else ""
        action = _(ACTION[e.action]) if e.action in ACTION else e.action
        print(f"{e.at:%Y-%m-%d %H:%M:%S} UTC\t{action}{fields}\t{e.user}")
    return 0


def run_trash(args: argparse.Namespace) -> int:
    from volmatch.storage import repository as repo

    db = _open(args, migrate=True)
    try:
        with db.session() as s:
            if args.restore:
                entity, _sep, rid = args.restore.partition(":")
                if entity not in ("opportunity", "volunteer") or not rid.isdigit():
                    raise CommandError(
                        _("--restore '{value}': expected opportunity:ID or volunteer:ID").format(
                            value=args.restore
                        )
                    )
                if not repo.restore_deleted(s, entity, int(rid)):
                    raise CommandError(
                        _("{entity} {id} is not in the trash").format(
                            entity=_(ENTITY[entity]), id=rid
                        )
                    )
                print(_("{entity} {id} restored").format(entity=_(ENTITY[entity]), id=rid))
                return 0
            if args.purge:
                n = repo.purge_trash(s)
                print(
                    ngettext(
                        "{n} record deleted for good", "{n} records deleted for good", n
                    ).format(n=n)
                )
                return 0
            items = repo.list_trash(s)
    finally:
        db.dispose()
    if not items:
        print(_("the trash is empty"))
    for item in items:
        # volunteers by id only: names are personal data, not for terminals and their logs
        label = item.label if item.entity == "opportunity" else ""
        print(
            f"{item.entity}:{item.id}\t"
            + _("deleted {day}").format(day=f"{item.deleted_at:%Y-%m-%d}")
            + "\t"
            + _("final on {day}").format(day=f"{item.purge_after:%Y-%m-%d}")
            + f"\t{label}"
        )
    return 0
