"""The repository on SQLite and PostgreSQL: round trips, upserts, cascades, rows, counts."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from volmatch.domain import (
    LanguageNeed,
    LanguageSkill,
    Level,
    Opportunity,
    Placement,
    PlacementState,
    Status,
    Volunteer,
)
from volmatch.errors import InputError, Problem
from volmatch.storage import models
from volmatch.storage import repository as repo
from volmatch.storage.database import DatabaseError, DatabaseErrorCode


def _stored(original, loaded):
    """What a stored record should look like: the original with the store's id, times, version."""
    return dataclasses.replace(
        original, id=loaded.id, updated_at=loaded.updated_at, version=loaded.version
    )


def test_opportunity_round_trip_keeps_every_field(db, opportunity_factory):
    original = opportunity_factory()
    with db.session() as s:
        [new_id] = repo.save_opportunities(s, [original])
    with db.session() as s:
        loaded = repo.get_opportunity(s, new_id)
    assert loaded == _stored(original, loaded)
    assert loaded.version == 1
    assert loaded.created_at == original.created_at
    assert loaded.updated_at.tzinfo is not None
    assert loaded.updated_at.utcoffset() == dt.timedelta(0)


def test_volunteer_round_trip_keeps_every_field(db, volunteer_factory):
    original = volunteer_factory()
    with db.session() as s:
        [new_id] = repo.save_volunteers(s, [original])
    with db.session() as s:
        loaded = repo.get_volunteer(s, new_id)
    assert loaded == _stored(original, loaded)
    assert loaded.created_at == original.created_at


def test_placement_round_trip_and_update(db, opportunity_factory, volunteer_factory):
    with db.session() as s:
        [opp] = repo.save_opportunities(s, [opportunity_factory()])
        [vol] = repo.save_volunteers(s, [volunteer_factory()])
        pid = repo.save_placement(
            s, Placement(vol, opp, PlacementState.CONTACTED, created_by="jana", notes="call Mon")
        )
    with db.session() as s:
        [placement] = repo.placements_for_volunteer(s, vol)
        assert placement == Placement(
            vol,
            opp,
            PlacementState.CONTACTED,
            id=pid,
            created_by="jana",
            notes="call Mon",
            created_at=placement.created_at,
            updated_at=placement.updated_at,
            version=1,
            follow_up_on=placement.follow_up_on,
            changed_by=placement.changed_by,
            state_since=placement.state_since,
        )
        assert placement.follow_up_on is not None  # contacted: ask how it went in a month
        assert placement.changed_by and placement.state_since is not None
        # the same pair again updates the one placement
        again = repo.save_placement(s, Placement(vol, opp, PlacementState.PLACED))
    with db.session() as s:
        assert again == pid
        [placement] = repo.placements_for_opportunity(s, opp)
        assert placement.state is PlacementState.PLACED
        assert placement.version == 2


def test_upsert_by_external_id_updates_instead_of_duplicating(db, opportunity_factory):
    with db.session() as s:
        [first] = repo.save_opportunities(s, [opportunity_factory()])
    changed = opportunity_factory(
        title="Nový název", districts=("Praha 1",), languages=(LanguageNeed("de"),)
    )
    with db.session() as s:
        [second] = repo.save_opportunities(s, [changed])
    with db.session() as s:
        assert second == first
        [loaded] = repo.load_opportunities(s)
        assert loaded.title == "Nový název"
        assert loaded.districts == ("Praha 1",)
        assert loaded.languages == (LanguageNeed("de"),)
        assert loaded.version == 2
        # the original creation time stays
        assert loaded.created_at == opportunity_factory().created_at


def test_upsert_by_id_wins_over_external_id(db, volunteer_factory):
    with db.session() as s:
        [vid] = repo.save_volunteers(s, [volunteer_factory()])
        repo.save_volunteers(s, [volunteer_factory(id=vid, external_id="renamed", name="Nové")])
    with db.session() as s:
        [loaded] = repo.load_volunteers(s)
    assert (loaded.id, loaded.external_id, loaded.name) == (vid, "renamed", "Nové")


def test_empty_external_ids_do_not_collide(db):
    with db.session() as s:
        ids = repo.save_opportunities(
            s, [Opportunity(title="a", external_id=""), Opportunity(title="b", external_id=" ")]
        )
    with db.session() as s:
        assert len(set(ids)) == 2
        assert [o.external_id for o in repo.load_opportunities(s)] == [None, None]


def test_organizations_found_by_folded_name(db):
    with db.session() as s:
        repo.save_opportunities(
            s,
            [
                Opportunity(title="a", organization="Člověk v tísni"),
                Opportunity(title="b", organization="  CLOVEK V TISNI "),
                Opportunity(title="c", organization="Diakonie"),
                Opportunity(title="d", organization=""),
            ],
        )
    with db.session() as s:
        names = [o.name for o in repo.list_organizations(s)]
        loaded = repo.load_opportunities(s)
    assert names == ["Člověk v tísni", "Diakonie"]
    assert [o.organization for o in loaded] == ["Člověk v tísni"] * 2 + ["Diakonie", ""]


