"""``volmatch import {opportunities,volunteers} FILE``: check a CSV/XLSX/ODS/JSON file and store it."""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

from volmatch.cli import CommandError, add_db_option, add_lang_option, error_line
from volmatch.errors import InputError, Issue, Severity, suggestion_text
from volmatch.messages import _, ngettext

ROWS_SHOWN = 8  # rows listed per group of the same problem; the rest are counted
DUPLICATE_CHOICES = ("ask-report", "skip", "merge")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import",
        help=_("import opportunities or volunteers from a CSV, XLSX, ODS or volmatch JSON file"),
        description=_(
            "Check every row of a file and store all rows, or none when any row has "
            "an error. Columns are matched to fields by name (Czech or English, guesses are "
            "reported) or by a mapping file. A row whose external_id is already in the "
            "database updates that record."
        ),
    )
    parser.add_argument(
        "kind", choices=("opportunities", "volunteers"), help=_("what the file holds")
    )
    parser.add_argument(
        "file",
        metavar="FILE",
        help=_(
            "CSV (UTF-8 or Windows-1250, comma or semicolon), .xlsx, .ods, or a volmatch "
            "listings.json export"
        ),
    )
    parser.add_argument(
        "--mapping",
        metavar="FILE",
        help=_(
            "a mapping file (JSON, see docs/import.md): columns -> fields, defaults, "
            'constants, transforms; or the short form {"Název": "title", "Kde": "district"}'
        ),
    )
    parser.add_argument(
        "--save-mapping",
        metavar="FILE",
        help=_("write the mapping used (proposed or given) to FILE, to correct and reuse it"),
    )
    parser.add_argument(
        "--overwrite-mapping",
        action="store_true",
        help=_("let --save-mapping replace an existing mapping file"),
    )
    parser.add_argument("--sheet", metavar="NAME", help=_("the sheet of an XLSX/ODS file to read"))
    parser.add_argument(
        "--on-duplicate",
        choices=DUPLICATE_CHOICES,
        default="ask-report",
        help=_(
            "rows that look like listings already stored: ask-report (default) lists them "
            "and stores nothing; skip leaves them out; merge updates the stored listing"
        ),
    )
    parser.add_argument(
        "--dry-run", action="store_true", help=_("check the file and report, store nothing")
    )
    add_db_option(parser)
    add_lang_option(parser)
    parser.set_defaults(handler=run)


def _mapping(args: argparse.Namespace):
    from dataclasses import replace

    from volmatch.importing.mapping import load_mapping

    if not args.mapping:
        return None
    if not Path(args.mapping).is_file():
        raise CommandError(_("{path}: no such mapping file").format(path=args.mapping))
    try:
        mapping = load_mapping(args.mapping, args.kind)
    except InputError as exc:
        raise CommandError(f"{Path(args.mapping).name}: {exc}") from exc
    return replace(mapping, sheet=args.sheet) if args.sheet else mapping


def _save_mapping(args: argparse.Namespace, mapping) -> None:
    from volmatch.cli.paths import check_new_file, say
    from volmatch.importing.canonical import as_mapping
    from volmatch.importing.columns import Kind
    from volmatch.importing.mapping import complete_mapping, save_mapping
    from volmatch.importing.spreadsheet import read_table

    target = Path(args.save_mapping).expanduser()
    if not args.save_mapping.strip() or target.is_dir():
        raise CommandError(_("--save-mapping needs a file name, e.g. --save-mapping mapping.json"))
    if target.exists() and target.resolve() == Path(args.file).resolve():
        raise CommandError(say("same_file", path=target))
    check_new_file(target, args.overwrite_mapping)
    mapping = as_mapping(mapping, Kind(args.kind))
    if Path(args.file).suffix.lower() != ".json":
        try:
            table = read_table(args.file, mapping.encoding, mapping.delimiter, args.sheet)
        except InputError as exc:
            raise CommandError(str(exc)) from exc
        mapping = complete_mapping(mapping, table.header)
    save_mapping(mapping, args.save_mapping)
    print(_("mapping written to {path}").format(path=args.save_mapping))


def format_issue(issue: Issue) -> str:
    label = _("ERROR") if issue.severity is Severity.ERROR else _("WARNING")
    return f"{label}: {issue.describe()}"


def _group_key(issue: Issue) -> tuple:
    return (issue.severity, issue.problem, issue.column, issue.expected)


