"""Where the accessibility statement asks readers to send feedback: an e-mail address or a
web page, one setting the whole team shares (stored in the database, ``app_setting``).

The app's publish dialog edits it and ``volmatch export`` uses it unless ``--contact``
says otherwise; empty means the statement names the city's website.
"""

from __future__ import annotations

from typing import Any

from volmatch.exporting.safety import mailto, safe_url

CONTACT_KEY = "publish.accessibility_contact"


def contact_href(text: str | None) -> str:
    """The link a contact becomes in the statement (mailto: or http(s)), "" when it is
    neither an e-mail address nor a web page."""
    text = (text or "").strip()
    return mailto(text) or safe_url(text)


def is_valid_contact(text: str | None) -> bool:
    """Empty (the city's website is named instead), an e-mail address or a web page."""
    return not (text or "").strip() or bool(contact_href(text))


def stored_contact(session: Any) -> str:
    """The contact stored for this database, "" when none is (or it is unusable)."""
    from volmatch.storage.shared_settings import get_setting

    value = get_setting(session, CONTACT_KEY)
    return value.strip() if isinstance(value, str) and is_valid_contact(value) else ""


def save_contact(session: Any, text: str | None) -> str:
    """Store the contact for every user of the database ("" removes it); what is stored.
    Raises ValueError for text that is neither an e-mail address nor a web page."""
    from volmatch.storage.shared_settings import set_setting

    text = (text or "").strip()
    if not is_valid_contact(text):
        raise ValueError(f"not an e-mail address or a web page: {text!r}")
    set_setting(session, CONTACT_KEY, text or None)
    return text
