"""``volmatch match (--volunteer REF | --opportunity REF) [--top N] [--json] [--all]
[--weights language=0.3,...] [--full lower|hide|keep]``.

Prints the ranking with its parts and reasons; the JSON shape is documented in
docs/cli-match.md. It ranks through :mod:`volmatch.matching.service`, as the app does,
with the weights stored in the database (``--weights`` overrides them for one run),
coordinators' pins and hides and listings' free places. Volunteers are personal data: they are shown from the local
database to the local terminal only, by id, external_id and name (no contacts).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from typing import Any

from volmatch import messages
from volmatch.cli import CommandError, add_db_option
from volmatch.domain import Opportunity, Volunteer
from volmatch.messages import N_, _, ngettext

#: The languages the site is published in: the reasons can be worded in each, to be
#: read by the volunteer; the rest of the output follows the messages' language.
LANGS = ("cs", "en", "uk", "ru", "vi")
PROGRESS_FROM = 1000  # records to derive again before progress is shown


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "match",
        help=_("rank listings for a volunteer, or volunteers for a listing"),
        description=_(
            "Rank opportunities for a volunteer (only published, still valid ones unless "
            "--any-status), or volunteers for an opportunity, with each part of the score and "
            "the reasons. REF is a numeric id, an external_id or (for a volunteer) an e-mail "
            "address."
        ),
    )
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--volunteer", metavar="REF", help=_("the volunteer to find listings for"))
    who.add_argument("--opportunity", metavar="REF", help=_("the listing to find volunteers for"))
    parser.add_argument("--top", type=int, default=10, metavar="N", help=_("how many (default 10)"))
    parser.add_argument(
        "--all",
        action="store_true",
        help=_(
            "also show the best pairs that miss a requirement (a required language, dates, age)"
        ),
    )
    parser.add_argument(
        "--any-status",
        action="store_true",
        help=_("propose drafts, archived and expired listings too (volunteer direction)"),
    )
    parser.add_argument(
        "--weights",
        metavar="PARTS",
        help=_(
            "weights for this run instead of the stored ones, e.g. "
            "language=0.3,district=0.25,interests=0.35,availability=0.1 (missing parts: defaults)"
        ),
    )
    parser.add_argument(
        "--full",
        choices=("lower", "hide", "keep"),
        default="lower",
        help=_("listings with every place taken: rank them lower (default), hide or keep them"),
    )
    parser.add_argument(
        "--lang",
        choices=LANGS,
        default=None,
        help=_(
            "language of the reasons, for the volunteer to read: cs, en, uk, ru or vi "
            "(default: the language of the messages)"
        ),
    )
    parser.add_argument("--json", action="store_true", help=_("JSON (see docs/cli-match.md)"))
    add_db_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from volmatch.matching import service

    if args.top < 1:
        raise CommandError(_("--top must be at least 1, not {n}").format(n=args.top))
    given = None
    if args.weights is not None:
        try:
            given = service.WeightsInEffect(service.parse_weights(args.weights), "given")
        except ValueError as exc:
            raise CommandError(f"--weights: {exc}") from exc
    result = _from_snapshot(args, given)
    if result is None:
        result = _from_database(args, given)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        from volmatch.text import printable  # stored text may hold terminal escapes

        print("\n".join(map(printable, render_text(result).split("\n"))))
    return 0


def _from_snapshot(args: argparse.Namespace, given: Any) -> dict[str, Any] | None:
    """The result read straight from a SQLite file at this app's schema head whose stored
    matching data is current, without SQLAlchemy; None when that does not apply (the
    normal path then opens the database, derives again what is out of date and says
    what is wrong)."""
    import sqlite3

    from volmatch import paths
    from volmatch.storage import fastread
    from volmatch.storage.fastrecords import SnapshotReader

    with fastread.snapshot(getattr(args, "db", None) or paths.default_database_url()) as conn:
        if conn is None:
            return None
        reader = SnapshotReader(conn)
        try:
            # read while the matcher loads and the files are hashed (each read asks if current)
            if args.volunteer is not None:
                reader.read_early(("opportunity", False))
            else:
                reader.read_early(("volunteer", False), ("opportunity", True))
            kinds = ("opportunity",) if args.volunteer is not None else ("opportunity", "volunteer")
            if not all(reader.current(kind) for kind in kinds):
                return None
            from volmatch.matching.stored import matcher_from_database

            matcher = matcher_from_database(reader, require_consent=True)
            return _result(args, reader, reader, given, matcher)
        except sqlite3.Error:
            return None
        finally:
            reader.finish()


def _from_database(args: argparse.Namespace, given: Any) -> dict[str, Any]:
    from volmatch.cli.paths import existing_database
    from volmatch.storage.database import DatabaseError, open_database

    try:
        db = open_database(existing_database(getattr(args, "db", None)))
        try:
            with db.session() as s:
                subject, curation, weights = _query(args, _Repository(s), s, given)
            # the same matcher as the app's, from the stored matching columns: the side
            # ranked only, records only for the pairs shown
            return _rank_subject(args, subject, curation, weights, _matcher(db))
        finally:
            db.dispose()
    except DatabaseError as exc:
        raise CommandError(str(exc)) from exc


class _Repository:
    """``find_volunteer``/``find_opportunity`` of a session, as ``SnapshotReader`` has them."""

    def __init__(self, session: Any) -> None:
        from volmatch.storage import repository

        self.find_volunteer = lambda ref: repository.find_volunteer(session, ref)
        self.find_opportunity = lambda ref: repository.find_opportunity(session, ref)


def _query(args: argparse.Namespace, reads: Any, session: Any, given: Any) -> tuple:
    """(subject, curation, weights in effect); CommandError for an unknown REF."""
    from volmatch.matching import service

    if args.volunteer is not None:
        subject = reads.find_volunteer(args.volunteer)
        if subject is None:
            raise CommandError(
                _("no volunteer with id, external_id or e-mail '{ref}'").format(ref=args.volunteer)
            )
        curation = service.load_curation(session, volunteer_id=subject.id)
    else:
        subject = reads.find_opportunity(args.opportunity)
        if subject is None:
            raise CommandError(
                _("no opportunity with id or external_id '{ref}'").format(ref=args.opportunity)
            )
        curation = service.load_curation(session, opportunity_id=subject.id)
    return subject, curation, given or service.stored_weights(session)


def _result(args, reads: Any, session: Any, given: Any, matcher: Any) -> dict[str, Any]:
    subject, curation, weights = _query(args, reads, session, given)
    return _rank_subject(args, subject, curation, weights, matcher)


def _rank_subject(args, subject, curation, weights, matcher) -> dict[str, Any]:
    index = matcher.opportunities if isinstance(subject, Volunteer) else matcher.volunteers
    return rank(
        subject,
        _Shown(index),
        args.top,
        args.all,
        args.any_status,
        args.lang or messages.language(),
        weights=weights,
        curation=curation,
        full=args.full,
        matcher=matcher,
    )


class _Shown:
    """The records of the other side, looked up (and loaded) only for the pairs shown."""

    def __init__(self, index: Any) -> None:
        self.get = index.get


def _matcher(db: Any) -> Any:
    """The matcher over the stored columns; derives again, with progress, what is out of date."""
    from volmatch.matching.stored import matcher_from_database

    # each side is read when first needed: one direction reads one side
    return matcher_from_database(db, require_consent=True, progress=derivation_progress())


def derivation_progress() -> Callable[[int, int], None]:
    """Progress on stderr while many stored matching values are derived again."""
    shown = [False]

    def progress(done: int, total: int) -> None:
        if total >= PROGRESS_FROM:
            end = "\n" if done >= total else ""
            if not shown[0]:
                print(
                    _("preparing the matching data (once, after new reference data)"),
                    file=sys.stderr,
                )
                shown[0] = True
            count = _("{done} of {total}").format(done=f"{done:,}", total=f"{total:,}")
            print(f"\r  {count}", end=end, file=sys.stderr, flush=True)

    return progress


def rank(
    subject: Volunteer | Opportunity,
    others: dict[int, Any],
    top: int,
    include_unmet: bool = False,
    any_status: bool = False,
    lang: str = "en",
    today: dt.date | None = None,
    *,
    weights: Any = None,
    curation: Any = None,
    full: str = "lower",
    matcher: Any = None,
) -> dict[str, Any]:
    """The JSON-ready result of one query (see docs/cli-match.md), ranked by the one
    matching service with ``weights`` (a WeightsInEffect; the defaults if None)."""
    from volmatch.matching import Matcher, service
    from volmatch.matching.reasons import sentence_per_reason

    weights = weights or service.WeightsInEffect(service.Weights(), "defaults")
    if isinstance(subject, Volunteer):
        matcher = matcher or Matcher(others.values(), require_consent=True)
        result = service.rank_for_volunteer(
            matcher,
            subject,
            weights.weights,
            top=top,
            include_unmet=include_unmet,
            only_published=not any_status,
            today=today,
            curation=curation,
            full_mode=service.FullListings(full),
        )
        other_kind = "opportunity"
    else:
        matcher = matcher or Matcher((), others.values(), require_consent=True)
        result = service.rank_for_opportunity(
            matcher,
            subject,
            weights.weights,
            top=top,
            include_unmet=include_unmet,
            today=today,
            curation=curation,
        )
        other_kind = "volunteer"
    ranking = result.ranking
    cur = result.curation

    def reasons_json(reasons) -> list[dict[str, Any]]:
        # The interests one phrase fits share one sentence (worded once, shown once).
        texts = sentence_per_reason(reasons, lang, matcher.context)
        return [{**r.to_json(), "text": t} for r, t in zip(reasons, texts, strict=True)]

    def match_json(rank_no: int, m) -> dict[str, Any]:
        other_id = m.opportunity_id if other_kind == "opportunity" else m.volunteer_id
        state = cur.states.get(other_id)
        return {
            "rank": rank_no,
            "score": m.score,
            "meets_requirements": m.meets_requirements,
            "unmet": list(m.unmet),
            "pinned": other_id in cur.pinned,
            "full": other_id in cur.full,
            "placed_elsewhere": other_id in cur.placed,
            "outcome": state.value if state is not None else None,
            other_kind: _record_json(others.get(other_id)),
            "parts": m.parts.as_dict(),
            "reasons": reasons_json(m.reasons),
        }

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
        "weights": service.weights_dict(result.weights),
        "weights_source": weights.source,
        "hidden_by_coordinator": result.hidden,
        "full_hidden": result.hidden_full,
        "considered": ranking.considered,
        "excluded_by_filter": ranking.excluded_by_filter,
        "unmet_total": ranking.unmet_total,
        "blocked": ranking.blocked or None,
        "excluded_no_consent": ranking.excluded_no_consent,
        "notes": reasons_json(ranking.notes),
        "relaxations": [
            {"need": r.need, "count": r.count, "text": matcher.describe_relaxation(r, lang)}
            for r in ranking.relaxations
        ],
        "matches": [match_json(i, m) for i, m in enumerate(result.matches, 1)],
        "unmet_matches": [match_json(i, m) for i, m in enumerate(result.unmet_matches, 1)],
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
    "no_consent": N_(
        "the volunteer has not consented to matching (no consent date); "
        "record the consent in the profile first"
    ),
    "consent_scope": N_(
        "the volunteer's consent does not cover matching; "
        "update the consent scope in the profile first"
    ),
}
PART = {
    "language": N_("language"),
    "district": N_("district"),
    "interests": N_("interests"),
    "availability": N_("availability"),
}


def _filter_text(flt: dict[str, Any]) -> str:
    if not flt.get("enabled"):
        return _("all listings (filter off)")
    if flt.get("today"):
        from volmatch.matching.reasons import format_day

        day = format_day(flt["today"], messages.language())
        return _("published listings still valid on {day}").format(day=day)
    return _("published listings still valid")


def render_text(result: dict[str, Any]) -> str:
    lines = []
    subject = result["subject"]
    head = (
        _("Volunteer {label}") if subject["type"] == "volunteer" else _("Opportunity {label}")
    ).format(label=_label(subject))
    lines.append(
        head
        + ": "
        + _("the best {n} of {considered} considered").format(
            n=len(result["matches"]), considered=result["considered"]
        )
    )
    source = {
        "stored": _("stored in the database"),
        "given": _("given with --weights"),
        "defaults": _("defaults"),
    }[result.get("weights_source", "defaults")]
    weights = " · ".join(
        f"{_(PART[k]) if k in PART else k} {v:.2f}" for k, v in result["weights"].items()
    )
    lines.append(_("Weights ({source}): {weights}").format(source=source, weights=weights))
    if result["filter"]:
        hidden = result["excluded_by_filter"]
        lines.append(
            _("Filter: {text}").format(text=_filter_text(result["filter"]))
            + (" " + _("({n} hidden)").format(n=hidden) if hidden else "")
        )
    if result.get("blocked"):
        blocked = result["blocked"]
        said = _(BLOCKED_TEXT[blocked]) if blocked in BLOCKED_TEXT else blocked
        lines.append(_("Not matched: {reason}").format(reason=said))
    if result.get("excluded_no_consent"):
        n = result["excluded_no_consent"]
        lines.append(
            ngettext(
                "Left out: {n} volunteer without consent to matching",
                "Left out: {n} volunteers without consent to matching",
                n,
            ).format(n=n)
        )
    seen_notes: set[str] = set()
    if result.get("hidden_by_coordinator"):
        lines.append(_("Hidden by a coordinator: {n}").format(n=result["hidden_by_coordinator"]))
    if result.get("full_hidden"):
        lines.append(
            _("Left out because every place is taken: {n}").format(n=result["full_hidden"])
        )
    for note in result["notes"]:
        if note["text"] not in seen_notes:
            seen_notes.add(note["text"])
            lines.append(_("Note: {text}").format(text=note["text"]))
    other = "opportunity" if result["direction"].endswith("opportunity") else "volunteer"

    def block(matches: list[dict[str, Any]]) -> None:
        for m in matches:
            parts = " · ".join(
                f"{_(PART[k]) if k in PART else k} {v:.2f}" for k, v in m["parts"].items()
            )
            marks = "".join(
                f" [{word}]"
                for word, on in (
                    (_("pinned"), m.get("pinned")),
                    (_("full"), m.get("full")),
                    (_("already placed"), m.get("placed_elsewhere")),
                    (m.get("outcome") or "", bool(m.get("outcome"))),
                )
                if on
            )
            lines.append(f"{m['rank']:>3}. {m['score']:6.2f}  {_label(m[other])}{marks}")
            lines.append(f"        {parts}")
            # One line per finding: reasons worded together (an interest's tags) once.
            for text in dict.fromkeys(r["text"] for r in m["reasons"]):
                lines.append(f"        - {text}")

    if not result["matches"]:
        lines.append(_("No pair meets every requirement."))
    block(result["matches"])
    if result["unmet_matches"]:
        lines.append(_("Missing a requirement:"))
        block(result["unmet_matches"])
    if result["relaxations"]:
        lines.append(
            _("Also possible: {text}").format(
                text="; ".join(r["text"] for r in result["relaxations"])
            )
        )
    elif result["unmet_total"]:
        n = result["unmet_total"]
        lines.append(
            ngettext(
                "{n} more misses more than one requirement (--all shows them)",
                "{n} more miss more than one requirement (--all shows them)",
                n,
            ).format(n=n)
        )
    return "\n".join(lines)
