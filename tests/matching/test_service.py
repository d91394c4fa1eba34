"""The one matching service: stored weights, parsing --weights, pins, hides, full listings,
and the app's backend agreeing with ``volmatch match`` on random data."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from volmatch.domain import Placement, PlacementState, Status
from volmatch.matching import Matcher, Weights, service


def test_parse_weights_names_the_problem():
    assert service.parse_weights("language=0.5, district=1") == Weights(language=0.5, district=1)
    with pytest.raises(ValueError, match="unknown weight 'langauge'"):
        service.parse_weights("langauge=0.5")
    with pytest.raises(ValueError, match=r"expected a number such as 0\.25"):
        service.parse_weights("district=far")
    with pytest.raises(ValueError, match="expected name=number"):
        service.parse_weights("district")
    with pytest.raises(ValueError, match="at least one part"):
        service.parse_weights("language=0,district=0,interests=0,availability=0")


@pytest.fixture
def stored(tmp_path):
    from volmatch.demo import generate_opportunities, generate_volunteers
    from volmatch.storage import repository as repo
    from volmatch.storage.database import open_database

    db = open_database(f"sqlite:///{tmp_path / 'random.sqlite3'}")
    consent = dt.date.today() - dt.timedelta(days=10)
    with db.session(write=True) as s:
        repo.bulk_insert_opportunities(s, generate_opportunities(400, seed=7))
        repo.bulk_insert_volunteers(
            s, [replace(v, consent_date=consent) for v in generate_volunteers(40, seed=7)]
        )
    yield db
    db.dispose()


def test_weights_are_stored_once_for_everyone(stored):
    with stored.session() as s:
        assert service.stored_weights(s).source == "defaults"
    with stored.session(write=True) as s:
        service.save_weights(s, Weights(language=1, district=0, interests=0, availability=0))
    with stored.session() as s:
        now = service.stored_weights(s)
        assert now.source == "stored" and now.weights.language == 1
        from volmatch.storage import audit

        assert [e.fields for e in audit.history(s, "setting", None)] == [(service.WEIGHTS_KEY,)]
    with stored.session(write=True) as s:
        service.save_weights(s, None)
    with stored.session() as s:
        assert service.stored_weights(s).source == "defaults"


def test_backend_and_cli_agree_on_random_data(stored, capsys):
    import json

    from volmatch.cli import main
    from volmatch.gui.backend import Backend
    from volmatch.storage import repository as repo

    with stored.session(write=True) as s:
        service.save_weights(s, Weights(language=0.1, district=0.5, interests=0.3))
        volunteers = [v.id for v in repo.load_volunteers(s)]
    backend = Backend(stored)
    url = str(stored.url)
    for vid in volunteers[:15]:
        view = backend.rank_for_volunteer(vid, top=20)
        gui = [(r.other_id, r.score) for r in view.rows if r.meets_requirements][:20]
        assert main(["match", "--db", url, "--volunteer", str(vid), "--top", "20", "--json"]) == 0
        cli = json.loads(capsys.readouterr().out)
        assert gui == [(m["opportunity"]["id"], m["score"]) for m in cli["matches"]]
        assert view.weights == cli["weights"]


def test_pins_hides_and_full_listings(stored):
    from volmatch.storage import placements
    from volmatch.storage import repository as repo

    with stored.session(write=True) as s:
        opportunities = repo.load_opportunities(s)
        volunteer = repo.load_volunteers(s)[0]
    matcher = Matcher(opportunities, require_consent=True)
    base = service.rank_for_volunteer(matcher, volunteer, Weights(), top=10)
    ids = [m.opportunity_id for m in base.matches]
    assert len(ids) == 10
    last_published = next(
        o.id for o in reversed(opportunities) if o.status is Status.PUBLISHED and o.id not in ids
    )
    with stored.session(write=True) as s:
        placements.set_mark(s, volunteer.id, ids[0], "hide")
        placements.set_mark(s, volunteer.id, last_published, "pin")
        curation = service.load_curation(s, volunteer_id=volunteer.id)
    result = service.rank_for_volunteer(matcher, volunteer, Weights(), top=10, curation=curation)
    got = [m.opportunity_id for m in result.matches]
    assert got[0] == last_published and ids[0] not in got and result.hidden == 1
    assert got[1:] == ids[1:10]  # the next best fills the place of the hidden one
    by_id = {m.opportunity_id: m.score for m in base.matches}
    assert all(by_id[m.opportunity_id] == m.score for m in result.matches[1:])  # same scores
    # a full listing goes below every listing with a free place, or away
    with stored.session(write=True) as s:
        full = replace(next(o for o in opportunities if o.id == ids[1]), capacity=1, version=None)
        repo.save_opportunities(s, [full])
        other = repo.load_volunteers(s)[1]
        placements.save_placement(s, Placement(other.id, ids[1], PlacementState.PLACED))
        curation = service.load_curation(s, volunteer_id=volunteer.id)
    assert curation.full == {ids[1]}
    lower = service.rank_for_volunteer(matcher, volunteer, Weights(), top=10, curation=curation)
    assert ids[1] not in [m.opportunity_id for m in lower.matches]  # 11th of 10 now
    longer = service.rank_for_volunteer(matcher, volunteer, Weights(), top=999, curation=curation)
    assert [m.opportunity_id for m in longer.matches][-1] == ids[1]  # after every free one
    hide = service.rank_for_volunteer(
        matcher,
        volunteer,
        Weights(),
        top=30,
        curation=curation,
        full_mode=service.FullListings.HIDE,
    )
    assert ids[1] not in [m.opportunity_id for m in hide.matches] and hide.hidden_full == 1
    with stored.session(write=True) as s:
        placements.set_mark(s, volunteer.id, ids[0], None)
        assert service.load_curation(s, volunteer_id=volunteer.id).hidden == frozenset()
        from sqlalchemy import select

        from volmatch.storage import audit

        log = audit.AUDIT
        query = select(log.c.action).where(log.c.entity == "match_mark").order_by(log.c.id)
        assert list(s.scalars(query)) == ["create", "create", "delete"]  # marks are audited
