"""The stdlib read of the listings gives what the SQLAlchemy read gives, or None."""

from __future__ import annotations

import sqlite3

import pytest

from volmatch.demo import generate_opportunities
from volmatch.storage import fastread
from volmatch.storage import repository as repo
from volmatch.storage.database import head_revision, open_database


def test_head_revision_matches_alembic():
    assert fastread.head_revision() == head_revision()


@pytest.fixture
def url(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'fast.sqlite3'}"
    db = open_database(url)
    with db.session(write=True) as s:
        ids = repo.bulk_insert_opportunities(s, generate_opportunities(60))
    with db.session(write=True) as s:
        repo.delete_opportunity(s, ids[5])  # in the trash: not listed
    db.dispose()
    return url


def _reference(url: str) -> dict[str, list]:
    """The same columns through SQLAlchemy (the app's normal path)."""
    from sqlalchemy import func, select

    from volmatch.storage import models

    opp, org = models.Opportunity.__table__, models.Organization.__table__

    def children(model, column):
        table = model.__table__
        return (
            select(func.aggregate_strings(table.c[column], ","))
            .where(table.c.opportunity_id == opp.c.id)
            .scalar_subquery()
        )

    stmt = (
        select(
            opp.c.id,
            opp.c.title,
            org.c.name,
            opp.c.status,
            opp.c.valid_until,
            opp.c.district_text,
            children(models.OpportunityDistrict, "district"),
            children(models.OpportunityLanguage, "code"),
            children(models.OpportunityInterest, "tag"),
        )
        .select_from(opp.outerjoin(org, opp.c.organization_id == org.c.id))
        .where(opp.c.deleted_at.is_(None))
        .order_by(opp.c.id)
    )
    db = open_database(url)
    try:
        with db.engine.connect() as conn:
            return fastread.columns_of(conn.execute(stmt).all())
    finally:
        db.dispose()


def _sets(column: list) -> list[set]:
    return [set((v or "").split(",")) - {""} for v in column]


def test_reads_the_live_listings_like_the_normal_path(url):
    fast = fastread.read_opportunity_columns(url)
    ref = _reference(url)
    assert fast is not None and len(fast["id"]) == 59
    for name in ("id", "title", "organization", "status", "district_text"):
        assert fast[name] == ref[name], name
    assert fast["valid_until"] == [d.isoformat() if d else None for d in ref["valid_until"]]
    for name in ("districts", "languages", "interests"):  # joined in any order
        assert _sets(fast[name]) == _sets(ref[name]), name


def test_an_older_schema_is_left_to_the_normal_path(url):
    path = fastread.sqlite_file(url)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    assert fastread.read_opportunity_columns(url) is None


@pytest.mark.parametrize(
    "other",
    [
        "postgresql+psycopg://user@host/db",
        "sqlite://",
        "sqlite:///:memory:",
        "sqlite:///{tmp}/missing.sqlite3",
        "sqlite:///{tmp}/not-a-database.sqlite3",
        "sqlite:///{tmp}/fast.sqlite3?mode=ro",
    ],
)
def test_anything_but_a_plain_sqlite_file_gives_none(tmp_path, url, other):
    (tmp_path / "not-a-database.sqlite3").write_text("name,title\n", encoding="utf-8")
    assert fastread.read_opportunity_columns(other.replace("{tmp}", str(tmp_path))) is None


def test_an_empty_database_gives_empty_columns(tmp_path):
    url = f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    open_database(url).dispose()
    columns = fastread.read_opportunity_columns(url)
    assert columns == {name: [] for name in fastread.OPPORTUNITY_FIELDS}


def test_a_text_holding_the_separator_is_read_row_by_row(url):
    path = fastread.sqlite_file(url)
    with sqlite3.connect(path) as conn:
        first = conn.execute("SELECT min(id) FROM opportunity").fetchone()[0]
        conn.execute("UPDATE opportunity SET title = 'a\x1fb' WHERE id = ?", (first,))
        tag_id = conn.execute("SELECT opportunity_id FROM opportunity_interest LIMIT 1").fetchone()[
            0
        ]
    with sqlite3.connect(path) as conn:
        assert fastread._concatenated(conn) is None
        rowwise = fastread._rowwise(conn)
    columns = fastread.read_opportunity_columns(url)
    assert columns == rowwise and columns["title"][0] == "a\x1fb"
    assert columns["interests"][columns["id"].index(tag_id)]


def test_both_reads_agree(url):
    path = fastread.sqlite_file(url)
    with sqlite3.connect(path) as conn:
        conn.execute(
            "UPDATE opportunity SET valid_until = NULL, organization_id = NULL WHERE id = 2"
        )
        conn.commit()
        assert fastread._concatenated(conn) == fastread._rowwise(conn)


def test_the_normal_path_reads_the_same_columns_as_the_reference(url):
    from volmatch.storage.table_columns import opportunity_table_columns

    db = open_database(url)
    try:
        columns = opportunity_table_columns(db)
    finally:
        db.dispose()
    ref = _reference(url)
    assert len(columns["id"]) == 59  # the listing in the trash is left out
    for name in ("id", "title", "organization", "status", "valid_until", "district_text"):
        assert columns[name] == ref[name], name
    for name in ("districts", "languages", "interests"):
        assert _sets(columns[name]) == _sets(ref[name]), name
