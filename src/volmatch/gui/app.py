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
    from volmatch.gui.preload import mark

    mark("main")
    from PySide6.QtCore import QLocale, QTimer
    from PySide6.QtWidgets import QApplication

    from volmatch.gui import i18n
    from volmatch.gui.mainwindow import MainWindow
    from volmatch.gui.settings import Settings

    mark("qt imported")
    app = QApplication.instance() or QApplication([sys.argv[0]])
    mark("qapplication")
    app.setApplicationName("volmatch")
    app.setOrganizationName("volmatch")
    settings = Settings()
    probe = os.environ.get("VOLMATCH_GUI_PROBE", "")
    if probe.startswith("match:"):  # as a previous session on the Matching page left them
        _remember_matching(settings, options.get("db"), int(probe.split(":", 1)[1]))
    i18n.install(app, i18n.pick_language(options.get("lang") or settings.language))
    preload.set_language(QLocale().name().split("_")[0])
    window = MainWindow(settings, options.get("db"), preload=preload)
    mark("window built")
    _attach_timeline(window)
    if probe:
        _attach_probe(window, probe)
    # Open the database only once the window is on screen: a timer alone may fire before
    # the first paint when the machine is busy, and then the core's imports delay it.
    window.first_paint.connect(lambda: QTimer.singleShot(0, window.start))
    preload.start(matching_first=window.current_page() is window.matching)
    window.show()
    mark("window shown")
    QTimer.singleShot(1500, window.start)  # a window started minimized is never painted
    return app.exec()


def _attach_timeline(window) -> None:
    """Note the window's start-up steps on the timeline (``VOLMATCH_TIMELINE``)."""
    from volmatch.gui import preload

    if not preload._TIMELINE:
        return
    window.first_paint.connect(lambda: preload.mark("first paint"))
    window.ctx.early_ready.connect(lambda: preload.mark("early listings ready"))
    window.ctx.backend_ready.connect(lambda: preload.mark("database open"))
    window.matching.shown.connect(lambda rows: preload.mark(f"matching page shown {rows}"))


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


def _remember_matching(settings, url: str | None, volunteer_id: int) -> None:
    """The settings a person leaves after matching ``volunteer_id`` on the Matching page."""
    from volmatch.gui.mainwindow import PAGE_ORDER
    from volmatch.paths import default_database_url

    url = url or settings.last_database_url or default_database_url()
    settings.current_page = PAGE_ORDER.index("matching")
    settings.set_last_subject(url, "volunteer", volunteer_id)


def _attach_probe(window, probe: str = "1") -> None:
    """For the benchmark: print when the window is painted and when rows are shown, then quit.

    ``probe`` "match:ID": the app starts on the Matching page with volunteer ID remembered
    (see main); print when the page shows that volunteer's ranked listings."""
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

    def shown(rows: int) -> None:
        if page.view is None or page.view.subject.id != volunteer_id:
            return
        page.table.viewport().repaint()
        print(f"matched {rows} {time.time():.6f}", flush=True)
        print(f"rss {_rss_kb()}", flush=True)
        QApplication.instance().quit()

    page.shown.connect(shown)


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
