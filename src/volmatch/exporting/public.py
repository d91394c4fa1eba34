"""What of a listing the public may see, and which listings are published.

:class:`Listing` is the only shape the writers get: built from
:class:`~volmatch.domain.Opportunity` field by field, so internal notes and
anything not named here can never reach an output by accident.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import quote

from volmatch.domain import (
    Commitment,
    LanguageNeed,
    Opportunity,
    Organization,
    Scope,
    Status,
)
from volmatch.exporting.safety import mailto, safe_url, xml_text
from volmatch.text import clean, fold

EPOCH = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
# Anything clean() or xml_text() would change: most texts have none of it.
_UNTIDY = re.compile("[\x00-\x09\x0b-\x1f\xa0\ufffe\uffff]| [ \n]|\\s\n|\n\\s|^\\s|\\s$")


def _tidy(text: str | None) -> str:
    """``xml_text(clean(text))``, without the work for text that needs none."""
    if not text:
        return ""
    if text.isprintable():  # one line, no control characters, tabs or odd spaces
        if "  " in text or text[0] == " " or text[-1] == " ":
            return xml_text(clean(text))
        return text
    if _UNTIDY.search(text) is None:
        return text
    return xml_text(clean(text))


# Where an untranslated listing is read instead, after the reader's own language:
# per reader's language, else DEFAULT_FALLBACK. ``fallback_order()`` changes it for an export.
DEFAULT_FALLBACK = ("en", "cs")
FALLBACK_ORDER: dict[str, tuple[str, ...]] = {}


@contextmanager
def fallback_order(order: dict[str, tuple[str, ...]] | None) -> Iterator[None]:
    """Use ``order`` ({reader's language: languages to try}) while the block runs."""
    saved = dict(FALLBACK_ORDER)
    if order:
        FALLBACK_ORDER.update({k: tuple(v) for k, v in order.items()})
    try:
        yield
    finally:
        FALLBACK_ORDER.clear()
        FALLBACK_ORDER.update(saved)


@dataclass(frozen=True, slots=True)
class Text:
    lang: str
    title: str
    description: str


@dataclass(frozen=True, slots=True)
class PublicOrganization:
    name: str
    email: str = ""
    phone: str = ""
    website: str = ""


@dataclass(frozen=True, slots=True)
class Listing:
    """A published listing as the public sees it (every link already checked)."""

    key: str  # file name part, stable for a record: its id, else a hash of external_id
    uid: str  # iCalendar UID / Atom id part: from external_id, else id
    texts: dict[str, Text]  # by language; the source language first
    source_lang: str
    organization: PublicOrganization
    scope: Scope
    districts: tuple[str, ...]
    district_text: str
    address: str
    latitude: float | None
    longitude: float | None
    languages: tuple[LanguageNeed, ...]  # required first, then by code
    interests: tuple[str, ...]
    commitment: Commitment
    start_date: dt.date | None
    end_date: dt.date | None
    schedule: str
    schedule_mask: int
    capacity: int | None
    min_age: int | None
    accessibility: str
    contact_email: str
    contact_mailto: str
    contact_phone: str
    url: str
    valid_until: dt.date | None
    created: dt.datetime
    updated: dt.datetime
    external_id: str | None
    language_codes: tuple[str, ...] = ()  # the codes of ``languages``, in that order

    def text(self, lang: str) -> Text:
        """The text in ``lang``, else in its fallback languages (default English, Czech),
        the source language, any."""
        text = self.texts.get(lang)
        if text is not None:
            return text
        for candidate in (*FALLBACK_ORDER.get(lang, DEFAULT_FALLBACK), self.source_lang):
            text = self.texts.get(candidate)
            if text is not None:
                return text
        return next(iter(self.texts.values()))

    @property
    def is_event(self) -> bool:
        """A one-off activity on known dates (schema.org Event, an iCalendar event)."""
        return self.commitment is Commitment.ONE_OFF and self.start_date is not None

    @property
    def sort_key(self) -> tuple[str, str]:
        return (fold(self.text("cs").title), self.key)


def aware(value: dt.datetime | None) -> dt.datetime | None:
    """Naive times are stored as UTC."""
    if value is None:
        return None
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def newest_time(records: Iterable[Opportunity]) -> dt.datetime:
    """The export's "now" when none is given: the newest change in the data, so output is reproducible."""
    newest = EPOCH
    for r in records:
        t = aware(r.updated_at or r.created_at)
        if t is not None and t > newest:
            newest = t
    return newest.replace(microsecond=0)


def is_published(record: Opportunity, today: dt.date) -> bool:
    """Published and still valid on ``today`` (neither its listing date nor its end date passed)."""
    if record.status is not Status.PUBLISHED:
        return False
    if record.valid_until is not None and record.valid_until < today:
        return False
    return not (record.end_date is not None and record.end_date < today)


_KEY_SAFE = re.compile(r"[^A-Za-z0-9_-]")


def _key(record: Opportunity) -> str:
    if record.id is not None:
        return str(record.id)
    basis = record.external_id or f"{record.organization}\x1f{record.title}"
    return "x" + hashlib.sha1(basis.encode()).hexdigest()[:12]


def _uid(record: Opportunity) -> str:
    if record.external_id:
        return "ext-" + quote(record.external_id, safe="")
    if record.id is not None:
        return f"id-{record.id}"
    return _key(record)


def _texts(record: Opportunity) -> dict[str, Text]:
    texts: dict[str, Text] = {}
    source = (record.source_lang or "cs").lower()
    # clean() leaves something exactly when the text is not all white space
    if record.title and not record.title.isspace():
        texts[source] = Text(source, _tidy(record.title), _tidy(record.description))
    for lang in sorted(record.translations):
        tr = record.translations[lang]
        code = lang.lower()
        if code not in texts and tr.title and not tr.title.isspace():
            texts[code] = Text(code, _tidy(tr.title), _tidy(tr.description))
    if not texts:
        texts[source] = Text(source, "—", "")
    return texts


_contacts: dict[str | None, tuple[str, str]] = {}


def _contact(email: str | None) -> tuple[str, str]:
    """(the address, its mailto: link), both "" unless plausible; organisations reuse
    a few addresses over many listings, so each is checked once."""
    value = _contacts.get(email)
    if value is None:
        address = email.strip() if mailto(email) else ""
        value = (address, mailto(address))
        if len(_contacts) < 100_000:
            _contacts[email] = value
    return value


# A plain http(s) link to a host name: what safe_url() returns unchanged, without urlsplit.
_PLAIN_URL = re.compile(r"https?://[A-Za-z0-9.-]+(?::[0-9]+)?(?:[/?#][!-~]*)?")


def _url(url: str | None) -> str:
    if url and url.isascii() and url.isprintable() and _PLAIN_URL.fullmatch(url):
        return url
    return safe_url(url)


def _public_organization(
    name: str, organizations: dict[str, Organization] | None
) -> PublicOrganization:
    org = (organizations or {}).get(name)
    return PublicOrganization(
        name=_tidy(name),
        email=(org.email.strip() if org and mailto(org.email) else ""),
        phone=_tidy(org.phone) if org else "",
        website=safe_url(org.website) if org else "",
    )


def _to_second(value: dt.datetime) -> dt.datetime:
    """``aware(value)`` to the whole second, in one step (four times a listing)."""
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC, microsecond=0)
    return value.astimezone(dt.UTC).replace(microsecond=0)


def to_listing(
    record: Opportunity,
    organizations: dict[str, Organization] | None = None,
    public_orgs: dict[str, PublicOrganization] | None = None,
) -> Listing:
    """The public projection of one record (never ``notes``, never volunteer data).
    ``public_orgs``: the organisations' public parts made so far, by name (filled here;
    a city's listings come from a few hundred organisations)."""
    public_org = (public_orgs or {}).get(record.organization)
    if public_org is None:
        public_org = _public_organization(record.organization, organizations)
        if public_orgs is not None:
            public_orgs[record.organization] = public_org
    first = record.created_at or record.updated_at
    created = _to_second(first) if first is not None else EPOCH
    updated = _to_second(record.updated_at) if record.updated_at is not None else created
    email, email_link = _contact(record.contact_email)
    needs = tuple(
        sorted(
            {n.code: n for n in record.languages}.values(), key=lambda n: (not n.required, n.code)
        )
    )
    return Listing(
        key=_key(record),
        uid=_uid(record),
        texts=_texts(record),
        source_lang=(record.source_lang or "cs").lower(),
        organization=public_org,
        scope=record.scope,
        districts=tuple(sorted(set(record.districts))),
        district_text=_tidy(record.district_text),
        address=_tidy(record.address),
        latitude=record.latitude,
        longitude=record.longitude,
        languages=needs,
        language_codes=tuple(n.code for n in needs),
        interests=tuple(sorted(set(record.interests))),
        commitment=record.commitment,
        start_date=record.start_date,
        end_date=record.end_date,
        schedule=_tidy(record.schedule),
        schedule_mask=record.schedule_mask,
        capacity=record.capacity,
        min_age=record.min_age,
        accessibility=_tidy(record.accessibility),
        contact_email=email,
        contact_mailto=email_link,
        contact_phone=_tidy(record.contact_phone),
        url=_url(record.url),
        valid_until=record.valid_until,
        created=created,
        updated=updated,
        external_id=record.external_id,
    )


def select(
    records: Sequence[Opportunity],
    *,
    today: dt.date,
    districts: frozenset[str] | None = None,
    lang: str | None = None,
    organizations: Sequence[Organization] = (),
) -> list[Listing]:
    """Published, valid listings (of ``districts``, usable in ``lang``), in a stable order."""
    orgs = {o.name: o for o in organizations}
    public_orgs: dict[str, PublicOrganization] = {}
    out: list[Listing] = []
    seen: set[str] = set()
    for record in records:
        if not is_published(record, today):
            continue
        if districts is not None and (
            record.scope is not Scope.DISTRICTS or not districts.intersection(record.districts)
        ):
            continue
        listing = to_listing(record, orgs, public_orgs)
        if lang and lang not in listing.texts and all(n.code != lang for n in listing.languages):
            continue
        if (
            listing.key in seen
        ):  # two records claiming one id: keep the first, never overwrite a page
            continue
        seen.add(listing.key)
        out.append(listing)
    out.sort(key=lambda item: item.sort_key)
    return out
