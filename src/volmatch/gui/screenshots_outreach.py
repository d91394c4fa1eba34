"""Screenshots of the e-mails of a pair on the demo data: the volunteer's message in their
language and the organization's in Czech, with what was left out and why
(docs/screenshots/outreach-volunteer-*.png, outreach-organization-*.png).

    python -m volmatch.gui.screenshots_outreach [--out docs/screenshots] [--lang cs uk]
        [--eml FILE]

Olena agrees to pass her contact details (not her profile) to organizations, as a
coordinator would record it; the dialog then shows her tutoring listing. ``--eml`` also
saves the organization's e-mail as the dialog's "Save as .eml…" would. Uses Xvfb like
``volmatch.gui.screenshots``.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

from volmatch.gui import screenshot_kit as kit

TUTORING = "Doučování dětí z ukrajinských rodin"


def _agree(backend, olena: int) -> int:
    """Olena's consent to pass contact details on; the tutoring listing's id."""
    record = backend.get_volunteer(olena)
    scope = "matching, contact, organizations"
    if record.consent_scope != scope:
        backend.save_volunteer(dataclasses.replace(record, consent_scope=scope))
    data = backend.opportunity_table("cs")
    return data.ids[[row[0] for row in data.rows].index(TUTORING)]


def render(out: Path, langs: list[str], eml: Path | None = None) -> list[Path]:
    from volmatch.gui.backend_outreach import compose_pair
    from volmatch.gui.dialogs.outreach_dialog import OutreachDialog

    with kit.demo_app() as (app, url, folder):
        shots = kit.Shots(app, out)
        for lang in langs:
            window = kit.open_window(app, url, folder, lang)
            olena = kit.olena(window)
            listing = _agree(window.ctx.backend, olena)
            outreach = compose_pair(window.ctx.backend, olena, listing)
            dialog = OutreachDialog(outreach, "", window)
            dialog.resize(820, 640)
            dialog.show()
            shots.take(dialog, "outreach-volunteer", lang)
            dialog.tabs.setCurrentIndex(1)
            shots.take(dialog, "outreach-organization", lang)
            if eml is not None:
                eml.write_bytes(dialog.organization.eml())
            dialog.close()
            kit.close_window(window)
    return shots.written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="docs/screenshots", type=Path)
    parser.add_argument("--lang", nargs="+", default=["cs"])
    parser.add_argument("--eml", type=Path, default=None)
    args = parser.parse_args(argv)
    with kit.display():
        return kit.print_paths(render(args.out, args.lang, args.eml))


if __name__ == "__main__":
    sys.exit(main())
