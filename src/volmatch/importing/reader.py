"""Reading a CSV file into a header and rows of text cells (spreadsheets: spreadsheet.py).

CSV files come in UTF-8 (with or without a byte order mark) or in Windows-1250,
which Czech Excel still writes; the separator is ``,`` or ``;`` (or a tab).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, replace
from itertools import chain, islice
from pathlib import Path

from volmatch.errors import InputError, Issue, Problem
from volmatch.importing import limits
from volmatch.importing.guard import check_file_size
from volmatch.text import strip_controls

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

DELIMITERS = (",", ";", "\t")


@dataclass(frozen=True, slots=True)
class Table:
    """Cells as text; ``rows[i]`` is spreadsheet row ``i + 2`` (the header is row 1)."""

    header: list[str]
    rows: list[list[str]]
    source: str = ""
    encoding: str = ""  # of a CSV file: "utf-8", "cp1250"
    delimiter: str = ""  # of a CSV file
    sheet: str = ""  # of a spreadsheet: the sheet read
    # Lines of a UTF-8 file that were in Windows-1250 (a row pasted from an older file):
    # each line was read in its own encoding.
    mixed_lines: tuple[int, ...] = ()


def _unreadable(
    path: Path | str, expected: str, value: str = "", row: int | None = None
) -> InputError:
    return InputError(
        [
            Issue(
                Problem.FILE_UNREADABLE,
                column="",
                row=row,
                value=value or str(path),
                expected=expected,
            )
        ]
    )


def guess_delimiter(first_line: str) -> str:
    """The separator used in the header line: Czech Excel writes ``;``, others ``,``."""
    counts = {d: 0 for d in DELIMITERS}
    quoted = False
    for ch in first_line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def sniff_delimiter(text: str) -> str:
    """The separator of ``text``: csv.Sniffer on a sample, restricted to , ; and tab.

    The Sniffer looks at several lines, so a header without any separator in it (one
    column) or a comma inside a quoted header cell does not mislead it; when it cannot
    decide, the header line decides.
    """
    sample = text[:20_000]
    first_line = sample.split("\n", 1)[0]
    try:
        found = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        return guess_delimiter(first_line)
    header_guess = guess_delimiter(first_line)
    # A header separated by one character holds none of the other outside quotes; trust it
    # over the Sniffer when the Sniffer picked a character the header does not contain.
    if found != header_guess and first_line.count(found) == 0:
        return header_guess
    return found


def _column_name(header: list[str], i: int) -> str:
    name = header[i].strip() if i < len(header) else ""
    return name[:60] or f"column {i + 1}"


def check_row(
    header: list[str], row: list[str], rownum: int, source: str, controls: bool = True
) -> list[str]:
    """``row`` without control characters (terminal escapes); InputError for a row wider
    than the limit or a cell longer than a cell may be. ``controls=False``: the text the
    row was read from holds none, so the row is not searched for them."""
    if len(row) > limits.MAX_COLUMNS:
        raise InputError(
            [
                Issue(
                    Problem.FILE_UNREADABLE,
                    row=rownum,
                    value=f"{len(row):,} columns",
                    expected=f"at most {limits.MAX_COLUMNS:,} columns (is the separator right? "
                    "save the file again as CSV UTF-8 with commas or semicolons)",
                )
            ]
        )
    if row and max(map(len, row)) > limits.MAX_CELL_CHARS:
        i = next(i for i, cell in enumerate(row) if len(cell) > limits.MAX_CELL_CHARS)
        raise InputError(
            [
                Issue(
                    Problem.TOO_LONG,
                    column=_column_name(header, i),
                    row=rownum,
                    value=f"{row[i][:40]}… ({len(row[i]):,} characters)",
                    expected=f"at most {limits.MAX_CELL_CHARS:,} characters in one cell "
                    "(shorten the text, or link to a page holding it)",
                )
            ]
        )
    if controls and _CONTROL.search("\t".join(row)):
        return [strip_controls(cell) for cell in row]
    return row


def check_table(table: Table) -> Table:
    """``table`` if it is within the limits of rows, columns and cell length; else InputError."""
    if len(table.rows) + 1 > limits.MAX_ROWS:
        raise _unreadable(
            table.source,
            f"at most {limits.MAX_ROWS:,} rows (this file has {len(table.rows) + 1:,}); "
            "split it into several files",
            value=Path(table.source).name,
        )
    header = check_row(table.header, table.header, 1, table.source)
    rows = table.rows
    for n, row in enumerate(table.rows, start=2):
        checked = check_row(header, row, n, table.source)
        if checked is not row:
            rows[n - 2] = checked
    return replace(table, header=header, rows=rows)


def parse_csv_text(text: str, source: str = "", delimiter: str | None = None) -> Table:
    """A header and rows from CSV text (the separator is detected unless given).

    Rows, columns and cell lengths are checked as the rows are read (limits.py), so a
    hostile file is refused before it costs memory.
    """
    text = text.removeprefix("\ufeff")
    delimiter = delimiter or sniff_delimiter(text)
    # a cell is a piece of the text: without a control character in the text, no row has one
    controls = _CONTROL.search(text) is not None
    try:
        rows, used = _read_rows(text, source, delimiter, controls, READ_AT_ONCE)
    except _ReadAgain:
        # a broken row: read again one row at a time, so that the rows before it are
        # checked first, as they come
        rows, used = _read_rows(text, source, delimiter, controls, 1)
    if not rows or not any(cell.strip() for cell in rows[0]):
        raise _unreadable(source, "a header row with the column names on the first line")
    return Table(header=rows[0], rows=rows[1:], source=source, delimiter=used)


READ_AT_ONCE = 2000  # rows the csv module reads in one go (each batch checked in C)


class _ReadAgain(Exception):
    pass


def _read_rows(
    text: str, source: str, delimiter: str, controls: bool, at_once: int
) -> tuple[list[list[str]], str]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[str]] = []
    header: list[str] = []
    try:
        while batch := list(islice(reader, at_once)):
            if controls or len(rows) + len(batch) > limits.MAX_ROWS or not _within(batch):
                for row in batch:  # what check_row would refuse or change: row by row
                    row = check_row(header or row, row, len(rows) + 1, source, controls)
                    if not rows:
                        header = row
                    rows.append(row)
                    if len(rows) > limits.MAX_ROWS:
                        raise _unreadable(
                            source,
                            f"at most {limits.MAX_ROWS:,} rows; split the file into several files",
                            value=Path(source).name,
                        )
            else:
                if not rows:
                    header = batch[0]
                rows.extend(batch)
    except csv.Error as exc:
        if at_once > 1:
            raise _ReadAgain from exc
        if "field larger than field limit" in str(exc):
            raise InputError(
                [
                    Issue(
                        Problem.TOO_LONG,
                        row=reader.line_num,
                        value=f"a cell of more than {csv.field_size_limit():,} characters",
                        expected=f"at most {limits.MAX_CELL_CHARS:,} characters in one cell "
                        "(a quote that is never closed makes the rest of the file one cell)",
                    )
                ]
            ) from exc
        raise _unreadable(source, f"a CSV file ({exc})", row=reader.line_num) from exc
    return rows, reader.dialect.delimiter


def _within(batch: list[list[str]]) -> bool:
    """Whether no row is wider, and no cell longer, than limits.py allows."""
    return max(map(len, batch)) <= limits.MAX_COLUMNS and (
        max(map(len, chain.from_iterable(batch)), default=0) <= limits.MAX_CELL_CHARS
    )


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The text and the encoding used: UTF-8 (strict, BOM optional), else Windows-1250.

    UTF-8 is tried first because a Windows-1250 file with Czech letters is almost never
    valid UTF-8, while the other way round every byte sequence is valid cp1250. A UTF-8
    file with a few Windows-1250 lines is read line by line (see :func:`decode_lines`).
    """
    text, used, _mixed = decode_lines(data, encoding)
    return text, used


