"""Turning a file's table into rows of import fields through a Mapping.

Fields come from one or more columns (joined by line breaks) after their transforms;
constants and defaults fill in; columns mapped to nothing become "Column: value"
lines in notes (or are left out), and every such decision is reported once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from volmatch.errors import Issue, Problem, Severity
from volmatch.importing.columns import REQUIRED_COLUMNS, TRANSLATION_COLUMN, ColumnMap, Kind
from volmatch.importing.mapping import IGNORE, KEEP_TEXT, Mapping, complete_mapping
from volmatch.importing.reader import Table
from volmatch.importing.transforms import Transform, apply_transforms
from volmatch.text import clean


@dataclass
class MappedTable:
    """Rows of field cells, the ColumnMap over them, and what the mapping decided."""

    cols: ColumnMap
    row_cells: Callable[[list[str], int], tuple[list[str], list[Issue]]]
    issues: list[Issue] = field(default_factory=list)
    note_columns: list[int] = field(default_factory=list)
    keep_text: bool = False  # district_text comes from a column, unresolved
    mapping: Mapping | None = None
    used_notes: set[int] = field(default_factory=set)

    def usable(self) -> bool:
        return not any(
            i.problem is Problem.MISSING_COLUMN and i.severity is Severity.ERROR
            for i in self.issues
        )


def _header_issues(mapping: Mapping, table: Table) -> list[Issue]:
    issues = []
    for rule in mapping.columns:
        if rule.field and rule.field != IGNORE and rule.score < 100:
            issues.append(
                Issue(
                    Problem.GUESSED_COLUMN,
                    column=rule.header.strip(),
                    row=1,
                    value=rule.header.strip(),
                    expected=f"read as '{rule.field}' ({rule.score:.0f} % similar); if that is "
                    "wrong, say so in a mapping file (--mapping)",
                    severity=Severity.WARNING,
                )
            )
    return issues


def map_table(table: Table, mapping: Mapping) -> MappedTable:
    """The field view of ``table`` under ``mapping`` (completed by proposals for other columns)."""
    kind = mapping.kind
    mapping = complete_mapping(mapping, table.header)
    issues = _header_issues(mapping, table)
    sources: dict[str, list[tuple[int, tuple[Transform, ...]]]] = {}
    names: dict[str, list[str]] = {}
    note_columns: list[int] = []
    seen_headers: set[str] = set()
    for i, header in enumerate(table.header):
        if not header.strip():
            continue
        rules = mapping.rules_for(header)
        first = header.strip() not in seen_headers
        seen_headers.add(header.strip())
        if not rules or not first:
            rules = [r for r in rules if first] or []
        targets = [r for r in rules if r.field and r.field != IGNORE]
        if not targets and not any(r.field == IGNORE for r in rules):
            if mapping.unmapped == "notes":
                note_columns.append(i)
            else:
                issues.append(
                    Issue(
                        Problem.UNKNOWN_COLUMN,
                        column=header.strip(),
                        row=1,
                        value=header.strip(),
                        expected="a field for it in a mapping file (the column is left out)",
                        severity=Severity.WARNING,
                    )
                )
            continue
        for rule in targets:
            sources.setdefault(rule.field, []).append((i, rule.transforms))
            names.setdefault(rule.field, []).append(header.strip())
    defaults = dict(mapping.defaults)
    if KEEP_TEXT in sources and "district" not in sources and "district" not in mapping.constants:
        defaults.setdefault("district", "citywide")
    fixed = {**defaults, **mapping.constants}
    fields = list(dict.fromkeys([*sources, *fixed]))
    if note_columns and "notes" not in fields:
        fields.append("notes")
    header_names = [
        " + ".join(names[f]) if f in names else f"{f} (from the mapping)" for f in fields
    ]
    index = {f: j for j, f in enumerate(fields)}
    translations: dict[str, list[int | None]] = {}
    for f, j in index.items():
        if kind is Kind.OPPORTUNITIES and (m := TRANSLATION_COLUMN.match(f)):
            name, lang = m.groups()
            translations.setdefault(lang, [None, None])[0 if name == "title" else 1] = j
    cols = ColumnMap(
        index=index,
        translations={k: (v[0], v[1]) for k, v in translations.items() if v[0] is not None},
        header=header_names,
    )
    for name in REQUIRED_COLUMNS[kind]:
        if name not in index and not (name == "district" and KEEP_TEXT in index):
            near = [r.header for r in mapping.columns if any(a == name for a, _s in r.alternatives)]
            issues.append(
                Issue(
                    Problem.MISSING_COLUMN,
                    column=name,
                    row=1,
                    expected=f"a column for '{name}' (a column named '{name}', or one mapped to "
                    "it in a mapping file, or a default in the mapping)",
                    suggestions=tuple(f"map '{h}' to '{name}'" for h in near[:2]),
                )
            )
    if KEEP_TEXT in index:
        issues.append(
            Issue(
                Problem.PLACE_NOT_RESOLVED,
                column=" + ".join(names.get(KEEP_TEXT, [KEEP_TEXT])),
                row=1,
                expected="places in this city's districts; the places of this column are kept "
                f"as written and every row is stored as '{fixed.get('district', '')}' "
                "(the mapping's district)",
                severity=Severity.WARNING,
            )
        )
    headers = table.header
    notes_j = index.get("notes")
    plan = [(index[f], sources.get(f, []), mapping.constants.get(f), defaults.get(f))
            for f in fields if f in sources or f in fixed]  # fmt: skip
    mapped = MappedTable(
        cols, lambda row, n: ([], []), issues, note_columns, KEEP_TEXT in index, mapping
    )

    def row_cells(row: list[str], rownum: int) -> tuple[list[str], list[Issue]]:
        cells = [""] * len(fields)
        found: list[Issue] = []
        width = len(row)
        for j, srcs, constant, default in plan:
            if constant is not None:
                cells[j] = constant
                continue
            parts = []
            for i, transforms in srcs:
                text = row[i] if i < width else ""
                if transforms:
                    text, issue = apply_transforms(text, transforms, headers[i].strip(), rownum)
                    if issue is not None:
                        found.append(issue)
                if text.strip():
                    parts.append(text)
            value = "\n".join(parts)
            cells[j] = value if value.strip() or default is None else default
        if note_columns:
            lines = []
            for i in note_columns:
                text = clean(row[i]) if i < width else ""
                if text:
                    lines.append(f"{headers[i].strip()}: {text}")
                    mapped.used_notes.add(i)
            if lines and notes_j is not None:
                cells[notes_j] = "\n".join(filter(None, [cells[notes_j], *lines]))
        return cells, found

    direct = not note_columns and all(
        constant is None and default is None and len(srcs) == 1 and not srcs[0][1]
        for _j, srcs, constant, default in plan
    )
    if direct:
        # Every field is one column as it is: read the file's rows without copying them.
        source_index = {f: sources[f][0][0] for f in fields}
        mapped.cols = ColumnMap(
            index=source_index,
            translations={
                lang: (
                    source_index[fields[t]] if t is not None else None,
                    source_index[fields[d]] if d is not None else None,
                )
                for lang, (t, d) in cols.translations.items()
            },
            header=list(headers),
        )
        mapped.row_cells = lambda row, rownum: (row, [])
    else:
        mapped.row_cells = row_cells
    return mapped


def notes_issues(mapped: MappedTable, header: list[str]) -> list[Issue]:
    """One warning per column whose values went into notes."""
    return [
        Issue(
            Problem.UNKNOWN_COLUMN,
            column=header[i].strip(),
            row=1,
            value=header[i].strip(),
            expected="a known column; its values are kept in notes as "
            f"'{header[i].strip()}: …' lines (map it to a field, or to 'ignore', in a mapping file)",
            severity=Severity.WARNING,
        )
        for i in mapped.note_columns
        if i in mapped.used_notes
    ]
