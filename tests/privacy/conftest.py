"""Privacy tests run on a SQLite file (the storage tests cover PostgreSQL)."""

from __future__ import annotations

import pytest

from volmatch.storage.database import open_database


@pytest.fixture
def db(tmp_path):
    database = open_database(f"sqlite:///{tmp_path / 'volmatch.sqlite3'}")
    yield database
    database.dispose()
