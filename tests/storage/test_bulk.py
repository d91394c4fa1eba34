"""The bulk path: many new records at once, identical in content to the ordinary save."""

from __future__ import annotations

import dataclasses

from sqlalchemy import event

from volmatch.domain import LanguageNeed, Level, Opportunity, Status
from volmatch.storage import repository as repo


def _records(factory, count: int) -> list[Opportunity]:
    statuses = list(Status)
    return [
        factory(
            n,
            organization=f"Organizace {n % 17}",
            districts=(f"Praha {1 + n % 22}",) + (("Praha-Troja",) if n % 3 == 0 else ()),
            languages=(LanguageNeed("uk", Level(1 + n % 7), n % 2 == 0),),
            interests=("tutoring",) if n % 5 else (),
            translations={} if n % 4 else factory(n).translations,
            status=statuses[n % 3],
            external_id=None if n % 10 == 0 else f"bulk-{n}",
        )
        for n in range(count)
    ]


def test_bulk_insert_of_2000_rows_is_complete_and_correct(db, opportunity_factory):
    records = _records(opportunity_factory, 2000)
    with db.session(write=True) as s:
        ids = repo.bulk_insert_opportunities(s, records, batch=700)
    assert len(set(ids)) == 2000
    with db.session() as s:
        loaded = {o.id: o for o in repo.load_opportunities(s)}
        organizations = repo.list_organizations(s)
    assert len(loaded) == 2000
    for record, new_id in zip(records, ids, strict=True):
        stored = loaded[new_id]
        assert stored == dataclasses.replace(
            record, id=new_id, updated_at=stored.updated_at, version=1
        )
    assert len(organizations) == 17


def test_bulk_insert_updates_what_is_already_stored(db, opportunity_factory):
    with db.session() as s:
        [existing] = repo.save_opportunities(s, [opportunity_factory(1)])
    records = [
        opportunity_factory(1, title="updated"),
        opportunity_factory(2),
        opportunity_factory(2, title="second copy wins"),
        Opportunity(title="no id"),
    ]
    with db.session(write=True) as s:
        ids = repo.bulk_insert_opportunities(s, records)
    with db.session() as s:
        titles = {o.id: o.title for o in repo.load_opportunities(s)}
    assert ids[0] == existing and ids[1] == ids[2]
    assert titles == {existing: "updated", ids[1]: "second copy wins", ids[3]: "no id"}


def test_load_uses_a_handful_of_queries_whatever_the_size(db, opportunity_factory):
    with db.session(write=True) as s:
        repo.bulk_insert_opportunities(s, _records(opportunity_factory, 300))
    statements: list[str] = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(db.engine, "before_cursor_execute", listener)
    try:
        with db.session() as s:
            assert len(repo.load_opportunities(s)) == 300
            assert len(repo.opportunity_rows(s)) == 300
    finally:
        event.remove(db.engine, "before_cursor_execute", listener)
    selects = [q for q in statements if q.lstrip().upper().startswith("SELECT")]
    assert len(selects) <= 9


def test_bulk_insert_of_volunteers_matches_the_records(db, volunteer_factory):
    records = [
        volunteer_factory(n, external_id=None if n % 7 == 0 else f"v-{n}") for n in range(500)
    ]
    records.append(volunteer_factory(1, external_id="v-1", name="second copy wins"))
    with db.session(write=True) as s:
        ids = repo.bulk_insert_volunteers(s, records, batch=128)
    with db.session() as s:
        loaded = {v.id: v for v in repo.load_volunteers(s)}
    assert len(loaded) == 500 and ids[1] == ids[-1]
    for record, new_id in zip(records[2:-1], ids[2:-1], strict=True):
        stored = loaded[new_id]
        assert stored == dataclasses.replace(
            record, id=new_id, updated_at=stored.updated_at, version=1
        )
    assert loaded[ids[1]].name == "second copy wins"
