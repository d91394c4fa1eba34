"""Helpers for import tests (also used by tests/cli): canonical CSV files written from rows of cells."""

from __future__ import annotations

import csv

from volmatch.importing.columns import OPPORTUNITY_COLUMNS, VOLUNTEER_COLUMNS


def opportunity_row(**cells: str) -> dict[str, str]:
    row = {c: "" for c in OPPORTUNITY_COLUMNS}
    row.update(
        external_id="OPP-1",
        title="Doučování dětí",
        organization="Komunitní centrum Holešovice",
        district="Praha 7",
        status="zveřejněno",
    )
    row.update(cells)
    return row


def volunteer_row(**cells: str) -> dict[str, str]:
    row = {c: "" for c in VOLUNTEER_COLUMNS}
    row.update(external_id="VOL-1", name="Olena Kovalenko", district="Praha 7", languages="uk")
    row.update(cells)
    return row


def write_rows(path, rows: list[dict[str, str]], encoding: str = "utf-8") -> str:
    header = list(rows[0])
    with open(path, "w", newline="", encoding=encoding) as f:
        writer = csv.writer(f)
        writer.writerow(header)
        for row in rows:
            writer.writerow([row.get(c, "") for c in header])
    return str(path)


def write_ods(path, rows: list[list[object]]) -> str:
    """A minimal OpenDocument spreadsheet (what LibreOffice saves, cut to the bone)."""
    import zipfile
    from xml.sax.saxutils import escape

    def cell(value: object) -> str:
        if isinstance(value, int | float):
            return (
                f'<table:table-cell office:value-type="float" office:value="{value}">'
                f"<text:p>{value}</text:p></table:table-cell>"
            )
        if hasattr(value, "isoformat"):
            return (
                f'<table:table-cell office:value-type="date" office:date-value="{value.isoformat()}">'
                f"<text:p>{value}</text:p></table:table-cell>"
            )
        return (
            f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}</text:p>'
            "</table:table-cell>"
        )

    body = "".join(
        f"<table:table-row>{''.join(cell(v) for v in row)}</table:table-row>" for row in rows
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="Nabídky">{body}'
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return str(path)
