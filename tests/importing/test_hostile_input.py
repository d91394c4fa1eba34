"""Random and hostile cells thrown at the canonical import: it never crashes, stores nothing
when it reports an error, stores every row of a clean file exactly once, and what it stores
is what the file said."""

from __future__ import annotations

import csv
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from volmatch.importing import import_file, read_canonical_csv
from volmatch.importing.columns import OPPORTUNITY_COLUMNS
from volmatch.storage import repository as repo
from volmatch.storage.database import open_database
from volmatch.text import clean

HEADER = list(OPPORTUNITY_COLUMNS)
# Any text a person, a broken export or an attacker could put in a cell (lone surrogates
# cannot be written to a file at all).
CELL = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30
)
HOSTILE = st.sampled_from(
    [
        "",
        " ",
        "<script>alert(1)</script>",
        '"><img src=x onerror=alert(1)>',
        '=HYPERLINK("http://x")',
        "Robert'); DROP TABLE opportunity;--",
        "Praha 99",
        "ukrajinsky:Z9",
        "31. 2. 2026",
        "-5",
        "1e309",
        "javascript:alert(1)",
        "Žižkov",
        "x" * 600,
        "\u202eevil",
    ]
)
ROW = st.fixed_dictionaries({name: st.one_of(CELL, HOSTILE) for name in HEADER})
SETTINGS = settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _write(path, rows) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=HEADER)
    writer.writeheader()
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode("utf-8"))


def _count(db) -> int:
    with db.session() as s:
        return len(repo.opportunity_rows(s))


@SETTINGS
@given(rows=st.lists(ROW, min_size=1, max_size=4))
def test_hostile_rows_never_crash_and_an_error_stores_nothing(tmp_path_factory, rows):
    folder = tmp_path_factory.mktemp("hostile")
    path = folder / "listings.csv"
    _write(path, rows)
    db = open_database(f"sqlite:///{folder / 'db.sqlite3'}")
    try:
        report = import_file(db, path, "opportunities", duplicates="skip")
        stored = _count(db)
        errors = [i for i in report.issues if i.severity.value == "error"]
        if errors:
            assert stored == 0
            for issue in errors:  # every error says where and what
                assert issue.row is None or 2 <= issue.row <= len(rows) + 1
                assert issue.describe()
        else:
            assert stored <= len(rows)
    finally:
        db.dispose()


CLEAN_TITLE = st.text(
    st.characters(whitelist_categories=("L", "N", "Zs", "P")), min_size=1, max_size=60
).filter(lambda t: t.strip() and t.strip()[0] not in "=+-@")


@SETTINGS
@given(titles=st.lists(CLEAN_TITLE, min_size=1, max_size=5, unique_by=lambda t: t.strip()))
def test_a_clean_file_is_stored_whole_and_as_written(tmp_path_factory, titles):
    folder = tmp_path_factory.mktemp("clean")
    path = folder / "listings.csv"
    rows = [
        {
            **dict.fromkeys(HEADER, ""),
            "external_id": f"P-{n}",
            "title": title,
            "organization": f"Spolek {n}",
            "district": "Praha 7",
            "status": "published",
        }
        for n, title in enumerate(titles)
    ]
    _write(path, rows)
    parsed = read_canonical_csv(path, "opportunities")
    assert not parsed.errors, [i.describe() for i in parsed.errors]
    db = open_database(f"sqlite:///{folder / 'db.sqlite3'}")
    try:
        report = import_file(db, path, "opportunities", duplicates="skip")
        assert not report.undecided
        with db.session() as s:
            stored = {r.external_id: r.title for r in repo.load_opportunities(s)}
        assert stored == {f"P-{n}": clean(t) for n, t in enumerate(titles)}
        # the same file again updates, never duplicates
        import_file(db, path, "opportunities", duplicates="skip")
        assert _count(db) == len(titles)
    finally:
        db.dispose()
