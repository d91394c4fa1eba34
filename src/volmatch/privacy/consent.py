"""Consent: what a volunteer agreed to, read from ``consent_date`` and ``consent_scope``.

A profile without a consent date may be neither matched nor contacted. The scope is
free text from forms and spreadsheets ("matching, contact", "párování a kontakt",
"vše"); an empty scope with a date is the general consent of the standard form and
covers both purposes. A scope naming neither purpose covers neither.
"""

from __future__ import annotations

import re

from volmatch.domain import Volunteer
from volmatch.text import fold

MATCHING = "matching"
CONTACT = "contact"
OK = "ok"
NO_CONSENT = "no_consent"  # no consent date stored
CONSENT_SCOPE = "consent_scope"  # consent given, but not for this purpose

# Folded word stems people write for each purpose; "all" words cover both.
_WORDS = {
    MATCHING: ("match", "parovan", "parovat", "zprostredk", "nabid", "doporuc"),
    CONTACT: ("contact", "kontakt", "oslov", "email", "telefon", "phone"),
}
_ALL = ("all", "vse", "vsechn", "full", "uplny", "gdpr", "general", "obecny")


def consent_purposes(scope: str) -> frozenset[str]:
    """The purposes a scope text covers."""
    words = re.findall(r"\w+", fold(scope or ""))
    if not words:
        return frozenset((MATCHING, CONTACT))
    if any(w.startswith(_ALL) for w in words):
        return frozenset((MATCHING, CONTACT))
    return frozenset(p for p, stems in _WORDS.items() if any(w.startswith(stems) for w in words))


def _allowed(volunteer: Volunteer, purpose: str, read=None) -> tuple[bool, str]:
    """Consent recorded and its scope, as ``read`` (default ``consent_purposes``) reads
    it, covering ``purpose``."""
    if volunteer.consent_date is None:
        return False, NO_CONSENT
    if purpose not in (read or consent_purposes)(volunteer.consent_scope):
        return False, CONSENT_SCOPE
    return True, OK


def can_match(volunteer: Volunteer) -> tuple[bool, str]:
    """Whether the person agreed to be matched to listings, and the reason code if not."""
    return _allowed(volunteer, MATCHING)


def can_contact(volunteer: Volunteer) -> tuple[bool, str]:
    """Whether the person agreed to be contacted about listings, and the reason code if not."""
    return _allowed(volunteer, CONTACT)


# --- passing details on to a listing's organization --------------------------------
# Passing data to a third party must be named in the scope ("matching, contact,
# organizations"): the standard form's general consent (an empty scope) and "vše" cover
# the coordinator's own matching and contact only, never handing the profile on.
SHARE_CONTACT = "share_contact"  # name, e-mail and phone
SHARE_PROFILE = "share_profile"  # languages, availability, home district, interests
_SHARE_WORDS = ("organi", "preda", "share", "sdil", "third")
_PROFILE_WORDS = ("profil",)

#: Never passed on, whatever the scope: internal notes, year of birth, consent details.
NEVER_SHARED = ("birth_year", "notes")


def sharing_purposes(scope: str) -> frozenset[str]:
    """What a scope allows to pass to a listing's organization: contact details when it
    names organizations or sharing, the profile too when it also names the profile."""
    words = re.findall(r"\w+", fold(scope or ""))
    if not any(w.startswith(_SHARE_WORDS) for w in words):
        return frozenset()
    if any(w.startswith(_PROFILE_WORDS) for w in words):
        return frozenset((SHARE_CONTACT, SHARE_PROFILE))
    return frozenset((SHARE_CONTACT,))


def can_share(volunteer: Volunteer, what: str) -> tuple[bool, str]:
    """Whether ``what`` (SHARE_CONTACT or SHARE_PROFILE) may go to an organization."""
    return _allowed(volunteer, what, sharing_purposes)
