"""The database URL an installer sets machine-wide (volmatch.ini next to the executable)."""

from __future__ import annotations

import sys

from volmatch import paths


def frozen_at(monkeypatch, folder):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "volmatch.exe"))


def test_installer_ini_next_to_the_executable_sets_the_database(monkeypatch, tmp_path):
    frozen_at(monkeypatch, tmp_path)
    url = "postgresql+psycopg://volmatch@db.praha.example/volmatch"
    # Inno Setup and Notepad may write a byte-order mark.
    (tmp_path / "volmatch.ini").write_text(f"\ufeff[database]\nurl = {url}\n", encoding="utf-8")

    assert paths.site_database_url() == url
    assert paths.default_database_url() == url


def test_the_environment_still_wins(monkeypatch, tmp_path):
    frozen_at(monkeypatch, tmp_path)
    (tmp_path / "volmatch.ini").write_text("[database]\nurl = postgresql://a/b\n", encoding="utf-8")
    monkeypatch.setenv("VOLMATCH_DATABASE_URL", "sqlite:///elsewhere.sqlite3")

    assert paths.default_database_url() == "sqlite:///elsewhere.sqlite3"


def test_empty_or_broken_ini_falls_back_to_the_users_sqlite_file(monkeypatch, tmp_path):
    frozen_at(monkeypatch, tmp_path)
    monkeypatch.setattr(paths.platformdirs, "site_config_dir", lambda *a: str(tmp_path / "site"))
    (tmp_path / "volmatch.ini").write_text("[database]\nurl =   \n", encoding="utf-8")
    assert paths.site_database_url() is None
    (tmp_path / "volmatch.ini").write_text("this is not an ini file", encoding="utf-8")
    assert paths.site_database_url() is None

    assert paths.default_database_url().startswith("sqlite:///")
    assert paths.default_database_url().endswith("volmatch.sqlite3")


def test_not_frozen_reads_only_the_site_config_directory(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", False, raising=False)
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.setattr(paths.platformdirs, "site_config_dir", lambda *a: str(site))
    (site / "volmatch.ini").write_text("[database]\nurl = postgresql://team/db\n", encoding="utf-8")

    assert paths.site_ini_files() == [site / "volmatch.ini"]
    assert paths.site_database_url() == "postgresql://team/db"
