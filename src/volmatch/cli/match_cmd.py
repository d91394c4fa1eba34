"""``volmatch match (--volunteer REF | --opportunity REF) [--top N] [--json] [--all]``.

Prints the ranking with its parts and reasons; the JSON shape is documented in
docs/cli-match.md. Volunteers are personal data: they are shown from the local
database to the local terminal only, by id, external_id and name (no contacts).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import Any

from volmatch.cli import CommandError, add_db_option
from volmatch.domain import Opportunity, Volunteer

LANGS = ("en", "cs", "uk")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "match",
        help="rank listings for a volunteer, or volunteers for a listing",
        description="Rank opportunities for a volunteer (only published, still valid ones unless "
        "--any-status), or volunteers for an opportunity, with each part of the score and the "
        "reasons. REF is a numeric id, an external_id or (for a volunteer) an e-mail address.",
    )
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--volunteer", metavar="REF", help="the volunteer to find listings for")
    who.add_argument("--opportunity", metavar="REF", help="the listing to find volunteers for")
    parser.add_argument("--top", type=int, default=10, metavar="N", help="how many (default 10)")
    parser.add_argument(
        "--all",
        action="store_true",
        help="also show the best pairs that miss a requirement (a required language, dates, age)",
    )
    parser.add_argument(
        "--any-status",
        action="store_true",
        help="propose drafts, archived and expired listings too (volunteer direction)",
    )
    parser.add_argument("--lang", choices=LANGS, default="en", help="language of the reasons")
    parser.add_argument("--json", action="store_true", help="JSON (see docs/cli-match.md)")
    add_db_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from volmatch.storage import repository as repo
    from volmatch.storage.database import DatabaseError, open_database

    if args.top < 1:
        raise CommandError(f"--top must be at least 1, not {args.top}")
    from volmatch.cli.paths import existing_database

    try:
        db = open_database(existing_database(getattr(args, "db", None)))
        try:
            with db.session() as s:
                if args.volunteer is not None:
                    subject = repo.find_volunteer(s, args.volunteer)
                    if subject is None:
                        raise CommandError(
                            f"no volunteer with id, external_id or e-mail '{args.volunteer}'"
                        )
                    others = {o.id: o for o in repo.load_opportunities(s)}
                else:
                    subject = repo.find_opportunity(s, args.opportunity)
                    if subject is None:
                        raise CommandError(
                            f"no opportunity with id or external_id '{args.opportunity}'"
                        )
                    others = {v.id: v for v in repo.load_volunteers(s)}
        finally:
            db.dispose()
    except DatabaseError as exc:
        raise CommandError(str(exc)) from exc
    result = rank(subject, others, args.top, args.all, args.any_status, args.lang)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(render_text(result))
    return 0


def rank(
    subject: Volunteer | Opportunity,
    others: dict[int, Any],
    top: int,
    include_unmet: bool = False,
    any_status: bool = False,
    lang: str = "en",
    today: dt.date | None = None,
) -> dict[str, Any]:
    """The JSON-ready result of one query (see docs/cli-match.md)."""
    from volmatch.matching import Matcher, OpportunityFilter, sentence

    if isinstance(subject, Volunteer):
        matcher = Matcher(others.values(), require_consent=True)
        flt = OpportunityFilter(enabled=not any_status, today=today)
        ranking = matcher.for_volunteer(subject, top, include_unmet=include_unmet, filter=flt)
        other_kind = "opportunity"
    else:
        matcher = Matcher((), others.values(), require_consent=True)
        ranking = matcher.for_opportunity(subject, top, include_unmet=include_unmet, today=today)
        other_kind = "volunteer"

    def reason_json(r) -> dict[str, Any]:
        return {**r.to_json(), "text": sentence(r, lang, matcher.context)}

    def match_json(rank_no: int, m) -> dict[str, Any]:
        other_id = m.opportunity_id if other_kind == "opportunity" else m.volunteer_id
        return {
            "rank": rank_no,
            "score": m.score,
            "meets_requirements": m.meets_requirements,
            "unmet": list(m.unmet),
            other_kind: _record_json(others.get(other_id)),
            "parts": m.parts.as_dict(),
            "reasons": [reason_json(r) for r in m.reasons],
        }

    w = matcher.weights
    return {
        "subject": _record_json(subject),
        "direction": f"{'volunteer' if other_kind == 'opportunity' else 'opportunity'}->{other_kind}",
        "filter": None
        if ranking.filter is None
        else {
            "enabled": ranking.filter.enabled,
            "today": ranking.filter.today.isoformat() if ranking.filter.today else None,
            "text": ranking.filter.describe(),
        },
        "weights": {
            p: getattr(w, p) for p in ("language", "district", "interests", "availability")
        },
        "considered": ranking.considered,
        "excluded_by_filter": ranking.excluded_by_filter,
        "unmet_total": ranking.unmet_total,
        "blocked": ranking.blocked or None,
        "excluded_no_consent": ranking.excluded_no_consent,
        "notes": [reason_json(r) for r in ranking.notes],
        "relaxations": [
            {"need": r.need, "count": r.count, "text": matcher.describe_relaxation(r, lang)}
            for r in ranking.relaxations
        ],
        "matches": [match_json(i, m) for i, m in enumerate(ranking.matches, 1)],
        "unmet_matches": [match_json(i, m) for i, m in enumerate(ranking.unmet_matches, 1)],
    }


def _record_json(record: Volunteer | Opportunity | None) -> dict[str, Any] | None:
    if record is None:
        return None
    if isinstance(record, Volunteer):
        return {
            "type": "volunteer",
            "id": record.id,
            "external_id": record.external_id,
            "name": record.name,
        }
    return {
        "type": "opportunity",
        "id": record.id,
        "external_id": record.external_id,
        "title": record.title,
        "organization": record.organization,
        "status": record.status.value,
    }


def _label(rec: dict[str, Any] | None) -> str:
    if rec is None:
        return "?"
    ext = f" {rec['external_id']}" if rec.get("external_id") else ""
    return f"#{rec['id']}{ext} {rec.get('title') or rec.get('name')}"


BLOCKED_TEXT = {
    "no_consent": "the volunteer has not consented to matching (no consent date); "
    "record the consent in the profile first",
    "consent_scope": "the volunteer's consent does not cover matching; "
    "update the consent scope in the profile first",
}


def render_text(result: dict[str, Any]) -> str:
    lines = []
    subject = result["subject"]
    head = f"{subject['type'].capitalize()} {_label(subject)}: "
    lines.append(head + f"{len(result['matches'])} best of {result['considered']} considered")
    if result["filter"]:
        hidden = result["excluded_by_filter"]
        lines.append(
            f"Filter: {result['filter']['text']}" + (f" ({hidden} hidden)" if hidden else "")
        )
    if result.get("blocked"):
        lines.append(f"Not matched: {BLOCKED_TEXT.get(result['blocked'], result['blocked'])}")
    if result.get("excluded_no_consent"):
        lines.append(
            f"Left out: {result['excluded_no_consent']} volunteer(s) without consent to matching"
        )
    for note in result["notes"]:
        lines.append(f"Note: {note['text']}")
    other = "opportunity" if result["direction"].endswith("opportunity") else "volunteer"

    def block(matches: list[dict[str, Any]]) -> None:
        for m in matches:
            parts = " · ".join(f"{k} {v:.2f}" for k, v in m["parts"].items())
            lines.append(f"{m['rank']:>3}. {m['score']:6.2f}  {_label(m[other])}")
            lines.append(f"        {parts}")
            for r in m["reasons"]:
                lines.append(f"        - {r['text']}")

    if not result["matches"]:
        lines.append("No pair meets every requirement.")
    block(result["matches"])
    if result["unmet_matches"]:
        lines.append("Missing a requirement:")
        block(result["unmet_matches"])
    if result["relaxations"]:
        lines.append("Also possible: " + "; ".join(r["text"] for r in result["relaxations"]))
    elif result["unmet_total"]:
        lines.append(
            f"{result['unmet_total']} more miss more than one requirement (--all shows them)"
        )
    return "\n".join(lines)