def test_stale_version_is_a_conflict_and_saves_nothing(db, opportunity_factory):
    with db.session() as s:
        [oid] = repo.save_opportunities(s, [opportunity_factory()])
    with db.session() as s:
        mine = repo.get_opportunity(s, oid)
    with db.session() as s:  # someone else saves first
        repo.save_opportunities(s, [dataclasses.replace(mine, title="theirs")])
    with pytest.raises(DatabaseError) as caught, db.session() as s:
        repo.save_opportunities(s, [dataclasses.replace(mine, title="mine")])
    assert caught.value.code is DatabaseErrorCode.CONFLICT
    with db.session() as s:
        assert repo.get_opportunity(s, oid).title == "theirs"


def test_delete_cascades_to_children_and_placements(db, opportunity_factory, volunteer_factory):
    with db.session() as s:
        [opp, keep] = repo.save_opportunities(s, [opportunity_factory(1), opportunity_factory(2)])
        [vol] = repo.save_volunteers(s, [volunteer_factory()])
        repo.save_placement(s, Placement(vol, opp))
        repo.save_placement(s, Placement(vol, keep))
    with db.session() as s:
        assert repo.delete_opportunity(s, opp) is True
        assert repo.delete_opportunity(s, opp) is False
        # deleting moves to the trash; purging it deletes for good, with everything below
        assert repo.purge_trash(s, older_than_days=0) == 1
    with db.session() as s:
        for table in models.CHILD_TABLES["opportunity"]:
            parents = set(s.execute(select(table.c.opportunity_id)).scalars())
            assert parents == {keep}, table.name
        assert [p.opportunity_id for p in repo.placements_for_volunteer(s, vol)] == [keep]
        assert repo.delete_volunteer(s, vol) is True
        assert repo.purge_trash(s, older_than_days=0) == 1
    with db.session() as s:
        for table in models.CHILD_TABLES["volunteer"]:
            assert s.execute(select(func.count()).select_from(table)).scalar() == 0
        assert s.execute(select(func.count()).select_from(models.Placement)).scalar() == 0
        assert repo.get_opportunity(s, keep) is not None


def test_failed_unit_of_work_leaves_everything_as_it_was(db, opportunity_factory):
    with db.session() as s:
        repo.save_opportunities(s, [opportunity_factory(1)])
    with pytest.raises(RuntimeError), db.session() as s:
        repo.save_opportunities(
            s, [opportunity_factory(1, title="changed"), opportunity_factory(2)]
        )
        raise RuntimeError("stop")
    with db.session() as s:
        assert [o.title for o in repo.load_opportunities(s)] == [opportunity_factory(1).title]


def test_find_by_id_external_id_and_email(db, opportunity_factory, volunteer_factory):
    with db.session() as s:
        [oid] = repo.save_opportunities(s, [opportunity_factory(7)])
        [vid] = repo.save_volunteers(s, [volunteer_factory(3)])
    with db.session() as s:
        assert repo.find_opportunity(s, oid).id == oid
        assert repo.find_opportunity(s, str(oid)).id == oid
        assert repo.find_opportunity(s, "opp-7").id == oid
        assert repo.find_opportunity(s, "nothing") is None
        assert repo.find_volunteer(s, vid).id == vid
        assert repo.find_volunteer(s, "vol-3").id == vid
        assert repo.find_volunteer(s, "OLENA3@example.com").id == vid
        assert repo.find_volunteer(s, "") is None


def test_load_opportunities_filters_by_status(db, opportunity_factory):
    with db.session() as s:
        repo.save_opportunities(
            s,
            [
                opportunity_factory(1, status=Status.DRAFT),
                opportunity_factory(2, status=Status.PUBLISHED),
                opportunity_factory(3, status=Status.ARCHIVED),
            ],
        )
    with db.session() as s:
        published = repo.load_opportunities(s, statuses=[Status.PUBLISHED, "draft"])
    assert sorted(o.external_id for o in published) == ["opp-1", "opp-2"]
    # children come only with their own parent
    assert all(o.districts == ("Praha 7", "Praha-Troja") for o in published)


