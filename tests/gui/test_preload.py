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


def _window_asking_at_open(qtbot, url, volunteer_id, preload=None):
    """A window started as the app starts, asking for a volunteer's listings as soon as
    the database is open (as the benchmark does); (window, answers, tables shown)."""
    from volmatch.gui.mainwindow import MainWindow
    from volmatch.gui.settings import Settings

    settings = Settings()
    settings.demo_offered = True
    preload = preload or Preload(url, separate_process=False)
    preload.set_language("en")
    window = MainWindow(settings, url, preload=preload)
    qtbot.addWidget(window)
    answers, loads = [], []
    window.opportunities.loaded.connect(loads.append)

    def ask() -> None:
        window.ctx.run(
            window, lambda b, p: b.rank_for_volunteer(volunteer_id, True, "en"), answers.append
        )

    window.ctx.backend_ready.connect(ask)
    preload.start()
    window.show()
    window.start()
    qtbot.waitUntil(lambda: bool(answers) and window.ctx.backend is not None, timeout=30000)
    wait_idle(qtbot)
    return window, answers, loads


def _ranked(view):
    return [(r.other_id, r.score, r.reasons) for r in view.rows]


def test_a_match_asked_at_open_uses_the_listings_prepared_at_start(qtbot, demo_url):
    from volmatch.gui.backend import Backend
    from volmatch.matching import stored

    built = []
    real = stored.prepare_listings
    stored.prepare_listings = lambda url, **kw: built.append(real(url, **kw)) or built[-1]
    try:
        window, answers, loads = _window_asking_at_open(qtbot, demo_url, 1)
    finally:
        stored.prepare_listings = real
    backend = window.ctx.backend
    assert built and built[0] is not None
    assert backend._matcher is built[0].matcher  # handed over, not read again
    assert len(loads) == 1 and loads[0] > 0  # the rows shown once, not read again
    assert window.opportunities.model.data_.searchable
    fresh = Backend.open(demo_url)
    try:
        assert _ranked(answers[0]) == _ranked(fresh.rank_for_volunteer(1, True, "en"))
    finally:
        fresh.close()
    # the records shown later come from the database, as edits change them
    record = backend.get_opportunity(answers[0].rows[0].other_id)
    assert answers[0].records[record.id] == record
    window.ctx.backend.close()


def test_a_record_changed_after_the_start_is_read_again(qtbot, demo_url):
    import dataclasses

    from volmatch.gui.backend import Backend
    from volmatch.matching import stored

    first = Backend.open(demo_url)
    try:
        top = first.rank_for_volunteer(1, True, "en").rows[0].other_id
    finally:
        first.close()
    real = stored.prepare_listings
    made = []

    def prepare_then_edit(url, **kw):
        prepared = real(url, **kw)
        made.append(prepared)
        other = Backend.open(url)  # another user edits the best listing meanwhile
        try:
            listing = other.get_opportunity(top)
            other.save_opportunity(dataclasses.replace(listing, status="draft"))
        finally:
            other.close()
        return prepared

    stored.prepare_listings = prepare_then_edit
    try:
        window, answers, _loads = _window_asking_at_open(qtbot, demo_url, 1)
    finally:
        stored.prepare_listings = real
    assert made[0] is not None and window.ctx.backend._matcher is not made[0].matcher
    assert top not in [r.other_id for r in answers[0].rows if r.meets_requirements]
    window.ctx.backend.close()


def _taken(monkeypatch) -> list:
    """What the app took over from the process preparing the listings."""
    from volmatch.gui import preload as preload_module

    taken = []
    real = preload_module._Handoff.take
    monkeypatch.setattr(
        preload_module._Handoff, "take", lambda self: taken.append(real(self)) or taken[-1]
    )
    return taken


def test_the_listings_prepared_in_another_process_answer_as_the_database(
    qtbot, demo_url, monkeypatch
):
    from volmatch.gui.backend import Backend

    taken = _taken(monkeypatch)
    preload = Preload(demo_url)
    window, answers, loads = _window_asking_at_open(qtbot, demo_url, 1, preload)
    assert preload._handoff is not None  # a process of its own
    assert taken and taken[0] is not None
    assert window.ctx.backend._matcher is taken[0].matcher  # handed over, not read again
    assert len(loads) == 1 and loads[0] > 0
    fresh = Backend.open(demo_url)
    try:
        for volunteer in (1, 2, 3):
            asked = window.ctx.backend.rank_for_volunteer(volunteer, True, "en")
            assert _ranked(asked) == _ranked(fresh.rank_for_volunteer(volunteer, True, "en"))
        assert _ranked(answers[0]) == _ranked(fresh.rank_for_volunteer(1, True, "en"))
    finally:
        fresh.close()
    window.ctx.backend.close()


