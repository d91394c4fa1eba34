"""Reading a CSV or spreadsheet file into domain records plus every Issue found, without storing."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from volmatch.collector import collector_paused
from volmatch.domain import Opportunity, Volunteer
from volmatch.errors import InputError, Issue, Problem, Severity
from volmatch.importing.columns import Kind
from volmatch.importing.context import MEMO, Reference, default_reference
from volmatch.importing.mapped import map_table, notes_issues
from volmatch.importing.mapping import KEEP_TEXT, Mapping, mapping_from_json
from volmatch.importing.opportunity_rows import parse_opportunity
from volmatch.importing.reader import Table
from volmatch.importing.spreadsheet import read_table
from volmatch.importing.volunteer_rows import parse_volunteer
from volmatch.progress import ProgressSink, report
from volmatch.text import clean

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


def as_mapping(mapping: Mapping | dict[str, str] | None, kind: Kind) -> Mapping:
    """A Mapping from a Mapping, the short form {"Název": "title"}, or None (all proposed)."""
    if mapping is None:
        return Mapping(kind=kind)
    if isinstance(mapping, Mapping):
        return mapping if mapping.kind is kind else replace(mapping, kind=kind)
    return mapping_from_json(mapping, kind)


def parse_table(
    table: Table,
    kind: Kind | str,
    mapping: Mapping | dict[str, str] | None = None,
    reference: Reference | None = None,
    progress: ProgressSink | None = None,
) -> ImportResult:
    """Validate every row of ``table`` as ``kind`` through ``mapping``; never raises for bad cells.

    Without a mapping every header is matched to a field by name (exactly, or by a guess
    that is reported); columns that fit no field go into notes.
    """
    kind = Kind(kind)
    ref = reference or default_reference()
    mapping = as_mapping(mapping, kind)
    mapped = map_table(table, mapping)
    result = ImportResult(kind=kind, issues=list(mapped.issues))
    MEMO.clear()
    try:
        with collector_paused():
            _parse_rows(table, kind, mapping, mapped, ref, result, progress)
    finally:
        MEMO.clear()
    return result


BATCH = 500  # rows between two progress reports (and chances to cancel)


def _parse_rows(table, kind, mapping, mapped, ref, result, progress=None) -> None:
    if not mapped.usable():
        return
    cols = mapped.cols
    parse = parse_opportunity if kind is Kind.OPPORTUNITIES else parse_volunteer
    keep_text = cols.index.get(KEEP_TEXT) if mapped.keep_text else None
    source_lang = mapping.source_lang if kind is Kind.OPPORTUNITIES else None
    width = len(table.header)
    seen: dict[str, int] = {}
    row_issues: list[Issue] = []
    ext_i = cols.index.get("external_id")
    total = len(table.rows)
    for offset, row in enumerate(table.rows):
        if progress is not None and offset % BATCH == 0:
            report(progress, offset, total, "")
        rownum = offset + 2
        if not "".join(row).strip():  # a blank row
            continue
        result.rows += 1
        extra = [c for c in row[width:] if c.strip()] if len(row) > width else None
        if extra:
            row_issues.append(
                Issue(
                    Problem.UNKNOWN_COLUMN,
                    row=rownum,
                    value=extra[0][:40],
                    expected=f"at most {width} cells, as many as header columns (extra cells are ignored)",
                    severity=Severity.WARNING,
                )
            )
        cells, found = mapped.row_cells(row, rownum)
        if found:
            row_issues.extend(found)
        record, found = parse(cells, rownum, cols, ref)
        if found:
            row_issues.extend(found)
        external_id = cells[ext_i].strip() if ext_i is not None and ext_i < len(cells) else ""
        if external_id:
            if external_id in seen:
                row_issues.append(
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
        if record is not None and not (found and any(i.severity is Severity.ERROR for i in found)):
            if keep_text is not None:
                record = replace(record, district_text=clean(cells[keep_text]))
            if source_lang:
                record = replace(record, source_lang=source_lang)
            result.records.append(record)
            result.record_rows.append(rownum)
    report(progress, total, total, "")
    result.issues.extend(notes_issues(mapped, table.header))
    result.issues.extend(row_issues)


def read_canonical_csv(
    path: Path | str,
    kind: Kind | str,
    mapping: Mapping | dict[str, str] | None = None,
    reference: Reference | None = None,
    progress: ProgressSink | None = None,
) -> ImportResult:
    """Read and validate a CSV or spreadsheet file; an unreadable file is an ImportResult with one error."""
    mapping = as_mapping(mapping, Kind(kind))
    with collector_paused():
        try:
            table = read_table(
                path, encoding=mapping.encoding, delimiter=mapping.delimiter, sheet=mapping.sheet
            )
        except InputError as exc:
            return ImportResult(kind=Kind(kind), issues=list(exc.issues))
        result = parse_table(table, kind, mapping, reference, progress)
    if table.mixed_lines:
        lines = ", ".join(map(str, table.mixed_lines[:5]))
        more = f" (+{len(table.mixed_lines) - 5} more)" if len(table.mixed_lines) > 5 else ""
        result.issues.insert(
            0,
            Issue(
                Problem.FILE_UNREADABLE,
                value=f"line(s) {lines}{more} in Windows-1250",
                expected="one encoding for the whole file; the rest is UTF-8, so these lines "
                "were read as Windows-1250 each: check their Czech letters (in Excel: Save As "
                "→ 'CSV UTF-8')",
                severity=Severity.WARNING,
            ),
        )
    return result
