"""The import's shortcuts (cells parsed once per file, shared child rows, organisation
names settled once, packed tags shared) store exactly what the plain path stores: the
same rows, ids, derived columns and issues, on a hostile mixed file and on random data.

The plain path is the import with every shortcut switched off: nothing memoised while
parsing, each record's rows and names worked out on their own (as before the shortcuts).
"""

from __future__ import annotations

import csv
import random
from contextlib import contextmanager
from dataclasses import replace

import pytest
from sqlalchemy import text

from volmatch.demo.generator import generate_opportunities
from volmatch.domain import Opportunity
from volmatch.errors import Issue, Problem, Severity
from volmatch.importing import canonical, import_file, importer, reader
from volmatch.importing import opportunity_rows as rows_mod
from volmatch.importing.columns import OPPORTUNITY_COLUMNS
from volmatch.importing.context import MEMO
from volmatch.storage import convert, derived, match_codes
from volmatch.storage.database import open_database

# set by the clock, not by the file: left out of the comparison
_STAMPS = {"created_at", "updated_at", "at"}


class _Forgetful(dict):
    """A memo that keeps nothing: every cell parsed on its own row."""

    def __setitem__(self, key, value) -> None:
        pass


def _plain_reuse_organizations(session, records, rows):
    """reuse_organizations as it was: every row's name cleaned, folded and looked up."""
    from volmatch.reference.orgnames import name_key
    from volmatch.storage.repository import list_organizations
    from volmatch.text import clean, fold

    known: set[str] = set()
    by_key: dict[str, str] = {}
    for organization in list_organizations(session):
        known.add(fold(organization.name))
        by_key.setdefault(name_key(organization.name), organization.name)
    out, issues = [], []
    for record, row in zip(records, rows, strict=True):
        name = clean(record.organization or "")
        if not name or fold(name) in known:
            out.append(record)
            continue
        key = name_key(name)
        target = by_key.get(key)
        if target is None:
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


def _plain_without_nul(values):
    return [v.replace("\x00", "") if isinstance(v, str) and "\x00" in v else v for v in values]


def _plain_child_rows(ids, records):
    """opportunity_child_rows as it was: each record's rows on their own."""
    rows: dict = {table: (names, []) for table, names in convert.OPPORTUNITY_CHILD_COLUMNS.items()}
    translations, districts, languages, interests = (r for _, r in rows.values())
    for pid, record in zip(ids, records, strict=True):
        translations.extend(
            (pid, lang, t.title, t.description) for lang, t in record.translations.items()
        )
        districts.extend((pid, *r) for r in convert._positioned({}, tuple(record.districts)))
        languages.extend((pid, *r) for r in convert._needs({}, tuple(record.languages)))
        interests.extend((pid, *r) for r in convert._positioned({}, tuple(record.interests)))
    return rows


@contextmanager
def _plain_path(monkeypatch):
    with monkeypatch.context() as m:
        m.setattr(canonical, "BATCHED", False)  # row by row
        m.setattr(reader, "READ_AT_ONCE", 1)
        m.setattr(MEMO, "_limit", 0)  # parsed cells are never kept
        m.setattr(rows_mod, "_LANGUAGES", _Forgetful())
        m.setattr(importer, "reuse_organizations", _plain_reuse_organizations)
        m.setattr(convert, "opportunity_child_rows", _plain_child_rows)
        m.setattr(
            match_codes,
            "pack_listings",
            lambda tags, terms: [match_codes.pack_listing(t, terms) for t in tags],
        )
        m.setattr(derived, "_without_nul", _plain_without_nul)
        yield


def _cells(r: Opportunity) -> dict[str, str]:
    required = [n for n in r.languages if n.required]
    welcome = [n for n in r.languages if not n.required]
    return {
        "external_id": r.external_id or "",
        "title": r.title,
        "organization": r.organization,
        "description": r.description,
        "district": ", ".join(r.districts) or r.scope.value,
        "languages_required": ", ".join(
            f"{n.code}:{n.min_level.label}" if n.min_level else n.code for n in required
        ),
        "languages_welcome": ", ".join(n.code for n in welcome),
        "interests": ", ".join(r.interests),
        "commitment": r.commitment.value,
        "start_date": r.start_date.isoformat() if r.start_date else "",
        "end_date": r.end_date.isoformat() if r.end_date else "",
        "capacity": str(r.capacity or ""),
        "min_age": str(r.min_age or ""),
        "contact_email": r.contact_email,
        "url": r.url,
        "status": r.status.value,
    }


# Cells that warn (the row is stored) or refuse (nothing is stored), mixed into random rows.
_WARNING_CELLS = [
    {"interests": "doučování, pletení košíků, zahradniceni"},
    {"interests": "Tutoring;  sport , neznámá věc"},
    {"organization": "Komunitní centrum Holešovice z.s."},
    {"organization": "Komunitní centrum Holešovice, z. s."},
    {"organization": "  komunitní  centrum holešovice  "},
    {"languages_required": "čeština, ukrajinsky B2, english:c1"},
    {"languages_welcome": "anglicky i německy, polsky"},
    {"district": "Holesovice, Praha 7, Karlín"},
    {"district": "celá Praha"},
    {"title": "Nabídka\x00 s NUL", "description": "Popis\u00a0s tvrdou\tmezerou\x00"},
    {"external_id": ""},
    {"schedule": "po-st odpoledne, víkendy"},
    {"contact_email": "nekdo@example.cz"},
    {"description": "Řádek jedna\nřádek dva\r\n  odsazený"},
    {"title": "Nabídka \x1b[31mčervená\x1b[0m", "notes": "\x07zvonek"},
    {"latitude": "50,1", "longitude": "14.4", "address": "Dukelských hrdinů 1"},
    {"valid_until": "1. 1. 2030", "accessibility": "bezbariérový přístup "},
]
_ERROR_CELLS = [
    {"start_date": "31. 2. 2026"},
    {"capacity": "hodně"},
    {"district": "Atlantida"},
    {"title": ""},
    {"contact_email": "bez zavináče"},
    {"languages_welcome": "klingonština"},
    {"start_date": "2026-05-01", "end_date": "2026-04-01"},
    {"latitude": "500", "url": "ftp://nekde"},
]


