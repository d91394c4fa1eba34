"""``volmatch list {opportunities,volunteers,organizations} [--search TEXT] [--json]``.

The JSON output is a stable contract documented in docs/cli.md. Volunteers are
personal data: they are listed only from the local database to the local terminal.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from volmatch.cli import CommandError, add_db_option, add_lang_option
from volmatch.domain import Opportunity, Volunteer
from volmatch.messages import N_, _, ngettext
from volmatch.text import fold, split_list

KINDS = ("opportunities", "volunteers", "organizations")
STATUS = {"draft": N_("draft"), "published": N_("published"), "archived": N_("archived")}


def status_word(status) -> str:
    """A listing's status in the user's language (``--json`` keeps the code)."""
    code = getattr(status, "value", status)
    return _(STATUS[code]) if code in STATUS else str(code)


NOTHING_AT_ALL = {
    "opportunities": N_("no opportunities"),
    "volunteers": N_("no volunteers"),
    "organizations": N_("no organizations"),
}
NOTHING = {
    "opportunities": N_("no opportunities matching '{search}'"),
    "volunteers": N_("no volunteers matching '{search}'"),
    "organizations": N_("no organizations matching '{search}'"),
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "list",
        help=_("list opportunities, volunteers or organizations"),
        description=_(
            "List records of the database, optionally only those matching a search "
            "(every word must occur; case and diacritics are ignored: 'zizkov' finds 'Žižkov')."
        ),
    )
    parser.add_argument("kind", choices=KINDS, help=_("what to list"))
    parser.add_argument("--search", metavar="TEXT", help=_("only records containing these words"))
    parser.add_argument("--json", action="store_true", help=_("a JSON array (see docs/cli.md)"))
    add_db_option(parser)
    add_lang_option(parser)
    parser.set_defaults(handler=run)


# --- districts as municipal + administrative (+ the area written) ------------------------------


def _areas_written(gazetteer: Any, district_text: str) -> dict[str, str]:
    """Municipal district -> the cadastral area or neighbourhood the text named there."""
    areas: dict[str, str] = {}
    for item in split_list(district_text):
        resolution = gazetteer.resolve(item)
        if resolution.kind not in ("municipal", "administrative", "") and resolution.matched:
            for district in resolution.districts:
                areas.setdefault(district, resolution.matched)
    return areas


def district_json(gazetteer: Any, name: str, areas: dict[str, str]) -> dict[str, Any]:
    try:
        admin = gazetteer.admin_of(name)
    except KeyError:
        admin = None
    return {"municipal": name, "administrative": admin, "area": areas.get(name)}


def opportunity_json(record: Opportunity, gazetteer: Any) -> dict[str, Any]:
    areas = _areas_written(gazetteer, record.district_text)
    return {
        "id": record.id,
        "external_id": record.external_id,
        "title": record.title,
        "organization": record.organization,
        "status": record.status.value,
        "scope": record.scope.value,
        "districts": [district_json(gazetteer, d, areas) for d in record.districts],
        "district_text": record.district_text,
        "languages": [
            {
                "code": n.code,
                "level": n.min_level.label if n.min_level else None,
                "required": n.required,
            }
            for n in record.languages
        ],
        "interests": list(record.interests),
        "commitment": record.commitment.value,
        "start_date": _date(record.start_date),
        "end_date": _date(record.end_date),
        "valid_until": _date(record.valid_until),
        "capacity": record.capacity,
        "min_age": record.min_age,
        "contact_email": record.contact_email,
        "url": record.url,
        "translations": {lang: t.title for lang, t in sorted(record.translations.items())},
    }


def volunteer_json(record: Volunteer, gazetteer: Any) -> dict[str, Any]:
    areas = _areas_written(gazetteer, record.district_text)
    return {
        "id": record.id,
        "external_id": record.external_id,
        "name": record.name,
        "email": record.email,
        "phone": record.phone,
        "district": district_json(gazetteer, record.district, areas) if record.district else None,
        "district_text": record.district_text,
        "travel_districts": [district_json(gazetteer, d, {}) for d in record.travel_districts],
        "languages": [
            {"code": s.code, "level": s.level.label if s.level else None} for s in record.languages
        ],
        "interests": list(record.interest_tags),
        "interests_text": record.interests_text,
        "availability": record.availability,
        "consent_date": _date(record.consent_date),
    }


def _date(value) -> str | None:
    return value.isoformat() if value else None


# --- search ------------------------------------------------------------------------------------


def _haystack(parts: list[Any]) -> str:
    return fold(" ".join(str(p) for p in parts if p))


def matches(haystack: str, search: str | None) -> bool:
    """Every word of ``search`` occurs in ``haystack`` (both folded)."""
    return all(word in haystack for word in fold(search).split())


# --- the command -------------------------------------------------------------------------------

FULL_RECORDS_ONE_BY_ONE = 300  # --json for fewer matches loads them by id, else all at once


def _extra_opportunity_text(session: Any, gazetteer: Any) -> dict[int, str]:
    """Folded text the table rows leave out: whole descriptions, addresses, translations."""
    from sqlalchemy import select

    from volmatch.storage import models
    from volmatch.storage.queries import OPP

    extra: dict[int, list[str]] = {}
    for rid, description, address in session.execute(
        select(OPP.c.id, OPP.c.description, OPP.c.address)
    ):
        extra[rid] = [description or "", address or ""]
    table = models.OpportunityTranslation.__table__
    for rid, title, description in session.execute(
        select(table.c.opportunity_id, table.c.title, table.c.description)
    ):
        extra.setdefault(rid, []).extend((title or "", description or ""))
    return {rid: fold(" ".join(parts)) for rid, parts in extra.items()}


def _extra_volunteer_text(session: Any) -> dict[int, str]:
    from sqlalchemy import select

    from volmatch.storage.queries import VOL

    return {
        rid: fold(f"{notes or ''} {interests or ''}")
        for rid, notes, interests in session.execute(
            select(VOL.c.id, VOL.c.notes, VOL.c.interests_text)
        )
    }


def _admins(gazetteer: Any, districts: str, cache: dict[str, str]) -> str:
    if districts not in cache:
        names = [d.strip() for d in districts.split(",") if d.strip()]
        cache[districts] = fold(
            " ".join(
                filter(None, (district_json(gazetteer, d, {})["administrative"] for d in names))
            )
        )
    return cache[districts]


def _full_records(session: Any, kind: str, ids: list[int]) -> list[Any]:
    from volmatch.storage import repository as repo

    if len(ids) <= FULL_RECORDS_ONE_BY_ONE:
        get = repo.get_opportunity if kind == "opportunities" else repo.get_volunteer
        return [r for r in (get(session, i) for i in ids) if r is not None]
    wanted = set(ids)
    load = repo.load_opportunities if kind == "opportunities" else repo.load_volunteers
    return [r for r in load(session) if r.id in wanted]


def _opportunity_lines(execute: Any, ids: list[int] | None = None) -> list[str]:
    """The text lines of every live opportunity (or of ``ids``): four columns, the
    organisation and the districts, no folding. ``execute(sql)`` runs plain SQL and returns
    rows: a SQLAlchemy connection's or the standard-library driver's (``fastread``)."""
    from collections import defaultdict

    districts: dict[int, list[str]] = defaultdict(list)
    lines = []
    for part in [None] if ids is None else _chunks(ids):
        # ids are integers read from the database: written into the SQL as numbers
        where = "" if part is None else f" IN ({', '.join(str(int(i)) for i in part)})"
        for parent, district in execute(
            "SELECT opportunity_id, district FROM opportunity_district"
            + (f" WHERE opportunity_id{where}" if where else "")
            + " ORDER BY opportunity_id, position"
        ):
            districts[parent].append(district)
        lines += [
            f"{rid:>6}  {ext or '-':<12} {status_word(status):<9} {title} — {org or ''} "
            f"({', '.join(districts.get(rid, ())) or '-'})"
            for rid, ext, status, title, org in execute(
                "SELECT o.id, o.external_id, o.status, o.title, g.name FROM opportunity o "
                "LEFT OUTER JOIN organization g ON o.organization_id = g.id "
                "WHERE o.deleted_at IS NULL"
                + (f" AND o.id{where}" if where else "")
                + " ORDER BY o.id"
            )
        ]
    return lines


def _volunteer_lines(execute: Any) -> list[str]:
    """The text lines of every live volunteer (id, name, e-mail, district, languages), from
    plain SQL as :func:`_opportunity_lines` (personal data: to the local terminal only)."""
    from collections import defaultdict

    from volmatch.domain import Level

    skills: dict[int, list[str]] = defaultdict(list)
    for parent, code, level in execute(
        "SELECT volunteer_id, code, level FROM volunteer_language ORDER BY volunteer_id, position"
    ):
        skills[parent].append(code if level is None else f"{code}:{Level(level).label}")
    return [
        f"{rid:>6}  {ext or '-':<12} {name} <{email}> "
        f"({district or '?'}; {' '.join(skills.get(rid, ()))})"
        for rid, ext, name, email, district in execute(
            "SELECT id, external_id, name, email, district FROM volunteer "
            "WHERE deleted_at IS NULL ORDER BY id"
        )
    ]


def _chunks(ids: list[int], size: int = 500):
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _session_sql(session: Any):
    """``execute`` for :func:`_opportunity_lines` through a SQLAlchemy session."""
    return lambda sql: session.connection().exec_driver_sql(sql)


def fast_volunteer_lines(url: str | None) -> list[str] | None:
    """Every live volunteer's line straight from a SQLite file at this app's schema head,
    as :func:`fast_opportunity_lines`; None when that does not apply."""
    from volmatch import paths
    from volmatch.storage import fastread

    with fastread.snapshot(url or paths.default_database_url()) as connection:
        return None if connection is None else _volunteer_lines(connection.execute)


def fast_opportunity_lines(url: str | None, words: list[str] | None = None) -> list[str] | None:
    """Every live listing's line (or those holding every folded word of ``words``) straight
    from a SQLite file at this app's schema head, without loading SQLAlchemy; None when
    that does not apply (the normal path then opens the database, derives again what is
    out of date and reports what is wrong)."""
    from volmatch import paths
    from volmatch.storage import fastread

    with fastread.snapshot(url or paths.default_database_url()) as connection:
        if connection is None:
            return None
        ids = None
        if words:
            ids = fastread.search_listings(connection, words)
            if ids is None:
                return None
        return _opportunity_lines(connection.execute, ids)


def search_opportunities(db: Any, words: list[str], as_json: bool) -> tuple[list, list[str]]:
    """``collect`` for a search among listings, from their stored search text: only the
    listings found are read (``storage.derived``)."""
    from volmatch.cli.match_cmd import derivation_progress
    from volmatch.storage import derived

    ids = derived.search_opportunities(db, words, derivation_progress())
    with db.session() as session:
        lines = _opportunity_lines(_session_sql(session), ids)
        if not as_json:
            return [], lines
        records = _full_records(session, "opportunities", ids)
    from volmatch.reference.gazetteer import default_gazetteer

    gz = default_gazetteer()
    objects = [opportunity_json(r, gz) for r in records]
    return objects, [line for line, rec in zip(lines, records, strict=False) if rec is not None]


def collect(
    session: Any, kind: str, search: str | None, as_json: bool = True
) -> tuple[list[dict[str, Any]], list[str]]:
    """The JSON objects (only when ``as_json``) and the text lines of ``kind`` matching ``search``.

    Lines and the search come from the repository's plain table rows; full records are
    loaded only for the JSON of the matching ones.
    """
    from volmatch.reference.gazetteer import default_gazetteer
    from volmatch.storage import repository as repo

    words = fold(search).split() if search else []
    if kind == "opportunities" and not words and not as_json:
        return [], _opportunity_lines(_session_sql(session))
    gz = default_gazetteer()
    objects: list[dict[str, Any]] = []
    lines: list[str] = []
    if kind == "opportunities":
        rows = repo.opportunity_rows(session)
        if words:
            extra = _extra_opportunity_text(session, gz)
            admins: dict[str, str] = {}
            rows = [
                r
                for r in rows
                if all(
                    w in f"{r.search} {fold(r.interests)} {_admins(gz, r.districts, admins)} "
                    f"{extra.get(r.id, '')}"
                    for w in words
                )
            ]
        for r in rows:
            where = r.districts or "-"
            lines.append(
                f"{r.id:>6}  {r.external_id or '-':<12} {status_word(r.status):<9} {r.title} — "
                f"{r.organization} ({where})"
            )
        if as_json:
            records = _full_records(session, kind, [r.id for r in rows])
            objects = [opportunity_json(r, gz) for r in records]
            lines = [line for line, rec in zip(lines, records, strict=False) if rec is not None]
    elif kind == "volunteers" and not words and not as_json:
        lines = _volunteer_lines(_session_sql(session))
    elif kind == "volunteers":
        rows = repo.volunteer_rows(session)
        if words:
            extra = _extra_volunteer_text(session)
            rows = [r for r in rows if all(w in f"{r.search} {extra.get(r.id, '')}" for w in words)]
        for r in rows:
            lines.append(
                f"{r.id:>6}  {r.external_id or '-':<12} {r.name} <{r.email}> "
                f"({r.district or '?'}; {r.languages})"
            )
        if as_json:
            objects = [
                volunteer_json(r, gz) for r in _full_records(session, kind, [r.id for r in rows])
            ]
    else:
        counts: dict[str, int] = {}
        for row in repo.opportunity_rows(session):  # plain tuples: cheap even for 100k
            key = fold(row.organization)
            counts[key] = counts.get(key, 0) + 1
        for org in repo.list_organizations(session):
            if search and not matches(_haystack([org.name, org.email, org.website]), search):
                continue
            count = counts.get(fold(org.name), 0)
            objects.append(
                {
                    "id": org.id,
                    "name": org.name,
                    "email": org.email,
                    "phone": org.phone,
                    "website": org.website,
                    "opportunities": count,
                }
            )
            lines.append(
                f"{org.id:>6}  {org.name} ("
                + ngettext("{n} opportunity", "{n} opportunities", count).format(n=count)
                + ")"
            )
    return objects, lines


def run(args: argparse.Namespace) -> int:
    if args.kind == "opportunities" and not args.json:
        words = fold(args.search).split() if args.search else []
        lines = fast_opportunity_lines(getattr(args, "db", None), words)
        if lines is not None:
            _print(args, [], lines)
            return 0
    if args.kind == "volunteers" and not args.json and not (args.search or "").split():
        lines = fast_volunteer_lines(getattr(args, "db", None))
        if lines is not None:
            _print(args, [], lines)
            return 0
    from volmatch.cli.paths import open_for_reading
    from volmatch.storage.database import DatabaseError

    try:
        db = open_for_reading(getattr(args, "db", None))
        try:
            words = fold(args.search).split() if args.search else []
            if args.kind == "opportunities" and words:
                objects, lines = search_opportunities(db, words, args.json)
            else:
                with db.session() as session:
                    objects, lines = collect(session, args.kind, args.search, as_json=args.json)
        finally:
            db.dispose()
    except DatabaseError as exc:
        raise CommandError(str(exc)) from exc
    _print(args, objects, lines)
    return 0


def _print(args: argparse.Namespace, objects: list, lines: list[str]) -> None:
    if args.json:
        print(json.dumps(objects, ensure_ascii=False, indent=2))
    else:
        from volmatch.text import printable  # stored text may hold terminal escapes

        print(
            "\n".join(map(printable, lines))
            if lines
            else (
                _(NOTHING[args.kind]).format(search=args.search)
                if args.search
                else _(NOTHING_AT_ALL[args.kind])
            )
        )
