"""The e-mails of a pair through the real widgets: from a match result and from a placement,
opened as mailto: links, saved as .eml and .ics only where the person chose."""

from __future__ import annotations

import dataclasses
import email
import email.policy
import logging
import os
import stat
from urllib.parse import unquote, urlsplit

import icalendar
import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from volmatch.domain import Placement
from volmatch.gui.dialogs import outreach_dialog
from volmatch.gui.worker import ChangeSet

from .conftest import wait_idle, when_dialog

TUTORING = "Doučování dětí z ukrajinských rodin"


@pytest.fixture
def desktop(monkeypatch, tmp_path):
    """What would reach the desktop: opened URLs, and the files the person 'chose'."""
    seen = {"urls": [], "paths": []}

    def open_url(url):
        seen["urls"].append(bytes(url.toEncoded()).decode())
        return True

    def save_path(_parent, _title, suggested, _pattern):
        path = tmp_path / "out" / os.path.basename(suggested)
        path.parent.mkdir(exist_ok=True)
        seen["paths"].append(path)
        return str(path)

    monkeypatch.setattr(outreach_dialog, "open_url", open_url)
    monkeypatch.setattr(outreach_dialog, "save_path", save_path)
    return seen


def _olena(window):
    volunteers = window.volunteers.model.data_
    return volunteers.ids[[r[0] for r in volunteers.rows].index("Olena Kovalenko")]


def _run_dialog(qtbot, button, handler):
    """Click ``button`` and let ``handler`` drive the e-mails dialog once it is open."""
    done = []

    def drive(dialog):
        assert isinstance(dialog, outreach_dialog.OutreachDialog)
        try:
            handler(dialog)
        finally:
            done.append(True)
            dialog.reject()

    when_dialog(drive, timeout_ms=15000)
    button.click()
    qtbot.waitUntil(lambda: bool(done), timeout=20000)
    wait_idle(qtbot)


def test_from_a_match_result(qtbot, make_window, demo_url, desktop, caplog):
    caplog.set_level(logging.DEBUG)
    for name in ("sqlalchemy", "volmatch"):
        caplog.set_level(logging.DEBUG, logger=name)
    window = make_window(demo_url)
    window.nav.setCurrentRow(2)
    page = window.matching
    olena = _olena(window)
    page.match_for("volunteer", olena)
    wait_idle(qtbot)
    labels = [r.label for r in page.model.rows]
    page.table.selectRow(labels.index(TUTORING))
    record = window.ctx.backend.get_volunteer(olena)
    checked = {}

    def handler(dialog):
        vol, org = dialog.volunteer, dialog.organization
        assert dialog.tabs.tabText(0) == "To the volunteer (Ukrainian)"
        assert vol.to.text() == record.email and "Репетиторство" in vol.subject.text()
        # the organization's e-mail: nothing personal, and it says what was left out and why
        assert org.to.text() and record.name not in org.body.toPlainText()
        assert record.email not in org.body.toPlainText()
        assert "does not cover passing data to organizations" in org.notes.text()
        assert "Never passed on: year of birth, internal notes." in org.notes.text()
        assert org.ics_button.isEnabled()
        org.open_button.click()
        # the volunteer's Ukrainian text is too long for a link: save it as .eml instead
        when_dialog(lambda box: _choose(box, "Save as .eml…"))
        vol.open_button.click()
        checked["status"] = dialog.status.text()
        org.copy_button.click()
        checked["clipboard"] = QGuiApplication.clipboard().text()

    _run_dialog(qtbot, page.outreach_button, handler)
    [url] = desktop["urls"]
    assert url.startswith("mailto:dobrovolnici@")
    query = dict(p.split("=", 1) for p in urlsplit(url).query.split("&"))
    assert "Doučování" in unquote(query["subject"]) and "Dobrý den" in unquote(query["body"])
    [eml] = desktop["paths"]
    assert eml.name == "message-to-volunteer.eml" and str(eml) in checked["status"]
    assert stat.S_IMODE(eml.stat().st_mode) == 0o600  # personal data: the owner's only
    msg = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert msg["X-Unsent"] == "1" and msg["To"].addresses[0].addr_spec == record.email
    assert [p.get_content_type() for p in msg.iter_attachments()] == ["text/calendar"]
    assert checked["clipboard"].startswith("Zájemce o dobrovolnictví")
    logged = "\n".join(f"{r.getMessage()} {r.args!r}" for r in caplog.records)
    for value in (record.name, record.email, record.phone):
        assert value not in logged  # composing, opening and saving log nothing personal


def _choose(box, text):
    assert isinstance(box, QMessageBox)
    [button] = [b for b in box.buttons() if b.text() == text]
    button.click()


