"""A realistic shared-file load: two writer processes (save, edit, delete, restore) and one
reader (tables, full loads), for the concurrency test and its benchmark."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

WORKER = textwrap.dedent(
    """
    import dataclasses, json, sys, time
    from volmatch.domain import Opportunity
    from volmatch.storage import repository as repo
    from volmatch.storage.database import DatabaseError, open_database

    url, role, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
    db = open_database(url)
    done = {"ops": 0, "errors": []}
    end = time.monotonic() + seconds
    n = 0
    while time.monotonic() < end:
        try:
            if role == "reader":
                with db.session() as s:
                    repo.opportunity_rows(s)
                    repo.load_opportunities(s)
            else:
                with db.session() as s:
                    ids = repo.save_opportunities(
                        s, [Opportunity(title=f"{role} {n}", external_id=f"{role}-{n}")]
                    )
                with db.session() as s:  # read, then write in one unit: edit
                    record = repo.get_opportunity(s, ids[0])
                    repo.save_opportunities(s, [dataclasses.replace(record, title="edited")])
                with db.session() as s:  # read, then delete
                    repo.opportunity_rows(s)
                    repo.delete_opportunity(s, ids[0])
                with db.session() as s:
                    repo.list_trash(s)
                    repo.restore_deleted(s, "opportunity", ids[0])
            done["ops"] += 1
        except DatabaseError as exc:
            done["errors"].append(f"{exc.code}: {exc}")
        n += 1
    db.dispose()
    print(json.dumps(done))
    """
)


def run_load(url: str, seconds: float) -> dict[str, dict]:
    """Run two writers and a reader on ``url`` for ``seconds``; their counts and errors."""
    roles = ("writer-a", "writer-b", "reader")
    procs = {
        role: subprocess.Popen(
            [sys.executable, "-c", WORKER, url, role, str(seconds)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for role in roles
    }
    results = {}
    for role, proc in procs.items():
        out, err = proc.communicate(timeout=seconds + 60)
        if proc.returncode != 0:
            raise RuntimeError(f"{role} failed: {err[-2000:]}")
        results[role] = json.loads(out)
    return results
