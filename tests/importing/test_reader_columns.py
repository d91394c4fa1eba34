import pytest

from volmatch.errors import InputError, Problem, Severity
from volmatch.importing.columns import Kind, column_key, match_header
from volmatch.importing.reader import guess_delimiter, parse_csv_text, read_csv_table


def test_utf8_with_and_without_bom(tmp_path):
    for data in ("\ufeffa,b\n1,Žižkov\n".encode(), "a,b\n1,Žižkov\n".encode()):
        path = tmp_path / "f.csv"
        path.write_bytes(data)
        table = read_csv_table(path)
        assert table.header == ["a", "b"]
        assert table.rows == [["1", "Žižkov"]]


def test_semicolons_from_czech_excel_and_quoted_line_breaks():
    table = parse_csv_text('a;b\n1;"řádek 1\nřádek 2, s čárkou"\n')
    assert table.rows == [["1", "řádek 1\nřádek 2, s čárkou"]]
    assert guess_delimiter('"x;y",b,c') == ","


def test_windows_1250_file_from_czech_excel_is_read(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes("a;b\n1;Žižkov, Libeň\n".encode("cp1250"))
    table = read_csv_table(path)
    assert (table.encoding, table.delimiter) == ("cp1250", ";")
    assert table.rows == [["1", "Žižkov, Libeň"]]


def test_a_binary_file_named_csv_is_a_clear_error(tmp_path):
    path = tmp_path / "sheet.csv"
    path.write_bytes(b"PK\x03\x04\x00\x00binary")
    with pytest.raises(InputError) as err:
        read_csv_table(path)
    issue = err.value.issues[0]
    assert issue.problem is Problem.FILE_UNREADABLE
    assert ".xlsx" in issue.expected


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(InputError) as err:
        read_csv_table(tmp_path / "nope.csv")
    assert err.value.issues[0].problem is Problem.FILE_UNREADABLE


def test_header_matching_ignores_case_diacritics_and_separators():
    assert column_key(" Title EN ") == "title_en"
    assert column_key("Název-Školy") == "nazev_skoly"
    header = ["External ID", "TITLE", "Organization", "District", "Title EN", "description-uk"]
    cols, issues = match_header(header, Kind.OPPORTUNITIES)
    assert issues == [
        # description_uk without a title_uk: the translation cannot be kept
        next(i for i in issues if i.column == "title_uk")
    ]
    assert cols.index["title"] == 1
    assert cols.translations == {"en": (4, None)}
    assert cols.header_of("external_id") == "External ID"


def test_unknown_columns_warn_with_suggestions_and_missing_required_ones_are_errors():
    _cols, issues = match_header(["external_id", "name", "langauges", "shoe size"], Kind.VOLUNTEERS)
    by_column = {i.column: i for i in issues}
    assert by_column["langauges"].severity is Severity.WARNING
    assert by_column["langauges"].suggestions == ("languages",)
    assert by_column["shoe size"].problem is Problem.UNKNOWN_COLUMN
    missing = {i.column for i in issues if i.problem is Problem.MISSING_COLUMN}
    assert missing == {"district", "languages"}
    assert all(i.severity is Severity.ERROR for i in issues if i.problem is Problem.MISSING_COLUMN)
    assert by_column["languages"].suggestions == ("rename 'langauges' to 'languages'",)


def test_mapping_renames_source_columns():
    header = ["ID", "Jméno", "Kde bydlí", "Jazyky"]
    mapping = {"id": "external_id", "jmeno": "name", "Kde bydlí": "district", "Jazyky": "languages"}
    cols, issues = match_header(header, Kind.VOLUNTEERS, mapping)
    assert issues == []
    assert cols.index == {"external_id": 0, "name": 1, "district": 2, "languages": 3}


def test_a_column_twice_is_reported_and_the_first_kept():
    cols, issues = match_header(
        ["external_id", "title", "title", "organization", "district"], Kind.OPPORTUNITIES
    )
    assert cols.index["title"] == 1
    assert [i.column for i in issues] == ["title"]
