"""A listing's stored matching row, fast: what an import derives for every listing.

The same values as ``features.listing_features`` + ``features.encode_listing`` and
``derive.search_text`` (tests/matching/test_listing_rows.py compares them with those
paths as they were), worked out with each text folded and read once, tags kept by name
(no ids, no feature objects) and the parts that repeat (titles, district sets, words)
remembered in bounded tables.
"""

from __future__ import annotations

from typing import Any

from volmatch.domain import Scope
from volmatch.text import fold

from .context import MatchContext
from .derive import _FOLDED, _admins, _folded
from .interests import _WORD, Vocabulary
from .keywords import _STEMS, KW, _stem_of
from .keywords import _WORD as _KEYWORD

ITEM, PART = "|", "\t"  # as features.ITEM and features.PART
OWN, IN_TITLE, IN_TEXT = 4, 3, 2  # factors 1.0, 0.75, 0.5 as stored: in quarters
_OPEN = (Scope.CITYWIDE, Scope.REMOTE)
_MEMO = 20_000  # titles and district sets remembered (a city has a few thousand)


class ListingRows:
    """One listing -> its row (districts, open, needs, tags, search) against ``vocab``."""

    def __init__(self, ctx: MatchContext, vocab: Vocabulary) -> None:
        names = vocab.tags.names
        self._ctx, self._skip, self._known = ctx, vocab.term_words, vocab.known_tags
        self._runs = vocab._run_length  # first word of a term -> its longest run of words
        self._terms = {t: tuple(names[i] for i in ids) for t, ids in vocab._lookup.items()}
        self._titles: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        self._places: dict[tuple[str, ...], str] = {}
        self._words: dict[str, str] = {}  # word as written (lower case) -> keyword or ""

    def __call__(self, r: Any) -> tuple:
        tags: dict[str, int] = {}
        free = []
        known = self._known
        for t in r.interests:
            tags[t] = OWN
            if t not in known:
                free.append(t)
        title, text = r.title, r.description
        title_terms, title_words = self._titles.get(title) or self._title(title)
        folded = fold(text)
        # the order of Vocabulary.text_tags and then Keywords.listing: a name met first
        # keeps its place and its factor
        add = tags.setdefault
        for name in title_terms:
            add(name, IN_TITLE)
        for name in self._named(folded):
            add(name, IN_TEXT)
        for k in free:
            for name in self._keywords(k):
                add(name, OWN)
        for name in title_words:
            add(name, IN_TITLE)
        for name in self._keywords(text):
            add(name, IN_TEXT)
        cell = tuple(r.districts)
        return (
            self._districts(cell) if cell else "",
            r.scope in _OPEN,
            ITEM.join(
                f"{n.code}{PART}{int(n.min_level or 0)}{PART}{int(bool(n.required))}"
                for n in r.languages
            ),
            list(tags.items()),
            search_text(r, folded),
        )

    def _named(self, folded: str) -> dict[str, None]:
        """Vocabulary.text_tags by name: tags of terms named by words or runs of words."""
        words = _WORD.findall(folded)
        runs, terms = self._runs, self._terms
        starts = runs.keys() & words
        found: dict[str, None] = {}
        if not starts:  # most texts name no term: skipped at once
            return found
        for i in [i for i, word in enumerate(words) if word in starts]:
            word = words[i]
            longest = runs[word]
            for name in terms.get(word, ()) if longest else ():
                found[name] = None  # a name found already keeps its place
            for n in range(2, longest + 1):
                for name in terms.get(" ".join(words[i : i + n]), ()):
                    found[name] = None
        return found

    def _keywords(self, text: str) -> dict[str, None]:
        """Keywords.listing's names of one text (``keywords.stems`` with ``KW``), in order."""
        written = _KEYWORD.findall(text.lower())
        known = self._words
        found = list(map(known.get, written))
        if None in found:
            if len(known) > 200_000:
                known.clear()
            for i, (w, name) in enumerate(zip(written, found, strict=True)):
                if name is None:
                    s = _STEMS.get(w)
                    if s is None:
                        s = _stem_of(w)
                    name = KW + s if s and s not in self._skip else ""
                    found[i] = known[w] = name
        out = dict.fromkeys(found)
        out.pop("", None)
        return out

    def _title(self, title: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        if len(self._titles) > _MEMO:
            self._titles.clear()
        found = self._titles[title] = (
            tuple(self._named(fold(title))),
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


def search_text(record: Any, description: str) -> str:
    """``derive.search_text`` with the description folded already (``description``)."""
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
    rest = record.address or ""
    if record.translations:
        rest = " ".join(
            [rest, *(x for t in record.translations.values() for x in (t.title, t.description))]
        )
    rest = fold(rest)
    # fold() of texts joined by a space is their folds joined by one, empty ones left out
    return " ".join(
        (
            " ".join(filter(None, (fold(record.external_id or ""), *folded[:4]))),
            folded[4],
            _admins(tuple(record.districts)),
            f"{description} {rest}" if description and rest else description or rest,
        )
    )
