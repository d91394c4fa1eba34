import datetime as dt

from volmatch.demo import demo_records, load_demo
from volmatch.demo.dataset import demo_result
from volmatch.domain import Scope, Status
from volmatch.importing.columns import Kind
from volmatch.storage import repository as repo
from volmatch.storage.database import open_database


def test_demo_dataset_size_and_variety():
    opportunities, volunteers = demo_records()
    assert len(opportunities) >= 60
    assert len({r.organization for r in opportunities}) >= 15
    districts = {d for r in opportunities for d in r.districts}
    assert len(districts) >= 15
    assert {"Praha 7", "Praha 8", "Praha 13", "Praha 14", "Praha 4"} <= districts
    scopes = {r.scope for r in opportunities}
    assert {Scope.CITYWIDE, Scope.REMOTE, Scope.DISTRICTS} == scopes
    assert {Status.DRAFT, Status.PUBLISHED, Status.ARCHIVED} == {r.status for r in opportunities}
    expired = [r for r in opportunities if r.valid_until and r.valid_until < dt.date(2026, 11, 1)]
    assert expired
    langs = [lang for r in opportunities for lang in r.translations]
    assert langs.count("en") >= 55 and langs.count("uk") >= 40
    assert "ru" in langs and "vi" in langs
    assert any(n.required and n.min_level for r in opportunities for n in r.languages)
    assert len(volunteers) >= 40


def test_demo_volunteers_are_messy_but_import_without_errors():
    for kind in Kind:
        assert demo_result(kind).errors == []
    volunteers = demo_result(Kind.VOLUNTEERS)
    assert len(volunteers.warnings) >= 10
    _, people = demo_records()
    written = {p.district_text for p in people}
    assert {"Holešovice", "Libeň", "Zizkov", "Jizni Mesto"} <= written
    languages = " ".join(p.name for p in people)
    assert "Nguyễn" in languages and "Olena" in languages
    assert all(p.email.endswith("@example.org") for p in people)
    assert all(p.phone.startswith("+420 555") for p in people)
    codes = {s.code for p in people for s in p.languages}
    assert {"uk", "vi", "ru", "ar", "cs", "en"} <= codes


def test_demo_records_are_cached_copies_and_can_be_numbered():
    a, _ = demo_records()
    a.clear()
    b, vols = demo_records(numbered=True)
    assert len(b) >= 60
    assert [r.id for r in b] == list(range(1, len(b) + 1))
    assert vols[0].id == 1
    assert demo_records()[0][0].id is None


def test_load_demo_twice_does_not_duplicate(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    try:
        first = load_demo(db)
        second = load_demo(db)
        with db.session() as s:
            opportunities = repo.load_opportunities(s)
            volunteers = repo.load_volunteers(s)
            organizations = repo.list_organizations(s)
    finally:
        db.dispose()
    n_opp, n_vol = len(demo_records()[0]), len(demo_records()[1])
    assert (first.opportunities.created, first.volunteers.created) == (n_opp, n_vol)
    assert (second.opportunities.skipped, second.opportunities.created) == (n_opp, 0)
    assert (second.opportunities.updated, second.volunteers.skipped) == (0, n_vol)
    assert (len(opportunities), len(volunteers)) == (n_opp, n_vol)
    assert len(organizations) >= 15


def test_load_demo_again_never_overwrites_what_a_person_changed(tmp_path):
    import dataclasses

    db = open_database(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    try:
        load_demo(db)
        with db.session() as s:
            first, second = repo.load_opportunities(s)[:2]
            repo.save_opportunities(
                s, [dataclasses.replace(first, title="Upraveno koordinátorkou")]
            )
            repo.delete_opportunity(s, second.id)
        load_demo(db)
        with db.session() as s:
            assert repo.get_opportunity(s, first.id).title == "Upraveno koordinátorkou"
            assert repo.get_opportunity(s, second.id) is None  # stays in the trash
            assert len(repo.load_opportunities(s)) == len(demo_records()[0]) - 1
    finally:
        db.dispose()


def test_demo_listing_tags_say_what_the_listing_is():
    # corrected after an audit (scripts/audit_demo_tags.py, docs/matching-quality.md)
    listings = {o.external_id: set(o.interests) for o in demo_records()[0]}
    assert "tutoring_children" not in listings["OPP-052"]  # online conversation, adults
    assert "tutoring_children" not in listings["OPP-059"]  # exam preparation, adults
    assert "exam_preparation" in listings["OPP-059"]
    assert "hospital" not in listings["OPP-028"] | listings["OPP-037"] | listings["OPP-067"]
    assert "arts_crafts" not in listings["OPP-050"] | listings["OPP-051"] | listings["OPP-053"]
    assert "cooking" in listings["OPP-051"] and "cooking" in listings["OPP-063"]
    assert "office_work" not in listings["OPP-027"] | listings["OPP-053"]
    assert "cleanups" not in listings["OPP-014"] | listings["OPP-056"] | listings["OPP-066"]
    assert "bike_repair" not in {t for tags in listings.values() for t in tags}
