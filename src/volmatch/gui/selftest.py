"""``volmatch --self-test``: prove an installation can show the app, without a display.

Used by IT departments after a roll-out and by the bundle smoke test. It runs
offscreen in a throw-away data, config and database directory (the user's real
database and settings are never touched), loads the demo data, opens the main
window, renders it to an image and checks that text was really drawn: with no
usable font Qt paints every glyph as the same box and says nothing.

Prints one line: ``volmatch self-test: OK (...)`` and exits 0, or
``volmatch self-test: FAILED at <step>: <reason>`` and exits 1.
"""

from __future__ import annotations

import importlib
import inspect
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PREFIX = "volmatch self-test"
WINDOW_SIZE = (1100, 720)
# Share of pixels that must differ from a blank window of the same size and palette.
MIN_PAINTED_SHARE = 0.01


class SelfTestError(Exception):
    """A step failed; the message says what and, where possible, what to do."""

    def __init__(self, step: str, reason: str) -> None:
        super().__init__(f"{step}: {reason}")
        self.step = step
        self.reason = reason


@dataclass
class Report:
    """What the self-test saw, printed as one line."""

    version: str = ""
    opportunities: int | None = None
    volunteers: int | None = None
    rows_shown: int = 0
    window: str = ""
    painted_share: float = 0.0
    fonts: int = 0
    certificate: bool = False  # a sample certificate PDF was drawn
    frozen: bool = False
    notes: list[str] = field(default_factory=list)

    def line(self) -> str:
        parts = [f"version {self.version}"]
        if self.opportunities is not None:
            parts.append(f"{self.opportunities} opportunities")
        if self.volunteers is not None:
            parts.append(f"{self.volunteers} volunteers")
        parts.append(f"{self.rows_shown} rows shown")
        parts.append(f"window {self.window}")
        parts.append(f"{self.painted_share:.0%} painted")
        parts.append(f"{self.fonts} font families")
        if self.certificate:
            parts.append("certificate PDF")
        parts.append("bundle" if self.frozen else "python")
        parts.extend(self.notes)
        return f"{PREFIX}: OK ({', '.join(parts)})"


@contextmanager
def isolated_environment() -> Iterator[Path]:
    """Temporary data/config/database locations and offscreen Qt, restored afterwards."""
    saved = dict(os.environ)
    with tempfile.TemporaryDirectory(prefix="volmatch-selftest-") as tmp:
        base = Path(tmp)
        runtime = base / "runtime"
        runtime.mkdir(mode=0o700)
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        os.environ.setdefault("XDG_RUNTIME_DIR", str(runtime))
        os.environ["VOLMATCH_DATA_DIR"] = str(base / "data")
        os.environ["VOLMATCH_CONFIG_DIR"] = str(base / "config")
        os.environ["VOLMATCH_DATABASE_URL"] = f"sqlite:///{(base / 'selftest.sqlite3').as_posix()}"
        try:
            yield base
        finally:
            os.environ.clear()
            os.environ.update(saved)


def _optional(module: str) -> Any | None:
    """The module, or None when that part of the app does not exist in this build."""
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and module.startswith(exc.name):
            return None
        raise


def open_database(url: str) -> Any | None:
    database = _optional("volmatch.storage.database")
    if database is None or not hasattr(database, "open_database"):
        return None
    return database.open_database(url)


def load_demo(db: Any | None, url: str) -> bool:
    """Through ``volmatch.demo.load_demo(db)``, or else the ``volmatch demo`` command.

    False when this build has neither (an early build of the app).
    """
    demo = _optional("volmatch.demo")
    if db is not None and demo is not None and hasattr(demo, "load_demo"):
        demo.load_demo(db)
        return True
    if _optional("volmatch.cli.demo_cmd") is None:
        return False
    from volmatch.cli import main as cli_main

    code = cli_main(["--db", url, "demo"])
    if code != 0:
        raise SelfTestError("demo data", f"'volmatch demo' exited with {code}")
    return True


def count_records(db: Any | None) -> tuple[int | None, int | None]:
    repo = _optional("volmatch.storage.repository")
    if db is None or repo is None:
        return None, None
    with db.session() as s:
        opportunities = len(repo.opportunity_rows(s)) if hasattr(repo, "opportunity_rows") else None
        volunteers = len(repo.volunteer_rows(s)) if hasattr(repo, "volunteer_rows") else None
    return opportunities, volunteers


def window_factory() -> Callable[[Any | None, str], Any]:
    """How this build makes its main window: ``(db, url) -> QMainWindow``.

    ``volmatch.gui.app.create_main_window(db, url)`` when the app provides it (the
    hook in docs/ARCHITECTURE.md), else the ``MainWindow`` class built from the
    names of its parameters (settings, database_url, db).
    """
    app_module = _optional("volmatch.gui.app")
    if app_module is not None and hasattr(app_module, "create_main_window"):
        return app_module.create_main_window
    for name in ("volmatch.gui.mainwindow", "volmatch.gui.main_window", "volmatch.gui.app"):
        module = _optional(name)
        cls = getattr(module, "MainWindow", None) if module is not None else None
        if cls is not None:
            return lambda db, url, cls=cls: _construct(cls, db, url)
    raise SelfTestError(
        "main window",
        "this build has no main window (volmatch.gui.app.create_main_window or a MainWindow class)",
    )


def _construct(cls: type, db: Any | None, url: str) -> Any:
    args: list[Any] = []
    for name, parameter in inspect.signature(cls).parameters.items():
        if name == "settings":
            from volmatch.gui.settings import Settings

            args.append(Settings())
        elif name in ("database_url", "url", "db_url"):
            args.append(url)
        elif name in ("db", "database"):
            args.append(db)
        elif parameter.default is inspect.Parameter.empty:
            raise SelfTestError(
                "main window", f"do not know what to pass as {cls.__name__}({name})"
            )
        else:
            break
    window = cls(*args)
    start = getattr(window, "start", None)
    if callable(start):
        # As the app does: the window is shown first and loads its data from the event loop.
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, start)
    return window


