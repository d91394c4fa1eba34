"""Backend work for the e-mails of a pair: read the records, let the core word them.

A plain function taking a :class:`~volmatch.gui.backend.Backend`; worker threads, no Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from volmatch.gui.backend import Backend
    from volmatch.outreach_mail import Outreach


def compose_pair(backend: Backend, volunteer_id: int, opportunity_id: int) -> Outreach | None:
    """Both e-mails of the pair (None when either record is gone)."""
    from volmatch.outreach_mail import compose
    from volmatch.storage import repository as repo

    with backend.db.session() as s:
        volunteer = repo.get_volunteer(s, volunteer_id)
        opportunity = repo.get_opportunity(s, opportunity_id)
        organizations = repo.list_organizations(s)
    if volunteer is None or opportunity is None:
        return None
    return compose(volunteer, opportunity, organizations)
