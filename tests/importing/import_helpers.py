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
