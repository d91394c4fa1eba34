"""Retention review, erasure for good, and the person's own copy of their data."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3

from sqlalchemy import select

from volmatch.domain import Opportunity, Placement, Volunteer
from volmatch.privacy import due_for_review, erase_volunteer, export_person, render_person
from volmatch.privacy.retention import months_before
from volmatch.storage import models
from volmatch.storage import repository as repo

PERSON = Volunteer(
    name="Olena <Kovalenko>",
    email="olena@example.org",
    phone="+420 555 201 001",
    external_id="VOL-1",
    consent_date=dt.date(2023, 1, 5),
    consent_scope="matching",
    notes="přišla 2022",
)


def _set_updated(db, table, rid, when):
    with db.session() as s:
        s.execute(table.update().where(table.c.id == rid).values(updated_at=when))


def test_months_before_clamps_to_the_month_end():
    assert months_before(dt.date(2026, 3, 31), 1) == dt.date(2026, 2, 28)
    assert months_before(dt.date(2026, 1, 15), 24) == dt.date(2024, 1, 15)


def test_due_for_review_counts_placements_as_activity(db):
    with db.session() as s:
        [old, busy, fresh] = repo.save_volunteers(
            s,
            [dataclasses.replace(PERSON, external_id=f"V{i}", email=f"{i}@x.cz") for i in range(3)],
        )
        [oid] = repo.save_opportunities(s, [Opportunity(title="Zahrada")])
        pid = repo.save_placement(s, Placement(busy, oid))
    vol = models.Volunteer.__table__
    long_ago = dt.datetime(2023, 6, 1, tzinfo=dt.UTC)
    for rid in (old, busy):
        _set_updated(db, vol, rid, long_ago)
    _set_updated(db, models.Placement.__table__, pid, dt.datetime(2025, 6, 1, tzinfo=dt.UTC))
    with db.session() as s:
        due = due_for_review(s, months=24, today=dt.date(2026, 1, 1))
        assert due_for_review(s, months=36, today=dt.date(2026, 1, 1)) == []
    assert [(d.id, d.last_activity, d.months_inactive) for d in due] == [
        (old, dt.date(2023, 6, 1), 31)
    ]
    assert fresh not in [d.id for d in due]


def test_erase_removes_the_person_for_good_and_keeps_anonymous_placements(db, tmp_path):
    with db.session() as s:
        [vid] = repo.save_volunteers(s, [PERSON])
        [oid] = repo.save_opportunities(s, [Opportunity(title="Zahrada")])
        repo.save_placement(s, Placement(vid, oid, notes="Olena called on Monday"))
        repo.delete_volunteer(s, vid)  # also works from the trash
    with db.session() as s:
        erasure = erase_volunteer(s, vid)
        assert erase_volunteer(s, vid + 100) is None
    assert (erasure.placements_anonymised, erasure.audit_entries_removed) == (1, 2)
    with db.session() as s:
        assert repo.get_volunteer(s, vid, include_deleted=True) is None
        placements = s.execute(select(models.Placement.__table__)).all()
        assert [(p.volunteer_id, p.opportunity_id, p.notes) for p in placements] == [
            (None, oid, "")
        ]
        assert repo.placements_for_opportunity(s, oid) == []
        entries = s.execute(select(models.AuditLog.__table__)).all()
        volunteer_lines = [e for e in entries if e.entity == "volunteer"]
        assert [(e.entity_id, e.action) for e in volunteer_lines] == [(None, "erase")]
    db.dispose()
    # after a checkpoint nothing of the person is left in the file
    with sqlite3.connect(db.path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert b"olena@example.org" not in db.path.read_bytes()


def test_export_person_as_json_and_document(db):
    with db.session() as s:
        [vid] = repo.save_volunteers(s, [PERSON])
        [oid] = repo.save_opportunities(
            s, [Opportunity(title="Zahrada <b>", organization="Diakonie")]
        )
        repo.save_placement(s, Placement(vid, oid, state="placed", notes="great"))
        data = export_person(s, vid)
        assert export_person(s, vid + 1) is None
    text = json.dumps(data, ensure_ascii=False)
    assert json.loads(text) == data
    assert data["volunteer"]["email"] == PERSON.email and data["volunteer"]["id"] == vid
    assert data["consent"] == {
        "date": "2023-01-05",
        "scope": "matching",
        "matching": True,
        "contact": False,
        "reasons": ["consent_scope"],
    }
    [placement] = data["placements"]
    assert placement["opportunity"] == {
        "id": oid,
        "title": "Zahrada <b>",
        "organization": "Diakonie",
    }
    assert [h["action"] for h in data["history"]] == ["create"]
    html = render_person(data, "cs")
    assert "Olena &lt;Kovalenko&gt;" in html and "Zahrada &lt;b&gt;" in html
    assert "<b>" not in html and "Vaše osobní údaje" in html
    assert "olena@example.org" in html and "great" in html
