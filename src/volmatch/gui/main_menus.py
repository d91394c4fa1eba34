"""The main window's actions, menus and toolbar.

Their texts are in the main window's translation context ("MainWindow"), as when the
window built them itself: the catalogues and a language switch treat them alike.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

# called by this name, with the context written out, for pyside6-lupdate to find the texts
translate = QCoreApplication.translate


def _action(window, text: str, slot, shortcut=None, name: str = "") -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def build_actions(window) -> None:
    """The window's actions (``window.act_*``), with their shortcuts and tooltips."""
    for attr, text, slot, shortcut, name in (*_record_actions(window), *_window_actions(window)):
        setattr(window, f"act_{attr}", _action(window, text, slot, shortcut, name or attr))
    window.act_refresh.setToolTip(
        translate("MainWindow", "Show what others changed in the database just now (F5)")
    )
    window.act_new.setToolTip(translate("MainWindow", "Create a new record (Ctrl+N)"))
    window.act_find.setToolTip(translate("MainWindow", "Search in the list (Ctrl+F)"))
    # set per table instead
    window.act_edit.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)


def _record_actions(window) -> tuple:
    """(attribute, text, slot, shortcut, object name or None) of the actions the page
    shown carries out."""
    key, page = QKeySequence.StandardKey, window._on_page
    return (
        ("new", translate("MainWindow", "&New…"), lambda: page("new_item"), key.New, "new"),
        ("edit", translate("MainWindow", "&Edit…"), lambda: page("edit_item"), "Return", "edit"),
        (
            "duplicate",
            translate("MainWindow", "D&uplicate…"),
            lambda: page("duplicate_item"),
            "Ctrl+D",
            "duplicate",
        ),
        (
            "archive",
            translate("MainWindow", "&Archive"),
            lambda: page("archive_item"),
            "Ctrl+E",
            None,
        ),
        (
            "delete",
            translate("MainWindow", "&Delete"),
            lambda: page("delete_item"),
            key.Delete,
            None,
        ),
        ("undo", translate("MainWindow", "&Undo"), lambda: page("undo"), key.Undo, None),
        (
            "match",
            translate("MainWindow", "Find &matches"),
            lambda: page("find_matches"),
            "Ctrl+M",
            None,
        ),
        ("find", translate("MainWindow", "&Find"), lambda: page("focus_search"), key.Find, None),
        (
            "next",
            translate("MainWindow", "Ne&xt"),
            lambda: page("select_next", 1),
            key.FindNext,
            None,
        ),
        (
            "previous",
            translate("MainWindow", "&Previous"),
            lambda: page("select_next", -1),
            key.FindPrevious,
            None,
        ),
    )


def _window_actions(window) -> tuple:
    """The same for the window's own actions (database, exchange, help)."""
    key = QKeySequence.StandardKey
    return (
        (
            "open_db",
            translate("MainWindow", "&Open another database…"),
            window.open_database_file,
            key.Open,
            "openDatabase",
        ),
        (
            "open_url",
            translate("MainWindow", "Open database by &address…"),
            window.open_database_url,
            None,
            "openDatabaseUrl",
        ),
        (
            "import",
            translate("MainWindow", "&Import from a file…"),
            window.import_file,
            "Ctrl+I",
            None,
        ),
        (
            "publish",
            translate("MainWindow", "&Publish to the website…"),
            window.publish,
            "Ctrl+P",
            None,
        ),
        ("demo", translate("MainWindow", "Load &demo data"), window.load_demo, None, None),
        ("quit", translate("MainWindow", "&Quit"), window.close, key.Quit, None),
        ("about", translate("MainWindow", "&About volmatch"), window.about, None, None),
        ("refresh", translate("MainWindow", "&Refresh"), window.refresh, "F5", None),
        (
            "guide",
            translate("MainWindow", "&User guide"),
            window.show_guide,
            key.HelpContents,
            None,
        ),
        ("history", translate("MainWindow", "&History…"), window.show_history, None, None),
        ("trash", translate("MainWindow", "&Trash…"), window.show_trash, None, None),
        (
            "organizations",
            translate("MainWindow", "&Organizations…"),
            window.show_organizations,
            None,
            None,
        ),
    )


def build_menus(window) -> None:
    """The menu bar and the main toolbar of the window's actions."""
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    for action in (
        window.act_open_db,
        window.act_open_url,
        None,
        window.act_import,
        window.act_publish,
        window.act_demo,
        None,
        window.act_trash,
        None,
        window.act_quit,
    ):
        file_menu.addSeparator() if action is None else file_menu.addAction(action)
    edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
    for action in (
        window.act_new,
        window.act_edit,
        window.act_duplicate,
        window.act_archive,
        window.act_delete,
        None,
        window.act_match,
        window.act_history,
        window.act_organizations,
        window.act_undo,
        None,
        window.act_find,
        window.act_next,
        window.act_previous,
    ):
        edit_menu.addSeparator() if action is None else edit_menu.addAction(action)
    view_menu = bar.addMenu(translate("MainWindow", "&View"))
    for n, (_name, _page, title) in enumerate(window.pages):
        action = QAction(title, window)
        action.setShortcut(QKeySequence(f"Ctrl+{n + 1}"))
        action.triggered.connect(lambda _=False, n=n: window.nav.setCurrentRow(n))
        view_menu.addAction(action)
    view_menu.addSeparator()
    view_menu.addAction(window.act_refresh)
    settings_menu = bar.addMenu(translate("MainWindow", "&Settings"))
    _language_menu(window, settings_menu)
    _cards_option(window, settings_menu)
    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    help_menu.addAction(window.act_guide)
    help_menu.addSeparator()
    help_menu.addAction(window.act_about)
    _toolbar(window)


def _language_menu(window, settings_menu) -> None:
    """Settings → Interface language: one checkable entry per language."""
    language_menu = settings_menu.addMenu(translate("MainWindow", "Interface &language"))
    group = QActionGroup(window)
    # Each language is named in itself, so a person can find theirs in any UI language.
    for code, label in (
        ("", translate("MainWindow", "System default")),
        ("cs", "Čeština"),
        ("en", "English"),
        ("uk", "Українська"),
    ):
        action = QAction(label, window, checkable=True)
        action.setChecked(window.settings.language == code)
        action.triggered.connect(lambda _=False, code=code: window.set_language(code))
        group.addAction(action)
        language_menu.addAction(action)


def _cards_option(window, settings_menu) -> None:
    """Settings → Prepare share cards in the background (gui/card_preparation.py)."""
    action = QAction(
        translate("MainWindow", "Prepare share &cards in the background"), window, checkable=True
    )
    action.setObjectName("prepareCards")
    action.setToolTip(
        translate(
            "MainWindow",
            "After listings change, draw the images shown when a listing is shared on social "
            "media, so that publishing a large website takes less time",
        )
    )
    action.setChecked(window.settings.prepare_cards)
    action.toggled.connect(window.ctx.cards.set_enabled)
    settings_menu.addAction(action)
    window.act_prepare_cards = action


def _toolbar(window) -> None:
    """The main toolbar: the record actions and the exchange ones."""
    toolbar = window.addToolBar(translate("MainWindow", "Main toolbar"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setIconSize(QSize(16, 16))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for action in (
        window.act_new,
        window.act_duplicate,
        window.act_archive,
        window.act_delete,
        window.act_undo,
        None,
        window.act_import,
        window.act_publish,
    ):
        toolbar.addSeparator() if action is None else toolbar.addAction(action)