def test_a_record_changed_after_the_other_process_read_is_read_again(qtbot, demo_url, monkeypatch):
    import dataclasses

    from volmatch.gui.backend import Backend

    taken = _taken(monkeypatch)
    first = Backend.open(demo_url)
    try:
        top = first.rank_for_volunteer(1, True, "en").rows[0].other_id
        preload = Preload(demo_url)
        preload.start()
        preload.result(60)
        preload._handoff._thread.join(60)  # the process has read and written the listings
        listing = first.get_opportunity(top)  # another user edits the best listing now
        first.save_opportunity(dataclasses.replace(listing, status="draft"))
    finally:
        first.close()
    window, answers, _loads = _window_asking_at_open(qtbot, demo_url, 1, preload)
    assert taken and taken[0] is not None
    assert window.ctx.backend._matcher is not taken[0].matcher
    assert top not in [r.other_id for r in answers[0].rows if r.meets_requirements]
    window.ctx.backend.close()


def test_listings_the_other_process_could_not_hand_over_are_prepared_here(demo_url, monkeypatch):
    from volmatch.matching import handoff

    def cut_short(data):
        raise EOFError("cut short")

    monkeypatch.setattr(handoff, "load", cut_short)
    preload = Preload(demo_url)
    preload.start()
    prepared = preload.matching()
    assert prepared is not None and prepared.matcher.opportunities.size > 0


def test_the_matching_page_on_handed_over_listings_agrees_with_the_command(
    qtbot, demo_url, monkeypatch, capsys
):
    from .test_one_score import cli_top, gui_top, pairs

    taken = _taken(monkeypatch)
    window, _answers, _loads = _window_asking_at_open(qtbot, demo_url, 1, Preload(demo_url))
    assert taken and taken[0] is not None
    assert window.ctx.backend._matcher is taken[0].matcher
    page = window.show_page("matching")
    wait_idle(qtbot)
    compared = 0
    for vid in range(1, 9):
        page.match_for("volunteer", vid)
        wait_idle(qtbot)
        cli = cli_top(capsys, demo_url, "--volunteer", str(vid), "--top", "20")
        if not cli["blocked"]:
            assert gui_top(page) == pairs(cli["matches"], "opportunity"), vid
            compared += 1
    assert compared >= 4
    window.ctx.backend.close()


def _view_of(view):
    """Everything the page shows of a ranking."""
    return (
        [
            (r.other_id, r.label, r.score, r.reasons, r.unmet_words, r.pinned, r.hidden, r.full)
            for r in view.rows
        ],
        view.relaxations,
        view.considered,
        view.notes,
        view.weights,
        view.weights_source,
        view.hidden,
        view.subject,
    )


def test_the_first_ranking_before_the_database_opens_equals_the_databases(demo_url):
    from volmatch.gui import backend_matching as bm
    from volmatch.gui.backend import Backend
    from volmatch.matching.stored import prepare_listings

    backend = Backend.open(demo_url)
    try:  # stored weights, a pin and a hide, as coordinators leave them
        top = backend.rank_for_volunteer(1, True, "en").rows
        bm.save_weights(backend, {"language": 0.5, "district": 0.1, "interests": 0.3})
        bm.set_mark(backend, 1, top[-1].other_id, "pin")
        bm.set_mark(backend, 1, top[0].other_id, "hide")
        prepared = prepare_listings(demo_url)
        for vid in range(1, 9):
            for only, full, hidden in ((True, False, False), (False, True, True)):
                kw = {"hide_full": full, "show_hidden": hidden}
                early = bm.rank_for_volunteer_early(demo_url, prepared, vid, only, "cs", **kw)
                assert early is not None
                asked = backend.rank_for_volunteer(vid, only, "cs", **kw)
                assert _view_of(early) == _view_of(asked), vid
                assert early.records == asked.records
        pinned = bm.rank_for_volunteer_early(demo_url, prepared, 1, True, "en")
        assert pinned.weights_source == "stored" and pinned.rows[0].pinned
        assert top[0].other_id not in [r.other_id for r in pinned.rows]
        # an unknown volunteer, or one in the trash: the database says what is wrong
        assert bm.rank_for_volunteer_early(demo_url, prepared, 99999, True, "en") is None
    finally:
        backend.close()


def test_the_first_ranking_is_refused_once_stale_or_handed_over(demo_url):
    from volmatch.gui import backend_matching as bm
    from volmatch.gui.backend import Backend
    from volmatch.matching.stored import prepare_listings

    prepared = prepare_listings(demo_url)
    assert bm.rank_for_volunteer_early(demo_url, prepared, 1, True, "en") is not None
    backend = Backend.open(demo_url)
    try:
        bm.set_mark(backend, 1, 2, "hide")  # any change after the listings were read
        assert bm.rank_for_volunteer_early(demo_url, prepared, 1, True, "en") is None
        again = prepare_listings(demo_url)
        assert again.attach(backend.db) is again.matcher
        assert bm.rank_for_volunteer_early(demo_url, again, 1, True, "en") is None
    finally:
        backend.close()
    assert bm.rank_for_volunteer_early("postgresql+psycopg://u@h/db", prepared, 1) is None


