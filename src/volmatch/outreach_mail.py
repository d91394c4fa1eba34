"""Messages as e-mails: a mailto: link (RFC 6068) or an .eml draft (RFC 5322).

Both only ever happen on the user's explicit action (the app's buttons); nothing here
logs, stores or sends anything. ``compose`` gathers the two messages of a pair (to the
volunteer in their language, to the organization in Czech) and the calendar invitation
in each of those languages.

```python
from volmatch.outreach_mail import compose, mailto_url, eml_bytes
o = compose(volunteer, opportunity, organizations)
url = mailto_url(o.volunteer.to, o.volunteer.subject, o.volunteer.body)
too_long = len(url) > MAILTO_LIMIT            # then offer the .eml instead
data = eml_bytes(o.volunteer.to, o.volunteer.to_name, subject, body, lang="uk",
                 invitation=o.volunteer.invitation)
```
"""

from __future__ import annotations

import datetime as dt
import email.policy
import email.utils
from collections.abc import Sequence
from dataclasses import dataclass, field
from email.headerregistry import Address
from email.message import EmailMessage, MIMEPart
from urllib.parse import quote

from volmatch.domain import Opportunity, Organization, Volunteer
from volmatch.outreach_ics import METHOD, Invitation

#: Longest mailto: link handed to the mail program. Windows' URL handlers and Outlook are
#: known to cut links at about 2,000 characters, and percent-encoding makes every Cyrillic
#: letter six characters: a longer message is offered as .eml.
MAILTO_LIMIT = 2000


# The e-mail's own greeting and closing around the message, in the message's language
# (kept as data like exporting.strings: the words follow the volunteer, not the app).
# No name in the greeting: Czech and Ukrainian would need its vocative form.
LETTER = {
    "cs": (
        "Dobrý den,",
        "našli jsme pro vás nabídku dobrovolnictví, která by vám mohla vyhovovat:",
        "Máte-li zájem, odpovězte prosím na tento e-mail. Rádi vám pomůžeme s prvním kontaktem.",
        "S pozdravem",
    ),
    "en": (
        "Hello,",
        "we have found a volunteering opportunity that may suit you:",
        "If you are interested, please reply to this e-mail. We will gladly help you with "
        "the first contact.",
        "Kind regards",
    ),
    "uk": (
        "Добрий день!",
        "Ми знайшли для вас пропозицію волонтерства, яка може вам підійти:",
        "Якщо вас це цікавить, будь ласка, дайте відповідь на цей лист. Ми охоче допоможемо "
        "з першим контактом.",
        "З повагою",
    ),
    "ru": (
        "Здравствуйте!",
        "Мы нашли для вас предложение волонтёрства, которое может вам подойти:",
        "Если вам это интересно, пожалуйста, ответьте на это письмо. Мы с радостью поможем "
        "с первым контактом.",
        "С уважением",
    ),
    "vi": (
        "Xin chào,",
        "Chúng tôi đã tìm thấy một cơ hội tình nguyện có thể phù hợp với bạn:",
        "Nếu bạn quan tâm, vui lòng trả lời e-mail này. Chúng tôi sẵn lòng giúp bạn liên hệ "
        "lần đầu.",
        "Trân trọng",
    ),
}


def letter(lang: str, message: str) -> str:
    """``message`` as an e-mail: greeting, one line of why, the message, how to answer."""
    hello, why, answer, regards = LETTER.get(lang, LETTER["en"])
    return f"{hello}\n\n{why}\n\n{message.strip()}\n\n{answer}\n\n{regards}\n"


@dataclass(frozen=True, slots=True)
class Draft:
    """One e-mail ready for the preview: what goes where, and whether it may."""

    kind: str  # "volunteer" | "organization"
    lang: str
    to: str  # "" when no usable address is recorded
    to_name: str
    subject: str
    body: str
    blocked: str = ""  # why it may not be sent: "no_consent" | "consent_scope" | ""
    address_problem: str = ""  # "missing" | "invalid" | ""
    invitation: Invitation | None = None
    shared: tuple[str, ...] = ()  # organization: the volunteer's fields in the body
    left_out: tuple[tuple[str, str], ...] = ()  # organization: (field, reason)
    notes: tuple[str, ...] = field(default=())  # volunteer: "fell_back", "text_lang:xx"


@dataclass(frozen=True, slots=True)
class Outreach:
    volunteer: Draft
    organization: Draft


def valid_address(address: str) -> bool:
    """A single plain address the e-mail package accepts (no display name, no list)."""
    address = address.strip()
    if not address or any(c in address for c in ' ,;<>"\r\n') or address.count("@") != 1:
        return False
    try:
        Address(addr_spec=address)
    except (ValueError, IndexError):
        return False
    return True


