"""Many canonical CSV rows -> Opportunities and Issues, field by field.

What :func:`volmatch.importing.opportunity_rows.parse_opportunity` gives row by row,
identical (records, issues and their order), for a batch of rows: each field's cells are
looked up in the file's memo in one pass, and a row's issues are gathered field by field
in the order that function checks them. At 100,000 rows the per-row Python work was most
of reading a file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from itertools import compress, repeat
from operator import itemgetter
from typing import Any

from volmatch.domain import Commitment, Opportunity, Status
from volmatch.errors import Issue, Problem, Severity
from volmatch.importing import opportunity_rows as one
from volmatch.importing import values as v
from volmatch.importing.columns import ColumnMap
from volmatch.importing.context import MEMO, Reference, at_row

_FIELD = {name: i for i, name in enumerate(one.FIELDS)}


def _raw_columns(rows: Sequence[list[str]], positions: tuple) -> tuple[list, list]:
    """Each field's cells (FIELDS order), those of a column the file lacks all ""; each
    row's cells cleaned as parse_opportunity cleans them (a lacking cell needs none)."""
    wanted = [i for i in positions if i is not None]
    top = max(wanted, default=-1)

    def cells(row: list[str]) -> tuple[str, ...]:
        width = len(row)
        return tuple(row[i] if i < width else "" for i in wanted)

    get = itemgetter(*wanted) if len(wanted) > 1 else cells  # itemgetter of one: no tuple
    raw = [get(row) if len(row) > top else cells(row) for row in rows]
    cleaned = _cleaned(raw, len(wanted))
    by_file = list(zip(*raw, strict=True))
    by_file_clean = list(zip(*cleaned, strict=True))
    lacking = ("",) * len(rows)
    present = iter(range(len(wanted)))
    raw_out, clean_out = [], []
    for i in positions:
        j = next(present) if i is not None else None
        raw_out.append(by_file[j] if j is not None else lacking)
        clean_out.append(by_file_clean[j] if j is not None else lacking)
    return raw_out, clean_out


def _cleaned(raw: list[tuple[str, ...]], width: int) -> list:
    """``_clean_cells`` of each row: a row needs it when one of its cells has a space at
    an end, two spaces or other white space; a column none of whose cells has any
    spares a look at every row."""
    messy: list[int] = []
    for j in range(width):
        joined = "\x00".join(row[j] for row in raw)
        if one.may_need_cleaning(joined) or joined.count("\x00") >= len(raw):  # a cell holding NUL
            messy.append(j)
    if not messy:
        return raw
    return [one._clean_cells(row) if any(_messy(row[j]) for j in messy) else row for row in raw]


def _messy(cell: str) -> bool:
    """Whether ``cell`` may make _clean_cells clean its row (which then decides)."""
    return bool(
        "  " in cell
        or "\x00" in cell
        or cell[:1] == " "
        or cell[-1:] == " "
        or one._ODD_SPACE.search(cell)
    )


class _Batch:
    """The rows' columns and their issues, gathered in parse_opportunity's order."""

    def __init__(self, rows: Sequence[list[str]], rownums: Sequence[int], cols: ColumnMap):
        positions, self.col = one._plan(cols)
        self.rownums = rownums
        self.n = len(rows)
        self.raw, self.cells = _raw_columns(rows, positions)
        self.issues: list[list[Issue] | None] = [None] * self.n

    def add(self, k: int, issue: Issue) -> None:
        found = self.issues[k]
        if found is None:
            self.issues[k] = [issue]
        else:
            found.append(issue)

    def extend(self, k: int, issues: list[Issue]) -> None:
        found = self.issues[k]
        if found is None:
            self.issues[k] = list(issues)
        else:
            found.extend(issues)

    def column(self, name: str, raw: bool = False) -> Sequence[str]:
        return (self.raw if raw else self.cells)[_FIELD[name]]

    def memo(
        self,
        cache: dict,
        texts: Sequence[str],
        parse: Callable[[str, str, int | None], tuple[Any, Any]],
        name: str,
        only: Sequence[bool] | None = None,
    ) -> list[Any]:
        """Each text's parsed value, from the file's memo (parsed once per distinct text,
        in row order); its issues placed on the row. ``only``: the rows that ask."""
        hits = list(map(cache.get, texts))
        column, rownums = self.col[name], self.rownums
        if not all(hits):  # a miss (a hit is a non-empty tuple)
            compute = MEMO.compute
            for k, hit in enumerate(hits):
                if hit is None and (only is None or only[k]):
                    text = texts[k]
                    hits[k] = cache.get(text) or compute(cache, text, rownums[k], parse, column)
        if only is not None:
            hits = [hit if asked else (None, ()) for hit, asked in zip(hits, only, strict=True)]
        values, found = zip(*hits, strict=True)
        if any(found):
            for k in compress(range(self.n), found):
                self.extend(k, at_row(found[k], rownums[k]))
        return list(values)


