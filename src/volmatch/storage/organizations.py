"""Organisations as records: listed with their listings, renamed, two of one NGO merged,
and marked as accredited under the volunteer-service act (zákon č. 198/2002 Sb.).

Renaming or merging changes what every listing of the organisation shows, so those
listings get a new version (an editor holding the old one meets a conflict instead of
re-creating the old name) and an audit line naming the field "organization". The
organisation itself gets an "update" line (fields "name" or "merged"); one merged
away gets a "purge" line with "merged".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from volmatch.reference.orgnames import name_key
from volmatch.storage import audit, models
from volmatch.storage.queries import OPP, ORG, chunks, claim_write
from volmatch.storage.validate import check_columns
from volmatch.text import clean, fold


class OrganizationProblem(StrEnum):
    NOT_FOUND = "not_found"
    EMPTY_NAME = "empty_name"
    NAME_TAKEN = "name_taken"  # another organisation has this name: merge them instead
    NOTHING_TO_MERGE = "nothing_to_merge"


class OrganizationError(ValueError):
    """A rename or merge refused; ``code`` says why, ``other`` names the organisation
    in the way (for NAME_TAKEN)."""

    def __init__(self, code: OrganizationProblem, other: str = "") -> None:
        super().__init__(f"{code.value}{': ' + other if other else ''}")
        self.code = code
        self.other = other


@dataclass(frozen=True, slots=True)
class OrganizationInfo:
    """An organisation and how many listings it has (those in the trash not counted)."""

    id: int
    name: str
    listings: int
    accredited: bool = False
    accreditation_ref: str = ""


def organizations_with_counts(session: Session) -> list[OrganizationInfo]:
    """Every organisation with its number of listings, by folded name."""
    counts = dict(
        session.execute(
            select(OPP.c.organization_id, func.count())
            .where(OPP.c.deleted_at.is_(None), OPP.c.organization_id.is_not(None))
            .group_by(OPP.c.organization_id)
        ).all()
    )
    rows = session.execute(
        select(ORG.c.id, ORG.c.name, ORG.c.accredited, ORG.c.accreditation_ref).order_by(
            ORG.c.name_key
        )
    )
    return [
        OrganizationInfo(i, name, counts.get(i, 0), bool(accredited), ref)
        for i, name, accredited, ref in rows
    ]


def set_accreditation(session: Session, org_id: int, accredited: bool, reference: str = "") -> bool:
    """Mark an organisation as accredited under zákon č. 198/2002 Sb. (with the reference of
    the ministry's decision, optional) or not; audited. False when nothing changed.

    Raises OrganizationError NOT_FOUND."""
    checked = [clean(reference) if accredited else ""]
    check_columns(ORG, {"accreditation_ref": checked})  # too long: refused; NULs dropped
    reference = checked[0]
    claim_write(session)
    old = session.execute(
        select(ORG.c.accredited, ORG.c.accreditation_ref).where(ORG.c.id == org_id)
    ).first()
    if old is None:
        raise OrganizationError(OrganizationProblem.NOT_FOUND)
    fields = [
        name
        for name, before, after in (
            ("accredited", bool(old.accredited), accredited),
            ("accreditation_ref", old.accreditation_ref, reference),
        )
        if before != after
    ]
    if not fields:
        return False
    now = models.utcnow()
    session.execute(
        update(ORG)
        .where(ORG.c.id == org_id)
        .values(
            accredited=accredited,
            accreditation_ref=reference,
            version=ORG.c.version + 1,
            updated_at=now,
        )
    )
    audit.record(session, "organization", [(org_id, "update", tuple(fields))], at=now)
    return True


def _touch_listings(session: Session, org_ids: Sequence[int], new_org: int) -> int:
    """Point the listings of ``org_ids`` at ``new_org`` with a new version; how many."""
    now = models.utcnow()
    ids: list[int] = []
    for chunk in chunks(list(org_ids)):
        ids += session.scalars(select(OPP.c.id).where(OPP.c.organization_id.in_(chunk))).all()
    for chunk in chunks(ids):
        session.execute(
            update(OPP)
            .where(OPP.c.id.in_(chunk))
            .values(organization_id=new_org, version=OPP.c.version + 1, updated_at=now)
        )
    audit.record(session, "opportunity", [(i, "update", ("organization",)) for i in ids], at=now)
    return len(ids)


def rename_organization(session: Session, org_id: int, name: str) -> int:
    """Give an organisation a new name; returns how many listings show it.

    Raises OrganizationError: NOT_FOUND, EMPTY_NAME, or NAME_TAKEN when another
    organisation already has this name (ignoring case, diacritics and the legal form)."""
    name = clean(name)
    if not name:
        raise OrganizationError(OrganizationProblem.EMPTY_NAME)
    check_columns(ORG, {"name": [name]})
    claim_write(session)
    if session.execute(select(ORG.c.id).where(ORG.c.id == org_id)).first() is None:
        raise OrganizationError(OrganizationProblem.NOT_FOUND)
    key = fold(name)
    # The same name up to case, diacritics or the legal form is the same organisation.
    wanted = name_key(name)
    for other_id, other in session.execute(select(ORG.c.id, ORG.c.name)):
        if other_id != org_id and name_key(other) == wanted:
            raise OrganizationError(OrganizationProblem.NAME_TAKEN, other)
    now = models.utcnow()
    session.execute(
        update(ORG)
        .where(ORG.c.id == org_id)
        .values(name=name, name_key=key, version=ORG.c.version + 1, updated_at=now)
    )
    audit.record(session, "organization", [(org_id, "update", ("name",))], at=now)
    return _touch_listings(session, [org_id], org_id)


def merge_organizations(session: Session, keep_id: int, other_ids: Sequence[int]) -> int:
    """Make several records of one organisation one: the listings of ``other_ids`` move
    to ``keep_id`` and the others are deleted. Returns how many listings moved."""
    others = [i for i in dict.fromkeys(other_ids) if i != keep_id]
    if not others:
        raise OrganizationError(OrganizationProblem.NOTHING_TO_MERGE)
    claim_write(session)
    wanted = [keep_id, *others]
    found = set(session.scalars(select(ORG.c.id).where(ORG.c.id.in_(wanted))).all())
    if found != set(wanted):
        raise OrganizationError(OrganizationProblem.NOT_FOUND)
    moved = _touch_listings(session, others, keep_id)
    now = models.utcnow()
    session.execute(
        update(ORG).where(ORG.c.id == keep_id).values(version=ORG.c.version + 1, updated_at=now)
    )
    session.execute(delete(ORG).where(ORG.c.id.in_(others)))
    audit.record(
        session,
        "organization",
        [(keep_id, "update", ("merged",)), *((i, "purge", ("merged",)) for i in others)],
        at=now,
    )
    return moved
