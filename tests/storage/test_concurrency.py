"""Two processes writing to one SQLite file at once: every save waits its turn, none fails."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from volmatch.domain import Opportunity
from volmatch.storage import repository as repo
from volmatch.storage.database import open_database

WRITER = textwrap.dedent(
    """
    import sys, time
    from volmatch.domain import Opportunity
    from volmatch.storage import repository as repo
    from volmatch.storage.database import open_database

    url, name, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
    db = open_database(url)
    saved = 0
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        with db.session() as s:
            repo.opportunity_rows(s)
        with db.session() as s:  # reads first, then writes: the racy pattern
            repo.save_opportunities(
                s, [Opportunity(title=f"{name} {saved}", external_id=f"{name}-{saved}")]
            )
        saved += 1
    db.dispose()
    print(saved)
    """
)


def test_two_writer_processes_never_see_a_lock_error(tmp_path):
    url = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    db = open_database(url)
    with db.session() as s:
        repo.save_opportunities(s, [Opportunity(title="seed")])
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, url, name, "2.5"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("a", "b")
    ]
    results = [w.communicate(timeout=60) for w in writers]
    for writer, (_out, err) in zip(writers, results, strict=True):
        assert writer.returncode == 0, err[-2000:]
    saved = sum(int(out) for out, _err in results)
    with db.session() as s:
        assert len(repo.opportunity_rows(s)) == saved + 1
    db.dispose()
    assert saved > 20
