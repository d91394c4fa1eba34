"""Rows that look like listings already stored: same organization, similar title, same place.

Compared with rapidfuzz on folded text. Only organizations that match (exactly after
folding, or very closely) are compared, so a large database costs one query and a
handful of comparisons per row rather than every pair.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process

from volmatch.domain import Opportunity
from volmatch.text import fold

TITLE_SCORE = 88.0  # folded titles at least this similar (token order ignored)
ORGANIZATION_SCORE = 90.0


@dataclass(frozen=True, slots=True)
class Duplicate:
    """Row ``row`` of the file resembles the stored listing ``existing_id``."""

    row: int
    title: str
    existing_id: int
    existing_external_id: str | None
    existing_title: str
    existing_organization: str
    existing_districts: tuple[str, ...]
    score: float  # title similarity, 0-100


@dataclass(frozen=True, slots=True)
class _Stored:
    id: int
    external_id: str | None
    title: str
    folded_title: str
    organization: str
    districts: tuple[str, ...]


def _stored(session: Any) -> dict[str, list[_Stored]]:
    """Stored listings grouped by folded organization name (one query, plus districts)."""
    from sqlalchemy import select

    from volmatch.storage import models
    from volmatch.storage.queries import OPP, opportunity_select

    rows = session.execute(opportunity_select(OPP.c.id, OPP.c.external_id, OPP.c.title)).all()
    if not rows:
        return {}
    table = models.OpportunityDistrict.__table__
    districts: dict[int, list[str]] = defaultdict(list)
    for parent, district in session.execute(select(table.c.opportunity_id, table.c.district)):
        districts[parent].append(district)
    by_org: dict[str, list[_Stored]] = defaultdict(list)
    for r in rows:
        org = r.organization_name or ""
        by_org[fold(org)].append(
            _Stored(
                r.id, r.external_id, r.title, fold(r.title), org, tuple(sorted(districts[r.id]))
            )
        )
    return by_org


def find_duplicates(
    session: Any, records: Sequence[Opportunity], rows: Sequence[int], skip: set[str]
) -> list[Duplicate]:
    """Rows of ``records`` (not those whose external_id is in ``skip``) resembling stored listings.

    Districts must be the same set (or either side without districts: citywide, remote).
    """
    by_org = _stored(session)
    if not by_org:
        return []
    org_keys = list(by_org)
    org_match: dict[str, list[str]] = {}
    found: list[Duplicate] = []
    for record, row in zip(records, rows, strict=True):
        if record.id is not None or (record.external_id and record.external_id in skip):
            continue
        org = fold(record.organization)
        if org not in org_match:
            near = process.extract(
                org, org_keys, scorer=fuzz.ratio, score_cutoff=ORGANIZATION_SCORE, limit=3
            )
            org_match[org] = [m[0] for m in near] if org not in by_org else [org]
        title = fold(record.title)
        districts = tuple(sorted(record.districts))
        best: tuple[float, _Stored] | None = None
        for key in org_match[org]:
            for stored in by_org[key]:
                if districts and stored.districts and districts != stored.districts:
                    continue
                score = fuzz.token_sort_ratio(title, stored.folded_title)
                if score >= TITLE_SCORE and (best is None or score > best[0]):
                    best = (score, stored)
        if best is not None:
            score, stored = best
            found.append(
                Duplicate(
                    row,
                    record.title,
                    stored.id,
                    stored.external_id,
                    stored.title,
                    stored.organization,
                    stored.districts,
                    round(score, 1),
                )
            )
    return found


def merged(stored: Opportunity, incoming: Opportunity) -> Opportunity:
    """The stored listing updated by the file's row: its non-empty values win, the rest stays.

    The stored listing keeps its id, external_id (when it has one) and status, so a merge
    never publishes or withdraws a listing; notes are added to.
    """
    from dataclasses import fields, replace

    changes: dict[str, Any] = {}
    for f in fields(Opportunity):
        if f.name in ("id", "created_at", "updated_at", "version", "status"):
            continue
        value = getattr(incoming, f.name)
        if value in (None, "", (), {}):
            continue
        if f.name == "external_id" and stored.external_id:
            continue  # the stored listing keeps its identity
        if f.name == "notes" and stored.notes and value not in stored.notes:
            value = stored.notes + "\n" + value
        if f.name == "translations":
            value = {**stored.translations, **value}
        changes[f.name] = value
    return replace(stored, **changes)
