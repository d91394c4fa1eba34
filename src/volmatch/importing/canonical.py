"""Reading a CSV or spreadsheet file into domain records plus every Issue found, without storing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from volmatch.collector import collector_paused
from volmatch.domain import Opportunity, Volunteer
from volmatch.errors import InputError, Issue, Problem, Severity
from volmatch.importing.columns import Kind
from volmatch.importing.context import MEMO, Reference, default_reference
from volmatch.importing.mapped import map_table, notes_issues
from volmatch.importing.mapping import KEEP_TEXT, Mapping, mapping_from_json
from volmatch.importing.opportunity_batch import parse_opportunities
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
# Opportunities are parsed a batch at a time, field by field (opportunity_batch); the
# row-by-row parser gives the same and stays for volunteers and as the tests' reference.
BATCHED = True


def _parse_batch(kind: Kind) -> Callable[..., list[tuple[Any, list[Issue]]]]:
    if kind is Kind.OPPORTUNITIES and BATCHED:
        return parse_opportunities
    parse = parse_opportunity if kind is Kind.OPPORTUNITIES else parse_volunteer

    def each(rows, rownums, cols, ref):
        return [parse(row, n, cols, ref) for row, n in zip(rows, rownums, strict=True)]

    return each


def _parse_rows(table, kind, mapping, mapped, ref, result, progress=None) -> None:
    if not mapped.usable():
        return
    cols = mapped.cols
    parse = _parse_batch(kind)
    width = len(table.header)
    seen: dict[str, int] = {}
    row_issues: list[Issue] = []
    total = len(table.rows)
    keep = (
        cols.index.get("external_id"),
        cols.index.get(KEEP_TEXT) if mapped.keep_text else None,
        mapping.source_lang if kind is Kind.OPPORTUNITIES else None,
    )
    for start in range(0, total, BATCH):
        report(progress, start, total, "")
        rows = []  # (row number, issue of extra cells, cells, their issues) of non-blank rows
        for offset in range(start, min(start + BATCH, total)):
            row = table.rows[offset]
            if not "".join(row).strip():  # a blank row
                continue
            result.rows += 1
            rownum = offset + 2
            cells, found = mapped.row_cells(row, rownum)
            extra = _extra_cells(row, width, rownum) if len(row) > width else None
            rows.append((rownum, extra, cells, found))
        parsed = parse([r[2] for r in rows], [r[0] for r in rows], cols, ref)
        for (rownum, extra, cells, found_cells), (record, found) in zip(rows, parsed, strict=True):
            if extra is not None:
                row_issues.append(extra)
            if found_cells:
                row_issues.extend(found_cells)
            if found:
                row_issues.extend(found)
            _keep(record, found, cells, rownum, cols, keep, seen, row_issues, result)
    report(progress, total, total, "")
    result.issues.extend(notes_issues(mapped, table.header))
    result.issues.extend(row_issues)


def _extra_cells(row: list[str], width: int, rownum: int) -> Issue | None:
    extra = [c for c in row[width:] if c.strip()] if len(row) > width else None
    if not extra:
        return None
    return Issue(
        Problem.UNKNOWN_COLUMN,
        row=rownum,
        value=extra[0][:40],
        expected=f"at most {width} cells, as many as header columns (extra cells are ignored)",
        severity=Severity.WARNING,
    )


def _keep(record, found, cells, rownum, cols, keep, seen, row_issues, result):
    """Refuse a row repeating an earlier identifier; keep a usable record. ``keep``: the
    identifier's column, the column whose text is kept as written, the source language."""
    ext_i, keep_text, source_lang = keep
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
            return
        seen[external_id] = rownum
    if record is None or (found and any(i.severity is Severity.ERROR for i in found)):
        return
    if keep_text is not None:
        record = replace(record, district_text=clean(cells[keep_text]))
    if source_lang:
        record = replace(record, source_lang=source_lang)
    result.records.append(record)
    result.record_rows.append(rownum)


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
