"""Escaping rules for text that leaves volmatch for the public web.

HTML escaping itself is Jinja2's autoescape; this module holds what autoescape
cannot know: which links may be followed, how to embed JSON in a script element,
which characters XML forbids, and how to keep spreadsheet cells from being formulas.
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any
from urllib.parse import quote, unquote, urlsplit, urlunsplit

import orjson

_SAFE_SCHEMES = ("http", "https", "mailto")
# XML 1.0 forbids most C0 controls; feeds with them fail in every parser.
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_EMAIL = re.compile(r"^[^@\s<>\"'()\[\]\\,;:]+@[^@\s<>\"'()\[\]\\,;:]+\.[^@\s<>\"'()\[\]\\,;:]+$")
_PHONE_JUNK = re.compile(r"[^0-9+]")
# Cells starting with these are read as formulas by Excel and LibreOffice.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def xml_text(text: str | None) -> str:
    """The text without characters that XML 1.0 cannot carry."""
    return _XML_FORBIDDEN.sub("", text or "")


def _invisible(text: str) -> bool:
    """Right-to-left overrides, zero-width and other invisible or control characters:
    they make a link read differently from where it leads."""
    return any(unicodedata.category(c) in ("Cf", "Cc", "Co", "Cn", "Zl", "Zp") for c in text)


def ascii_host(host: str) -> str:
    """``host`` as it travels (punycode ``xn--``): a look-alike name ("раypal.com" with
    Cyrillic letters) then reads as what it is; "" when it is no valid name."""
    if host.isascii():
        return host
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return ""


def safe_url(url: str | None) -> str:
    """The link if it is http(s) with a host or a mailto address, else "" (never javascript:
    etc.). Invisible characters refuse the link; a non-ASCII host is published in punycode;
    a mailto keeps its address only (no ?bcc= or other headers)."""
    url = xml_text(url).strip()
    if not url or " " in url or _invisible(url):
        return ""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is no number
    except ValueError:
        return ""
    scheme = parts.scheme.lower()
    if scheme not in _SAFE_SCHEMES:
        return ""
    if scheme == "mailto":
        return mailto(unquote(parts.path))
    host = parts.hostname or ""
    if not parts.netloc or not host or parts.username or parts.password:
        return ""
    plain = ascii_host(host)
    if not plain:
        return ""
    if plain != host:
        netloc = plain + (f":{parts.port}" if parts.port else "")
        url = urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
    return url


def mailto(email: str | None) -> str:
    """A mailto: link for a plausible address (its domain in punycode), else ""."""
    email = (email or "").strip()
    if not _EMAIL.match(email) or _invisible(email):
        return ""
    local, _, domain = email.rpartition("@")
    domain = ascii_host(domain)
    if not domain or not local.isascii():
        return ""
    return "mailto:" + quote(f"{local}@{domain}", safe="@.+-_")


def tel(phone: str | None) -> str:
    """A ``tel:`` IRI (RFC 3966 global number when it starts with + or 00), "" without digits."""
    digits = _PHONE_JUNK.sub("", phone or "")
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    digits = digits[:1] + digits[1:].replace("+", "")
    if sum(c.isdigit() for c in digits) < 3:
        return ""
    if not digits.startswith("+") and len(digits) == 9:
        digits = "+420" + digits  # a Czech number written without its country code
    return "tel:" + digits


def json_for_script(data: Any) -> str:
    """JSON safe inside <script type="application/ld+json">: no "</", "<!--", "]]>" or line separators."""
    try:
        text = orjson.dumps(data, option=orjson.OPT_SORT_KEYS).decode("utf-8")
    except orjson.JSONEncodeError:  # e.g. an integer beyond 64 bits
        text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def csv_cell(value: Any) -> str:
    """A spreadsheet cell that Excel shows as text, never runs (=, +, -, @, tab, CR prefixed with ')."""
    if value is None:
        return ""
    text = str(value)
    if text.startswith(FORMULA_START):
        return "'" + text
    return text
