"""Shared test set-up: Qt offscreen, isolated user directories, database fixtures."""

from __future__ import annotations

import os
import tempfile

# Before anything imports Qt or platformdirs-based paths.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_runtime = tempfile.mkdtemp(prefix="volmatch-xdg-")
os.chmod(_runtime, 0o700)
os.environ.setdefault("XDG_RUNTIME_DIR", _runtime)

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Never touch the developer's real database, settings or backups."""
    base = tmp_path_factory.mktemp("userdirs")
    monkeypatch.setenv("VOLMATCH_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("VOLMATCH_CONFIG_DIR", str(base / "config"))
    monkeypatch.delenv("VOLMATCH_DATABASE_URL", raising=False)


@pytest.fixture(autouse=True)
def _card_renderer_restored():
    """Publishing (the app, or the command line run in-process) installs the share-card
    renderer (and its card cache) for the whole process: a later test exporting in-process and in a child
    process must not inherit it."""
    from volmatch.exporting import cardcache, cards

    before, kept = cards.renderer(), cardcache.folder()
    yield
    cards.register(before)
    cardcache.use(kept)
