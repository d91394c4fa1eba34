"""The shared entry controls: interests and places, one behaviour in every form."""

from __future__ import annotations

from volmatch.gui.widgets.interests import InterestEdit
from volmatch.gui.widgets.places import PlaceEdit

from .conftest import type_text


def test_interests_show_what_was_understood_and_keep_free_words(qtbot):
    edit = InterestEdit()
    qtbot.addWidget(edit)
    edit.show()
    type_text(edit.edit, "zahradniceni, gardenning, žonglování s míčky, готування")
    assert edit.tags() == ("gardening", "cooking")
    assert edit.keywords() == ("žonglování s míčky",)  # kept, not dropped
    summary = edit.message.text()
    assert "zahradniceni → gardening" in summary and "gardenning → gardening" in summary
    assert "žonglování s míčky → free keyword" in summary


def test_an_interest_picked_by_category(qtbot):
    edit = InterestEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.set_values(("cooking",), ("mineralogie",))
    assert edit.text() == "cooking, mineralogie"
    edit.menu.aboutToShow.emit()
    categories = [a.menu() for a in edit.menu.actions() if a.menu() is not None]
    assert len(categories) >= 5
    garden = next(a for m in categories for a in m.actions() if a.text() == "gardening")
    garden.trigger()
    assert edit.tags() == ("cooking", "gardening") and edit.keywords() == ("mineralogie",)


def test_places_typo_ambiguous_unknown_and_understood(qtbot):
    edit = PlaceEdit(single=True)
    qtbot.addWidget(edit)
    edit.show()
    type_text(edit.edit, "Smichof")  # a close typo: read, with the right spelling to click
    assert edit.districts() == ("Praha 5",) and not edit.error()
    assert edit.choices() == ["Smíchov"] and "Praha 5" in edit.message.text()
    edit.choice_buttons[0].click()
    assert edit.text() == "Smíchov" and edit.choices() == []

    edit.edit.clear()
    type_text(edit.edit, "Vysocany")  # in two districts: asked, not guessed
    assert edit.error() and edit.choices() == ["Praha 9", "Praha 3"]
    assert all(b.isVisibleTo(edit) for b in edit.choice_buttons[:2])
    edit.choose("Praha 9")
    assert edit.districts() == ("Praha 9",) and not edit.error()

    edit.edit.clear()
    type_text(edit.edit, "Karlim")  # unknown: an error with the nearest name
    assert "Karlim" in edit.error() and edit.choices()[0] == "Karlín"
    edit.choice_buttons[0].click()
    assert edit.districts() == ("Praha 8",)
    assert edit.message.text() == "Karlín → Praha 8"

    edit.edit.clear()
    type_text(edit.edit, "na Letné")  # what was understood, next to the field
    assert edit.districts() == ("Praha 7",)
    assert edit.message.text() == "na Letné → Praha 7"


def test_places_list_keeps_every_place_and_messages_reserve_their_line(qtbot):
    edit = PlaceEdit()
    qtbot.addWidget(edit)
    edit.show()
    height = edit.sizeHint().height()
    type_text(edit.edit, "Praha 7, Letna, Xyzabc")
    assert "Xyzabc" in edit.error()
    assert edit.sizeHint().height() == height  # the message did not push anything down
    edit.edit.clear()
    type_text(edit.edit, "Praha 7, Letna, celá Praha")
    assert edit.districts() == ("Praha 7",) and edit.check.citywide and not edit.error()


def test_the_district_filter_takes_a_place_as_people_write_it(qtbot, make_window, backend):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from volmatch.domain import Opportunity

    for title, district in (("Letní kino", "Praha 7"), ("Doučování", "Praha 3")):
        backend.save_opportunity(Opportunity(title=title, districts=(district,)))
    window = make_window()
    page = window.opportunities
    box = page.filter_boxes["district"]
    box.lineEdit().selectAll()
    type_text(box.lineEdit(), "na Letné")
    QTest.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    assert box.currentData() == "Praha 7" and page.model.rowCount() == 1
    assert "na Letné → Praha 7" in window.statusBar().currentMessage()

    page.reset_filters()
    box.lineEdit().selectAll()
    type_text(box.lineEdit(), "Holesovice")  # in two districts: asked
    QTest.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    menu = page.place_filter.menu
    assert [a.text() for a in menu.actions()] == ["Praha 7", "Praha 1"]
    menu.actions()[0].trigger()
    menu.close()
    assert box.currentData() == "Praha 7" and page.model.rowCount() == 1