def decode_lines(data: bytes, encoding: str | None = None) -> tuple[str, str, tuple[int, ...]]:
    """Like :func:`decode`, plus the numbers of the lines read as Windows-1250 in a file
    that is otherwise UTF-8 (one row pasted from an older file must not garble the others)."""
    if encoding:
        return data.decode(encoding), encoding, ()
    try:
        return data.decode("utf-8-sig"), "utf-8", ()
    except UnicodeDecodeError:
        pass
    mixed = _decode_mixed(data)
    if mixed is not None:
        return mixed[0], "utf-8", mixed[1]
    try:
        return data.decode("cp1250"), "cp1250", ()
    except UnicodeDecodeError:
        # Five bytes are undefined in cp1250 (0x81, 0x83, 0x88, 0x90, 0x98): not a Czech file.
        return data.decode("latin-1"), "latin-1", ()


def _decode_mixed(data: bytes) -> tuple[str, tuple[int, ...]] | None:
    """UTF-8 text with some lines in Windows-1250, each line decoded in its own encoding;
    None when the file is not mostly UTF-8 (no line of it holds non-ASCII UTF-8)."""
    lines = data.removeprefix(b"\xef\xbb\xbf").split(b"\n")
    texts, odd, utf8 = [], [], False
    for number, line in enumerate(lines, start=1):
        try:
            text = line.decode("utf-8")
            utf8 = utf8 or not line.isascii()
        except UnicodeDecodeError:
            try:
                text = line.decode("cp1250")
            except UnicodeDecodeError:
                return None
            odd.append(number)
        texts.append(text)
    if not utf8 or len(odd) > len(lines) // 2:
        return None
    return "\n".join(texts), tuple(odd)


def read_csv_table(
    path: Path | str, encoding: str | None = None, delimiter: str | None = None
) -> Table:
    """Read a CSV file in UTF-8 (with or without BOM) or Windows-1250, separator detected."""
    path = Path(path)
    check_file_size(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _unreadable(path, f"a readable file ({exc.strerror or exc})") from exc
    if b"\x00" in data[:4096]:
        raise _unreadable(
            path,
            "a text file with comma or semicolon separated values (in Excel: Save As → "
            "'CSV UTF-8'), or an .xlsx/.ods file with that file name ending",
            value=path.name,
        )
    try:
        text, used, mixed = decode_lines(data, encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise _unreadable(
            path, f"text in the encoding {encoding} ({exc})", value=path.name
        ) from exc
    table = parse_csv_text(text, source=str(path), delimiter=delimiter)
    return replace(table, encoding=used, mixed_lines=mixed)
