"""Database fixtures: every storage test runs on SQLite and, when a server is given, PostgreSQL.

VOLMATCH_TEST_POSTGRES_URL names a server database we may create databases from; each
test module gets a fresh database, each test a fresh schema in it. Without the variable
the PostgreSQL variants skip, unless VOLMATCH_REQUIRE_POSTGRES=1 makes that a failure.
"""

from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import create_engine, pool
from sqlalchemy.engine import URL, make_url

from volmatch.storage.database import open_database

PG_ENV = "VOLMATCH_TEST_POSTGRES_URL"


def postgres_server_url() -> URL:
    """The server URL from the environment, or skip (fail when PostgreSQL is required)."""
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("VOLMATCH_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"VOLMATCH_REQUIRE_POSTGRES=1 but {PG_ENV} is not set")
        pytest.skip(f"{PG_ENV} is not set")
    return make_url(url)


def _admin_engine(url: URL):
    return create_engine(url, isolation_level="AUTOCOMMIT", poolclass=pool.NullPool)


@pytest.fixture(scope="module")
def postgres_database() -> URL:
    """A fresh PostgreSQL database for one test module, dropped afterwards."""
    server = postgres_server_url()
    name = f"volmatch_test_{uuid.uuid4().hex[:12]}"
    admin = _admin_engine(server)
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield server.set(database=name)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture
def postgres_url(postgres_database: URL) -> str:
    """A URL whose connections work in a fresh, empty schema of the module's database."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = _admin_engine(postgres_database)
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    url = postgres_database.update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'volmatch.sqlite3'}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def db(database_url):
    database = open_database(database_url)
    yield database
    database.dispose()


def make_opportunity(n: int = 1, **changes):
    """An opportunity with every field set to something other than its default."""
    import dataclasses
    import datetime as dt

    from volmatch.domain import (
        Commitment,
        LanguageNeed,
        Level,
        Opportunity,
        Scope,
        Status,
        Translation,
    )

    record = Opportunity(
        title=f"Doučování dětí č. {n}",
        organization="Člověk v tísni",
        description="Pomoc s úkoly\nkaždé úterý",
        external_id=f"opp-{n}",
        source_lang="cs",
        translations={
            "en": Translation("Tutoring children", "Homework help"),
            "uk": Translation("Репетиторство", "Допомога з домашнім завданням"),
        },
        scope=Scope.CITYWIDE,
        districts=("Praha 7", "Praha-Troja"),
        district_text="Holešovice a Troja",
        address="Komunardů 20, Praha 7",
        latitude=50.1027,
        longitude=14.4477,
        languages=(
            LanguageNeed("uk", Level.B2, True),
            LanguageNeed("cs", Level.NATIVE, True),
            LanguageNeed("en"),
        ),
        interests=("tutoring", "children"),
        commitment=Commitment.LONG_TERM,
        start_date=dt.date(2026, 2, 1),
        end_date=dt.date(2026, 6, 30),
        schedule="út 16-18",
        schedule_mask=1 << 5,
        capacity=3,
        min_age=18,
        accessibility="bezbariérový vstup",
        contact_email="info@example.cz",
        contact_phone="+420 123 456 789",
        url="https://example.cz/prihlaska",
        status=Status.PUBLISHED,
        valid_until=dt.date(2026, 7, 31),
        notes="interní poznámka",
        created_at=dt.datetime(2026, 1, 5, 8, 30, 15, 123456, tzinfo=dt.UTC),
    )
    return dataclasses.replace(record, **changes)


def make_volunteer(n: int = 1, **changes):
    """A volunteer with every field set to something other than its default."""
    import dataclasses
    import datetime as dt

    from volmatch.domain import LanguageSkill, Level, Volunteer

    record = Volunteer(
        name=f"Olena Kovalenko {n}",
        external_id=f"vol-{n}",
        email=f"olena{n}@example.com",
        phone="+420 777 111 222",
        district="Praha 8",
        district_text="Karlín",
        travel_districts=("Praha 7", "Praha 9"),
        languages=(
            LanguageSkill("uk", Level.NATIVE),
            LanguageSkill("cs", Level.B1),
            LanguageSkill("en"),
        ),
        interests_text="děti, zahrada",
        interest_tags=("children", "gardening"),
        availability="po-pá večer",
        availability_mask=0b100100100100100,
        available_from=dt.date(2026, 1, 1),
        available_until=dt.date(2026, 12, 31),
        birth_year=1990,
        consent_date=dt.date(2025, 12, 1),
        consent_scope="matching and contact",
        notes="prefers evenings",
        created_at=dt.datetime(2025, 12, 1, 10, 0, tzinfo=dt.UTC),
    )
    return dataclasses.replace(record, **changes)


@pytest.fixture
def opportunity_factory():
    return make_opportunity


@pytest.fixture
def volunteer_factory():
    return make_volunteer
