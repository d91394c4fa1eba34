"""The bulk path's shortcuts: indexes built after the rows, organisations resolved at once,
one audit entry per new record, the same refusals as the ordinary save."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from sqlalchemy import select

from volmatch.errors import InputError, Problem
from volmatch.storage import audit, bulk, models
from volmatch.storage import repository as repo


def _indexes(db) -> list[tuple[str, str]]:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
        ).all()


@pytest.fixture
def sqlite_db(db):
    if db.engine.dialect.name != "sqlite":
        pytest.skip("the SQLite bulk path only (deferred indexes, several rows per INSERT)")
    return db


def test_indexes_are_the_same_after_a_deferred_bulk_insert(
    sqlite_db, opportunity_factory, monkeypatch
):
    monkeypatch.setattr(bulk, "DEFER_INDEXES_FROM", 10)
    dropped: list[str] = []
    real = bulk._indexes_deferred

    def spy(conn, tables):
        with real(conn, tables):
            dropped.extend(
                name
                for (name,) in conn.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                )
            )
            yield

    monkeypatch.setattr(bulk, "_indexes_deferred", contextmanager(spy))
    before = _indexes(sqlite_db)
    records = [opportunity_factory(n, interests=("tutoring",)) for n in range(30)]
    with sqlite_db.session(write=True) as s:
        ids = repo.bulk_insert_opportunities(s, records, batch=7)
    assert _indexes(sqlite_db) == before
    # while the rows went in, the plain indexes of the opportunity tables were gone
    assert "ix_opportunity_status" not in dropped and "ix_audit_log_entity" in dropped
    with sqlite_db.session() as s:
        assert [o.id for o in repo.load_opportunities(s)] == ids
        found = s.execute(
            select(models.Opportunity.id).where(
                models.Opportunity.status == records[3].status.value
            )
        ).scalars()
        assert set(found) == {
            i for i, r in zip(ids, records, strict=True) if r.status == records[3].status
        }


def test_a_refused_batch_leaves_the_indexes_and_no_rows(
    sqlite_db, opportunity_factory, monkeypatch
):
    monkeypatch.setattr(bulk, "DEFER_INDEXES_FROM", 10)
    before = _indexes(sqlite_db)
    records = [opportunity_factory(n) for n in range(30)]
    records[25] = opportunity_factory(25, title="x" * 501)
    with pytest.raises(InputError) as caught, sqlite_db.session(write=True) as s:
        repo.bulk_insert_opportunities(s, records, batch=10)
    [issue] = caught.value.issues
    assert (issue.problem, issue.column) == (Problem.TOO_LONG, "title")
    assert _indexes(sqlite_db) == before
    with sqlite_db.session() as s:
        assert repo.load_opportunities(s) == []


def test_no_deferral_when_the_table_has_rows(sqlite_db, opportunity_factory, monkeypatch):
    monkeypatch.setattr(bulk, "DEFER_INDEXES_FROM", 1)
    with sqlite_db.session(write=True) as s:
        repo.bulk_insert_opportunities(s, [opportunity_factory(1000)])
    called = []
    monkeypatch.setattr(bulk, "_indexes_deferred", lambda *a: called.append(a))
    with sqlite_db.session(write=True) as s:
        repo.bulk_insert_opportunities(s, [opportunity_factory(n) for n in range(5)])
    assert called == []


def test_organisations_are_found_by_folded_name_and_created_once(db, opportunity_factory):
    with db.session() as s:
        repo.save_opportunities(s, [opportunity_factory(900, organization="Charita Praha")])
    names = [
        "charita praha",
        "Diakonie",
        "DIAKONIE",
        " Diakonie ",
        "",
        "Člověk v tísni",
        "Clovek v tisni",
    ]
    records = [opportunity_factory(n, organization=name) for n, name in enumerate(names)]
    with db.session(write=True) as s:
        ids = repo.bulk_insert_opportunities(s, records)
    with db.session() as s:
        organizations = {o.name for o in repo.list_organizations(s)}
        stored = {o.id: o.organization for o in repo.load_opportunities(s)}
    assert organizations == {"Charita Praha", "Diakonie", "Člověk v tísni"}
    assert [stored[i] for i in ids] == [
        "Charita Praha",
        "Diakonie",
        "Diakonie",
        "Diakonie",
        "",
        "Člověk v tísni",
        "Člověk v tísni",
    ]


def test_a_too_long_organisation_name_is_refused(db, opportunity_factory):
    records = [opportunity_factory(1), opportunity_factory(2, organization="o" * 301)]
    with pytest.raises(InputError) as caught, db.session(write=True) as s:
        repo.bulk_insert_opportunities(s, records)
    [issue] = caught.value.issues
    assert (issue.problem, issue.column) == (Problem.TOO_LONG, "name")


def test_every_new_record_gets_one_create_entry(db, opportunity_factory, volunteer_factory):
    with db.session(write=True) as s:
        audit.set_user(s, "koordinátorka")
        opp_ids = repo.bulk_insert_opportunities(
            s, [opportunity_factory(n) for n in range(12)], batch=5
        )
        vol_ids = repo.bulk_insert_volunteers(s, [volunteer_factory(n) for n in range(4)])
    with db.session() as s:
        for kind, ids in (("opportunity", opp_ids), ("volunteer", vol_ids)):
            for record_id in ids:
                [entry] = repo.history(s, kind, record_id)
                assert (entry.action, entry.fields, entry.user) == ("create", (), "koordinátorka")


def test_nul_characters_are_dropped_from_parents_and_children(db, opportunity_factory):
    record = opportunity_factory(1, title="Do\x00uč\x00ování", interests=("tu\x00toring",))
    with db.session(write=True) as s:
        [new_id] = repo.bulk_insert_opportunities(s, [record])
    with db.session() as s:
        stored = repo.get_opportunity(s, new_id)
    assert stored.title == "Doučování" and stored.interests == ("tutoring",)


@pytest.mark.parametrize("count", [1, 7, 8, 9, 25])
def test_rows_go_in_several_per_statement_and_come_back_the_same(
    sqlite_db, opportunity_factory, monkeypatch, count
):
    """Full statements of ROWS_PER_INSERT rows, then the rest one by one: every value
    (dates, None, children in order) comes back as saved, whatever the count."""
    from volmatch.storage import queries

    monkeypatch.setattr(queries, "ROWS_PER_INSERT", 4)
    executed: list[str] = []
    real = queries._execute_rows

    def spy(conn, table, names, rows):
        executed.append(f"{table.name}:{len(rows)}")
        real(conn, table, names, rows)

    monkeypatch.setattr(queries, "_execute_rows", spy)
    records = [
        opportunity_factory(
            external_id=f"M-{i}",
            title=f"Nabídka {i}",
            capacity=None if i % 2 else i,
            districts=("Praha 7", "Praha-Troja") if i % 3 else ("Praha 8",),
        )
        for i in range(count)
    ]
    with sqlite_db.session() as s:
        ids = repo.bulk_insert_opportunities(s, records)
    assert f"opportunity:{count}" in executed
    with sqlite_db.session() as s:
        loaded = {r.id: r for r in repo.load_opportunities(s)}
    for new_id, record in zip(ids, records, strict=True):
        got = loaded[new_id]
        assert (got.external_id, got.title, got.capacity, got.districts) == (
            record.external_id,
            record.title,
            record.capacity,
            record.districts,
        )
        assert (got.start_date, got.languages, got.interests) == (
            record.start_date,
            record.languages,
            record.interests,
        )


def test_a_statement_never_holds_more_values_than_sqlite_allows(sqlite_db, monkeypatch):
    from volmatch.storage import queries

    monkeypatch.setattr(queries, "_max_variables", lambda conn: 10)
    table = models.OpportunityDistrict.__table__
    statements: list[tuple[str, object]] = []
    with sqlite_db.engine.connect() as conn:
        monkeypatch.setattr(
            conn, "exec_driver_sql", lambda sql, params: statements.append((sql, params))
        )
        queries._execute_rows(
            conn,
            table,
            ("opportunity_id", "district", "position"),
            [(1, "Praha 7", i) for i in range(7)],
        )
    # 10 // 3 = 3 rows (9 values) per statement, twice, then the last row alone
    assert [sql.count("?") for sql, _ in statements] == [9, 9, 3]
    assert statements[0][1] == (1, "Praha 7", 0, 1, "Praha 7", 1, 1, "Praha 7", 2)
    assert statements[2][1] == [(1, "Praha 7", 6)]


@pytest.mark.parametrize("kind", ["opportunity", "volunteer"])
def test_child_rows_of_many_records_are_each_records_own(kind):
    """The bulk path's child rows (shared tuples worked out once, joined to their parent
    ids in C) are the rows the one-record path gives, in record order."""
    from dataclasses import replace

    from volmatch.demo.generator import generate_opportunities, generate_volunteers
    from volmatch.storage import convert

    if kind == "opportunity":
        records = generate_opportunities(300, 4)
        many, one, columns = (
            convert.opportunity_child_rows,
            convert.opportunity_children,
            convert.OPPORTUNITY_CHILD_COLUMNS,
        )
        # the same tuple in many records, an equal copy, a repeated item, nothing
        shared = records[0].districts
        records[1:40] = [replace(r, districts=shared) for r in records[1:40]]
        records[40] = replace(records[40], districts=tuple(shared), interests=("sport", "sport"))
        records[41] = replace(records[41], districts=(), languages=(), interests=())
    else:
        records = generate_volunteers(300, 5)
        many, one, columns = (
            convert.volunteer_child_rows,
            convert.volunteer_children,
            convert.VOLUNTEER_CHILD_COLUMNS,
        )
        shared = records[0].interest_tags
        records[1:40] = [replace(r, interest_tags=shared) for r in records[1:40]]
        records[41] = replace(records[41], languages=(), travel_districts=(), interest_tags=())
    ids = list(range(1000, 1000 + len(records)))
    expected = {table: [] for table in columns}
    for pid, record in zip(ids, records, strict=True):
        for table, rows in one(pid, record).items():
            expected[table].extend(tuple(row[n] for n in columns[table]) for row in rows)
    assert {table: rows for table, (_names, rows) in many(ids, records).items()} == expected
    with pytest.raises(ValueError):
        many(ids[:-1], records)
