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
import sys
from pathlib import Path

from volmatch.gui.screenshot_kit import (
    Shots,
    close_window,
    demo_app,
    display,
    olena,
    open_window,
    print_paths,
    settle,
)


def render(out: Path, langs: list[str], switch: bool = False) -> list[Path]:
    from volmatch.gui.editors.opportunity_editor import OpportunityEditor
    from volmatch.gui.editors.volunteer_editor import VolunteerEditor

    with demo_app() as (app, url, folder):
        shots = Shots(app, out, pause=0.2)
        for lang in langs:
            window = open_window(app, url, folder, lang)

            def shot(name: str, widget=None, lang=lang, window=window) -> None:
                shots.take(widget or window, name, lang)

            window.nav.setCurrentRow(0)
            shot("opportunities")
            window.nav.setCurrentRow(1)
            shot("volunteers")
            pick = olena(window)
            window.nav.setCurrentRow(2)
            window.matching.match_for("volunteer", pick)
            settle(app)
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
            _picker_shot(app, out, lang, backend, shots.written)
            from volmatch.gui.dialogs.organizations_dialog import OrganizationsDialog

            organizations = OrganizationsDialog(window.ctx, window)
            organizations.show()
            settle(app)
            organizations.search.setText("centrum")
            organizations.table.selectRow(0)
            shot("organizations", organizations)
            organizations.close()
            volunteer = window.ctx.backend.get_volunteer(pick)
            vol_editor = VolunteerEditor(volunteer, window)
            vol_editor.show()
            shot("volunteer-editor", vol_editor)
            vol_editor.close()
            close_window(window)
        if switch:
            shots.written += _render_switch(app, out, url, folder)
    return shots.written


def _render_switch(app, out: Path, url: str, tmp: Path) -> list[Path]:
    """The matching page in Czech, then the same window after choosing Ukrainian."""
    window = open_window(app, url, tmp, "cs", settings_name="switch")
    window.nav.setCurrentRow(2)
    window.matching.match_for("volunteer", olena(window))
    settle(app)
    window.matching.table.selectRow(0)
    shots = Shots(app, out, pause=0.2)
    shots.take(window, "language-switch-before")
    window.set_language("uk")
    settle(app)
    window.matching.table.selectRow(0)
    shots.take(window, "language-switch-after")
    close_window(window)
    return shots.written


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
    settle(app, 0.5)
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
    with display(args.offscreen):
        return print_paths(render(args.out, args.lang, args.switch))


if __name__ == "__main__":
    sys.exit(main())
