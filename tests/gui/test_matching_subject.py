"""The Matching page reopens on the volunteer last matched, ranked before the database opens."""

from __future__ import annotations

from pathlib import Path

from volmatch.gui.preload import Preload

from .conftest import wait_idle
from .test_one_score import cli_top, gui_top, pairs


def _start_remembering(qtbot, url: str, volunteer_id: int, kind: str = "volunteer"):
    """The app as a person restarts it after matching ``volunteer_id`` on the Matching page:
    (window, what the page showed at its first ranking)."""
    from volmatch.gui.mainwindow import PAGE_ORDER, MainWindow
    from volmatch.gui.settings import Settings

    settings = Settings()
    settings.demo_offered = True
    settings.current_page = PAGE_ORDER.index("matching")
    settings.set_last_subject(url, kind, volunteer_id)
    settings.sync()
    preload = Preload(url)
    preload.set_language("en")
    window = MainWindow(Settings(), url, preload=preload)
    qtbot.addWidget(window)
    page = window.matching
    first = []

    def shown(rows: int) -> None:
        if not first:
            first.append((window.ctx.backend is None, page.picker.currentText(), rows))

    page.shown.connect(shown)
    preload.start()
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.ctx.backend is not None, timeout=30000)
    wait_idle(qtbot)
    return window, first


def test_the_page_reopens_on_the_last_volunteer_as_the_command_ranks(qtbot, demo_url, capsys):
    vid = 3
    window, first = _start_remembering(qtbot, demo_url, vid)
    page = window.matching
    assert window.current_page() is page
    names = dict(
        zip(window.volunteers.model.data_.ids, window.volunteers.model.data_.rows, strict=True)
    )
    name = names[vid][0]
    # shown before the database was open, under the name the picker gives the volunteer
    assert first and first[0][0] is True
    assert first[0][1] == name and first[0][2] > 0
    qtbot.waitUntil(lambda: page.picked_id() == vid, timeout=10000)
    assert page.picker.currentText() == name
    assert page.view.subject.id == vid
    cli = cli_top(capsys, demo_url, "--volunteer", str(vid), "--top", "20")
    assert not cli["blocked"]
    assert gui_top(page) == pairs(cli["matches"], "opportunity")
    # the settings keep the id only, never the person's name
    window.settings.sync()
    settings_text = Path(window.settings.path).read_text(encoding="utf-8")
    assert f"volunteer:{vid}" in settings_text
    assert name not in settings_text
    page.match_for("volunteer", 5)  # a person's choice is remembered in its place
    wait_idle(qtbot)
    assert window.settings.last_subject(demo_url) == ("volunteer", 5)
    window.ctx.backend.close()


def test_the_page_reopens_on_the_last_listing(qtbot, demo_url):
    window, first = _start_remembering(qtbot, demo_url, 4, "opportunity")
    page = window.matching
    assert page.for_opportunity.isChecked()
    qtbot.waitUntil(lambda: page.picked_id() == 4 and page.view is not None, timeout=10000)
    assert page.view.subject.id == 4 and first and first[0][0] is False
    window.ctx.backend.close()


def test_a_person_no_longer_there_is_not_shown_and_forgotten(qtbot, demo_url):
    from volmatch.gui.backend import Backend

    backend = Backend.open(demo_url)
    try:
        backend.delete_volunteer(2)  # in the trash
    finally:
        backend.close()
    for vid in (2, 99999):
        window, first = _start_remembering(qtbot, demo_url, vid)
        page = window.matching
        wait_idle(qtbot)
        assert first == []
        assert page.view is None and page.model.rowCount() == 0
        assert page.summary.text() == ""
        assert page.picked_id() is None and page.picker.currentText() == ""
        assert window.settings.last_subject(demo_url) is None
        assert page.weights_label.text()  # the weights in effect, asked once it is open
        window.ctx.backend.close()