def _address(address: str) -> tuple[str, str]:
    address = (address or "").strip()
    if not address:
        return "", "missing"
    return (address, "") if valid_address(address) else ("", "invalid")


def compose(
    volunteer: Volunteer,
    opportunity: Opportunity,
    organizations: Sequence[Organization] = (),
    *,
    now: dt.datetime | None = None,
) -> Outreach:
    """Both messages of a pair, each with its invitation when the activity is dated."""
    from volmatch.outreach import volunteer_message
    from volmatch.outreach_ics import invitation
    from volmatch.outreach_org import organization_message
    from volmatch.privacy.consent import can_contact

    now = now or dt.datetime.now(dt.UTC)
    m = volunteer_message(volunteer, opportunity, organizations)
    allowed, reason = can_contact(volunteer)
    to, problem = _address(volunteer.email)
    notes = (("fell_back",) if m.fell_back else ()) + (
        (f"text_lang:{m.text_lang}",) if m.text_lang != m.lang else ()
    )
    for_volunteer = Draft(
        "volunteer",
        m.lang,
        to if allowed else "",
        volunteer.name if allowed else "",
        m.subject,
        letter(m.lang, m.body),
        blocked="" if allowed else reason,
        address_problem=problem,
        invitation=invitation(opportunity, volunteer, m.lang, organizations, now=now),
        notes=notes,
    )
    o = organization_message(volunteer, opportunity, organizations)
    to, problem = _address(o.to)
    for_organization = Draft(
        "organization",
        "cs",
        to,
        o.to_name,
        o.subject,
        o.body,
        address_problem=problem,
        invitation=invitation(opportunity, volunteer, "cs", organizations, now=now),
        shared=o.shared,
        left_out=o.left_out,
    )
    return Outreach(for_volunteer, for_organization)


def _crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")


def mailto_url(to: str, subject: str, body: str) -> str:
    """An RFC 6068 mailto: URL: UTF-8 percent-encoded, line breaks as %0D%0A."""
    # "@" may stay in the address; everything else outside RFC 3986's unreserved set is
    # encoded, which every mail program decodes (RFC 6068 section 2).
    address = quote(to.strip(), safe="@") if to else ""
    parts = []
    if subject:
        parts.append("subject=" + quote(subject, safe=""))
    if body:
        parts.append("body=" + quote(_crlf(body), safe=""))
    return f"mailto:{address}" + ("?" + "&".join(parts) if parts else "")


def eml_bytes(
    to: str,
    to_name: str,
    subject: str,
    body: str,
    *,
    lang: str = "cs",
    invitation: Invitation | None = None,
    now: dt.datetime | None = None,
) -> bytes:
    """An unsent draft (X-Unsent: 1 makes Outlook open it for editing) with the
    invitation attached as text/calendar when given; CRLF lines as RFC 5322 says."""
    now = now or dt.datetime.now(dt.UTC)
    msg = EmailMessage(policy=email.policy.SMTP)
    if to:
        msg["To"] = Address(display_name=to_name.strip(), addr_spec=to.strip())
    msg["Subject"] = " ".join(subject.split())  # one line: a header cannot hold breaks
    msg["Date"] = email.utils.format_datetime(now.astimezone(dt.UTC))
    # A fixed domain: the machine's host name has no business in a file sent elsewhere.
    msg["Message-ID"] = email.utils.make_msgid(domain="volmatch.invalid")
    msg["X-Unsent"] = "1"
    text = body.replace("\r\n", "\n")
    # 8bit keeps the saved file readable as text; a line too long for RFC 5322 (998
    # octets) makes the whole part quoted-printable instead.
    short = all(len(line.encode()) <= 900 for line in text.splitlines())
    msg.set_content(text, charset="utf-8", cte="8bit" if short else "quoted-printable")
    msg["Content-Language"] = lang  # after set_content, which clears Content-* headers
    if invitation is not None:
        # method= on the part as RFC 6047 asks, the same as the calendar's own METHOD.
        # MIMEPart, not add_attachment: a part needs no MIME-Version header of its own.
        part = MIMEPart(policy=email.policy.SMTP)
        part.set_content(
            invitation.data.decode("utf-8"),
            subtype="calendar",
            charset="utf-8",
            cte="8bit",  # lines are folded at 75 octets: readable and within limits
            disposition="attachment",
            filename=invitation.filename,
            params={"method": METHOD},
        )
        msg.make_mixed()
        msg.attach(part)
    return msg.as_bytes()
