"""Consent: who may be matched and contacted, and the matcher honouring it."""

from __future__ import annotations

import datetime as dt

import pytest

from volmatch.domain import LanguageNeed, LanguageSkill, Level, Opportunity, Status, Volunteer
from volmatch.matching import Matcher
from volmatch.privacy import can_contact, can_match, consent_purposes

DAY = dt.date(2026, 1, 10)


@pytest.mark.parametrize(
    ("scope", "matching", "contact"),
    [
        ("matching, contact", True, True),
        ("matching", True, False),
        ("párování a kontaktování", True, True),
        ("Kontakt", False, True),
        ("vše", True, True),
        ("", True, True),  # the standard form's general consent
        ("newsletter", False, False),
    ],
)
def test_scope_words(scope, matching, contact):
    v = Volunteer(name="A", consent_date=DAY, consent_scope=scope)
    assert can_match(v) == (matching, "ok" if matching else "consent_scope")
    assert can_contact(v) == (contact, "ok" if contact else "consent_scope")


def test_no_consent_date_blocks_everything():
    v = Volunteer(name="A", consent_scope="matching, contact")
    assert can_match(v) == (False, "no_consent") and can_contact(v) == (False, "no_consent")
    assert consent_purposes("matching") == {"matching"}


def _pair():
    opp = Opportunity(
        title="Doučování",
        id=1,
        status=Status.PUBLISHED,
        districts=("Praha 7",),
        languages=(LanguageNeed("uk"),),
        interests=("tutoring",),
    )
    common = dict(district="Praha 7", languages=(LanguageSkill("uk", Level.NATIVE),))
    consenting = Volunteer(name="Yes", id=1, consent_date=DAY, consent_scope="matching", **common)
    silent = Volunteer(name="No", id=2, **common)
    return opp, consenting, silent


def test_matcher_with_require_consent_leaves_out_who_did_not_agree():
    opp, consenting, silent = _pair()
    m = Matcher([opp], [consenting, silent], require_consent=True)
    blocked = m.for_volunteer(silent, today=DAY)
    assert blocked.matches == () and blocked.blocked == "no_consent"
    assert [x.opportunity_id for x in m.for_volunteer(consenting, today=DAY).matches] == [1]
    ranking = m.for_opportunity(opp, today=DAY)
    assert [x.volunteer_id for x in ranking.matches] == [1]
    assert ranking.excluded_no_consent == 1
    assert set(m.overview(today=DAY)) == {1}


def test_matcher_without_require_consent_is_unchanged():
    opp, consenting, silent = _pair()
    m = Matcher([opp], [consenting, silent])
    assert m.for_volunteer(silent, today=DAY).blocked == ""
    assert {x.volunteer_id for x in m.for_opportunity(opp, today=DAY).matches} == {1, 2}


@pytest.mark.parametrize(
    ("scope", "contact", "profile"),
    [
        ("matching, contact", False, False),
        ("", False, False),  # the general consent: the coordinator's own use only
        ("vše", False, False),
        ("profile", False, False),  # a profile shared with nobody named
        ("matching, contact, organizations", True, False),
        ("párování, kontakt, předání organizacím", True, False),
        ("matching, contact, organizations, profile", True, True),
        ("sdílení profilu s organizacemi", True, True),
    ],
)
def test_what_may_pass_to_an_organization(scope, contact, profile):
    from volmatch.privacy.consent import SHARE_CONTACT, SHARE_PROFILE, can_share

    v = Volunteer(name="A", consent_date=DAY, consent_scope=scope)
    assert can_share(v, SHARE_CONTACT)[0] is contact
    assert can_share(v, SHARE_PROFILE)[0] is profile
    nobody = Volunteer(name="A", consent_scope=scope)
    assert can_share(nobody, SHARE_CONTACT) == (False, "no_consent")
