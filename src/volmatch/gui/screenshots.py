"""Render each main view on the demo data into PNG files (for the README and for review).

    python -m volmatch.gui.screenshots [--out docs/screenshots] [--lang cs en uk] [--switch]

Without a display it starts Xvfb (if installed) so the pictures are what a person
would see on a real X server; ``--offscreen`` uses Qt's offscreen platform instead.
``--switch`` also captures the matching page before and after the interface language is
switched from Czech to Ukrainian in the running app (language-switch-before/after.png).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _start_xvfb() -> subprocess.Popen | None:
    if os.environ.get("DISPLAY") or not shutil.which("Xvfb"):
        return None
    read, write = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
    )
    os.close(write)
    number = b""
    while not number.endswith(b"\n"):
        chunk = os.read(read, 16)
        if not chunk:
            break
        number += chunk
    os.close(read)
    os.environ["DISPLAY"] = ":" + number.decode().strip()
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    return proc


def _settle(app, seconds: float = 0.3) -> None:
    from volmatch.gui import worker

    end = time.monotonic() + 30
    while worker.busy() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def render(out: Path, langs: list[str], switch: bool = False) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from volmatch.demo import load_demo
    from volmatch.gui import i18n
    from volmatch.gui.editors.opportunity_editor import OpportunityEditor
    from volmatch.gui.editors.volunteer_editor import VolunteerEditor
    from volmatch.gui.mainwindow import MainWindow
    from volmatch.gui.settings import Settings
    from volmatch.storage.database import open_database

    app = QApplication.instance() or QApplication([sys.argv[0]])
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["VOLMATCH_CONFIG_DIR"] = str(Path(tmp) / "config")
        url = f"sqlite:///{Path(tmp) / 'demo.sqlite3'}"
        db = open_database(url)
        load_demo(db)
        db.dispose()
        for lang in langs:
            i18n.install(app, lang)
            settings = Settings(str(Path(tmp) / f"{lang}.ini"))
            settings.demo_offered = True
            window = MainWindow(settings, url)
            window.resize(1280, 800)
            window.show()
            window.start()
            _settle(app)

            def shot(name: str, widget=None, lang=lang, window=window) -> None:
                _settle(app, 0.2)
                path = out / f"{name}-{lang}.png"
                (widget or window).grab().save(str(path))
                written.append(path)

            window.nav.setCurrentRow(0)
            shot("opportunities")
            window.nav.setCurrentRow(1)
            shot("volunteers")
            pick = _olena(window)
            window.nav.setCurrentRow(2)
            window.matching.match_for("volunteer", pick)
            _settle(app)
            window.matching.table.selectRow(0)
            shot("matching")
            window.nav.setCurrentRow(3)
            shot("overview")
            backend = window.ctx.backend
            # The listing with the most translations shows the most scripts.
            records = [
                backend.get_opportunity(i) for i in window.opportunities.model.data_.ids[:80]
            ]
            record = max(records, key=lambda r: len(r.translations))
            editor = OpportunityEditor(record, [], window, backend.organizations())
            editor.show()
            shot("listing-editor", editor)
            # A tab with a translation (not the Czech source), so the picture shows other scripts.
            languages = ("cs", "en", "uk", "ru", "vi")
            translated = next(
                (
                    n
                    for n in range(len(languages) - 1, 0, -1)
                    if editor.text_edits[languages[n]][0].text()
                ),
                2,
            )
            editor.text_tabs.setCurrentIndex(translated)
            shot("listing-translation", editor)
            editor.close()
            _picker_shot(app, out, lang, backend, written)
            from volmatch.gui.dialogs.organizations_dialog import OrganizationsDialog

            organizations = OrganizationsDialog(window.ctx, window)
            organizations.show()
            _settle(app)
            organizations.search.setText("centrum")
            organizations.table.selectRow(0)
            shot("organizations", organizations)
            organizations.close()
            volunteer = window.ctx.backend.get_volunteer(pick)
            vol_editor = VolunteerEditor(volunteer, window)
            vol_editor.show()
            shot("volunteer-editor", vol_editor)
            vol_editor.close()
            window.close()
            window.ctx.backend.close()
        if switch:
            written += _render_switch(app, out, url, Path(tmp))
    return written


def _olena(window) -> int:
    data = window.volunteers.model.data_
    names = [row[0] for row in data.rows]
    return data.ids[names.index("Olena Kovalenko")] if "Olena Kovalenko" in names else data.ids[0]


def _render_switch(app, out: Path, url: str, tmp: Path) -> list[Path]:
    """The matching page in Czech, then the same window after choosing Ukrainian."""
    from volmatch.gui import i18n
    from volmatch.gui.mainwindow import MainWindow
    from volmatch.gui.settings import Settings

    i18n.install(app, "cs")
    settings = Settings(str(tmp / "switch.ini"))
    settings.demo_offered = True
    window = MainWindow(settings, url)
    window.resize(1280, 800)
    window.show()
    window.start()
    _settle(app)
    window.nav.setCurrentRow(2)
    window.matching.match_for("volunteer", _olena(window))
    _settle(app)
    window.matching.table.selectRow(0)
    paths = [out / "language-switch-before.png", out / "language-switch-after.png"]
    _settle(app, 0.2)
    window.grab().save(str(paths[0]))
    window.set_language("uk")
    _settle(app)
    window.matching.table.selectRow(0)
    _settle(app, 0.2)
    window.grab().save(str(paths[1]))
    window.close()
    window.ctx.backend.close()
    return paths


def _picker_shot(app, out: Path, lang: str, backend, written: list[Path]) -> None:
    """A new listing's organization picker offering stored names for what is typed.

    The offer list is a popup window of its own: the picture is taken from the screen."""
    from PySide6.QtGui import QGuiApplication

    from volmatch.gui.editors.opportunity_editor import OpportunityEditor

    editor = OpportunityEditor(None, [], None, backend.organizations())
    editor.move(0, 0)
    editor.show()
    editor.activateWindow()
    editor.text_edits["cs"][0].setText("Sousedská zahrada")
    picker = editor.organization
    picker.edit.setFocus()
    picker.edit.setText("komunitni centrum holes")
    picker.model.setStringList(picker.offered())
    picker.completer.complete()
    _settle(app, 0.5)
    geometry = editor.frameGeometry()
    path = out / f"organization-picker-{lang}.png"
    image = QGuiApplication.primaryScreen().grabWindow(
        0, geometry.x(), geometry.y(), geometry.width(), geometry.height()
    )
    if image.isNull() or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        image = editor.grab()  # no screen to read (offscreen): the editor without its popup
    image.save(str(path))
    written.append(path)
    picker.completer.popup().hide()
    editor.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="docs/screenshots", type=Path)
    parser.add_argument("--lang", nargs="+", default=["cs", "en", "uk"])
    parser.add_argument("--switch", action="store_true", help="capture a language switch too")
    parser.add_argument("--offscreen", action="store_true", help="use Qt's offscreen platform")
    args = parser.parse_args(argv)
    xvfb = None
    if args.offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    else:
        xvfb = _start_xvfb()
    try:
        for path in render(args.out, args.lang, args.switch):
            print(path)
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(5)
    return 0


if __name__ == "__main__":
    sys.exit(main())
