"""The change probe: nothing while nothing changes, then which records another writer changed."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from volmatch.storage import repository as repo
from volmatch.storage.changes import ChangeProbe
from volmatch.storage.database import open_database

from .conftest import make_opportunity

OTHER_PROCESS = textwrap.dedent(
    """
    import sys
    from volmatch.domain import Opportunity
    from volmatch.storage import repository as repo
    from volmatch.storage.database import open_database

    db = open_database(sys.argv[1])
    with db.session() as s:
        print(repo.save_opportunities(s, [Opportunity(title="Z jiného procesu", external_id="P-1")])[0])
    db.dispose()
    """
)


def test_nothing_changed_is_none_and_a_save_elsewhere_names_the_record(db, database_url):
    probe = ChangeProbe(db)
    try:
        assert probe.poll() is None
        assert probe.poll() is None
        other = open_database(database_url)  # another connection, as another user
        with other.session() as s:
            (new_id,) = repo.save_opportunities(s, [make_opportunity(1)])
        other.dispose()
        assert probe.changed()
        change = probe.poll()
        assert change is not None and not change.unknown
        assert change.ids("opportunity") == {new_id}
        assert probe.poll() is None  # seen once
    finally:
        probe.close()


def test_a_delete_and_a_volunteer_are_told_apart(db):
    from .conftest import make_volunteer

    with db.session() as s:
        (opp_id,) = repo.save_opportunities(s, [make_opportunity(1)])
    probe = ChangeProbe(db)
    try:
        with db.session() as s:
            repo.delete_opportunity(s, opp_id)
            (vol_id,) = repo.save_volunteers(s, [make_volunteer(1)])
        change = probe.poll()
        assert change.ids("opportunity") == {opp_id}
        assert change.ids("volunteer") == {vol_id}
    finally:
        probe.close()


def test_absorb_forgets_this_process_own_changes(db):
    probe = ChangeProbe(db)
    try:
        with db.session() as s:
            repo.save_opportunities(s, [make_opportunity(1)])
        probe.absorb()
        assert probe.poll() is None
    finally:
        probe.close()


def test_a_commit_in_another_process_is_seen_on_sqlite(tmp_path):
    url = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    db = open_database(url)
    probe = ChangeProbe(db)
    try:
        assert probe.poll() is None
        out = subprocess.run(
            [sys.executable, "-c", OTHER_PROCESS, url], capture_output=True, text=True, check=True
        )
        change = probe.poll()
        assert change is not None and change.ids("opportunity") == {int(out.stdout)}
    finally:
        probe.close()
        db.dispose()
