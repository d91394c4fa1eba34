"""The SQLite snapshot reader builds the records, settings and curation the repository does."""

from __future__ import annotations

import dataclasses
import itertools
import sys

import pytest

from volmatch.domain import Placement, PlacementState
from volmatch.matching import service
from volmatch.storage import concat, fastread, placements
from volmatch.storage import repository as repo
from volmatch.storage.database import open_database
from volmatch.storage.fastrecords import SnapshotReader


@pytest.fixture
def demo(tmp_path):
    from volmatch.demo import load_demo

    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    db = open_database(url)
    load_demo(db)
    with db.session(write=True) as s:
        listing = repo.get_opportunity(s, 3)
        repo.save_opportunities(s, [dataclasses.replace(listing, capacity=1)])
        placements.save_placement(s, Placement(2, 3, PlacementState.PLACED))
        placements.save_placement(s, Placement(1, 5, PlacementState.CONTACTED))
        placements.set_mark(s, 1, 7, "pin")
        placements.set_mark(s, 1, 9, "hide")
        repo.delete_volunteer(s, 6)  # in the trash: left out
        repo.delete_opportunity(s, 8)
        service.save_weights(s, service.Weights(language=0.5))
    yield url, db
    db.dispose()


def test_records_are_the_repositorys(demo):
    url, db = demo
    with db.session() as s:
        opportunities = repo.get_opportunities(s, list(range(0, 80)))
        volunteers = repo.get_volunteers(s, list(range(0, 60)))
        by_email = repo.find_volunteer(s, volunteers[3].email.upper())
        by_external = repo.find_opportunity(s, "OPP-010")
    with fastread.snapshot(url) as conn:
        reader = SnapshotReader(conn)
        assert reader.get_opportunities(list(range(0, 80))) == opportunities
        assert reader.get_volunteers(list(range(0, 60))) == volunteers
        assert reader.find_volunteer(volunteers[3].email.upper()) == by_email
        assert reader.find_opportunity("OPP-010") == by_external
        assert reader.find_volunteer("6") is None and reader.find_opportunity(8) is None
        assert reader.find_volunteer("nobody") is None
    assert any(o.translations for o in opportunities)
    assert all(o.created_at.tzinfo is not None for o in opportunities)


@pytest.mark.parametrize("key", [{"volunteer_id": 1}, {"volunteer_id": 2}, {"opportunity_id": 3}])
def test_curation_and_weights_are_the_services(demo, key):
    url, db = demo
    with db.session() as s:
        expected = service.load_curation(s, **key)
        weights = service.stored_weights(s)
    with fastread.snapshot(url) as conn:
        reader = SnapshotReader(conn)
        assert service.load_curation(reader, **key) == expected
        assert service.stored_weights(reader) == weights
    assert weights.source == "stored"
    assert expected.full == frozenset({3}) or "opportunity_id" in key


