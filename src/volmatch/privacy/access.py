"""Access and portability: everything stored about one person, as JSON and as a document.

Both are meant for the person themselves (a subject access request); neither is ever
written anywhere by volmatch unless a coordinator asks for it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from functools import cache
from typing import Any

import jinja2
from sqlalchemy import select
from sqlalchemy.orm import Session

from volmatch import paths
from volmatch.privacy.consent import can_contact, can_match
from volmatch.storage import audit, models
from volmatch.storage import repository as repo
from volmatch.storage.queries import OPP, ORG

FORMAT = "volmatch-person-export/1"
_PLACEMENT = models.Placement.__table__


def _plain(value: Any) -> Any:
    """JSON-ready: dates as ISO text, enums as their values, tuples as lists."""
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if hasattr(value, "value") and not isinstance(value, int | float | str):
        return value.value
    if hasattr(value, "label") and isinstance(value, int):  # Level
        return value.label
    return value


def export_person(
    session: Session, volunteer_id: int, now: dt.datetime | None = None
) -> dict[str, Any] | None:
    """All stored about one volunteer (also from the trash), or None if there is none."""
    person = repo.get_volunteer(session, volunteer_id, include_deleted=True)
    if person is None:
        return None
    deleted_at = session.execute(
        select(models.Volunteer.__table__.c.deleted_at).where(
            models.Volunteer.__table__.c.id == volunteer_id
        )
    ).scalar()
    placements = session.execute(
        select(
            _PLACEMENT.c.id,
            _PLACEMENT.c.state,
            _PLACEMENT.c.created_by,
            _PLACEMENT.c.notes,
            _PLACEMENT.c.created_at,
            _PLACEMENT.c.updated_at,
            OPP.c.id.label("opportunity_id"),
            OPP.c.title,
            ORG.c.name.label("organization"),
        )
        .select_from(
            _PLACEMENT.join(OPP, OPP.c.id == _PLACEMENT.c.opportunity_id).outerjoin(
                ORG, ORG.c.id == OPP.c.organization_id
            )
        )
        .where(_PLACEMENT.c.volunteer_id == volunteer_id)
        .order_by(_PLACEMENT.c.created_at, _PLACEMENT.c.id)
    ).all()
    matchable, match_reason = can_match(person)
    contactable, contact_reason = can_contact(person)
    return {
        "format": FORMAT,
        "exported_at": _plain(now or models.utcnow()),
        "volunteer": _plain(person),
        "in_trash_since": _plain(deleted_at),
        "consent": {
            "date": _plain(person.consent_date),
            "scope": person.consent_scope,
            "matching": matchable,
            "contact": contactable,
            "reasons": [r for r in (match_reason, contact_reason) if r != "ok"],
        },
        "placements": [
            {
                "id": p.id,
                "state": p.state,
                "opportunity": {
                    "id": p.opportunity_id,
                    "title": p.title,
                    "organization": p.organization or "",
                },
                "created_by": p.created_by,
                "notes": p.notes,
                "created_at": _plain(p.created_at),
                "updated_at": _plain(p.updated_at),
            }
            for p in placements
        ],
        "history": [
            {"action": e.action, "fields": list(e.fields), "user": e.user, "at": _plain(e.at)}
            for e in audit.history(session, "volunteer", volunteer_id)
        ],
    }


_LABELS = {
    "en": {
        "title": "Your personal data stored by volmatch",
        "intro": "This is everything the volunteering office stores about you.",
        "profile": "Profile",
        "consent": "Consent",
        "given": "given on",
        "scope": "for",
        "none": "no consent stored",
        "placements": "Placements",
        "history": "Changes to your profile",
        "exported": "Exported",
        "empty": "none",
        "yes": "yes",
        "no": "no",
        "matching": "matching to opportunities",
        "contact": "contacting you",
    },
    "cs": {
        "title": "Vaše osobní údaje uložené v aplikaci volmatch",
        "intro": "Toto je vše, co o vás dobrovolnické centrum uchovává.",
        "profile": "Profil",
        "consent": "Souhlas",
        "given": "udělen dne",
        "scope": "pro",
        "none": "souhlas není uložen",
        "placements": "Umístění",
        "history": "Změny vašeho profilu",
        "exported": "Exportováno",
        "empty": "žádné",
        "yes": "ano",
        "no": "ne",
        "matching": "párování s nabídkami",
        "contact": "kontaktování",
    },
}


@cache
def _environment() -> jinja2.Environment:
    folder = paths.resource("templates", "person")
    return jinja2.Environment(
        loader=jinja2.FunctionLoader(lambda name: (folder / name).read_text(encoding="utf-8")),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_person(data: dict[str, Any], lang: str = "en") -> str:
    """A readable HTML document of :func:`export_person`'s data, for the person."""
    labels = _LABELS.get(lang, _LABELS["en"])
    profile = {k: v for k, v in data["volunteer"].items() if v not in (None, "", [], {}, 0)}
    return (
        _environment()
        .get_template("person.html.j2")
        .render(data=data, profile=profile, t=labels, lang=lang if lang in _LABELS else "en")
    )
