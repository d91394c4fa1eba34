"""Reading a spreadsheet file into a header and rows of text cells.

Kept apart from the column logic so that a reader for other encodings or for
XLSX/ODS can replace :func:`read_csv_table` without touching the rest.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from volmatch.errors import InputError, Issue, Problem

DELIMITERS = (",", ";", "\t")


@dataclass(frozen=True, slots=True)
class Table:
    """Cells as text; ``rows[i]`` is spreadsheet row ``i + 2`` (the header is row 1)."""

    header: list[str]
    rows: list[list[str]]
    source: str = ""


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


def parse_csv_text(text: str, source: str = "") -> Table:
    """A header and rows from CSV text (the separator is guessed from the header)."""
    text = text.removeprefix("\ufeff")
    first_line = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=guess_delimiter(first_line))
    try:
        rows = [row for row in reader]
    except csv.Error as exc:
        raise _unreadable(source, f"a CSV file ({exc})", row=reader.line_num) from exc
    if not rows or not any(cell.strip() for cell in rows[0]):
        raise _unreadable(source, "a header row with the column names on the first line")
    return Table(header=rows[0], rows=rows[1:], source=source)


def read_csv_table(path: Path | str) -> Table:
    """Read a UTF-8 CSV file (with or without a byte order mark)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _unreadable(path, f"a readable file ({exc.strerror or exc})") from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise _unreadable(
            path,
            "UTF-8 text (in Excel: Save As → 'CSV UTF-8')",
            value=f"{path.name}: byte {data[exc.start : exc.start + 1]!r} on line {line}",
            row=line,
        ) from exc
    return parse_csv_text(text, source=str(path))
