from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from volmatch.gui.backend import OverviewCounts
from volmatch.gui.charts import PairedBarChart

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
    assert counts == OverviewCounts({}, {}, {}, {})
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
