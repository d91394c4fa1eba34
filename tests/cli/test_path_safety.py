"""No command destroys what it did not write: --out, --db, --save-mapping, privacy export,
--base-url and mistyped commands are checked before anything is written."""

from __future__ import annotations

import os
import stat

import pytest

from volmatch import paths
from volmatch.cli import main
from volmatch.domain import Opportunity, Status, Volunteer
from volmatch.launcher import main as launcher_main
from volmatch.storage import repository as repo
from volmatch.storage.database import open_database


@pytest.fixture
def url(tmp_path):
    url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    db = open_database(url)
    with db.session() as s:
        repo.save_opportunities(
            s, [Opportunity(title="Zahrada", organization="Spolek", status=Status.PUBLISHED)]
        )
        repo.save_volunteers(s, [Volunteer(name="Olena K", external_id="VOL-1")])
    db.dispose()
    return url


def test_an_empty_out_is_refused_and_nothing_lands_in_the_current_folder(
    url, tmp_path, monkeypatch, capsys
):
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    assert main(["export", "site", "--out", "", "--db", url]) == 1
    assert "--out needs a folder name" in capsys.readouterr().err
    assert list(here.iterdir()) == []


def test_out_as_the_home_folder_is_refused(url, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("HOME", str(tmp_path))
    assert main(["export", "site", "--out", "~", "--db", url]) == 1
    assert "your home folder" in capsys.readouterr().err


@pytest.mark.parametrize(
    "command",
    [
        ["export", "site", "--out", "SITE"],
        ["list", "opportunities"],
        ["match", "--volunteer", "1"],
        ["privacy", "review"],
        ["db", "check"],
    ],
)
def test_a_mistyped_db_is_an_error_naming_the_path_and_creates_nothing(tmp_path, capsys, command):
    missing = tmp_path / "ofice.sqlite3"
    argv = [part.replace("SITE", str(tmp_path / "site")) for part in command]
    assert main([*argv, "--db", f"sqlite:///{missing}"]) == 1
    assert f"there is no database at {missing}" in capsys.readouterr().err
    assert not missing.exists()
    assert not (tmp_path / "site").exists()


def test_import_and_demo_still_create_a_new_database(tmp_path, capsys):
    new = tmp_path / "new.sqlite3"
    csv = tmp_path / "a.csv"
    csv.write_text("external_id,title,organization,district\nA-1,Zahrada,Spolek,Praha 7\n")
    assert main(["import", "opportunities", str(csv), "--db", f"sqlite:///{new}"]) == 0
    assert new.exists()


def test_a_dry_run_on_a_new_database_creates_no_file(tmp_path, capsys):
    new = tmp_path / "new.sqlite3"
    csv = tmp_path / "a.csv"
    csv.write_text("external_id,title,organization,district\nA-1,Zahrada,Spolek,Praha 7\n")
    assert main(["import", "opportunities", str(csv), "--dry-run", "--db", f"sqlite:///{new}"]) == 0
    assert "would" in capsys.readouterr().out
    assert not new.exists()


def test_a_mistyped_command_is_a_usage_error_not_the_desktop_app(capsys):
    with pytest.raises(SystemExit) as exc:
        launcher_main(["exprot", "site", "--out", "x"])
    assert exc.value.code == 2
    assert "invalid choice: 'exprot'" in capsys.readouterr().err


def test_save_mapping_refuses_existing_files_the_input_and_databases(url, tmp_path, capsys):
    csv = tmp_path / "a.csv"
    csv.write_text("external_id,title,organization,district\nA-1,Zahrada,Spolek,Praha 7\n")
    base = ["import", "opportunities", str(csv), "--dry-run", "--db", url]
    mapping = tmp_path / "mapping.json"
    mapping.write_text("mine")
    assert main([*base, "--save-mapping", str(mapping)]) == 1
    assert "exists already" in capsys.readouterr().err
    assert mapping.read_text() == "mine"
    assert main([*base, "--save-mapping", str(mapping), "--overwrite-mapping"]) == 0
    assert '"volmatch_mapping"' in mapping.read_text()
    for target in (csv, tmp_path / "office.sqlite3"):
        before = target.read_bytes()
        assert main([*base, "--save-mapping", str(target), "--overwrite-mapping"]) == 1
        assert target.read_bytes() == before
    capsys.readouterr()


def test_privacy_export_refuses_existing_files_and_public_folders(url, tmp_path, capsys):
    out = tmp_path / "request"
    assert main(["privacy", "export", "VOL-1", "--out", str(out), "--db", url]) == 0
    written = out / "volunteer-1.json"
    if os.name == "posix":
        assert stat.S_IMODE(written.stat().st_mode) == 0o600
        assert stat.S_IMODE(out.stat().st_mode) == 0o700
    assert main(["privacy", "export", "VOL-1", "--out", str(out), "--db", url]) == 1
    assert "exists already" in capsys.readouterr().err
    assert main(["privacy", "export", "VOL-1", "--out", str(out), "--force", "--db", url]) == 0
    site = tmp_path / "site"
    assert main(["export", "site", "--out", str(site), "--db", url]) == 0
    capsys.readouterr()
    assert main(["privacy", "export", "VOL-1", "--out", str(site / "cs"), "--db", url]) == 1
    assert "published export folder" in capsys.readouterr().err
    assert not (site / "cs" / "volunteer-1.json").exists()


@pytest.mark.parametrize(
    "base_url",
    [
        "https://pr\u202eaha.eu",  # a right-to-left override
        "https://p\u200braha.eu",  # a zero-width space
        "https://\u0440raha.eu",  # a Cyrillic "р" in place of the Latin "p"
        "javascript:alert(1)",
        "https://user:pw@praha.eu",
        "praha.eu",
        "https://praha.eu/?x=1",
    ],
)
def test_base_url_is_validated(url, tmp_path, capsys, base_url):
    out = tmp_path / "site"
    assert main(["export", "site", "--out", str(out), "--base-url", base_url, "--db", url]) == 1
    err = capsys.readouterr().err
    assert "is not a web address" in err
    assert "\u202e" not in err and "\u200b" not in err
    assert not out.exists()


def test_a_valid_base_url_passes(url, tmp_path):
    out = tmp_path / "site"
    args = ["export", "atom", "--out", str(out), "--base-url", "https://xn--praha-xyz.eu/dobro"]
    assert main([*args, "--db", url]) == 0


def test_list_and_dry_run_leave_an_older_database_as_it_is(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    db = open_database(url)
    db.downgrade("0001")
    db.dispose()
    before = (tmp_path / "old.sqlite3").read_bytes()
    assert main(["list", "opportunities", "--db", url]) == 1
    assert "volmatch db upgrade" in capsys.readouterr().err
    csv = tmp_path / "a.csv"
    csv.write_text("external_id,title,organization,district\nA-1,Zahrada,Spolek,Praha 7\n")
    assert main(["import", "opportunities", str(csv), "--dry-run", "--db", url]) == 1
    assert (tmp_path / "old.sqlite3").read_bytes() == before
    assert not list((paths.data_dir() / "backups").glob("old-*"))


def test_terminal_escapes_in_an_error_are_shown_escaped(tmp_path, capsys):
    csv = tmp_path / "a.csv"
    csv.write_text("external_id,title,organization,district\nA-1,T,O,Praha 99\x1b[2J\n")
    main(
        [
            "import",
            "opportunities",
            str(csv),
            "--dry-run",
            "--db",
            f"sqlite:///{tmp_path / 'n.sqlite3'}",
        ]
    )
    captured = capsys.readouterr()
    assert "\x1b" not in captured.out + captured.err


def test_list_shows_stored_terminal_escapes_escaped(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    db = open_database(url)
    with db.session() as s:  # as an older volmatch or another program may have stored it
        repo.save_opportunities(s, [Opportunity(title="Fake\x1b[2J\x1b[1A OK", organization="S")])
    db.dispose()
    assert main(["list", "opportunities", "--db", url]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\\x1b[2J" in out


def test_out_dot_inside_an_earlier_export_is_fine_elsewhere_refused(url, tmp_path, monkeypatch):
    site = tmp_path / "site"
    assert main(["export", "site", "--out", str(site), "--db", url]) == 0
    monkeypatch.chdir(site)
    assert main(["export", "site", "--out", ".", "--db", url]) == 0
    other = tmp_path / "docs"
    other.mkdir()
    (other / "letter.txt").write_text("keep")
    monkeypatch.chdir(other)
    assert main(["export", "site", "--out", ".", "--db", url]) == 1
    assert (other / "letter.txt").read_text() == "keep"
