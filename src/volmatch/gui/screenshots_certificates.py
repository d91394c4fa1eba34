"""Pictures of the certificate of volunteering on the demo data: the dialog with its preview
(docs/screenshots/certificate-dialog-cs.png) and the saved PDFs rendered by poppler's
pdftoppm, Czech + Ukrainian from an accredited organization and Czech + Vietnamese from one
that is not (certificate-cs-uk.png, certificate-cs-vi.png).

    python -m volmatch.gui.screenshots_certificates [--out docs/screenshots]

Places two demo volunteers as a coordinator would (Olena, Ukrainian; a Vietnamese speaker),
records their hours, marks Olena's organization as accredited, then issues the certificates
through the real dialog. Uses Xvfb like ``volmatch.gui.screenshots``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

from volmatch.gui import screenshot_kit as kit

SIGNATORY = "Mgr. Jana Nováková, koordinátorka dobrovolníků"


def _vietnamese(backend) -> int:
    """The first demo volunteer whose best language is Vietnamese."""
    table = backend.volunteer_table()
    for vid in table.ids:
        volunteer = backend.get_volunteer(vid)
        spoken = sorted(volunteer.languages, key=lambda s: -(s.level or 0))
        if spoken and spoken[0].code == "vi":
            return vid
    raise SystemExit("the demo data has no Vietnamese speaker")


def _place(backend, volunteer_id: int, hours: list[float]) -> int:
    """Place the volunteer on their best listing and record hours on a few days."""
    from volmatch.domain import PlacementState
    from volmatch.gui import backend_certificates, backend_placements

    best = backend.rank_for_volunteer(volunteer_id, top=5).rows
    listing = next(r.other_id for r in best if r.meets_requirements)
    pid = backend_placements.record(backend, volunteer_id, listing, PlacementState.PLACED)
    day = dt.date(2026, 9, 7)
    for h in hours:
        backend_certificates.record_hours(backend, pid, h, day=day)
        day += dt.timedelta(days=7)
    return pid


def _accredit(backend, placement_id: int) -> None:
    from volmatch.gui import backend_certificates

    facts = backend_certificates.certificate_facts(backend, placement_id)
    org = next(o for o in backend.organizations_with_counts() if o.name == facts.organization)
    backend.set_accreditation(org.id, True, "MV-12345-4/PDS-2024")


def _dialog(app, window, placement_id: int):
    from PySide6.QtWidgets import QApplication

    from volmatch.gui import placement_docs
    from volmatch.gui.dialogs.certificate_dialog import CertificateDialog, _qdate

    placement_docs.issue_certificate(window, window.ctx, placement_id)
    kit.settle(app)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CertificateDialog))
    dialog.has_start.setChecked(True)
    dialog.start.setDate(_qdate(dt.date(2026, 9, 1)))
    dialog.ongoing.setChecked(False)
    dialog.end.setDate(_qdate(dt.date(2026, 12, 3)))
    dialog.issued.setDate(_qdate(dt.date(2026, 12, 4)))
    dialog.signatory.setText(SIGNATORY)
    kit.settle(app)
    return dialog


def _pdf_picture(dialog, folder: Path, out: Path, name: str) -> Path:
    pdf = folder / f"{name}.pdf"
    dialog.save_to(pdf)
    target = out / name
    subprocess.run(
        [shutil.which("pdftoppm") or "pdftoppm", "-r", "80", "-png", "-singlefile", pdf, target],
        check=True,
    )
    return target.with_suffix(".png")


def render(out: Path) -> list[Path]:
    with kit.demo_app() as (app, url, folder):
        shots = kit.Shots(app, out)
        window = kit.open_window(app, url, folder, "cs", size=(1280, 800))
        backend = window.ctx.backend
        olena = _place(backend, kit.olena(window), [3, 2.5, 4, 3])
        _accredit(backend, olena)
        vietnamese = _place(backend, _vietnamese(backend), [2, 2, 3])
        dialog = _dialog(app, window, olena)
        shots.take(dialog, "certificate-dialog", "cs")
        shots.written.append(_pdf_picture(dialog, folder, out, "certificate-cs-uk"))
        dialog.close()
        dialog = _dialog(app, window, vietnamese)
        shots.written.append(_pdf_picture(dialog, folder, out, "certificate-cs-vi"))
        dialog.close()
        kit.close_window(window)
    return shots.written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="docs/screenshots", type=Path)
    args = parser.parse_args(argv)
    with kit.display():
        return kit.print_paths(render(args.out))


if __name__ == "__main__":
    sys.exit(main())
