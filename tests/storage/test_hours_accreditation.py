"""Hours recorded on a placed pair (added per day or the total corrected) and organizations
marked as accredited under zákon č. 198/2002 Sb.: stored, audited, refused when wrong."""

from __future__ import annotations

import datetime as dt

import pytest

from volmatch.domain import Placement, PlacementState
from volmatch.storage import audit, counts, placements
from volmatch.storage import repository as repo
from volmatch.storage.organizations import (
    OrganizationError,
    organizations_with_counts,
    set_accreditation,
)


def _pair(s, opportunity_factory, volunteer_factory, state=PlacementState.PLACED) -> int:
    [opp] = repo.save_opportunities(s, [opportunity_factory()])
    [vol] = repo.save_volunteers(s, [volunteer_factory()])
    return repo.save_placement(s, Placement(vol, opp, state))


def test_hours_are_added_per_day_and_the_total_corrected(
    db, opportunity_factory, volunteer_factory
):
    with db.session() as s:
        pid = _pair(s, opportunity_factory, volunteer_factory)
        follow = placements.get_placement(s, pid).follow_up_on
        assert placements.record_hours(s, pid, 4, day=dt.date(2026, 11, 2), note="doučování") == 4
        assert placements.record_hours(s, pid, 2.5, day=dt.date(2026, 11, 9)) == 6.5
        assert placements.record_hours(s, pid, 6, total=True, day=dt.date(2026, 11, 10)) == 6
        placement = placements.get_placement(s, pid)
        assert placement.hours == 6
        assert placement.notes.splitlines() == [
            "2026-11-02: +4 h — doučování",
            "2026-11-09: +2.5 h",
            "2026-11-10: = 6 h",
        ]
        assert placement.follow_up_on == follow  # hours are not an answer to "how did it go?"
        assert counts.volunteered_hours(s) == 6  # the Overview's total
        updates = [e for e in audit.history(s, "placement", pid) if e.action == "update"]
        assert len(updates) == 3 and all("hours" in e.fields for e in updates)
        assert all("doučování" not in ",".join(e.fields) for e in updates)  # names, not values


def test_hours_keep_a_cleared_follow_up_cleared(db, opportunity_factory, volunteer_factory):
    with db.session() as s:
        pid = _pair(s, opportunity_factory, volunteer_factory)
        placements.record_follow_up(s, pid, "chodí")
        assert placements.get_placement(s, pid).follow_up_on is None
        placements.record_hours(s, pid, 3)
        assert placements.get_placement(s, pid).follow_up_on is None


@pytest.mark.parametrize(
    ("state", "hours", "total"),
    [
        (PlacementState.SUGGESTED, 3, False),  # nobody volunteers yet
        (PlacementState.DECLINED, 3, False),
        (PlacementState.PLACED, 0, False),  # adding nothing
        (PlacementState.PLACED, -2, False),
        (PlacementState.PLACED, 20_000, False),
        (PlacementState.PLACED, -1, True),
        (PlacementState.PLACED, 200_000, True),
    ],
)
def test_wrong_hours_are_refused_and_nothing_changes(
    db, opportunity_factory, volunteer_factory, state, hours, total
):
    with db.session() as s:
        pid = _pair(s, opportunity_factory, volunteer_factory, state)
        with pytest.raises(ValueError):
            placements.record_hours(s, pid, hours, total=total)
        assert placements.get_placement(s, pid).hours is None
    with db.session() as s:
        assert placements.record_hours(s, 999_999, 3) is None


def test_ended_pairs_take_hours_too(db, opportunity_factory, volunteer_factory):
    with db.session() as s:
        pid = _pair(s, opportunity_factory, volunteer_factory, PlacementState.ENDED)
        assert placements.record_hours(s, pid, 8) == 8


def test_accreditation_is_stored_audited_and_cleared(db, opportunity_factory):
    with db.session() as s:
        repo.save_opportunities(s, [opportunity_factory(organization="Diakonie ČCE")])
        [org] = organizations_with_counts(s)
        assert (org.accredited, org.accreditation_ref) == (False, "")
        assert set_accreditation(s, org.id, True, "  MV-12345-4/PDS-2024 ")
        assert not set_accreditation(s, org.id, True, "MV-12345-4/PDS-2024")  # no change
        [org] = organizations_with_counts(s)
        assert (org.accredited, org.accreditation_ref) == (True, "MV-12345-4/PDS-2024")
        [listed] = repo.list_organizations(s)
        assert (listed.accredited, listed.accreditation_ref) == (True, "MV-12345-4/PDS-2024")
        # not accredited any more: the reference goes with it
        assert set_accreditation(s, org.id, False, "MV-12345-4/PDS-2024")
        [org] = organizations_with_counts(s)
        assert (org.accredited, org.accreditation_ref) == (False, "")
        lines = [e for e in audit.history(s, "organization", org.id) if e.action == "update"]
        assert [set(e.fields) for e in lines] == [
            {"accredited", "accreditation_ref"},
            {"accredited", "accreditation_ref"},
        ]
        with pytest.raises(OrganizationError):
            set_accreditation(s, 999_999, True)
