"""The facts of one placement for its certificate, read from the database."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from volmatch.certificates.content import Facts
from volmatch.domain import VOLUNTEERED, Commitment, Opportunity, Placement, PlacementState
from volmatch.storage import audit, models
from volmatch.storage import placements as placement_store
from volmatch.storage import repository as repo

#: The states a certificate can be issued in: the volunteering takes or took place.
CERTIFIABLE = VOLUNTEERED


class NotCertifiable(ValueError):
    """No certificate for this placement; ``reason`` is "missing" (no such placement, or
    its volunteer or listing is gone) or "state" (not placed or ended)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def certificate_facts(session: Session, placement_id: int) -> Facts:
    """What the certificate of ``placement_id`` can say; NotCertifiable if none can be made."""
    placement = placement_store.get_placement(session, placement_id)
    if placement is None:
        raise NotCertifiable("missing")
    if placement.state not in CERTIFIABLE:
        raise NotCertifiable("state")
    volunteer = repo.get_volunteer(session, placement.volunteer_id)
    opportunity = repo.get_opportunity(session, placement.opportunity_id)
    if volunteer is None or opportunity is None:
        raise NotCertifiable("missing")
    orgs = {o.name: o for o in repo.list_organizations(session)}
    org = orgs.get(opportunity.organization)
    start, end = _period(session, placement, opportunity)
    return Facts(
        placement_id=placement_id,
        volunteer=volunteer.name,
        languages=volunteer.languages,
        organization=opportunity.organization,
        accredited=bool(org and org.accredited),
        accreditation_ref=org.accreditation_ref if org else "",
        activity=_titles(opportunity),
        place=_places(opportunity),
        start=start,
        end=end,
        hours=placement.hours,
    )


def _day(moment: dt.datetime | None) -> dt.date | None:
    return None if moment is None else moment.astimezone().date()


def _period(
    session: Session, placement: Placement, opportunity: Opportunity
) -> tuple[dt.date | None, dt.date | None]:
    """A one-off listing's own dates; else from when the pair was placed until it ended
    (an ended pair was placed at its state change before last), or until now."""
    if opportunity.commitment is Commitment.ONE_OFF and opportunity.start_date:
        return opportunity.start_date, opportunity.end_date or opportunity.start_date
    row = session.get(models.Placement, placement.id)
    since = _day(row.state_since if row is not None else None)
    if placement.state is PlacementState.PLACED:
        return since, None
    changes = [
        e.at
        for e in audit.history(session, "placement", placement.id)
        if e.action == "create" or "state" in e.fields
    ]
    began = _day(changes[-2]) if len(changes) >= 2 else _day(placement.created_at)
    return began, since


def _titles(opportunity: Opportunity) -> dict[str, str]:
    titles = {lang: t.title for lang, t in opportunity.translations.items() if t.title}
    titles[opportunity.source_lang] = opportunity.title
    return titles


def _places(opportunity: Opportunity) -> dict[str, str]:
    """Where, in each language: the address when there is one, else the website's words
    for the districts ("Praha 7", "online")."""
    from volmatch.certificates.content import texts
    from volmatch.exporting.names import Names
    from volmatch.exporting.public import to_listing
    from volmatch.exporting.words import Words

    if opportunity.address:
        return dict.fromkeys(texts(), opportunity.address)
    listing = to_listing(opportunity, {})
    names = Names.default()
    return {lang: Words(names, lang).where(listing) for lang in texts()}
