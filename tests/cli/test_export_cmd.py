"""``volmatch export`` against a real SQLite database."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from volmatch.cli import main
from volmatch.domain import Opportunity, Status


def test_export_json_for_an_administrative_district(db_url, tmp_path, capsys):
    out = tmp_path / "out"
    code = main(["export", "json", "--out", str(out), "--district", "Praha 7", "--db", db_url])
    assert code == 0
    doc = json.loads((out / "listings.json").read_text(encoding="utf-8"))
    assert [item["texts"]["cs"]["title"] for item in doc["listings"]] == ["Doučování v Troji"]
    assert doc["filter"]["district"] == "Praha 7"
    assert "TAJNÁ" not in (out / "listings.json").read_text(encoding="utf-8")
    assert "Exported 1 listing in Praha 7" in capsys.readouterr().out


def test_export_site_twice_is_identical(db_url, tmp_path):
    args = ["export", "site", "--db", db_url, "--today", "2025-01-01", "--out"]
    assert main([*args, str(tmp_path / "a")]) == 0
    assert main([*args, str(tmp_path / "b")]) == 0
    a = (tmp_path / "a" / "cs" / "index.html").read_bytes()
    assert a == (tmp_path / "b" / "cs" / "index.html").read_bytes()
    assert "Zahrada v Libni" in a.decode()


def test_unknown_district_exits_1_with_suggestions(db_url, tmp_path, capsys):
    code = main(
        ["export", "site", "--out", str(tmp_path / "o"), "--district", "Prha 7", "--db", db_url]
    )
    assert code == 1
    err = capsys.readouterr().err
    assert "Prha 7" in err and "did you mean" in err and "Praha 7" in err
    assert not (tmp_path / "o").exists()


def test_refuses_a_folder_with_other_files(db_url, tmp_path, capsys):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "letter.txt").write_text("keep")
    assert main(["export", "csv", "--out", str(tmp_path / "docs"), "--db", db_url]) == 1
    assert "did not write: letter.txt" in capsys.readouterr().err
    assert (tmp_path / "docs" / "letter.txt").read_text() == "keep"


def test_bad_format_is_a_usage_error(db_url, tmp_path):
    with pytest.raises(SystemExit) as exc:
        main(["export", "pdf", "--out", str(tmp_path / "o"), "--db", db_url])
    assert exc.value.code == 2


def test_today_decides_expiry(tmp_path):
    from volmatch.storage import repository as repo
    from volmatch.storage.database import open_database

    url = f"sqlite:///{tmp_path / 'e.sqlite3'}"
    db = open_database(url)
    with db.session() as s:
        repo.save_opportunities(
            s,
            [
                Opportunity(
                    title="Končí",
                    status=Status.PUBLISHED,
                    valid_until=dt.date(2025, 6, 30),
                )
            ],
        )
    db.dispose()
    out = tmp_path / "o"
    assert main(["export", "json", "--out", str(out), "--db", url, "--today", "2025-07-01"]) == 0
    assert json.loads((out / "listings.json").read_text())["count"] == 0
    assert main(["export", "json", "--out", str(out), "--db", url, "--today", "2025-06-30"]) == 0
    assert json.loads((out / "listings.json").read_text())["count"] == 1


def test_export_site_with_an_accessibility_contact_and_the_ofn_feed(db_url, tmp_path):
    out = tmp_path / "site"
    args = ["export", "site", "--out", str(out), "--db", db_url]
    assert main([*args, "--contact", "pristupnost@praha.example"]) == 0
    statement = (out / "uk" / "accessibility.html").read_text(encoding="utf-8")
    assert 'href="mailto:pristupnost@praha.example"' in statement
    assert "accessibility.html" in (out / "cs" / "index.html").read_text(encoding="utf-8")
    assert main(["export", "ofn", "--out", str(tmp_path / "ofn"), "--db", db_url]) == 0
    events = json.loads((tmp_path / "ofn" / "ofn-udalosti.jsonld").read_text(encoding="utf-8"))
    assert {e["název"]["cs"] for e in events} == {"Doučování v Troji", "Zahrada v Libni"}


def test_export_uses_the_contact_set_in_the_app_unless_told_otherwise(db_url, tmp_path, capsys):
    from volmatch.exporting.contact import save_contact, stored_contact
    from volmatch.storage.database import open_database

    db = open_database(db_url)
    with db.session() as s:
        save_contact(s, " https://www.praha.eu/pristupnost ")
    with db.session() as s:
        assert stored_contact(s) == "https://www.praha.eu/pristupnost"
        with pytest.raises(ValueError):
            save_contact(s, "javascript:alert(1)")
    db.dispose()
    out = tmp_path / "site"
    args = ["export", "site", "--out", str(out), "--db", db_url]
    assert main(args) == 0
    statement = (out / "cs" / "accessibility.html").read_text(encoding="utf-8")
    assert 'href="https://www.praha.eu/pristupnost"' in statement
    assert main([*args, "--contact", "redakce@praha.example"]) == 0
    statement = (out / "cs" / "accessibility.html").read_text(encoding="utf-8")
    assert 'href="mailto:redakce@praha.example"' in statement
    assert "praha.eu/pristupnost" not in statement
    assert main([*args, "--contact", "zavolejte nám"]) == 1
    assert "neither an e-mail address nor a web page" in capsys.readouterr().err
