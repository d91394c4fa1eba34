"""An imported organization name that differs from a stored one only by its legal form or
punctuation ("Komunitní centrum Holešovice z.s." for the stored "…, z. s.") is taken as
the stored organization, with a warning, instead of creating a second one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from volmatch.errors import Issue, Problem, Severity


def reuse_organizations(
    session: Any, records: Sequence[Any], rows: Sequence[int]
) -> tuple[list[Any], list[Issue]]:
    """``records`` with such names replaced by the stored name (or by the first spelling
    of a new organization in this file), and one warning per replaced row."""
    from volmatch.reference.orgnames import name_key
    from volmatch.storage.repository import list_organizations
    from volmatch.text import clean, fold

    # Storage tells organizations apart by their folded name: those need no help.
    known: set[str] = set()
    by_key: dict[str, str] = {}
    for organization in list_organizations(session):
        known.add(fold(organization.name))
        by_key.setdefault(name_key(organization.name), organization.name)
    out: list[Any] = []
    issues: list[Issue] = []
    # A name's outcome is settled at its first row (kept, or read as a stored or earlier
    # spelling): the same name later in the file gets the same, found without cleaning
    # and folding it again.
    settled: dict[str | None, str | None] = {}
    for record, row in zip(records, rows, strict=True):
        written = record.organization
        if written in settled:
            target = settled[written]
        else:
            target = settled[written] = _read_as(clean(written or ""), known, by_key)
        if target is None:
            out.append(record)
            continue
        name = clean(written or "")
        issues.append(
            Issue(Problem.ORGANIZATION_READ_AS, "organization", row, name, target,
                  severity=Severity.WARNING)
        )  # fmt: skip
        out.append(replace(record, organization=target))
    return out, issues


def _read_as(name: str, known: set[str], by_key: dict[str, str]) -> str | None:
    """The stored (or earlier) spelling ``name`` is read as; None to keep it as written
    (then later spellings of the same organization join it)."""
    from volmatch.reference.orgnames import name_key
    from volmatch.text import fold

    if not name or fold(name) in known:
        return None
    key = name_key(name)
    target = by_key.get(key)
    if target is None:  # a new organization: later spellings in this file join it
        by_key[key] = name
        known.add(fold(name))
    return target
