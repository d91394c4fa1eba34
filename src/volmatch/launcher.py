"""Entry point: a subcommand runs the command line, anything else opens the desktop app.

Kept outside the Qt-free core so that the core never imports the GUI, and kept
tiny so that starting the window costs as little as possible.
"""

from __future__ import annotations

import sys

COMMANDS = {
    "demo",
    "import",
    "export",
    "cards",
    "match",
    "list",
    "db",
    "privacy",
    "-h",
    "--help",
    "--version",
}


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if "--self-test" in args:
        # An installation check for IT departments; offscreen, never touches the user's data.
        from volmatch.gui.selftest import main as selftest_main

        return selftest_main(args)
    # "--db URL" and "--lang CODE" may come before the subcommand; skip them to find it.
    words = [
        a
        for i, a in enumerate(args)
        if not a.startswith(("--db", "--lang"))
        and (i == 0 or args[i - 1] not in ("--db", "--lang"))
    ]
    # A word that is neither a command nor a file to open is a mistyped command: the
    # command line's usage error (exit 2), not the desktop app.
    mistyped = bool(words) and not words[0].startswith("-") and not _is_file(words[0])
    if words and (words[0] in COMMANDS or mistyped):
        from volmatch.cli import main as cli_main

        if words[0] in ("export", "cards"):  # share card images drawn with Qt (not the core)
            from volmatch.cards import install
            from volmatch.paths import data_dir

            install(cache=data_dir() / "card-cache")

        return cli_main(args)
    from volmatch.gui.app import main as gui_main

    return gui_main(args)


def _is_file(word: str) -> bool:
    import os

    return os.path.exists(word)


if __name__ == "__main__":
    sys.exit(main())
