from __future__ import annotations

import datetime as dt
import json

import pytest

from volmatch.cli import main
from volmatch.domain import (
    LanguageNeed,
    LanguageSkill,
    Level,
    Opportunity,
    Scope,
    Status,
    Volunteer,
)

FUTURE = dt.date.today() + dt.timedelta(days=200)


@pytest.fixture
def db_url(tmp_path) -> str:
    from volmatch.storage import repository as repo
    from volmatch.storage.database import open_database

    url = f"sqlite:///{tmp_path / 'match.sqlite3'}"
    db = open_database(url)
    with db.session(write=True) as s:
        repo.save_opportunities(
            s,
            [
                Opportunity(
                    title="Komunitní zahrada",
                    external_id="OPP-1",
                    organization="Zahrada z. s.",
                    districts=("Praha 7",),
                    languages=(LanguageNeed("cs", Level.B1, True),),
                    interests=("gardening",),
                    status=Status.PUBLISHED,
                    valid_until=FUTURE,
                ),
                Opportunity(
                    title="Doučování dětí",
                    external_id="OPP-2",
                    organization="Centrum",
                    districts=("Praha 8",),
                    languages=(LanguageNeed("cs", Level.C1, True),),
                    status=Status.PUBLISHED,
                    valid_until=FUTURE,
                ),
                Opportunity(
                    title="Festival",
                    external_id="OPP-3",
                    organization="Centrum",
                    scope=Scope.CITYWIDE,
                    status=Status.PUBLISHED,
                    valid_until=FUTURE,
                ),
                Opportunity(
                    title="Koncept",
                    external_id="OPP-4",
                    organization="Centrum",
                    status=Status.DRAFT,
                ),
            ],
        )
        repo.save_volunteers(
            s,
            [
                Volunteer(
                    name="Olena Kovalenko",
                    external_id="VOL-1",
                    email="olena@example.org",
                    consent_date=dt.date(2026, 1, 15),
                    district="Praha 8",
                    interests_text="zahradniceni",
                    languages=(LanguageSkill("uk", Level.NATIVE), LanguageSkill("cs", Level.B1)),
                ),
                Volunteer(
                    name="Empty Profile", external_id="VOL-2", consent_date=dt.date(2026, 1, 15)
                ),
                Volunteer(name="Not Yet Asked", external_id="VOL-3"),
            ],
        )
    db.dispose()
    return url


def run_json(capsys, *args) -> dict:
    assert main(["match", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_volunteer_by_email_json_shape(db_url, capsys):
    out = run_json(capsys, "--db", db_url, "--volunteer", "OLENA@example.org", "--top", "5")
    assert out["subject"] == {
        "type": "volunteer",
        "id": 1,
        "external_id": "VOL-1",
        "name": "Olena Kovalenko",
    }
    assert out["direction"] == "volunteer->opportunity"
    assert out["filter"]["enabled"] is True and out["excluded_by_filter"] == 1
    assert [m["opportunity"]["external_id"] for m in out["matches"]] == ["OPP-1", "OPP-3"]
    first = out["matches"][0]
    assert first["rank"] == 1 and set(first["parts"]) == {
        "language",
        "district",
        "interests",
        "availability",
    }
    assert any(r["kind"] == "interest_match" and r["tag"] == "gardening" for r in first["reasons"])
    assert all(r["text"] for r in first["reasons"])
    assert out["unmet_total"] == 1 and out["unmet_matches"] == []
    assert out["relaxations"] == [
        {"need": "cs", "count": 1, "text": "1 more if you relax the Czech requirement"}
    ]


def test_all_shows_unmet_and_any_status_shows_drafts(db_url, capsys):
    out = run_json(capsys, "--db", db_url, "--volunteer", "VOL-1", "--all", "--any-status")
    assert [m["opportunity"]["external_id"] for m in out["unmet_matches"]] == ["OPP-2"]
    assert out["unmet_matches"][0]["unmet"] == ["cs"]
    assert "OPP-4" in [m["opportunity"]["external_id"] for m in out["matches"]]
    assert out["filter"]["enabled"] is False


def test_opportunity_direction_in_czech_text(db_url, capsys):
    assert main(["match", "--db", db_url, "--opportunity", "OPP-1", "--lang", "cs"]) == 0
    text = capsys.readouterr().out
    # --lang words the whole output, not only the reasons
    assert text.splitlines()[0].startswith("Nabídka #1 OPP-1 Komunitní zahrada: nejlepší: ")
    assert "#1 VOL-1 Olena Kovalenko" in text
    assert "čeština na úrovni B1" in text
    assert "olena@example.org" not in text  # no contact details in a ranking


def test_empty_profile_is_honest(db_url, capsys):
    out = run_json(capsys, "--db", db_url, "--volunteer", "2")
    assert any(n["kind"] == "empty_profile" for n in out["notes"])


@pytest.mark.parametrize(
    "args", [["--volunteer", "nobody@example.org"], ["--opportunity", "OPP-99"]]
)
def test_unknown_ref_exits_1_with_one_line(db_url, capsys, args):
    assert main(["match", "--db", db_url, *args]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "no " in err


def test_a_volunteer_without_consent_is_not_matched_and_is_left_out(db_url, capsys):
    assert main(["--db", db_url, "match", "--volunteer", "VOL-3", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["blocked"] == "no_consent" and result["matches"] == []

    assert main(["--db", db_url, "match", "--opportunity", "OPP-3"]) == 0
    out = capsys.readouterr().out
    assert "Not Yet Asked" not in out
    assert "Left out: 1 volunteer without consent to matching" in out
