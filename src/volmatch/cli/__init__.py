"""The ``volmatch`` command line (a stable contract, see the README).

Each subcommand lives in its own module with ``register(subparsers)``, which adds
its parser and sets ``handler`` (a function ``(args) -> int``) as a default.
Exit codes: 0 success, 1 bad input (one-line reason on stderr), 2 usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from volmatch import __version__
from volmatch.errors import InputError

SUBCOMMAND_MODULES = (
    "demo_cmd",
    "import_cmd",
    "export_cmd",
    "match_cmd",
    "list_cmd",
    "db_cmd",
    "privacy_cmd",
)


class CommandError(Exception):
    """Bad input for a command: printed as one line on stderr, exit code 1."""


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = argparse.ArgumentParser(
        prog="volmatch",
        description="Volunteering opportunities for foreigners: keep, match, publish. "
        "Without a command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"volmatch {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="SQLAlchemy database URL (default: $VOLMATCH_DATABASE_URL or the SQLite file "
        "in your data directory)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
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
    parser.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="database URL")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(handler(args) or 0)
    except (CommandError, InputError) as exc:
        from volmatch.text import printable

        print(f"volmatch: error: {printable(str(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("volmatch: interrupted", file=sys.stderr)
        return 1
    except Exception as exc:
        # A database problem is one line with the way forward, never a traceback.
        from volmatch.storage.database import DatabaseError

        if not isinstance(exc, DatabaseError):
            raise
        from volmatch.cli.db_cmd import describe_database_error

        print(f"volmatch: error: {describe_database_error(exc)}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # Output piped into `head` and closed early: not an error of ours.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
