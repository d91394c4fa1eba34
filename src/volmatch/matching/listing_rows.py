"""A listing's derived tags and stored matching row: the one place they are worked out.

``ListingRows.tags`` is what every path derives a listing's tags with: an import's rows
(``derive``), ``interests.listing_tags`` (one record, an index built, explanations).
Each text is folded and read once, tags kept by name (no ids, no feature objects) and
the parts that repeat (titles, district sets, words) remembered in bounded tables.
tests/matching/test_listing_rows.py compares both with the first implementation.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from volmatch.domain import Scope
from volmatch.reference.gazetteer import default_gazetteer
from volmatch.reference.taxonomy import STOP_WORDS
from volmatch.text import _fold_table, fold

from .context import MatchContext
from .interests import _WORD, DESCRIPTION_FACTOR, OWN, TITLE_FACTOR, Vocabulary
from .keywords import _STEMS, GENERIC, KW, _stem_of
from .keywords import _WORD as _KEYWORD
from .keywords import stem as _stem

ITEM, PART = "|", "\t"  # as features.ITEM and features.PART
IN_TITLE, IN_TEXT = int(TITLE_FACTOR * OWN), int(DESCRIPTION_FACTOR * OWN)  # quarters
_OPEN = (Scope.CITYWIDE, Scope.REMOTE)
_MEMO = 20_000  # titles and district sets remembered (a city has a few thousand)


class ListingRows:
    """One listing -> its row (districts, open, needs, tags, search) against ``vocab``;
    ``ctx`` (its districts) is needed for whole rows only, not for :meth:`tags`."""

    def __init__(self, ctx: MatchContext | None, vocab: Vocabulary) -> None:
        names = vocab.tags.names
        self._ctx, self._skip, self._known = ctx, vocab.term_words, vocab.known_tags
        self._runs = vocab._run_length  # first word of a term -> its longest run of words
        self._terms = {t: tuple(names[i] for i in ids) for t, ids in vocab._lookup.items()}
        # the runs of two or more words some term starts with: a longer run is looked up
        # only while it is one of these
        self._prefixes = {
            " ".join(words[:n])
            for words in map(_WORD.findall, self._terms)
            for n in range(2, len(words) + 1)
        }
        self._titles: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        self._places: dict[tuple[str, ...], str] = {}
        self._words: dict[str, str] = {}  # word as written (lower case) -> keyword or ""
        self._by_folded: dict[str, str] = {}  # a word folded -> keyword or ""

    def __call__(self, r: Any) -> tuple:
        folded = fold(r.description)
        tags = self.tags(r.interests, r.title, r.description, folded)
        cell = tuple(r.districts)
        return (
            self._districts(cell) if cell else "",
            r.scope in _OPEN,
            ITEM.join(
                [
                    f"{n.code}{PART}{int(n.min_level or 0)}{PART}{int(bool(n.required))}"
                    for n in r.languages
                ]
            ),
            list(tags.items()),
            search_text(r, folded),
        )

    def tags(
        self, interests: Any, title: str, text: str, folded: str | None = None
    ) -> dict[str, int]:
        """Tag name -> factor in quarters of a listing: its own tags, then the terms its
        title and description (``folded``: that text folded) name, then the keywords of
        its free tags, title and description. A name met first keeps its place and factor."""
        tags: dict[str, int] = {}
        free = []
        known = self._known
        for t in interests:
            tags[t] = OWN
            if t not in known:
                free.append(t)
        title_terms, title_words = self._titles.get(title) or self._title(title)
        words = _letter_runs(fold(text) if folded is None else folded)
        add = tags.setdefault
        for name in title_terms:
            add(name, IN_TITLE)
        for name in self._named(words):
            add(name, IN_TEXT)
        for k in free:
            for name in self._keywords(k):
                add(name, OWN)
        for name in title_words:
            add(name, IN_TITLE)
        fresh = dict.fromkeys(self._keywords(text, words), IN_TEXT)
        for name in tags.keys() & fresh.keys():
            del fresh[name]
        tags.update(fresh)  # the words of a description: many, added at once
        return tags

    def _named(self, words: list[str]) -> dict[str, None]:
        """Tags (by name) of the terms the words of a folded text, or runs of them, name
        exactly, in order."""
        runs, terms, prefixes = self._runs, self._terms, self._prefixes
        starts = runs.keys() & words
        found: dict[str, None] = {}
        if not starts:  # most texts name no term: skipped at once
            return found
        for i in [i for i, word in enumerate(words) if word in starts]:
            word = run = words[i]
            longest = runs[word]
            for name in terms.get(word, ()) if longest else ():
                found[name] = None  # a name found already keeps its place
            for following in words[i + 1 : i + longest]:
                run = f"{run} {following}"
                if run not in prefixes:
                    break
                for name in terms.get(run, ()):
                    found[name] = None
        return found

    def _keywords(self, text: str, words: list[str] | None = None) -> dict[str, None]:
        """The keywords (``KW`` + stem, ``keywords.words``' stems) of one text, in order.
        ``words``: those of the folded text; when each character of the text folds to one
        of its kind (``_changes_words``), they are the text's words folded."""
        if words is not None and (text.isascii() or not _changes_words().search(text)):
            found = self._names([w for w in words if len(w) > 3], self._by_folded, _folded_stem)
        else:
            found = self._names(_KEYWORD.findall(text.lower()), self._words, _written_stem)
        out = dict.fromkeys(found)
        out.pop("", None)
        return out

    def _names(self, written: list[str], known: dict[str, str], stem_of) -> list[str]:
        """The keyword of each word ("" for none), remembered in ``known``."""
        found = list(map(known.get, written))
        if None in found:
            if len(known) > 200_000:
                known.clear()
            for i, (w, name) in enumerate(zip(written, found, strict=True)):
                if name is None:
                    s = stem_of(w)
                    found[i] = known[w] = KW + s if s and s not in self._skip else ""
        return found

    def _title(self, title: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        if len(self._titles) > _MEMO:
            self._titles.clear()
        found = self._titles[title] = (
            tuple(self._named(_letter_runs(fold(title)))),
            tuple(self._keywords(title)),
        )
        return found

    def _districts(self, cell: tuple[str, ...]) -> str:
        found = self._places.get(cell)
        if found is None:
            if len(self._places) > _MEMO:
                self._places.clear()
            known = self._ctx.district_id
            found = self._places[cell] = ITEM.join(x for x in cell if known(x) is not None)
        return found


def search_text(record: Any, description: str | None = None) -> str:
    """The folded text ``volmatch list opportunities --search`` looks for every word in:
    identifiers, title, organisation, districts (with their administrative districts),
    interests, the whole description, the address and every translation.

    ``description``: the description folded already. The table's search text without its
    description head: the whole description holds every word the head does. fold() of
    texts joined by a space is their folds joined by one, empty ones left out (it works
    character by character): the parts that repeat from listing to listing are folded once.
    """
    if description is None:
        description = fold(record.description or "")
    parts = [
        record.title,
        record.organization or "",
        ", ".join(record.districts),
        f"{record.district_text}",
        ", ".join(record.interests),
    ]
    folded = list(map(_FOLDED.get, parts))
    if None in folded:
        folded = [_folded(x) if f is None else f for x, f in zip(parts, folded, strict=True)]
    tail = [description, fold(record.address or "")]
    for t in record.translations.values():
        tail += (_translated(t.title), _translated(t.description))
    return " ".join(
        (
            " ".join(filter(None, (fold(record.external_id or ""), *folded[:4]))),
            folded[4],
            _admins(tuple(record.districts)),
            " ".join(filter(None, tail)),
        )
    )


_FOLDED: dict[str, str] = {}


def _folded(text: str) -> str:
    """fold(text), remembered: titles, organisations and place names repeat."""
    found = _FOLDED.get(text)
    if found is None:
        if len(_FOLDED) > 50_000:
            _FOLDED.clear()
        found = _FOLDED[text] = fold(text)
    return found


@lru_cache(maxsize=4096)  # districts of one listing: a few hundred sets in a city
def _admins(districts: tuple[str, ...]) -> str:
    """The folded administrative districts of municipal ones (the gazetteer's)."""
    gz = default_gazetteer()
    admins = []
    for name in districts:
        try:
            admins.append(gz.admin_of(name))
        except KeyError:
            continue
    return fold(" ".join(filter(None, admins)))


_TRANSLATED: dict[str, str] = {}


def _translated(text: str) -> str:
    """fold(text) of a translation, remembered: a title or an organisation's sentence
    is translated once and used by many listings."""
    found = _TRANSLATED.get(text)
    if found is None:
        if len(_TRANSLATED) > 50_000:
            _TRANSLATED.clear()
        found = _TRANSLATED[text] = fold(text)
    return found


def _written_stem(w: str) -> str:
    """``keywords.words``' stem of a word as written (lower case), "" for filler."""
    s = _STEMS.get(w)
    return _stem_of(w) if s is None else s


def _folded_stem(f: str) -> str:
    """The same for a word given folded (``keywords._stem_of`` after its fold)."""
    return "" if f in STOP_WORDS or f in GENERIC else _stem(f)


# [^\W\d_]+ (``interests._WORD``) of an ASCII text, by a table in C rather than the regex
_NOT_LETTER = str.maketrans({c: " " for c in map(chr, range(128)) if not _WORD.fullmatch(c)})


def _letter_runs(text: str) -> list[str]:
    """``interests._WORD.findall(text)``, several times faster for ASCII text."""
    return text.translate(_NOT_LETTER).split() if text.isascii() else _WORD.findall(text)


@cache
def _changes_words() -> re.Pattern[str]:
    """A character after which a text's words (``keywords._WORD`` of it in lower case)
    may not be the words of its fold (``interests._WORD`` of ``fold(text)``) folded one
    by one: one whose lower case is not one character, a letter that does not fold to
    one letter (the fold of its lower case), a character that is not a letter and folds
    to nothing or to a letter, or one past the fold's table."""
    table = _fold_table()

    def letter(c: str) -> bool:
        return _WORD.fullmatch(c) is not None

    changes = []
    for code, folded in enumerate(table):
        low = chr(code).lower()
        if len(low) != 1 or ord(low) >= len(table):
            same = False
        elif letter(low):
            same = len(folded) == 1 and letter(folded) and table[ord(low)] == folded
        else:
            same = folded != "" and not any(map(letter, folded))
        if not same:
            changes.append(chr(code))
    return re.compile(f"[{''.join(map(re.escape, changes))}\\U{len(table):08x}-\\U0010ffff]")
