"""Checking a spreadsheet's container before a third-party reader allocates anything.

calamine (like openpyxl) builds a dense grid from the first to the last cell it finds, so
an XLSX file of two cells, A1 and XFD1048576, asks for 17 billion cells and the process
aborts — Python cannot catch that. ODS files repeat rows and columns by an attribute, so
a few hundred bytes can declare billions of cells. This module streams the sheet's XML out
of the zip (counting the real unpacked bytes, never trusting the declared sizes) and
measures the used area from the cell references and repeat counts, within
:mod:`volmatch.importing.limits`.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from operator import itemgetter
from pathlib import Path
from xml.etree import ElementTree

from volmatch.errors import InputError, Issue, Problem
from volmatch.importing import limits

CHUNK = 1 << 20
_XLSX_REF_FIRST = re.compile(rb'<c r="([A-Z]{1,7})([0-9]{1,12})"')
_XLSX_REF_ANY = re.compile(rb'<c\b[^>]*?\sr="([A-Z]{1,7})([0-9]{1,12})"')
_XLSX_CELL = re.compile(rb"<c[\s/>]")
_ODS_ROW = re.compile(
    rb"<table:table-row\b([^>]*?)(/?)>|</table:table-row>|<table:table\b[^>-]", re.S
)
_ODS_CELL = re.compile(rb"<table:(?:covered-)?table-cell\b([^>]*?)(/?)>", re.S)
_COLS_REPEAT = re.compile(rb'table:number-columns-repeated="([0-9]{1,12})"')
_ROWS_REPEAT = re.compile(rb'table:number-rows-repeated="([0-9]{1,12})"')
_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def refusal(path: Path, expected: str, value: str = "", row: int | None = None) -> InputError:
    return InputError(
        [
            Issue(
                Problem.FILE_UNREADABLE,
                row=row,
                value=value or Path(path).name,
                expected=expected,
            )
        ]
    )


def check_file_size(path: Path, limit: int | None = None) -> None:
    """Refuse a file larger than ``limit`` (MAX_FILE_BYTES) before reading any of it."""
    limit = limits.MAX_FILE_BYTES if limit is None else limit
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise refusal(path, f"a readable file ({exc.strerror or exc})") from exc
    if size > limit:
        raise refusal(
            path,
            f"a file of at most {limits.mb(limit)} (this one has {limits.mb(size)}); "
            "split it into several files",
        )


def _column_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


def _stream(path: Path, archive: zipfile.ZipFile, name: str, budget: list[int]) -> Iterator[bytes]:
    """The unpacked bytes of one part, refusing once the file's budget is spent."""
    with archive.open(name) as part:
        while chunk := part.read(CHUNK):
            budget[0] -= len(chunk)
            if budget[0] < 0:
                raise refusal(
                    path,
                    f"a spreadsheet whose content unpacks to at most "
                    f"{limits.mb(limits.MAX_UNPACKED_BYTES)} (this one unpacks to more: "
                    "it may be damaged or built to exhaust memory)",
                )
            yield chunk


def _area(path: Path, rows: int, columns: int, sheet: str) -> None:
    where = f"sheet '{sheet}'" if sheet else "the sheet"
    if columns > limits.MAX_COLUMNS or rows > limits.MAX_ROWS or rows * columns > limits.MAX_CELLS:
        raise refusal(
            path,
            f"a sheet of at most {limits.MAX_ROWS:,} rows, {limits.MAX_COLUMNS:,} columns and "
            f"{limits.MAX_CELLS:,} cells; {where} spans {rows:,} rows × {columns:,} "
            "columns (delete the far-away cells, or copy the listings into a new sheet)",
        )


def _small_xml(path: Path, archive: zipfile.ZipFile, name: str) -> ElementTree.Element | None:
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    budget = [4 * 2**20]
    data = b"".join(_stream(path, archive, info.filename, budget))
    return ElementTree.fromstring(data)


def _xlsx_sheet_part(path: Path, archive: zipfile.ZipFile, sheet: str | None) -> tuple[str, str]:
    """The zip name and the sheet name of the sheet to read (the first, or ``sheet``)."""
    workbook = _small_xml(path, archive, "xl/workbook.xml")
    rels = _small_xml(path, archive, "xl/_rels/workbook.xml.rels")
    if workbook is None or rels is None:
        raise refusal(path, "an .xlsx file saved by Excel or LibreOffice (its workbook is missing)")
    targets = {r.get("Id"): r.get("Target", "") for r in rels.iter(f"{_NS_PKG}Relationship")}
    for element in workbook.iter(f"{_NS_MAIN}sheet"):
        name = element.get("name", "")
        if sheet is None or name == sheet:
            target = targets.get(element.get(f"{_NS_REL}id"), "")
            target = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            return target, name
    return "", sheet or ""


