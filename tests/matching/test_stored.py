"""The matcher built from stored columns answers exactly as the one built from records.

Random listings and volunteers (the demo's messy ones, generated ones, and fields
shuffled between them) are stored; rankings in both directions, with every part,
reason, count and relaxation, must be equal. Rows written without their derived
values, derived from an older version or under other reference data are derived again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import pytest

from volmatch.cli.match_cmd import rank
from volmatch.demo.dataset import demo_records
from volmatch.demo.generator import generate_opportunities, generate_volunteers
from volmatch.matching import Matcher, OpportunityFilter
from volmatch.matching.stored import LISTINGS, VOLUNTEERS, matcher_from_database
from volmatch.storage import derived, match_codes
from volmatch.storage import repository as repo
from volmatch.storage.database import open_database

TODAY = dt.date(2026, 12, 3)


def _shuffled_volunteers(rng: random.Random, pool: list, n: int) -> list:
    """Volunteers whose fields come from different people of ``pool`` (messy mixes)."""
    fields = (
        "district",
        "district_text",
        "travel_districts",
        "languages",
        "interests_text",
        "interest_tags",
        "availability_mask",
        "available_from",
        "available_until",
        "birth_year",
        "consent_date",
        "consent_scope",
    )
    out = []
    for i in range(n):
        base = rng.choice(pool)
        changes = {f: getattr(rng.choice(pool), f) for f in fields if rng.random() < 0.5}
        out.append(
            dataclasses.replace(
                base, id=None, external_id=f"MIX-{i}", email=f"mix{i}@example.org", **changes
            )
        )
    return out


def _shuffled_listings(rng: random.Random, pool: list, n: int) -> list:
    fields = (
        "title",
        "description",
        "districts",
        "scope",
        "languages",
        "interests",
        "schedule_mask",
        "start_date",
        "end_date",
        "valid_until",
        "min_age",
        "status",
    )
    out = []
    for i in range(n):
        base = rng.choice(pool)
        changes = {f: getattr(rng.choice(pool), f) for f in fields if rng.random() < 0.5}
        out.append(dataclasses.replace(base, id=None, external_id=f"MIXO-{i}", **changes))
    return out


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    rng = random.Random(18)
    demo_opps, demo_vols = demo_records()
    opps = demo_opps + generate_opportunities(300, 7)
    vols = demo_vols + generate_volunteers(120, 7)
    opps += _shuffled_listings(rng, opps, 150)
    vols += _shuffled_volunteers(rng, vols, 80)
    db = open_database(f"sqlite:///{tmp_path_factory.mktemp('stored') / 'm.sqlite3'}")
    with db.session(write=True) as s:
        repo.bulk_insert_opportunities(s, opps[:250])
        repo.save_opportunities(s, opps[250:])
        repo.bulk_insert_volunteers(s, vols[:100])
        repo.save_volunteers(s, vols[100:])
    yield db
    db.dispose()


def _records(db):
    with db.session() as s:
        return repo.load_opportunities(s), repo.load_volunteers(s)


def _same(a, b) -> None:
    assert a.matches == b.matches
    assert a.unmet_matches == b.unmet_matches
    assert a.relaxations == b.relaxations
    assert (a.considered, a.excluded_by_filter, a.unmet_total) == (
        b.considered,
        b.excluded_by_filter,
        b.unmet_total,
    )
    assert (a.blocked, a.excluded_no_consent, a.notes) == (
        b.blocked,
        b.excluded_no_consent,
        b.notes,
    )


@pytest.mark.parametrize("require_consent", [True, False])
def test_stored_columns_rank_exactly_as_records(stored, require_consent):
    opps, vols = _records(stored)
    live = Matcher(opps, vols, require_consent=require_consent)
    cold = matcher_from_database(stored, volunteers=True, require_consent=require_consent)
    # each direction from the one side it ranks, as a command reads it
    listings_only = matcher_from_database(stored, require_consent=require_consent)
    volunteers_only = matcher_from_database(stored, require_consent=require_consent)
    rng = random.Random(3)
    for v in rng.sample(vols, 40):
        for flt in (OpportunityFilter(today=TODAY), OpportunityFilter(False, TODAY)):
            expected = live.for_volunteer(v, 15, include_unmet=True, filter=flt)
            _same(expected, cold.for_volunteer(v, 15, include_unmet=True, filter=flt))
            _same(expected, listings_only.for_volunteer(v, 15, include_unmet=True, filter=flt))
    for o in rng.sample(opps, 25):
        expected = live.for_opportunity(o, 15, include_unmet=True, today=TODAY)
        _same(expected, cold.for_opportunity(o.id, 15, include_unmet=True, today=TODAY))
        _same(expected, volunteers_only.for_opportunity(o, 15, include_unmet=True, today=TODAY))
    assert set(listings_only._built) == {LISTINGS}
    assert set(volunteers_only._built) == {VOLUNTEERS}


@pytest.mark.parametrize("early", [False, True])
def test_the_snapshot_reader_ranks_exactly_as_records(stored, early):
    """The command's path on a SQLite file (codes read as one blob per column, the
    columns read in a thread while the matcher loads) ranks as the engine does."""
    from volmatch.storage import fastread
    from volmatch.storage.fastrecords import SnapshotReader

    derived.refresh(stored, derived.OPPORTUNITY)
    derived.refresh(stored, derived.VOLUNTEER)
    opps, vols = _records(stored)
    live = Matcher(opps, vols, require_consent=True)
    rng = random.Random(11)
    with fastread.snapshot(str(stored.engine.url)) as conn:
        for direction in ("volunteers", "listings"):
            reader = SnapshotReader(conn)
            if early and direction == "volunteers":
                reader.read_early(("opportunity", True), ("volunteer", False))
            elif early:
                reader.read_early(("opportunity", False))
            cold = matcher_from_database(reader, require_consent=True)
            if direction == "volunteers":
                for o in rng.sample(opps, 20):
                    expected = live.for_opportunity(o, 15, include_unmet=True, today=TODAY)
                    _same(expected, cold.for_opportunity(o, 15, include_unmet=True, today=TODAY))
                assert set(cold._built) == {VOLUNTEERS}
            else:
                for v in rng.sample(vols, 20):
                    flt = OpportunityFilter(today=TODAY)
                    expected = live.for_volunteer(v, 15, include_unmet=True, filter=flt)
                    _same(expected, cold.for_volunteer(v, 15, include_unmet=True, filter=flt))
            reader.finish()


def _typos(rng: random.Random, word: str) -> str:
    """The word with one letter after its first two changed, dropped or doubled."""
    i = rng.randrange(2, len(word))
    return rng.choice(
        [word[:i] + word[i + 1 :], word[:i] + word[i] + word[i:], word[:i] + "e" + word[i + 1 :]]
    )


def _typed_volunteers(rng: random.Random, opps: list, pool: list, n: int) -> list:
    """Volunteers who write the listings' own words, often with a typo."""
    words = sorted({w for o in opps for w in o.title.split() + o.description.split()[:8]})
    words = [w.strip(".,:;!?()") for w in words if len(w) >= 6]
    out = []
    for i in range(n):
        chosen = [w if rng.random() < 0.3 else _typos(rng, w) for w in rng.sample(words, 3)]
        out.append(
            dataclasses.replace(
                rng.choice(pool),
                id=None,
                external_id=f"TYPO-{i}",
                email=f"typo{i}@example.org",
                interests_text=", ".join(chosen),
                interest_tags=(),
            )
        )
    return out


