import shutil
from pathlib import Path

from volmatch.gui.dialogs.exchange import ImportDialog, PublishDialog
from volmatch.paths import resource

from .conftest import wait_idle


def test_check_then_import_the_demo_volunteers(qtbot, make_window, tmp_path):
    window = make_window()
    dialog = ImportDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.check_button.click()
    assert dialog.result.text() == "Choose an existing file first."
    source = tmp_path / "volunteers.csv"
    shutil.copy(str(resource("demo", "volunteers.csv")), source)
    dialog.path.edit.setText(str(source))
    dialog.kind.setCurrentIndex(dialog.kind.findData("volunteers"))
    dialog.check_button.click()
    wait_idle(qtbot)
    assert "ready to import" in dialog.result.text()
    assert dialog.issues.count() > 0  # the demo file has warnings on purpose
    assert any("row " in dialog.issues.item(i).text() for i in range(dialog.issues.count()))
    assert window.volunteers.model.rowCount() == 0
    dialog.import_button.click()
    wait_idle(qtbot)
    assert "Imported" in dialog.result.text()
    assert window.volunteers.model.rowCount() > 20


def test_a_file_with_errors_imports_nothing(qtbot, make_window, tmp_path):
    window = make_window()
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "external_id,title,organization,district,contact_email\nX1,,Charita,Praha 99x,neni-email\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.path.edit.setText(str(bad))
    dialog.import_button.click()
    wait_idle(qtbot)
    assert "Nothing was imported" in dialog.result.text()
    assert dialog.issues.count() >= 1
    assert window.opportunities.model.rowCount() == 0


def test_publish_the_demo_listings_as_a_website(qtbot, make_window, demo_url, tmp_path):
    window = make_window(demo_url)
    dialog = PublishDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.publish_button.click()
    assert dialog.result.text() == "Choose a folder first."
    target = tmp_path / "site"
    dialog.path.edit.setText(str(target))
    dialog.publish_button.click()
    wait_idle(qtbot, timeout=60000)
    assert "listings published in" in dialog.result.text(), dialog.result.text()
    assert (Path(target) / "index.html").exists() or any(Path(target).rglob("*.html"))


DUPLICATES_CSV = (
    "external_id,title,organization,description,district,contact_email,status\n"
    "NEW-1,Doučování dětí z ukrajinských rodin,"
    '"Komunitní centrum Holešovice, z. s.",Doučování.,Praha 7,a@example.org,zveřejněno\n'
    "NEW-2,Sousedská slavnost v Holešovicích,"
    '"Komunitní centrum Holešovice, z. s.",Slavnost.,Holešovice,a@example.org,zveřejněno\n'
)


def _duplicates_dialog(qtbot, make_window, demo_url, tmp_path):
    window = make_window(demo_url)
    source = tmp_path / "listings.csv"
    source.write_text(DUPLICATES_CSV, encoding="utf-8")
    dialog = ImportDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.edit.setText(str(source))
    return window, dialog


def test_possible_duplicates_are_listed_and_nothing_is_imported(
    qtbot, make_window, demo_url, tmp_path
):
    window, dialog = _duplicates_dialog(qtbot, make_window, demo_url, tmp_path)
    before = window.opportunities.model.rowCount()
    dialog.import_button.click()
    wait_idle(qtbot)
    text = dialog.result.text()
    assert "Nothing was imported" in text and "Imported" not in text
    panel = dialog.duplicates
    assert panel.isVisible() and panel.table.rowCount() == 2
    assert [panel.table.item(i, 0).text() for i in range(2)] == ["2", "3"]
    assert panel.table.item(0, 1).text() == "Doučování dětí z ukrajinských rodin"
    assert "Komunitní centrum Holešovice" in panel.table.item(0, 2).text()
    assert window.opportunities.model.rowCount() == before
    # One row decided, one not: still nothing stored, the undecided row asked again.
    panel.choices[0].setCurrentIndex(panel.choices[0].findData("skip"))
    dialog.import_button.click()
    wait_idle(qtbot)
    assert "Nothing was imported" in dialog.result.text()
    assert panel.table.rowCount() == 1 and panel.rows == [3]
    assert window.opportunities.model.rowCount() == before


def test_skip_one_merge_the_other_then_import(qtbot, make_window, demo_url, tmp_path):
    window, dialog = _duplicates_dialog(qtbot, make_window, demo_url, tmp_path)
    before = window.opportunities.model.rowCount()
    dialog.check_button.click()
    wait_idle(qtbot)
    assert "need a decision" in dialog.result.text()
    panel = dialog.duplicates
    panel.merge_all.click()
    assert panel.decisions() == {2: "merge", 3: "merge"}
    panel.skip_all.click()
    assert panel.decisions() == {2: "skip", 3: "skip"}
    panel.choices[1].setCurrentIndex(panel.choices[1].findData("merge"))
    dialog.import_button.click()
    wait_idle(qtbot)
    text = dialog.result.text()
    assert (
        "Imported 2 rows" in text
        and "1 possible duplicate skipped, 1 merged into a stored listing." in text
    )
    assert not panel.isVisible()
    assert window.opportunities.model.rowCount() == before  # nothing new: skipped and merged


def test_the_new_import_problems_are_worded():
    from volmatch.errors import Issue, Problem, Severity
    from volmatch.gui.issues import issue_text

    for problem in (Problem.GUESSED_COLUMN, Problem.POSSIBLE_DUPLICATE, Problem.PLACE_NOT_RESOLVED):
        text = issue_text(Issue(problem, column="x", row=4, severity=Severity.WARNING))
        assert text.startswith("Warning: row 4") and str(problem) not in text
