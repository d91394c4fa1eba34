"""Export what a database publishes: its published listings, its organisations and the
statement's stored contact, with what has expired decided by today's date. The app's two
ways of publishing (in its own process, or in one of their own) both come here, so they
read the same records and agree on what has expired."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, NamedTuple

from volmatch.progress import ProgressSink


class Published(NamedTuple):
    records: list
    organizations: list
    contact: str


def read_published(db: Any) -> Published:
    """What an export of ``db`` needs, read in one session (the database may be closed after)."""
    from volmatch.exporting.contact import stored_contact
    from volmatch.storage import repository as repo

    with db.session() as s:
        return Published(
            repo.load_opportunities(s, statuses=["published"]),
            repo.list_organizations(s),
            stored_contact(s),
        )


def export_published(
    published: Published,
    fmt: str,
    target: str | Path,
    *,
    workers: int | None = None,
    progress: ProgressSink | None = None,
    keep_others: bool = False,
) -> Any:
    """``export`` of the published listings into ``target`` (all or nothing); the report."""
    from volmatch.exporting import export

    return export(
        published.records,
        fmt,
        target,
        organizations=published.organizations,
        workers=workers,
        progress=progress,
        keep_others=keep_others,
        contact=published.contact,
        today=dt.date.today(),  # as the command line does, not the newest edit's day
    )
