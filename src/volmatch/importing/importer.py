"""Storing a validated canonical CSV file: every row in one transaction, or none."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from volmatch.errors import Issue, Severity
from volmatch.importing.canonical import ImportResult, read_canonical_csv
from volmatch.importing.columns import Kind
from volmatch.importing.context import Reference


@dataclass
class ImportReport:
    """What an import did (or, in a dry run, would do)."""

    kind: Kind
    path: str
    rows: int = 0
    created: int = 0
    updated: int = 0
    issues: list[Issue] = field(default_factory=list)
    stored: bool = False
    dry_run: bool = False
    ids: list[int] = field(
        default_factory=list
    )  # database ids of the stored records, in file order

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if i.severity is Severity.WARNING]


def _existing_external_ids(session: Any, kind: Kind, external_ids: list[str]) -> set[str]:
    from volmatch.storage import repository as repo

    find = repo.find_opportunity if kind is Kind.OPPORTUNITIES else repo.find_volunteer
    found = set()
    for external_id in external_ids:
        record = find(session, external_id)
        if record is not None and record.external_id == external_id:
            found.add(external_id)
    return found


def save_result(session: Any, result: ImportResult, report: ImportReport) -> ImportReport:
    """Count what already exists and (unless a dry run) save ``result``'s records in ``session``."""
    from volmatch.storage import repository as repo

    external_ids = [r.external_id for r in result.records if r.external_id]
    existing = _existing_external_ids(session, result.kind, external_ids)
    report.updated = len(existing)
    report.created = len(result.records) - report.updated
    if not report.dry_run:
        save = (
            repo.save_opportunities if result.kind is Kind.OPPORTUNITIES else repo.save_volunteers
        )
        report.ids = list(save(session, result.records))
        report.stored = True
    return report


def store_result(db: Any, result: ImportResult, report: ImportReport) -> ImportReport:
    """Save ``result``'s records in one unit of work (the caller has checked for errors)."""
    with db.session(write=not report.dry_run) as session:
        save_result(session, result, report)
    return report


def import_file(
    db: Any,
    path: Path | str,
    kind: Kind | str,
    dry_run: bool = False,
    mapping: dict[str, str] | None = None,
    reference: Reference | None = None,
) -> ImportReport:
    """Validate ``path`` and store its rows: all of them, or none when any ERROR was found.

    A row whose external_id is already in the database updates that record. A failure
    while saving rolls the whole file back and propagates.
    """
    kind = Kind(kind)
    result = read_canonical_csv(path, kind, mapping, reference)
    report = ImportReport(
        kind=kind, path=str(path), rows=result.rows, issues=result.issues, dry_run=dry_run
    )
    if not result.ok:
        return report
    return store_result(db, result, report)
