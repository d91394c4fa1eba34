"""Every control a keyboard can reach has a name a screen reader can speak, and Tab reaches
the search box of a list page before its table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from volmatch.gui.widgets.charts import PairedBarChart

CONTROLS = (
    PairedBarChart,
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def _spoken_name(widget: QWidget, buddies: set[int]) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and (widget.text() or widget.toolTip()):
        return widget.text() or widget.toolTip()
    if isinstance(widget, QLineEdit) and widget.placeholderText():
        return widget.placeholderText()
    if id(widget) in buddies:
        return "labelled"
    # a combo box's line edit and a spin box's line edit are named by their owner
    parent = widget.parentWidget()
    if parent is not None and isinstance(parent, QComboBox | QAbstractSpinBox):
        return _spoken_name(parent, buddies)
    return ""


def _controls(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, CONTROLS)
        and w.isVisibleTo(root)
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]


def _unnamed(root: QWidget, *, expect_controls: bool = True) -> list[str]:
    if expect_controls:
        assert _controls(root), "nothing to check: the page has no reachable controls"
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    missing = []
    for widget in _controls(root):
        if not _spoken_name(widget, buddies):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_reachable_control_of_every_page_has_a_name(qtbot, make_window, demo_url):
    window = make_window(demo_url)
    for key, page, _title in window.pages:
        window.show_page(key)
        assert _unnamed(page) == [], key


def test_the_editors_label_every_field(qtbot, make_window, demo_url):
    from volmatch.gui.editors.opportunity_editor import OpportunityEditor
    from volmatch.gui.editors.volunteer_editor import VolunteerEditor

    window = make_window(demo_url)
    for editor_class in (OpportunityEditor, VolunteerEditor):
        editor = editor_class(None, parent=window)
        qtbot.addWidget(editor)
        editor.show()
        assert _unnamed(editor) == [], editor_class.__name__
        editor.close()


def test_tab_reaches_the_search_box_before_the_table(qtbot, make_window, demo_url):
    window = make_window(demo_url)
    page = window.opportunities
    search, table = page.search, page.table
    order, widget = [], search
    for _ in range(40):
        order.append(widget)
        widget = widget.nextInFocusChain()
        if widget is search:
            break
    assert table in order
    assert order.index(search) < order.index(table)


def test_a_control_without_a_name_is_found(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    QLineEdit(root).setObjectName("nameless")
    named = QLineEdit(root)
    named.setAccessibleName("Search")
    assert _unnamed(root) == ["QLineEdit 'nameless'"]
