"""Real spreadsheets of other cities, imported through the shipped mapping files unedited."""

import datetime as dt
from pathlib import Path

import pytest

from volmatch.domain import Commitment, Scope, Status
from volmatch.errors import Problem
from volmatch.importing import import_file
from volmatch.importing.mapping import load_mapping
from volmatch.storage import repository as repo
from volmatch.storage.database import open_database

DATA = Path(__file__).parent / "data"
MAPPINGS = Path(__file__).parents[2] / "resources" / "mappings"


@pytest.fixture
def db(tmp_path):
    database = open_database(f"sqlite:///{tmp_path / 'real.sqlite3'}")
    yield database
    database.dispose()


def _import(db, name):
    mapping = load_mapping(MAPPINGS / f"{name}.json", "opportunities")
    return import_file(db, DATA / f"{name}.csv", "opportunities", mapping=mapping)


def test_nyc_open_data_through_its_mapping(db):
    report = _import(db, "nyc_service_volunteer_opportunities")
    assert report.errors == [] and (report.rows, report.created) == (665, 665)
    (place,) = [i for i in report.warnings if i.problem is Problem.PLACE_NOT_RESOLVED]
    assert place.column == "postalcode" and "citywide" in place.expected
    with db.session() as s:
        stored = {r.external_id: r for r in repo.load_opportunities(s)}
    web = stored["NYC-5008"]
    assert (web.title, web.organization) == ("Web designer", "Bpeace")
    assert web.address == "5 22nd St\nNew York, NY 10010"
    assert web.latitude == pytest.approx(40.7405315) and web.longitude == pytest.approx(-73.9892353)
    assert web.district_text == "New York 10010" and web.scope is Scope.CITYWIDE
    assert web.start_date == dt.date(2011, 2, 1) and web.commitment is Commitment.ONE_OFF
    assert (web.capacity, web.status, web.source_lang) == (2, Status.DRAFT, "en")
    assert "category_desc: Strengthening Communities" in web.notes
    assert stored["NYC-5022"].commitment is Commitment.REGULAR


def test_nyc_reimport_updates_instead_of_duplicating(db):
    _import(db, "nyc_service_volunteer_opportunities")
    report = _import(db, "nyc_service_volunteer_opportunities")
    assert (report.created, report.updated, report.duplicates) == (0, 665, [])


def test_nuremberg_german_headers_and_label_prefixes(db):
    report = _import(db, "nuremberg_volunteer_opportunities")
    assert report.errors == [] and report.created == 10
    with db.session() as s:
        stored = {r.external_id: r for r in repo.load_opportunities(s)}
    mentor = stored["NUE-2373"]
    assert mentor.title == "1.-Klässlerin sucht Mentorin"
    assert mentor.organization == "Zentrum Aktiver Bürger"
    assert mentor.district_text == "Süd" and mentor.scope is Scope.CITYWIDE
    assert mentor.schedule == "1-2 Std. pro Woche" and mentor.source_lang == "de"
    assert mentor.url.startswith("https://www.iska-nuernberg.de/")
    assert any(i.problem is Problem.PLACE_NOT_RESOLVED for i in report.warnings)
