"""``volmatch cards``: draw ahead the share cards the next export of the listings shows.

For scripted publishing (import → cards → export): the cards go into the card cache the
export reads (``card-cache`` in the user's data folder), so the export only links them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from volmatch.cli import add_db_option
from volmatch.messages import _, ngettext

PROGRESS_FROM = 1000  # cards to draw before progress is shown


def register(subparsers: argparse._SubParsersAction) -> None:
    from volmatch.cli.export_cmd import add_today_option

    parser = subparsers.add_parser(
        "cards",
        help=_("draw the share card images of the published listings ahead of an export"),
        description=_(
            "Draw the share card images a whole-site export of the published listings "
            "shows and keep them in the card cache, so that the next export only links "
            "them. Cards already there are not drawn again."
        ),
    )
    add_today_option(parser)
    add_db_option(parser)
    parser.set_defaults(handler=run)


class _Progress:
    """Progress of the drawing on stderr, as a share of the cards, when there are many."""

    def __init__(self) -> None:
        self.shown = False

    def report(self, done: int, total: int, text: str = "") -> None:
        from volmatch.exporting.cardprep import CHUNK

        if total * CHUNK < PROGRESS_FROM:
            return
        if not self.shown:
            print(_("drawing the share cards"), file=sys.stderr)
            self.shown = True
        end = "\n" if done >= total else ""
        print(f"\r  {done * 100 // max(total, 1)} %", end=end, file=sys.stderr, flush=True)

    def cancelled(self) -> bool:
        return False


def run(args: argparse.Namespace) -> int:
    from volmatch.cli.export_cmd import read_published_of
    from volmatch.exporting import cardprep

    published = read_published_of(args)
    done = cardprep.prepare(
        published.records,
        organizations=published.organizations,
        today=args.today or dt.date.today(),
        progress=_Progress(),
    )
    print(
        ngettext(
            "{n} share card: {cached} already prepared, {drawn} drawn.",
            "{n} share cards: {cached} already prepared, {drawn} drawn.",
            done.cards,
        ).format(n=done.cards, cached=done.cached, drawn=done.drawn)
    )
    return 0