def test_reading_loads_no_sqlalchemy(demo):
    import subprocess

    url, _ = demo
    probe = (
        "import sys\n"
        "from volmatch.storage import fastread\n"
        "from volmatch.storage.fastrecords import SnapshotReader\n"
        f"with fastread.snapshot({url!r}) as conn:\n"
        "    r = SnapshotReader(conn)\n"
        "    assert r.current('opportunity') and r.find_volunteer(1)\n"
        "    r.read_listings(); r.get_opportunities([1, 2]); r.full_listings()\n"
        "print('sqlalchemy' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split()[-1] == "False"


def test_columns_read_early_in_a_thread_are_the_ones_read_when_asked(demo):
    """``read_early`` reads in a thread of its own; a row out of date is told when the
    columns are asked for (the caller then takes the normal path)."""
    from volmatch.storage import derived
    from volmatch.storage.fastrecords import NotCurrent

    url, db = demo
    derived.refresh(db, derived.OPPORTUNITY)
    with fastread.snapshot(url) as conn:
        plain = SnapshotReader(conn).read_listings()
        early = SnapshotReader(conn)
        early.read_early(("opportunity", False))
        assert early.read_listings() == plain
        early.finish()
    with db.session(write=True) as s:
        s.connection().exec_driver_sql("UPDATE opportunity SET version = version + 1 WHERE id = 2")
    with fastread.snapshot(url) as conn:
        early = SnapshotReader(conn)
        early.read_early(("opportunity", False))
        with pytest.raises(NotCurrent):
            early.read_listings()


def test_columns_read_early_come_from_a_connection_of_their_own(demo, monkeypatch):
    """A connection runs one statement at a time: the long reads go to another one, so
    the caller's small reads on the snapshot (the subject, the weights) do not wait."""
    from volmatch.storage import derived

    url, db = demo
    derived.refresh(db, derived.OPPORTUNITY)
    used = []
    real = derived.read_current

    def recorded(connection, kind):
        used.append(connection)
        return real(connection, kind)

    monkeypatch.setattr(derived, "read_current", recorded)
    with fastread.snapshot(url) as conn:
        reader = SnapshotReader(conn)
        plain = reader.read_listings()
        reader.read_early(("opportunity", False))
        assert reader.read_listings() == plain
        reader.finish()
    assert len(used) == 2 and used[0] is conn and used[1] is not conn


def test_columns_read_early_are_of_the_callers_snapshot(demo):
    """A change written after the caller's snapshot began (every change is audited) is
    not read early: the columns come from the caller's own snapshot."""
    from volmatch.storage import derived

    url, db = demo
    derived.refresh(db, derived.OPPORTUNITY)
    with fastread.snapshot(url) as conn:
        reader = SnapshotReader(conn)
        before = reader.read_listings()
        with db.session(write=True) as s:
            listing = repo.get_opportunity(s, 2)
            repo.save_opportunities(s, [dataclasses.replace(listing, status="draft")])
        reader.read_early(("opportunity", False), ("opportunity", True))
        assert reader.read_listings() == before
        tags = reader.read_listing_tags()[0]
        assert tags.data == before["tag_codes"].data
        reader.finish()
    with fastread.snapshot(url) as conn:
        after = SnapshotReader(conn).read_listings()
    assert after["status"] != before["status"]


def test_columns_read_early_are_read_by_the_caller_when_the_file_is_locked(demo, monkeypatch):
    """A connection of its own that cannot begin reading (the file locked) reads nothing:
    the caller's connection reads the columns when asked."""
    import sqlite3

    from volmatch.storage import derived, fastrecords

    url, db = demo
    derived.refresh(db, derived.OPPORTUNITY)

    class Locked:
        def __init__(self, *args, **kwargs) -> None:
            pass

        def execute(self, sql, *args):
            raise sqlite3.OperationalError("database is locked")

        def close(self) -> None:
            pass

    with fastread.snapshot(url) as conn:
        reader = SnapshotReader(conn)
        plain = reader.read_listings()
        monkeypatch.setattr(fastrecords.sqlite3, "connect", Locked)
        reader.read_early(("opportunity", False))
        assert reader.read_listings() == plain
        reader.finish()


def _unpacked(columns: dict) -> dict:
    """The snapshot's columns as ``derived.read_listings``/``read_volunteers`` give them:
    each row's codes as bytes, with no ``version`` columns; a text not given as None
    (the readers take "" and None alike)."""
    from volmatch.storage import match_codes

    out = {k: v for k, v in columns.items() if k not in ("version", "derived_version")}
    for name, value in out.items():
        if isinstance(value, match_codes.Packed):
            ends = list(itertools.accumulate(value.lengths))
            out[name] = [value.data[e - n : e] for n, e in zip(value.lengths, ends, strict=True)]
        elif name != "terms":
            out[name] = [None if v == "" else v for v in value]
    return out


@pytest.mark.parametrize("kind", ["opportunity", "volunteer"])
def test_packed_columns_hold_what_the_database_path_reads(demo, kind):
    """The snapshot's codes come as one blob with each row's length; the same bytes, row
    for row, as the path through SQLAlchemy (and as a reader without group_concat)."""
    from volmatch.storage import derived, match_codes

    url, db = demo
    read = derived.read_listings if kind == "opportunity" else derived.read_volunteers
    through_database = _unpacked(read(db))
    coded = "tag_codes" if kind == "opportunity" else "hit_codes"
    with fastread.snapshot(url) as conn:
        found = derived.read_current(conn, kind)
        assert isinstance(found[coded], match_codes.Packed)
        assert _unpacked(found) == through_database
        tags = SnapshotReader(conn).read_listing_tags()[0]
    if kind == "opportunity":
        assert tags.data == b"".join(c or b"" for c in through_database["tag_codes"])


def test_a_text_holding_the_separator_is_read_row_by_row(demo, monkeypatch):
    from volmatch.storage import derived

    url, db = demo
    plain = _unpacked(derived.read_volunteers(db))
    monkeypatch.setattr(concat, "UNIT", "\x00never")  # every text "holds" it: no split
    with fastread.snapshot(url) as conn:
        assert _unpacked(derived.read_current(conn, "volunteer")) == plain


@pytest.mark.parametrize("change", ["version", "missing"])
@pytest.mark.parametrize("rowwise", [False, True])
def test_a_volunteer_not_derived_again_is_told(demo, monkeypatch, change, rowwise):
    """A volunteer changed by a writer that did not derive, or without a derived row:
    the snapshot is not current (``--opportunity`` takes the normal path)."""
    from volmatch.storage import derived

    url, db = demo
    derived.refresh(db, derived.VOLUNTEER)
    sql = {
        "version": "UPDATE volunteer SET version = version + 1 WHERE id = 3",
        "missing": "DELETE FROM volunteer_match WHERE volunteer_id = 3",
    }[change]
    with db.session(write=True) as s:
        s.connection().exec_driver_sql(sql)
    if rowwise:
        monkeypatch.setattr(concat, "UNIT", "\x00never")
    with fastread.snapshot(url) as conn:
        assert derived.read_current(conn, "volunteer") is None
        assert derived.read_current(conn, "opportunity") is not None
