"""CSV that opens cleanly in Czech Excel: UTF-8 with BOM, ``;`` between cells, CRLF lines."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence

from volmatch.exporting.names import Names
from volmatch.exporting.public import Listing
from volmatch.exporting.safety import FORMULA_START
from volmatch.exporting.words import Words

COLUMNS = (
    "Klíč",
    "Externí ID",
    "Název",
    "Jazyk textu",
    "Organizace",
    "Kde",
    "Městské části",
    "Adresa",
    "Jazyky",
    "Zájmy",
    "Závazek",
    "Od",
    "Do",
    "Rozvrh",
    "Počet dobrovolníků",
    "Minimální věk",
    "Přístupnost",
    "E-mail",
    "Telefon",
    "Odkaz",
    "Zveřejněno do",
    "Popis",
    "Stránka",
)


_ROWS = 1000  # rows encoded together when the table is written in pieces


def listings_csv(listings: Sequence[Listing], names: Names, *, lang: str, page_href) -> bytes:
    """One row per listing with text in ``lang`` (fallback as on the site); every cell neutralized."""
    return b"".join(listings_csv_chunks(listings, names, lang=lang, page_href=page_href))


def listings_csv_chunks(
    listings: Sequence[Listing], names: Names, *, lang: str, page_href
) -> Iterator[bytes]:
    """:func:`listings_csv` in pieces of ``_ROWS`` rows."""
    words = Words(names, lang)
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    for n, item in enumerate(listings, 1):
        text = item.text(lang)
        row = (
            item.key,
            item.external_id or "",
            text.title,
            text.lang,
            item.organization.name,
            words.where(item),
            ", ".join(item.districts),
            item.address,
            ", ".join(words.languages(item)),
            ", ".join(words.interests(item)),
            words.commitment(item),
            item.start_date.isoformat() if item.start_date else "",
            item.end_date.isoformat() if item.end_date else "",
            words.schedule(item),
            "" if item.capacity is None else str(item.capacity),
            "" if item.min_age is None else str(item.min_age),
            item.accessibility,
            item.contact_email,
            item.contact_phone,
            item.url,
            item.valid_until.isoformat() if item.valid_until else "",
            text.description.replace("\n", "\r\n"),
            page_href(item, lang),
        )
        # every cell is a str here: csv_cell's check without a call per cell
        writer.writerow(["'" + v if v.startswith(FORMULA_START) else v for v in row])
        if n % _ROWS == 0:
            yield out.getvalue().encode("utf-8")
            out.seek(0)
            out.truncate()
    yield out.getvalue().encode("utf-8")
