"""Matcher test set-up: helpers importable as ``matching_fakes`` (importlib import mode)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from matching_fakes import make_context

from volmatch.matching import MatchContext


@pytest.fixture
def ctx() -> MatchContext:
    return make_context()
