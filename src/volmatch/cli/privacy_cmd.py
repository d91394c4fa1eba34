"""``volmatch privacy {review,erase,export}``: retention review, erasure and access requests."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from volmatch.cli import CommandError, add_db_option
from volmatch.messages import _, ngettext


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("'{text}' is not a date; expected YYYY-MM-DD").format(text=text)
        ) from None


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "privacy",
        help=_("volunteers' personal data: review, erase, export"),
        description=_(
            "Fulfil the data protection duties for volunteer profiles: list profiles "
            "past their retention period, erase a person for good, or export everything "
            "stored about a person for them."
        ),
    )
    actions = parser.add_subparsers(dest="privacy_action", metavar=_("ACTION"), required=True)
    review = actions.add_parser("review", help=_("list profiles without activity for N months"))
    review.add_argument("--months", type=int, default=24, help=_("retention period (default 24)"))
    review.add_argument("--today", type=_date, metavar="YYYY-MM-DD", help=_("default: today"))
    erase = actions.add_parser("erase", help=_("remove one person for good (needs --yes)"))
    erase.add_argument("volunteer", metavar="VOLUNTEER", help=_("id, external id or e-mail"))
    erase.add_argument("--yes", action="store_true", help=_("really erase; without it, a preview"))
    export = actions.add_parser("export", help=_("everything stored about one person"))
    export.add_argument("volunteer", metavar="VOLUNTEER", help=_("id, external id or e-mail"))
    export.add_argument("--out", metavar="DIR", default=".", help=_("folder (default: here)"))
    export.add_argument("--lang", choices=("en", "cs"), default="en", help=_("document language"))
    export.add_argument(
        "--force", action="store_true", help=_("replace files of an earlier export of this person")
    )
    for action, handler in ((review, run_review), (erase, run_erase), (export, run_export)):
        add_db_option(action)
        action.set_defaults(handler=handler)
    add_db_option(parser)


def _open(args: argparse.Namespace):
    from volmatch.cli.paths import existing_database
    from volmatch.storage.database import open_database

    return open_database(existing_database(getattr(args, "db", None)))


def _volunteer_id(session, ref: str) -> int:
    from sqlalchemy import func, or_, select

    from volmatch.storage.queries import VOL

    # Also in the trash: a person may ask for erasure of a deleted profile.
    text = ref.strip()
    where = [VOL.c.external_id == text, func.lower(VOL.c.email) == text.lower()]
    if text.isdigit():
        where.append(VOL.c.id == int(text))
    found = session.execute(select(VOL.c.id).where(or_(*where)).order_by(VOL.c.id)).scalars()
    ids = list(found)
    if not ids:
        raise CommandError(
            _(
                "no volunteer '{ref}'; give an id, an external id or an e-mail address "
                "('volmatch list volunteers' shows them)"
            ).format(ref=ref)
        )
    if len(ids) > 1:
        raise CommandError(
            _("'{ref}' names {n} volunteers; use the numeric id instead").format(
                ref=ref, n=len(ids)
            )
        )
    return ids[0]


def run_review(args: argparse.Namespace) -> int:
    from volmatch.privacy import due_for_review

    if args.months < 1:
        raise CommandError(_("--months must be at least 1, not {n}").format(n=args.months))
    db = _open(args)
    try:
        with db.session() as s:
            due = due_for_review(s, months=args.months, today=args.today)
    finally:
        db.dispose()
    if not due:
        print(
            _("no profile has been inactive for {months} months or more").format(months=args.months)
        )
        return 0
    print(
        ngettext(
            "{n} profile inactive for {months} months or more:",
            "{n} profiles inactive for {months} months or more:",
            len(due),
        ).format(n=len(due), months=args.months)
    )
    print("id\texternal_id\tlast_activity\tmonths_inactive")
    for item in due:
        print(f"{item.id}\t{item.external_id or ''}\t{item.last_activity}\t{item.months_inactive}")
    print(
        _(
            "ask each person whether to keep the profile; erase the others with "
            "'volmatch privacy erase ID --yes'"
        )
    )
    return 0


def run_erase(args: argparse.Namespace) -> int:
    from sqlalchemy import func, select

    from volmatch.privacy.erasure import read_register
    from volmatch.storage import models

    db = _open(args)
    try:
        ref = args.volunteer.strip()
        if ref.isdigit() and int(ref) in read_register(db) and args.yes:
            return _finish_erasure(db, int(ref))  # erased before: clean journal and backups
        with db.session() as s:
            vid = _volunteer_id(s, args.volunteer)
            table = models.Placement.__table__
            placements = s.execute(
                select(func.count()).where(table.c.volunteer_id == vid)
            ).scalar_one()
        if not args.yes:
            print(
                _(
                    "volunteer {id} would be erased for good: the profile, its languages, "
                    "districts and interests, its history, also in the backups; placements "
                    "that would stay without the person and their notes: {n}"
                ).format(id=vid, n=placements)
            )
            raise CommandError(_("nothing erased; add --yes to erase"))
        return _finish_erasure(db, vid)
    finally:
        db.dispose()


def _finish_erasure(db, vid: int) -> int:
    from volmatch.privacy.erasure import erase_everywhere

    report = erase_everywhere(db, vid)
    if report is None:
        raise CommandError(_("volunteer {id} was erased meanwhile by someone else").format(id=vid))
    print(
        _(
            "volunteer {id} erased; placements kept without the person: {n}; "
            "backups scrubbed: {backups}."
        ).format(id=vid, n=report.erasure.placements_anonymised, backups=len(report.scrubbed))
    )
    for path, why in report.failed:
        print(
            _("could not scrub the backup {path} ({why}): delete it by hand").format(
                path=path, why=why
            ),
            file=sys.stderr,
        )
    if not report.flushed:
        raise CommandError(
            _(
                "the person is erased, but another program (a volmatch window?) still reads "
                "an older state of the database, so their data stays in its journal file "
                "until it closes: close the other windows, then run 'volmatch privacy erase "
                "{id} --yes' again to finish"
            ).format(id=vid)
        )
    return 1 if report.failed else 0


def run_export(args: argparse.Namespace) -> int:
    from volmatch.cli.paths import check_new_file, check_private_target
    from volmatch.privacy import export_person, render_person

    if not args.out.strip():
        raise CommandError(_("--out needs a folder name, e.g. --out request"))
    folder = Path(args.out).expanduser()
    check_private_target(folder)
    db = _open(args)
    try:
        with db.session() as s:
            data = export_person(s, _volunteer_id(s, args.volunteer))
    finally:
        db.dispose()
    vid = data["volunteer"]["id"]
    json_path = folder / f"volunteer-{vid}.json"
    html_path = folder / f"volunteer-{vid}.html"
    for path in (json_path, html_path):
        check_new_file(path, args.force)
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        _write_private(json_path, json.dumps(data, ensure_ascii=False, indent=2))
        _write_private(html_path, render_person(data, args.lang))
    except OSError as exc:
        raise CommandError(
            _("cannot write into {folder} ({error}); choose another --out").format(
                folder=folder, error=exc
            )
        ) from exc
    print(
        _("written: {json} (machine-readable) and {html} (for the person)").format(
            json=json_path, html=html_path
        )
    )
    return 0


def _write_private(path: Path, text: str) -> None:
    """Write a file only its owner can read (a person's data)."""
    import os

    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.chmod(path, 0o600)
