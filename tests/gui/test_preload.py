"""Listings read before the database is opened: the same rows, shown once, searchable."""

from __future__ import annotations

from volmatch.gui.models.tablemodel import collation_ranks
from volmatch.gui.models.tables import tag_names
from volmatch.gui.preload import Preload
from volmatch.text import fold

from .conftest import wait_idle


def _same(a, b) -> None:
    assert a.ids == b.ids
    assert a.rows == b.rows
    assert a.facets == b.facets
    assert a.pending_fold == b.pending_fold


def test_preloaded_rows_equal_the_backends(demo_url):
    from volmatch.gui.backend import Backend

    preload = Preload(demo_url)
    preload.set_language("cs")
    table = preload.result(timeout=30)
    assert table is not None and len(table) > 0
    backend = Backend.open(demo_url)
    try:
        _same(table, backend.opportunity_table("cs"))
    finally:
        backend.close()
    assert table.ranks[0] == collation_ranks([row[0] for row in table.rows])


def test_no_preload_for_what_the_fast_read_does_not_cover(tmp_path):
    for url in (f"sqlite:///{tmp_path / 'missing.sqlite3'}", "postgresql+psycopg://u@h/db"):
        preload = Preload(url)
        assert preload.result(timeout=30) is None  # never waits for a language


def test_tag_names_are_the_taxonomys():
    from volmatch.reference.taxonomy import default_taxonomy

    taxonomy = default_taxonomy()
    for lang in ("cs", "en", "uk"):
        assert tag_names(lang) == {tag: taxonomy.name(tag, lang) for tag in taxonomy.tags}


def test_the_window_shows_preloaded_rows_once_and_searches_them(qtbot, demo_url):
    from volmatch.gui.mainwindow import MainWindow
    from volmatch.gui.settings import Settings

    settings = Settings()
    settings.demo_offered = True
    preload = Preload(demo_url)
    preload.set_language("en")
    window = MainWindow(settings, demo_url, preload=preload)
    qtbot.addWidget(window)
    loads = []
    window.opportunities.loaded.connect(loads.append)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.ctx.backend is not None, timeout=15000)
    wait_idle(qtbot)
    page = window.opportunities
    assert len(loads) == 1 and loads[0] == len(page.model.data_) > 0  # not read again
    assert page.model.data_.searchable
    assert all(box.count() > 1 for box in page.filter_boxes.values())  # filled after the rows
    title = page.model.row_values(0)[0]
    page.search.setText(title.upper())
    shown = [page.model.row_values(i)[0] for i in range(page.model.rowCount())]
    assert title in shown and all(fold(title) in fold(t) for t in shown)
    # A later change reloads as before.
    from volmatch.gui.worker import ALL_CHANGED

    window.ctx.changes.changed.emit(ALL_CHANGED)
    wait_idle(qtbot)
    assert len(loads) == 2
    window.ctx.backend.close()
