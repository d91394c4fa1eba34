"""Canonical CSV import: columns, rows parsed into domain records with Issues, all-or-nothing storing.

result = read_canonical_csv(path, "opportunities")   # records + issues, no database
report = import_file(db, path, "volunteers", dry_run=False)
"""

from volmatch.importing.canonical import ImportResult, parse_table, read_canonical_csv
from volmatch.importing.columns import Kind
from volmatch.importing.importer import ImportReport, import_file

__all__ = [
    "ImportReport",
    "ImportResult",
    "Kind",
    "import_file",
    "parse_table",
    "read_canonical_csv",
]
