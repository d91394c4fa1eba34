import datetime as dt

from PySide6.QtGui import QGuiApplication

from volmatch.domain import PlacementState
from volmatch.gui.backend import MatchRow
from volmatch.gui.models.scorebars import MatchModel

from .conftest import wait_idle


def test_match_model_passes_modeltester(qtmodeltester):
    model = MatchModel()
    model.set_rows(
        [
            MatchRow(
                1,
                "Doučování",
                84.0,
                {"language": 1.0, "district": 0.5, "interests": 0.8, "availability": 0.0},
                True,
                (),
                ("mluví česky",),
            ),
            MatchRow(
                2,
                "Zahrada",
                40.0,
                {"language": 0.0, "district": 1.0, "interests": 0.2, "availability": 1.0},
                False,
                ("cs",),
                (),
            ),
        ]
    )
    qtmodeltester.check(model, force_py=True)


def open_matching(qtbot, make_window, demo_url):
    window = make_window(demo_url)
    window.nav.setCurrentRow(2)
    page = window.matching
    return window, page


def test_ranked_listings_with_bars_reasons_and_relaxing(qtbot, make_window, demo_url):
    window, page = open_matching(qtbot, make_window, demo_url)
    volunteers = window.volunteers.model.data_
    olena = volunteers.ids[[r[0] for r in volunteers.rows].index("Olena Kovalenko")]
    page.match_for("volunteer", olena)
    wait_idle(qtbot)
    assert page.model.rowCount() > 0
    scores = [row.score for row in page.model.rows]
    assert scores == sorted(scores, reverse=True)
    assert page.reasons.count() > 0  # the first match is selected and explained
    assert "Praha 7" in " ".join(page.reasons.item(i).text() for i in range(page.reasons.count()))
    assert page.relax_checks, "the demo volunteer misses some required languages"
    before = page.model.rowCount()
    need, check = next(iter(page.relax_checks.items()))
    check.setChecked(True)
    assert page.model.rowCount() > before
    assert any(need in row.unmet for row in page.model.rows)
    check.setChecked(False)
    assert page.model.rowCount() == before
    # The parts column is drawn by the bar delegate.
    image = page.table.viewport().grab().toImage()
    rect = page.table.visualRect(page.model.index(0, 2))
    colours = {
        image.pixelColor(x, rect.center().y()).name() for x in range(rect.left(), rect.right())
    }
    assert len(colours) >= 3


def test_record_a_placement_and_copy_a_message(qtbot, make_window, demo_url):
    window, page = open_matching(qtbot, make_window, demo_url)
    volunteers = window.volunteers.model.data_
    olena = volunteers.ids[[r[0] for r in volunteers.rows].index("Olena Kovalenko")]
    page.match_for("volunteer", olena)
    wait_idle(qtbot)
    page.outcome.setCurrentIndex(page.outcome.findData(PlacementState.CONTACTED.value))
    page.record_button.click()
    wait_idle(qtbot)
    placements = window.ctx.backend.placements_for_volunteer(olena)
    assert [(p.opportunity_id, p.state) for p in placements] == [
        (page.current_row().other_id, PlacementState.CONTACTED)
    ]
    assert page.detail_note.text()
    page.copy_button.click()
    text = QGuiApplication.clipboard().text()
    title = page.current_row().label
    assert title in text or page.detail_note.text()  # copied, or told why not


def test_reverse_direction_lists_volunteers_for_a_listing(qtbot, make_window, demo_url):
    window, page = open_matching(qtbot, make_window, demo_url)
    listing = window.opportunities.model.data_.ids[0]
    page.match_for("opportunity", listing)
    wait_idle(qtbot)
    assert page.for_opportunity.isChecked()
    labels = {row.label for row in page.model.rows}
    assert labels and labels <= {r[0] for r in window.volunteers.model.data_.rows}


def test_find_matches_from_the_volunteer_list(qtbot, make_window, demo_url):
    window = make_window(demo_url)
    window.nav.setCurrentRow(1)
    window.volunteers.table.selectRow(0)
    chosen = window.volunteers.current_id()
    window.act_match.trigger()
    wait_idle(qtbot)
    assert window.stack.currentWidget() is window.matching
    assert window.matching.picked_id() == chosen
    assert window.matching.view is not None and window.matching.view.subject.id == chosen


def _add_volunteer(url: str, **fields) -> int:
    import dataclasses

    from volmatch.domain import LanguageSkill, Volunteer
    from volmatch.gui.backend import Backend

    backend = Backend.open(url)
    try:
        record = Volunteer(
            name=fields.pop("name"),
            district="Praha 7",
            languages=(LanguageSkill("cs"),),
        )
        return backend.save_volunteer(dataclasses.replace(record, **fields))
    finally:
        backend.close()


