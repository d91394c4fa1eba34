from volmatch.demo import generate_opportunities, generate_volunteers
from volmatch.domain import Scope
from volmatch.reference.gazetteer import default_gazetteer
from volmatch.reference.languages import default_catalogue
from volmatch.reference.taxonomy import default_taxonomy


def test_same_seed_same_records_other_seed_other_records():
    assert generate_opportunities(300, seed=4) == generate_opportunities(300, seed=4)
    assert generate_volunteers(100, seed=4) == generate_volunteers(100, seed=4)
    assert generate_opportunities(300, seed=4) != generate_opportunities(300, seed=5)
    assert generate_volunteers(100, seed=4) != generate_volunteers(100, seed=5)


def test_generated_opportunities_use_the_reference_data():
    records = generate_opportunities(2000, seed=1)
    gz, tx, cat = default_gazetteer(), default_taxonomy(), default_catalogue()
    assert len({r.external_id for r in records}) == 2000
    assert records[0].external_id == "GEN-1-000001"
    districts = {d for r in records for d in r.districts}
    assert districts <= set(gz.municipal_districts) and len(districts) > 40
    assert {t for r in records for t in r.interests} <= set(tx.tags)
    assert all(cat.name(n.code, "en") for r in records for n in r.languages)
    scopes = [r.scope for r in records]
    assert 0.75 < scopes.count(Scope.DISTRICTS) / len(scopes) < 0.95
    assert all(r.districts == () for r in records if r.scope is not Scope.DISTRICTS)
    assert all(r.end_date is None or r.end_date >= r.start_date for r in records)
    assert sum(1 for r in records if "en" in r.translations) > 1000


def test_generated_volunteers_are_fictional_and_plausible():
    people = generate_volunteers(500, seed=2)
    gz = default_gazetteer()
    assert len({p.email for p in people}) == 500
    assert all(p.email.endswith("@example.org") and p.email.isascii() for p in people)
    assert all(p.phone.startswith("+420 555 ") for p in people)
    assert all(p.district in gz.municipal_districts for p in people)
    assert all(p.languages and p.interest_tags for p in people)
    assert all(p.district not in p.travel_districts for p in people)