def check_xlsx(path: Path, sheet: str | None = None) -> None:
    """Refuse an XLSX file whose sheet or shared strings are beyond the limits."""
    try:
        with zipfile.ZipFile(path) as archive:
            budget = [limits.MAX_UNPACKED_BYTES]
            part, name = _xlsx_sheet_part(path, archive, sheet)
            if part and part in archive.NameToInfo:
                _xlsx_sheet_area(path, archive, part, name, budget)
            if "xl/sharedStrings.xml" in archive.NameToInfo:
                for _chunk in _stream(path, archive, "xl/sharedStrings.xml", budget):
                    pass
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ElementTree.ParseError, EOFError) as exc:
        raise refusal(
            path,
            "a spreadsheet saved by Excel or LibreOffice (.xlsx or .ods)",
            f"{path.name}: {exc}",
        ) from exc
    except (OSError, ValueError, NotImplementedError) as exc:  # unsupported compression etc.
        raise refusal(path, f"a readable .xlsx file ({exc})") from exc


def _xlsx_sheet_area(
    path: Path, archive: zipfile.ZipFile, part: str, sheet: str, budget: list[int]
) -> None:
    columns: set[bytes] = set()
    max_row = rows_seen = widest = 0
    carry = b""
    for chunk in _stream(path, archive, part, budget):
        data = carry + chunk
        cut = data.rfind(b"<")
        if cut < 0 or data.find(b">", cut) >= 0:
            carry = b""  # the last tag is complete: text after it holds no reference
        else:
            data, carry = data[:cut], data[cut:]  # a tag cut in two: finish it next time
        if len(carry) > limits.MAX_ROW_XML_BYTES:
            raise refusal(path, "a spreadsheet whose XML is well formed (a tag never ends)")
        cells = data.count(b"<c ") + data.count(b"<c>") + data.count(b"<c/>")
        found = _XLSX_REF_FIRST.findall(data)  # Excel, LibreOffice, openpyxl: r comes first
        if len(found) != cells:
            found = _XLSX_REF_ANY.findall(data)
        if found:
            columns.update(map(itemgetter(0), found))
            max_row = max(max_row, max(map(int, map(itemgetter(1), found))))
        rows_seen += data.count(b"<row")
        if cells > len(found):
            # Cells without a reference follow the one before them: bound each row by its
            # number of cells (the rows by their number) on top of the references.
            widest = max(widest, *(len(_XLSX_CELL.findall(s)) for s in data.split(b"<row")))
    width = max((_column_number(c) for c in columns), default=0) + widest
    _area(path, max_row + (rows_seen if widest else 0), width, sheet)


def check_ods(path: Path) -> None:
    """Refuse an ODS file whose tables, repeats counted, are beyond the limits."""
    try:
        with zipfile.ZipFile(path) as archive:
            if "content.xml" not in archive.NameToInfo:
                raise refusal(path, "an .ods file saved by LibreOffice (its content is missing)")
            _ods_area(path, archive, [limits.MAX_UNPACKED_BYTES])
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as exc:
        raise refusal(
            path,
            "a spreadsheet saved by Excel or LibreOffice (.xlsx or .ods)",
            f"{path.name}: {exc}",
        ) from exc
    except (OSError, ValueError, NotImplementedError) as exc:
        raise refusal(path, f"a readable .ods file ({exc})") from exc


def _ods_row_width(attrs_and_cells: bytes) -> int:
    """Columns up to the last non-empty cell of one row (trailing empty repeats are free)."""
    position = width = 0
    for attrs, closed in _ODS_CELL.findall(attrs_and_cells):
        repeat = _COLS_REPEAT.search(attrs)
        count = int(repeat.group(1)) if repeat else 1
        position += count
        if not closed or b"office:value-type" in attrs:
            width = position
    return width


def _ods_area(path: Path, archive: zipfile.ZipFile, budget: list[int]) -> None:
    height = row = width = 0
    end = b"</table:table-row>"
    carry = b""
    for chunk in _stream(path, archive, "content.xml", budget):
        data = carry + chunk
        cut = data.rfind(end, max(0, len(carry) - len(end)))  # the carry holds no row end
        if cut < 0:
            if len(data) > limits.MAX_ROW_XML_BYTES:
                raise refusal(path, f"rows of at most {limits.mb(limits.MAX_ROW_XML_BYTES)} of XML")
            carry = data
            continue
        data, carry = data[: cut + len(end)], data[cut + len(end) :]
        start = 0
        for match in _ODS_ROW.finditer(data):
            token = match.group(0)
            if token == end:
                cells = _ods_row_width(data[start : match.start()])
                if cells:  # a row with content, repeated or not, extends the used area
                    width = max(width, cells)
                    height = max(height, row)
                    _area(path, height, width, "")
            elif not token.startswith(b"<table:table-row"):
                row = 0  # a new table counts its own rows
            else:
                repeat = _ROWS_REPEAT.search(match.group(1))
                row += int(repeat.group(1)) if repeat else 1
                start = match.end()
    _area(path, height, width, "")
