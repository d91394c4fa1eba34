"""Languages as ISO 639-1 codes, from CLDR names (Babel) and what people write.

Names come from CLDR in Czech, English, Ukrainian and Russian, plus each language's
own name; Czech adverbs ("ukrajinsky"), Ukrainian and Russian adverbs ("українською",
"по-украински") are derived from those names, and ``resources/languages/aliases.csv``
adds codes people use ("ua", "cz", "ukr") and irregular forms ("německy").

Levels are read by ``language_levels`` (CEFR A1..C2 plus native) and names come from
``language_names``; both are re-exported here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from babel.core import get_global
from rapidfuzz import fuzz, process

from volmatch.domain import LanguageNeed, LanguageSkill, Level
from volmatch.errors import Issue, Problem, Severity
from volmatch.text import split_list

from .language_levels import (
    _LANG_FILLER,
    _abbreviated_level,
    _key,
    _level_words,
    _read_csv,
    parse_level,
)
from .language_names import _codes, _derived, _names_in, _own_name, _po_form, language_name

NAME_LANGS = ("cs", "en", "uk", "ru", "vi")
FUZZY_MIN = 85.0  # a typo above this is read as meant (with a warning); below, only suggested
SUGGEST_MIN = 60.0
FUZZY_MARGIN = 4.0
EXPECTED_LANGUAGE = "a language, e.g. 'čeština', 'English', 'українська' or a code such as 'uk'"
EXPECTED_LEVEL = "a level A1, A2, B1, B2, C1, C2 or 'native' (rodilý mluvčí)"


# An abbreviation with a dot ("šp.", "maď.", "Port.", "ісп.") is the language whose name it
# begins, when among the languages people in Prague commonly list it begins only one
# ("slov." begins Slovak and Slovene: not guessed). Levels and other words are no
# language's beginning ("pokr.", "zač.").
# A note in brackets: "čeština B2 (přechodný pobyt – zkouška A2)"
_NOTE = re.compile(r"\([^()]*\)")
_GRADE = re.compile(r"(?<![a-z0-9])[abc] ?[12](?![0-9])")
_ABBREVIATION = re.compile(r"(?<![\w.])([^\W\d_]{2,})\.(?!\w)")
_COMMON_CODES = (
    "cs sk en de fr es it pt nl pl hu ro bg hr sr sl bs mk sq el tr uk ru be ka hy az kk uz ky tg "
    "mn vi zh ja ko th id tl hi bn ur ne fa ps ar he ku am so sw lt lv et fi sv da no la"
)
COMMON = frozenset(_COMMON_CODES.split())


# several languages in one phrase: "česky i anglicky", "English and Czech", "tiếng Việt và tiếng Anh"
# "česky i anglicky", "čeština/angličtina" (a slash between levels, "A2/B1", is a range: its
# parts are not both languages, so the item is not split)
_JOIN = re.compile(r"\s+(?:a|i|and|&|\+|і|и|та|й|và|va)\s+|\s*/\s*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class LanguageMatch:
    """A language read from text: the code, how sure (100 = exact) and the term that matched."""

    code: str
    score: float
    term: str


class LanguageCatalogue:
    """ISO 639-1 languages, their names, and readers for what people write."""

    def __init__(self) -> None:
        self.codes: tuple[str, ...] = _codes()
        known = set(self.codes)
        self._names: dict[str, dict[str, str]] = {lang: _names_in(lang) for lang in NAME_LANGS}
        self._index: dict[str, str] = {}
        self._terms: dict[str, str] = {}  # folded key -> the term as written, for suggestions
        for row in _read_csv("languages", "aliases.csv"):
            if row["code"] in known:
                self._add(row["alias"], row["code"])
                if (po := _po_form(row["alias"])) is not None:
                    self._add(po, row["code"])
        for code in self.codes:
            self._add(code, code)
        for alias, target in get_global("language_aliases").items():
            if len(alias) == 3 and alias.isalpha() and target in known:
                self._add(alias, target)
        for lang in NAME_LANGS:
            for code, name in self._names[lang].items():
                self._add(name, code)
                for form in _derived(lang, name):
                    self._add(form, code)
        self._own: dict[str, str] | None = None
        self._starts: list[tuple[str, str]] | None = None
        self._choices: list[str] = []
        self._cache: dict[str, LanguageMatch | None] = {}

    def _add(self, term: str, code: str) -> None:
        key = _key(term)
        if (
            key and key not in self._index
        ):  # the first source wins: aliases, codes, then cs, en, uk, ru
            self._index[key] = code
            self._terms[key] = term

    def _own_names(self) -> dict[str, str]:
        """Each language's name for itself, loaded on first need (one CLDR file per language)."""
        if self._own is None:
            own = {}
            for code in self.codes:
                if name := _own_name(code):
                    own[code] = name
                    self._add(name, code)
            self._own = own
            self._choices = [k for k in self._index if len(k) >= 4]
        return self._own

    # -- names -----------------------------------------------------------------
    def name(self, code: str, in_lang: str = "en") -> str:
        """The name of ``code`` in ``in_lang`` ("uk", "cs" -> "ukrajinština"); KeyError if unknown."""
        return language_name(code, in_lang)

    def names(self, in_lang: str = "en") -> dict[str, str]:
        """code -> name for every code, in ``in_lang``."""
        return {c: self.name(c, in_lang) for c in self.codes}

    # -- reading ---------------------------------------------------------------
    def resolve(self, text: str | None) -> str | None:
        """The code of an exactly written language ("ukrajinsky", "ua", "English"), else None."""
        key = self._strip_filler(_key(text))
        if not key:
            return None
        code = self._index.get(key)
        if code is None:
            code = self._own_names() and self._index.get(key)
        return code or None

    def match(self, text: str | None) -> LanguageMatch | None:
        """Exact or, above FUZZY_MIN and clearly ahead of other languages, a typo; else None."""
        key = self._strip_filler(_key(text))
        if not key:
            return None
        if key in self._cache:
            return self._cache[key]
        code = self.resolve(key)
        found = None
        if code:
            found = LanguageMatch(code, 100.0, self._terms.get(key, key))
        else:
            hits = self._hits(key)
            if hits and hits[0][1] >= FUZZY_MIN:
                best, score, _ = hits[0]
                rivals = [s for k, s, _ in hits[1:] if self._index[k] != self._index[best]]
                if not rivals or score - rivals[0] >= FUZZY_MARGIN:
                    found = LanguageMatch(self._index[best], float(score), self._terms[best])
        if len(self._cache) < 20_000:
            self._cache[key] = found
        return found

    def _hits(self, key: str) -> list:
        self._own_names()
        return process.extract(
            key, self._choices, scorer=fuzz.ratio, limit=10, score_cutoff=SUGGEST_MIN
        )

    def suggest(self, text: str | None, limit: int = 3) -> tuple[str, ...]:
        """Codes of the languages nearest to ``text``, best first."""
        key = self._strip_filler(_key(text))
        codes = dict.fromkeys(self._index[k] for k, _, _ in self._hits(key)) if key else {}
        return tuple(codes)[:limit]

    def _suggest_terms(self, text: str, limit: int = 3) -> tuple[str, ...]:
        """The nearest written forms, one per language: what to write instead."""
        key = self._strip_filler(_key(text))
        seen: dict[str, str] = {}
        for k, _, _ in self._hits(key) if key else ():
            seen.setdefault(self._index[k], self._terms[k])
        return tuple(seen.values())[:limit]

    @staticmethod
    def _strip_filler(key: str) -> str:
        words = key.split()
        kept = [w for w in words if w not in _LANG_FILLER]
        return " ".join(kept) if kept else key

    def _abbreviated(self, prefix: str) -> str | None:
        """The one common language whose name (in cs/en/uk/ru/vi) begins with ``prefix``."""
        if self._starts is None:
            self._starts = [(k, c) for k, c in self._index.items() if c in COMMON and len(k) > 2]
        codes = {c for k, c in self._starts if k.startswith(prefix)}
        return codes.pop() if len(codes) == 1 else None

    def _expand(self, text: str) -> str:
        """Abbreviated language names and level words written out ("šp. pokr." -> "Spanish
        pokrocily"): a dotted word is a language, else a level word, when it begins one."""

        def one(m: re.Match) -> str:
            key = _key(m.group(1))
            if key in self._index or key in _level_words():
                return m.group(0)
            code = self._abbreviated(key)
            if code:
                return self._names["en"][code]
            return _abbreviated_level(key) or m.group(0)

        return _ABBREVIATION.sub(one, text) if "." in text else text

    def _read(self, text: str) -> tuple[LanguageMatch | None, Level | None, str, str]:
        """(language, level, level text not understood, language text) of one list item."""
        outside = _NOTE.sub(" ", text)
        if outside != text and _GRADE.search(_key(outside)):
            text = outside  # a grade written outside a note wins over one inside it (an exam)
        tokens = _key(self._expand(text)).replace(" +", "+").split()
        splits = [(tokens[:k], tokens[k:]) for k in range(len(tokens), 0, -1)]
        splits += [(tokens[k:], tokens[:k]) for k in range(1, len(tokens))]  # "B2 angličtina"
        unknown_level = None
        for head, tail in splits:
            code = self.resolve(" ".join(head))
            if code is None:
                continue
            level = parse_level(" ".join(tail)) if tail else None
            found = LanguageMatch(code, 100.0, self._terms.get(" ".join(head), " ".join(head)))
            if not tail or level is not None:
                return found, level, "", " ".join(head)
            unknown_level = unknown_level or (found, " ".join(tail), " ".join(head))
        if unknown_level:
            return unknown_level[0], None, unknown_level[1], unknown_level[2]
        for head, tail in splits:
            level = parse_level(" ".join(tail)) if tail else None
            if tail and level is None:
                continue
            found = self.match(" ".join(head))
            if found:
                return found, level, "", " ".join(head)
        for head, tail in splits:  # the language part for suggestions
            if tail and parse_level(" ".join(tail)):
                return None, None, "", " ".join(head)
        return None, None, "", " ".join(tokens)

    def _parse(
        self, item: str, column: str, row: int | None
    ) -> tuple[str | None, Level | None, Issue | None]:
        value = item.strip()
        if not value:
            return None, None, None
        found, level, bad_level, lang_text = self._read(value)
        if found is None:
            suggestions = self._suggest_terms(lang_text)
            return (
                None,
                None,
                Issue(Problem.UNKNOWN_LANGUAGE, column, row, value, EXPECTED_LANGUAGE, suggestions),
            )
        issue = None
        if found.score < 100:
            suggestions = (found.term, *self._suggest_terms(lang_text))
            issue = Issue(
                Problem.UNKNOWN_LANGUAGE, column, row, value, EXPECTED_LANGUAGE,
                tuple(dict.fromkeys(suggestions))[:3], Severity.WARNING,
            )  # fmt: skip
        elif bad_level:
            issue = Issue(
                Problem.UNKNOWN_LEVEL, column, row, value, EXPECTED_LEVEL,
                ("A2", "B1", "B2", "native"), Severity.WARNING,
            )  # fmt: skip
        return found.code, level, issue

    def parse_skill(
        self, item: str, column: str = "languages", row: int | None = None
    ) -> tuple[LanguageSkill | None, Issue | None]:
        """One spoken language: "uk:C2", "čeština B1", "English (native)", "ukrajinsky (rodilý)"."""
        code, level, issue = self._parse(item or "", column, row)
        return (LanguageSkill(code, level) if code else None), issue

    def parse_need(
        self,
        item: str,
        required: bool = False,
        column: str = "languages_required",
        row: int | None = None,
    ) -> tuple[LanguageNeed | None, Issue | None]:
        """One language an opportunity asks for: "uk:B2" -> uk, at least B2."""
        code, level, issue = self._parse(item or "", column, row)
        return (LanguageNeed(code, level, required) if code else None), issue

    def parse_skills(
        self, cell: str | None, column: str = "languages", row: int | None = None
    ) -> tuple[tuple[LanguageSkill, ...], list[Issue]]:
        """A list cell of spoken languages; a language named twice keeps its higher level."""
        best: dict[str, LanguageSkill] = {}
        issues: list[Issue] = []
        for item in self.items(cell):
            skill, issue = self.parse_skill(item, column, row)
            if issue:
                issues.append(issue)
            if skill:
                old = best.get(skill.code)
                if old is None or (skill.level or 0) > (old.level or 0):
                    best[skill.code] = skill
        return tuple(best.values()), issues

    def parse_needs(
        self,
        cell: str | None,
        required: bool = False,
        column: str = "languages_required",
        row: int | None = None,
    ) -> tuple[tuple[LanguageNeed, ...], list[Issue]]:
        """A list cell of needed languages; a language named twice keeps its higher minimum."""
        best: dict[str, LanguageNeed] = {}
        issues: list[Issue] = []
        for item in self.items(cell):
            need, issue = self.parse_need(item, required, column, row)
            if issue:
                issues.append(issue)
            if need:
                old = best.get(need.code)
                if old is None or (need.min_level or 0) > (old.min_level or 0):
                    best[need.code] = need
        return tuple(best.values()), issues

    def items(self, cell: str | None) -> list[str]:
        """One language per item: a list cell split at commas, and a phrase naming several
        languages ("česky i anglicky") split at its conjunction; a level standing alone
        after a comma belongs to the language before it ("English, native speaker")."""
        out: list[str] = []
        for item in split_list(cell):
            parts = [p for p in _JOIN.split(item) if p.strip()]
            if len(parts) > 1 and all(self._read(p)[0] is not None for p in parts):
                out.extend(parts)
            elif out and self._read(item)[0] is None and parse_level(item) is not None:
                out[-1] = f"{out[-1]} {item}"
            else:
                out.append(item)
        return out

    def resolve_many(self, texts: Iterable[str]) -> list[str | None]:
        return [self.resolve(t) for t in texts]


@cache
def default_catalogue() -> LanguageCatalogue:
    """The catalogue, built once."""
    return LanguageCatalogue()
