"""``volmatch export FORMAT --out PATH``: publish the listings as a website or feeds."""

from __future__ import annotations

import argparse
import datetime as dt

from volmatch.cli import CommandError, add_db_option
from volmatch.messages import _, ngettext


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            _("not a date: {text} (expected YYYY-MM-DD)").format(text=repr(text))
        ) from exc


def add_today_option(parser: argparse.ArgumentParser) -> None:
    """``--today``: the day that decides what has expired (export, cards)."""
    parser.add_argument(
        "--today",
        type=_date,
        metavar="YYYY-MM-DD",
        help=_("the day that decides which listings have expired (default: today)"),
    )


class _Formats:
    """The export formats, asked of the exporters only when a format is checked or shown:
    ``volmatch --help`` and every other command start without loading them (Jinja2...)."""

    def _all(self) -> tuple[str, ...]:
        from volmatch.exporting import FORMATS

        return FORMATS

    def __contains__(self, name: object) -> bool:
        return name in self._all()

    def __iter__(self):
        return iter(self._all())


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export",
        help=_("publish listings as a static website and data feeds"),
        description=_(
            "Write the published, still-valid listings to a folder, replacing an "
            "earlier export there all at once. Volunteers' data and internal notes are never "
            "exported."
        ),
    )
    parser.add_argument("format", choices=_Formats(), metavar="FORMAT", help="%(choices)s")
    parser.add_argument("--out", required=True, metavar="PATH", help=_("folder to write"))
    parser.add_argument(
        "--district",
        metavar="NAME",
        help=_(
            "only listings in this district: municipal ('Praha-Troja') or administrative "
            "('Praha 7', which includes Praha-Troja)"
        ),
    )
    parser.add_argument(
        "--lang",
        metavar="CODE",
        help=_("only listings written in or asking for this language"),
    )
    parser.add_argument(
        "--base-url",
        default="",
        metavar="URL",
        help=_("where the site will be published (absolute links in feeds and posts)"),
    )
    parser.add_argument(
        "--contact",
        default=None,
        metavar="ADDRESS",
        help=_(
            "e-mail address or web page where readers report accessibility problems "
            "(in the site's accessibility statement; default: the one set in the app, "
            "else the city's website)"
        ),
    )
    parser.add_argument(
        "--keep-others",
        action="store_true",
        help=_(
            "the folder holds files volmatch did not write: export beside them and keep "
            "them as they are (without this, such a folder is refused)"
        ),
    )
    add_today_option(parser)
    add_db_option(parser)
    parser.set_defaults(handler=run)


def read_published_of(args: argparse.Namespace):
    """What an export of the database ``--db`` needs (exporting/from_database.py), or a
    CommandError saying why it cannot be read."""
    from volmatch.cli.paths import existing_database
    from volmatch.exporting.from_database import read_published
    from volmatch.storage.database import DatabaseError, open_database

    try:
        db = open_database(existing_database(getattr(args, "db", None)))
        try:
            return read_published(db)
        finally:
            db.dispose()
    except DatabaseError as exc:
        raise CommandError(str(exc)) from exc


def run(args: argparse.Namespace) -> int:
    from volmatch.cli.paths import check_base_url, check_out_folder
    from volmatch.exporting import export
    from volmatch.exporting.contact import is_valid_contact

    check_out_folder(args.out)
    check_base_url(args.base_url)
    if args.contact is not None and not is_valid_contact(args.contact):
        raise CommandError(
            _(
                "--contact: {text} is neither an e-mail address nor a web page "
                "(for example pristupnost@praha.eu or https://www.praha.eu/kontakty)"
            ).format(text=repr(args.contact))
        )
    published = read_published_of(args)
    records, organizations = published.records, published.organizations
    contact = published.contact if args.contact is None else args.contact
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
            contact=contact.strip(),
        )
    except OSError as exc:
        raise CommandError(
            _("cannot write {path}: {error}").format(path=args.out, error=exc.strerror or exc)
        ) from exc
    where = _(" in {district}").format(district=report.district) if report.district else ""
    print(
        ngettext(
            "Exported {n} listing{where} as {format} ({languages}) to {folder}: "
            "{files} files, {mb} MB.",
            "Exported {n} listings{where} as {format} ({languages}) to {folder}: "
            "{files} files, {mb} MB.",
            report.listings,
        ).format(
            n=report.listings,
            where=where,
            format=report.format,
            languages=", ".join(report.languages),
            folder=report.out_dir,
            files=report.files,
            mb=f"{report.bytes / 1e6:.1f}",
        )
    )
    if report.left_out:
        print(
            ngettext(
                "{n} published listing left out (expired or filtered).",
                "{n} published listings left out (expired or filtered).",
                report.left_out,
            ).format(n=report.left_out)
        )
    return 0
