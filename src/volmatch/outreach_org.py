"""An e-mail to a listing's organization introducing a volunteer, in Czech.

The organizations are Czech NGOs, so the e-mail is always written in Czech, whatever
the app's language; its sentences are content, like the website's phrases. It carries
only what the volunteer agreed to pass on (``privacy.consent.can_share``): contact
details when the consent scope names organizations, the profile (languages, days and
times, home district, interests, dates) when it also names the profile. What was left
out, and why, is returned as codes for the app to say in the user's language.

```python
from volmatch.outreach_org import organization_message
m = organization_message(volunteer, opportunity, organizations)
m.to, m.to_name, m.subject, m.body, m.shared, m.left_out   # left_out: ((field, reason), ...)
```
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from volmatch.domain import Opportunity, Organization, Volunteer

#: Fields passed on with consent to pass contact details / the profile.
CONTACT_FIELDS = ("name", "email", "phone")
PROFILE_FIELDS = ("languages", "availability", "district", "interests", "dates")

_LABELS = {
    "name": "Jméno",
    "email": "E-mail",
    "phone": "Telefon",
    "languages": "Jazyky",
    "availability": "Kdy může",
    "district": "Bydlí v městské části",
    "interests": "Zájmy",
    "dates": "K dispozici",
}
_NATIVE = "rodilý mluvčí"


@dataclass(frozen=True, slots=True)
class OrganizationMessage:
    to: str  # the listing's contact address, else the organization's ("" when none)
    to_name: str  # the organization's name
    subject: str
    body: str
    shared: tuple[str, ...]  # fields of the volunteer in the body (CONTACT/PROFILE_FIELDS)
    left_out: tuple[tuple[str, str], ...]  # (field, reason): "no_consent" | "consent_scope"
    #                                         | "never" (NEVER_SHARED, whatever the scope)


def organization_message(
    volunteer: Volunteer,
    opportunity: Opportunity,
    organizations: Sequence[Organization] = (),
) -> OrganizationMessage:
    """The Czech introduction of ``volunteer`` for ``opportunity``'s organization."""
    from volmatch.exporting.names import Names
    from volmatch.exporting.public import to_listing
    from volmatch.exporting.words import Words
    from volmatch.privacy.consent import NEVER_SHARED, SHARE_CONTACT, SHARE_PROFILE, can_share

    names = Names.default()
    words = Words(names, "cs")
    by_name = {o.name: o for o in organizations}
    listing = to_listing(opportunity, by_name)
    values = _values(volunteer, names, words)
    shared: list[str] = []
    left_out: list[tuple[str, str]] = []
    for purpose, fields in ((SHARE_CONTACT, CONTACT_FIELDS), (SHARE_PROFILE, PROFILE_FIELDS)):
        allowed, reason = can_share(volunteer, purpose)
        for field in fields:
            if not values.get(field):
                continue  # nothing recorded: nothing to leave out
            if allowed:
                shared.append(field)
            else:
                left_out.append((field, reason))
    left_out += [(f, "never") for f in NEVER_SHARED if getattr(volunteer, f, None)]
    title = listing.text("cs").title
    body = _body(listing, words, title, [(f, values[f]) for f in shared])
    org = by_name.get(opportunity.organization)
    to = listing.contact_email or (org.email if org else "")
    subject = f"Zájemce o dobrovolnictví: {title}"
    return OrganizationMessage(
        to, opportunity.organization, subject, body, tuple(shared), tuple(left_out)
    )


def _values(volunteer: Volunteer, names, words) -> dict[str, str]:
    """Each field worded in Czech ("" when nothing is recorded)."""
    from volmatch.reference.availability import format_availability

    spoken = sorted(volunteer.languages, key=lambda s: -(s.level or 0))
    languages = ", ".join(
        names.language(s.code, "cs")
        + (f" ({_NATIVE})" if s.level is not None and s.level.label == "native" else "")
        + (f" {s.level.label}" if s.level is not None and s.level.label != "native" else "")
        for s in spoken
    )
    availability = format_availability(volunteer.availability_mask, "cs") or (
        volunteer.availability.strip()
    )
    start, end = volunteer.available_from, volunteer.available_until
    dates = " ".join(
        part
        for part in (
            f"od {words.date(start)}" if start else "",
            f"do {words.date(end)}" if end else "",
        )
        if part
    )
    return {
        "name": volunteer.name.strip(),
        "email": volunteer.email.strip(),
        "phone": volunteer.phone.strip(),
        "languages": languages,
        "availability": availability,
        "district": names.district(volunteer.district) if volunteer.district else "",
        "interests": ", ".join(names.interest(t, "cs") for t in volunteer.interest_tags),
        "dates": dates,
    }


def _body(listing, words, title: str, facts: list[tuple[str, str]]) -> str:
    when = words.when(listing)
    about = f"„{title}“"
    lines = ["Dobrý den,", ""]
    if any(field == "name" for field, _ in facts):
        lines += [
            f"rádi bychom vám představili zájemce o vaši nabídku dobrovolnictví {about}.",
            "Souhlasil(a) s tím, abychom vám předali tyto údaje:",
            "",
            *(f"{_LABELS[field]}: {value}" for field, value in facts),
            "",
            "Ozvěte se prosím přímo jemu/jí, nebo odpovězte na tento e-mail.",
        ]
    else:
        lines += [
            f"máme zájemce o vaši nabídku dobrovolnictví {about}.",
            "Dotyčný(á) nám zatím nedal(a) souhlas s předáním svých údajů, proto je tu "
            "neuvádíme. Je-li nabídka stále aktuální, odpovězte nám prosím a spojení "
            "zprostředkujeme.",
        ]
        if facts:
            lines += ["", *(f"{_LABELS[field]}: {value}" for field, value in facts)]
    where = words.where(listing)
    lines += ["", f"Nabídka: {title}"]
    lines += [f"{label}: {value}" for label, value in (("Kde", where), ("Kdy", when)) if value]
    lines += ["", "S pozdravem", ""]
    return "\n".join(lines)
