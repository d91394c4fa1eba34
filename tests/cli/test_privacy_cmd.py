"""``volmatch privacy``: review, erase with a confirmation, export for the person."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from volmatch.cli import main
from volmatch.domain import Opportunity, Placement, Volunteer
from volmatch.storage import models
from volmatch.storage import repository as repo
from volmatch.storage.database import open_database


@pytest.fixture
def url(tmp_path):
    url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    db = open_database(url)
    with db.session() as s:
        [vid] = repo.save_volunteers(
            s, [Volunteer(name="Olena K", email="olena@example.org", external_id="VOL-1")]
        )
        [oid] = repo.save_opportunities(s, [Opportunity(title="Zahrada")])
        repo.save_placement(s, Placement(vid, oid))
        table = models.Volunteer.__table__
        s.execute(table.update().values(updated_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC)))
        table = models.Placement.__table__
        s.execute(table.update().values(updated_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC)))
    db.dispose()
    return url


def test_review_lists_inactive_profiles_without_names(url, capsys):
    assert main(["privacy", "review", "--db", url, "--today", "2026-01-01"]) == 0
    out = capsys.readouterr().out
    assert "1\tVOL-1\t2020-01-01\t72" in out and "Olena" not in out
    assert main(["privacy", "review", "--db", url, "--months", "80", "--today", "2026-01-01"]) == 0
    assert "no profile" in capsys.readouterr().out


def test_erase_needs_yes(url, capsys):
    assert main(["privacy", "erase", "VOL-1", "--db", url]) == 1
    captured = capsys.readouterr()
    assert "would be erased" in captured.out and "add --yes" in captured.err
    assert main(["privacy", "erase", "olena@example.org", "--yes", "--db", url]) == 0
    assert "erased" in capsys.readouterr().out
    assert main(["privacy", "erase", "VOL-1", "--yes", "--db", url]) == 1
    assert "no volunteer 'VOL-1'" in capsys.readouterr().err
    db = open_database(url)
    with db.session() as s:
        assert repo.find_volunteer(s, "VOL-1") is None
    db.dispose()


def test_export_writes_json_and_a_document(url, tmp_path, capsys):
    out = tmp_path / "request"
    assert main(["privacy", "export", "1", "--out", str(out), "--lang", "cs", "--db", url]) == 0
    data = json.loads((out / "volunteer-1.json").read_text(encoding="utf-8"))
    assert data["volunteer"]["email"] == "olena@example.org"
    assert [p["opportunity"]["title"] for p in data["placements"]] == ["Zahrada"]
    assert "Olena K" in (out / "volunteer-1.html").read_text(encoding="utf-8")
