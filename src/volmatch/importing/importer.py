"""Storing a validated file: every row in one transaction, or none.

New rows go through the repository's bulk insert; rows whose external_id is stored
update those records (one query finds them). Rows that look like stored listings
(:mod:`volmatch.importing.duplicates`) wait for a decision: skip or merge.
"""

from __future__ import annotations

from collections.abc import Mapping as MappingABC
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from volmatch.collector import collector_paused
from volmatch.errors import Issue, Problem, Severity
from volmatch.importing.canonical import ImportResult, read_canonical_csv
from volmatch.importing.columns import Kind
from volmatch.importing.context import Reference
from volmatch.importing.duplicates import Duplicate, find_duplicates, merged
from volmatch.importing.mapping import Mapping
from volmatch.importing.organizations import reuse_organizations
from volmatch.progress import ProgressSink, check, report

Decision = Literal["skip", "merge"]
POLICIES = ("report", "skip", "merge")


@dataclass
class ImportReport:
    """What an import did (or, in a dry run, would do)."""

    kind: Kind
    path: str
    rows: int = 0
    created: int = 0
    updated: int = 0
    skipped: int = 0  # fuzzy duplicates left out by decision
    merged: int = 0  # fuzzy duplicates merged into the stored listing
    issues: list[Issue] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    undecided: list[Duplicate] = field(default_factory=list)  # nothing stored while any remain
    stored: bool = False
    dry_run: bool = False
    ids: list[int] = field(default_factory=list)  # database ids of the stored records, file order

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if i.severity is Severity.WARNING]


def read_file(
    path: Path | str,
    kind: Kind | str,
    mapping: Mapping | dict[str, str] | None = None,
    reference: Reference | None = None,
    progress: ProgressSink | None = None,
) -> ImportResult:
    """Records and issues of a CSV, XLSX, ODS or volmatch JSON file, without a database."""
    if Path(path).suffix.lower() == ".json":
        from volmatch.importing.json_listings import read_listings_json

        check(progress)
        result = read_listings_json(path, kind, reference)
        check(progress)
        return result
    return read_canonical_csv(path, kind, mapping, reference, progress)


def _existing_external_ids(session: Any, kind: Kind, external_ids: list[str]) -> set[str]:
    """The ones already stored: all stored ids in one query when there are not many
    more of them than in the file (a first import, a re-import), else a query per 500."""
    from sqlalchemy import func, select

    from volmatch.storage.queries import OPP, VOL, chunks

    table = OPP if kind is Kind.OPPORTUNITIES else VOL
    if not external_ids:
        return set()
    stored = session.execute(select(func.count()).select_from(table)).scalar_one()
    if stored <= 4 * len(external_ids):
        every = session.execute(
            select(table.c.external_id).where(table.c.external_id.is_not(None))
        ).scalars()
        return set(every).intersection(external_ids)
    found: set[str] = set()
    for chunk in chunks(external_ids):
        found.update(
            session.execute(
                select(table.c.external_id).where(table.c.external_id.in_(chunk))
            ).scalars()
        )
    return found


def _decisions(
    duplicates: list[Duplicate], decide: str | MappingABC[int, str] | None
) -> tuple[dict[int, str], list[Duplicate]]:
    if decide is None or isinstance(decide, str):
        policy = decide or "report"
        if policy not in POLICIES:
            raise ValueError(f"duplicates: one of {', '.join(POLICIES)} or a dict row -> decision")
        chosen = {} if policy == "report" else {d.row: policy for d in duplicates}
    else:
        chosen = {row: d for row, d in decide.items() if d in ("skip", "merge")}
    return chosen, [d for d in duplicates if d.row not in chosen]


def _duplicate_issue(d: Duplicate, decision: str | None) -> Issue:
    what = {
        None: "a decision: skip this row or merge it into the stored listing",
        "skip": "nothing (skipped by decision)",
        "merge": "nothing (merged into the stored listing by decision)",
    }[decision]
    stored = f"id {d.existing_id}" + (
        f", {d.existing_external_id}" if d.existing_external_id else ""
    )
    return Issue(
        Problem.POSSIBLE_DUPLICATE,
        column="title",
        row=d.row,
        value=d.title,
        expected=what,
        suggestions=(
            f"{d.existing_title} — {d.existing_organization} ({stored}, {d.score:.0f} %)",
        ),
        severity=Severity.WARNING,
    )


