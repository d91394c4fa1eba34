"""Reading a canonical CSV file into domain records plus every Issue found, without storing."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from volmatch.domain import Opportunity, Volunteer
from volmatch.errors import InputError, Issue, Problem, Severity
from volmatch.importing.columns import Kind, match_header
from volmatch.importing.context import Reference, default_reference
from volmatch.importing.opportunity_rows import parse_opportunity
from volmatch.importing.reader import Table, read_csv_table
from volmatch.importing.volunteer_rows import parse_volunteer

Record = Opportunity | Volunteer


@dataclass
class ImportResult:
    """Parsed records (only rows without errors), their spreadsheet rows, and all issues."""

    kind: Kind
    records: list[Record] = field(default_factory=list)
    record_rows: list[int] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    rows: int = 0  # data rows read (blank rows not counted)

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if i.severity is Severity.WARNING]

    @property
    def ok(self) -> bool:
        return not self.errors


def parse_table(
    table: Table,
    kind: Kind | str,
    mapping: dict[str, str] | None = None,
    reference: Reference | None = None,
) -> ImportResult:
    """Validate every row of ``table`` as ``kind``; never raises for bad cells."""
    kind = Kind(kind)
    ref = reference or default_reference()
    cols, issues = match_header(table.header, kind, mapping)
    result = ImportResult(kind=kind, issues=issues)
    if any(i.problem is Problem.MISSING_COLUMN and i.severity is Severity.ERROR for i in issues):
        return result
    parse = parse_opportunity if kind is Kind.OPPORTUNITIES else parse_volunteer
    width = len(table.header)
    seen: dict[str, int] = {}
    for offset, row in enumerate(table.rows):
        rownum = offset + 2
        if not any(cell.strip() for cell in row):
            continue
        result.rows += 1
        extra = [c for c in row[width:] if c.strip()]
        if extra:
            result.issues.append(
                Issue(
                    Problem.UNKNOWN_COLUMN,
                    row=rownum,
                    value=extra[0][:40],
                    expected=f"at most {width} cells, as many as header columns (extra cells are ignored)",
                    severity=Severity.WARNING,
                )
            )
        record, found = parse(row, rownum, cols, ref)
        result.issues.extend(found)
        external_id = cols.cell(row, "external_id").strip()
        if external_id:
            if external_id in seen:
                result.issues.append(
                    Issue(
                        Problem.DUPLICATE_ID,
                        column=cols.header_of("external_id"),
                        row=rownum,
                        value=external_id,
                        expected=f"a unique identifier (row {seen[external_id]} has it already)",
                    )
                )
                continue
            seen[external_id] = rownum
        if record is not None:
            result.records.append(record)
            result.record_rows.append(rownum)
    return result


def read_canonical_csv(
    path: Path | str,
    kind: Kind | str,
    mapping: dict[str, str] | None = None,
    reference: Reference | None = None,
) -> ImportResult:
    """Read and validate a canonical CSV file; an unreadable file is an ImportResult with one error."""
    try:
        table = read_csv_table(path)
    except InputError as exc:
        return ImportResult(kind=Kind(kind), issues=list(exc.issues))
    return parse_table(table, kind, mapping, reference)
