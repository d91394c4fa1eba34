"""Language names from CLDR (Babel) and the forms people derive from them."""

from __future__ import annotations

from functools import cache

from babel import Locale, UnknownLocaleError


def _derived(lang: str, name: str) -> list[str]:
    """Forms people write besides the CLDR name: Czech/Ukrainian/Russian adverbs."""
    n = name.lower()
    out = []
    if lang == "cs":
        # the adverb, its "po" form and the adjective ("ruská [řeč]", "anglický [jazyk]")
        if n.endswith("ština"):
            out += [n[:-5] + "sky", "po " + n[:-5] + "sku"]  # "po rusku", colloquial
            out += [n[:-5] + e for e in ("ský", "ská", "ské")]
        elif n.endswith("čtina"):
            out += [n[:-5] + "cky", "po " + n[:-5] + "cku"]
            out += [n[:-5] + e for e in ("cký", "cká", "cké")]
        out.append(n + " jazyk")
    elif lang == "uk":
        if n.endswith("ська") or n.endswith("цька"):
            out += [n[:-1] + "ою", "по-" + n[:-1] + "и"]  # "по-українськи"
        out.append(n + " мова")
    elif lang == "ru":
        if n.endswith("ский") or n.endswith("цкий"):
            out.append("по-" + n[:-2])
        out.append(n + " язык")
    elif lang == "en":
        out.append(n + " language")
    return out


def _po_form(adverb: str) -> str | None:
    """ "po německu" from a Czech adverb in -sky/-cky ("německy"): the colloquial form with
    "po" that every such adverb has, for names whose adverb does not follow from the name."""
    a = adverb.lower()
    return "po " + a[:-1] + "u" if len(a) > 5 and a[-3:] in ("sky", "cky", "ský", "cký") else None


@cache
def _own_name(code: str) -> str | None:
    """What a language calls itself ("Tiếng Việt"), if CLDR has that locale (kept ready
    between runs, as :func:`_names_in`)."""
    if not _plain(code):
        return _cldr_own_name(code)
    from volmatch.reference.prepared import babel_stamp, load_or_build

    return load_or_build(f"language-own-{code}", lambda: _cldr_own_name(code), babel_stamp())


def _plain(lang: str) -> bool:
    """A code that can name a cache file."""
    return lang.isascii() and lang.replace("_", "").isalnum() and len(lang) <= 12


def _cldr_own_name(code: str) -> str | None:
    try:
        return Locale(code).languages.get(code)
    except (UnknownLocaleError, ValueError):
        return None


@cache
def _codes() -> tuple[str, ...]:
    """The ISO 639-1 codes CLDR names in English."""
    english = Locale("en").languages
    return tuple(sorted(c for c in english if len(c) == 2 and c.isalpha() and c.islower()))


@cache
def _names_in(lang: str) -> dict[str, str]:
    """code -> the language's name in ``lang`` (one CLDR file; empty for an unknown one),
    kept ready between runs (``prepared``): loading a CLDR file takes tens of milliseconds."""
    if not _plain(lang):
        return _cldr_names(lang)
    from volmatch.reference.prepared import babel_stamp, load_or_build

    return load_or_build(f"language-names-{lang}", lambda: _cldr_names(lang), babel_stamp())


def _cldr_names(lang: str) -> dict[str, str]:
    try:
        table = Locale.parse(lang).languages
    except (UnknownLocaleError, ValueError):
        return {}
    return {c: table[c] for c in _codes() if c in table}


def language_name(code: str, in_lang: str = "en") -> str:
    """The name of ``code`` in ``in_lang`` ("uk", "cs" -> "ukrajinština"); KeyError if unknown.

    Reads only the CLDR files it needs: naming a language in a sentence does not build
    the catalogue's readers of what people write."""
    english = _names_in("en")
    if code not in english:
        raise KeyError(f"'{code}' is not an ISO 639-1 language code")
    if in_lang == code and (own := _own_name(code)):
        return own
    return _names_in(in_lang).get(code) or english[code]
