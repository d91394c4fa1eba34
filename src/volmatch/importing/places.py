"""Resolving a district cell (one or several places, or citywide/remote) with the gazetteer."""

from __future__ import annotations

import re
from dataclasses import dataclass

from volmatch.domain import Scope
from volmatch.errors import Issue, Problem, Severity
from volmatch.text import split_list

# translated by volmatch.issue_words, which lists the same sentence
READ_AS = "one place, read as {districts}"


@dataclass(frozen=True, slots=True)
class Places:
    scope: Scope
    districts: tuple[str, ...]
    citywide: bool = False
    remote: bool = False


def place_items(gazetteer, cell: str, column: str = "", row: int | None = None):
    """The places of a cell, decided by shape: (items, issues).

    A cell holding one postal address ("Jaromírova 15, 128 00 Praha 2") is one place even
    though it has commas; "Praha 2, Karlín" is a list. Several addresses are separated by
    ";" or line breaks. Reading an address as one place is said (a warning naming the
    districts understood).
    """
    items: list[str] = []
    issues: list[Issue] = []
    looks = getattr(gazetteer, "looks_like_address", None)
    for chunk in re.split(r"[;|\n]", cell or ""):
        chunk = chunk.strip()
        if not chunk:
            continue
        if looks is not None and "," in chunk and looks(chunk):
            items.append(chunk)
            found = gazetteer.resolve(chunk).districts
            issues.append(
                Issue(Problem.PLACE_READ_AS, column, row, chunk,
                      READ_AS.format(districts=", ".join(found)) if found else "",
                      (), Severity.WARNING)
            )  # fmt: skip
        else:
            items.extend(split_list(chunk))
    return items, issues


def resolve_places(
    gazetteer, cell: str, column: str, row: int | None
) -> tuple[Places, list[Issue]]:
    """Every item of a list cell resolved; an item that matches nothing gives an ERROR issue.

    A place in several municipal districts counts as its main part (with a warning).
    A citywide item makes the scope citywide; "remote" alone makes it remote (with places
    as well it is a hybrid listing kept in its districts).
    """
    from volmatch.reference.gazetteer import ResolveStatus

    districts: list[str] = []
    citywide = remote = False
    items, issues = place_items(gazetteer, cell, column, row)
    for item in _unjoined(gazetteer, items):
        resolution, issue = gazetteer.resolve_issue(item, column, row)
        if issue is not None:
            issues.append(issue)
        status = resolution.status
        if status is ResolveStatus.CITYWIDE:
            citywide = True
        elif status is ResolveStatus.REMOTE:
            remote = True
        else:
            # A place split between districts (Holešovice, Žižkov) or a typo: the main part
            # only, so a listing is not offered across half the city; the issue names the rest.
            found = resolution.districts
            if status in (ResolveStatus.AMBIGUOUS, ResolveStatus.FUZZY):
                found = found[:1]
            districts.extend(d for d in found if d not in districts)
    if citywide:
        scope = Scope.CITYWIDE
    elif remote and not districts:
        scope = Scope.REMOTE
    else:
        scope = Scope.DISTRICTS
    return Places(scope, tuple(districts), citywide, remote), issues


def _unjoined(gazetteer, items: list[str]) -> list[str]:
    """Places joined by a word or a slash ("Praha 5 a Praha 13", "Praha 3 / Praha 10") are
    items of the list like places separated by commas: each is read (and reported) alone."""
    from volmatch.reference.place_text import JOINED

    out: list[str] = []
    for item in items:
        if gazetteer.resolve(item).kind == JOINED:
            out.extend(gazetteer.joined_parts(item))
        else:
            out.append(item)
    return out
