"""``volmatch export FORMAT --out PATH``: publish the listings as a website or feeds."""

from __future__ import annotations

import argparse
import datetime as dt

from volmatch.cli import CommandError, add_db_option


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (expected YYYY-MM-DD)") from exc


def register(subparsers: argparse._SubParsersAction) -> None:
    from volmatch.exporting import FORMATS

    parser = subparsers.add_parser(
        "export",
        help="publish listings as a static website and data feeds",
        description="Write the published, still-valid listings to a folder, replacing an "
        "earlier export there all at once. Volunteers' data and internal notes are never "
        "exported.",
    )
    parser.add_argument("format", choices=FORMATS, metavar="FORMAT", help=", ".join(FORMATS))
    parser.add_argument("--out", required=True, metavar="PATH", help="folder to write")
    parser.add_argument(
        "--district",
        metavar="NAME",
        help="only listings in this district: municipal ('Praha-Troja') or administrative "
        "('Praha 7', which includes Praha-Troja)",
    )
    parser.add_argument(
        "--lang", metavar="CODE", help="only listings written in or asking for this language"
    )
    parser.add_argument(
        "--base-url",
        default="",
        metavar="URL",
        help="where the site will be published (absolute links in feeds and posts)",
    )
    parser.add_argument(
        "--keep-others",
        action="store_true",
        help="the folder holds files volmatch did not write: export beside them and keep "
        "them as they are (without this, such a folder is refused)",
    )
    parser.add_argument(
        "--today",
        type=_date,
        metavar="YYYY-MM-DD",
        help="the day that decides which listings have expired (default: today)",
    )
    add_db_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from volmatch.cli.paths import check_base_url, check_out_folder, existing_database
    from volmatch.domain import Status
    from volmatch.exporting import export
    from volmatch.storage import repository as repo
    from volmatch.storage.database import DatabaseError, open_database

    check_out_folder(args.out)
    check_base_url(args.base_url)
    try:
        db = open_database(existing_database(getattr(args, "db", None)))
        try:
            with db.session() as session:
                records = repo.load_opportunities(session, statuses=[Status.PUBLISHED])
                organizations = repo.list_organizations(session)
        finally:
            db.dispose()
    except DatabaseError as exc:
        raise CommandError(str(exc)) from exc
    try:
        report = export(
            records,
            args.format,
            args.out,
            district=args.district,
            lang=args.lang,
            today=args.today or dt.date.today(),
            base_url=args.base_url,
            organizations=organizations,
            keep_others=args.keep_others,
        )
    except OSError as exc:
        raise CommandError(f"cannot write {args.out}: {exc.strerror or exc}") from exc
    where = f" in {report.district}" if report.district else ""
    print(
        f"Exported {report.listings} listings{where} as {report.format} "
        f"({', '.join(report.languages)}) to {report.out_dir}: "
        f"{report.files} files, {report.bytes / 1e6:.1f} MB."
    )
    if report.left_out:
        print(f"{report.left_out} published listings left out (expired or filtered).")
    return 0