def test_table_rows(db, opportunity_factory, volunteer_factory):
    with db.session() as s:
        repo.save_opportunities(s, [opportunity_factory(1), Opportunity(title="Prázdná")])
        repo.save_volunteers(s, [volunteer_factory(1)])
    with db.session() as s:
        first, empty = repo.opportunity_rows(s)
        [vrow] = repo.volunteer_rows(s)
    assert first.title == "Doučování dětí č. 1"
    assert first.organization == "Člověk v tísni"
    assert first.districts == "Praha 7, Praha-Troja"
    assert first.languages == "uk:B2 cs:native en"
    assert first.interests == "tutoring, children"
    assert first.status is Status.PUBLISHED
    assert first.valid_until == dt.date(2026, 7, 31)
    assert "doucovani" in first.search and "clovek v tisni" in first.search
    assert "holesovice" in first.search and "pomoc s ukoly" in first.search
    assert empty == repo.OpportunityRow(
        empty.id, None, "Prázdná", "", "", "", "", Status.DRAFT, None, empty.updated_at, "prazdna"
    )
    assert vrow.languages == "uk:native cs:B1 en"
    assert vrow.district == "Praha 8" and vrow.travel_districts == "Praha 7, Praha 9"
    assert "karlin" in vrow.search and "olena kovalenko" in vrow.search


def test_counts_for_the_dashboard(db, opportunity_factory, volunteer_factory):
    with db.session() as s:
        repo.save_opportunities(
            s,
            [
                opportunity_factory(1),
                opportunity_factory(2, districts=("Praha 7",), status=Status.ARCHIVED),
            ],
        )
        repo.save_volunteers(
            s, [volunteer_factory(1), volunteer_factory(2, district=None, languages=())]
        )
    with db.session() as s:
        districts = repo.counts_by_district(s)
        published = repo.counts_by_district(s, statuses=[Status.PUBLISHED])
        languages = repo.counts_by_language(s)
    assert districts.opportunities == {"Praha 7": 2, "Praha-Troja": 1}
    assert published.opportunities == {"Praha 7": 1, "Praha-Troja": 1}
    assert districts.volunteers == {"Praha 8": 1}
    assert languages.opportunities == {"uk": 2, "cs": 2, "en": 2}
    assert languages.volunteers == {"uk": 1, "cs": 1, "en": 1}


def test_duplicate_list_items_are_stored_once(db):
    record = Volunteer(
        name="x",
        travel_districts=("Praha 1", "Praha 1", "Praha 2"),
        interest_tags=("a", "a"),
        languages=(LanguageSkill("uk", Level.B1), LanguageSkill("uk", Level.C1)),
    )
    with db.session() as s:
        [vid] = repo.save_volunteers(s, [record])
    with db.session() as s:
        loaded = repo.get_volunteer(s, vid)
    assert loaded.travel_districts == ("Praha 1", "Praha 2")
    assert loaded.interest_tags == ("a",)
    assert loaded.languages == (LanguageSkill("uk", Level.B1),)


def test_external_id_of_another_record_is_refused(db, opportunity_factory):
    with db.session() as s:
        [first, _second] = repo.save_opportunities(
            s, [opportunity_factory(1), opportunity_factory(2)]
        )
    with pytest.raises(InputError) as caught, db.session() as s:
        repo.save_opportunities(s, [opportunity_factory(2, id=first, title="clash")])
    [issue] = caught.value.issues
    assert (issue.problem, issue.column, issue.value) == (
        Problem.DUPLICATE_ID,
        "external_id",
        "opp-2",
    )
    with db.session() as s:
        assert repo.get_opportunity(s, first).title == opportunity_factory(1).title


@pytest.mark.parametrize(
    ("change", "column"),
    [
        ({"title": "x" * 501}, "title"),
        ({"districts": ("P" * 101,)}, "district"),
        ({"organization": "O" * 301}, "name"),
    ],
)
def test_text_longer_than_its_column_is_refused_on_every_backend(
    db, opportunity_factory, change, column
):
    with pytest.raises(InputError) as caught, db.session() as s:
        repo.save_opportunities(s, [opportunity_factory(**change)])
    [issue] = caught.value.issues
    assert (issue.problem, issue.column) == (Problem.TOO_LONG, column)
    assert "at most" in issue.describe()
    with db.session() as s:
        assert repo.load_opportunities(s) == []


def test_concurrent_saves_of_one_record_end_in_a_conflict_not_an_overwrite(db, opportunity_factory):
    """Two coordinators save the same version at once: the second gets CONFLICT."""
    import threading
    import time

    with db.session() as s:
        [oid] = repo.save_opportunities(s, [opportunity_factory()])
    with db.session() as s:
        opened = repo.get_opportunity(s, oid)  # both opened version 1
    outcome: list[BaseException | None] = []
    first_saved = threading.Event()

    def second_coordinator() -> None:
        first_saved.wait()
        try:
            with db.session() as s:
                repo.save_opportunities(s, [dataclasses.replace(opened, title="second")])
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=second_coordinator)
    thread.start()
    with db.session() as s:
        repo.save_opportunities(s, [dataclasses.replace(opened, title="first")])
        first_saved.set()
        time.sleep(0.3)  # the second save now waits for this transaction's lock
    thread.join(timeout=30)
    [error] = outcome
    assert isinstance(error, DatabaseError) and error.code is DatabaseErrorCode.CONFLICT
    with db.session() as s:
        stored = repo.get_opportunity(s, oid)
    assert (stored.title, stored.version) == ("first", 2)