_EXTRA = ("schedule", "title_en", "description_en", "latitude", "longitude", "address")
_MORE = ("valid_until", "accessibility", "notes")


def _write(
    path, rows: list[dict[str, str]], extra: dict[int, list[str]] | None = None, more=True
) -> str:
    header = [*OPPORTUNITY_COLUMNS, *_EXTRA, *(_MORE if more else ())]
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(header)
        for i, row in enumerate(rows):
            cells = [row.get(c, "") for c in header]
            if i % 97 == 13:  # a short row: its last cells left out
                while cells and not cells[-1]:
                    cells.pop()
            writer.writerow(cells + (extra or {}).get(i, []))
    return str(path)


def _mixed_rows(n: int, seed: int, errors: bool, controls: bool = True) -> list[dict[str, str]]:
    rng = random.Random(seed)
    rows = [_cells(r) for r in generate_opportunities(n, seed=seed)]
    warnings = [c for c in _WARNING_CELLS if controls or "\x1b" not in c.get("title", "")]
    for row in rows:
        if rng.random() < 0.3:
            row.update(rng.choice(warnings))
        if rng.random() < 0.1:
            row.update(title_en="Tutoring", description_en="Help with homework")
        if errors and rng.random() < 0.05:
            row.update(rng.choice(_ERROR_CELLS))
    rows.insert(n // 2, {c: "" for c in rows[0]})  # a blank row
    rows.append(dict(rows[3]))  # an identifier given twice: refused
    if not errors:
        rows.pop()
    return rows


def _snapshot(db) -> dict[str, list]:
    with db.engine.connect() as conn:
        tables = [
            r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        out = {}
        for t in tables:
            names = [c[1] for c in conn.exec_driver_sql(f'PRAGMA table_info("{t}")')]
            kept = ", ".join(f'"{n}"' for n in names if n not in _STAMPS)
            out[t] = sorted(map(tuple, conn.execute(text(f'SELECT {kept} FROM "{t}"'))))
        return out


def _import(tmp_path, name: str, path: str, prepare=None):
    db = open_database(f"sqlite:///{tmp_path / name}")
    try:
        if prepare is not None:
            prepare(db)
        report = import_file(db, path, "opportunities")
        return report, _snapshot(db)
    finally:
        db.dispose()


def _both(tmp_path, monkeypatch, path: str, prepare=None):
    fast = _import(tmp_path, "fast.sqlite3", path, prepare)
    with _plain_path(monkeypatch):
        plain = _import(tmp_path, "plain.sqlite3", path, prepare)
    return fast, plain


def _same_reports(fast, plain) -> None:
    for field in ("rows", "created", "updated", "stored", "ids"):
        assert getattr(fast, field) == getattr(plain, field), field
    assert fast.issues == plain.issues


@pytest.mark.parametrize(("seed", "more"), [(3, True), (17, False)])
def test_a_mixed_file_is_stored_exactly_as_by_the_plain_path(tmp_path, monkeypatch, seed, more):
    extra = {5: ["navíc"], 9: ["", "  "]}
    rows = _mixed_rows(1200, seed, errors=False, controls=more)
    path = _write(tmp_path / "mixed.csv", rows, extra, more)
    (fast, fast_rows), (plain, plain_rows) = _both(tmp_path, monkeypatch, path)
    assert fast.stored and fast.created > 1100 and fast.warnings
    _same_reports(fast, plain)
    assert fast_rows == plain_rows
    assert fast_rows["opportunity_match"] and fast_rows["opportunity_language"]


def test_a_file_with_errors_gives_the_same_issues_and_stores_nothing(tmp_path, monkeypatch):
    path = _write(tmp_path / "bad.csv", _mixed_rows(400, 5, errors=True))
    (fast, fast_rows), (plain, plain_rows) = _both(tmp_path, monkeypatch, path)
    assert fast.errors and not fast.stored
    _same_reports(fast, plain)
    assert fast_rows == plain_rows
    assert not fast_rows["opportunity"]


def test_names_read_as_stored_organisations_are_the_same(tmp_path, monkeypatch):
    def prepare(db):
        first = _write(tmp_path / "first.csv", _mixed_rows(50, 8, errors=False))
        assert import_file(db, first, "opportunities").stored

    path = _write(tmp_path / "second.csv", _mixed_rows(300, 9, errors=False))
    (fast, fast_rows), (plain, plain_rows) = _both(tmp_path, monkeypatch, path, prepare)
    assert any(i.problem is Problem.ORGANIZATION_READ_AS for i in fast.issues)
    _same_reports(fast, plain)
    assert fast_rows == plain_rows
