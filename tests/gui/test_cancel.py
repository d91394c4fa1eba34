"""Cancel in the progress dialog stops an import, a publish or the demo loading; nothing changes."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QProgressDialog, QPushButton

from volmatch.gui.dialogs.exchange import ImportDialog, PublishDialog
from volmatch.importing import canonical

from .conftest import wait_idle

CANCELLED = "Cancelled — nothing was changed"


def _press_cancel(qtbot, parent) -> None:
    dialog = parent.findChild(QProgressDialog, "operationProgress")
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible(), timeout=5000)
    (button,) = dialog.findChildren(QPushButton)
    button.click()


def _held(monkeypatch, module, name):
    """Make ``module.name`` wait (in the worker thread) until the returned gate opens."""
    gate = threading.Event()
    real = getattr(module, name)

    def slow(*args, **kwargs):
        gate.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, slow)
    return gate


def test_cancel_stops_an_import_and_nothing_is_stored(qtbot, make_window, tmp_path, monkeypatch):
    window = make_window()
    source = tmp_path / "many.csv"
    lines = ["external_id,title,organization,district,status"]
    lines += [f"OPP-{i},Nabídka {i},Charita,Praha 7,zveřejněno" for i in range(5000)]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    gate = _held(monkeypatch, canonical, "parse_opportunities")  # each batch of rows
    dialog = ImportDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.edit.setText(str(source))
    dialog.import_button.click()
    _press_cancel(qtbot, dialog)
    gate.set()
    wait_idle(qtbot, timeout=20000)
    assert dialog.result.text() == CANCELLED
    with window.ctx.backend.db.session() as s:
        assert window.ctx.backend._repo().load_opportunities(s) == []
    assert window.opportunities.model.rowCount() == 0


def test_cancel_stops_a_publish_and_keeps_the_old_site(
    qtbot, make_window, demo_url, tmp_path, monkeypatch
):
    from volmatch.exporting import parallel
    from volmatch.gui import publish_process

    # the app's own process, as in a frozen build (a child process: test_publish_process.py)
    monkeypatch.setattr(publish_process, "possible", lambda: False)
    window = make_window(demo_url)
    target = tmp_path / "site"
    target.mkdir()
    (target / "index.html").write_text("old", encoding="utf-8")
    (target / ".volmatch-export").write_text("volmatch export\n", encoding="utf-8")
    gate = _held(monkeypatch, parallel, "FolderSink")
    dialog = PublishDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.edit.setText(str(target))
    dialog.publish_button.click()
    _press_cancel(qtbot, dialog)
    gate.set()
    wait_idle(qtbot, timeout=60000)
    assert dialog.result.text() == CANCELLED
    assert (target / "index.html").read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".site")) == []


def test_cancel_stops_the_demo_loading(qtbot, make_window, monkeypatch):
    from volmatch.demo import dataset

    window = make_window()
    gate = _held(monkeypatch, dataset, "save_result")
    window.load_demo()
    _press_cancel(qtbot, window)
    gate.set()
    wait_idle(qtbot, timeout=20000)
    assert window.statusBar().currentMessage() == CANCELLED
    with window.ctx.backend.db.session() as s:
        assert window.ctx.backend._repo().load_volunteers(s) == []
