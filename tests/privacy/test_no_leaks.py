"""No volunteer's name, e-mail or phone in any export format or in any log record; the
certificate of volunteering, which does name the person, goes only where it is saved."""

from __future__ import annotations

import dataclasses
import html
import json
import logging
import os
import re
from pathlib import Path

import pytest

from volmatch import certificate_pdf, certificates, privacy
from volmatch.demo import load_demo
from volmatch.domain import Placement, PlacementState, Status
from volmatch.exporting import export
from volmatch.matching import Matcher
from volmatch.storage import placements
from volmatch.storage import repository as repo


def _forms(value: str) -> set[str]:
    """The ways a value can be written into a file: as is, HTML- or JSON-escaped."""
    forms = {value, html.escape(value), html.escape(value, quote=False), json.dumps(value)[1:-1]}
    digits = re.sub(r"\D", "", value)
    if len(digits) >= 9 and value.lstrip().startswith("+"):
        forms.add(digits)
    return {f for f in forms if len(f) >= 5}


@pytest.fixture
def everything_logged(caplog):
    caplog.set_level(logging.DEBUG)  # root
    for name in ("sqlalchemy", "alembic", "volmatch", "jinja2"):  # those that set their own level
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def test_no_personal_data_in_exports_or_logs(db, tmp_path, everything_logged):
    load_demo(db)
    with db.session() as s:
        volunteers = repo.load_volunteers(s)
        opportunities = repo.load_opportunities(s)
        organizations = repo.list_organizations(s)
        # a day of work: edit, place, delete and restore, review, export one person
        first = volunteers[0]
        repo.save_volunteers(s, [dataclasses.replace(first, notes="změna")])
        repo.save_placement(s, Placement(first.id, opportunities[0].id))
        placed = repo.save_placement(s, Placement(first.id, opportunities[1].id))
        repo.save_placement(s, Placement(first.id, opportunities[1].id, PlacementState.PLACED))
        placements.record_hours(s, placed, 4, note="doučování")
        facts = certificates.certificate_facts(s, placed)
        repo.delete_volunteer(s, volunteers[1].id)
        repo.restore_deleted(s, "volunteer", volunteers[1].id)
        privacy.due_for_review(s)
        privacy.export_person(s, first.id)
    # A certificate names the person (it is theirs): made, saved where asked, nowhere else.
    certificate_pdf.install()
    try:
        certificate = certificates.build(facts)
        (tmp_path / "handed-over").mkdir()
        (tmp_path / "handed-over" / "c.pdf").write_bytes(certificates.render_pdf(certificate))
    finally:
        certificates.register(None)
    assert first.name in certificate.text()  # so the scan below would see a leak
    matcher = Matcher(opportunities, volunteers, require_consent=True)
    matcher.overview(reasons=True)
    published = [o for o in opportunities if o.status is Status.PUBLISHED]
    assert len(volunteers) >= 40 and published
    out = tmp_path / "site"
    export(published, "all", out, organizations=organizations)

    files = [p for p in out.rglob("*") if p.is_file()]
    assert len(files) > 10
    assert not [p for p in files if p.suffix == ".pdf"]
    data_dir = Path(os.environ["VOLMATCH_DATA_DIR"])  # the app's own folders keep none either
    assert not data_dir.exists() or not list(data_dir.rglob("*.pdf"))
    texts = {p: p.read_bytes().decode("utf-8", "replace") for p in files}
    logged = "\n".join(
        f"{r.getMessage()} {r.args!r} {r.exc_text or ''}" for r in everything_logged.records
    )
    assert everything_logged.records  # the run logged something, at DEBUG
    leaks = []
    for v in volunteers:
        for value in (v.name, v.email, v.phone):
            for form in _forms(value or ""):
                leaks += [f"{p.name}: {form}" for p, t in texts.items() if form in t]
                if form in logged:
                    leaks.append(f"log: {form}")
    assert leaks == []


def test_e_mails_and_invitations_carry_only_consented_data(db, tmp_path, everything_logged):
    """Composing every volunteer's e-mails and invitations logs nothing personal, writes no
    file, and puts in the organization's e-mail only what the consent allows."""
    from volmatch.outreach_mail import compose, eml_bytes
    from volmatch.privacy.consent import SHARE_CONTACT, sharing_purposes

    load_demo(db)
    with db.session() as s:
        volunteers = repo.load_volunteers(s)
        opportunities = repo.load_opportunities(s)
        organizations = repo.list_organizations(s)
    # some agree to pass their contact details on, the others keep the demo's scopes
    volunteers = [
        dataclasses.replace(v, consent_scope="matching, contact, organizations")
        if i % 3 == 0
        else v
        for i, v in enumerate(volunteers)
    ]
    dated = [o for o in opportunities if o.start_date][:3]
    before = set(tmp_path.rglob("*"))
    everything_logged.clear()
    leaks, shared = [], 0
    for v in volunteers:
        for o in dated:
            out = compose(v, o, organizations)
            org = out.organization
            eml = eml_bytes(org.to, org.to_name, org.subject, org.body, invitation=org.invitation)
            passes = v.consent_date is not None and SHARE_CONTACT in sharing_purposes(
                v.consent_scope
            )
            shared += passes
            for value in (v.name, v.email, v.phone):
                forms = _forms(value or "")
                if not passes:
                    leaks += [f"organization e-mail: {f}" for f in forms if f in org.body]
                    leaks += [f".eml: {f}" for f in forms if f.encode() in eml]
                for draft in (out.volunteer, org):
                    ics = (draft.invitation.data if draft.invitation else b"").decode()
                    leaks += [f".ics: {f}" for f in forms if f in ics.replace("\r\n ", "")]
                leaks += [f"volunteer e-mail body: {f}" for f in forms if f in out.volunteer.body]
    logged = "\n".join(
        f"{r.getMessage()} {r.args!r} {r.exc_text or ''}" for r in everything_logged.records
    )
    for v in volunteers:
        leaks += [
            f"log: {f}"
            for value in (v.name, v.email, v.phone)
            for f in _forms(value or "")
            if f in logged
        ]
    assert shared > 10  # the consented case was exercised
    assert leaks == []
    assert set(tmp_path.rglob("*")) == before  # nothing written without the person's action