def test_a_match_asked_before_the_database_opens_is_answered_early(qtbot, demo_url, monkeypatch):
    import threading

    from volmatch.gui.backend import Backend
    from volmatch.gui.mainwindow import MainWindow
    from volmatch.gui.settings import Settings

    answered = threading.Event()
    real_open = Backend.open.__func__

    def slow_open(cls, url):  # a large database takes a while to open
        answered.wait(30)
        return real_open(cls, url)

    monkeypatch.setattr(Backend, "open", classmethod(slow_open))

    settings = Settings()
    settings.demo_offered = True
    preload = Preload(demo_url)
    preload.set_language("en")
    window = MainWindow(settings, demo_url, preload=preload)
    qtbot.addWidget(window)
    answers, opened = [], []

    def ask() -> None:
        opened.append(window.ctx.backend is not None)
        page = window.show_page("matching")
        window.ctx.run_matching(
            page,
            lambda b, p: b.rank_for_volunteer(1, True, "en"),
            lambda view: answers.append(view) or answered.set(),
            lambda url, prepared: __import__(
                "volmatch.gui.backend_matching", fromlist=["x"]
            ).rank_for_volunteer_early(url, prepared, 1, True, "en"),
        )

    window.ctx.early_ready.connect(ask)
    preload.start()
    window.show()
    window.start()
    qtbot.waitUntil(lambda: bool(answers) and window.ctx.backend is not None, timeout=30000)
    wait_idle(qtbot)
    assert opened == [False]  # asked before the database was open
    fresh = real_open(Backend, demo_url)
    try:
        assert _view_of(answers[0]) == _view_of(fresh.rank_for_volunteer(1, True, "en"))
    finally:
        fresh.close()
    # the database took the listings over afterwards, not read again
    matcher = window.ctx.backend.matcher()
    assert matcher is preload.matching().matcher
    assert window.ctx.early is None
    window.ctx.backend.close()


def test_the_timeline_notes_the_start_up_steps_when_asked(demo_url, monkeypatch, capsys):
    from volmatch.gui import preload as preload_module

    monkeypatch.setattr(preload_module, "_TIMELINE", False)
    preload = Preload(demo_url)
    preload.start()
    assert preload.matching() is not None
    assert "timeline" not in capsys.readouterr().err  # nothing unless asked for
    monkeypatch.setattr(preload_module, "_TIMELINE", True)
    preload = Preload(demo_url)
    preload.start()
    assert preload.matching() is not None
    steps = [line.split() for line in capsys.readouterr().err.splitlines()]
    names = [step[1] for step in steps if step[0] == "timeline"]
    assert names[0] == "handoff_process_started"
    assert {"preload_rows_read", "handoff_process_written", "handoff_taken"} <= set(names)
    assert names.index("handoff_taken") > names.index("handoff_process_written")
    assert all(len(step) == 3 and float(step[2]) > 0 for step in steps if step[0] == "timeline")


def test_on_the_matching_page_the_first_ranking_comes_before_the_rows(qtbot, demo_url, monkeypatch):
    from volmatch.gui import backend_matching as bm
    from volmatch.gui import preload as preload_module
    from volmatch.gui.app import _remember_matching
    from volmatch.gui.backend import Backend
    from volmatch.gui.mainwindow import MainWindow
    from volmatch.gui.settings import Settings

    events = []
    real_rank, real_rows = bm.rank_for_volunteer_early, preload_module.Preload._read_rows
    monkeypatch.setattr(
        bm,
        "rank_for_volunteer_early",
        lambda *a, **k: events.append("ranked") or real_rank(*a, **k),
    )
    monkeypatch.setattr(
        preload_module.Preload, "_read_rows", lambda self: events.append("rows") or real_rows(self)
    )
    settings = Settings()
    settings.demo_offered = True
    _remember_matching(settings, demo_url, 1)  # the app reopened on Matching, as left
    preload = Preload(demo_url)
    preload.set_language("en")
    window = MainWindow(settings, demo_url, preload=preload)
    qtbot.addWidget(window)
    loads = []
    window.opportunities.loaded.connect(loads.append)
    preload.start(matching_first=window.current_page() is window.matching)
    window.show()
    window.start()
    page = window.matching
    qtbot.waitUntil(lambda: window.ctx.backend is not None and page.view is not None, timeout=30000)
    wait_idle(qtbot)
    assert preload.handing_over() and events[:2] == ["ranked", "rows"]  # the answer first
    assert len(loads) == 1 and loads[0] > 0  # the rows shown once, before the database
    fresh = Backend.open(demo_url)
    try:
        assert _ranked(page.view) == _ranked(fresh.rank_for_volunteer(1, True, "en"))
    finally:
        fresh.close()
    window.ctx.backend.close()


def test_a_frozen_build_on_the_matching_page_prepares_the_listings_itself(demo_url, monkeypatch):
    import sys

    monkeypatch.setattr(sys, "frozen", True, raising=False)  # no process of its own
    preload = Preload(demo_url)
    preload.start(matching_first=True)
    assert not preload.handing_over()
    assert preload.result(timeout=30) is not None  # the rows first, as before
    prepared = preload.matching()
    assert prepared is not None and prepared.matcher.opportunities.size > 0
