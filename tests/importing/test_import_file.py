import pytest
from import_helpers import opportunity_row, volunteer_row
from sqlalchemy import text

from volmatch.errors import Problem
from volmatch.importing import import_file
from volmatch.storage import repository as repo
from volmatch.storage.database import open_database


@pytest.fixture
def db(tmp_path):
    database = open_database(f"sqlite:///{tmp_path / 'import.sqlite3'}")
    yield database
    database.dispose()


def snapshot(db) -> dict[str, list]:
    """Every row of every table: 'exactly as it was' means this is equal."""
    with db.engine.connect() as conn:
        tables = [
            r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        return {t: sorted(map(tuple, conn.execute(text(f'SELECT * FROM "{t}"')))) for t in tables}


def test_import_stores_every_row(db, csv_file):
    rows = [opportunity_row(external_id=f"OPP-{i}", title=f"Nabídka {i}") for i in range(1, 4)]
    report = import_file(db, csv_file(rows), "opportunities")
    assert (report.created, report.updated, report.stored, report.errors) == (3, 0, True, [])
    with db.session() as s:
        stored = repo.load_opportunities(s)
    assert sorted(r.external_id for r in stored) == ["OPP-1", "OPP-2", "OPP-3"]
    assert {r.organization for r in stored} == {"Komunitní centrum Holešovice"}


def test_a_bad_last_row_leaves_the_database_exactly_as_it_was(db, csv_file):
    import_file(db, csv_file([volunteer_row(external_id="VOL-0", name="Před")]), "volunteers")
    before = snapshot(db)
    rows = [volunteer_row(external_id=f"VOL-{i}", name=f"Dobrovolník {i}") for i in range(1, 30)]
    rows.append(volunteer_row(external_id="VOL-99", district="Atlantis"))
    report = import_file(db, csv_file(rows), "volunteers")
    assert report.stored is False and report.created == 0
    assert [(i.problem, i.row) for i in report.errors] == [(Problem.UNKNOWN_DISTRICT, 31)]
    assert snapshot(db) == before


def test_a_failure_while_saving_rolls_everything_back(db, csv_file, monkeypatch):
    before = snapshot(db)
    real_save = repo.bulk_insert_opportunities

    def save_half_then_fail(session, records):
        real_save(session, records[: len(records) // 2])
        session.flush()
        raise RuntimeError("disk full")

    monkeypatch.setattr(repo, "bulk_insert_opportunities", save_half_then_fail)
    rows = [opportunity_row(external_id=f"OPP-{i}") for i in range(10)]
    with pytest.raises(RuntimeError):
        import_file(db, csv_file(rows), "opportunities")
    assert snapshot(db) == before


def test_reimport_updates_by_external_id_instead_of_duplicating(db, csv_file):
    first = [
        opportunity_row(external_id="OPP-1", title="Stará"),
        opportunity_row(external_id="OPP-2"),
    ]
    import_file(db, csv_file(first), "opportunities")
    second = [
        opportunity_row(external_id="OPP-1", title="Nová", district="Karlín"),
        opportunity_row(external_id="OPP-3", title="Úklid parku"),
    ]
    report = import_file(db, csv_file(second), "opportunities")
    assert (report.created, report.updated) == (1, 1)
    with db.session() as s:
        stored = {r.external_id: r for r in repo.load_opportunities(s)}
    assert sorted(stored) == ["OPP-1", "OPP-2", "OPP-3"]
    assert stored["OPP-1"].title == "Nová" and stored["OPP-1"].districts == ("Praha 8",)


def test_a_small_file_into_a_large_table_finds_its_stored_ids(db, csv_file):
    """Many more stored listings than rows: the stored ids are looked up in chunks."""
    stored = [opportunity_row(external_id=f"OPP-{i}", title=f"Nabídka {i}") for i in range(30)]
    import_file(db, csv_file(stored), "opportunities")
    rows = [
        opportunity_row(external_id="OPP-7", title="Nabídka 7 znovu"),
        opportunity_row(external_id="OPP-new", title="Nová nabídka"),
    ]
    report = import_file(db, csv_file(rows), "opportunities")
    assert (report.created, report.updated) == (1, 1)
    with db.session() as s:
        titles = {r.external_id: r.title for r in repo.load_opportunities(s)}
    assert len(titles) == 31 and titles["OPP-7"] == "Nabídka 7 znovu"


def test_reimporting_the_same_file_changes_nothing_but_counts_updates(db, csv_file):
    path = csv_file([volunteer_row(external_id=f"VOL-{i}") for i in range(5)])
    import_file(db, path, "volunteers")
    report = import_file(db, path, "volunteers")
    assert (report.created, report.updated) == (0, 5)
    with db.session() as s:
        assert len(repo.load_volunteers(s)) == 5


def test_dry_run_reports_and_stores_nothing(db, csv_file):
    import_file(db, csv_file([volunteer_row(external_id="VOL-1")]), "volunteers")
    before = snapshot(db)
    path = csv_file([volunteer_row(external_id="VOL-1"), volunteer_row(external_id="VOL-2")])
    report = import_file(db, path, "volunteers", dry_run=True)
    assert (report.created, report.updated, report.stored, report.dry_run) == (1, 1, False, True)
    assert snapshot(db) == before


def test_mapping_renames_columns(db, csv_file):
    path = csv_file([{"ID": "VOL-7", "Jméno": "Anna", "Bydliště": "Žižkov", "Jazyky": "čeština"}])
    mapping = {"ID": "external_id", "Jméno": "name", "Bydliště": "district", "Jazyky": "languages"}
    report = import_file(db, path, "volunteers", mapping=mapping)
    assert report.created == 1
    with db.session() as s:
        assert repo.find_volunteer(s, "VOL-7").district == "Praha 3"


def test_an_organization_differing_only_by_legal_form_is_the_stored_one(db, csv_file):
    stored_name = "Komunitní centrum Holešovice, z. s."
    first = [opportunity_row(external_id="A", title="Doučování dětí", organization=stored_name)]
    import_file(db, csv_file(first), "opportunities")
    rows = [
        opportunity_row(external_id="B", title="Zahrada u školy", organization=stored_name[:-7] + " z.s."),
        opportunity_row(external_id="C", title="Sbírka potravin", organization="komunitni centrum holesovice"),
        opportunity_row(external_id="D", title="Výlet do ZOO", organization="Nové centrum Letná, z. s."),
        opportunity_row(external_id="E", title="Čtení seniorům", organization="Nové centrum Letná"),
    ]  # fmt: skip
    dry = import_file(db, csv_file(rows), "opportunities", dry_run=True)
    report = import_file(db, csv_file(rows), "opportunities")
    for r in (dry, report):
        said = [(i.problem, i.row, i.value, i.expected) for i in r.warnings]
        assert said == [
            (Problem.ORGANIZATION_READ_AS, 2, "Komunitní centrum Holešovice z.s.", stored_name),
            (Problem.ORGANIZATION_READ_AS, 3, "komunitni centrum holesovice", stored_name),
            (Problem.ORGANIZATION_READ_AS, 5, "Nové centrum Letná", "Nové centrum Letná, z. s."),
        ]
    assert report.stored and report.created == 4
    assert stored_name in report.warnings[0].describe()
    with db.session() as s:
        names = sorted(o.name for o in repo.list_organizations(s))
        by_ext = {r.external_id: r.organization for r in repo.load_opportunities(s)}
    assert names == ["Komunitní centrum Holešovice, z. s.", "Nové centrum Letná, z. s."]
    assert by_ext == {"A": stored_name, "B": stored_name, "C": stored_name,
                      "D": "Nové centrum Letná, z. s.", "E": "Nové centrum Letná, z. s."}  # fmt: skip