def test_a_volunteer_without_consent_is_not_matched_and_the_page_says_why(
    qtbot, make_window, demo_url
):
    no_consent = _add_volunteer(demo_url, name="Bez Souhlasu")
    other_purpose = _add_volunteer(
        demo_url, name="Jen Kontakt", consent_date=dt.date(2026, 1, 5), consent_scope="kontakt"
    )
    _window, page = open_matching(qtbot, make_window, demo_url)
    page.match_for("volunteer", no_consent)
    wait_idle(qtbot)
    assert page.model.rowCount() == 0
    assert page.view.blocked == "no_consent"
    assert "consent date" in page.summary.text()
    assert "considered" not in page.summary.text()
    page.match_for("volunteer", other_purpose)
    wait_idle(qtbot)
    assert page.model.rowCount() == 0
    assert "consent scope" in page.summary.text()


def test_an_opportunity_says_how_many_volunteers_consent_left_out(qtbot, make_window, demo_url):
    _add_volunteer(demo_url, name="Bez Souhlasu")
    _add_volunteer(demo_url, name="Také Bez Souhlasu")
    window, page = open_matching(qtbot, make_window, demo_url)
    opportunity = window.opportunities.model.data_.ids[0]
    page.match_for("opportunity", opportunity)
    wait_idle(qtbot)
    assert page.view.excluded_no_consent == 2
    assert "2 volunteers were left out" in page.summary.text()
    assert {row.label for row in page.model.rows}.isdisjoint({"Bez Souhlasu", "Také Bez Souhlasu"})


def test_a_slow_first_match_says_why_it_takes_a_while(qtbot, make_window, demo_url, monkeypatch):
    import threading

    from volmatch.gui.pages import matching_page

    window, page = open_matching(qtbot, make_window, demo_url)
    wait_idle(qtbot)
    backend = window.ctx.backend
    gate = threading.Event()
    real = backend.rank_for_volunteer

    def slow(*args, **kwargs):
        gate.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(backend, "rank_for_volunteer", slow)
    monkeypatch.setattr(matching_page, "SLOW_MS", 50)
    volunteers = window.volunteers.model.data_
    page.match_for("volunteer", volunteers.ids[0])
    assert page.summary.text() == "Matching…"
    qtbot.waitUntil(lambda: "first match" in page.summary.text(), timeout=5000)
    gate.set()
    wait_idle(qtbot)
    assert page.model.rowCount() > 0
    assert "first match" not in page.summary.text()


def test_only_the_largest_relaxations_are_offered(qtbot, make_window, demo_url, monkeypatch):
    from volmatch.gui.pages import matching_page

    monkeypatch.setattr(matching_page, "MAX_RELAXATIONS", 1)
    window, page = open_matching(qtbot, make_window, demo_url)
    volunteers = window.volunteers.model.data_
    olena = volunteers.ids[[r[0] for r in volunteers.rows].index("Olena Kovalenko")]
    page.match_for("volunteer", olena)
    wait_idle(qtbot)
    assert len(page.view.relaxations) > 1
    largest = max(page.view.relaxations, key=lambda r: r[1])
    assert list(page.relax_checks) == [largest[0]]


def test_the_page_counts_the_rows_derived_again_after_new_reference_data(
    qtbot, make_window, demo_url, monkeypatch
):
    from volmatch.gui.pages import matching_page

    window, page = open_matching(qtbot, make_window, demo_url)
    wait_idle(qtbot)
    monkeypatch.setattr(matching_page, "PREPARING_FROM", 10)
    seen: list[tuple[bool, str]] = []
    shown = page._preparing

    def preparing(done, total, text=""):
        shown(done, total, text)
        seen.append((page.preparing.isVisibleTo(page), page.preparing.text()))

    monkeypatch.setattr(page, "_preparing", preparing)
    backend = window.ctx.backend
    with backend.db.session(write=True) as s:
        s.connection().exec_driver_sql("UPDATE derived_state SET fingerprint = 'older'")
    backend._matcher = None
    page._warm_up()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: len(seen) >= 2, timeout=10000)  # both sides reported
    assert page.preparing.isHidden()  # all derived (the demo: one batch each)
    page._preparing(2000, 100_000)  # a large database, part way
    assert page.preparing.isVisibleTo(page)
    assert "Preparing" in page.preparing.text() and " of " in page.preparing.text()
    page._preparing(100_000, 100_000)
    assert page.preparing.isHidden()
