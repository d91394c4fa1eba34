"""Render the import mapping step and the user guide into PNG files (for the README and review).

    python -m volmatch.gui.screenshots_flows [--out docs/screenshots] [--lang cs en]
            [--listings FILE --mapping FILE]

The import step shows a real NGO spreadsheet with its mapping file loaded (by default
``../shared/data/real-listings/nyc_service_volunteer_opportunities.csv`` beside the
checkout and ``resources/mappings/``). Starts Xvfb like ``volmatch.gui.screenshots``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from volmatch.gui.screenshots import _settle, _start_xvfb

NYC = "nyc_service_volunteer_opportunities"


def render(out: Path, langs: list[str], listings: Path | None, mapping: Path | None) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from volmatch.gui import i18n
    from volmatch.gui.mainwindow import MainWindow
    from volmatch.gui.settings import Settings

    app = QApplication.instance() or QApplication([sys.argv[0]])
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["VOLMATCH_CONFIG_DIR"] = str(Path(tmp) / "config")
        url = f"sqlite:///{Path(tmp) / 'flows.sqlite3'}"
        from volmatch.demo import load_demo
        from volmatch.storage.database import open_database

        db = open_database(url)
        load_demo(db)
        db.dispose()
        for lang in langs:
            i18n.install(app, lang)
            settings = Settings(str(Path(tmp) / f"{lang}.ini"))
            settings.demo_offered = True
            window = MainWindow(settings, url)
            window.resize(1366, 768)
            window.show()
            window.start()
            _settle(app)

            def shot(name: str, widget, lang=lang, written=written) -> None:
                _settle(app, 0.3)
                path = out / f"{name}-{lang}.png"
                widget.grab().save(str(path))
                written.append(path)

            # The default window on the smallest common laptop screen, as it opens.
            shot("window-1366x768", window)
            window.nav.setCurrentRow(1)
            shot("volunteers-1366x768", window)
            window.nav.setCurrentRow(0)
            window.opportunities.search.setText("doucovni")
            shot("did-you-mean", window)
            window.opportunities.search.clear()
            if listings is not None and listings.is_file():
                _import_step(window, listings, mapping, shot)
                proposal = listings.with_name("nuremberg_volunteer_opportunities.csv")
                if proposal.is_file():
                    _import_step(window, proposal, None, shot, "import-proposal")
            guide = _guide(window)
            if guide is not None:
                shot("user-guide", guide)
                guide.close()
            window.close()
            if window.ctx.backend is not None:
                window.ctx.backend.close()
    return written


def _import_step(
    window, listings: Path, mapping: Path | None, shot, name: str = "import-mapping"
) -> None:
    from volmatch.gui.dialogs.import_dialog import ImportDialog

    dialog = ImportDialog(window.ctx, window)
    dialog.show()
    dialog.path.edit.setText(str(listings))
    if mapping is not None and mapping.is_file():
        dialog.load_mapping(str(mapping))
    else:
        dialog.read_columns()
    shot(name, dialog)
    dialog.close()


def _guide(window):
    opener = getattr(window, "show_guide", None)
    if opener is None:
        return None
    return opener()


def main(argv: list[str] | None = None) -> int:
    from volmatch.paths import resource

    root = Path(__file__).resolve().parents[3]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="docs/screenshots", type=Path)
    parser.add_argument("--lang", nargs="+", default=["cs", "en"])
    parser.add_argument(
        "--listings",
        type=Path,
        default=root.parent / "shared" / "data" / "real-listings" / f"{NYC}.csv",
    )
    parser.add_argument(
        "--mapping", type=Path, default=Path(str(resource("mappings", f"{NYC}.json")))
    )
    parser.add_argument("--offscreen", action="store_true", help="use Qt's offscreen platform")
    args = parser.parse_args(argv)
    xvfb = None
    if args.offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    else:
        xvfb = _start_xvfb()
    try:
        for path in render(args.out, args.lang, args.listings, args.mapping):
            print(path)
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(5)
    return 0


if __name__ == "__main__":
    sys.exit(main())
