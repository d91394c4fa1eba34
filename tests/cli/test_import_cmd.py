import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "importing"))

from import_helpers import opportunity_row, volunteer_row, write_rows

from volmatch.cli import main
from volmatch.storage import repository as repo
from volmatch.storage.database import open_database


@pytest.fixture
def url(tmp_path):
    return f"sqlite:///{tmp_path / 'cli.sqlite3'}"


def stored_volunteers(url):
    db = open_database(url)
    try:
        with db.session() as s:
            return repo.load_volunteers(s)
    finally:
        db.dispose()


def test_import_prints_warnings_and_a_summary(url, tmp_path, capsys):
    path = write_rows(
        tmp_path / "v.csv",
        [volunteer_row(external_id="VOL-1", district="Zizkov"), volunteer_row(external_id="VOL-2")],
    )
    assert main(["--db", url, "import", "volunteers", path]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Warnings (1):"
    assert out[1].startswith("  WARNING: row 2, column “district”")
    assert "created 2 and updated 0 volunteers, 1 warning" in out[-1]
    assert len(stored_volunteers(url)) == 2


def test_bad_row_exits_1_with_one_line_on_stderr_and_stores_nothing(url, tmp_path, capsys):
    rows = [
        volunteer_row(external_id="VOL-1"),
        volunteer_row(external_id="VOL-2", district="Atlantis"),
    ]
    path = write_rows(tmp_path / "v.csv", rows)
    assert main(["import", "volunteers", path, "--db", url]) == 1
    captured = capsys.readouterr()
    assert captured.out.startswith(
        "Errors (1):\n  ERROR: row 3, column “district”: unknown district — found “Atlantis”"
    )
    (line,) = captured.err.strip().splitlines()
    assert line.startswith("volmatch: error: v.csv: nothing was stored: row 3, column “district”")
    assert stored_volunteers(url) == []


def test_dry_run_stores_nothing(url, tmp_path, capsys):
    path = write_rows(tmp_path / "o.csv", [opportunity_row()])
    assert main(["--db", url, "import", "opportunities", path, "--dry-run"]) == 0
    assert "would create 1" in capsys.readouterr().out
    db = open_database(url)
    with db.session() as s:
        assert repo.load_opportunities(s) == []
    db.dispose()


def test_mapping_file(url, tmp_path, capsys):
    path = write_rows(
        tmp_path / "v.csv", [{"ID": "VOL-5", "Jméno": "Anna", "Kde": "Karlín", "Jazyky": "cs"}]
    )
    mapping = tmp_path / "map.json"
    mapping.write_text(
        json.dumps(
            {"ID": "external_id", "Jméno": "name", "Kde": "district", "Jazyky": "languages"}
        ),
        encoding="utf-8",
    )
    assert main(["--db", url, "import", "volunteers", path, "--mapping", str(mapping)]) == 0
    assert [v.district for v in stored_volunteers(url)] == ["Praha 8"]


@pytest.mark.parametrize("content", ["{not json", '["title"]', '{"a": 1}'])
def test_bad_mapping_file_exits_1(url, tmp_path, capsys, content):
    path = write_rows(tmp_path / "v.csv", [volunteer_row()])
    mapping = tmp_path / "map.json"
    mapping.write_text(content, encoding="utf-8")
    assert main(["--db", url, "import", "volunteers", path, "--mapping", str(mapping)]) == 1
    assert "map.json" in capsys.readouterr().err


def test_missing_file_and_missing_column_exit_1(url, tmp_path, capsys):
    assert main(["--db", url, "import", "volunteers", str(tmp_path / "none.csv")]) == 1
    assert "no such file" in capsys.readouterr().err
    path = tmp_path / "v.csv"
    path.write_text("external_id,name\nVOL-1,Anna\n", encoding="utf-8")
    assert main(["--db", url, "import", "volunteers", str(path)]) == 1
    err = capsys.readouterr().err
    assert "a required column is missing" in err and "more error" in err


def test_usage_errors_exit_2(url, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--db", url, "import", "organizations", "x.csv"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["--db", url, "import", "volunteers"])
    assert exc.value.code == 2


def test_report_is_grouped_by_problem_and_column(url, tmp_path, capsys):
    rows = [volunteer_row(external_id=f"VOL-{i}", district="Atlantis") for i in range(12)]
    path = write_rows(tmp_path / "v.csv", rows)
    assert main(["--db", url, "import", "volunteers", path]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Errors (12):"
    assert out[1].startswith("  ERROR: column “district”: unknown district; expected")
    assert out[1].endswith("— in 12 rows:")
    assert out[2].startswith("    row 2: found “Atlantis”")
    assert out[-1] == "    … and 4 more rows"


def test_duplicates_wait_for_a_decision_then_skip(url, tmp_path, capsys):
    first = write_rows(tmp_path / "a.csv", [opportunity_row(external_id="A-1")])
    assert main(["--db", url, "import", "opportunities", first]) == 0
    second = write_rows(
        tmp_path / "b.csv",
        [opportunity_row(external_id="B-1"), opportunity_row(external_id="B-2", title="Jiné")],
    )
    capsys.readouterr()
    assert main(["--db", url, "import", "opportunities", second]) == 1
    captured = capsys.readouterr()
    assert "looks like a listing already stored" in captured.out
    assert "--on-duplicate skip" in captured.err
    args = ["--db", url, "import", "opportunities", second, "--on-duplicate", "skip"]
    assert main(args) == 0
    assert (
        "created 1 and updated 0 opportunities, 1 skipped as duplicates" in capsys.readouterr().out
    )


def test_save_mapping_then_reuse_it_on_a_spreadsheet(url, tmp_path, capsys):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["Kód", "Jméno a příjmení", "Bydliště", "Jazyky", "Boty"])
    wb.active.append([7.0, "Anna Nová", "Karlín", "čeština", "42"])
    path = tmp_path / "lide.xlsx"
    wb.save(path)
    saved = tmp_path / "lide.mapping.json"
    args = ["--db", url, "import", "volunteers", str(path), "--dry-run"]
    assert main([*args, "--save-mapping", str(saved)]) == 0
    columns = json.loads(saved.read_text(encoding="utf-8"))["columns"]
    assert columns["Jméno a příjmení"] == "name" and columns["Boty"] is None
    assert main(["--db", url, "import", "volunteers", str(path), "--mapping", str(saved)]) == 0
    (person,) = stored_volunteers(url)
    assert (person.external_id, person.district, person.notes) == ("7", "Praha 8", "Boty: 42")
