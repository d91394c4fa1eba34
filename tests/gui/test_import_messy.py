"""Importing listings written as people write them: the report a coordinator sees."""

from pathlib import Path

from volmatch.gui.dialogs.exchange import ImportDialog

from .conftest import wait_idle

DATA = Path(__file__).parent / "data" / "messy_listings.csv"


def _issues(dialog) -> list[str]:
    return [dialog.issues.item(i).text() for i in range(dialog.issues.count())]


def test_a_messy_file_is_understood_and_only_a_place_outside_prague_stops_it(
    qtbot, make_window, tmp_path
):
    window = make_window()
    dialog = ImportDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.edit.setText(str(DATA))
    dialog.check_button.click()
    wait_idle(qtbot)
    texts = _issues(dialog)
    errors = [t for t in texts if not t.startswith("Warning")]
    # the one error: a place outside Prague (row 11 = MX-10); nothing about interests
    assert len(errors) == 1 and "row 11" in errors[0] and "Londýn" in errors[0], errors
    assert texts[0] == errors[0]  # what stops the import comes first
    # a street alone is understood; one through three districts says which one is used
    assert not any("Na Pankráci" in t for t in texts)
    (street,) = [t for t in texts if "Vinohradská 12" in t]
    assert "Praha 2, Praha 3, Praha 10, and Praha 2 is used" in street
    # abbreviated language names and levels are read without a word ("šp.", "pokr.", "maď.")
    assert not any("row 12" in t or "row 13" in t for t in texts if "languages" in t)
    assert any("read as one address" in t and "Jaromírova" in t for t in texts)
    assert any("kanoistika" in t for t in texts)  # kept as a free keyword, said with a warning
    assert not any("did you mean" in t and "kanoistika" in t for t in texts)
    dialog.grab().save(str(tmp_path / "import-messy.png"))
