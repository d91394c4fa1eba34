"""``volmatch outreach``: the e-mail printed or saved as an .eml draft with its invitation,
the organization's with only what the volunteer agreed to pass on."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import stat

import icalendar
import pytest

from volmatch.cli import main
from volmatch.domain import Commitment, Opportunity, Volunteer
from volmatch.storage import repository as repo
from volmatch.storage.database import open_database


@pytest.fixture
def url(tmp_path):
    url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    db = open_database(url)
    with db.session() as s:
        repo.save_volunteers(
            s,
            [
                Volunteer(
                    name="Olena K",
                    email="olena@example.org",
                    phone="+420 555 000 111",
                    external_id="VOL-1",
                    consent_date=dt.date(2026, 1, 5),
                    consent_scope="matching, contact",
                ),
                Volunteer(
                    name="Jan N",
                    email="jan@example.org",
                    external_id="VOL-2",
                    consent_date=dt.date(2026, 1, 5),
                    consent_scope="matching",
                ),
            ],
        )
        repo.save_opportunities(
            s,
            [
                Opportunity(
                    title="Zahrada",
                    organization="Spolek",
                    external_id="OPP-1",
                    contact_email="spolek@example.org",
                    commitment=Commitment.ONE_OFF,
                    start_date=dt.date(2027, 5, 1),
                )
            ],
        )
    db.dispose()
    return url


def test_prints_the_organizations_email_without_unconsented_data(url, capsys):
    assert main(["outreach", "VOL-1", "OPP-1", "--to", "organization", "--db", url]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("To: spolek@example.org\nSubject: Zájemce o dobrovolnictví")
    assert "Olena" not in captured.out and "olena@" not in captured.out
    assert "left out" in captured.err and "name, e-mail, phone" in captured.err


def test_saves_an_owner_only_eml_and_ics_and_never_overwrites(url, tmp_path, capsys):
    eml, ics = tmp_path / "a.eml", tmp_path / "a.ics"
    args = ["outreach", "VOL-1", "OPP-1", "--eml", str(eml), "--ics", str(ics), "--db", url]
    assert main(args) == 0
    for path in (eml, ics):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    msg = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert msg["To"].addresses[0].addr_spec == "olena@example.org" and msg["X-Unsent"] == "1"
    (event,) = icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert event.decoded("DTSTART") == dt.date(2027, 5, 1)
    assert main(args) == 1  # the files exist: refused without --force
    capsys.readouterr()
    assert main([*args, "--force"]) == 0


def test_no_eml_for_a_volunteer_who_did_not_agree_to_contact(url, tmp_path, capsys):
    eml = tmp_path / "b.eml"
    assert main(["outreach", "VOL-2", "OPP-1", "--eml", str(eml), "--db", url]) == 1
    assert not eml.exists() and "not agreed" in capsys.readouterr().err


def test_unknown_records_are_named(url, capsys):
    assert main(["outreach", "VOL-9", "OPP-1", "--db", url]) == 1
    assert "VOL-9" in capsys.readouterr().err
    assert main(["outreach", "VOL-1", "OPP-9", "--db", url]) == 1
    assert "OPP-9" in capsys.readouterr().err
