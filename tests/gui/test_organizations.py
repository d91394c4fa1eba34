"""The organizations dialog: fuzzy search, merging two records of one NGO, renaming."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from volmatch.domain import Opportunity

from .conftest import type_text, wait_idle, when_dialog

KC = "Komunitní centrum Holešovice, z. s."


def when_message_box(handler, timeout_ms: int = 10000) -> None:
    """Call ``handler(box)`` once a message box is the modal window (the dialog itself is
    modal too, so the first modal widget is not necessarily the one meant)."""
    waited = [0]

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            handler(box)
            return
        waited[0] += 20
        if waited[0] < timeout_ms:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def seed(backend) -> None:
    for title, org in (
        ("Zahrada", KC),
        ("Kavárna", KC),
        ("Doučování", "KC Holešovice"),
        ("Sbírka", "Charita Praha"),
    ):
        backend.save_opportunity(Opportunity(title=title, organization=org))


def test_search_merge_and_rename_organizations(qtbot, make_window, backend):
    seed(backend)
    window = make_window()
    window.act_organizations.trigger()
    dialog = window.organizations_dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=10000)
    type_text(dialog.search, "komunitni centrum holes")
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == [KC]
    dialog.search.clear()

    dialog.select_names([KC, "KC Holešovice"])
    assert dialog.merge_button.isEnabled() and not dialog.rename_button.isEnabled()

    def keep(box):
        box.setTextValue(KC)
        box.accept()

    when_dialog(keep)
    dialog.merge_button.click()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10000)
    assert "1" in dialog.status.text()
    backend_now = window.ctx.backend
    listings = {
        r.title: r.organization for r in (backend_now.get_opportunity(i) for i in range(1, 5))
    }
    assert listings["Doučování"] == KC
    counts = {o.name: o.listings for o in backend_now.organizations_with_counts()}
    assert counts == {"Charita Praha": 1, KC: 3}
    # The listings page follows: its organization filter offers the merged name only.
    qtbot.waitUntil(
        lambda: window.opportunities.filter_boxes["organization"].findText("KC Holešovice") < 0,
        timeout=10000,
    )

    dialog.select_names(["Charita Praha"])

    def rename(box):
        box.setTextValue("Komunitni centrum Holesovice")  # another's name: refused
        box.accept()

    answers = {}

    def refused(box):
        answers["text"] = box.text()
        box.accept()

    when_dialog(rename)
    when_message_box(refused)
    dialog.rename_button.click()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: "text" in answers, timeout=10000)
    assert KC in answers["text"] and "merge" in answers["text"]

    dialog.select_names(["Charita Praha"])
    when_dialog(lambda box: (box.setTextValue("Charita Česká republika"), box.accept()))
    dialog.rename_button.click()
    wait_idle(qtbot)
    qtbot.waitUntil(
        lambda: (
            "Charita Česká republika" in [o.name for o in backend_now.organizations_with_counts()]
        ),
        timeout=10000,
    )
    dialog.close()