def parse_opportunities(
    rows: Sequence[list[str]], rownums: Sequence[int], cols: ColumnMap, ref: Reference
) -> list[tuple[Opportunity | None, list[Issue]]]:
    """``parse_opportunity`` of each row (``rownums`` its spreadsheet row numbers)."""
    if not rows:
        return []
    b = _Batch(rows, rownums, cols)
    _checks(b)
    places = _places(b, ref)
    return _records(b, places, _fields(b, rows, cols, ref, places))


def _fields(b: _Batch, rows: Sequence[list[str]], cols: ColumnMap, ref: Reference, places):
    """Every field of the records, in the order Opportunity takes them; each row's issues
    gathered on the way, in parse_opportunity's order."""
    languages = _languages(b, ref)
    interests = b.memo(
        one._INTERESTS,
        b.column("interests", raw=True),
        partial(one._parse_interests, ref.taxonomy),
        "interests",
    )
    commitment = b.memo(one._COMMITMENT, b.column("commitment"), v.parse_commitment, "commitment")
    status = b.memo(one._STATUS, b.column("status"), v.parse_status, "status")
    start = b.memo(one._START, b.column("start_date"), v.parse_date, "start_date")
    end = b.memo(one._END, b.column("end_date"), v.parse_date, "end_date")
    _date_order(b, start, end)
    valid = b.memo(one._VALID, b.column("valid_until"), v.parse_date, "valid_until")
    capacity = b.memo(one._CAPACITY, b.column("capacity"), one._capacity, "capacity")
    min_age = b.memo(one._MIN_AGE, b.column("min_age"), one._min_age, "min_age")
    email = b.memo(one._EMAIL, b.column("contact_email"), v.parse_email, "contact_email")
    url = b.memo(one._URL, b.column("url"), v.parse_url, "url")
    latitude = _floats(b, "latitude", -90, 90)
    longitude = _floats(b, "longitude", -180, 180)
    schedule = b.column("schedule")
    masks = _masks(b, schedule, ref)
    translations = _translations(b, rows, cols)
    external = [text or None for text in b.column("external_id")]
    return (
        b.column("title"),
        b.column("organization"),
        b.column("description"),
        repeat(None),
        external,
        repeat("cs"),
        translations,
        [p.scope if p is not None else None for p in places],
        [p.districts if p is not None else None for p in places],
        b.column("district"),
        b.column("address"),
        latitude,
        longitude,
        languages,
        list(map(tuple, interests)),
        [c or Commitment.REGULAR for c in commitment],
        start,
        end,
        schedule,
        masks,
        capacity,
        min_age,
        b.column("accessibility"),
        email,
        b.column("contact_phone"),
        url,
        [s or Status.DRAFT for s in status],
        valid,
        b.column("notes"),
    )


def _masks(b: _Batch, schedule: Sequence[str], ref: Reference) -> list[int]:
    if not any(schedule):
        return [0] * b.n
    asked = list(map(bool, schedule))
    parse = partial(one._schedule, ref.availability)
    masks = b.memo(one._SCHEDULE, schedule, parse, "schedule", only=asked)
    return [mask if a else 0 for mask, a in zip(masks, asked, strict=True)]


