"""The ``volmatch`` command line (a stable contract, see the README).

Each subcommand lives in its own module with ``register(subparsers)``, which adds
its parser and sets ``handler`` (a function ``(args) -> int``) as a default.
Exit codes: 0 success, 1 bad input (one-line reason on stderr), 2 usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from volmatch import messages
from volmatch.errors import InputError
from volmatch.messages import _, ngettext

SUBCOMMAND_MODULES = (
    "demo_cmd",
    "import_cmd",
    "export_cmd",
    "cards_cmd",
    "match_cmd",
    "list_cmd",
    "db_cmd",
    "privacy_cmd",
    "outreach_cmd",
)


class CommandError(Exception):
    """Bad input for a command: printed as one line on stderr, exit code 1."""


def error_line(message: str) -> str:
    """The one line on stderr for bad input: "volmatch: error: …" in the user's language."""
    from volmatch.issue_words import expected_text

    return _("volmatch: error: {message}").format(message=expected_text(message))


#: Subcommands whose own --lang means something else (export: the listings' language;
#: privacy export: the document's); theirs never sets the language of the messages.
OWN_LANG = ("export", "privacy")


def message_language(argv: Sequence[str], environ=None) -> str:
    """The language of the messages: ``--lang`` before the subcommand (or after it, for a
    subcommand without a --lang of its own; ``match --lang ru`` words the reasons in
    Russian and the rest in the locale's language), else the locale's."""
    command = None
    for i, arg in enumerate(argv):
        value = None
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        elif arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        elif not arg.startswith("-") and command is None and (i == 0 or argv[i - 1] != "--db"):
            command = arg
        if value in messages.LANGS and command not in OWN_LANG:
            return value
    return messages.system_language(environ)


def _argparse_speaks_our_language() -> None:
    """argparse words its own messages ("usage:", "invalid choice") with gettext's
    default domain; ours translates them (cli/argparse_words.py lists them)."""
    argparse._ = _  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]


class _VersionAction(argparse._VersionAction):
    """``--version``: the installed version is read only when asked for (reading the
    package metadata costs more than the rest of ``--help``)."""

    def __call__(self, parser, namespace, values, option_string=None):
        from volmatch import __version__

        self.version = f"volmatch {__version__}"
        super().__call__(parser, namespace, values, option_string)


def build_parser() -> argparse.ArgumentParser:
    import importlib

    _argparse_speaks_our_language()
    parser = argparse.ArgumentParser(
        prog="volmatch",
        description=_(
            "Volunteering opportunities for foreigners: keep, match, publish. "
            "Without a command, opens the desktop app."
        ),
    )
    parser.add_argument(
        "--version",
        action=_VersionAction,
        help=_("show the version and exit"),
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help=_(
            "SQLAlchemy database URL (default: $VOLMATCH_DATABASE_URL or the SQLite file "
            "in your data directory)"
        ),
    )
    add_lang_option(parser)
    sub = parser.add_subparsers(dest="command", metavar=_("COMMAND"))
    for name in SUBCOMMAND_MODULES:
        try:
            module = importlib.import_module(f"volmatch.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"volmatch.cli.{name}":
                raise
            continue
        module.register(sub)
    return parser


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """Let ``--db`` also follow the subcommand (``volmatch demo --db URL``)."""
    parser.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help=_("database URL"))


def add_lang_option(parser: argparse.ArgumentParser) -> None:
    """``--lang cs|en|uk``: the language of the messages (read before parsing, see
    message_language); default: the locale's."""
    parser.add_argument(
        "--lang",
        choices=messages.LANGS,
        default=argparse.SUPPRESS,
        help=_("language of the messages: cs, en or uk (default: the system's)"),
    )


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    messages.set_language(message_language(argv))
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        code = int(handler(args) or 0)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's last flush
        return code
    except (CommandError, InputError) as exc:
        from volmatch.text import printable

        print(error_line(printable(str(exc))), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(_("volmatch: interrupted"), file=sys.stderr)
        return 1
    except BrokenPipeError:
        # Output piped into `head` and closed early: not an error of ours (before the
        # catch-all below, which would let it through as a traceback).
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:
        # A database problem is one line with the way forward, never a traceback.
        from volmatch.storage.database import DatabaseError

        if not isinstance(exc, DatabaseError):
            raise
        from volmatch.cli.db_cmd import describe_database_error

        print(error_line(describe_database_error(exc)), file=sys.stderr)
        return 1
