"""Display names of districts, languages and interests for the export, cached.

Wraps the reference data (gazetteer, language catalogue, taxonomy). Each part is
optional so that an export still works, with plainer names, if a reference file
cannot be loaded; language names then come from Babel's CLDR data.
"""

from __future__ import annotations

import contextlib
from typing import Any

from volmatch.errors import Issue, Problem


def _load(module: str, factory: str) -> Any | None:
    import importlib

    try:
        return getattr(importlib.import_module(module), factory)()
    except (ImportError, AttributeError, FileNotFoundError, OSError):
        return None


class Names:
    """Names for display in a given language; every lookup is memoized (100k listings)."""

    def __init__(self, gazetteer: Any = None, catalogue: Any = None, taxonomy: Any = None) -> None:
        self.gazetteer = gazetteer
        self.catalogue = catalogue
        self.taxonomy = taxonomy
        self._cache: dict[tuple[str, str, str], str] = {}
        self.standard = False  # the program's own reference data (default())

    @classmethod
    def default(cls) -> Names:
        names = cls(
            _load("volmatch.reference.gazetteer", "default_gazetteer"),
            _load("volmatch.reference.languages", "default_catalogue"),
            _load("volmatch.reference.taxonomy", "default_taxonomy"),
        )
        names.standard = True
        return names

    def _memo(self, kind: str, key: str, lang: str, compute) -> str:
        k = (kind, key, lang)
        value = self._cache.get(k)
        if value is None:
            try:
                value = compute() or key
            except Exception:  # a gap in reference data must not stop a publication
                value = key
            self._cache[k] = value
        return value

    def district(self, name: str) -> str:
        """ "Praha-Troja (Praha 7)" for display."""
        value = self._cache.get(("d", name, ""))
        if value is not None:  # the usual case: no closure to make
            return value
        gz = self.gazetteer
        return self._memo("d", name, "", lambda: gz.label(name) if gz else name)

    def admin_of(self, name: str) -> str:
        value = self._cache.get(("a", name, ""))
        if value is not None:
            return value
        gz = self.gazetteer
        return self._memo("a", name, "", lambda: gz.admin_of(name) if gz else name)

    def language(self, code: str, lang: str) -> str:
        """The name of language ``code`` written in ``lang`` ("uk", "cs" -> "ukrajinština")."""
        value = self._cache.get(("l", code, lang))
        if value is not None:
            return value

        def compute() -> str:
            if self.catalogue is not None:
                with contextlib.suppress(Exception):
                    name = self.catalogue.name(code, lang)
                    if name:
                        return name
            from babel import Locale

            return Locale.parse(lang).languages.get(code, code)

        return self._memo("l", code, lang, compute)

    def interest(self, tag: str, lang: str) -> str:
        value = self._cache.get(("i", tag, lang))
        if value is not None:
            return value
        tx = self.taxonomy
        return self._memo(
            "i", tag, lang, lambda: tx.name(tag, lang) if tx else tag.replace("-", " ")
        )

    def resolve_district(self, text: str) -> tuple[frozenset[str], str]:
        """The municipal districts a district office means by ``text``, and the canonical name.

        An administrative district ("Praha 7") covers every municipal district it
        administers (Praha 7 and Praha-Troja). Raises InputError for unknown,
        ambiguous or merely guessed names, with suggestions.
        """
        from volmatch.errors import InputError

        text = (text or "").strip()
        gz = self.gazetteer
        if gz is None:
            return frozenset({text}), text
        admin = {a.casefold(): a for a in gz.admin_districts}
        if text.casefold() in admin:
            name = admin[text.casefold()]
            covered = {m for m in gz.municipal_districts if gz.admin_of(m) == name}
            return frozenset(covered), name
        r = gz.resolve(text)
        status = getattr(r.status, "name", str(r.status)).upper()
        if status == "EXACT" and r.districts:
            return frozenset(r.districts), r.matched or r.districts[0]
        problem = Problem.AMBIGUOUS_DISTRICT if status == "AMBIGUOUS" else Problem.UNKNOWN_DISTRICT
        suggestions = tuple(r.suggestions or r.districts or ())[:5]
        raise InputError(
            [
                Issue(
                    problem,
                    column="district",
                    value=text,
                    expected="a Prague district, e.g. 'Praha 7' or 'Praha-Troja'",
                    suggestions=suggestions,
                )
            ]
        )
