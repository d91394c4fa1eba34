"""What an issue expected, in the user's language.

The readers (import, mapping files, export options) write what they expected in
English, filled with data ("a whole number from 0 to 1000"). Each text here is one of
those sentences with its data as ``{fields}``: a text the readers made is recognised
by its fixed words, and the same data fills the translated sentence. A text not listed
here is shown as written.
"""

from __future__ import annotations

import re
from functools import cache

from volmatch.messages import N_, _, language

EXPECTED = (
    # values
    N_("a date like 1. 3. 2026 or 2026-03-01"),
    N_("a date like 1. 3. 2026 or 2026-03-01 (this day does not exist)"),
    N_("a whole number from {minimum} to {maximum}"),
    N_("a number from {minimum} to {maximum}"),
    N_("an address like jana.novakova@example.org"),
    N_("a web address starting with https://"),
    N_("at most {limit} characters (found {length})"),
    N_("one of {choices}"),
    # rows
    N_("an identifier such as OPP-001 (without it every import adds the row again)"),
    N_("an identifier such as VOL-001 (without it every import adds the person again)"),
    N_("the title of the listing"),
    N_("the name of the organization that offers it"),
    N_("the volunteer's name"),
    N_("the day consent was given (it cannot be in the future)"),
    N_("a district such as Praha 7 or Holešovice, or citywide / remote (celá Praha / online)"),
    N_("a date on or after the start date {date}"),
    N_("a title for the '{lang}' translation (the translation is left out)"),
    N_("a unique identifier (row {row} has it already)"),
    N_("at most {width} cells, as many as header columns (extra cells are ignored)"),
    # reference data
    N_("a district of {city}, e.g. 'Praha 7', 'Praha-Troja' or 'Holešovice'"),
    N_("a language, e.g. 'čeština', 'English', 'українська' or a code such as 'uk'"),
    N_("a level A1, A2, B1, B2, C1, C2 or 'native' (rodilý mluvčí)"),
    N_("an interest area, e.g. 'zahradničení', 'tutoring children' or 'допомога біженцям'"),
    N_("days and times, e.g. 'po-pá večer', 'víkendy', 'Mon, Wed 17-20' or 'kdykoli'"),
    N_("one municipal district; '{place}' lies in {districts}, and {main} is used"),
    N_("one place, read as {districts}"),
    N_("an interest area; this one is read as {terms}"),
    N_("a known interest area; this one is kept as a free keyword and matched word for word"),
    # columns
    N_("each column only once (this one is ignored)"),
    N_("one of the canonical columns (the column is ignored)"),
    N_(
        "a title_{lang} column next to description_{lang} (the translation is ignored without a title)"
    ),
    N_("a column named '{name}' in the first row"),
    N_(
        "read as '{field}' ({score} % similar); if that is wrong, say so in a mapping file "
        "(--mapping)"
    ),
    N_("a field for it in a mapping file (the column is left out)"),
    N_(
        "a column for '{name}' (a column named '{name}', or one mapped to it in a mapping "
        "file, or a default in the mapping)"
    ),
    N_(
        "places in this city's districts; the places of this column are kept as written and "
        "every row is stored as '{district}' (the mapping's district)"
    ),
    N_(
        "a known column; its values are kept in notes as '{header}: …' lines (map it to a "
        "field, or to 'ignore', in a mapping file)"
    ),
    # duplicates
    N_("a decision: skip this row or merge it into the stored listing"),
    N_("nothing (skipped by decision)"),
    N_("nothing (merged into the stored listing by decision)"),
    # files
    N_("a CSV file ({error})"),
    N_("a header row with the column names on the first line"),
    N_("a readable file ({error})"),
    N_(
        "a text file with comma or semicolon separated values (in Excel: Save As → "
        "'CSV UTF-8'), or an .xlsx/.ods file with that file name ending"
    ),
    N_("text in the encoding {encoding} ({error})"),
    N_("a spreadsheet saved by Excel or LibreOffice (.xlsx or .ods)"),
    N_("the name of one of its sheets: {sheets}"),
    N_("a spreadsheet with at least one sheet"),
    N_("a readable mapping file ({error})"),
    # export
    N_("an ISO 639-1 code such as 'uk' or a language name"),
    N_("a Prague district, e.g. 'Praha 7' or 'Praha-Troja'"),
    N_("a new folder, an empty one, or an earlier export's folder"),
    N_("an external_id that no other {kind} has"),
    # suggestions
    N_("map '{header}' to '{name}'"),
    N_("rename '{header}' to '{name}'"),
    # the database (volmatch.storage.database), as the command line shows them
    N_(
        "Someone else changed this record while you were editing it; nothing was saved. "
        "Reload the record and apply your change again."
    ),
    N_(
        "{where} is damaged or is not a volmatch database ({text}). Restore a backup from "
        "{backups} or open another database."
    ),
    N_(
        "The disk holding {where} is full; nothing was saved. Free some space on it (or move "
        "the database elsewhere) and try again."
    ),
    N_(
        "{where} is busy: another program or window is writing to it. Nothing was saved; "
        "wait a moment and try again."
    ),
    N_(
        "{where} can only be read, not changed ({text}). Check the file's permissions or the "
        "disk, or open another database."
    ),
    N_(
        "Cannot open {where} ({text}). Check that the file's folder exists and is writable, or "
        "that the database server is running and the address, user and password are right; "
        "then try again."
    ),
    N_(
        "{where} is not a SQLite database (it may be damaged or another kind of file). Restore "
        "a backup from {backups} or open another database."
    ),
    N_("the database file {path}"),
    N_("the database {address}"),
)

_FIELD = re.compile(r"\{(\w+)\}")


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    found = []
    for template in EXPECTED:
        parts = _FIELD.split(template)  # literal, name, literal, name, ...
        seen: set[str] = set()
        regex = ""
        for i, part in enumerate(parts):
            if i % 2 == 0:
                regex += re.escape(part)
            elif part in seen:
                regex += f"(?P={part})"
            else:
                seen.add(part)
                regex += f"(?P<{part}>.+?)"
        found.append((template, re.compile(regex, re.DOTALL)))
    # The most fixed words first: "a date like … (this day does not exist)" before its start.
    found.sort(key=lambda t: -len(_FIELD.sub("", t[0])))
    return found


def expected_text(text: str) -> str:
    """``text`` (what an issue expected, a suggestion or a database problem, in English)
    in the user's language."""
    if language() == "en" or not text:
        return text
    said = _(text)
    if said != text:
        return said
    for template, pattern in _patterns():
        match = pattern.fullmatch(text)
        if match is not None:
            values = {k: _field_text(k, v) for k, v in match.groupdict().items()}
            return _(template).format(**values)
    return text


def _field_text(field: str, value: str) -> str:
    """A field of a recognised text in the user's language: ``terms`` are interest tags
    named in English (see ``Taxonomy.parse_interests``), named again in that language."""
    if field == "terms":
        return ", ".join(_tag_name(name) for name in value.split(", "))
    return expected_text(value)


def _tag_name(english: str) -> str:
    from volmatch.reference.taxonomy import default_taxonomy

    taxonomy = default_taxonomy()
    tag = _tags_by_english_name().get(english)
    return english if tag is None else taxonomy.name(tag, language())


@cache
def _tags_by_english_name() -> dict[str, str]:
    from volmatch.reference.taxonomy import default_taxonomy

    taxonomy = default_taxonomy()
    return {taxonomy.name(tag, "en"): tag for tag in taxonomy.tags}
