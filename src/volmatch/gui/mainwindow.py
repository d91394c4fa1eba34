"""The main window: pages in a side list, menus, toolbar, shortcuts and the status bar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QPaintEvent
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

        self._build_actions()
        self._build_menus()
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
    def _action(self, text: str, slot, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_new = self._action(
            self.tr("&New…"), lambda: self._on_page("new_item"), QKeySequence.StandardKey.New, "new"
        )
        self.act_edit = self._action(
            self.tr("&Edit…"), lambda: self._on_page("edit_item"), "Return", "edit"
        )
        self.act_duplicate = self._action(
            self.tr("D&uplicate…"), lambda: self._on_page("duplicate_item"), "Ctrl+D", "duplicate"
        )
        self.act_archive = self._action(
            self.tr("&Archive"), lambda: self._on_page("archive_item"), "Ctrl+E", "archive"
        )
        self.act_delete = self._action(
            self.tr("&Delete"),
            lambda: self._on_page("delete_item"),
            QKeySequence.StandardKey.Delete,
            "delete",
        )
        self.act_undo = self._action(
            self.tr("&Undo"), lambda: self._on_page("undo"), QKeySequence.StandardKey.Undo, "undo"
        )
        self.act_match = self._action(
            self.tr("Find &matches"), lambda: self._on_page("find_matches"), "Ctrl+M", "match"
        )
        self.act_find = self._action(
            self.tr("&Find"),
            lambda: self._on_page("focus_search"),
            QKeySequence.StandardKey.Find,
            "find",
        )
        self.act_next = self._action(
            self.tr("Ne&xt"),
            lambda: self._on_page("select_next", 1),
            QKeySequence.StandardKey.FindNext,
            "next",
        )
        self.act_previous = self._action(
            self.tr("&Previous"),
            lambda: self._on_page("select_next", -1),
            QKeySequence.StandardKey.FindPrevious,
            "previous",
        )
        self.act_open_db = self._action(
            self.tr("&Open another database…"),
            self.open_database_file,
            QKeySequence.StandardKey.Open,
            "openDatabase",
        )
        self.act_open_url = self._action(
            self.tr("Open database by &address…"), self.open_database_url, None, "openDatabaseUrl"
        )
        self.act_import = self._action(
            self.tr("&Import from a file…"), self.import_file, "Ctrl+I", "import"
        )
        self.act_publish = self._action(
            self.tr("&Publish to the website…"), self.publish, "Ctrl+P", "publish"
        )
        self.act_demo = self._action(self.tr("Load &demo data"), self.load_demo, None, "demo")
        self.act_quit = self._action(
            self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "quit"
        )
        self.act_about = self._action(self.tr("&About volmatch"), self.about, None, "about")
        self.act_refresh = self._action(self.tr("&Refresh"), self.refresh, "F5", "refresh")
        self.act_refresh.setToolTip(
            self.tr("Show what others changed in the database just now (F5)")
        )
        self.act_guide = self._action(
            self.tr("&User guide"), self.show_guide, QKeySequence.StandardKey.HelpContents, "guide"
        )
        self.act_history = self._action(self.tr("&History…"), self.show_history, None, "history")
        self.act_trash = self._action(self.tr("&Trash…"), self.show_trash, None, "trash")
        self.act_organizations = self._action(
            self.tr("&Organizations…"), self.show_organizations, None, "organizations"
        )
        self.act_new.setToolTip(self.tr("Create a new record (Ctrl+N)"))
        self.act_find.setToolTip(self.tr("Search in the list (Ctrl+F)"))
        self.act_edit.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # set per table instead

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for action in (
            self.act_open_db,
            self.act_open_url,
            None,
            self.act_import,
            self.act_publish,
            self.act_demo,
            None,
            self.act_trash,
            None,
            self.act_quit,
        ):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        for action in (
            self.act_new,
            self.act_edit,
            self.act_duplicate,
            self.act_archive,
            self.act_delete,
            None,
            self.act_match,
            self.act_history,
            self.act_organizations,
            self.act_undo,
            None,
            self.act_find,
            self.act_next,
            self.act_previous,
        ):
            edit_menu.addSeparator() if action is None else edit_menu.addAction(action)
        view_menu = bar.addMenu(self.tr("&View"))
        for n, (_name, _page, title) in enumerate(self.pages):
            action = QAction(title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{n + 1}"))
            action.triggered.connect(lambda _=False, n=n: self.nav.setCurrentRow(n))
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.act_refresh)
        settings_menu = bar.addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("Interface &language"))
        group = QActionGroup(self)
        # Each language is named in itself, so a person can find theirs in any UI language.
        for code, label in (
            ("", self.tr("System default")),
            ("cs", "Čeština"),
            ("en", "English"),
            ("uk", "Українська"),
        ):
            action = QAction(label, self, checkable=True)
            action.setChecked(self.settings.language == code)
            action.triggered.connect(lambda _=False, code=code: self.set_language(code))
            group.addAction(action)
            language_menu.addAction(action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.act_guide)
        help_menu.addSeparator()
        help_menu.addAction(self.act_about)

        toolbar = self.addToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setIconSize(QSize(16, 16))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.act_new,
            self.act_duplicate,
            self.act_archive,
            self.act_delete,
            self.act_undo,
            None,
            self.act_import,
            self.act_publish,
        ):
            toolbar.addSeparator() if action is None else toolbar.addAction(action)

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
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.current_page = self.nav.currentRow()
        for _name, page, _title in self.pages:
            if hasattr(page, "save_layout"):
                page.save_layout()
        self.settings.sync()
        super().closeEvent(event)
