"""Screenshots of placements on the demo data: marks on the result rows, the pipeline and
the follow-up list (docs/screenshots/placement-marks-*.png, pipeline-*.png, follow-up-*.png).

    python -m volmatch.gui.screenshots_placements [--out docs/screenshots] [--lang cs en]

Records a few outcomes as a coordinator would (placed, contacted, declined, a pin and a
hide), then photographs the views. Uses Xvfb like ``volmatch.gui.screenshots``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from volmatch.gui.screenshots import _olena, _settle, _start_xvfb


def _record_outcomes(backend, olena: int) -> None:
    """Outcomes for Olena's best listings and for a few other volunteers."""
    from volmatch.domain import PlacementState as S
    from volmatch.gui import backend_matching, backend_placements

    view = backend.rank_for_volunteer(olena, top=10)
    ids = [r.other_id for r in view.rows if r.meets_requirements]
    backend_placements.record(backend, olena, ids[0], S.PLACED, note="Začala v pondělí.")
    backend_placements.record(backend, olena, ids[1], S.CONTACTED, note="Volat ve čtvrtek.")
    backend_placements.record(backend, olena, ids[2], S.DECLINED, note="Daleko od domova.")
    backend_matching.set_mark(backend, olena, ids[3], "pin")
    backend_matching.set_mark(backend, olena, ids[4], "hide")
    others = [i for i in backend.volunteer_table().ids if i != olena][:6]
    states = (S.PLACED, S.CONTACTED, S.SUGGESTED, S.CONTACTED, S.ENDED, S.PLACED)
    for vid, state in zip(others, states, strict=True):
        best = backend.rank_for_volunteer(vid, top=3).rows
        if best:
            backend_placements.record(backend, vid, best[0].other_id, state)


def render(out: Path, langs: list[str]) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from volmatch.demo import load_demo
    from volmatch.gui import i18n
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
        recorded = False
        for lang in langs:
            i18n.install(app, lang)
            settings = Settings(str(Path(tmp) / f"{lang}.ini"))
            settings.demo_offered = True
            window = MainWindow(settings, url)
            window.resize(1280, 800)
            window.show()
            window.start()
            _settle(app)
            olena = _olena(window)
            if not recorded:
                _record_outcomes(window.ctx.backend, olena)
                recorded = True

            def shot(name: str, lang=lang, window=window) -> None:
                _settle(app, 0.3)
                path = out / f"{name}-{lang}.png"
                window.grab().save(str(path))
                written.append(path)

            window.show_page("matching").match_for("volunteer", olena)
            _settle(app)
            window.matching.table.selectRow(0)
            shot("placement-marks")
            page = window.show_page("placements")
            _settle(app)
            page.tabs.setCurrentIndex(0)
            shot("pipeline")
            page.tabs.setCurrentIndex(1)
            page.follow.selectRow(0)
            shot("follow-up")
            window.close()
            window.ctx.backend.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="docs/screenshots", type=Path)
    parser.add_argument("--lang", nargs="+", default=["cs", "en"])
    args = parser.parse_args(argv)
    xvfb = _start_xvfb()
    try:
        for path in render(args.out, args.lang):
            print(path)
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(5)
    return 0


if __name__ == "__main__":
    sys.exit(main())
