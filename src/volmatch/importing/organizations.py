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
    for record, row in zip(records, rows, strict=True):
        name = clean(record.organization or "")
        if not name or fold(name) in known:
            out.append(record)
            continue
        key = name_key(name)
        target = by_key.get(key)
        if target is None:  # a new organization: later spellings in this file join it
            by_key[key] = name
            known.add(fold(name))
            out.append(record)
            continue
        issues.append(
            Issue(Problem.ORGANIZATION_READ_AS, "organization", row, name, target,
                  severity=Severity.WARNING)
        )  # fmt: skip
        out.append(replace(record, organization=target))
    return out, issues
