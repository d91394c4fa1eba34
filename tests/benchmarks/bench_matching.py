"""Matching speed: one volunteer against ``scale`` listings, batch, updates, reverse.

The naive baseline scores each volunteer phrase against each listing's tag terms pair
by pair with rapidfuzz, over the same data, in the same run.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import time

import numpy as np
import synthetic
from common import BenchRow, median_time
from rapidfuzz import fuzz

from volmatch.matching import Matcher, OpportunityFilter
from volmatch.matching.interests import CUTOFF, split_phrases
from volmatch.matching.query import prepare_volunteer
from volmatch.text import fold


def _records(n_opps: int, n_vols: int, ctx):
    try:  # the demo generator, once it exists, gives more realistic records
        from volmatch.demo.generator import generate_opportunities, generate_volunteers

        opps, vols = generate_opportunities(n_opps, 1), generate_volunteers(n_vols, 2)
        return _numbered(opps), _numbered(vols)
    except ImportError:
        return synthetic.opportunities(n_opps, ctx), synthetic.volunteers(n_vols, ctx)


def _numbered(records):
    return [dataclasses.replace(r, id=i) for i, r in enumerate(records, 1)]


def naive_interests(volunteer, opps, terms_of_tag) -> np.ndarray:
    """Per pair: every phrase against every term of every tag of the listing."""
    phrases = [fold(p) for p in split_phrases(volunteer.interests_text)]
    out = np.zeros(len(opps))
    for i, o in enumerate(opps):
        best = 0.0
        for tag in o.interests:
            for term in terms_of_tag.get(tag, (tag,)):
                for p in phrases:
                    s = fuzz.ratio(p, term, score_cutoff=CUTOFF)
                    if s > best:
                        best = s
        out[i] = best
    return out


def run(scale: int, repeat: int) -> list[BenchRow]:
    ctx = synthetic.context()
    batch_n = min(scale, 10_000)
    opps, vols = _records(scale, max(batch_n, 200), ctx)
    rows: list[BenchRow] = []

    t = time.perf_counter()
    m = Matcher(opps, context=ctx)
    rows.append(BenchRow(f"build index, {scale:,} listings", time.perf_counter() - t))

    cycle = itertools.cycle(vols[:200])
    current = {}

    def fresh():  # a new volunteer each call, phrase cache cleared: no help from earlier calls
        current["v"] = next(cycle)
        m.vocab._cache.clear()

    full = median_time(lambda: m.for_volunteer(current["v"], top=20), repeat * 4, fresh)
    naive_name = "naive: per-pair rapidfuzz loop, interests only"
    rows.append(BenchRow(f"1 volunteer x {scale:,}: all parts, top 20 + reasons", full, naive_name))

    def interests_only():
        q = prepare_volunteer(current["v"], ctx, m.vocab, m.languages, dt.date.today())
        best = np.zeros(m.opportunities.size)
        for tid, hit in q.hits.items():
            slots, factor = m.opportunities.tags.get(tid)
            best[slots] = np.maximum(best[slots], hit.score * factor)
        return best

    part = median_time(interests_only, repeat * 4, fresh)
    rows.append(BenchRow("  interest part alone (cdist vocabulary + gather)", part, naive_name))

    terms_of_tag: dict[str, list[str]] = {}
    for term, tag in ctx.terms:
        terms_of_tag.setdefault(tag, []).append(fold(term))
    naive = median_time(
        lambda: naive_interests(current["v"], opps, terms_of_tag), max(1, repeat // 2), fresh
    )
    rows.append(BenchRow(naive_name, naive, note="baseline"))

    changed = [
        dataclasses.replace(o, interests=tuple(reversed(o.interests)), title=o.title + " (edited)")
        for o in opps[:50]
    ]
    edits = itertools.cycle(changed)
    upsert = median_time(lambda: m.upsert_opportunity(next(edits)), repeat * 4)
    rows.append(
        BenchRow("upsert one edited listing (incremental)", upsert, "rebuild the whole index")
    )
    t = time.perf_counter()
    Matcher(opps, context=ctx)
    rows.append(
        BenchRow("rebuild the whole index", time.perf_counter() - t, note="baseline for upsert")
    )

    bm = Matcher(opps[:batch_n], vols[:batch_n], context=ctx)
    t = time.perf_counter()
    over = bm.overview(top=20, filter=OpportunityFilter(enabled=True))
    rows.append(
        BenchRow(
            f"batch {batch_n:,} volunteers x {batch_n:,} listings, top 20",
            time.perf_counter() - t,
            note=f"{len(over):,} rankings",
        )
    )

    targets = itertools.cycle(opps[:50])
    reverse = median_time(lambda: bm.for_opportunity(next(targets), top=20), repeat * 4)
    rows.append(BenchRow(f"1 listing x {batch_n:,} volunteers, top 20 + reasons", reverse))
    return rows
