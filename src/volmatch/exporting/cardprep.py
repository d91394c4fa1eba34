"""Share cards drawn ahead of the export, into the card cache (:mod:`cardcache`).

Drawing a card costs about half a millisecond of CPU; at 100,000 listings an export
shows some 120,000 cards, more than the rest of the export costs. Like a file manager's
thumbnails, they can be drawn before anyone asks: :func:`prepare` draws the cards a
whole-site export of the records would show and the cache lacks, so the next export only
links them. The app does it in the background after listings change; ``volmatch cards``
does it from the command line. The cards are described by the export's own code
(:meth:`SiteWriter.card`), keyed as the export keys them: an export after :func:`prepare`
draws none of them and writes the same bytes as one without it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from volmatch.collector import collector_paused
from volmatch.domain import Opportunity, Organization
from volmatch.exporting import cardcache, cards
from volmatch.exporting.names import Names
from volmatch.exporting.parallel import available_workers, run_jobs
from volmatch.exporting.public import fallback_order, newest_time, select
from volmatch.exporting.site import SiteWriter
from volmatch.progress import ProgressSink, check

CHUNK = 200  # cards per job: a job's progress step, and what a cancel may still finish
PARALLEL_FROM = 400  # cards; fewer are drawn here rather than in started processes


@dataclass(frozen=True)
class Prepared:
    """What :func:`prepare` found and did."""

    cards: int  # distinct cards a whole-site export of the records shows
    cached: int  # of them already in the card cache
    drawn: int  # drawn now and kept in the cache


def wanted(
    records: Sequence[Opportunity],
    *,
    names: Names | None = None,
    today: dt.date | None = None,
    organizations: Sequence[Organization] = (),
    fallbacks: dict[str, tuple[str, ...]] | None = None,
) -> list[tuple[str, cards.Card]]:
    """(key, card) of each distinct share card a whole-site export of ``records`` shows,
    in the export's order; none when no renderer with a version is registered."""
    names = names or Names.default()
    now = newest_time(records)
    with fallback_order(fallbacks):
        listings = select(records, today=today or now.date(), organizations=organizations)
        writer = SiteWriter(listings, names, now=now)
        found: dict[str, cards.Card] = {}
        for item in listings:
            for text_lang in writer.card_languages(item):
                card = writer.card(item, text_lang)
                key = cards.card_key(card)
                if key and key not in found:
                    found[key] = card
    return list(found.items())


def prepare(
    records: Sequence[Opportunity],
    *,
    names: Names | None = None,
    today: dt.date | None = None,
    organizations: Sequence[Organization] = (),
    fallbacks: dict[str, tuple[str, ...]] | None = None,
    workers: int | None = None,
    progress: ProgressSink | None = None,
) -> Prepared:
    """Draw into the card cache the cards of :func:`wanted` it does not hold yet.

    Needs a renderer (``volmatch.cards.install``) and a cache folder; without either
    nothing is drawn. ``workers``: processes to draw in (default: one per core when the
    renderer may be forked and there is enough to draw). ``progress`` hears of each
    finished group of cards; a cancel raises errors.Cancelled, keeping the cards drawn so
    far (an interrupted card leaves no entry, only a temporary file the pruning removes).
    """
    if cards.renderer() is None or not cardcache.folder():
        return Prepared(0, 0, 0)
    with collector_paused():
        every = wanted(
            records, names=names, today=today, organizations=organizations, fallbacks=fallbacks
        )
    missing = [(key, card) for key, card in every if not cardcache.holds(key)]
    check(progress)
    if missing:
        _draw(missing, workers, progress)
    return Prepared(len(every), len(every) - len(missing), len(missing))


def _draw(missing: list[tuple[str, cards.Card]], workers: int | None, progress) -> None:
    if workers is None:
        many = len(missing) >= PARALLEL_FROM and cards.parallel_safe()
        workers = available_workers() if many else 1
    if not cards.parallel_safe():
        workers = 1

    def job(part: list[tuple[str, cards.Card]]):
        def run(_sink) -> None:
            draw = cards.renderer()
            for key, card in part:
                cardcache.store(key, cards.with_key(draw(card), key))

        return run

    jobs = [job(missing[i : i + CHUNK]) for i in range(0, len(missing), CHUNK)]
    # run_jobs wants a folder for its sinks: the jobs write none of their files there
    run_jobs(jobs, cardcache.folder(), workers, progress)