def test_from_a_placement_with_consent_to_pass_contact(qtbot, make_window, demo_url, desktop):
    window = make_window(demo_url)
    backend = window.ctx.backend
    olena = _olena(window)
    record = backend.get_volunteer(olena)
    listing = next(
        i
        for i, r in zip(
            window.opportunities.model.data_.ids, window.opportunities.model.data_.rows, strict=True
        )
        if r[0] == TUTORING
    )

    def agree_and_place(b, _p):
        b.save_volunteer(
            dataclasses.replace(record, consent_scope="matching, contact, organizations")
        )
        b.save_placement(Placement(olena, listing))

    # announced as the app's own change, as the editor and the Record button do
    window.ctx.run(window, agree_and_place, changes=ChangeSet(volunteers=True, placements=True))
    wait_idle(qtbot)
    window.show_page("placements")
    wait_idle(qtbot)
    places = window.placements
    assert not places.outreach_button.isEnabled()
    places.pipeline.selectRow(0)
    assert places.outreach_button.isEnabled()

    def handler(dialog):
        org = dialog.organization
        dialog.tabs.setCurrentWidget(org)
        body = org.body.toPlainText()
        assert record.name in body and record.email in body and record.phone in body
        assert "čeština B1" not in body  # the profile was not agreed to
        assert "the consent covers passing on contact details only" in org.notes.text()
        org.body.setPlainText(body + "\nJana Nováková, koordinátorka")  # edited before saving
        org.ics_button.click()
        org.eml_button.click()

    _run_dialog(qtbot, places.outreach_button, handler)
    ics, eml = desktop["paths"]
    cal = icalendar.Calendar.from_ical(ics.read_bytes())
    (event,) = cal.walk("VEVENT")
    assert cal["METHOD"] == "PUBLISH" and event["SUMMARY"] == TUTORING
    assert "ATTENDEE" not in event
    msg = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert "Jana Nováková, koordinátorka" in msg.get_body(("plain",)).get_content()
    (part,) = list(msg.iter_attachments())
    assert icalendar.Calendar.from_ical(part.get_content())["METHOD"] == "PUBLISH"
    assert window.ctx.settings.outreach_folder == str(eml.parent)  # remembered


def test_from_the_volunteers_placements_list_nothing_leaves_unasked(
    qtbot, make_window, demo_url, desktop
):
    from .test_accessibility import _unnamed

    window = make_window(demo_url)
    window.nav.setCurrentRow(2)
    page = window.matching
    olena = _olena(window)
    page.match_for("volunteer", olena)
    wait_idle(qtbot)
    page.table.selectRow(0)
    page.record_button.click()  # "suggested": a placement in Olena's list
    wait_idle(qtbot)
    wait_idle(qtbot)
    assert page.placement_outreach in page.subject_placements.actions()
    page.subject_placements.setCurrentRow(0)
    title = page.subject_placements.item(0).text()
    seen = {}

    def handler(dialog):
        seen["unnamed"] = _unnamed(dialog.volunteer) + _unnamed(dialog.organization)
        seen["summary"] = dialog.organization.body.toPlainText()
        seen["clipboard"] = QGuiApplication.clipboard().text()

    QGuiApplication.clipboard().setText("before")
    when_dialog(
        lambda d: (handler(d), d.reject()),
        timeout_ms=15000,
    )
    page.placement_outreach.trigger()
    qtbot.waitUntil(lambda: "summary" in seen, timeout=20000)
    wait_idle(qtbot)
    assert seen["unnamed"] == []
    assert seen["summary"].split("„")[1].split("“")[0] in title  # the placement's listing
    # opened and closed: nothing handed to the desktop, written or copied
    assert desktop == {"urls": [], "paths": []} and seen["clipboard"] == "before"


def test_no_consent_to_contact_offers_no_way_to_send(qtbot):
    from volmatch.demo import demo_records
    from volmatch.outreach_mail import compose

    opportunities, volunteers = demo_records()
    only_matching = next(v for v in volunteers if v.consent_scope == "matching")
    listing = next(o for o in opportunities if o.start_date)
    dialog = outreach_dialog.OutreachDialog(compose(only_matching, listing))
    qtbot.addWidget(dialog)
    pane = dialog.volunteer
    assert not pane.open_button.isEnabled() and not pane.eml_button.isEnabled()
    assert not pane.to.isEnabled() and pane.to.text() == ""
    assert "does not cover being contacted" in pane.notes.text()
    assert ".eml" not in pane.notes.text()  # no talk of an attachment that cannot be saved
    assert dialog.organization.open_button.isEnabled()  # the organization may still be told
    assert only_matching.name not in dialog.organization.body.toPlainText()
