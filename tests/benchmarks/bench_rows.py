"""Table rows at scale: ``repository.opportunity_rows`` over ``scale`` stored listings.

Target (issue 4): 100,000 rows visible within 1.0 s of start, so their plain tuples
(with folded search text) must come fast. The naive baseline loads an ORM object per
listing and per child row and folds the search text character by character, as the
first version of the table did. Also timed: folding alone, and ``volunteer_rows``.
Run alone: ``python tests/benchmarks/bench_rows.py --scale 100000``.
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
import unicodedata
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from common import BenchRow, median_time

from volmatch.storage.database import open_database

_SPACES = re.compile(r"\s+")


def naive_fold(text: str) -> str:
    """The definition of fold: one Python call per character to drop the marks."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped).strip()


def naive_rows(session) -> list[tuple]:
    """ORM entities for every listing and child row, grouped in Python."""
    from sqlalchemy import select

    from volmatch.storage import convert, models

    orgs = {o.id: o.name for o in session.scalars(select(models.Organization))}
    children: dict[type, dict[int, list]] = {}
    for model in (
        models.OpportunityDistrict,
        models.OpportunityLanguage,
        models.OpportunityInterest,
    ):
        grouped: dict[int, list] = defaultdict(list)
        for child in session.scalars(select(model).order_by(model.position)):
            grouped[child.opportunity_id].append(child)
        children[model] = grouped
    rows = []
    listings = session.scalars(
        select(models.Opportunity)
        .where(models.Opportunity.deleted_at.is_(None))
        .order_by(models.Opportunity.id)
    )
    for o in listings:
        districts = ", ".join(d.district for d in children[models.OpportunityDistrict][o.id])
        organization = orgs.get(o.organization_id, "")
        languages = convert.needs_text(
            [
                (o.id, n.code, n.min_level, n.required)
                for n in children[models.OpportunityLanguage][o.id]
            ]
        )
        interests = ", ".join(i.tag for i in children[models.OpportunityInterest][o.id])
        search = naive_fold(
            f"{o.external_id or ''} {o.title} {organization} {districts} {o.district_text} "
            f"{o.description[:200]}"
        )
        rows.append((o.id, o.title, organization, districts, languages, interests, search))
    return rows


def run(scale: int, repeat: int) -> list[BenchRow]:
    from volmatch.demo.generator import generate_opportunities
    from volmatch.storage import repository as repo
    from volmatch.text import fold

    work = Path(tempfile.mkdtemp(prefix="volmatch-bench-rows-"))
    db = open_database(f"sqlite:///{work / 'rows.sqlite3'}")
    try:
        records = generate_opportunities(scale, seed=7)
        with db.session(write=True) as s:
            repo.bulk_insert_opportunities(s, records)
        texts = [f"{r.external_id} {r.title} {r.organization} {r.description}" for r in records]

        def fast() -> None:
            with db.session() as s:
                assert len(repo.opportunity_rows(s)) == scale

        def naive() -> None:
            with db.session() as s:
                assert len(naive_rows(s)) == scale

        def volunteers() -> None:
            with db.session() as s:
                repo.volunteer_rows(s)

        return [
            BenchRow(
                f"baseline: ORM objects per listing and child row ({scale} rows)",
                median_time(naive, repeat),
                note="folding per character",
            ),
            BenchRow(
                f"repository.opportunity_rows ({scale} rows)",
                median_time(fast, repeat),
                baseline=f"baseline: ORM objects per listing and child row ({scale} rows)",
                note="issue 4: 100k rows visible within 1.0 s of start",
            ),
            BenchRow(
                f"baseline: fold by definition, {scale} listing texts",
                median_time(lambda: [naive_fold(t) for t in texts], repeat),
            ),
            BenchRow(
                f"text.fold, {scale} listing texts",
                median_time(lambda: [fold(t) for t in texts], repeat),
                baseline=f"baseline: fold by definition, {scale} listing texts",
            ),
            BenchRow("repository.volunteer_rows (empty table)", median_time(volunteers, repeat)),
        ]
    finally:
        db.dispose()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    import argparse

    from run import table

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(table([("rows", run(args.scale, args.repeat))]))
