"""``volmatch privacy {review,erase,export}``: retention review, erasure and access requests."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from volmatch.cli import CommandError, add_db_option


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date; expected YYYY-MM-DD") from None


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "privacy",
        help="volunteers' personal data: review, erase, export",
        description="Fulfil the data protection duties for volunteer profiles: list profiles "
        "past their retention period, erase a person for good, or export everything stored "
        "about a person for them.",
    )
    actions = parser.add_subparsers(dest="privacy_action", metavar="ACTION", required=True)
    review = actions.add_parser("review", help="list profiles without activity for N months")
    review.add_argument("--months", type=int, default=24, help="retention period (default 24)")
    review.add_argument("--today", type=_date, metavar="YYYY-MM-DD", help="default: today")
    erase = actions.add_parser("erase", help="remove one person for good (needs --yes)")
    erase.add_argument("volunteer", metavar="VOLUNTEER", help="id, external id or e-mail")
    erase.add_argument("--yes", action="store_true", help="really erase; without it, a preview")
    export = actions.add_parser("export", help="everything stored about one person")
    export.add_argument("volunteer", metavar="VOLUNTEER", help="id, external id or e-mail")
    export.add_argument("--out", metavar="DIR", default=".", help="folder (default: here)")
    export.add_argument("--lang", choices=("en", "cs"), default="en", help="document language")
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
            f"no volunteer '{ref}'; give an id, an external id or an e-mail address "
            "('volmatch list volunteers' shows them)"
        )
    if len(ids) > 1:
        raise CommandError(f"'{ref}' names {len(ids)} volunteers; use the numeric id instead")
    return ids[0]


def run_review(args: argparse.Namespace) -> int:
    from volmatch.privacy import due_for_review

    if args.months < 1:
        raise CommandError(f"--months must be at least 1, not {args.months}")
    db = _open(args)
    try:
        with db.session() as s:
            due = due_for_review(s, months=args.months, today=args.today)
    finally:
        db.dispose()
    if not due:
        print(f"no profile has been inactive for {args.months} months or more")
        return 0
    print(f"{len(due)} profile(s) inactive for {args.months} months or more:")
    print("id\texternal_id\tlast_activity\tmonths_inactive")
    for item in due:
        print(f"{item.id}\t{item.external_id or ''}\t{item.last_activity}\t{item.months_inactive}")
    print(
        "ask each person whether to keep the profile; erase the others with "
        "'volmatch privacy erase ID --yes'"
    )
    return 0


def run_erase(args: argparse.Namespace) -> int:
    from sqlalchemy import func, select

    from volmatch.privacy import erase_volunteer
    from volmatch.storage import models

    db = _open(args)
    try:
        with db.session(write=True) as s:
            vid = _volunteer_id(s, args.volunteer)
            table = models.Placement.__table__
            placements = s.execute(
                select(func.count()).where(table.c.volunteer_id == vid)
            ).scalar_one()
            if not args.yes:
                print(
                    f"volunteer {vid} would be erased for good: the profile, its languages, "
                    f"districts and interests, its history; {placements} placement(s) would "
                    "stay without the person and their notes"
                )
                raise CommandError("nothing erased; add --yes to erase")
            erasure = erase_volunteer(s, vid)
        if db.is_sqlite:
            with db.engine.connect() as conn:  # older copies of the pages leave the WAL file
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.dispose()
    print(
        f"volunteer {vid} erased; {erasure.placements_anonymised} placement(s) kept without "
        "the person. Backups made before today still hold the profile until they rotate out "
        "(7 days)."
    )
    return 0


def run_export(args: argparse.Namespace) -> int:
    from volmatch.privacy import export_person, render_person

    db = _open(args)
    try:
        with db.session() as s:
            data = export_person(s, _volunteer_id(s, args.volunteer))
    finally:
        db.dispose()
    folder = Path(args.out).expanduser()
    vid = data["volunteer"]["id"]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        json_path = folder / f"volunteer-{vid}.json"
        html_path = folder / f"volunteer-{vid}.html"
        json_path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        html_path.write_text(render_person(data, args.lang), encoding="utf-8")
    except OSError as exc:
        raise CommandError(f"cannot write into {folder} ({exc}); choose another --out") from exc
    print(f"written: {json_path} (machine-readable) and {html_path} (for the person)")
    return 0
