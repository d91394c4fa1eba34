"""The desktop app's entry point: paint the window first, load the heavy parts after.

Only PySide6 and a few standard-library modules are imported before the main
window is shown. While it is painted, a thread reads the listings of a SQLite
file with the standard-library driver (gui/preload.py); SQLAlchemy, numpy,
rapidfuzz and the database proper are loaded once the rows are on screen.
"""

from __future__ import annotations

import os
import sys
import time

_STARTED = time.time()


def _parse(argv: list[str]) -> dict[str, str]:
    """``--db URL`` and ``--lang cs|en``; anything else is left to Qt."""
    options: dict[str, str] = {}
    i = 0
    while i < len(argv):
        arg = argv[i]
        for name in ("--db", "--lang"):
            if arg == name and i + 1 < len(argv):
                options[name[2:]] = argv[i + 1]
                i += 1
            elif arg.startswith(name + "="):
                options[name[2:]] = arg.split("=", 1)[1]
        i += 1
    return options


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    options = _parse(args)
    preload = _preload(options)
    from PySide6.QtCore import QLocale, QTimer
    from PySide6.QtWidgets import QApplication

    from volmatch.gui import i18n
    from volmatch.gui.mainwindow import MainWindow
    from volmatch.gui.settings import Settings

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("volmatch")
    app.setOrganizationName("volmatch")
    settings = Settings()
    i18n.install(app, i18n.pick_language(options.get("lang") or settings.language))
    preload.set_language(QLocale().name().split("_")[0])
    window = MainWindow(settings, options.get("db"), preload=preload)
    probe = os.environ.get("VOLMATCH_GUI_PROBE")
    if probe:
        _attach_probe(window, probe)
    # Open the database only once the window is on screen: a timer alone may fire before
    # the first paint when the machine is busy, and then the core's imports delay it.
    window.first_paint.connect(lambda: QTimer.singleShot(0, window.start))
    preload.start()
    window.show()
    QTimer.singleShot(1500, window.start)  # a window started minimized is never painted
    return app.exec()


def _preload(options: dict[str, str]):
    """The listings' reader (see gui/preload.py); it starts once the window is built.

    The database is the one asked for, else the last one used as the settings file
    records it; the main window uses the rows only if it opens that same database."""
    import configparser

    from volmatch.gui.preload import Preload
    from volmatch.paths import config_dir, default_database_url

    url = options.get("db")
    if not url:
        parser = configparser.ConfigParser(interpolation=None)
        try:
            parser.read(config_dir() / "volmatch.ini", encoding="utf-8")
            url = parser.get("database", "last_url", fallback="").strip()
        except (OSError, configparser.Error, UnicodeDecodeError):
            url = ""
    return Preload(url or default_database_url())


def _attach_probe(window, probe: str = "1") -> None:
    """For the benchmark: print when the window is painted and when rows are shown, then quit.

    ``probe`` "match:ID": instead, as soon as the matching page can answer (before the
    database is open, or once it is), ask it for volunteer ID's listings and print when
    they are shown."""
    from PySide6.QtWidgets import QApplication

    def painted() -> None:
        print(f"painted {time.time():.6f}", flush=True)

    if probe.startswith("match:"):
        _probe_matching(window, int(probe.split(":", 1)[1]))
        print(f"started {_STARTED:.6f}", flush=True)
        window.first_paint.connect(painted)
        return

    def loaded(rows: int) -> None:
        window.opportunities.table.viewport().repaint()
        print(f"rows {rows} {time.time():.6f}", flush=True)
        print(f"rss {_rss_kb()}", flush=True)
        QApplication.instance().quit()

    print(f"started {_STARTED:.6f}", flush=True)
    window.first_paint.connect(painted)
    window.opportunities.loaded.connect(loaded)


def _probe_matching(window, volunteer_id: int) -> None:
    from PySide6.QtWidgets import QApplication

    page = window.matching

    def shown(view) -> None:
        page.show_view(view)
        page.table.viewport().repaint()
        print(f"matched {len(view.rows)} {time.time():.6f}", flush=True)
        print(f"rss {_rss_kb()}", flush=True)
        QApplication.instance().quit()

    asked = []

    def ask() -> None:
        if asked:
            return
        asked.append(True)
        window.show_page("matching")

        def early(url, prepared):
            from volmatch.gui.backend_matching import rank_for_volunteer_early

            return rank_for_volunteer_early(url, prepared, volunteer_id, True, "en")

        page.ctx.run_matching(
            page, lambda b, p: b.rank_for_volunteer(volunteer_id, True, "en"), shown, early
        )

    # Asked as soon as the page can answer: from the listings prepared at start, or in the
    # same turn as the database opens, before the lists' reloads start, as a person's
    # request would go before them (they run in the background).
    window.ctx.early_ready.connect(ask)
    window.ctx.backend_ready.connect(ask)


def _rss_kb() -> int:
    """Resident memory of this process in kB (Linux; 0 elsewhere)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
