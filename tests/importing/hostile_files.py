"""Hostile spreadsheets built in memory by the tests (no binaries in the repository).

Each builder writes a small file whose declared or implied size is enormous: the kind of
file that made third-party readers allocate gigabytes or abort the process.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
</Types>"""
_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
_WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="List1" sheetId="1" r:id="rId1"/></sheets></workbook>"""
_WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
</Relationships>"""


def _inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def xlsx(path: Path, rows_xml: str, dimension: str | None = None) -> Path:
    """An XLSX file whose first sheet's <sheetData> is ``rows_xml``."""
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    sheet = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"{dim}<sheetData>{rows_xml}</sheetData></worksheet>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
    return path


def xlsx_rows(path: Path, rows: list[list[str]]) -> Path:
    """A plain XLSX file of text cells (row 1 first)."""
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    body = "".join(
        f'<row r="{r}">'
        + "".join(_inline(f"{letters[c]}{r}", text) for c, text in enumerate(cells))
        + "</row>"
        for r, cells in enumerate(rows, start=1)
    )
    return xlsx(path, body)


def xlsx_corner_bomb(path: Path) -> Path:
    """Two cells, A1 and XFD1048576: a dense reader allocates 17 billion cells."""
    body = (
        f'<row r="1">{_inline("A1", "title")}</row>'
        f'<row r="1048576">{_inline("XFD1048576", "x")}</row>'
    )
    return xlsx(path, body, dimension="A1:XFD1048576")


def xlsx_long_cell(path: Path, length: int) -> Path:
    """A header and one row whose description is ``length`` characters (compresses to little)."""
    head = "".join(
        _inline(f"{c}1", name)
        for c, name in zip(
            "ABCD", ("external_id", "title", "organization", "description"), strict=True
        )
    )
    row = (
        _inline("A2", "X-1") + _inline("B2", "Title") + _inline("C2", "Org")
        + _inline("D2", "a" * length)
    )  # fmt: skip
    return xlsx(path, f'<row r="1">{head}</row><row r="2">{row}</row>')


_ODS_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""


def ods(path: Path, table_xml: str) -> Path:
    """An ODS file whose one table holds ``table_xml`` (rows)."""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="List1">'
        f"{table_xml}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml", _ODS_MANIFEST, zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return path


def ods_cell(text: str, repeat: int = 1) -> str:
    rep = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    return f'<table:table-cell office:value-type="string"{rep}><text:p>{text}</text:p></table:table-cell>'


def ods_repeat_bomb(path: Path) -> Path:
    """A cell repeated across 16384 columns in a row repeated a million times."""
    row = f'<table:table-row table:number-rows-repeated="1048575">{ods_cell("x", 16384)}</table:table-row>'
    return ods(path, f"<table:table-row>{ods_cell('title')}</table:table-row>{row}")
