"""``volmatch outreach VOLUNTEER LISTING``: the e-mail to the volunteer (in their language)
or to the listing's organization (in Czech, only what the volunteer agreed to pass on),
printed, or saved as an .eml draft and an .ics invitation (``volmatch.outreach_mail``)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from volmatch.cli import CommandError, add_db_option
from volmatch.messages import N_, _

# The volunteer's fields as the command names them when they are left out.
FIELDS = {
    "name": N_("name"),
    "email": N_("e-mail"),
    "phone": N_("phone"),
    "languages": N_("languages"),
    "availability": N_("days and times"),
    "district": N_("home district"),
    "interests": N_("interests"),
    "dates": N_("available dates"),
    "birth_year": N_("year of birth"),
    "notes": N_("internal notes"),
}
REASONS = {
    "no_consent": N_("left out, no consent is recorded: {fields}"),
    "consent_scope": N_("left out, the consent does not cover passing them on: {fields}"),
    "never": N_("never passed on: {fields}"),
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "outreach",
        help=_("the e-mail about a listing to a volunteer or to its organization"),
        description=_(
            "Print the e-mail about LISTING to the volunteer (in their language) or to the "
            "listing's organization (in Czech, with only what the volunteer agreed to pass "
            "on), or save it as an .eml draft with the calendar invitation attached."
        ),
    )
    parser.add_argument("volunteer", metavar="VOLUNTEER", help=_("id, external id or e-mail"))
    parser.add_argument("listing", metavar="LISTING", help=_("id or external id"))
    parser.add_argument(
        "--to",
        choices=("volunteer", "organization"),
        default="volunteer",
        help=_("whom the e-mail is for (default: volunteer)"),
    )
    parser.add_argument("--eml", metavar="FILE", help=_("save the e-mail as an .eml draft"))
    parser.add_argument("--ics", metavar="FILE", help=_("save the calendar invitation alone"))
    parser.add_argument("--force", action="store_true", help=_("replace existing files"))
    add_db_option(parser)
    parser.set_defaults(handler=run)


def _draft(args: argparse.Namespace):
    from volmatch.cli.paths import open_for_reading
    from volmatch.outreach_mail import compose
    from volmatch.storage import repository as repo

    db = open_for_reading(getattr(args, "db", None))
    try:
        with db.session() as s:
            volunteer = repo.find_volunteer(s, args.volunteer)
            listing = repo.find_opportunity(s, args.listing)
            organizations = repo.list_organizations(s)
    finally:
        db.dispose()
    if volunteer is None:
        raise CommandError(
            _("no volunteer '{ref}' ('volmatch list volunteers' shows them)").format(
                ref=args.volunteer
            )
        )
    if listing is None:
        raise CommandError(
            _("no listing '{ref}' ('volmatch list opportunities' shows them)").format(
                ref=args.listing
            )
        )
    outreach = compose(volunteer, listing, organizations)
    return outreach.volunteer if args.to == "volunteer" else outreach.organization


def _write(path: Path, data: bytes, force: bool) -> None:
    from volmatch.cli.paths import check_new_file, check_private_target

    check_new_file(path, force)
    check_private_target(path)  # personal data never into a published folder
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)


def run(args: argparse.Namespace) -> int:
    from volmatch.outreach_mail import eml_bytes
    from volmatch.text import printable

    draft = _draft(args)
    if draft.blocked and args.eml:
        raise CommandError(
            _("the volunteer has not agreed to be contacted: no e-mail is saved for them")
        )
    groups: dict[str, list[str]] = {}
    for field, reason in draft.left_out:
        groups.setdefault(reason, []).append(_(FIELDS.get(field, field)))
    for reason, fields in groups.items():
        print(_(REASONS[reason]).format(fields=", ".join(fields)), file=sys.stderr)
    if args.ics and draft.invitation is None:
        raise CommandError(_("the listing has neither dates nor weekdays: no invitation"))
    if args.ics:
        _write(Path(args.ics), draft.invitation.data, args.force)
        print(_("invitation saved: {path}").format(path=args.ics), file=sys.stderr)
    if args.eml:
        data = eml_bytes(
            draft.to,
            draft.to_name,
            draft.subject,
            draft.body,
            lang=draft.lang,
            invitation=draft.invitation,
        )
        _write(Path(args.eml), data, args.force)
        print(_("e-mail saved: {path}").format(path=args.eml), file=sys.stderr)
        return 0
    if draft.blocked:
        print(_("the volunteer has not agreed to be contacted"), file=sys.stderr)
    text = f"To: {draft.to}\nSubject: {draft.subject}\n\n{draft.body}"
    print("\n".join(printable(line) for line in text.splitlines()))
    return 0