def save_result(
    session: Any,
    result: ImportResult,
    report: ImportReport,
    duplicates: str | MappingABC[int, str] | None = None,
    progress: ProgressSink | None = None,
) -> ImportReport:
    """Count what exists, find fuzzy duplicates and (unless a dry run or undecided) save.

    ``duplicates=None`` does not look for fuzzy duplicates (the demo data, known ids).
    ``progress`` hears of each stored batch and may stop the work between them by
    raising Cancelled; the caller's unit of work then rolls everything back.
    """
    from volmatch.storage import repository as repo

    kind = result.kind
    external_ids = [r.external_id for r in result.records if r.external_id]
    existing = _existing_external_ids(session, kind, external_ids)
    records = list(result.records)
    rows = list(result.record_rows)
    check(progress)
    if kind is Kind.OPPORTUNITIES and duplicates is not None:
        report.duplicates = find_duplicates(session, records, rows, existing)
        check(progress)
    chosen, report.undecided = _decisions(report.duplicates, duplicates)
    report.issues.extend(_duplicate_issue(d, chosen.get(d.row)) for d in report.duplicates)
    by_row = {d.row: d for d in report.duplicates}
    keep_records, keep_rows = [], []
    for record, row in zip(records, rows, strict=True):
        decision = chosen.get(row) if row in by_row else None
        if decision == "skip":
            report.skipped += 1
            continue
        if decision == "merge":
            stored = repo.get_opportunity(session, by_row[row].existing_id)
            if stored is not None:
                record = merged(stored, record)
                report.merged += 1
        keep_records.append(record)
        keep_rows.append(row)
    if kind is Kind.OPPORTUNITIES:
        keep_records, reused = reuse_organizations(session, keep_records, keep_rows)
        report.issues.extend(reused)
    report.updated = sum(1 for r in keep_records if r.external_id in existing) + report.merged
    report.created = len(keep_records) - report.updated
    if report.dry_run or report.undecided:
        return report
    total = len(keep_records)
    # Two batches, updates then new rows: splitting the bulk insert further would
    # lose its fast path (indexes built after the rows on an empty table).
    if kind is Kind.OPPORTUNITIES:
        updates = [r for r in keep_records if r.id is not None or r.external_id in existing]
        new = [r for r in keep_records if not (r.id is not None or r.external_id in existing)]
        ids = repo.save_opportunities(session, updates) if updates else []
        _stored(progress, len(updates), total)
        ids += repo.bulk_insert_opportunities(session, new) if new else []
    else:
        bulk = getattr(repo, "bulk_insert_volunteers", None)
        new = [r for r in keep_records if r.external_id not in existing]
        updates = [r for r in keep_records if r.external_id in existing]
        ids = repo.save_volunteers(session, updates) if updates else []
        _stored(progress, len(updates), total)
        if new:
            ids += bulk(session, new) if bulk is not None else repo.save_volunteers(session, new)
    _stored(progress, total, total)
    report.ids = list(ids)
    report.stored = True
    return report


def _stored(progress: ProgressSink | None, done: int, total: int) -> None:
    if progress is not None and total:
        report(progress, done, total, "")


def store_result(
    db: Any,
    result: ImportResult,
    report: ImportReport,
    duplicates: str | MappingABC[int, str] | None = "report",
    progress: ProgressSink | None = None,
) -> ImportReport:
    """Save ``result``'s records in one unit of work (the caller has checked for errors).

    A cancel through ``progress`` before the commit rolls back and raises Cancelled.
    Another writer creating the same organization at the same moment (PostgreSQL) makes
    the unit of work start again, once or twice, on a fresh report.
    """
    issues = list(report.issues)
    for attempt in range(3):
        fresh = replace(report, issues=list(issues), duplicates=[], undecided=[], ids=[])
        try:
            with db.session(write=not report.dry_run) as session:
                save_result(session, result, fresh, duplicates, progress)
                check(progress)  # the last chance: after this the commit happens
            return fresh
        except Exception as exc:
            if not getattr(exc, "race", False) or attempt == 2:
                raise
    raise AssertionError("unreachable")


def import_file(
    db: Any,
    path: Path | str,
    kind: Kind | str,
    dry_run: bool = False,
    mapping: Mapping | dict[str, str] | None = None,
    reference: Reference | None = None,
    duplicates: str | MappingABC[int, str] | None = "report",
    progress: ProgressSink | None = None,
) -> ImportReport:
    """Validate ``path`` and store its rows: all of them, or none when any ERROR was found.

    A row whose external_id is stored updates that record. A row resembling a stored
    listing is a possible duplicate: ``duplicates`` is a policy (``"report"``: store
    nothing while any is undecided; ``"skip"``; ``"merge"``) or a dict of spreadsheet
    row -> "skip" | "merge"; ``report.undecided`` lists the rows still waiting. A
    failure while saving rolls the whole file back and propagates.

    ``progress`` (:class:`volmatch.progress.ProgressSink`) hears of each parsed batch of
    rows and each stored batch; when it asks to stop, errors.Cancelled is raised between
    batches and the database stays exactly as it was.
    """
    kind = Kind(kind)
    with collector_paused():
        result = read_file(path, kind, mapping, reference, progress)
        report = ImportReport(
            kind=kind, path=str(path), rows=result.rows, issues=result.issues, dry_run=dry_run
        )
        if result.errors:
            return report
        return store_result(db, result, report, duplicates, progress)
