"""The deterministic Prague demo dataset shipped in resources/demo/."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import cache
from typing import Any

from volmatch.domain import Opportunity, Volunteer
from volmatch.errors import InputError
from volmatch.importing.canonical import ImportResult, parse_table
from volmatch.importing.columns import Kind
from volmatch.importing.importer import ImportReport, _existing_external_ids, save_result
from volmatch.importing.reader import parse_csv_text
from volmatch.paths import resource
from volmatch.progress import ProgressSink, check, report

FILES = {Kind.OPPORTUNITIES: "opportunities.csv", Kind.VOLUNTEERS: "volunteers.csv"}


@dataclass(frozen=True, slots=True)
class DemoReport:
    opportunities: ImportReport
    volunteers: ImportReport


@cache
def demo_result(kind: Kind) -> ImportResult:
    """The parsed demo file of ``kind`` (records plus the realistic warnings), read once."""
    kind = Kind(kind)
    node = resource("demo", FILES[kind])
    table = parse_csv_text(node.read_text(encoding="utf-8-sig"), source=f"demo/{FILES[kind]}")
    result = parse_table(table, kind)
    if result.errors:  # a broken package, not user input
        raise InputError(result.errors)
    return result


def demo_records(numbered: bool = False) -> tuple[list[Opportunity], list[Volunteer]]:
    """The demo opportunities and volunteers as plain records, without a database.

    ``numbered`` gives them ids 1..n in file order (for an index that needs ids);
    otherwise ``id`` is None. Parsed once per process; each call returns new lists.
    """
    opportunities = list(demo_result(Kind.OPPORTUNITIES).records)
    volunteers = list(demo_result(Kind.VOLUNTEERS).records)
    if numbered:
        opportunities = [dataclasses.replace(r, id=i) for i, r in enumerate(opportunities, 1)]
        volunteers = [dataclasses.replace(r, id=i) for i, r in enumerate(volunteers, 1)]
    return opportunities, volunteers  # type: ignore[return-value]


def _new_only(session: Any, result: ImportResult) -> tuple[ImportResult, int]:
    """``result`` without the records already stored (by external_id), and how many those were."""
    ids = [r.external_id for r in result.records if r.external_id]
    stored = _existing_external_ids(session, result.kind, ids)
    if not stored:
        return result, 0
    keep = [
        (record, row)
        for record, row in zip(result.records, result.record_rows, strict=True)
        if record.external_id not in stored
    ]
    fresh = dataclasses.replace(
        result, records=[k[0] for k in keep], record_rows=[k[1] for k in keep]
    )
    return fresh, len(result.records) - len(keep)


def load_demo(db: Any, progress: ProgressSink | None = None) -> DemoReport:
    """Store the demo dataset in ``db`` in one unit of work.

    Records whose ``external_id`` is already stored (also in the trash) are left exactly as
    they are: running it again on a database someone has worked in never overwrites their
    edits or brings back what they deleted; the report counts them as ``skipped``.

    ``progress`` hears of each file read and stored; a cancel (errors.Cancelled) before
    the commit leaves the database as it was.
    """
    reports = {}
    kinds = (Kind.OPPORTUNITIES, Kind.VOLUNTEERS)
    steps = 2 * len(kinds)
    with db.session(write=True) as session:
        for n, kind in enumerate(kinds):
            report(progress, 2 * n, steps)
            result, kept = _new_only(session, demo_result(kind))
            report(progress, 2 * n + 1, steps)
            stored = ImportReport(
                kind=kind, path=f"demo/{FILES[kind]}", rows=result.rows, issues=list(result.issues)
            )
            reports[kind] = save_result(session, result, stored)
            reports[kind].skipped = kept
        report(progress, steps, steps)
        check(progress)
    return DemoReport(reports[Kind.OPPORTUNITIES], reports[Kind.VOLUNTEERS])
