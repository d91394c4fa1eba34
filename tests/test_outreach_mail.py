"""E-mails of a pair: the organization's only with consented fields, mailto: links as RFC
6068 says, .eml drafts that mail programs and Python's parser read back."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from dataclasses import replace
from urllib.parse import unquote, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from volmatch.demo import demo_records
from volmatch.outreach_mail import MAILTO_LIMIT, compose, eml_bytes, mailto_url, valid_address
from volmatch.outreach_org import CONTACT_FIELDS, PROFILE_FIELDS, organization_message

NOW = dt.datetime(2026, 12, 3, 10, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def pair():
    opportunities, volunteers = demo_records()
    listing = next(
        o for o in opportunities if o.start_date and o.schedule_mask and "uk" in o.translations
    )
    olena = next(v for v in volunteers if v.name == "Olena Kovalenko")
    return replace(listing, id=11, version=2), replace(olena, id=7)


def _personal(v) -> dict[str, str]:
    return {"name": v.name, "email": v.email, "phone": v.phone}


def test_without_consent_to_pass_on_the_organization_gets_nothing_personal(pair):
    listing, olena = pair
    assert olena.consent_scope == "matching, contact"  # no word about organizations
    m = organization_message(olena, listing)
    for value in _personal(olena).values():
        assert value not in m.body
    assert "čeština B1" not in m.body and "Praha 7" in m.body  # the listing's place only
    assert m.shared == ()
    assert {f for f, _ in m.left_out} >= set(CONTACT_FIELDS) | {"languages", "birth_year"}
    assert {r for f, r in m.left_out if f in CONTACT_FIELDS} == {"consent_scope"}
    assert m.to == listing.contact_email and m.subject.startswith("Zájemce o dobrovolnictví")


def test_consent_to_pass_contact_details_only(pair):
    listing, olena = pair
    v = replace(olena, consent_scope="matching, contact, organizations")
    m = organization_message(v, listing)
    assert m.shared == ("name", "email", "phone")
    for value in _personal(v).values():
        assert value in m.body
    assert "čeština B1" not in m.body and "po–pá" not in m.body
    assert {f for f, r in m.left_out if r == "consent_scope"} >= {"languages", "availability"}


def test_consent_to_pass_the_profile_too(pair):
    listing, olena = pair
    v = replace(olena, consent_scope="párování, kontakt, předání organizacím včetně profilu")
    m = organization_message(v, listing)
    assert set(m.shared) == set(CONTACT_FIELDS) | (set(PROFILE_FIELDS) - {"dates"})
    assert "ukrajinština (rodilý mluvčí), čeština B1" in m.body
    assert "po–pá večer" in m.body
    assert str(v.birth_year) not in m.body and v.notes not in m.body
    assert m.left_out == (("birth_year", "never"), ("notes", "never"))


def test_no_consent_date_passes_nothing_whatever_the_scope(pair):
    listing, olena = pair
    v = replace(olena, consent_date=None, consent_scope="organizations, profile")
    m = organization_message(v, listing)
    assert m.shared == () and v.name not in m.body
    assert {r for _, r in m.left_out} == {"no_consent", "never"}


def test_general_consent_does_not_cover_passing_on(pair):
    listing, olena = pair
    for scope in ("", "vše", "all"):
        m = organization_message(replace(olena, consent_scope=scope), listing)
        assert m.shared == (), scope


def test_compose_blocks_the_volunteer_email_without_contact_consent(pair):
    listing, olena = pair
    o = compose(replace(olena, consent_scope="matching"), listing, now=NOW)
    assert o.volunteer.blocked == "consent_scope" and o.volunteer.to == ""
    o = compose(olena, listing, now=NOW)
    assert o.volunteer.blocked == "" and o.volunteer.to == olena.email
    assert o.volunteer.lang == "uk" and o.organization.lang == "cs"
    assert o.volunteer.invitation.lang == "uk" and o.organization.invitation.lang == "cs"
    bad = compose(replace(olena, email="olena at example"), listing, now=NOW)
    assert bad.volunteer.to == "" and bad.volunteer.address_problem == "invalid"


@pytest.mark.parametrize(
    ("address", "ok"),
    [
        ("a@example.org", True),
        ("Olena <a@example.org>", False),
        ("a@example.org, b@example.org", False),
        ("a@@example.org", False),
        ("", False),
    ],
)
def test_valid_address(address, ok):
    assert valid_address(address) is ok


def test_mailto_url_is_percent_encoded_utf8_with_crlf():
    url = mailto_url("a+b@example.org", "Dobrý den & vítejte?", "řádek 1\nřádek 2 = 100%")
    parts = urlsplit(url)
    assert parts.scheme == "mailto" and url.isascii() and " " not in url
    assert unquote(parts.path) == "a+b@example.org"
    query = dict(p.split("=", 1) for p in parts.query.split("&"))
    assert unquote(query["subject"]) == "Dobrý den & vítejte?"
    assert unquote(query["body"]) == "řádek 1\r\nřádek 2 = 100%"
    assert "%0D%0A" in query["body"]


def test_a_ukrainian_message_is_too_long_for_mailto(pair):
    listing, olena = pair
    o = compose(olena, listing, now=NOW)
    url = mailto_url(o.volunteer.to, o.volunteer.subject, o.volunteer.body)
    assert len(url) > MAILTO_LIMIT  # Cyrillic: six characters a letter once encoded


def test_eml_is_an_unsent_utf8_draft_with_the_invitation(pair):
    listing, olena = pair
    o = compose(olena, listing, now=NOW).volunteer
    data = eml_bytes(
        o.to, o.to_name, o.subject, o.body, lang=o.lang, invitation=o.invitation, now=NOW
    )
    assert data.isascii() is False and b"\r\n" in data  # 8bit UTF-8, CRLF lines
    for line in data.split(b"\r\n"):
        assert len(line) <= 998
    msg = email.message_from_bytes(data, policy=email.policy.default)
    assert msg["X-Unsent"] == "1"
    assert msg["To"].addresses[0].addr_spec == olena.email
    assert msg["To"].addresses[0].display_name == olena.name
    assert msg["Subject"] == o.subject
    assert email.utils.parsedate_to_datetime(msg["Date"]) == NOW
    assert msg["Message-ID"].endswith("@volmatch.invalid>")
    body = msg.get_body(("plain",))
    assert body.get_content().replace("\r\n", "\n").strip() == o.body.strip()
    assert body["Content-Language"] == "uk"
    (calendar,) = [p for p in msg.iter_attachments() if p.get_content_type() == "text/calendar"]
    assert calendar.get_param("method") == "PUBLISH"
    assert calendar.get_content().encode() == o.invitation.data.decode().encode()


def test_eml_without_recipient_or_invitation_and_with_a_long_line():
    data = eml_bytes("", "", "Předmět\nna dvou řádcích", "x" * 2000, lang="cs")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    assert msg["To"] is None and msg["Subject"] == "Předmět na dvou řádcích"
    assert msg["Content-Transfer-Encoding"] == "quoted-printable"
    assert msg.get_content().strip() == "x" * 2000


def test_the_volunteers_email_greets_and_closes_in_their_language(pair):
    from volmatch.outreach import MESSAGE_LANGS
    from volmatch.outreach_mail import LETTER

    listing, olena = pair
    body = compose(olena, listing, now=NOW).volunteer.body
    assert body.startswith("Добрий день!\n\nМи знайшли") and "З повагою" in body
    assert listing.translations["uk"].title in body
    assert olena.name not in body  # no vocative guesswork, no personal data
    assert set(LETTER) == set(MESSAGE_LANGS)


@given(st.text(), st.text())
def test_mailto_round_trips_any_text(subject, body):
    url = mailto_url("a@example.org", subject, body)
    assert url.isascii() and not any(c in url for c in " \r\n#")
    query = urlsplit(url).query
    fields = dict(p.split("=", 1) for p in query.split("&")) if query else {}
    assert unquote(fields.get("subject", "")) == subject
    expected = body.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
    assert unquote(fields.get("body", "")) == expected