def test_a_pair_scores_alike_whatever_the_order_of_the_records():
    """Typo-tolerant keyword hits look among the listings' words only: a ranking does not
    depend on which volunteers are known, nor on the order records were met in."""
    rng = random.Random(5)
    opps = [
        dataclasses.replace(o, id=i)
        for i, o in enumerate(demo_records()[0] + generate_opportunities(120, 3), 1)
    ]
    vols = [
        dataclasses.replace(v, id=i)
        for i, v in enumerate(_typed_volunteers(rng, opps, demo_records()[1], 60), 1)
    ]
    forward = Matcher(opps, vols)
    backward = Matcher(opps[::-1], vols[::-1])
    listings_only = Matcher(rng.sample(opps, len(opps)))
    typos = 0
    for v in vols:
        a = forward.for_volunteer(v, 10, include_unmet=True, filter=OpportunityFilter(False, TODAY))
        typos += any(r.fields.get("score", 100) < 100 for m in a.matches for r in m.reasons)
        for other in (backward, listings_only):
            _same(
                a,
                other.for_volunteer(
                    v, 10, include_unmet=True, filter=OpportunityFilter(False, TODAY)
                ),
            )
    assert typos > 10  # the data does exercise typos
    for o in opps[::7]:
        _same(
            forward.for_opportunity(o, 10, include_unmet=True, today=TODAY),
            backward.for_opportunity(o, 10, include_unmet=True, today=TODAY),
        )


