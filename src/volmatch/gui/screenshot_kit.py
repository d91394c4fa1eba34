"""What the screenshot scripts share: an X display, the demo database, a window per
interface language, and saving a widget's picture as ``<name>-<lang>.png``."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def start_xvfb() -> subprocess.Popen | None:
    """Start Xvfb and point Qt at it, unless there is a display already or no Xvfb."""
    if os.environ.get("DISPLAY") or not shutil.which("Xvfb"):
        return None
    read, write = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
    )
    os.close(write)
    number = b""
    while not number.endswith(b"\n"):
        chunk = os.read(read, 16)
        if not chunk:
            break
        number += chunk
    os.close(read)
    os.environ["DISPLAY"] = ":" + number.decode().strip()
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    return proc


@contextmanager
def display(offscreen: bool = False) -> Iterator[None]:
    """A screen to draw on: Xvfb when there is none, or Qt's offscreen platform if asked."""
    xvfb = None
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    else:
        xvfb = start_xvfb()
    try:
        yield
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(5)


def settle(app, seconds: float = 0.3) -> None:
    """Let background work finish (up to 30 s), then let the window paint for ``seconds``."""
    from volmatch.gui import worker

    end = time.monotonic() + 30
    while worker.busy() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


@contextmanager
def demo_app(db_name: str = "demo.sqlite3") -> Iterator[tuple[object, str, Path]]:
    """(app, url, folder): the application and a demo database in a temporary folder that
    also holds the settings, so the pictures never depend on the user's own."""
    from PySide6.QtWidgets import QApplication

    from volmatch.demo import load_demo
    from volmatch.storage.database import open_database

    app = QApplication.instance() or QApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["VOLMATCH_CONFIG_DIR"] = str(folder / "config")
        url = f"sqlite:///{folder / db_name}"
        db = open_database(url)
        load_demo(db)
        db.dispose()
        yield app, url, folder


def open_window(app, url: str, folder: Path, lang: str, size=(1280, 800), settings_name=""):
    """The main window in ``lang`` on ``url``, shown, started and settled."""
    from volmatch.gui import i18n
    from volmatch.gui.mainwindow import MainWindow
    from volmatch.gui.settings import Settings

    i18n.install(app, lang)
    settings = Settings(str(folder / f"{settings_name or lang}.ini"))
    settings.demo_offered = True
    window = MainWindow(settings, url)
    window.resize(*size)
    window.show()
    window.start()
    settle(app)
    return window


def close_window(window) -> None:
    window.close()
    if window.ctx.backend is not None:
        window.ctx.backend.close()


def olena(window) -> int:
    """The demo volunteer the pictures follow (Olena Kovalenko), or the first one."""
    data = window.volunteers.model.data_
    names = [row[0] for row in data.rows]
    return data.ids[names.index("Olena Kovalenko")] if "Olena Kovalenko" in names else data.ids[0]


class Shots:
    """Saves pictures of widgets into ``out`` and keeps the list of files written."""

    def __init__(self, app, out: Path, pause: float = 0.3) -> None:
        out.mkdir(parents=True, exist_ok=True)
        self.app, self.out, self.pause = app, out, pause
        self.written: list[Path] = []

    def take(self, widget, name: str, lang: str = "") -> Path:
        """Settle, then save ``widget`` as ``<name>-<lang>.png`` (``<name>.png`` without lang)."""
        settle(self.app, self.pause)
        path = self.out / (f"{name}-{lang}.png" if lang else f"{name}.png")
        widget.grab().save(str(path))
        self.written.append(path)
        return path


def print_paths(paths: list[Path]) -> int:
    for path in paths:
        print(path)
    return 0
