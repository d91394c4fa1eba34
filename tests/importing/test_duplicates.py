"""Rows resembling stored listings: reported, then skipped or merged by decision."""

import pytest
from import_helpers import opportunity_row

from volmatch.errors import Problem
from volmatch.importing import import_file
from volmatch.storage import repository as repo
from volmatch.storage.database import open_database


@pytest.fixture
def db(tmp_path, csv_file):
    database = open_database(f"sqlite:///{tmp_path / 'dup.sqlite3'}")
    first = [
        opportunity_row(external_id="A-1", title="Doučování dětí z Ukrajiny", description="Staré"),
        opportunity_row(external_id="A-2", title="Úklid parku Stromovka", district="Praha 8"),
    ]
    assert import_file(database, csv_file(first), "opportunities").created == 2
    yield database
    database.dispose()


def _second_file(csv_file):
    return csv_file(
        [
            # Another organization's id for the same listing, a typo in the title.
            opportunity_row(
                external_id="B-1",
                title="Doucovani deti z Ukrajiny!",
                organization="Komunitni centrum Holesovice",
                capacity="4",
                description="",
            ),
            opportunity_row(external_id="B-2", title="Úklid parku Stromovka"),  # other district
            opportunity_row(external_id="B-3", title="Kurz vaření"),
        ]
    )


def _stored(db):
    with db.session() as s:
        return {r.external_id: r for r in repo.load_opportunities(s)}


def test_reported_and_nothing_stored_until_decided(db, csv_file):
    report = import_file(db, _second_file(csv_file), "opportunities")
    (dup,) = report.duplicates
    assert (dup.row, dup.existing_external_id, report.stored) == (2, "A-1", False)
    assert report.undecided == report.duplicates
    (issue,) = [i for i in report.issues if i.problem is Problem.POSSIBLE_DUPLICATE]
    assert issue.row == 2 and "Doučování dětí z Ukrajiny" in issue.suggestions[0]
    assert sorted(_stored(db)) == ["A-1", "A-2"]


def test_skip_leaves_the_row_out(db, csv_file):
    report = import_file(db, _second_file(csv_file), "opportunities", duplicates="skip")
    assert (report.skipped, report.created, report.stored) == (1, 2, True)
    assert sorted(_stored(db)) == ["A-1", "A-2", "B-2", "B-3"]


def test_merge_per_row_updates_the_stored_listing(db, csv_file):
    report = import_file(db, _second_file(csv_file), "opportunities", duplicates={2: "merge"})
    assert (report.merged, report.updated, report.created) == (1, 1, 2)
    stored = _stored(db)
    assert sorted(stored) == ["A-1", "A-2", "B-2", "B-3"]
    merged = stored["A-1"]
    assert merged.title == "Doucovani deti z Ukrajiny!" and merged.capacity == 4
    assert merged.description == "Staré"  # empty cells keep what was stored
