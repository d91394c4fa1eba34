"""Reading XLSX and ODS sheets (python-calamine) into the same Table as a CSV file.

Cells become text the way a person would type them: a whole number stored as a float
("10010.0") is "10010", a date is ISO "2026-03-01", a date with a time keeps the time.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from volmatch.errors import InputError
from volmatch.importing import limits
from volmatch.importing.guard import check_file_size, check_ods, check_xlsx
from volmatch.importing.reader import Table, _unreadable, check_table, read_csv_table

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")
# The legacy .xls format cannot address more than this; its dense grid is bounded by it.
_XLS_MAX_BYTES = 32 * 2**20
CSV_SUFFIXES = (".csv", ".txt", ".tsv")


def cell_text(value: Any) -> str:
    """One spreadsheet cell as text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, dt.timedelta):
        return str(value)
    return str(value)


def read_spreadsheet(path: Path | str, sheet: str | None = None) -> Table:
    """The first sheet (or the one named ``sheet``) of an XLSX/XLS/ODS file; row 1 is the header.

    XLSX and ODS are measured from the zip first (guard.py); the legacy .xls, whose
    binary container is not checked, is read in a child process under a memory limit
    (isolated.py), so a crafted file costs a refusal, never the app.
    """
    path = Path(path)
    _check_container(path, sheet)
    if path.suffix.lower() == ".xls":
        from volmatch.importing.isolated import read_rows_isolated

        name, rows = read_rows_isolated(path, sheet)
    else:
        name, rows = sheet_rows(path, sheet)
    while rows and not any(c.strip() for c in rows[0]):
        rows.pop(0)  # calamine keeps leading empty rows when the sheet starts lower
    if not rows:
        raise _unreadable(
            path, "a header row with the column names on the first line", value=path.name
        )
    header = rows[0]
    while header and not header[-1].strip():
        header = header[:-1]
    return check_table(Table(header=header, rows=rows[1:], source=str(path), sheet=name))


def sheet_rows(path: Path, sheet: str | None = None) -> tuple[str, list[list[str]]]:
    """The sheet's name and its cells as text, read by calamine in this process."""
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own errors for broken or foreign files
        raise _unreadable(
            path,
            "a spreadsheet saved by Excel or LibreOffice (.xlsx or .ods)",
            value=f"{path.name}: {exc}",
        ) from exc
    try:
        names = workbook.sheet_names
        if sheet is not None and sheet not in names:
            raise _unreadable(
                path, "the name of one of its sheets: " + ", ".join(names), value=sheet
            )
        name = sheet if sheet is not None else names[0] if names else None
        if name is None:
            raise _unreadable(path, "a spreadsheet with at least one sheet", value=path.name)
        data = workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
    except InputError:
        raise
    except Exception as exc:  # a damaged sheet: calamine's own errors
        raise _unreadable(
            path,
            "a sheet that Excel or LibreOffice can open (this one is damaged; open it there "
            "and save it again)",
            value=f"{path.name}: {str(exc)[:200]}",
        ) from exc
    finally:
        workbook.close()
    return name, [[cell_text(c) for c in row] for row in data]


def _check_container(path: Path, sheet: str | None) -> None:
    """Refuse what would make the reader allocate beyond the limits, before it runs."""
    suffix = path.suffix.lower()
    if suffix == ".xlsb":
        raise _unreadable(
            path,
            "an .xlsx or .ods file (the binary .xlsb format is not read: in Excel, "
            "Save As → 'Excel Workbook (.xlsx)')",
            value=path.name,
        )
    check_file_size(path, _XLS_MAX_BYTES if suffix == ".xls" else limits.MAX_FILE_BYTES)
    if suffix in (".xlsx", ".xlsm"):
        check_xlsx(path, sheet)
    elif suffix == ".ods":
        check_ods(path)


def read_table(
    path: Path | str,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
) -> Table:
    """A CSV file or a spreadsheet by its file name ending (CSV when it has none we know)."""
    suffix = Path(path).suffix.lower()
    if suffix in SPREADSHEET_SUFFIXES:
        return read_spreadsheet(path, sheet)
    return read_csv_table(path, encoding=encoding, delimiter=delimiter)
