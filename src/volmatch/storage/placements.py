"""Placements (what became of a proposed pair) and coordinators' pins and hides.

A placement moves suggested → contacted → placed → ended (or declined). Every write is
audited like an edit (field names only); the state's author and time are kept on the
row, so lists can say who set it and since when. Contacted and placed pairs get a
follow-up date (a month later unless given) and stay on the "to follow up" list until
someone records how it went (:func:`record_follow_up`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import ColumnElement, delete, func, select
from sqlalchemy.orm import Session

from volmatch.domain import VOLUNTEERED, Placement, PlacementState
from volmatch.storage import audit, convert, models, queries
from volmatch.storage.database import DatabaseError, DatabaseErrorCode
from volmatch.storage.queries import claim_write, live
from volmatch.storage.validate import check_values

_OPP = queries.OPP
_VOL = queries.VOL
_PL = models.Placement.__table__


def _alive(table) -> ColumnElement[bool]:
    """Not in the trash, tested on rows reached by key: wrapped so that SQLite does not
    walk the whole table through its ``deleted_at`` index (every live row is NULL there)."""
    return func.coalesce(table.c.deleted_at, None).is_(None)


_MARK = models.MatchMark.__table__
#: States that call for a follow-up call: did the contact become (and stay) a placement?
FOLLOWED = frozenset({PlacementState.CONTACTED, PlacementState.PLACED})
FOLLOW_UP_DAYS = 30
#: States that take one of a listing's places.
TAKES_A_PLACE = frozenset({PlacementState.PLACED})


def default_follow_up(today: dt.date) -> dt.date:
    """A month later (the same day of the next month, or its last day)."""
    year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    for day in (today.day, 30, 29, 28):
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    return today + dt.timedelta(days=FOLLOW_UP_DAYS)


def _conflict(record_id: int | None) -> DatabaseError:
    return DatabaseError(
        DatabaseErrorCode.CONFLICT,
        f"Someone else changed this placement (id {record_id}) after you opened it; nothing "
        "was saved. Reload it and record the outcome again.",
    )


def _find(session: Session, placement: Placement) -> models.Placement | None:
    model = models.Placement
    if placement.id is not None:
        row = session.get(model, placement.id)
        if row is not None:
            return row
    return session.scalars(
        select(model).where(
            model.volunteer_id == placement.volunteer_id,
            model.opportunity_id == placement.opportunity_id,
        )
    ).first()


def save_placement(session: Session, placement: Placement, today: dt.date | None = None) -> int:
    """Insert or update: by id, else the placement of the same volunteer and opportunity.

    A change of state records who and when; entering a followed state without a
    follow-up date gets one a month later; leaving them clears it."""
    claim_write(session)
    row = _find(session, placement)
    state = PlacementState(placement.state)
    user = audit.current_user(session)
    now = models.utcnow()
    follow = placement.follow_up_on
    if state in FOLLOWED and follow is None:
        keep = row is not None and row.state == state.value and row.follow_up_on is not None
        follow = row.follow_up_on if keep else default_follow_up(today or dt.date.today())
    elif state not in FOLLOWED:
        follow = None
    values = {
        "volunteer_id": placement.volunteer_id,
        "opportunity_id": placement.opportunity_id,
        "state": state.value,
        "created_by": placement.created_by or (row.created_by if row is not None else user),
        "notes": placement.notes,
        "follow_up_on": follow,
        "hours": placement.hours,
    }
    check_values(_PL, (values,))
    if placement.hours is not None and not 0 <= placement.hours <= 100_000:
        raise ValueError(f"hours must be between 0 and 100000, not {placement.hours}")
    action = "update"
    if row is None:
        row = models.Placement(created_at=placement.created_at or now)
        session.add(row)
        action = "create"
    elif placement.version is not None and row.version != placement.version:
        raise _conflict(row.id)
    fields = {n for n, v in values.items() if action == "update" and getattr(row, n) != v}
    if action == "create" or "state" in fields:
        row.changed_by, row.state_since = user, now
    for name, value in values.items():
        setattr(row, name, value)
    row.updated_at = now
    session.flush()
    audit.record(session, "placement", [(row.id, action, fields)], now)
    return row.id


def record_follow_up(
    session: Session,
    placement_id: int,
    note: str,
    state: PlacementState | None = None,
    next_date: dt.date | None = None,
    today: dt.date | None = None,
    hours: float | None = None,
) -> bool:
    """How it went: the note is added (dated) to the placement's notes, the state changes
    if given, and the pair leaves the follow-up list unless ``next_date`` asks again."""
    row = session.get(models.Placement, placement_id)
    if row is None:
        return False
    day = (today or dt.date.today()).isoformat()
    notes = (row.notes + "\n" if row.notes else "") + f"{day}: {note.strip()}"
    current = convert.placement_record(row)
    new_state = state or current.state
    changed = replace(
        current,
        state=new_state,
        notes=notes,
        follow_up_on=next_date,
        hours=current.hours if hours is None else hours,
        version=None,
    )
    save_placement(session, changed, today)
    if next_date is None:
        row.follow_up_on = None
        session.flush()
    return True


def record_hours(
    session: Session,
    placement_id: int,
    hours: float,
    *,
    day: dt.date | None = None,
    note: str = "",
    total: bool = False,
) -> float | None:
    """Add ``hours`` volunteered on ``day`` to a placed (or ended) pair's total, or with
    ``total`` correct the total to ``hours``; a dated line ("2026-12-03: +4 h …") goes to
    the notes. Audited like any edit. Returns the new total, None if there is no such
    placement; ValueError for other states or a number out of range."""
    row = session.get(models.Placement, placement_id)
    if row is None:
        return None
    current = convert.placement_record(row)
    if current.state not in VOLUNTEERED:
        raise ValueError(f"hours are recorded on placed or ended pairs, not {current.state}")
    if total and not 0 <= hours <= 100_000:
        raise ValueError(f"the total must be between 0 and 100000 hours, not {hours}")
    if not total and not 0 < hours <= 10_000:
        raise ValueError(f"hours to add must be more than 0 and at most 10000, not {hours}")
    new = round(hours if total else (current.hours or 0) + hours, 2)
    amount = f"{hours:g}"
    line = f"{(day or dt.date.today()).isoformat()}: {'= ' if total else '+'}{amount} h"
    if note.strip():
        line += f" — {' '.join(note.split())}"
    notes = (current.notes + "\n" if current.notes else "") + line
    # The follow-up date stays as it was: hours are not an answer to "how did it go?".
    changed = replace(current, hours=new, notes=notes, version=None)
    save_placement(session, changed, day)
    if row.follow_up_on != current.follow_up_on:  # save_placement would add a default one
        row.follow_up_on = current.follow_up_on
        session.flush()
    return new


def _placements(session: Session, where: ColumnElement[bool]) -> list[Placement]:
    """Placements whose volunteer and listing exist outside the trash."""
    model = models.Placement
    where = (
        where
        & model.volunteer_id.in_(select(_VOL.c.id).where(live(_VOL)))
        & model.opportunity_id.in_(select(_OPP.c.id).where(live(_OPP)))
    )
    rows = session.scalars(select(model).where(where).order_by(model.created_at, model.id))
    return [convert.placement_record(row) for row in rows]


def placements_for_volunteer(session: Session, volunteer_id: int) -> list[Placement]:
    return _placements(session, models.Placement.volunteer_id == volunteer_id)


def placements_for_opportunity(session: Session, opportunity_id: int) -> list[Placement]:
    return _placements(session, models.Placement.opportunity_id == opportunity_id)


def pair_placement(session: Session, volunteer_id: int, opportunity_id: int) -> Placement | None:
    """The placement of one pair, if any (one indexed lookup)."""
    row = _find(session, Placement(volunteer_id, opportunity_id))
    return None if row is None else convert.placement_record(row)


def get_placement(session: Session, placement_id: int) -> Placement | None:
    row = session.get(models.Placement, placement_id)
    return None if row is None else convert.placement_record(row)


def delete_placement(session: Session, placement_id: int) -> bool:
    claim_write(session)
    if not session.execute(delete(_PL).where(_PL.c.id == placement_id)).rowcount:
        return False
    audit.record(session, "placement", [(placement_id, "delete", ())])
    return True


@dataclass(frozen=True, slots=True)
class PlacementRow:
    """One placement for lists: the pair's names, its state, who set it and since when."""

    id: int
    volunteer_id: int
    volunteer: str
    opportunity_id: int
    title: str
    organization: str
    state: PlacementState
    since: dt.datetime | None
    changed_by: str
    notes: str
    follow_up_on: dt.date | None
    hours: float | None


