"""The core's and the command line's words in the user's language (gettext catalogues).

Messages are written in English in the code and marked with ``_()`` / ``ngettext()``
(``N_()`` where a text is defined before the language is known, and translated with
``_()`` where it is shown). The catalogues are ``resources/locale/<lang>/LC_MESSAGES/
volmatch.po``, compiled to ``.mo`` by ``scripts/update_translations.py``; only the
standard library reads them, so nothing heavy is imported to say a word.

The desktop app sets the language with the interface's; the command line from
``--lang`` or the locale (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``).
"""

from __future__ import annotations

import gettext as _gettext
import os
from collections.abc import Mapping
from functools import cache

#: Languages every message is translated into (the interface languages).
LANGS = ("cs", "en", "uk")
#: A person's locale that is none of LANGS: Czech, the language of the users.
FALLBACK = "cs"

_state = {"lang": "en"}


@cache
def catalogue(lang: str) -> _gettext.NullTranslations:
    """The compiled catalogue of ``lang``; English (the source) translates to itself."""
    if lang == "en" or lang not in LANGS:
        return _gettext.NullTranslations()
    from volmatch.paths import resource

    try:
        with resource("locale", lang, "LC_MESSAGES", "volmatch.mo").open("rb") as mo:
            return _gettext.GNUTranslations(mo)
    except OSError:
        return _gettext.NullTranslations()


def set_language(lang: str) -> str:
    """Speak ``lang`` from now on (English for a language without a catalogue)."""
    _state["lang"] = lang if lang in LANGS else "en"
    return _state["lang"]


def language() -> str:
    return _state["lang"]


def _(message: str) -> str:
    """``message`` in the current language."""
    return catalogue(_state["lang"]).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form for the count ``n`` in the current language (Czech and Ukrainian have three)."""
    return catalogue(_state["lang"]).ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark ``message`` for the catalogue; it is translated where it is shown."""
    return message


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The language the locale asks for: one of LANGS; Czech for another person's
    language; English for the C/POSIX locale of scripts and servers."""
    environ = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for part in (environ.get(name) or "").split(":"):
            code = part.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
            if not code:
                continue
            if code in ("c", "posix"):
                return "en"
            return code if code in LANGS else FALLBACK
    return "en"
