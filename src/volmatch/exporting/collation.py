"""Sort keys that order titles as a reader of each site language expects (no ICU needed).

Python's ``sorted()`` orders by code point ("Č" after "Z", "є" after "я") and this
machine has no system locales, so each site language's alphabet is spelled out here,
following the CLDR collations that ICU uses:

- cs: ``ch`` is one letter after ``h``; č ř š ž are letters of their own after c r s z;
  the other accents (á é ě í ó ú ů ý ď ť ň) only break ties.
- uk: а б в г ґ д е є ж з и і ї й к … ь ю я; ru: ё sorts with е; й is a letter of its own.
  Cyrillic before Latin (CLDR reorders the script for both).
- vi: ă â đ ê ô ơ ư are letters of their own; the five tone marks only break ties.
- en and anything else: accents and case only break ties.

A key is (primary letters, accents, the text itself), so equal-looking titles still have
a stable order. ``tests/exporting/test_collation.py`` checks the keys against Qt's
``QCollator`` (ICU) on the same words.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from itertools import chain

_CS = "a b c č d e f g h ch i j k l m n o p q r ř s š t u v w x y z ž"
_UK = "а б в г ґ д е є ж з и і ї й к л м н о п р с т у ф х ц ч ш щ ь ю я"
_RU = "а б в г д е ж з и й к л м н о п р с т у ф х ц ч ш щ ъ ы ь э ю я"
_VI = "a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z"
_LATIN = "a b c d e f g h i j k l m n o p q r s t u v w x y z"

# Combining marks that make a letter of its own, per language (others are accents).
_OWN_MARKS = {
    "cs": {"\u030c"},  # caron: č ř š ž (on ď ť ň ě an accent: handled below)
    "vi": {"\u0306", "\u0302", "\u031b"},  # breve, circumflex, horn
    "uk": {"\u0306", "\u0308"},  # й, ї
    "ru": {"\u0306"},  # й
}
_CS_CARON_LETTERS = {"c", "r", "s", "z"}  # č ř š ž; ď ť ň ě sort with d t n e
_RU_EQUIVALENT = {"ё": "е"}


def _alphabet(letters: str) -> dict[str, int]:
    return {letter: i for i, letter in enumerate(letters.split())}


_TABLES = {
    "cs": _alphabet(_CS),
    "uk": _alphabet(_UK),
    "ru": _alphabet(_RU),
    "vi": _alphabet(_VI),
    "en": _alphabet(_LATIN),
}
_CYRILLIC_FIRST = {"uk", "ru"}


def _graphemes(text: str, lang: str) -> list[tuple[str, int]]:
    """The text as (letter, accent weight) pairs: a base letter with the marks that make
    a letter of its own in ``lang``; the other marks sum into the accent weight."""
    own = _OWN_MARKS.get(lang, set())
    out: list[tuple[str, int]] = []
    for ch in unicodedata.normalize("NFD", text.casefold()):
        if unicodedata.combining(ch) and out:
            letter, accent = out[-1]
            keeps = ch in own and (lang != "cs" or letter in _CS_CARON_LETTERS)
            if keeps:
                out[-1] = (unicodedata.normalize("NFC", letter + ch), accent)
            else:
                out[-1] = (letter, accent * 8 + 1 + (ord(ch) & 7))
        else:
            out.append((ch, 0))
    return out


@lru_cache(maxsize=200_000)
def sort_key(text: str, lang: str) -> tuple:
    """The key that orders ``text`` among others in ``lang``."""
    words = text.split()
    if len(words) == 1:
        primary, accents = _word_key(words[0], lang)
    else:  # titles share their words: each word's part of the key is made once
        parts = [_word_key(word, lang) for word in words]
        primary = tuple(chain.from_iterable(part[0] for part in parts))
        accents = tuple(chain.from_iterable(part[1] for part in parts))
    return (primary, accents, text)


@lru_cache(maxsize=100_000)
def _word_key(word: str, lang: str) -> tuple[tuple, tuple]:
    """The primary letters and accents of one word (no white space in it). A text's key
    is its words' parts joined: spaces add nothing to a key, no letter (Czech ``ch``)
    spans them, and normalizing a text normalizes each of its words alike."""
    table = _TABLES.get(lang, _TABLES["en"])
    other = _TABLES["en"] if lang in _CYRILLIC_FIRST else _TABLES["uk"]
    letters = _graphemes(word, lang)
    primary: list[tuple[int, int]] = []
    accents: list[int] = []
    i = 0
    while i < len(letters):
        letter, accent = letters[i]
        if lang == "cs" and letter == "c" and i + 1 < len(letters) and letters[i + 1][0] == "h":
            letter = "ch"
            i += 1
        if lang == "ru":
            letter = _RU_EQUIVALENT.get(letter, letter)
        i += 1
        if letter in table:
            primary.append((3, table[letter]))
        elif letter.isspace() or not letter.isalnum():
            continue  # spaces and punctuation do not decide the order of words
        elif letter.isdigit():
            primary.append((2, unicodedata.digit(letter, 0)))
        elif letter[0] in other or letter in other:
            primary.append((4, other.get(letter, other.get(letter[0], 0))))
        else:
            primary.append((5, ord(letter[0])))
        accents.append(accent)
    return tuple(primary), tuple(accents)
