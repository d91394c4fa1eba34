"""Titles sort as a reader of each language expects: the core's keys agree with ICU (QCollator)."""

from __future__ import annotations

import pytest

from volmatch.exporting.collation import sort_key

WORDS = {
    "cs": [
        "chata",
        "hrad",
        "cesta",
        "čaj",
        "Čechy",
        "ibis",
        "řeka",
        "Rusko",
        "šachy",
        "sova",
        "žába",
        "zebra",
        "Ústí",
        "ucho",
        "ďábel",
        "dub",
        "Ěta",
        "emu",
        "Adam",
        "ádr",
        "7 dní",
        "Žižkov",
        "Holešovice",
        "Chodov",
        "Karlín",
        "Smíchov",
        "Dejvice",
        "Cheb",
        "Hodkovičky",
    ],
    "uk": [
        "ґанок",
        "город",
        "яблуко",
        "єнот",
        "ехо",
        "їжак",
        "іній",
        "йод",
        "ирій",
        "вода",
        "Жито",
        "Київ",
        "ща",
        "ьо",
        "юнак",
        "Прага",
        "Апельсин",
        "English",
        "мова",
    ],
    "ru": [
        "ёж",
        "ель",
        "ехать",
        "яблоко",
        "йод",
        "игра",
        "Жук",
        "Москва",
        "ъ",
        "Эра",
        "Прага",
        "English",
        "борщ",
    ],
    "vi": [
        "ăn",
        "an",
        "âm",
        "bạn",
        "đi",
        "dạy",
        "ê",
        "em",
        "ôm",
        "ơn",
        "ong",
        "ưa",
        "uống",
        "Hà Nội",
        "Huế",
        "trẻ em",
        "tình nguyện",
        "Praha",
        "Đà Nẵng",
        "a",
        "á",
        "à",
    ],
    "en": ["apple", "Äpfel", "zebra", "Zürich", "éclair", "eagle", "Prague", "Praha"],
}


@pytest.mark.parametrize("lang", sorted(WORDS))
def test_keys_agree_with_icu(lang):
    qt = pytest.importorskip("PySide6.QtCore")
    collator = qt.QCollator(
        qt.QLocale(
            {"cs": "cs_CZ", "uk": "uk_UA", "ru": "ru_RU", "vi": "vi_VN", "en": "en_GB"}[lang]
        )
    )
    from functools import cmp_to_key

    expected = sorted(WORDS[lang], key=cmp_to_key(collator.compare))
    assert sorted(WORDS[lang], key=lambda w: sort_key(w, lang)) == expected


def test_czech_rules_by_hand():
    words = ["chata", "hrad", "cesta", "čaj", "ibis", "Žižkov", "zebra"]
    assert sorted(words, key=lambda w: sort_key(w, "cs")) == [
        "cesta",
        "čaj",
        "hrad",
        "chata",
        "ibis",
        "zebra",
        "Žižkov",
    ]
