"""``volmatch demo [--scale N] [--seed S]``: fill a database with the Prague demo data."""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence
from typing import Any

from volmatch.cli import CommandError, add_db_option, add_lang_option
from volmatch.messages import _, ngettext


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("not a whole number: {text}").format(text=repr(text))
        ) from None
    if value < 0:
        raise argparse.ArgumentTypeError(_("must be 0 or more, not {value}").format(value=value))
    return value


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "demo",
        help=_("load the Prague demo data (and optionally synthetic data for scale)"),
        description=_(
            "Store the made-up Prague demo listings and volunteers. Running it again "
            "updates them instead of adding copies. --scale adds N generated opportunities and "
            "N/10 volunteers (deterministic for a --seed)."
        ),
    )
    parser.add_argument(
        "--scale", type=_count, default=0, metavar="N", help=_("also generate N opportunities")
    )
    parser.add_argument(
        "--seed", type=int, default=0, metavar="S", help=_("generator seed (default 0)")
    )
    add_db_option(parser)
    add_lang_option(parser)
    parser.set_defaults(handler=run)


def first_missing(external_ids: Sequence[str], exists: Callable[[str], bool]) -> int:
    """Index of the first id not stored, given that generated ids are stored as a prefix.

    Each run stores its generated rows in one transaction, so the stored ones are
    always ids[0:k]; a binary search finds k with about log2(n) look-ups.
    """
    lo, hi = 0, len(external_ids)
    while lo < hi:
        mid = (lo + hi) // 2
        if exists(external_ids[mid]):
            lo = mid + 1
        else:
            hi = mid
    return lo


def store_generated(db: Any, scale: int, seed: int) -> tuple[int, int]:
    """Store ``scale`` generated opportunities and ``scale // 10`` volunteers not stored yet."""
    from volmatch.demo import generate_opportunities, generate_volunteers
    from volmatch.storage import repository as repo

    opp_ids = [f"GEN-{seed}-{i:06d}" for i in range(1, scale + 1)]
    vol_ids = [f"GENV-{seed}-{i:06d}" for i in range(1, scale // 10 + 1)]
    with db.session(write=True) as session:
        start = first_missing(opp_ids, lambda ref: repo.find_opportunity(session, ref) is not None)
        vstart = first_missing(vol_ids, lambda ref: repo.find_volunteer(session, ref) is not None)
        # Generated whole (the records depend on n), then only the missing tail is stored.
        if start < len(opp_ids):
            repo.bulk_insert_opportunities(session, generate_opportunities(scale, seed)[start:])
        if vstart < len(vol_ids):
            repo.save_volunteers(session, generate_volunteers(scale // 10, seed)[vstart:])
    return len(opp_ids) - start, len(vol_ids) - vstart


def run(args: argparse.Namespace) -> int:
    from volmatch.demo import load_demo
    from volmatch.storage.database import DatabaseError, open_database

    started = time.perf_counter()
    try:
        db = open_database(getattr(args, "db", None))
        try:
            report = load_demo(db)
            added = store_generated(db, args.scale, args.seed) if args.scale else (0, 0)
        finally:
            db.dispose()
    except DatabaseError as exc:
        raise CommandError(_("the demo data was not stored: {error}").format(error=exc)) from exc
    kinds = {"opportunities": _("opportunities"), "volunteers": _("volunteers")}
    for part in (report.opportunities, report.volunteers):
        line = _(
            "demo {kind}: {created} created, {skipped} already stored (left as they are)"
        ).format(kind=kinds.get(part.kind, part.kind), created=part.created, skipped=part.skipped)
        if part.warnings:
            line += " " + ngettext(
                "({n} warning: the demo input is messy on purpose)",
                "({n} warnings: the demo input is messy on purpose)",
                len(part.warnings),
            ).format(n=len(part.warnings))
        print(line)
    if args.scale:
        line = _(
            "generated (seed {seed}): {opportunities} opportunities and {volunteers} volunteers added"
        ).format(seed=args.seed, opportunities=added[0], volunteers=added[1])
        if added != (args.scale, args.scale // 10):
            line += " " + _("(the rest were stored before)")
        print(line)
    print(_("done in {seconds} s").format(seconds=f"{time.perf_counter() - started:.1f}"))
    return 0
