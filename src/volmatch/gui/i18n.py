"""Interface languages: our .qm catalogues and Qt's own, chosen from settings or the system."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from volmatch.paths import resource

#: Languages the interface is translated into (English is the source).
LANGUAGES = ("cs", "en", "uk")

_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return Path(str(resource("translations")))


#: The language of the people the app is made for, when neither the setting nor the
#: system names a translated one.
FALLBACK = "cs"


def pick_language(setting: str, system: QLocale | None = None) -> str:
    """The setting if it names a translated language, else the system's, else Czech."""
    if setting in LANGUAGES:
        return setting
    system = system or QLocale.system()
    # uiLanguages lists the person's preferred languages in order ("uk-UA", "cs", ...).
    for name in (*system.uiLanguages(), system.name()):
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return FALLBACK


def install(app: QCoreApplication, language: str) -> str:
    """Load the catalogues for ``language`` (replacing earlier ones); returns the language used."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    # Qt's own file dialog, not the desktop's: it follows the app's language (qtbase_*.qm),
    # where a native one would speak the system's.
    app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    QLocale.setDefault(QLocale(language))
    # What the core words (import issues, match reasons' frame) follows the interface.
    from volmatch import messages

    messages.set_language(language)
    # English too: the source strings leave counts as "%n row(s)"; the English
    # catalogue holds "1 row" and "2 rows".
    ours = QTranslator(app)
    if ours.load(f"volmatch_{language}", str(translations_dir())):
        app.installTranslator(ours)
        _installed.append(ours)
    if language == "en":
        return language
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase",):
        qt = QTranslator(app)
        if qt.load(f"{name}_{language}", qt_dir):
            app.installTranslator(qt)
            _installed.append(qt)
    return language


def switch(app: QCoreApplication, language: str) -> str:
    """Change the interface language of the running app: every open window follows at once.

    Texts built with tr() are put into the new language here; widgets that word data
    (tables, match reasons, charts) reload it on the QEvent.LanguageChange Qt sends them."""
    used = install(app, language)
    from volmatch.gui.retranslate import retranslate_all

    retranslate_all()
    return used
