"""``volmatch import {opportunities,volunteers} FILE``: validate a canonical CSV file and store it."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from volmatch.cli import CommandError, add_db_option


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import",
        help="import opportunities or volunteers from a CSV file",
        description="Check every row of a CSV file in the canonical columns and store all "
        "rows, or none when any row has an error. A row whose external_id is already in "
        "the database updates that record.",
    )
    parser.add_argument("kind", choices=("opportunities", "volunteers"), help="what the file holds")
    parser.add_argument(
        "file", metavar="FILE", help="a UTF-8 CSV file (comma or semicolon separated)"
    )
    parser.add_argument(
        "--mapping",
        metavar="FILE",
        help='a JSON file renaming the file\'s columns, e.g. {"Název": "title", "Kde": "district"}',
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="check the file and report, store nothing"
    )
    add_db_option(parser)
    parser.set_defaults(handler=run)


def read_mapping(path: str) -> dict[str, str]:
    """The column mapping file: a JSON object of source column name -> canonical name."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise CommandError(f"{path}: cannot read the mapping file ({exc.strerror or exc})") from exc
    except json.JSONDecodeError as exc:
        raise CommandError(
            f"{path}: the mapping file is not valid JSON (line {exc.lineno}: {exc.msg}); "
            'expected e.g. {"Název": "title"}'
        ) from exc
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in data.items()
    ):
        raise CommandError(
            f'{path}: the mapping must be a JSON object of column names, e.g. {{"Název": "title"}}'
        )
    return data


def format_issue(issue) -> str:
    return f"{issue.severity.value.upper()}: {issue.describe()}"


def run(args: argparse.Namespace) -> int:
    from volmatch.importing import import_file
    from volmatch.storage.database import DatabaseError, open_database

    mapping = read_mapping(args.mapping) if args.mapping else None
    if not Path(args.file).is_file():
        raise CommandError(f"{args.file}: no such file")
    try:
        db = open_database(getattr(args, "db", None))
        try:
            report = import_file(db, args.file, args.kind, dry_run=args.dry_run, mapping=mapping)
        finally:
            db.dispose()
    except DatabaseError as exc:
        raise CommandError(f"{args.file}: nothing was stored: {exc}") from exc

    for issue in report.issues:
        print(format_issue(issue))
    errors, warnings = len(report.errors), len(report.warnings)
    name = Path(args.file).name
    if errors:
        first = report.errors[0].describe()
        more = f" (+{errors - 1} more errors)" if errors > 1 else ""
        print(
            f"volmatch: error: {name}: nothing was stored: {first}{more}",
            file=sys.stderr,
        )
        return 1
    verb = "would create" if report.dry_run else "created"
    summary = (
        f"{name}: {report.rows} rows checked, {verb} {report.created} and "
        f"{'would update' if report.dry_run else 'updated'} {report.updated} {args.kind}"
    )
    if warnings:
        summary += f", {warnings} warning{'s' if warnings != 1 else ''} (see above)"
    if report.dry_run:
        summary += "; dry run, nothing stored"
    print(summary)
    return 0
