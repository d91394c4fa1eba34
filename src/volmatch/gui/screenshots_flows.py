"""Render the import mapping step and the user guide into PNG files (for the README and review).

    python -m volmatch.gui.screenshots_flows [--out docs/screenshots] [--lang cs en]
            [--listings FILE --mapping FILE] [--messy FILE]

The import step shows a real NGO spreadsheet with its mapping file loaded (by default
``../shared/data/real-listings/nyc_service_volunteer_opportunities.csv`` beside the
checkout and ``resources/mappings/``), then the checked report of a file of listings
written as people write them (by default ``tests/gui/data/messy_listings.csv``, copied
into the temporary folder as ``nabidky.csv``). Starts Xvfb like ``volmatch.gui.screenshots``.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from volmatch.gui.screenshot_kit import (
    Shots,
    close_window,
    demo_app,
    display,
    open_window,
    print_paths,
    settle,
)

NYC = "nyc_service_volunteer_opportunities"


def render(
    out: Path,
    langs: list[str],
    listings: Path | None,
    mapping: Path | None,
    messy: Path | None = None,
) -> list[Path]:
    with demo_app("flows.sqlite3") as (app, url, folder):
        shots = Shots(app, out)
        for lang in langs:
            window = open_window(app, url, folder, lang, size=(1366, 768))

            def shot(name: str, widget, lang=lang) -> None:
                shots.take(widget, name, lang)

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
            if messy is not None and messy.is_file():
                _checked_import(app, window, shutil.copy(messy, folder / "nabidky.csv"), shot)
            guide = _guide(window)
            if guide is not None:
                shot("user-guide", guide)
                guide.close()
            close_window(window)
    return shots.written


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


def _checked_import(app, window, listings: Path, shot) -> None:
    """The import dialog after "Check": what was understood, warned about and refused."""
    from volmatch.gui.dialogs.import_dialog import ImportDialog

    dialog = ImportDialog(window.ctx, window)
    dialog.resize(1300, 740)
    dialog.show()
    dialog.path.edit.setText(str(listings))
    dialog.check_button.click()
    settle(app)
    shot("import-messy", dialog)
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
    parser.add_argument(
        "--messy", type=Path, default=root / "tests" / "gui" / "data" / "messy_listings.csv"
    )
    parser.add_argument("--offscreen", action="store_true", help="use Qt's offscreen platform")
    args = parser.parse_args(argv)
    with display(args.offscreen):
        return print_paths(render(args.out, args.lang, args.listings, args.mapping, args.messy))


if __name__ == "__main__":
    sys.exit(main())
