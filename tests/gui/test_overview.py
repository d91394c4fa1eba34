from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from volmatch.gui.backend import OverviewCounts
from volmatch.gui.widgets.charts import PairedBarChart

from .conftest import wait_idle


def test_gaps_are_listed_first_and_highlighted(qtbot):
    chart = PairedBarChart("Per language")
    qtbot.addWidget(chart)
    chart.set_rows(
        [("cs", "Czech", 5, 9), ("kk", "Kazakh", 0, 2), ("uk", "Ukrainian", 3, 0)], ("a", "b")
    )
    assert chart.gaps() == ["kk"]
    chart.resize(600, chart.sizeHint().height())
    image = chart.grab().toImage()
    gap_row_y = chart._top() + chart._row_height + 2
    assert image.pixelColor(chart.width() - 3, gap_row_y).name() == "#fbe3e3"


def test_overview_shows_demo_counts_and_clicks_through(qtbot, make_window, demo_url):
    window = make_window(demo_url)
    window.nav.setCurrentRow(3)
    wait_idle(qtbot)
    page = window.overview
    assert page.districts.rows and page.languages.rows
    assert page.headline.text()
    if page.languages.gaps():
        assert page.languages.rows[0][0] == page.languages.gaps()[0]
    key = next(row[0] for row in page.languages.rows if row[2] > 0)
    index = [row[0] for row in page.languages.rows].index(key)
    y = page.languages._top() + index * page.languages._row_height + 3
    QTest.mouseClick(page.languages, Qt.MouseButton.LeftButton, pos=QPointF(300, y).toPoint())
    assert window.stack.currentWidget() is window.opportunities
    assert window.opportunities.model.filters() == {"language": key}
    assert window.opportunities.model.rowCount() >= 1


def test_counts_from_a_fresh_database(qtbot, backend):
    counts = backend.overview_counts()
    assert counts == OverviewCounts({}, {}, {}, {}, {}, {})
    assert backend.is_empty()


def test_the_demo_database_is_not_empty(demo_url):
    from volmatch.gui.backend import Backend

    backend = Backend.open(demo_url)
    try:
        assert not backend.is_empty()
        table = backend.opportunity_table("cs")
        assert len(table) == len(table.pending_fold) > 50
        assert any("ě" in row[4] or "á" in row[4] for row in table.rows)  # interests named in Czech
    finally:
        backend.close()


def _chart(qtbot) -> PairedBarChart:
    chart = PairedBarChart("Per language")
    qtbot.addWidget(chart)
    chart.set_rows(
        [("uk", "Ukrainian", 24, 16), ("kk", "Kazakh", 0, 2), ("cs", "Czech", 5, 9)], ("a", "b")
    )
    return chart


def test_arrow_keys_move_the_current_row_and_the_description_follows(qtbot):
    chart = _chart(qtbot)
    assert chart.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert chart.current == 0
    assert chart.accessibleDescription() == "Ukrainian: 24 published listings, 16 volunteers"
    QTest.keyClick(chart, Qt.Key.Key_Down)
    assert chart.current == 1
    assert chart.accessibleDescription() == "Kazakh: 0 published listings, 2 volunteers"
    QTest.keyClick(chart, Qt.Key.Key_End)
    assert chart.current == 2
    QTest.keyClick(chart, Qt.Key.Key_Down)  # stays on the last row
    assert chart.current == 2
    QTest.keyClick(chart, Qt.Key.Key_Home)
    QTest.keyClick(chart, Qt.Key.Key_Up)  # stays on the first row
    assert chart.current == 0
    assert chart.accessibleDescription().startswith("Ukrainian:")


def test_enter_and_shift_space_click_the_current_row(qtbot):
    chart = _chart(qtbot)
    QTest.keyClick(chart, Qt.Key.Key_Down)
    with qtbot.waitSignal(chart.clicked) as blocker:
        QTest.keyClick(chart, Qt.Key.Key_Return)
    assert blocker.args == ["kk", "opportunities"]
    with qtbot.waitSignal(chart.clicked) as blocker:
        QTest.keyClick(chart, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    assert blocker.args == ["kk", "volunteers"]


def test_the_current_row_survives_a_reload_and_is_framed_when_focused(qtbot):
    chart = _chart(qtbot)
    chart.set_current(2)
    chart.set_rows([("cs", "Czech", 6, 9), ("uk", "Ukrainian", 24, 16)], ("a", "b"))
    assert chart.rows[chart.current][0] == "cs"
    chart.resize(600, chart.sizeHint().height())
    chart.show()
    qtbot.waitExposed(chart)
    before = chart.grab().toImage()
    chart.setFocus()
    qtbot.waitUntil(chart.hasFocus)
    after = chart.grab().toImage()
    row_top = chart._top() + chart.current * chart._row_height
    highlight = chart.palette().highlight().color().name()
    assert after.pixelColor(2, row_top + 5).name() == highlight
    assert before.pixelColor(2, row_top + 5).name() != highlight


def test_keyboard_reaches_the_charts_and_enter_clicks_through(qtbot, make_window, demo_url):
    window = make_window(demo_url)
    window.show_page("overview")
    wait_idle(qtbot)
    page = window.overview
    order, widget = [], page.languages
    for _ in range(60):
        order.append(widget)
        widget = widget.nextInFocusChain()
        if widget is page.languages:
            break
    assert page.districts in order
    assert order.index(page.languages) < order.index(page.districts)
    chart = page.languages
    chart.setFocus()
    QTest.keyClick(chart, Qt.Key.Key_Home)
    while chart.rows[chart.current][2] == 0:
        QTest.keyClick(chart, Qt.Key.Key_Down)
    key, label, opp, vol = chart.rows[chart.current]
    assert chart.accessibleDescription() == f"{label}: {opp} published listings, {vol} volunteers"
    QTest.keyClick(chart, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.opportunities
    assert window.opportunities.model.filters() == {"language": key}
    assert window.opportunities.model.rowCount() >= 1

    window.show_page("overview")
    wait_idle(qtbot)
    page.districts.setFocus()
    QTest.keyClick(page.districts, Qt.Key.Key_End)
    district = page.districts.rows[-1][0]
    QTest.keyClick(page.districts, Qt.Key.Key_Enter, Qt.KeyboardModifier.ShiftModifier)
    assert window.stack.currentWidget() is window.volunteers
    assert window.volunteers.model.filters() == {"district": district}