def format_report(issues: list[Issue]) -> list[str]:
    """Issues grouped: errors first, then warnings; one heading per problem and column.

    The heading says what is wrong and what was expected; under it each row with what
    was found there and the suggestions, at most ROWS_SHOWN rows and a count of the rest.
    """
    groups: dict[tuple, list[Issue]] = defaultdict(list)
    for issue in issues:
        groups[_group_key(issue)].append(issue)
    lines: list[str] = []
    for severity, title in ((Severity.ERROR, _("Errors")), (Severity.WARNING, _("Warnings"))):
        keys = [k for k in groups if k[0] is severity]
        if not keys:
            continue
        count = sum(len(groups[k]) for k in keys)
        lines.append(_("{title} ({count}):").format(title=title, count=count))
        for key in keys:
            members = groups[key]
            if len(members) == 1:
                lines.append("  " + format_issue(members[0]))
                continue
            head = Issue(key[1], column=key[2], expected=key[3], severity=severity)
            lines.append(
                "  "
                + ngettext("{issue} — in {n} row:", "{issue} — in {n} rows:", len(members)).format(
                    issue=format_issue(head), n=len(members)
                )
            )
            for issue in members[:ROWS_SHOWN]:
                where = _("row {row}").format(row=issue.row) if issue.row is not None else _("file")
                text = _("found “{value}”").format(value=issue.value) if issue.value else _("empty")
                if issue.suggestions:
                    text += suggestion_text(issue.suggestions)
                lines.append(f"    {where}: {text}")
            if len(members) > ROWS_SHOWN:
                more = len(members) - ROWS_SHOWN
                lines.append(
                    "    "
                    + ngettext("… and {n} more row", "… and {n} more rows", more).format(n=more)
                )
    return lines


def _open(args: argparse.Namespace):
    """The database to import into; a dry run changes nothing, not even the schema, and
    checks against an empty in-memory database when the file does not exist yet."""
    from volmatch.cli.paths import open_for_reading
    from volmatch.storage.database import open_database, sqlite_path

    url = getattr(args, "db", None)
    if not args.dry_run:
        return open_database(url)
    from volmatch import paths

    path = sqlite_path(url or paths.default_database_url())
    if path is not None and not path.exists():
        return open_database("sqlite://")
    return open_for_reading(url)


def run(args: argparse.Namespace) -> int:
    from volmatch.importing import import_file
    from volmatch.storage.database import DatabaseError

    if not Path(args.file).is_file():
        raise CommandError(_("{path}: no such file").format(path=args.file))
    mapping = _mapping(args)
    if args.sheet and mapping is None:
        from volmatch.importing.mapping import Mapping

        mapping = Mapping(kind=args.kind, sheet=args.sheet)
    if args.save_mapping:
        _save_mapping(args, mapping)
    policy = "report" if args.on_duplicate == "ask-report" else args.on_duplicate
    try:
        db = _open(args)
        try:
            report = import_file(
                db, args.file, args.kind, dry_run=args.dry_run, mapping=mapping, duplicates=policy
            )
        finally:
            db.dispose()
    except DatabaseError as exc:
        raise CommandError(
            _("{file}: nothing was stored: {error}").format(file=args.file, error=exc)
        ) from exc

    for line in format_report(report.issues):
        print(line)
    errors, warnings = len(report.errors), len(report.warnings)
    name = Path(args.file).name
    if errors:
        first = report.errors[0].describe()
        more = (
            " "
            + ngettext("(+{n} more error)", "(+{n} more errors)", errors - 1).format(n=errors - 1)
            if errors > 1
            else ""
        )
        stored = _("{file}: nothing was stored: {error}").format(file=name, error=first + more)
        print(error_line(stored), file=sys.stderr)
        return 1
    if report.undecided and not args.dry_run:
        n = len(report.undecided)
        rows = ", ".join(str(d.row) for d in report.undecided[:5]) + (", …" if n > 5 else "")
        text = ngettext(
            "{n} row looks like a listing already stored (row {rows}); "
            "run again with --on-duplicate skip or --on-duplicate merge",
            "{n} rows look like listings already stored (rows {rows}); "
            "run again with --on-duplicate skip or --on-duplicate merge",
            n,
        ).format(n=n, rows=rows)
        stored = _("{file}: nothing was stored: {error}").format(file=name, error=text)
        print(error_line(stored), file=sys.stderr)
        return 1
    summary = ngettext("{file}: {n} row checked", "{file}: {n} rows checked", report.rows).format(
        file=name, n=report.rows
    )
    what = {"opportunities": _("opportunities"), "volunteers": _("volunteers")}[args.kind]
    summary += (
        _(", would create {created} and would update {updated} {kind}")
        if report.dry_run
        else _(", created {created} and updated {updated} {kind}")
    ).format(created=report.created, updated=report.updated, kind=what)
    if report.skipped:
        summary += _(", {n} skipped as duplicates").format(n=report.skipped)
    if report.merged:
        summary += _(" ({n} merged into stored listings)").format(n=report.merged)
    if warnings:
        summary += ngettext(
            ", {n} warning (see above)", ", {n} warnings (see above)", warnings
        ).format(n=warnings)
    if report.dry_run:
        summary += _("; dry run, nothing stored")
        if report.undecided:
            summary += _("; {n} possible duplicates need --on-duplicate").format(
                n=len(report.undecided)
            )
    print(summary)
    return 0