def _records(b: _Batch, places: list, fields: tuple) -> list[tuple[Opportunity | None, list]]:
    usable = [
        p is not None and not (found and any(i.severity is Severity.ERROR for i in found))
        for p, found in zip(places, b.issues, strict=True)
    ]
    if all(usable):
        records = list(map(Opportunity, *fields))
    else:
        records = [None] * b.n
        kept = list(compress(range(b.n), usable))
        picked = [
            f if isinstance(f, repeat) else [f[k] for k in kept]
            for f in fields
        ]  # fmt: skip
        for k, record in zip(kept, map(Opportunity, *picked), strict=True):
            records[k] = record
    return [(record, found or []) for record, found in zip(records, b.issues, strict=True)]


def _checks(b: _Batch) -> None:
    """Too long cells, then a missing identifier, title or organisation."""
    for i, name, limit in one._LIMITED:
        cells = b.cells[i]
        if cells and max(map(len, cells)) > limit:
            for k, text in enumerate(cells):
                if len(text) > limit:
                    b.add(k, v.check_length(text, limit, b.col[name], b.rownums[k]))
    required = (
        ("external_id", "an identifier such as OPP-001 (without it every import adds the row again)", Severity.WARNING),
        ("title", "the title of the listing", Severity.ERROR),
        ("organization", "the name of the organization that offers it", Severity.ERROR),
    )  # fmt: skip
    for name, expected, severity in required:
        cells = b.column(name)
        if not all(cells):
            for k, text in enumerate(cells):
                if not text:
                    b.add(k, one._required(b.col[name], b.rownums[k], expected, severity))


def _places(b: _Batch, ref: Reference) -> list[Any]:
    texts = b.column("district")
    asked = list(map(bool, texts))
    places = b.memo(
        one._DISTRICT,
        texts,
        partial(one.resolve_places, ref.gazetteer),
        "district",
        only=None if all(asked) else asked,
    )
    if not all(asked):
        for k in compress(range(b.n), [not a for a in asked]):
            places[k] = None
            b.add(
                k,
                one._required(
                    b.col["district"],
                    b.rownums[k],
                    "a district such as Praha 7 or Holešovice, or citywide / remote (celá Praha / online)",
                ),
            )  # fmt: skip
    return places


def _languages(b: _Batch, ref: Reference) -> list[tuple]:
    """Required, then welcome languages (one shared tuple per pair of cells)."""
    catalogue = ref.languages
    required_texts = b.column("languages_required", raw=True)
    welcome_texts = b.column("languages_welcome", raw=True)
    required = b.memo(
        one._REQUIRED, required_texts, partial(one._needs, catalogue, True), "languages_required"
    )
    welcome = b.memo(
        one._WELCOME, welcome_texts, partial(one._needs, catalogue, False), "languages_welcome"
    )
    pairs = list(zip(required_texts, welcome_texts, strict=True))
    found = list(map(one._LANGUAGES.get, pairs))
    if None in found:
        for k, languages in enumerate(found):
            if languages is None:
                languages = one._LANGUAGES.get(pairs[k])
                if languages is None:
                    languages = one._LANGUAGES[pairs[k]] = one._languages(required[k], welcome[k])
                found[k] = languages
    return found


def _date_order(b: _Batch, start: list, end: list) -> None:
    for k in compress(
        range(b.n), [s is not None and e is not None for s, e in zip(start, end, strict=True)]
    ):
        if start[k] and end[k] and end[k] < start[k]:
            b.add(
                k,
                Issue(
                    Problem.DATE_ORDER,
                    column=b.col["end_date"],
                    row=b.rownums[k],
                    value=b.column("end_date")[k],
                    expected=f"a date on or after the start date {start[k]:%-d. %-m. %Y}",
                ),
            )


def _floats(b: _Batch, name: str, low: float, high: float) -> list[float | None]:
    texts = b.column(name)
    out: list[float | None] = [None] * b.n
    if any(texts):
        for k in compress(range(b.n), texts):
            out[k], issue = v.parse_float(texts[k], b.col[name], b.rownums[k], low, high)
            if issue is not None:
                b.add(k, issue)
    return out


def _translations(b: _Batch, rows: Sequence[list[str]], cols: ColumnMap) -> list[dict]:
    if not cols.translations:
        return [{} for _ in range(b.n)]
    out = []
    for k, row in enumerate(rows):
        found: list[Issue] = []
        out.append(one._translations(row, b.rownums[k], cols, found))
        if found:
            b.extend(k, found)
    return out
