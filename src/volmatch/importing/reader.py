"""Reading a CSV file into a header and rows of text cells (spreadsheets: spreadsheet.py).

CSV files come in UTF-8 (with or without a byte order mark) or in Windows-1250,
which Czech Excel still writes; the separator is ``,`` or ``;`` (or a tab).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, replace
from pathlib import Path

from volmatch.errors import InputError, Issue, Problem

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


def parse_csv_text(text: str, source: str = "", delimiter: str | None = None) -> Table:
    """A header and rows from CSV text (the separator is detected unless given)."""
    text = text.removeprefix("\ufeff")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter or sniff_delimiter(text))
    try:
        rows = list(reader)
    except csv.Error as exc:
        raise _unreadable(source, f"a CSV file ({exc})", row=reader.line_num) from exc
    if not rows or not any(cell.strip() for cell in rows[0]):
        raise _unreadable(source, "a header row with the column names on the first line")
    return Table(header=rows[0], rows=rows[1:], source=source, delimiter=reader.dialect.delimiter)


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The text and the encoding used: UTF-8 (strict, BOM optional), else Windows-1250.

    UTF-8 is tried first because a Windows-1250 file with Czech letters is almost never
    valid UTF-8, while the other way round every byte sequence is valid cp1250.
    """
    if encoding:
        return data.decode(encoding), encoding
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1250"), "cp1250"
    except UnicodeDecodeError:
        # Five bytes are undefined in cp1250 (0x81, 0x83, 0x88, 0x90, 0x98): not a Czech file.
        return data.decode("latin-1"), "latin-1"


def read_csv_table(
    path: Path | str, encoding: str | None = None, delimiter: str | None = None
) -> Table:
    """Read a CSV file in UTF-8 (with or without BOM) or Windows-1250, separator detected."""
    path = Path(path)
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
        text, used = decode(data, encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise _unreadable(
            path, f"text in the encoding {encoding} ({exc})", value=path.name
        ) from exc
    table = parse_csv_text(text, source=str(path), delimiter=delimiter)
    return replace(table, encoding=used)
