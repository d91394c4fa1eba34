"""Screenshots of placements on the demo data: marks on the result rows, the pipeline and
the follow-up list (docs/screenshots/placement-marks-*.png, pipeline-*.png, follow-up-*.png).

    python -m volmatch.gui.screenshots_placements [--out docs/screenshots] [--lang cs en]

Records a few outcomes as a coordinator would (placed, contacted, declined, a pin and a
hide), then photographs the views. Uses Xvfb like ``volmatch.gui.screenshots``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from volmatch.gui import screenshot_kit as kit


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
    with kit.demo_app() as (app, url, folder):
        shots = kit.Shots(app, out)
        recorded = False
        for lang in langs:
            window = kit.open_window(app, url, folder, lang)
            pick = kit.olena(window)
            if not recorded:
                _record_outcomes(window.ctx.backend, pick)
                recorded = True
            window.show_page("matching").match_for("volunteer", pick)
            kit.settle(app)
            window.matching.table.selectRow(0)
            shots.take(window, "placement-marks", lang)
            page = window.show_page("placements")
            kit.settle(app)
            page.tabs.setCurrentIndex(0)
            shots.take(window, "pipeline", lang)
            page.tabs.setCurrentIndex(1)
            page.follow.selectRow(0)
            shots.take(window, "follow-up", lang)
            kit.close_window(window)
    return shots.written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="docs/screenshots", type=Path)
    parser.add_argument("--lang", nargs="+", default=["cs", "en"])
    args = parser.parse_args(argv)
    with kit.display():
        return kit.print_paths(render(args.out, args.lang))


if __name__ == "__main__":
    sys.exit(main())
