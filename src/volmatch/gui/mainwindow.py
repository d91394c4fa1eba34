"""The main window: pages in a side list, menus, toolbar, shortcuts and the status bar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from volmatch.gui.context import AppContext
from volmatch.gui.main_menus import build_actions, build_menus
from volmatch.gui.pages.matching_page import MatchingPage
from volmatch.gui.pages.opportunities import OpportunitiesPage
from volmatch.gui.pages.overview import OverviewPage
from volmatch.gui.pages.placements_page import PlacementsPage
from volmatch.gui.pages.volunteers import VolunteersPage
from volmatch.gui.preload import Preload
from volmatch.gui.settings import Settings
from volmatch.gui.worker import ALL_CHANGED, ChangeSet, cancelled_text

# The database opens at the latest this long after a ranking asked before it opened began.
EARLY_WAIT_MS = 5000
# The pages in the order of the page list (the settings keep the last one's row).
PAGE_ORDER = ("opportunities", "volunteers", "matching", "overview", "placements")


class MainWindow(QMainWindow):
    first_paint = Signal()

    def __init__(
        self, settings: Settings, database_url: str | None = None, preload: Preload | None = None
    ) -> None:
        super().__init__()
        self.settings = settings
        self.preload = preload
        self.ctx = AppContext(settings)
        self.requested_url = database_url
        self._painted = False
        self.setWindowTitle("volmatch")
        self.setObjectName("MainWindow")

        self.opportunities = OpportunitiesPage(self.ctx)
        self.volunteers = VolunteersPage(self.ctx)
        self.matching = MatchingPage(self.ctx)
        self.overview = OverviewPage(self.ctx)
        self.placements = PlacementsPage(self.ctx)
        self.pages: list[tuple[str, QWidget, str]] = [
            ("opportunities", self.opportunities, self.tr("Opportunities")),
            ("volunteers", self.volunteers, self.tr("Volunteers")),
            ("matching", self.matching, self.tr("Matching")),
            ("overview", self.overview, self.tr("Overview")),
            ("placements", self.placements, self.tr("Placements")),
        ]
        assert tuple(name for name, _page, _title in self.pages) == PAGE_ORDER
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setObjectName("pageList")
        self.stack = QStackedWidget()
        for _name, page, title in self.pages:
            QListWidgetItem(title, self.nav)
            self.stack.addWidget(page)
        # Roomy entries: the page list is the main way around for people new to the app.
        self.nav.setStyleSheet("QListWidget#pageList::item { padding: 8px 10px; }")
        self.nav.setFixedWidth(max(160, self.nav.sizeHintForColumn(0) + 40))
        self.nav.currentRowChanged.connect(self._page_changed)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        from volmatch.gui.card_preparation import CardPreparation

        self.ctx.cards = CardPreparation(self.ctx, self)  # before the menus: its option
        build_actions(self)
        build_menus(self)
        self._build_status()

        self.ctx.changes.changed.connect(self._changed)
        self.ctx.navigate.connect(self.show_filtered)
        from volmatch.gui.live import LiveUpdates

        self.live = LiveUpdates(self.ctx, self)
        self.live.updated.connect(self._updated_elsewhere)
        # The default size fits the smallest common laptop screen (1366×768) with its
        # task bar and the window's title bar.
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        width, height = 1200, 760
        if screen is not None and not screen.isEmpty():
            width, height = min(width, screen.width()), min(height, screen.height() - 40)
        self.resize(width, height)
        if not settings.geometry.isEmpty():
            self.restoreGeometry(settings.geometry)
        if not settings.window_state.isEmpty():
            self.restoreState(settings.window_state)
        self.nav.setCurrentRow(min(max(settings.current_page, 0), len(self.pages) - 1))
        # The matching page's picker offers the lists' records once they are read.
        for kind, page in (("volunteer", self.volunteers), ("opportunity", self.opportunities)):
            page.loaded.connect(
                lambda _n, k=kind, p=page: self.matching.lists_loaded(k, p.model.data_.ids)
            )

    # --- building ------------------------------------------------------------
    def _build_status(self) -> None:
        self.db_label = QLabel(self.tr("Opening the database…"))
        self.db_label.setObjectName("databaseLabel")
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.db_label)

    # --- start-up --------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_paint.emit()

    def start(self) -> None:
        """Open the database (off the GUI thread); called once the window is on screen."""
        if getattr(self, "_started", False):
            return
        self._started = True
        url = self.requested_url or self.settings.last_database_url or None
        from volmatch.paths import default_database_url

        self.ctx.url = url or default_database_url()
        if self.current_page() is self.matching:
            self.matching.restore_subject()
        preload, self.preload = self.preload, None
        if preload is not None:
            from volmatch.gui.worker import run_operation

            if preload.url == (url or default_database_url()):
                # The listings (read while the window was built) are shown, then the database
                # opens, handed the matcher's listings' side that the same thread prepares
                # next (preload.py): a match asked as soon as it is open does not read and
                # index 100,000 listings after it.
                def show(table) -> None:
                    self.opportunities.preloaded(table)
                    if not preload.handing_over():
                        self.open_database(url, prepared=preload.matching)
                        return
                    # With the listings from the other process, the matching page ranks a
                    # volunteer's listings from a snapshot of the file first; the database
                    # opens after that answer (importing SQLAlchemy meanwhile would hold
                    # Python's lock against both).
                    run_operation(None, lambda p: preload.matching(), early, side=True)

                def early(prepared) -> None:
                    if prepared is not None:
                        self.ctx.early = (preload.url, prepared)
                        self.ctx.early_ready.emit()  # a question asked now goes first
                    self.open_database(url, prepared=preload.matching, after_early=True)

                if preload.handing_over() and self.current_page() is self.matching:
                    from volmatch.gui.preload import open_matching_first

                    open_matching_first(self, preload, url)
                    return
                run_operation(self, lambda p: preload.result(), show)
                return
        self.open_database(url)

    def open_database(self, url: str | None, prepared=None, after_early: bool = False) -> None:
        """Open ``url`` off the GUI thread; ``prepared`` waits for the matcher's listings'
        side read at start from the same database (``Backend.prepared``); ``after_early``:
        once the rankings asked before it opened are answered (``AppContext.early``)."""
        from volmatch.gui.worker import run_operation, side_pool
        from volmatch.paths import default_database_url

        self.db_label.setText(self.tr("Opening the database…"))

        def work(progress):
            if after_early:
                side_pool().waitForDone(EARLY_WAIT_MS)
            from volmatch.gui.backend import Backend

            backend = Backend.open(url)
            backend.prepared = prepared
            return backend

        def done(backend) -> None:
            old = self.ctx.backend
            self.ctx.backend = backend
            self.ctx.url = url or default_database_url()
            if old is not None and old is not backend:
                old.close()
            self.settings.last_database_url = backend.url
            self.db_label.setText(self.tr("Database: %1").replace("%1", backend.display_url))
            self.db_label.setToolTip(backend.display_url)
            self.ctx.backend_ready.emit()
            # after what was asked as the database opened (a backup copies the whole file)
            self.ctx.run(None, lambda b, _p: b.housekeeping(), self._housekept)
            self.ctx.changes.changed.emit(ALL_CHANGED)
            if backend.is_empty() and not self.settings.demo_offered:
                QTimer.singleShot(0, self.offer_demo)

        def failed(exc: Exception, trace: str) -> None:
            from volmatch.gui.dialogs.db_fault_dialog import show_database_fault

            self.db_label.setText(self.tr("No database open"))
            show_database_fault(self, exc, url)

        run_operation(self, work, done, failed, label=self.tr("Opening the database…"))

    def _housekept(self, problems: tuple[str, ...]) -> None:
        if problems:
            self.statusBar().showMessage(
                self.tr("Start-of-day housekeeping: %1").replace("%1", " ".join(problems))
            )

    def offer_demo(self) -> None:
        self.settings.demo_offered = True
        answer = QMessageBox.question(
            self,
            self.tr("An empty database"),
            self.tr(
                "This database holds no opportunities or volunteers yet.\n\n"
                "Load the demo data (made-up listings and volunteers in Prague) to try the app?"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.load_demo()

    def load_demo(self) -> None:
        def done(summary) -> None:
            self.statusBar().showMessage(self.tr("Demo data loaded."), 5000)

        self.ctx.run(
            self,
            lambda b, p: b.load_demo(p),
            done,
            changes=ALL_CHANGED,
            label=self.tr("Loading the demo data…"),
            cancellable=True,
            cancelled=lambda: self.statusBar().showMessage(cancelled_text(), 5000),
        )

    # --- pages ------------------------------------------------------------------
    def _page_changed(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        page = self.stack.currentWidget()
        for action, method in (
            (self.act_new, "new_item"),
            (self.act_duplicate, "duplicate_item"),
            (self.act_archive, "archive_item"),
            (self.act_delete, "delete_item"),
            (self.act_undo, "undo"),
            (self.act_find, "focus_search"),
            (self.act_match, "find_matches"),
        ):
            action.setEnabled(hasattr(page, method))
        if hasattr(page, "activated"):
            page.activated()

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def show_page(self, name: str) -> QWidget:
        for n, (page_name, page, _title) in enumerate(self.pages):
            if page_name == name:
                self.nav.setCurrentRow(n)
                return page
        raise KeyError(name)

    def show_filtered(self, page_name: str, facet: str, value: str) -> None:
        page = self.show_page(page_name)
        if hasattr(page, "apply_filter"):
            page.apply_filter(facet, value)

    def _on_page(self, method: str, *args) -> None:
        handler = getattr(self.current_page(), method, None)
        if handler is not None:
            handler(*args)

    def _changed(self, changes: ChangeSet) -> None:
        for _name, page, _title in self.pages:
            page.refresh(changes)

    def refresh(self) -> None:
        """View → Refresh: take in changes made elsewhere and reload every list."""
        self.live.refresh_now()

    def _updated_elsewhere(self, listings: int, volunteers: int) -> None:
        if listings < 0 or listings + volunteers == 0:
            # Unknown, or only placements or organizations changed: never "0 records".
            text = self.tr("Updated with changes made elsewhere.")
        else:
            #: Shown when another person or process changed records in the same database.
            text = self.tr("Updated: %n record(s) changed elsewhere.", "", listings + volunteers)
        self.statusBar().showMessage(text, 8000)

    # --- database, import, publish ----------------------------------------------
    def open_database_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Open another database"),
            "",
            self.tr("SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.switch_database(f"sqlite:///{path}")

    def open_database_url(self) -> None:
        url, ok = QInputDialog.getText(
            self,
            self.tr("Open database by address"),
            self.tr("Database address, e.g. postgresql+psycopg://user@server/volmatch:"),
        )
        if ok and url.strip():
            self.switch_database(url.strip())

    def switch_database(self, url: str) -> None:
        self.requested_url = None
        self.settings.demo_offered = False
        self.matching.expect_database()  # its subject last matched there, once it is open
        self.open_database(url)

    def import_file(self) -> None:
        from volmatch.gui.dialogs.exchange import ImportDialog

        ImportDialog(self.ctx, self).exec()

    def publish(self) -> None:
        from volmatch.gui.dialogs.exchange import PublishDialog

        PublishDialog(self.ctx, self).exec()

    def about(self) -> None:
        from volmatch.gui.dialogs.about import AboutDialog

        AboutDialog(self.ctx, self).exec()

    def show_guide(self):
        """Help → User guide (F1): one window, raised again when it is already open."""
        from volmatch.gui.dialogs.guide import GuideDialog

        guide = getattr(self, "_guide", None)
        if guide is None:
            guide = self._guide = GuideDialog(self)
        guide.show()
        guide.raise_()
        guide.activateWindow()
        return guide

    def show_history(self) -> None:
        from volmatch.gui.dialogs.history_dialog import show_history

        show_history(self)

    def show_trash(self) -> None:
        from volmatch.gui.dialogs.trash_dialog import show_trash

        if self.ctx.backend is not None:
            show_trash(self)

    def show_organizations(self) -> None:
        from volmatch.gui.dialogs.organizations_dialog import show_organizations

        if self.ctx.backend is not None:
            self.organizations_dialog = show_organizations(self)

    def set_language(self, code: str) -> None:
        """Switch the interface language now ("" follows the system) and remember it."""
        from PySide6.QtWidgets import QApplication

        from volmatch.gui import i18n

        self.settings.language = code
        i18n.switch(QApplication.instance(), i18n.pick_language(code))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        language = event.type() == QEvent.Type.LanguageChange
        if language and self.ctx.backend is not None and self.isVisible():
            # Tables, pickers and charts word their data in the interface language.
            # Every kind of record is worded again, but the same database stays open, so
            # pages keep what they show (the matching page re-runs its query).
            self._changed(ChangeSet(opportunities=True, volunteers=True, placements=True))

    # --- closing ------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.live.stop()
        self.ctx.cards.stop()  # no preparing process outlives the window
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.current_page = self.nav.currentRow()
        for _name, page, _title in self.pages:
            if hasattr(page, "save_layout"):
                page.save_layout()
        self.settings.sync()
        super().closeEvent(event)
