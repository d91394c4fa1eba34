"""Migrations: head matches the models, an old database upgrades without losing data."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import sqlite3

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from volmatch import paths
from volmatch.domain import LanguageNeed, LanguageSkill, Level, PlacementState, Scope, Status
from volmatch.storage import repository as repo
from volmatch.storage.database import (
    DatabaseError,
    DatabaseErrorCode,
    create_database_engine,
    head_revision,
    migrations_config,
    open_database,
)
from volmatch.storage.models import Base


def test_head_is_0009():
    assert head_revision() == "0009"


def test_models_and_migrated_schema_match(db):
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def _create_at_0001_with_data(url: str) -> None:
    """A database as the first release left it, filled by plain SQL as that release wrote it."""
    engine = create_database_engine(url)
    sqlite = engine.dialect.name == "sqlite"
    ts = "2025-03-04 05:06:07.000000" if sqlite else "2025-03-04 05:06:07+00:00"
    statements = [
        "INSERT INTO organization (id, name, name_key, email, phone, website, created_at, "
        "updated_at) VALUES (1, 'Diakonie ČCE', 'diakonie cce', 'a@b.cz', '', '', :ts, :ts)",
        "INSERT INTO opportunity (id, external_id, organization_id, title, description, "
        "source_lang, scope, district_text, address, latitude, longitude, commitment, "
        "start_date, end_date, schedule, schedule_mask, capacity, min_age, contact_email, "
        "contact_phone, url, status, valid_until, notes, created_at, updated_at) VALUES "
        "(5, 'old-1', 1, 'Zahrada', 'Pleveme', 'cs', 'districts', 'Holešovice', 'Ulice 1', "
        "50.1, 14.4, 'one-off', '2025-04-01', NULL, 'so', 3, 4, 15, 'z@b.cz', '123', "
        "'https://x.cz', 'published', '2025-05-01', 'pozn', :ts, :ts)",
        "INSERT INTO opportunity_translation VALUES (5, 'en', 'Garden', 'Weeding')",
        "INSERT INTO opportunity_district VALUES (5, 'Praha 7', 0)",
        "INSERT INTO opportunity_district VALUES (5, 'Praha-Troja', 1)",
        "INSERT INTO opportunity_language VALUES (5, 'uk', 4, :yes, 0)",
        "INSERT INTO opportunity_language VALUES (5, 'cs', NULL, :no, 1)",
        "INSERT INTO opportunity_interest VALUES (5, 'gardening', 0)",
        "INSERT INTO volunteer (id, external_id, name, email, phone, district, district_text, "
        "interests_text, availability, availability_mask, available_from, available_until, "
        "birth_year, consent_date, consent_scope, notes, created_at, updated_at) VALUES "
        "(9, 'v-1', 'Ivan', 'ivan@x.cz', '777', 'Praha 8', 'Karlín', 'zahrada', 'víkend', 7, "
        "NULL, NULL, 1980, '2025-01-01', 'all', '', :ts, :ts)",
        "INSERT INTO volunteer_language VALUES (9, 'uk', 7, 0)",
        "INSERT INTO volunteer_travel_district VALUES (9, 'Praha 7', 0)",
        "INSERT INTO volunteer_interest VALUES (9, 'gardening', 0)",
        "INSERT INTO placement (id, volunteer_id, opportunity_id, state, created_by, notes, "
        "created_at, updated_at) VALUES (2, 9, 5, 'placed', 'jana', 'ok', :ts, :ts)",
    ]
    with engine.begin() as conn:
        command.upgrade(migrations_config(conn), "0001")
        for statement in statements:
            conn.execute(text(statement), {"ts": ts, "yes": True, "no": False})
    with engine.connect() as conn:
        columns = {c["name"] for c in inspect(conn).get_columns("opportunity")}
    assert "version" not in columns and "accessibility" not in columns
    engine.dispose()


def test_upgrade_from_first_revision_keeps_every_value(database_url):
    _create_at_0001_with_data(database_url)
    db = open_database(database_url)
    try:
        assert db.revision() == head_revision()
        with db.session() as s:
            [opp] = repo.load_opportunities(s)
            [vol] = repo.load_volunteers(s)
            [placement] = repo.placements_for_volunteer(s, 9)
            [org] = repo.list_organizations(s)
    finally:
        db.dispose()
    stamp = dt.datetime(2025, 3, 4, 5, 6, 7, tzinfo=dt.UTC)
    assert (opp.id, opp.external_id, opp.title, opp.organization) == (
        5,
        "old-1",
        "Zahrada",
        "Diakonie ČCE",
    )
    assert opp.translations["en"].title == "Garden"
    assert opp.scope is Scope.DISTRICTS and opp.status is Status.PUBLISHED
    assert opp.districts == ("Praha 7", "Praha-Troja")
    assert opp.languages == (LanguageNeed("uk", Level.B2, True), LanguageNeed("cs"))
    assert opp.interests == ("gardening",)
    assert (opp.latitude, opp.longitude, opp.capacity, opp.min_age) == (50.1, 14.4, 4, 15)
    assert (opp.start_date, opp.valid_until) == (dt.date(2025, 4, 1), dt.date(2025, 5, 1))
    assert (opp.schedule, opp.schedule_mask, opp.url) == ("so", 3, "https://x.cz")
    assert (opp.created_at, opp.updated_at) == (stamp, stamp)
    assert (opp.accessibility, opp.version) == ("", 1)
    assert (vol.name, vol.district, vol.languages) == (
        "Ivan",
        "Praha 8",
        (LanguageSkill("uk", Level.NATIVE),),
    )
    assert (vol.travel_districts, vol.interest_tags, vol.consent_date) == (
        ("Praha 7",),
        ("gardening",),
        dt.date(2025, 1, 1),
    )
    assert vol.version == 1
    assert (placement.state, placement.created_by, placement.version) == (
        PlacementState.PLACED,
        "jana",
        1,
    )
    assert (org.name, org.email) == ("Diakonie ČCE", "a@b.cz")
    assert (org.accredited, org.accreditation_ref) == (False, "")  # 0008: not until said so


def test_sqlite_is_backed_up_before_migrating(tmp_path):
    url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    _create_at_0001_with_data(url)
    db = open_database(url)
    db.dispose()
    backup = db.last_backup
    assert backup is not None and backup.exists()
    assert backup.parent == paths.data_dir() / "backups"
    assert re.fullmatch(r"office-\d{8}-\d{6}-pre-0009\.sqlite3", backup.name)
    copy = sqlite3.connect(backup)
    try:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert copy.execute("SELECT title FROM opportunity").fetchall() == [("Zahrada",)]
    finally:
        copy.close()
    # opening an up-to-date database makes no further copy
    again = open_database(url)
    again.dispose()
    assert again.last_backup is None
    assert list(backup.parent.iterdir()) == [backup]


def test_fresh_database_needs_no_backup(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    db.dispose()
    assert db.last_backup is None
    assert not (paths.data_dir() / "backups").exists()


def test_database_from_a_newer_app_is_refused(db, database_url):
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
    db.dispose()
    with pytest.raises(DatabaseError) as caught:
        open_database(database_url)
    assert caught.value.code is DatabaseErrorCode.NEWER_SCHEMA
    assert "newer version of volmatch" in str(caught.value)
    assert "0099_future" in str(caught.value)


def test_downgrade_and_upgrade_again(db, database_url, opportunity_factory):
    with db.session() as s:
        repo.save_opportunities(s, [opportunity_factory()])
    db.downgrade("0001")
    assert db.revision() == "0001"
    db.upgrade()
    with db.session() as s:
        [loaded] = repo.load_opportunities(s)
    assert loaded == dataclasses.replace(opportunity_factory(), **_stored_fields(loaded))
    assert loaded.version == 1
    assert loaded.accessibility == ""  # the column was dropped and came back empty


def _stored_fields(loaded):
    return {
        "id": loaded.id,
        "updated_at": loaded.updated_at,
        "version": loaded.version,
        "accessibility": "",
    }


def test_upgrade_from_0002_with_data_adds_trash_and_audit(database_url, opportunity_factory):
    """0002 -> 0003 on a filled database: every row stays, nothing is in the trash, placements
    may lose their volunteer (erasure) and the audit trail starts empty."""
    db = open_database(database_url)
    try:
        with db.session() as s:
            [oid] = repo.save_opportunities(s, [opportunity_factory()])
            from volmatch.domain import Placement, Volunteer

            [vid] = repo.save_volunteers(s, [Volunteer(name="Ivan", email="ivan@x.cz")])
            repo.save_placement(s, Placement(vid, oid))
        db.downgrade("0002")
        with db.engine.connect() as conn:
            assert "audit_log" not in inspect(conn).get_table_names()
            assert "deleted_at" not in {c["name"] for c in inspect(conn).get_columns("volunteer")}
        db.upgrade()
        assert db.revision() == head_revision()
        assert db.check() == []
        with db.session() as s:
            [opp] = repo.load_opportunities(s)
            [vol] = repo.load_volunteers(s)
            [placement] = repo.placements_for_volunteer(s, vid)
            assert repo.list_trash(s) == [] and repo.history(s, "volunteer", vid) == []
            s.execute(text("UPDATE placement SET volunteer_id = NULL"))
        expected = dataclasses.replace(
            opportunity_factory(), id=opp.id, updated_at=opp.updated_at, version=opp.version
        )
        assert opp == expected
        assert (vol.name, placement.opportunity_id) == ("Ivan", oid)
    finally:
        db.dispose()


def test_upgrade_to_0004_folds_organisation_keys_again_without_merging(database_url):
    """Keys written before strokes were folded ("đ") are folded again; a key that would now
    clash with another organisation's stays as it was, so nothing is merged silently."""
    db = open_database(database_url)
    try:
        db.downgrade("0003")
        with db.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO organization (id, name, name_key, email, phone, website, "
                    "created_at, updated_at, version) VALUES "
                    "(1, 'Hội Người Việt Đà Nẵng', 'hoi nguoi viet đa nang', '', '', '', "
                    ":t, :t, 1), "
                    "(2, 'Đa Kao', 'đa kao', '', '', '', :t, :t, 1), "
                    "(3, 'Da Kao', 'da kao', '', '', '', :t, :t, 1)"
                ),
                {"t": "2026-01-01 10:00:00"},
            )
        db.upgrade()
        assert db.revision() == head_revision()
        with db.engine.connect() as conn:
            keys = dict(conn.execute(text("SELECT id, name_key FROM organization")).all())
        assert keys == {1: "hoi nguoi viet da nang", 2: "đa kao", 3: "da kao"}
    finally:
        db.dispose()


