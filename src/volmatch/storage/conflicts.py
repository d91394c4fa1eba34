"""Two people edited the same record: both versions side by side, merged field by field.

Saving a record whose ``version`` is older than the stored one raises
``DatabaseError(CONFLICT)`` and changes nothing. The GUI then calls
:func:`conflict_for` to show "mine" (the unsaved edit) next to "theirs" (what is
stored now), lets the user pick per field, and saves the result of :func:`merge`,
which carries the stored version so that the save goes through.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy.orm import Session

from volmatch.domain import Opportunity, Placement, Volunteer
from volmatch.storage import audit

Record = Opportunity | Volunteer
Choice = Literal["mine", "theirs"]
# Kept by the storage, never chosen by the user.
_BOOKKEEPING = frozenset({"id", "version", "created_at", "updated_at"})


@dataclass(frozen=True, slots=True)
class Conflict:
    """An unsaved edit (``mine``) against the stored record (``theirs``).

    ``theirs`` is None when the record was deleted for good; ``deleted`` says it is in
    the trash. ``their_changes`` are the fields others saved since ``base_version``
    (from the audit trail), ``changed_by`` who saved them.
    """

    mine: Record
    theirs: Record | None
    base_version: int | None
    their_version: int | None
    differing_fields: tuple[str, ...]
    their_changes: tuple[str, ...] = ()
    changed_by: tuple[str, ...] = ()
    deleted: bool = False

    def suggested_choices(self) -> dict[str, Choice]:
        """Theirs where only they changed a field (per the audit trail), mine elsewhere."""
        theirs_only = set(self.their_changes)
        return {f: "theirs" if f in theirs_only else "mine" for f in self.differing_fields}


def editable_fields(record: Record | Placement) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(record) if f.name not in _BOOKKEEPING)


def _entity(record: Record) -> str:
    if isinstance(record, Opportunity):
        return "opportunity"
    if isinstance(record, Volunteer):
        return "volunteer"
    raise TypeError(f"no conflicts for {type(record).__name__}")


def differing(a: Any, b: Any) -> tuple[str, ...]:
    """Fields (in the record's order) whose values differ."""
    return tuple(f for f in editable_fields(a) if getattr(a, f) != getattr(b, f))


def conflict_for(session: Session, record: Record) -> Conflict | None:
    """The conflict ``record`` would meet if saved now, or None if it would save cleanly."""
    from volmatch.storage import repository  # the repository re-exports this module

    entity = _entity(record)
    if record.id is None:
        return None
    get = repository.get_opportunity if entity == "opportunity" else repository.get_volunteer
    theirs = get(session, record.id, include_deleted=True)
    if theirs is None:
        return Conflict(record, None, record.version, None, editable_fields(record))
    deleted = get(session, record.id) is None
    if record.version is None or record.version == theirs.version:
        return None
    their_changes: set[str] = set()
    users: dict[str, None] = {}
    for entry in audit.history(session, entity, record.id):
        if record.updated_at is None or entry.at > record.updated_at:
            their_changes.update(entry.fields)
            users[entry.user] = None
    fields = differing(record, theirs)
    return Conflict(
        mine=record,
        theirs=theirs,
        base_version=record.version,
        their_version=theirs.version,
        differing_fields=fields,
        their_changes=tuple(f for f in fields if f in their_changes),
        changed_by=tuple(users),
        deleted=deleted,
    )


def merge(
    mine: Record, theirs: Record, choices: Mapping[str, Choice], default: Choice = "mine"
) -> Record:
    """A record ready to save: each differing field from the side chosen for it (``default``
    for those not named), the stored version, so the save overwrites nothing unseen."""
    fields = set(editable_fields(mine))
    unknown = set(choices) - fields
    if unknown:
        raise ValueError(f"not fields of the record: {', '.join(sorted(unknown))}")
    bad = {c for c in (*choices.values(), default) if c not in ("mine", "theirs")}
    if bad:
        raise ValueError(f"a choice is 'mine' or 'theirs', not {', '.join(map(repr, bad))}")
    values = {
        f: getattr(theirs if choices.get(f, default) == "theirs" else mine, f)
        for f in differing(mine, theirs)
    }
    return dataclasses.replace(
        mine, **values, id=theirs.id, version=theirs.version, updated_at=theirs.updated_at
    )
