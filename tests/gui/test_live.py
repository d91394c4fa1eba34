"""Live for a team: a change made by another process shows up without a restart,
keeping the search, the filters and the selection; F5 asks at once."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from volmatch.domain import Opportunity
from volmatch.gui.worker import ChangeSet
from volmatch.storage import repository as repo
from volmatch.storage.database import open_database

from .conftest import type_text, wait_idle

OTHER_PROCESS = textwrap.dedent(
    """
    import sys
    from volmatch.domain import Opportunity
    from volmatch.storage import repository as repo
    from volmatch.storage.database import open_database

    db = open_database(sys.argv[1])
    with db.session() as s:
        repo.save_opportunities(s, [Opportunity(title=sys.argv[2], external_id=sys.argv[3])])
    db.dispose()
    """
)


def other_process_adds(url: str, title: str, external_id: str) -> None:
    subprocess.run([sys.executable, "-c", OTHER_PROCESS, url, title, external_id], check=True)


def _seed(url: str, titles: list[str]) -> None:
    db = open_database(url)
    with db.session() as s:
        repo.save_opportunities(
            s, [Opportunity(title=t, external_id=f"S-{n}") for n, t in enumerate(titles)]
        )
    db.dispose()


def test_a_listing_saved_by_another_process_appears_and_the_selection_stays(
    qtbot, make_window, db_url
):
    _seed(db_url, ["Doučování češtiny", "Zahrada u školy", "Čtení seniorům"])
    window = make_window(db_url)
    page = window.opportunities
    assert window.live.timer.isActive()
    type_text(page.search, "o")  # a search the new listing also matches
    page.select_id(page.model.id_at(1))
    selected = page.current_id()
    assert selected is not None
    shown = page.model.rowCount()
    other_process_adds(db_url, "Pomoc v parku", "P-1")
    qtbot.waitUntil(lambda: page.model.rowCount() == shown + 1, timeout=5000)
    wait_idle(qtbot)
    assert page.search.text() == "o"
    assert page.current_id() == selected
    assert "changed elsewhere" in window.statusBar().currentMessage()


def test_this_apps_own_save_is_not_reloaded_twice(qtbot, make_window, db_url):
    _seed(db_url, ["Doučování češtiny"])
    window = make_window(db_url)
    backend = window.ctx.backend
    window.ctx.run(
        window,
        lambda b, p: b.save_opportunity(Opportunity(title="Moje nová", external_id="M-1")),
        changes=ChangeSet(opportunities=True),
    )
    wait_idle(qtbot)
    assert backend is window.ctx.backend
    assert not window.live.poll()  # absorbed when the app announced it


def test_f5_takes_in_a_change_at_once(qtbot, make_window, db_url):
    _seed(db_url, ["Doučování češtiny"])
    window = make_window(db_url)
    window.live.timer.stop()  # only the key, no timer
    page = window.opportunities
    other_process_adds(db_url, "Úklid parku", "P-1")
    assert page.model.rowCount() == 1
    window.act_refresh.trigger()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    wait_idle(qtbot)
    assert window.act_refresh.shortcut().toString() == "F5"


def test_lists_open_sorted_by_title_with_an_indicator(qtbot, make_window, db_url):
    from PySide6.QtCore import Qt

    _seed(db_url, ["Zahrada", "chata", "Čtení", "Cvičení", "hudba"])
    window = make_window(db_url)
    page = window.opportunities
    header = page.table.horizontalHeader()
    assert header.isSortIndicatorShown()
    assert header.sortIndicatorSection() == 0
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    titles = [page.model.row_values(r)[0] for r in range(page.model.rowCount())]
    assert titles == ["Cvičení", "Čtení", "hudba", "chata", "Zahrada"]  # ch after h


def test_a_search_that_finds_nothing_offers_a_spelling_that_does(qtbot, make_window, db_url):
    _seed(db_url, ["Doučování češtiny", "Zahrada u školy", "Čtení seniorům"])
    window = make_window(db_url)
    page = window.opportunities
    hint = page.did_you_mean
    assert not hint.isVisible()
    type_text(page.search, "doucovni")
    assert page.model.rowCount() == 0
    qtbot.waitUntil(lambda: hint.isVisible() and bool(hint.suggestions), timeout=5000)
    assert hint.suggestions == ["Doučování"]
    assert "Did you mean" in hint.text() and 'href="Doučování"' in hint.text()
    hint.linkActivated.emit("Doučování")  # what a click on the link does
    assert page.search.text() == "Doučování"
    assert page.model.rowCount() == 1
    assert not hint.isVisible()


EDIT_AND_DELETE = textwrap.dedent(
    """
    import sys, dataclasses
    from volmatch.storage import repository as repo
    from volmatch.storage.database import open_database

    db = open_database(sys.argv[1])
    with db.session() as s:
        record = repo.get_opportunity(s, int(sys.argv[2]))
        repo.save_opportunities(s, [dataclasses.replace(record, title="Přejmenováno jinde")])
        repo.delete_opportunity(s, int(sys.argv[3]))
    db.dispose()
    """
)


def test_only_the_rows_changed_elsewhere_are_read_again(qtbot, make_window, db_url, monkeypatch):
    _seed(db_url, ["Doučování češtiny", "Zahrada u školy", "Čtení seniorům"])
    window = make_window(db_url)
    page = window.opportunities
    ids = sorted(page.model.data_.ids)
    asked = []
    original = type(window.ctx.backend).opportunity_table

    def spy(backend, lang="en", ids=None):
        asked.append(ids)
        return original(backend, lang, ids)

    monkeypatch.setattr(type(window.ctx.backend), "opportunity_table", spy)
    subprocess.run(
        [sys.executable, "-c", EDIT_AND_DELETE, db_url, str(ids[0]), str(ids[1])], check=True
    )
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    wait_idle(qtbot)
    titles = [page.model.row_values(r)[0] for r in range(page.model.rowCount())]
    assert titles == ["Čtení seniorům", "Přejmenováno jinde"]  # still in Czech order
    assert asked == [{ids[0], ids[1]}]  # two rows read, not the whole table
    type_text(page.search, "prejmenovano")
    assert page.model.rowCount() == 1  # the new text is searchable at once
