"""Interest phrases against the taxonomy vocabulary, fuzzily and once per query.

A volunteer's free text is split into phrases; the phrases, their words and word
pairs are scored against every unique vocabulary term in one
``rapidfuzz.process.cdist`` call, and the best score per tag is kept. Opportunities
never go through fuzzy matching here: their tags are exact ids, and the words of
their title and description are looked up in the vocabulary exactly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import pairwise

import numpy as np
from rapidfuzz import fuzz, process

from volmatch.reference.filler_words import STOP_WORDS, VI_LETTER, as_written, filler_flags
from volmatch.reference.word_stems import (
    ADDED_WORDS_FACTOR,
    BROAD_FACTOR,
    GENERAL_FACTOR,
    HAS_FOR,
    PART_WEIGHT,
    SERVED_FACTOR,
    STEM_SCORE,
    adds_words,
    broad,
    for_at,
    general_in_context,
    is_general,
    near_spelling_allowed,
    stem_key,
    term_keys,
    word_windows,
    words_agree,
)
from volmatch.text import fold

from .context import Codes
from .keywords import Keywords
from .keywords import stem as kw_stem

CUTOFF = 82  # below this a term is not taken as meant (measured on typos like "gardenning")
# PART_WEIGHT (a word of a longer phrase) and BROAD_FACTOR (a term naming several tags) are
# the import reader's too: one rule in ``reference.word_stems``.
# SERVED_FACTOR (whom an activity serves, after "for") and GENERAL_FACTOR (an everyday
# activity beside the place or object it is done for) are the import reader's too.
# A tag the listing does not carry but its words name counts less: descriptions mention
# children or families in passing far more often than they are about them.
TITLE_FACTOR = 0.75  # factors are exact binary fractions, so sums of them do not depend on order
DESCRIPTION_FACTOR = 0.5
OWN = 4  # a listing's own tag (1.0) in quarters: its factors are counted and stored so

_PHRASE_SPLIT = re.compile(
    r"[,;|\n\r/&+()]+|\s(?:a|i|and|or|nebo|či|ci|та|і|и|або|чи|или|và|hoặc)\s|\s-\s|\.\s",
    re.IGNORECASE,
)
_WITH = re.compile(r"\bw/\s*", re.IGNORECASE)  # "help w/ festivals"
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


# People inflect where the taxonomy names: "допомога дітям" means the "діти" of the
# vocabulary, but the two are only 67 % alike; "se zahradou" means "zahrada". A candidate
# and a term whose stems (``reference.word_stems``) are equal count as meant at STEM_SCORE.
def split_phrases(text: str | None) -> list[str]:
    """Phrases of a free-text interests cell as written: "Zahrada, help w/ festivals" -> 2."""
    return list(_phrases(text)) if text else []


@lru_cache(maxsize=65536)  # people write the same interests: "zahrada", "děti"
def _phrases(text: str) -> tuple[str, ...]:
    out: list[str] = []
    seen: set[str] = set()
    text = _WITH.sub("with ", text)
    for raw in _PHRASE_SPLIT.split(text):
        phrase = " ".join(raw.split()).strip(" .-:!?\"'")
        key = fold(phrase)
        if key and key not in seen:
            seen.add(key)
            out.append(phrase)
    return tuple(out)


@lru_cache(maxsize=65536)
def _content(phrase: str) -> str:
    """The folded words of a phrase that carry meaning (no filler words)."""
    return " ".join(w for _, w in _meaningful(phrase, _WORD.findall(fold(phrase)), -1))


def _for_at(phrase: str, folded_words: list[str]) -> int:
    """Index of "for" ("pro", "для", "cho") between an activity and whom it serves, or -1."""
    return for_at(phrase, folded_words, _WORD)


@lru_cache(maxsize=65536)  # people write the same phrases
def _general(phrase: str) -> bool:
    """Whether the phrase holds an everyday activity beside another word (see
    ``word_stems.general_in_context``)."""
    raw = _WORD.findall(fold(phrase))
    shown = as_written(phrase, raw, _WORD)
    return general_in_context([shown[i] for i, _ in _meaningful(phrase, raw, _for_at(phrase, raw))])


def _meaningful(phrase: str, folded_words: list[str], skip: int) -> list[tuple[int, str]]:
    """(index, word) of the words that carry meaning, all but ``skip``."""
    filler = filler_flags(phrase, folded_words, _WORD)
    return [(i, w) for i, w in enumerate(folded_words) if i != skip and not filler[i]]


def _candidates(phrases: Sequence[str], longest: int) -> list[tuple[str, str]]:
    """(candidate text, phrase it came from): the phrase, the phrase without filler words
    ("IT help" -> "it", as the import reads it), its words and word pairs, and its runs of
    three words up to ``longest`` as written ("vo gia cu" in "giup nguoi vo gia cu"). The
    word "for" between an activity and whom it serves is none (Vietnamese "cho" would read
    as "chó"). Words written with Vietnamese letters stay as written (``as_written``)."""
    seen: dict[str, str] = {}
    for phrase in phrases:
        for cand in _phrase_candidates(phrase, longest):
            seen.setdefault(cand, phrase)
    return list(seen.items())


@lru_cache(maxsize=65536)  # people write the same phrases: "zahrada", "děti"
def _phrase_candidates(phrase: str, longest: int) -> tuple[str, ...]:
    """The candidates of one phrase (see :func:`_candidates`), in order, each once."""
    seen: dict[str, None] = {}
    raw = _WORD.findall(fold(phrase))
    shown = as_written(phrase, raw, _WORD)
    seen[" ".join(shown)] = None
    seen.update(dict.fromkeys(word_windows(shown, longest)))
    words = [shown[i] for i, _ in _meaningful(phrase, raw, _for_at(phrase, raw))]
    if words:
        seen.setdefault(" ".join(words))
    seen.update(dict.fromkeys(w for w in words if len(w) >= 3))
    seen.update(dict.fromkeys(f"{a} {b}" for a, b in pairwise(words)))
    return tuple(seen)


def _served(phrases: Sequence[str]) -> dict[str, tuple[set[str], set[str]]]:
    """phrase -> (candidates before "for", candidates after it), for phrases that have one."""
    out: dict[str, tuple[set[str], set[str]]] = {}
    for phrase in phrases:
        if not HAS_FOR.search(phrase):
            continue
        raw = _WORD.findall(fold(phrase))
        cut = _for_at(phrase, raw)
        if cut < 0:
            continue
        shown = as_written(phrase, raw, _WORD)
        meaningful = [(i, shown[i]) for i, _ in _meaningful(phrase, raw, cut)]
        parts = []
        for words in ([w for i, w in meaningful if i < cut], [w for i, w in meaningful if i > cut]):
            cands = {w for w in words if len(w) >= 3} | {f"{a} {b}" for a, b in pairwise(words)}
            parts.append(cands)
        out[phrase] = (parts[0], parts[1])
    return out


@dataclass(frozen=True, slots=True)
class TagHit:
    """Why a volunteer is taken to like a tag: which phrase matched which term, how well."""

    tag: str
    score: float  # 0..100
    phrase: str
    term: str


class Vocabulary:
    """The unique folded terms of the taxonomy and the tags they name."""

    def __init__(
        self,
        terms: Iterable[tuple[str, str]],
        tags: Codes,
        owners: Mapping[str, str] | None = None,
    ) -> None:
        """``owners``: folded term -> the tag whose own name it is (``Taxonomy.owners``)."""
        by_term: dict[str, list[int]] = {}
        for term, tag in terms:
            term = fold(term)
            if term:
                ids = by_term.setdefault(term, [])
                tid = tags.id(tag)
                if tid not in ids:
                    ids.append(tid)
        self.tags = tags
        self.known_tags = frozenset(tags.names)
        self.keywords = Keywords(tags)
        # words that are whole terms name tags already: not keywords as well
        self.term_words = frozenset(kw_stem(t) for t in by_term if " " not in t)
        self.terms: list[str] = list(by_term)
        self.term_tags: list[list[int]] = [by_term[t] for t in self.terms]
        owned = {fold(t): tag for t, tag in (owners or {}).items()}
        # per term: the tag id whose own name it is, or -1
        self.term_owner: list[int] = [
            tags.id(owned[t]) if t in owned and tags.get(owned[t]) in by_term[t] else -1
            for t in self.terms
        ]
        self._lookup = by_term
        self._longest = max((len(t.split()) for t in self.terms), default=0)
        # first word of a term -> the longest term (in words) starting with it
        self._run_length: dict[str, int] = {}
        for t in self.terms:
            words = _WORD.findall(t)
            if words:
                n = len(words) if " ".join(words) == t else 0
                self._run_length[words[0]] = max(self._run_length.get(words[0], 0), n)
        # candidate text -> [(term index, score)]: words repeat across people far more
        # than whole interest lists do
        self._cache: dict[str, list[tuple[int, float]]] = {}

    @cached_property
    def _stems(self) -> dict[str, list[int]]:
        """Stems of a term -> the indices of those terms. Built when text is first read:
        a match over stored columns reads none, and this is most of building the vocabulary."""
        stems: dict[str, list[int]] = {}
        for i, t in enumerate(self.terms):
            for root in term_keys(t):
                stems.setdefault(root, []).append(i)
        return stems

    def prime(self, phrase_lists: Iterable[Sequence[str]]) -> None:
        """Score every candidate of many volunteers in one cdist call (bulk building)."""
        self._score([c for phrases in phrase_lists for c, _ in _candidates(phrases, self._longest)])

    def _score(self, candidates: list[str]) -> None:
        missing = list(dict.fromkeys(c for c in candidates if c not in self._cache))
        if not missing:
            return
        if len(self._cache) > 200_000:
            self._cache.clear()
        found: dict[str, list[tuple[int, float]]] = {c: [] for c in missing}
        if self.terms:
            scores = process.cdist(
                [fold(c) if VI_LETTER.search(c) else c for c in missing],
                self.terms,
                scorer=fuzz.ratio,
                score_cutoff=CUTOFF,
                dtype=np.uint8,
                workers=1,
            )
            rows, cols = np.nonzero(scores)
            exact_only = {
                i for i, cand in enumerate(missing) if not near_spelling_allowed(fold(cand))
            }
            for r, c in zip(rows.tolist(), cols.tolist(), strict=True):
                score = float(scores[r, c])
                if score == 100:
                    found[missing[r]].append((c, score))
                elif (
                    r not in exact_only
                    and near_spelling_allowed(self.terms[c])
                    and words_agree(missing[r], self.terms[c], CUTOFF, STOP_WORDS)
                ):
                    if adds_words(missing[r], self.terms[c], STOP_WORDS):
                        score *= ADDED_WORDS_FACTOR
                    found[missing[r]].append((c, score))
        for cand, hits in found.items():
            if any(score == 100 for _, score in hits):
                # a candidate that is a term is that term, not a near spelling of another
                # ("food" is the food category, not "flood"), as the import reads it
                hits[:] = [(c, score) for c, score in hits if score == 100]
            root = stem_key(cand)
            if root is None or root not in self._stems:
                continue
            scored = {c for c, score in hits if score >= STEM_SCORE}
            hits.extend((c, STEM_SCORE) for c in self._stems[root] if c not in scored)
        self._cache.update(found)

    def match_phrases(self, phrases: Sequence[str]) -> dict[int, TagHit]:
        """Best hit per tag id for a volunteer's phrases."""
        cands = _candidates(phrases, self._longest)
        self._score([c for c, _ in cands])
        # tag id -> (score, phrase, term index) of its best hit so far: TagHits are made
        # for the best ones only
        best: dict[int, tuple[float, str, int]] = {}
        length = {p: len(_content(p)) or 1 for p in phrases}
        # whom an activity serves, where the activity (before "for") names a tag itself
        # (an everyday activity alone before it names none: "úklid pro kočky" is for cats)
        served = {
            p: after
            for p, (before, after) in _served(phrases).items()
            if self._named({c for c in before if not is_general(c)})
        }
        general = {p for p in phrases if _general(p)}
        scored, term_tags = self._cache, self.term_tags
        for cand, phrase in cands:
            found = scored.get(cand)
            if not found:
                continue
            n = length[phrase]
            part = 1.0 if len(cand) >= n else PART_WEIGHT + (1 - PART_WEIGHT) * len(cand) / n
            if served and cand in served.get(phrase, ()):
                part *= SERVED_FACTOR
            if general and phrase in general and is_general(cand):
                part *= GENERAL_FACTOR
            for c, raw in found:
                tids, owner = term_tags[c], self.term_owner[c]
                for tid in tids:
                    s = raw * part * (BROAD_FACTOR if broad(len(tids), tid == owner) else 1.0)
                    old = best.get(tid)
                    if old is None or s > old[0]:
                        best[tid] = (s, phrase, c)
        names, terms = self.tags.names, self.terms
        return {tid: TagHit(names[tid], s, p, terms[c]) for tid, (s, p, c) in best.items()}

    def related(self, tid: int, term: str) -> bool:
        """Whether ``term`` names tag ``tid`` only as one of several (not its own name)."""
        c = self._index.get(term)
        return c is not None and broad(len(self.term_tags[c]), self.term_owner[c] == tid)

    @cached_property
    def _index(self) -> dict[str, int]:
        return {t: i for i, t in enumerate(self.terms)}

    def _named(self, candidates: set[str]) -> bool:
        self._score(list(candidates))
        return any(self._cache.get(c) for c in candidates)

    @cached_property
    def listing_rows(self):
        """The deriver of this vocabulary's listings' tags (``listing_rows.ListingRows``)."""
        from .listing_rows import ListingRows  # it builds on this module

        return ListingRows(None, self)


def listing_tags(vocab: Vocabulary, tags: Iterable[str], title: str, description: str):
    """(tag id, factor) of a listing: its tags 1.0, named in the title or description less;
    then its free keywords and the other words of title and description (see keywords).
    Worked out by ``listing_rows.ListingRows.tags``, as an import stores them."""
    ids = vocab.tags.id
    rows = vocab.listing_rows
    return [(ids(name), q / OWN) for name, q in rows.tags(tags, title, description).items()]
