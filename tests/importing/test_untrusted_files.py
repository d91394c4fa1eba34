"""Untrusted files: every reader refuses a hostile or broken file with one worded issue
(row, column, what, why) and never crashes, aborts, hangs or allocates without bound."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent))

import hostile_files as h

from volmatch.errors import InputError, Problem
from volmatch.importing import limits
from volmatch.importing.importer import read_file
from volmatch.importing.json_listings import read_listings_json
from volmatch.importing.mapping import load_mapping, mapping_from_json
from volmatch.importing.reader import parse_csv_text
from volmatch.importing.spreadsheet import read_table

SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=20,
)


def _one_worded_error(result_or_exc) -> str:
    issues = result_or_exc.issues
    assert issues, "a refusal names what is wrong"
    text = issues[0].describe()
    assert "\n" not in text and "Traceback" not in text
    return text


def test_xlsx_corner_bomb_is_refused_before_the_reader_allocates(tmp_path):
    path = h.xlsx_corner_bomb(tmp_path / "bomb.xlsx")
    assert path.stat().st_size < 5000
    with pytest.raises(InputError) as exc:
        read_table(path)
    text = _one_worded_error(exc.value)
    assert "1,048,576 rows × 16,384 columns" in text


def test_xlsx_without_cell_references_is_bounded_by_its_cells(tmp_path):
    wide = "".join(f'<c t="inlineStr"><is><t>{i}</t></is></c>' for i in range(1500))
    path = h.xlsx(tmp_path / "wide.xlsx", f"<row>{wide}</row>")
    with pytest.raises(InputError) as exc:
        read_table(path)
    assert "columns" in _one_worded_error(exc.value)


def test_ods_repeat_bomb_is_refused(tmp_path):
    path = h.ods_repeat_bomb(tmp_path / "bomb.ods")
    assert path.stat().st_size < 1200
    with pytest.raises(InputError) as exc:
        read_table(path)
    assert "1,048,576 rows × 16,384 columns" in _one_worded_error(exc.value)


def test_ods_trailing_empty_repeats_as_libreoffice_writes_them_are_fine(tmp_path):
    empty = '<table:table-cell table:number-columns-repeated="16382"/>'
    rows = (
        f"<table:table-row>{h.ods_cell('external_id')}{h.ods_cell('title')}{empty}</table:table-row>"
        f"<table:table-row>{h.ods_cell('A-1')}{h.ods_cell('Zahrada')}{empty}</table:table-row>"
        f'<table:table-row table:number-rows-repeated="1048574">'
        f'<table:table-cell table:number-columns-repeated="16384"/></table:table-row>'
    )
    table = read_table(h.ods(tmp_path / "ok.ods", rows))
    assert table.header == ["external_id", "title"]
    assert table.rows[0][:2] == ["A-1", "Zahrada"]


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_a_cell_longer_than_a_cell_may_be_is_refused_naming_row_and_column(tmp_path, fmt):
    n = limits.MAX_CELL_CHARS + 1
    if fmt == "xlsx":
        path = h.xlsx_long_cell(tmp_path / "long.xlsx", n)
    else:
        path = tmp_path / "long.csv"
        path.write_text(f"external_id,title,organization,description\nX-1,T,O,{'a' * n}\n")
    with pytest.raises(InputError) as exc:
        read_table(path)
    issue = exc.value.issues[0]
    assert issue.problem is Problem.TOO_LONG
    assert (issue.row, issue.column) == (2, "description")


def test_a_50_mb_description_in_a_tiny_xlsx_never_reaches_the_database(tmp_path):
    path = h.xlsx_long_cell(tmp_path / "long.xlsx", 5_000_000)
    assert path.stat().st_size < 60_000
    result = read_file(path, "opportunities")
    assert not result.records
    assert result.issues[0].problem is Problem.TOO_LONG


def test_a_header_of_200000_columns_is_refused_at_once(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text(",".join(f"c{i}" for i in range(200_000)) + "\n")
    result = read_file(path, "opportunities")
    assert "at most 1,000 columns" in _one_worded_error(result)


def test_a_file_larger_than_the_limit_is_refused_without_reading_it(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.csv"
    path.write_text("external_id,title\n" + "X,Y\n" * 400)
    result = read_file(path, "opportunities")
    assert "at most" in _one_worded_error(result)


def test_a_broken_xlsx_sheet_is_one_worded_line(tmp_path):
    path = h.xlsx(tmp_path / "broken.xlsx", '<row r="1"><c r="A1" t="s"><v>99</v></c></row>')
    result = read_file(path, "opportunities")
    assert result.issues and not result.records
    _one_worded_error(result)


def test_not_a_zip_at_all(tmp_path):
    path = tmp_path / "fake.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    _one_worded_error(read_file(path, "opportunities"))


@SETTINGS
@given(data=JSON)
def test_any_json_as_a_mapping_file_loads_or_is_refused_in_words(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("m") / "mapping.json"
    path.write_text(json.dumps(data))
    try:
        load_mapping(path, "opportunities")
    except InputError as exc:
        _one_worded_error(exc)


@SETTINGS
@given(
    columns=st.dictionaries(st.text(max_size=8), JSON, max_size=3),
    extra=st.dictionaries(
        st.sampled_from(
            ["file", "defaults", "constants", "unmapped", "kind", "source_lang", "complete"]
        ),
        JSON,
        max_size=3,
    ),
)
def test_mapping_files_with_wrong_shapes_in_every_place(columns, extra):
    try:
        mapping_from_json({"volmatch_mapping": 1, "columns": columns, **extra}, "opportunities")
    except InputError as exc:
        _one_worded_error(exc)


@pytest.mark.parametrize(
    "text",
    [b"\xff\xfe{", b"[1, 2", b"{" * 100_000 + b"}" * 100_000, b'{"a": 1e999999}', b"\x00"],
)
def test_broken_mapping_files(tmp_path, text):
    path = tmp_path / "m.json"
    path.write_bytes(text)
    with pytest.raises(InputError) as exc:
        load_mapping(path)
    _one_worded_error(exc.value)


def test_a_catastrophic_pattern_in_a_mapping_is_bounded(tmp_path):
    mapping = mapping_from_json(
        {"columns": {"title": {"field": "title", "transforms": [{"extract": r"(x+x+)+y"}]}}},
        "opportunities",
    )
    path = tmp_path / "a.csv"
    rows = "".join(f"X-{n}," + "x" * 5000 + ",O,Praha 7\n" for n in range(200))
    path.write_text("external_id,title,organization,district\n" + rows)
    import time

    start = time.monotonic()
    result = read_file(path, "opportunities", mapping)
    assert time.monotonic() - start < 5
    assert any("pattern" in i.describe() for i in result.issues)


LISTING = {"external_id": "A", "texts": {"cs": {"title": "T"}}, "scope": "districts"}


@SETTINGS
@given(
    item=st.dictionaries(
        st.sampled_from(
            sorted(
                {
                    *LISTING,
                    "districts",
                    "languages",
                    "interests",
                    "organization",
                    "contact",
                    "schedule_slots",
                    "capacity",
                    "start_date",
                    "created",
                    "lang",
                    "commitment",
                    "latitude",
                }
            )
        ),
        JSON,
        max_size=6,
    ),
    top=JSON,
)
def test_any_json_listings_file_reads_or_is_refused_in_words(tmp_path_factory, item, top):
    folder = tmp_path_factory.mktemp("j")
    for data in (
        {
            "$schema": "https://volmatch.example/schemas/listings-1.0",
            "listings": [{**LISTING, **item}],
        },
        {"$schema": "https://volmatch.example/schemas/listings-1.0", "listings": top},
        top,
    ):
        path = folder / "listings.json"
        path.write_text(json.dumps(data))
        result = read_listings_json(path)
        for issue in result.issues:
            assert issue.describe()


@pytest.mark.parametrize("text", [b"[" * 100_000, b'{"$schema": 5}', b"\xef\xbb\xbf", b"nul"])
def test_broken_json_listings_files(tmp_path, text):
    path = tmp_path / "listings.json"
    path.write_bytes(text)
    _one_worded_error(read_listings_json(path))


@SETTINGS
@given(text=st.text(max_size=400))
def test_any_csv_text_parses_or_is_refused_in_words(text):
    try:
        parse_csv_text(text, "x.csv")
    except InputError as exc:
        _one_worded_error(exc)


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
def test_a_listing_ending_at_the_end_of_the_calendar_is_refused_by_row(tmp_path, day):
    path = tmp_path / "listings.json"
    item = {**LISTING, "scope": "citywide", "commitment": "one-off", "end_date": day}
    path.write_text(
        json.dumps({"$schema": "https://volmatch.example/schemas/listings-1.0", "listings": [item]})
    )
    result = read_listings_json(path)
    assert not result.records
    assert "between 1900 and 2200" in result.issues[0].describe()


@pytest.mark.parametrize("cell", ["9" * 400, "1e309", "99999999999999999999999999999999.0"])
def test_a_400_digit_number_is_a_worded_error(tmp_path, cell):
    path = tmp_path / "n.csv"
    path.write_text(f"external_id,title,organization,district,capacity\nX-1,T,O,Praha 7,{cell}\n")
    result = read_file(path, "opportunities")
    assert not result.records
    assert result.issues[0].problem is Problem.BAD_NUMBER
    assert (result.issues[0].row, result.issues[0].column) == (2, "capacity")


def test_terminal_escapes_are_not_stored_and_not_printed(tmp_path):
    path = tmp_path / "e.csv"
    path.write_text(
        "external_id,title,organization,district\n"
        "X-1,Clean\x1b[2J\x1b]0;pwned\x07 title,O\x1b[1A,Praha 7\n"
        "X-2,T,O,Praha 99\x1b[2K\n"
    )
    result = read_file(path, "opportunities")
    assert result.records[0].title == "Clean title"
    assert result.records[0].organization == "O"
    text = " ".join(i.describe() for i in result.issues)
    assert "\x1b" not in text


def test_one_windows_1250_row_in_a_utf8_file_garbles_nothing_else(tmp_path):
    path = tmp_path / "mixed.csv"
    head = b"external_id,title,organization,district\n"
    utf8 = "A-1,Zahrádka u Žižkovské věže,Spolek Ďáblice,Praha 3\n".encode()
    cp1250 = "A-2,Doučování češtiny,Charita Říčany,Praha 7\n".encode("cp1250")
    path.write_bytes(head + utf8 + cp1250 + utf8.replace(b"A-1", b"A-3"))
    result = read_file(path, "opportunities")
    titles = [r.title for r in result.records]
    assert titles == ["Zahrádka u Žižkovské věže", "Doučování češtiny", "Zahrádka u Žižkovské věže"]
    assert result.records[1].organization == "Charita Říčany"
    warning = result.issues[0]
    assert warning.severity.value == "warning" and "line(s) 3 in Windows-1250" in warning.describe()


def test_a_whole_windows_1250_file_is_still_read_as_such(tmp_path):
    path = tmp_path / "cp.csv"
    path.write_bytes(
        "external_id,title,organization,district\nA-1,Doučování,Charita,Praha 7\n".encode("cp1250")
    )
    result = read_file(path, "opportunities")
    assert result.records[0].title == "Doučování"
    assert not any("Windows-1250" in i.describe() for i in result.issues)


def _letters(n: int) -> str:
    text = ""
    while n:
        n, rest = divmod(n - 1, 26)
        text = chr(65 + rest) + text
    return text


@settings(max_examples=25, deadline=None)
@given(
    cells=st.lists(
        st.tuples(
            st.integers(1, 40) | st.integers(1001, 20_000),
            st.integers(1, 2000) | st.integers(1_000_001, 1_100_000),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_any_sparse_xlsx_is_read_or_refused_exactly_by_its_used_area(tmp_path_factory, cells):
    folder = tmp_path_factory.mktemp("x")
    by_row: dict[int, list[int]] = {}
    for col, row in [(1, 1), *cells]:
        by_row.setdefault(row, []).append(col)
    body = "".join(
        f'<row r="{r}">'
        + "".join(h._inline(f"{_letters(c)}{r}", "x") for c in sorted(set(cols)))
        + "</row>"
        for r, cols in sorted(by_row.items())
    )
    path = h.xlsx(folder / "s.xlsx", body)
    width = max(c for c, _ in [(1, 1), *cells])
    height = max(r for _, r in [(1, 1), *cells])
    too_big = (
        width > limits.MAX_COLUMNS or height > limits.MAX_ROWS or width * height > limits.MAX_CELLS
    )
    if too_big:
        with pytest.raises(InputError) as exc:
            read_table(path)
        assert f"{height:,} rows × {width:,} columns" in exc.value.issues[0].describe()
    else:
        table = read_table(path)
        assert len(table.rows) + 1 >= 1
