"""Import speed: ``scale`` listings from a canonical CSV file into an empty SQLite database.

Target (issue 5): 100,000 listings under 5 s on the 2-core reference machine. The
naive baseline stores the same parsed records as ORM objects (``add_all`` per object,
children too), as the import did before the bulk path. Also timed: parsing alone, and
``volmatch list opportunities`` over the imported rows.
Run alone: ``python tests/benchmarks/bench_import.py --scale 100000``.
"""

from __future__ import annotations

import csv
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from common import BenchRow, median_time

from volmatch.domain import Opportunity
from volmatch.importing import import_file, read_canonical_csv
from volmatch.importing.columns import OPPORTUNITY_COLUMNS
from volmatch.storage.database import open_database


def _cells(r: Opportunity) -> list[str]:
    required = [n for n in r.languages if n.required]
    welcome = [n for n in r.languages if not n.required]
    values = {
        "external_id": r.external_id or "",
        "title": r.title,
        "organization": r.organization,
        "description": r.description,
        "district": ", ".join(r.districts) or r.scope.value,
        "languages_required": ", ".join(
            f"{n.code}:{n.min_level.label}" if n.min_level else n.code for n in required
        ),
        "languages_welcome": ", ".join(n.code for n in welcome),
        "interests": ", ".join(r.interests),
        "commitment": r.commitment.value,
        "start_date": r.start_date.isoformat() if r.start_date else "",
        "end_date": r.end_date.isoformat() if r.end_date else "",
        "capacity": str(r.capacity or ""),
        "min_age": str(r.min_age or ""),
        "contact_email": r.contact_email,
        "url": r.url,
        "status": r.status.value,
    }
    return [values[c] for c in OPPORTUNITY_COLUMNS]


def write_csv(path: Path, n: int) -> None:
    """``n`` generated listings as a canonical CSV file (semicolons, as Czech Excel writes)."""
    from volmatch.demo.generator import generate_opportunities

    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(OPPORTUNITY_COLUMNS)
        writer.writerows(_cells(r) for r in generate_opportunities(n, seed=11))


def naive_store(url: str, records: list[Opportunity]) -> None:
    """Per-object ORM: one model object per row and per child row, add_all, one commit."""
    from volmatch.storage import convert, models

    by_table = {
        m.__table__: m
        for m in (
            models.OpportunityTranslation,
            models.OpportunityDistrict,
            models.OpportunityLanguage,
            models.OpportunityInterest,
        )
    }
    db = open_database(url)
    try:
        with db.session() as s:
            orgs: dict[str, models.Organization] = {}
            for r in records:
                if r.organization not in orgs:
                    orgs[r.organization] = models.Organization(
                        name=r.organization, name_key=r.organization.casefold()
                    )
            s.add_all(orgs.values())
            s.flush()
            rows = []
            for r in records:
                row = models.Opportunity(**convert.opportunity_values(r))
                row.organization_id = orgs[r.organization].id
                rows.append(row)
            s.add_all(rows)
            s.flush()
            children = []
            for row, r in zip(rows, records, strict=True):
                for table, items in convert.opportunity_children(row.id, r).items():
                    children.extend(by_table[table](**item) for item in items)
            s.add_all(children)
    finally:
        db.dispose()


def run(scale: int, repeat: int) -> list[BenchRow]:
    from volmatch.cli.list_cmd import collect

    work = Path(tempfile.mkdtemp(prefix="volmatch-bench-import-"))
    try:
        source = work / "listings.csv"
        write_csv(source, scale)
        counter = iter(range(10_000))
        state: dict[str, str] = {}

        def fresh() -> None:
            state["url"] = f"sqlite:///{work / f'db{next(counter)}.sqlite3'}"
            open_database(state["url"]).dispose()  # created and migrated, untimed

        def bulk() -> None:
            db = open_database(state["url"])
            try:
                report = import_file(db, source, "opportunities")
                assert report.created == scale and not report.errors, report.errors[:3]
            finally:
                db.dispose()

        parsed = read_canonical_csv(source, "opportunities")
        assert len(parsed.records) == scale, parsed.errors[:3]
        rows = [
            BenchRow(
                f"parse {scale} rows of CSV (no database)",
                median_time(lambda: read_canonical_csv(source, "opportunities"), repeat),
            ),
            BenchRow(
                "baseline: store parsed rows as ORM objects (add_all)",
                median_time(lambda: naive_store(state["url"], parsed.records), repeat, fresh),
                note="storing only, parsing excluded",
            ),
            BenchRow(
                f"import_file: {scale} rows CSV -> SQLite (parse + store)",
                median_time(bulk, repeat, fresh),
                baseline="baseline: store parsed rows as ORM objects (add_all)",
                note="target < 5 s at 100k; includes parsing",
            ),
        ]

        def listing() -> None:
            db = open_database(state["url"])
            try:
                with db.session() as s:
                    _objects, lines = collect(s, "opportunities", None, as_json=False)
                assert len(lines) == scale
            finally:
                db.dispose()

        def listing_search() -> None:
            db = open_database(state["url"])
            try:
                with db.session() as s:
                    collect(s, "opportunities", "praha 7", as_json=False)
            finally:
                db.dispose()

        rows.append(
            BenchRow(
                f"volmatch list opportunities ({scale} rows)",
                median_time(listing, repeat),
                note="target ~2 s at 100k",
            )
        )
        rows.append(
            BenchRow(
                f"volmatch list opportunities --search 'praha 7' ({scale} rows)",
                median_time(listing_search, repeat),
            )
        )
        return rows
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    import argparse

    from run import table

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(table([("import", run(args.scale, args.repeat))]))
