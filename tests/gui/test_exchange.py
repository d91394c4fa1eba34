import shutil
from pathlib import Path

from volmatch.gui.exchange import ImportDialog, PublishDialog
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
    assert "Published" in dialog.result.text(), dialog.result.text()
    assert (Path(target) / "index.html").exists() or any(Path(target).rglob("*.html"))
