"""The listings' side prepared in another process and handed over pickled ranks exactly
as the one prepared in this process; anything doubtful is refused (None), never used."""

from __future__ import annotations

import io
import random
import subprocess
import sys

import pytest

from volmatch.demo.dataset import demo_records
from volmatch.demo.generator import generate_opportunities, generate_volunteers
from volmatch.matching import OpportunityFilter, handoff
from volmatch.matching.stored import matcher_from_database, prepare_listings
from volmatch.storage import repository as repo
from volmatch.storage.database import open_database

from .test_stored import _same, _shuffled_listings


@pytest.fixture(scope="module")
def url(tmp_path_factory) -> str:
    rng = random.Random(81)
    demo_opps, demo_vols = demo_records()
    opps = demo_opps + generate_opportunities(200, 3)
    opps += _shuffled_listings(rng, opps, 80)
    url = f"sqlite:///{tmp_path_factory.mktemp('handoff') / 'h.sqlite3'}"
    db = open_database(url)
    with db.session(write=True) as s:
        repo.bulk_insert_opportunities(s, opps)
        repo.bulk_insert_volunteers(s, demo_vols + generate_volunteers(60, 3))
    matcher_from_database(db, listings=True)  # what a writer left to derive is stored
    db.dispose()
    return url


def _handed_over(url: str):
    """The listings as the app's separate process writes them, read back."""
    done = subprocess.run(
        [sys.executable, "-m", "volmatch.matching.handoff", url],
        capture_output=True,
        check=True,
        timeout=120,
    )
    return handoff.load(done.stdout)


def test_the_handed_over_listings_rank_as_those_prepared_here(url):
    here, there = prepare_listings(url), _handed_over(url)
    assert here is not None and there is not None
    assert there.audited == here.audited
    db = open_database(url)
    try:
        with db.session() as s:
            volunteers = repo.load_volunteers(s)
        a, b = here.attach(db), there.attach(db)
        assert a is not None and b is not None
        for v in volunteers:
            for flt in (OpportunityFilter(), OpportunityFilter(enabled=False)):
                _same(
                    a.for_volunteer(v, top=30, include_unmet=True, filter=flt),
                    b.for_volunteer(v, top=30, include_unmet=True, filter=flt),
                )
        # the records shown come from the attached database
        best = b.for_volunteer(volunteers[0], top=1).matches[0].opportunity_id
        assert b.opportunities.record(b.opportunities.slot(best)).id == best
    finally:
        db.dispose()


def test_nothing_to_hand_over_reads_as_none(tmp_path):
    assert _handed_over(f"sqlite:///{tmp_path / 'missing.sqlite3'}") is None
    out = io.BytesIO()
    handoff.dump(None, out)
    assert handoff.load(out.getvalue()) is None


def test_other_reference_data_or_format_are_refused(url, monkeypatch):
    out = io.BytesIO()
    handoff.dump(prepare_listings(url), out)
    data = out.getvalue()
    assert handoff.load(data) is not None
    monkeypatch.setattr(handoff, "_digest", lambda ctx: "another vocabulary")
    assert handoff.load(data) is None
    monkeypatch.undo()
    monkeypatch.setattr(handoff, "FORMAT", "volmatch-prepared-listings-0")
    assert handoff.load(data) is None


def test_the_context_is_written_by_name_and_read_as_the_readers_own(url):
    """The reference data is named by its type (no call back for each object written):
    a plain unpickler reads the matcher, with this process's own context in it."""
    import pickle

    from volmatch.matching.context import MatchContext

    out = io.BytesIO()
    handoff.dump(prepare_listings(url), out)
    out.seek(0)
    assert pickle.load(out)[0] == handoff.FORMAT
    matcher = pickle.load(out)
    assert matcher.context is MatchContext.default()
    assert matcher.opportunities.ctx is matcher.context
