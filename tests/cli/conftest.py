"""Shared fixtures of the command line's tests."""

from __future__ import annotations

import pytest

from volmatch.domain import Opportunity, Status


@pytest.fixture
def db_url(tmp_path):
    """A SQLite database with two published listings (one with an internal note) and a draft."""
    from volmatch.storage import repository as repo
    from volmatch.storage.database import open_database

    url = f"sqlite:///{tmp_path / 'test.sqlite3'}"
    db = open_database(url)
    with db.session() as s:
        repo.save_opportunities(
            s,
            [
                Opportunity(
                    title="Doučování v Troji",
                    organization="Centrum",
                    districts=("Praha-Troja",),
                    status=Status.PUBLISHED,
                    notes="TAJNÁ POZNÁMKA",
                ),
                Opportunity(
                    title="Zahrada v Libni",
                    organization="Centrum",
                    districts=("Praha 8",),
                    status=Status.PUBLISHED,
                ),
                Opportunity(title="Koncept", status=Status.DRAFT),
            ],
        )
    db.dispose()
    return url
