"""Which interface language the app starts in, and Ukrainian counts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from volmatch.gui import i18n


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [
        ("en", "uk_UA", "en"),  # the person's choice wins
        ("", "uk_UA", "uk"),
        ("", "cs_CZ", "cs"),
        ("", "en_GB", "en"),
        ("", "de_DE", "cs"),  # none of ours: Czech, the language of the users
        ("", "C", "cs"),
        ("xx", "vi_VN", "cs"),
    ],
)
def test_the_language_follows_the_setting_then_the_system_then_czech(setting, system, expected):
    assert i18n.pick_language(setting, QLocale(system)) == expected


def test_ukrainian_counts_take_their_three_forms(qapp):
    i18n.install(qapp, "uk")
    try:
        said = {
            n: QCoreApplication.translate("PairedBarChart", "%n volunteer(s)", "", n)
            for n in (1, 2, 4, 5, 11, 21, 22, 25)
        }
    finally:
        i18n.install(qapp, "en")
    assert said == {
        1: "1 волонтер",
        2: "2 волонтери",
        4: "4 волонтери",
        5: "5 волонтерів",
        11: "11 волонтерів",
        21: "21 волонтер",
        22: "22 волонтери",
        25: "25 волонтерів",
    }


def test_qt_own_dialogs_speak_the_interface_language(qapp):
    i18n.install(qapp, "uk")
    try:
        look_in = QCoreApplication.translate("QFileDialog", "Look in:")
    finally:
        i18n.install(qapp, "en")
    assert look_in == "Перегляд в:"
