"""Import tests: make import_helpers importable (tests run in importlib mode) and a csv_file fixture."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from import_helpers import write_rows


@pytest.fixture
def csv_file(tmp_path):
    """write(rows, name=...) -> the path of a CSV file holding ``rows`` (dicts, header from the first)."""
    counter = iter(range(1000))

    def write(rows, name=None, encoding="utf-8"):
        return write_rows(tmp_path / (name or f"f{next(counter)}.csv"), rows, encoding)

    return write