def check_fonts(app: Any) -> int:
    """Fail when glyphs would be drawn as boxes: "iiii" and "WWWW" must look different."""
    from PySide6.QtGui import QColor, QFontDatabase, QImage, QPainter

    families = QFontDatabase.families()
    if not families:
        raise SelfTestError(
            "fonts", "Qt found no fonts; install a font package (e.g. fonts-dejavu-core)"
        )

    def render(text: str) -> QImage:
        image = QImage(120, 40, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setFont(app.font())
        painter.setPen(QColor("black"))
        painter.drawText(4, 28, text)
        painter.end()
        return image

    blank, thin, wide = render(""), render("iiii"), render("WWWW")
    if thin == blank or wide == blank:
        raise SelfTestError("fonts", "text is not drawn at all; check the font configuration")
    if thin == wide:
        raise SelfTestError(
            "fonts", "every letter is drawn as the same box; no usable font is visible to Qt"
        )
    return len(families)


def painted_share(window: Any) -> float:
    """Share of pixels in the window's render that differ from a blank widget of the same size."""
    import numpy as np
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QWidget

    shot = window.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    blank_widget = QWidget()
    blank_widget.setPalette(window.palette())
    blank_widget.setAutoFillBackground(True)
    blank_widget.resize(window.size())
    blank = blank_widget.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    blank_widget.deleteLater()
    if shot.isNull() or shot.size() != blank.size():
        raise SelfTestError("render", "the main window could not be rendered to an image")

    def pixels(image: QImage) -> np.ndarray:
        raw = np.frombuffer(image.constBits(), dtype=np.uint32, count=image.sizeInBytes() // 4)
        return raw.reshape(image.height(), image.bytesPerLine() // 4)[:, : image.width()]

    return float(np.count_nonzero(pixels(shot) != pixels(blank))) / (shot.width() * shot.height())


def rows_shown(window: Any) -> int:
    from PySide6.QtWidgets import QAbstractItemView

    best = 0
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if model is not None:
            best = max(best, model.rowCount())
    return best


def wait_for_rows(app: Any, window: Any, seconds: float, expected: int) -> int:
    """The window loads its tables after the first paint: wait until one shows ``expected`` rows."""
    from PySide6.QtWidgets import QAbstractItemView

    deadline = time.monotonic() + seconds
    shown = rows_shown(window)
    has_views = bool(window.findChildren(QAbstractItemView))
    while has_views and shown < expected and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
        shown = rows_shown(window)
    return shown


def certificate_drawn() -> bool:
    """A sample certificate (no one's data) drawn as a PDF: its texts and Qt's PDF writer
    are in this installation."""
    import datetime as dt

    from volmatch import certificate_pdf
    from volmatch.certificates import Facts, build

    facts = Facts(0, "Test", (), "Test", True, "", {"cs": "Test"}, {}, dt.date.today(), None, 1)
    data = certificate_pdf.render_pdf(build(facts, second="vi"))
    if not data.startswith(b"%PDF-"):
        raise SelfTestError("certificate", "Qt's PDF writer wrote no PDF")
    return True


def settle(app: Any) -> None:
    """Let background work finish before the window goes, so no worker reports to a dead window."""
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(10_000)
    app.processEvents()


def run(report: Report) -> None:
    from volmatch import __version__

    report.version = __version__
    report.frozen = bool(getattr(sys, "frozen", False))
    url = os.environ["VOLMATCH_DATABASE_URL"]

    step = "database"
    try:
        db = open_database(url)
        step = "demo data"
        demo_loaded = load_demo(db, url)
        if not demo_loaded:
            report.notes.append("no demo data in this build")
        report.opportunities, report.volunteers = count_records(db)
        if demo_loaded and report.opportunities == 0:
            raise SelfTestError(
                "demo data", "the demo data was loaded but no opportunity is stored"
            )
        step = "Qt"
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "volmatch"])
        report.fonts = check_fonts(app)
        step = "main window"
        window = window_factory()(db, url)
        window.resize(*WINDOW_SIZE)
        window.show()
        app.processEvents()
        expected = max(report.opportunities or 0, 1)
        report.rows_shown = wait_for_rows(app, window, 15.0, expected)
        settle(app)
        step = "render"
        if not window.windowTitle():
            report.notes.append("no window title")
        report.painted_share = painted_share(window)
        report.window = f"{window.width()}x{window.height()}"
        if report.painted_share < MIN_PAINTED_SHARE:
            raise SelfTestError("render", "the main window rendered blank")
        step = "certificate"
        report.certificate = certificate_drawn()
        window.close()
        settle(app)
        window.deleteLater()
        app.processEvents()
        if db is not None and hasattr(db, "dispose"):
            db.dispose()
    except SelfTestError:
        raise
    except Exception as exc:  # a self-test reports every fault as one line
        raise SelfTestError(step, f"{type(exc).__name__}: {exc}") from exc


def main(argv: Sequence[str] | None = None) -> int:
    """Run the self-test; 0 when everything worked, 1 with a one-line reason otherwise."""
    del argv  # no options yet; accepted so the launcher can pass its arguments through
    report = Report()
    with isolated_environment():
        try:
            run(report)
        except SelfTestError as exc:
            print(f"{PREFIX}: FAILED at {exc.step}: {exc.reason}", file=sys.stderr)
            return 1
    print(report.line())
    return 0


if __name__ == "__main__":
    sys.exit(main())