def placement_rows(
    session: Session,
    *,
    volunteer_id: int | None = None,
    opportunity_id: int | None = None,
    follow_up: bool = False,
) -> list[PlacementRow]:
    """Placements of live pairs, oldest state first (follow-up list: earliest date first)."""
    pl, org = _PL, queries.ORG
    query = (
        select(
            pl.c.id,
            pl.c.volunteer_id,
            _VOL.c.name,
            pl.c.opportunity_id,
            _OPP.c.title,
            func.coalesce(org.c.name, ""),
            pl.c.state,
            pl.c.state_since,
            pl.c.changed_by,
            pl.c.notes,
            pl.c.follow_up_on,
            pl.c.hours,
        )
        .join(_VOL, _VOL.c.id == pl.c.volunteer_id)
        .join(_OPP, _OPP.c.id == pl.c.opportunity_id)
        .outerjoin(org, org.c.id == _OPP.c.organization_id)
        .where(_alive(_VOL), _alive(_OPP))
    )
    if volunteer_id is not None:
        query = query.where(pl.c.volunteer_id == volunteer_id)
    if opportunity_id is not None:
        query = query.where(pl.c.opportunity_id == opportunity_id)
    if follow_up:
        query = query.where(pl.c.follow_up_on.is_not(None)).order_by(pl.c.follow_up_on, pl.c.id)
    else:
        query = query.order_by(pl.c.state_since, pl.c.id)
    since_type = models.Placement.__table__.c.state_since.type
    rows = []
    for r in session.execute(query):
        since = r[7]
        if since is not None and since.tzinfo is None:
            since = since_type.process_result_value(since, None)
        rows.append(PlacementRow(*r[:6], PlacementState(r[6]), since, *r[8:]))
    return rows


