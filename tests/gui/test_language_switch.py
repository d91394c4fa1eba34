"""Choosing another interface language changes every open window at once, no restart."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from volmatch.gui import i18n

from .conftest import wait_idle
from .test_translations import open_everything, untranslated

NAMES = {"cs": "Čeština", "en": "English", "uk": "Українська"}


def _menu(window, code: str):
    """The Settings > Interface language entry for ``code`` (each named in itself)."""
    for action in window.findChildren(type(window.act_quit)):
        if action.isCheckable() and action.text() == NAMES[code]:
            return action
    raise AssertionError(code)


def test_a_language_chosen_in_the_menu_applies_to_every_open_window(qtbot, make_window, demo_url):
    window = make_window(demo_url)
    roots = open_everything(window)
    dialog = roots[2]  # the import dialog, left open beside the main window
    dialog.show()
    try:
        _menu(window, "uk").trigger()
        wait_idle(qtbot)
        qtbot.waitUntil(lambda: window.opportunities.model.headerData(0, _h()) == "Назва")
        assert window.nav.item(0).text() == "Можливості"
        assert window.menuBar().actions()[0].text() == "&Файл"
        assert dialog.windowTitle() == "Імпорт із файлу"
        assert window.db_label.text().startswith("База даних: ")
        assert window.settings.language == "uk"
        bad = untranslated(roots, "uk")
        assert bad == [], "\n".join(f"{w}: {t!r}" for w, t in bad)

        _menu(window, "cs").trigger()
        wait_idle(qtbot)
        qtbot.waitUntil(lambda: window.opportunities.model.headerData(0, _h()) == "Název")
        assert window.nav.item(0).text() == "Příležitosti"
        assert dialog.windowTitle() == "Import ze souboru"
        bad = untranslated(roots, "cs")
        assert bad == [], "\n".join(f"{w}: {t!r}" for w, t in bad)
    finally:
        window.settings.language = ""
        i18n.switch(QApplication.instance(), "en")
        dialog.close()
        QApplication.processEvents()  # the LanguageChange that reloads the pages
        wait_idle(qtbot)
    assert window.nav.item(0).text() == "Opportunities"


def _h():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal
