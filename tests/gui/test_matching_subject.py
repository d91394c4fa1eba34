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


def test_buttons_storing_a_pair_wait_for_the_database_with_a_reason(qtbot, demo_url):
    from volmatch.gui.mainwindow import PAGE_ORDER, MainWindow
    from volmatch.gui.settings import Settings

    settings = Settings()
    settings.demo_offered = True
    settings.current_page = PAGE_ORDER.index("matching")
    settings.set_last_subject(demo_url, "volunteer", 3)
    settings.sync()
    preload = Preload(demo_url)
    preload.set_language("en")
    window = MainWindow(Settings(), demo_url, preload=preload)
    qtbot.addWidget(window)
    page = window.matching
    before = []

    def shown(_rows: int) -> None:
        if window.ctx.backend is None and not before:
            before.append(
                {
                    b.objectName() or b.text(): (b.isEnabled(), b.toolTip())
                    for b in page._stored_buttons()
                }
            )

    page.shown.connect(shown)
    preload.start()
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.ctx.backend is not None, timeout=30000)
    wait_idle(qtbot)
    assert before, "the ranking came before the database was open"
    for enabled, tip in before[0].values():
        assert not enabled
        assert tip == "Available in a moment, the database is opening."
    # once it is open: pin and hide act (the pair is pinned, then shown pinned)
    assert page.current_row() is not None
    assert page.pin_button.isEnabled() and page.hide_button.isEnabled()
    assert page.record_button.isEnabled() and page.pin_button.toolTip() == ""
    other = page.current_row().other_id
    page.pin_button.click()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: any(r.pinned and r.other_id == other for r in page.model.rows))
    window.ctx.backend.close()


def _second_demo(_demo_template, tmp_path, name: str) -> str:
    import shutil

    target = tmp_path / f"{name}.sqlite3"
    shutil.copy(_demo_template, target)
    return f"sqlite:///{target}"


def _switch(qtbot, window, url: str) -> None:
    window.switch_database(url)
    qtbot.waitUntil(lambda: window.ctx.backend is not None and window.ctx.url == url, timeout=30000)
    wait_idle(qtbot)


def _volunteer_name(window, vid: int) -> str:
    data = window.volunteers.model.data_
    return data.rows[data.ids.index(vid)][0]


def test_opening_another_database_reopens_on_its_own_subject(
    qtbot, demo_url, _demo_template, tmp_path
):
    from volmatch.gui.backend import Backend

    other = _second_demo(_demo_template, tmp_path, "other")
    window, _first = _start_remembering(qtbot, demo_url, 3)
    page = window.matching
    qtbot.waitUntil(lambda: page.picked_id() == 3 and page.view is not None, timeout=10000)
    window.settings.set_last_subject(other, "volunteer", 5)
    _switch(qtbot, window, other)
    qtbot.waitUntil(lambda: page.view is not None and page.picked_id() == 5, timeout=10000)
    assert page.view.subject.id == 5
    assert page.picker.currentText() == _volunteer_name(window, 5)
    assert page.model.rowCount() > 0
    # back again: the first database's own subject, not the one matched in the other
    _switch(qtbot, window, demo_url)
    qtbot.waitUntil(lambda: page.view is not None and page.picked_id() == 3, timeout=10000)
    assert window.settings.last_subject(other) == ("volunteer", 5)
    # a database whose remembered volunteer is in the trash: nothing shown, the id forgotten
    backend = Backend.open(other)
    try:
        backend.delete_volunteer(5)
    finally:
        backend.close()
    _switch(qtbot, window, other)
    wait_idle(qtbot)
    assert page.view is None and page.model.rowCount() == 0
    assert page.picked_id() is None and page.picker.currentText() == ""
    assert page.summary.text() == ""
    assert window.settings.last_subject(other) is None
    window.ctx.backend.close()


def test_another_database_opened_elsewhere_shows_its_subject_when_the_page_is(
    qtbot, demo_url, _demo_template, tmp_path
):
    other = _second_demo(_demo_template, tmp_path, "other")
    window, _first = _start_remembering(qtbot, demo_url, 3)
    page = window.matching
    qtbot.waitUntil(lambda: page.view is not None, timeout=10000)
    window.show_page("volunteers")
    window.settings.set_last_subject(other, "opportunity", 4)
    _switch(qtbot, window, other)
    assert page.view is None and page.picker.count() == 0  # nothing of the first database
    window.show_page("matching")
    qtbot.waitUntil(lambda: page.view is not None and page.picked_id() == 4, timeout=10000)
    assert page.for_opportunity.isChecked() and page.view.subject.id == 4
    window.ctx.backend.close()