def test_the_command_gives_the_same_json(stored):
    opps, vols = _records(stored)
    live = Matcher(opps, vols, require_consent=True)  # what service.build_matcher builds
    cold = matcher_from_database(stored, volunteers=True, require_consent=True)
    others = {o.id: o for o in opps}
    for v in vols[:: len(vols) // 12]:
        assert rank(v, others, 20, True, False, "cs", TODAY, matcher=cold) == rank(
            v, others, 20, True, False, "cs", TODAY, matcher=live
        )


def test_rows_out_of_date_are_derived_again_and_stored(stored):
    opps, vols = _records(stored)
    with stored.session(write=True) as s:
        conn = s.connection()
        conn.exec_driver_sql("DELETE FROM opportunity_match WHERE opportunity_id IN (1, 2, 3)")
        # a writer that did not derive: a new version, the old derived values
        conn.exec_driver_sql(
            "UPDATE opportunity SET version = version + 1, "
            "title = 'Zahradničení s dětmi' WHERE id = 5"
        )
        conn.exec_driver_sql("UPDATE volunteer_match SET version = 0 WHERE volunteer_id = 2")
    columns = derived.read_listings(stored)
    row = columns["id"].index(5)
    tags = match_codes.unpack_listing(columns["tag_codes"][row], columns["terms"])
    assert "gardening" in {name for name, _ in tags}
    with stored.session() as s:
        stale = s.connection().exec_driver_sql(
            "SELECT count(*) FROM opportunity o LEFT JOIN opportunity_match m "
            "ON m.opportunity_id = o.id WHERE m.version IS NOT o.version"
        )
        assert stale.scalar() == 0
    opps, vols = _records(stored)
    live, cold = Matcher(opps, vols), matcher_from_database(stored, volunteers=True)
    for v in vols[:10]:
        _same(live.for_volunteer(v, 10), cold.for_volunteer(v, 10))


def test_other_reference_data_derive_everything_once_with_progress(stored):
    with stored.session(write=True) as s:
        s.connection().exec_driver_sql("UPDATE derived_state SET fingerprint = 'older'")
    calls: list[tuple[int, int]] = []
    derived.read_listings(stored, lambda done, total: calls.append((done, total)))
    assert calls and calls[-1][0] == calls[-1][1] == len(_records(stored)[0])
    with stored.session() as s:
        assert derived.stored_fingerprint(s, "opportunity") == derived.fingerprint()
    calls.clear()
    derived.read_listings(stored, lambda done, total: calls.append((done, total)))
    assert calls == []


def test_erasing_a_person_erases_what_was_derived_from_the_profile(stored):
    from volmatch import privacy

    with stored.session(write=True) as s:
        vid = repo.load_volunteers(s)[-1].id
        assert privacy.erase_volunteer(s, vid) is not None
    with stored.session() as s:
        left = s.connection().exec_driver_sql(
            f"SELECT count(*) FROM volunteer_match WHERE volunteer_id = {vid}"
        )
        assert left.scalar() == 0


def test_a_side_with_no_records_reads_as_empty(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    try:
        with db.session(write=True) as s:
            repo.bulk_insert_opportunities(s, generate_opportunities(5, 1))
        matcher = matcher_from_database(db, require_consent=True)
        assert getattr(matcher, VOLUNTEERS) is not None  # was a numpy shape error
        assert getattr(matcher, LISTINGS) is not None
    finally:
        db.dispose()


def test_writing_a_run_of_ids_keeps_the_rows_of_others_in_it(stored):
    """write() reads a run of ids with range queries: rows in the range but not written stay."""
    with stored.session() as s:
        before = s.connection().exec_driver_sql(
            "SELECT opportunity_id, version, tag_codes FROM opportunity_match "
            "WHERE opportunity_id IN (7, 8, 9) ORDER BY opportunity_id"
        )
        before = before.all()
        opps = {r.id: r for r in repo.load_opportunities(s) if r.id in (7, 9)}
    rows = derived.derive(derived.OPPORTUNITY, [opps[7], opps[9]])
    with stored.session(write=True) as s:
        s.connection().exec_driver_sql("UPDATE opportunity SET version = version + 1 WHERE id = 9")
        derived.write(s, derived.OPPORTUNITY, [7, 9], rows)
    with stored.session() as s:
        after = s.connection().exec_driver_sql(
            "SELECT opportunity_id, version, tag_codes FROM opportunity_match "
            "WHERE opportunity_id IN (7, 8, 9) ORDER BY opportunity_id"
        )
        after = after.all()
    assert after[:2] == before[:2]  # 7 written as it was, 8 left alone
    assert after[2] == (9, before[2][1] + 1, before[2][2])


def test_ids_out_of_order_or_twice_are_written_by_id_with_their_last_values(stored):
    def stored_rows(s):
        return (
            s.connection()
            .exec_driver_sql(
                "SELECT * FROM volunteer_match WHERE volunteer_id IN (3, 5) ORDER BY volunteer_id"
            )
            .all()
        )

    with stored.session() as s:
        before = stored_rows(s)
        people = {r.id: r for r in repo.load_volunteers(s) if r.id in (3, 5)}
    rows = derived.derive(derived.VOLUNTEER, [people[5], people[3], people[3]])
    assert rows[0] != rows[1]  # else the order would not show
    with stored.session(write=True) as s:
        derived.write(s, derived.VOLUNTEER, [3, 5, 3], [rows[2], rows[0], rows[0]])
        three, five = stored_rows(s)
        assert (three[0], five) == (3, before[1])
        assert three[2:] == five[2:]  # the last values given for 3: 5's
        derived.write(s, derived.VOLUNTEER, [5, 3, 3], [rows[0], rows[0], rows[2]])
        assert stored_rows(s) == before


def test_the_listed_keywords_are_counted_as_the_listings_index_counts_them(stored):
    """Ranking volunteers counts which free keywords the listings use from their codes
    alone (``prepared.listed_keywords``): the same counts as the listings' index."""
    from volmatch.matching import prepared
    from volmatch.storage import fastread
    from volmatch.storage.fastrecords import SnapshotReader

    derived.refresh(stored, derived.OPPORTUNITY)
    with fastread.snapshot(str(stored.engine.url)) as conn:
        reader = SnapshotReader(conn)
        whole, (codes, names) = reader.read_listings(), reader.read_listing_tags()
    indexed, counted = Matcher(), Matcher()
    prepared.listing_tags(indexed.vocab, whole["tag_codes"], whole["terms"])
    prepared.listed_keywords(counted.vocab, codes, names)
    assert counted.vocab.keywords.listed == indexed.vocab.keywords.listed
    assert len(counted.vocab.keywords.listed) > 10