def state_counts(session: Session) -> dict[PlacementState, int]:
    """How many live pairs are in each state."""
    query = (
        select(_PL.c.state, func.count())
        .join(_VOL, _VOL.c.id == _PL.c.volunteer_id)
        .join(_OPP, _OPP.c.id == _PL.c.opportunity_id)
        .where(_alive(_VOL), _alive(_OPP))
        .group_by(_PL.c.state)
    )
    counts = dict.fromkeys(PlacementState, 0)
    for state, n in session.execute(query):
        counts[PlacementState(state)] = n
    return counts


def taken_places(session: Session, opportunity_ids: list[int] | None = None) -> dict[int, int]:
    """Places taken per listing (placed volunteers, trashed ones left out)."""
    query = (
        select(_PL.c.opportunity_id, func.count())
        .join(_VOL, _VOL.c.id == _PL.c.volunteer_id)
        .where(_PL.c.state.in_([s.value for s in TAKES_A_PLACE]), _alive(_VOL))
        .group_by(_PL.c.opportunity_id)
    )
    if opportunity_ids is not None:
        query = query.where(_PL.c.opportunity_id.in_(opportunity_ids))
    return {int(i): int(n) for i, n in session.execute(query)}


def full_listings(session: Session) -> frozenset[int]:
    """Listings whose every place (``capacity``) is taken."""
    taken = taken_places(session)
    if not taken:
        return frozenset()
    query = select(_OPP.c.id, _OPP.c.capacity).where(
        _OPP.c.id.in_(list(taken)), _OPP.c.capacity.is_not(None)
    )
    return frozenset(int(i) for i, cap in session.execute(query) if taken[i] >= cap)


def states_for(
    session: Session, *, volunteer_id: int | None = None, opportunity_id: int | None = None
) -> dict[int, PlacementState]:
    """The partner's placement state for one volunteer (by listing) or listing (by volunteer)."""
    if volunteer_id is not None:
        key, where = _PL.c.opportunity_id, _PL.c.volunteer_id == volunteer_id
    else:
        key, where = _PL.c.volunteer_id, _PL.c.opportunity_id == opportunity_id
    rows = session.execute(select(key, _PL.c.state).where(where, key.is_not(None)))
    return {int(i): PlacementState(s) for i, s in rows}


def placed_volunteers(session: Session, volunteer_ids: list[int] | None = None) -> frozenset[int]:
    """Volunteers already placed somewhere."""
    query = select(_PL.c.volunteer_id).where(_PL.c.state == PlacementState.PLACED.value)
    if volunteer_ids is not None:
        query = query.where(_PL.c.volunteer_id.in_(volunteer_ids))
    return frozenset(int(i) for (i,) in session.execute(query) if i is not None)


# --- pins and hides ------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Marks:
    """A coordinator's pins and hides around one volunteer or one listing (partner ids)."""

    pinned: frozenset[int] = frozenset()
    hidden: frozenset[int] = frozenset()


def marks_for(
    session: Session, *, volunteer_id: int | None = None, opportunity_id: int | None = None
) -> Marks:
    if volunteer_id is not None:
        key, where = _MARK.c.opportunity_id, _MARK.c.volunteer_id == volunteer_id
    else:
        key, where = _MARK.c.volunteer_id, _MARK.c.opportunity_id == opportunity_id
    pinned: set[int] = set()
    hidden: set[int] = set()
    for i, kind in session.execute(select(key, _MARK.c.kind).where(where)):
        (pinned if kind == "pin" else hidden).add(int(i))
    return Marks(frozenset(pinned), frozenset(hidden))


def set_mark(session: Session, volunteer_id: int, opportunity_id: int, kind: str | None) -> None:
    """Pin (``"pin"``), hide (``"hide"``) or clear (None) one pair; audited."""
    claim_write(session)
    pair = (_MARK.c.volunteer_id == volunteer_id) & (_MARK.c.opportunity_id == opportunity_id)
    old = session.execute(select(_MARK.c.id, _MARK.c.kind).where(pair)).first()
    if old is not None and old.kind == kind:
        return
    if old is not None:
        session.execute(delete(_MARK).where(_MARK.c.id == old.id))
        audit.record(session, "match_mark", [(old.id, "delete", ("kind",))])
    if kind is not None:
        if kind not in models.MARK_KINDS:
            raise ValueError(f"a mark is 'pin' or 'hide', not {kind!r}")
        row = models.MatchMark(
            volunteer_id=volunteer_id,
            opportunity_id=opportunity_id,
            kind=kind,
            created_by=audit.current_user(session),
        )
        session.add(row)
        session.flush()
        audit.record(session, "match_mark", [(row.id, "create", ("kind",))])
