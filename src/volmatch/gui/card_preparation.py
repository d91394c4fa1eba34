"""Share cards kept prepared in the background, like a file manager's thumbnails.

After the database opens and after listings change (a few seconds of quiet first), a
process of its own (:mod:`volmatch.gui.cards_child`) draws into the card cache the cards
of the published listings the cache lacks, so that Publish only links them. A quiet
status-bar text shows while it draws. Publish and closing the app stop it (the export
links what is ready and draws the rest); its errors are logged, never shown: it only
saves time. Off with Settings → Prepare share cards in the background.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import signal
import sys
import time

import shiboken6
from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow

from volmatch.gui.context import AppContext
from volmatch.gui.worker import ChangeSet, busy

log = logging.getLogger(__name__)

# The module run as the preparing process (a test may name one that wraps it).
CHILD_MODULE = "volmatch.gui.cards_child"
# Published listings from which cards are prepared: with fewer, Publish draws them in well
# under a second (about 0.5 ms a card; the same line as Publish's own process).
PREPARE_FROM = 500
DEBOUNCE_MS = 3000  # quiet after the last change before the preparation starts
STOP_WAIT_MS = 5000  # how long a stop waits for the process before it is killed
SHOW_AFTER = 1.0  # seconds of drawing before the status bar says so: a few cards flash by


class CardPreparation(QObject):
    """Starts, follows and stops the preparing process of the window's database."""

    def __init__(self, ctx: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.process: QProcess | None = None
        self.last: dict | None = None  # the last finished run's {"cards", "cached", "drawn"}
        self._pending = b""
        self._again = False  # listings changed while it ran: once more after it
        self._since = 0.0  # when the drawing began (0: not yet)
        self.label = QLabel()
        self.label.setObjectName("cardPreparation")
        self.label.hide()
        window.statusBar().insertPermanentWidget(0, self.label)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._due)
        ctx.backend_ready.connect(self._reopened)
        ctx.changes.changed.connect(self._changed)

    # --- when -------------------------------------------------------------------------
    def schedule(self) -> None:
        """Prepare after a few seconds of quiet (each call starts the wait again)."""
        if self.ctx.settings.prepare_cards:
            self.timer.start(DEBOUNCE_MS)

    def _reopened(self) -> None:
        self.stop()  # another database: its own cards
        self.schedule()

    def _changed(self, changes: ChangeSet) -> None:
        if changes.opportunities or changes.database:
            self.schedule()

    def set_enabled(self, on: bool) -> None:
        """Settings → Prepare share cards in the background."""
        self.ctx.settings.prepare_cards = on
        if on:
            self.schedule()
        else:
            self.stop()

    def running(self) -> bool:
        return self.process is not None

    def _due(self) -> None:
        from volmatch.gui import publish_process

        if self.running():
            self._again = True
            return
        if busy():  # a person's own work (an edit, Publish) goes first
            self.schedule()
            return
        if not publish_process.possible() or self.ctx.backend is None:
            return  # frozen builds, no fork: Publish draws the cards
        url = self.ctx.backend.url
        self.ctx.run(
            None,
            lambda backend, _p: backend.published_count(),
            lambda count: self._counted(count, url),
            failed=lambda exc, _trace: log.warning("share cards not prepared: %s", exc),
            idle=True,
        )

    def _counted(self, count: int, url: str) -> None:
        backend = self.ctx.backend
        if count < PREPARE_FROM or backend is None or backend.url != url or self.running():
            return
        if self.ctx.settings.prepare_cards:
            self._start(url)

    # --- the process ------------------------------------------------------------------
    def _start(self, url: str) -> None:
        process = QProcess(self)
        process.setObjectName("cardPreparationProcess")
        environment = QProcessEnvironment.systemEnvironment()
        environment.insert("QT_QPA_PLATFORM", "offscreen")  # cards need no display
        process.setProcessEnvironment(environment)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        process.readyReadStandardOutput.connect(self._read)
        process.finished.connect(lambda code, _status: self._finished(process, code))
        process.errorOccurred.connect(lambda error: self._failed_to_start(process, error))
        self.process, self._pending, self._again = process, b"", False
        self._since = 0.0
        process.start(sys.executable, ["-m", CHILD_MODULE])
        if not process.waitForStarted(5000):
            return  # errorOccurred has told of it
        # The address may hold a password: on a pipe, never on the command line.
        process.write(json.dumps({"db": url}).encode("utf-8"))
        process.closeWriteChannel()

    def _read(self) -> None:
        process = self.process
        if process is None:
            return
        *lines, self._pending = (self._pending + bytes(process.readAllStandardOutput())).split(
            b"\n"
        )
        for line in lines:
            try:
                message = json.loads(line)
            except ValueError:
                continue
            if "progress" in message:
                done, total = message["progress"]
                self._show(done, total)
            elif "prepared" in message:
                self.last = message["prepared"]
                log.info("share cards prepared: %s", self.last)
            elif "error" in message and message["error"].get("kind") != "cancelled":
                log.warning("share cards not prepared: %s", message["error"])

    def _show(self, done: int, total: int) -> None:
        #: The status bar while share card images are drawn ahead for Publish: %1 = percent.
        text = self.tr("Preparing share cards for publishing: %1 %")
        self.label.setText(text.replace("%1", str(done * 100 // max(total, 1))))
        now = time.monotonic()
        self._since = self._since or now
        self.label.setVisible(done < total and now - self._since >= SHOW_AFTER)

    def _finished(self, process: QProcess, code: int) -> None:
        if process is not self.process:
            return
        self._read()
        trace = bytes(process.readAllStandardError()).decode("utf-8", "replace").strip()
        if code != 0 and trace:
            log.warning("share card preparation ended with %s: %s", code, trace[-2000:])
        self._done()
        if self._again:
            self.schedule()

    def _failed_to_start(self, process: QProcess, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and process is self.process:
            log.warning("share card preparation did not start: %s", process.errorString())
            self._done()

    def _done(self) -> None:
        process, self.process = self.process, None
        if process is not None:
            process.deleteLater()
        if shiboken6.isValid(self.label):
            self.label.hide()

    def stop(self) -> None:
        """Stop a preparation (it keeps the cards drawn so far) and wait for its process to
        end; no new one starts before the next change."""
        self.timer.stop()
        process = self.process
        if process is None:
            return
        self._again = False
        pid = process.processId()
        if process.state() != QProcess.ProcessState.NotRunning and pid > 0:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGINT)
            if not process.waitForFinished(STOP_WAIT_MS):
                process.kill()  # its forked workers die with it (they ask for that)
                process.waitForFinished(STOP_WAIT_MS)
        self._finished(process, process.exitCode())
