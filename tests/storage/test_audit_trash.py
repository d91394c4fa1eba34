"""The audit trail and the trash, on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from volmatch.domain import Placement
from volmatch.storage import audit, housekeeping, models
from volmatch.storage import repository as repo


def test_history_names_user_action_and_changed_fields(db, volunteer_factory, monkeypatch):
    monkeypatch.setenv("VOLMATCH_USER", "Jana Nováková")
    with db.session() as s:
        [vid] = repo.save_volunteers(s, [volunteer_factory()])
    db.user = "Petr"
    with db.session() as s:
        stored = repo.get_volunteer(s, vid)
        changed = dataclasses.replace(
            stored, phone="+420 999 888 777", languages=stored.languages[:1]
        )
        repo.save_volunteers(s, [changed])
    with db.session() as s:
        repo.save_volunteers(s, [repo.get_volunteer(s, vid)])  # nothing changed
        repo.delete_volunteer(s, vid)
        repo.restore_deleted(s, "volunteer", vid)
        history = repo.history(s, "volunteer", vid)
    assert [(e.action, e.fields, e.user) for e in history] == [
        ("create", (), "Jana Nováková"),
        ("update", ("languages", "phone"), "Petr"),
        ("update", (), "Petr"),
        ("delete", (), "Petr"),
        ("restore", (), "Petr"),
    ]
    assert all(e.at.tzinfo is not None for e in history)


def test_audit_never_holds_personal_values(db, volunteer_factory):
    v = volunteer_factory()
    with db.session() as s:
        [vid] = repo.save_volunteers(s, [v])
        repo.save_volunteers(s, [dataclasses.replace(v, id=vid, email="new@example.com")])
        rows = s.execute(select(models.AuditLog.__table__)).all()
    text = repr(rows)
    for value in (v.name, v.email, "new@example.com", v.phone):
        assert value not in text


def test_os_user_is_the_default(db, opportunity_factory, monkeypatch):
    monkeypatch.delenv("VOLMATCH_USER", raising=False)
    with db.session() as s:
        [oid] = repo.save_opportunities(s, [opportunity_factory()])
        [entry] = repo.history(s, "opportunity", oid)
    assert entry.user == (audit.os_user() or "unknown")


def test_imports_and_placements_are_audited(db, opportunity_factory, volunteer_factory):
    with db.session(write=True) as s:
        ids = repo.bulk_insert_opportunities(s, [opportunity_factory(n) for n in range(3)])
        [vid] = repo.save_volunteers(s, [volunteer_factory()])
        pid = repo.save_placement(s, Placement(vid, ids[0]))
        repo.save_placement(s, Placement(vid, ids[0], state="placed"))
        repo.delete_placement(s, pid)
        assert [e.action for e in repo.history(s, "opportunity", ids[2])] == ["create"]
        assert [(e.action, e.fields) for e in repo.history(s, "placement", pid)] == [
            ("create", ()),
            ("update", ("follow_up_on", "state")),  # placed: a follow-up date
            ("delete", ()),
        ]


def test_audit_line_rolls_back_with_the_change(db, opportunity_factory):
    with pytest.raises(RuntimeError), db.session() as s:
        repo.save_opportunities(s, [opportunity_factory()])
        raise RuntimeError("stop")
    with db.session() as s:
        assert audit.recent(s) == []


def test_deleted_records_leave_every_list_and_come_back(db, opportunity_factory, volunteer_factory):
    with db.session() as s:
        [o1, o2] = repo.save_opportunities(s, [opportunity_factory(1), opportunity_factory(2)])
        [vid] = repo.save_volunteers(s, [volunteer_factory()])
        repo.save_placement(s, Placement(vid, o2))
    with db.session() as s:
        assert repo.delete_opportunity(s, o2) and repo.delete_volunteer(s, vid)
    with db.session() as s:
        assert [o.id for o in repo.load_opportunities(s)] == [o1]
        assert [r.id for r in repo.opportunity_rows(s)] == [o1]
        assert repo.load_volunteers(s) == [] and repo.volunteer_rows(s) == []
        assert repo.get_volunteer(s, vid) is None and repo.find_volunteer(s, "vol-1") is None
        assert repo.find_opportunity(s, "opp-2") is None
        assert repo.placements_for_opportunity(s, o2) == []
        assert repo.counts_by_district(s).volunteers == {}
        assert repo.counts_by_language(s).volunteers == {}
        assert repo.get_volunteer(s, vid, include_deleted=True).name == "Olena Kovalenko 1"
        trash = repo.list_trash(s)
        assert {(t.entity, t.id) for t in trash} == {("opportunity", o2), ("volunteer", vid)}
        assert all(t.purge_after - t.deleted_at == dt.timedelta(days=30) for t in trash)
    with db.session() as s:
        assert repo.restore_deleted(s, "volunteer", vid) is True
        assert repo.restore_deleted(s, "volunteer", vid) is False
    with db.session() as s:
        assert [v.id for v in repo.load_volunteers(s)] == [vid]
        assert [p.opportunity_id for p in repo.placements_for_volunteer(s, vid)] == []
        assert [o.id for o in repo.load_opportunities(s, include_deleted=True)] == [o1, o2]


def test_importing_a_deleted_record_again_takes_it_out_of_the_trash(db, opportunity_factory):
    with db.session() as s:
        [oid] = repo.save_opportunities(s, [opportunity_factory()])
        repo.delete_opportunity(s, oid)
    with db.session(write=True) as s:
        assert repo.bulk_insert_opportunities(s, [opportunity_factory(title="again")]) == [oid]
    with db.session() as s:
        assert repo.get_opportunity(s, oid).title == "again"
        assert [e.action for e in repo.history(s, "opportunity", oid)][-1] == "restore"


def test_purge_keeps_what_is_younger_than_30_days(db, opportunity_factory):
    with db.session() as s:
        [old, young] = repo.save_opportunities(s, [opportunity_factory(1), opportunity_factory(2)])
        repo.delete_opportunity(s, old)
        repo.delete_opportunity(s, young)
    table = models.Opportunity.__table__
    long_ago = models.utcnow() - dt.timedelta(days=31)
    with db.session() as s:
        s.execute(table.update().where(table.c.id == old).values(deleted_at=long_ago))
    with db.session() as s:
        assert repo.purge_trash(s) == 1
    with db.session() as s:
        assert [t.id for t in repo.list_trash(s)] == [young]
        assert repo.get_opportunity(s, old, include_deleted=True) is None
        assert [e.action for e in repo.history(s, "opportunity", old)][-1] == "purge"


def test_housekeeping_backs_up_once_a_day_and_empties_old_trash(tmp_path, opportunity_factory):
    from volmatch.storage.database import open_database

    db = open_database(f"sqlite:///{tmp_path / 'office.sqlite3'}")
    try:
        with db.session() as s:
            [oid] = repo.save_opportunities(s, [opportunity_factory()])
            repo.delete_opportunity(s, oid)
        first = housekeeping.on_start(db, trash_days=0, today=dt.date(2026, 5, 1))
        again = housekeeping.on_start(db, today=dt.date(2026, 5, 1))
    finally:
        db.dispose()
    assert first.backup is not None and first.backup.exists() and first.purged == 1
    assert again.backup is None and again.purged == 0 and again.problems == ()


@pytest.mark.parametrize("gaps", [False, True])
def test_created_entries_for_runs_of_ids_and_for_scattered_ids(
    db, opportunity_factory, monkeypatch, gaps
):
    """Consecutive ids get their entries from the table in one statement per run; many
    scattered ids one entry each; either way exactly one "create" per given id."""
    monkeypatch.setenv("VOLMATCH_USER", "Eva")
    records = [opportunity_factory(external_id=f"R-{i}", title=f"T {i}") for i in range(60)]
    with db.session() as s:
        ids = repo.save_opportunities(s, records)
        s.execute(models.AuditLog.__table__.delete())
        chosen = ids[::2] if gaps else ids[10:40]
        at = dt.datetime(2026, 3, 1, 12, 30, tzinfo=dt.UTC)
        audit.record_created(s, "opportunity", chosen, at)
        audit.record_created(s, "opportunity", [], at)  # nothing to do
        rows = s.execute(
            select(models.AuditLog.__table__).order_by(models.AuditLog.__table__.c.entity_id)
        ).all()
    assert [r.entity_id for r in rows] == sorted(chosen)
    assert {(r.entity, r.action, r.fields, r.user) for r in rows} == {
        ("opportunity", "create", "", "Eva")
    }
    with db.session() as s:
        [entry] = repo.history(s, "opportunity", chosen[0])
    assert entry.at == at