def _check_clauses(conn) -> dict[str, str]:
    """Each choice CHECK constraint's condition, by constraint name."""
    found = {}
    for table in ("opportunity", "placement", "audit_log"):
        for check in inspect(conn).get_check_constraints(table):
            found[check["name"]] = " ".join(check["sqltext"].split())
    return found


def test_0005_writes_choice_checks_as_equalities_and_keeps_rows(database_url, opportunity_factory):
    """0005 replaces ``IN (...)`` (a temporary index per inserted row on SQLite) with
    equalities joined by OR: same rules, rows kept; downgrading brings IN back."""
    db = open_database(database_url)
    try:
        db.downgrade("0004")
        with db.engine.connect() as conn:
            old = _check_clauses(conn)
        sqlite = db.engine.dialect.name == "sqlite"
        if sqlite:
            assert old["ck_opportunity_status"] == "status IN ('draft', 'published', 'archived')"
        else:  # PostgreSQL keeps the list as = ANY (ARRAY[...])
            assert "ANY (ARRAY[" in old["ck_opportunity_status"]
        with db.session() as s:
            # No organization: today's organization table has columns 0004 lacks (0008).
            [oid] = repo.save_opportunities(s, [opportunity_factory(organization="")])
        db.upgrade()
        assert db.revision() == head_revision()
        with db.engine.connect() as conn:
            new = _check_clauses(conn)
        assert (
            set(new)
            == set(old)
            == {
                "ck_opportunity_scope",
                "ck_opportunity_commitment",
                "ck_opportunity_status",
                "ck_placement_state",
                "ck_audit_log_action",
            }
        )
        if sqlite:
            assert new["ck_opportunity_status"] == (
                "status = 'draft' OR status = 'published' OR status = 'archived'"
            )
        assert all(" OR " in clause for clause in new.values())
        assert not any(" IN " in clause or "ANY (" in clause for clause in new.values())
        assert db.check() == []
        with db.session() as s:
            [opp] = repo.load_opportunities(s)
            assert opp.id == oid and opp.title == opportunity_factory().title
        with pytest.raises(Exception, match=r"(?i)check"), db.engine.begin() as conn:
            conn.execute(text("UPDATE opportunity SET status = 'deleted'"))
        with db.engine.begin() as conn:
            conn.execute(text("UPDATE opportunity SET status = 'archived'"))
    finally:
        db.dispose()
