"""Organisations renamed and merged: their listings follow, the audit trail says so."""

from __future__ import annotations

import pytest

from volmatch.domain import Opportunity
from volmatch.storage import audit, repository
from volmatch.storage.database import DatabaseError
from volmatch.storage.organizations import (
    OrganizationError,
    OrganizationProblem,
    merge_organizations,
    organizations_with_counts,
    rename_organization,
)

KC = "Komunitní centrum Holešovice, z. s."


def _seed(db) -> dict[str, int]:
    with db.session(write=True) as s:
        repository.save_opportunities(
            s,
            [
                Opportunity(title="Zahrada", organization=KC),
                Opportunity(title="Kavárna", organization="Komunitni centrum Holesovice"),
                Opportunity(title="Doučování", organization="KC Holešovice"),
                Opportunity(title="Sbírka", organization="Charita Praha"),
            ],
        )
    with db.session() as s:
        return {o.name: o.id for o in organizations_with_counts(s)}


def test_list_with_counts_and_merge_moves_the_listings(db):
    ids = _seed(db)
    with db.session() as s:
        before = {o.title: o for o in repository.load_opportunities(s)}
        counts = {o.name: o.listings for o in organizations_with_counts(s)}
    # Storing a listing never guesses: a name without its legal form is another record.
    assert counts == {
        "Charita Praha": 1,
        "Komunitni centrum Holesovice": 1,
        KC: 1,
        "KC Holešovice": 1,
    }

    with db.session(write=True) as s:
        others = [ids["KC Holešovice"], ids["Komunitni centrum Holesovice"]]
        moved = merge_organizations(s, ids[KC], others)
    assert moved == 2
    with db.session() as s:
        after = {o.title: o for o in repository.load_opportunities(s)}
        names = [o.name for o in organizations_with_counts(s)]
        trail = audit.history(s, "organization", ids["KC Holešovice"])
        listing_trail = audit.history(s, "opportunity", after["Doučování"].id)
    assert names == ["Charita Praha", KC]
    assert after["Doučování"].organization == KC
    assert after["Doučování"].version == before["Doučování"].version + 1
    assert after["Zahrada"].version == before["Zahrada"].version  # already there: untouched
    assert [(e.action, e.fields) for e in trail] == [("purge", ("merged",))]
    assert listing_trail[-1].fields == ("organization",)

    # An editor opened before the merge meets a conflict instead of re-creating the old name.
    with pytest.raises(DatabaseError), db.session(write=True) as s:
        repository.save_opportunities(s, [before["Doučování"]])


def test_rename_and_its_refusals(db):
    ids = _seed(db)
    with db.session(write=True) as s:
        assert rename_organization(s, ids["KC Holešovice"], "  Klub Holešovice ") == 1
    with db.session() as s:
        names = [o.name for o in organizations_with_counts(s)]
        listing = repository.find_opportunity(s, "Doučování") or next(
            o for o in repository.load_opportunities(s) if o.title == "Doučování"
        )
    assert "Klub Holešovice" in names and listing.organization == "Klub Holešovice"
    for org_id, name, code in (
        (
            ids["Charita Praha"],
            "komunitní centrum HOLESOVICE, z. s.",
            OrganizationProblem.NAME_TAKEN,
        ),
        (ids["Charita Praha"], "   ", OrganizationProblem.EMPTY_NAME),
        (999, "Nová", OrganizationProblem.NOT_FOUND),
    ):
        with pytest.raises(OrganizationError) as caught, db.session(write=True) as s:
            rename_organization(s, org_id, name)
        assert caught.value.code is code
    with pytest.raises(OrganizationError) as caught, db.session(write=True) as s:
        merge_organizations(s, ids[KC], [ids[KC]])
    assert caught.value.code is OrganizationProblem.NOTHING_TO_MERGE
