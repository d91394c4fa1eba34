"""Interface languages: our .qm catalogues and Qt's own, chosen from settings or the system."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from volmatch.paths import resource

#: Languages the interface is translated into (English is the source).
LANGUAGES = ("cs", "en")

_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return Path(str(resource("translations")))


def pick_language(setting: str) -> str:
    """The setting if it names a translated language, else the system's, else English."""
    if setting in LANGUAGES:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def install(app: QCoreApplication, language: str) -> str:
    """Load the catalogues for ``language`` (replacing earlier ones); returns the language used."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
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
