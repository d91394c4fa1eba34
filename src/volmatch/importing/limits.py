"""The limits every reader of an untrusted file works within, in one place.

A spreadsheet arrives by e-mail from anyone: these bound the memory and time a file can
cost before it is refused with a worded reason. The largest legitimate files (100,000
listings, the benchmark's scale) stay well inside them.
"""

from __future__ import annotations

MAX_FILE_BYTES = 128 * 2**20  # a CSV, JSON or spreadsheet file on disk
MAX_UNPACKED_BYTES = 768 * 2**20  # the XML parts of one XLSX/ODS file, unpacked
MAX_ROWS = 1_000_000
MAX_COLUMNS = 1_000  # real files have tens; Excel allows 16,384
MAX_CELLS = 5_000_000  # rows x columns of the sheet's used area (dense readers allocate it)
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
MAX_ROW_XML_BYTES = 64 * 2**20  # one row of spreadsheet XML
MAX_JSON_DEPTH = 64
MAX_MAPPING_BYTES = 2 * 2**20  # a mapping file is a few kilobytes
MAX_PATTERN_CHARS = 1_000  # a regular expression in a mapping file
PATTERN_SECONDS = 0.05  # one regular expression on one cell


def mb(size: int) -> str:
    """``size`` bytes as "128 MB" for messages."""
    return f"{size / 2**20:.0f} MB"
