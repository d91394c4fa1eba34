"""Publishing into a folder with the web team's own files: the app asks, keeps them on yes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from volmatch.gui.dialogs.exchange import PublishDialog

from .conftest import wait_idle


def _publish(qtbot, dialog, target: Path) -> None:
    dialog.path.edit.setText(str(target))
    dialog.publish_button.click()
    wait_idle(qtbot, timeout=60000)


def test_the_web_teams_files_are_kept_after_a_yes_and_untouched_after_a_no(
    qtbot, make_window, demo_url, tmp_path, monkeypatch
):
    window = make_window(demo_url)
    dialog = PublishDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    target = tmp_path / "site"
    target.mkdir()
    (target / "kontakt.html").write_text("the web team's page", encoding="utf-8")
    asked: list[str] = []

    def answer(reply):
        def question(_parent, _title, text, *args, **kwargs):
            asked.append(text)
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    _publish(qtbot, dialog, target)
    assert "did not write" in dialog.result.text()
    assert "kontakt.html" in asked[0]
    assert sorted(p.name for p in target.iterdir()) == ["kontakt.html"]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    _publish(qtbot, dialog, target)
    wait_idle(qtbot, timeout=60000)
    assert "listings published in" in dialog.result.text(), dialog.result.text()
    assert (target / "kontakt.html").read_text(encoding="utf-8") == "the web team's page"
    assert (target / "index.html").exists()
