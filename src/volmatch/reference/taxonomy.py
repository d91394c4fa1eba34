"""The interest taxonomy: volunteering areas (categories) and their tags.

Loaded from ``resources/taxonomy/interests.json``: every category and tag is named in
Czech, English, Ukrainian, Russian and Vietnamese (``LANGS``) and has synonyms in those
languages. A category's names stand for all of its tags ("senioři" -> every seniors
tag). Tag ids are stable: stored records refer to them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise

from rapidfuzz import fuzz, process

from volmatch.errors import Issue, Problem, Severity
from volmatch.paths import resource
from volmatch.text import fold, split_list

from .composed_terms import composed_terms
from .filler_words import STOP_WORDS, as_written, filler_flags
from .word_stems import (
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

LANGS = ("cs", "en", "uk", "ru", "vi")  # every name is required in each; synonyms count in all
RESOLVE_MIN = 82.0  # a term this close is taken as meant (typos such as "gardenning")
SUGGEST_MIN = 60.0
# "Did you mean" only for a near spelling of a whole term: a word sharing a few letters
# with one ("canoeing" / "cooking") is a different activity, kept as a free keyword.
SUGGEST_CLOSE = 78.0
EXPECTED = "an interest area, e.g. 'zahradničení', 'tutoring children' or 'допомога біженцям'"
KEPT = "a known interest area; this one is kept as a free keyword and matched word for word"
# a near spelling was taken: say what it was read as (volmatch.issue_words translates both)
READ_AS = "an interest area; this one is read as {terms}"

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# A name joining two activities ("muzea a galerie", "recycling and waste") names the tag by
# each of them too: people write one ("muzea").
_NAME_JOIN = re.compile(r"\s(?:a|and|і|та|и|và)\s")


def _name_parts(name: str) -> list[str]:
    """The parts of a name joining parallel items of one or two words each ("muzea a
    galerie", "bảo tàng và phòng tranh"); none when the parts differ in shape, as in
    "údržba stezek a přírody" ("přírody" alone would mean nature, not trails)."""
    parts = _NAME_JOIN.split(name)
    sizes = {len(p.split()) for p in parts}
    if len(parts) < 2 or len(sizes) != 1 or sizes.pop() > 2:
        return []
    return [p for p in parts if len(p) >= 3]


_SPLIT = re.compile(
    r"[/&+()]+|\s(?:a|i|and|or|nebo|či|та|і|й|и|або|чи|или|và|hoặc)\s", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Tag:
    id: str
    category: str
    names: dict[str, str] = field(default_factory=dict)
    synonyms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Category:
    id: str
    names: dict[str, str] = field(default_factory=dict)
    synonyms: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TagMatch:
    """A tag read from text: how close (100 = exact), the vocabulary term that matched, and
    its rank: the score, at BROAD_FACTOR when the term names several tags (as the matcher
    weighs it: "visiting elderly" is senior visits before every seniors' tag)."""

    tag: str
    score: float
    term: str
    rank: float


_ID = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$")  # what a tag id looks like: "senior_visits"


_PUNCT = re.compile(r"[\s\-–—_.,;:!?\"'„“”’]+")


def _key(text: str) -> str:
    return _PUNCT.sub(" ", fold(text).replace("’", "'")).strip()


class Taxonomy:
    """Categories and tags, and readers for what people write about their interests."""

    def __init__(self, data: dict) -> None:
        self.categories: dict[str, Category] = {}
        self.tags: dict[str, Tag] = {}
        for c in data["categories"]:
            missing = [lang for lang in LANGS if not c["names"].get(lang)]
            if missing:
                raise ValueError(f"taxonomy: category '{c['id']}' has no name in {missing}")
            tag_ids = []
            for t in c["tags"]:
                if t["id"] in self.tags or t["id"] in self.categories:
                    raise ValueError(f"taxonomy: the id '{t['id']}' is used twice")
                missing = [lang for lang in LANGS if not t["names"].get(lang)]
                if missing:
                    raise ValueError(f"taxonomy: tag '{t['id']}' has no name in {missing}")
                synonyms = tuple(s for lang in LANGS for s in t.get("synonyms", {}).get(lang, ()))
                self.tags[t["id"]] = Tag(t["id"], c["id"], dict(t["names"]), synonyms)
                tag_ids.append(t["id"])
            synonyms = tuple(s for lang in LANGS for s in c.get("synonyms", {}).get(lang, ()))
            self.categories[c["id"]] = Category(c["id"], dict(c["names"]), synonyms, tuple(tag_ids))
        self._term_tags: dict[str, list[str]] = {}
        self._display: dict[str, str] = {}
        for tag in self.tags.values():
            for term in (*tag.names.values(), *tag.synonyms):
                self._add(term, (tag.id,))
            for name in tag.names.values():
                for part in _name_parts(name):
                    self._add(part, (tag.id,))
        for cat in self.categories.values():
            for term in (*cat.names.values(), *cat.synonyms):
                self._add(term, cat.tags)
        # "navštěvovat důchodce": a tag's activity with another word for its people; read,
        # never offered as a spelling ("did you mean")
        self._composed = set()
        for term, tag_id in composed_terms(data):
            if _key(term) not in self._term_tags:
                self._add(term, (tag_id,))
                self._composed.add(_key(term))
        # A tag's own name reads that tag exactly even where another tag lists it as a
        # synonym ("dog walking" is dog walking; the shelter's listing is related)
        named: dict[str, set[str]] = {}
        for tag in self.tags.values():
            for name in tag.names.values():
                named.setdefault(_key(name), set()).add(tag.id)
        self._owner = {key: ids.pop() for key, ids in named.items() if len(ids) == 1}
        self._choices = list(self._term_tags)
        self._longest = max((len(t.split()) for t in self._choices), default=0)
        # stems of each term -> those terms ("zahradou" finds "zahrada")
        self._stem_terms: dict[str, list[str]] = {}
        for term in self._term_tags:
            for key in term_keys(term):
                self._stem_terms.setdefault(key, []).append(term)

    def _add(self, term: str, tags: tuple[str, ...]) -> None:
        key = _key(term)
        if not key:
            return
        self._display.setdefault(key, term)
        known = self._term_tags.setdefault(key, [])
        known.extend(t for t in tags if t not in known)

    @classmethod
    def load(cls) -> Taxonomy:
        """The taxonomy in ``resources/taxonomy/interests.json``."""
        text = resource("taxonomy", "interests.json").read_text(encoding="utf-8")
        return cls(json.loads(text))

    def name(self, id: str, lang: str = "en") -> str:
        """The name of a tag or category in ``lang`` (English when that language is missing).

        A free keyword (not a tag id; see :meth:`parse_interests`) is its own name."""
        item = self.tags.get(id) or self.categories.get(id)
        if item is None:
            if self.is_keyword(id):
                return id
            raise KeyError(f"'{id}' is not an interest tag or category")
        return item.names.get(lang) or item.names["en"]

    def is_keyword(self, id: str) -> bool:
        """A stored interest that is a free keyword (written text), not a tag or category id."""
        return bool(id) and id not in self.tags and id not in self.categories and not _ID.match(id)

    def tags_of(self, category: str) -> tuple[str, ...]:
        return self.categories[category].tags

    def terms(self) -> list[tuple[str, str]]:
        """(folded term, tag id) for every name and synonym: the matcher's vocabulary."""
        return [(term, tag) for term, tags in self._term_tags.items() for tag in tags]

    def owners(self) -> dict[str, str]:
        """Folded term -> the one tag whose name it is: read exactly where it names several
        tags (both readers: :func:`broad`)."""
        return dict(self._owner)

    def resolve(self, text: str | None, min_score: float = RESOLVE_MIN) -> list[TagMatch]:
        """Tags named in ``text``, best first: exact terms, or terms close to its phrases and words."""
        # a pure function of the text and this taxonomy's terms, which never change after
        # loading; people write the same items ("zahrada", "děti") in many rows
        if "_resolved" not in self.__dict__:
            self._resolved = lru_cache(maxsize=65536)(self._resolve)
        return list(self._resolved(text, min_score))

    def _resolve(self, text: str | None, min_score: float) -> tuple[TagMatch, ...]:
        return tuple(self._read(text, min_score))

    def _read(self, text: str | None, min_score: float) -> list[TagMatch]:
        best: dict[str, TagMatch] = {}

        def keep(tags: list[str], score: float, term: str) -> None:
            owner = self._owner.get(term)
            for tag in tags:
                rank = score * (BROAD_FACTOR if broad(len(tags), tag == owner) else 1.0)
                if tag not in best or rank > best[tag].rank:
                    best[tag] = TagMatch(tag, float(score), self._display[term], float(rank))

        whole = _key(text or "")
        if not whole:
            return []
        if whole in self._term_tags:
            keep(self._term_tags[whole], 100.0, whole)
            return self._sorted(best)
        candidates = self._candidates(text or "", self._longest)
        for before, after in self._served(text or ""):
            # whom an activity serves counts less when the activity names a tag itself (an
            # everyday activity alone names none: "úklid pro kočky" is for cats)
            if any(self._names(c) for c in before if not is_general(c)):
                for c in after & candidates.keys():
                    candidates[c] *= SERVED_FACTOR
        # candidates keep Vietnamese words as written; terms are looked up folded
        keys = {cand: _key(cand) for cand in candidates}
        for cand, cover in candidates.items():
            if (key := keys[cand]) in self._term_tags:
                keep(self._term_tags[key], 100.0 * cover, key)
            for term in self._stem_terms.get(stem_key(cand) or "", ()):
                keep(self._term_tags[term], STEM_SCORE * cover, term)
        fuzzy = [
            c
            for c, key in keys.items()
            if key not in self._term_tags and near_spelling_allowed(key)
        ]
        if fuzzy:
            folded = [keys[c] for c in fuzzy]
            scores = process.cdist(folded, self._choices, scorer=fuzz.ratio, score_cutoff=min_score)
            for i, cand in enumerate(fuzzy):
                for j in scores[i].nonzero()[0]:
                    term = self._choices[j]
                    if not near_spelling_allowed(term):
                        continue  # a word of three letters is read only as written
                    if not words_agree(cand, term, min_score, STOP_WORDS):
                        continue
                    score = float(scores[i][j]) * candidates[cand]
                    if adds_words(cand, term, STOP_WORDS):
                        score *= ADDED_WORDS_FACTOR
                    keep(self._term_tags[term], score, term)
        return self._sorted(best)

    @staticmethod
    def _sorted(best: dict[str, TagMatch]) -> list[TagMatch]:
        return sorted(best.values(), key=lambda m: (-m.rank, -m.score, m.tag))

    @staticmethod
    def _candidates(text: str, longest: int) -> dict[str, float]:
        """Phrases of ``text`` without filler words, their words and word pairs, and runs of
        three and more words as written (up to ``longest``, the longest term).

        Each with a weight: 1 for a whole phrase, less for a part of one, so that a
        term covering more of what was written ranks first.
        """
        out: dict[str, float] = {}

        def add(cand: str, phrase: str, factor: float = 1.0) -> None:
            weight = PART_WEIGHT + (1 - PART_WEIGHT) * min(1.0, len(cand) / len(phrase))
            out[cand] = max(out.get(cand, 0.0), weight * factor)

        for raw in _SPLIT.split(text):
            written = _WORD.findall(_key(raw))
            # as written: "vẽ" (draw) is a word, though it folds to the Czech filler "ve"
            filler = filler_flags(_PUNCT.sub(" ", raw), written, _WORD)
            # and a Vietnamese word is whole: "chơi" (play) is not "chó" (dog) less "-i"
            written = as_written(_PUNCT.sub(" ", raw), written, _WORD)
            words = [w for w, f in zip(written, filler, strict=True) if not f]
            if not words:
                continue
            phrase = " ".join(words)
            add(phrase, phrase)
            for run in [" ".join(written), *word_windows(written, longest)]:
                add(run, phrase)
            # an everyday activity beside the place or object it is done for reads after it
            general = GENERAL_FACTOR if general_in_context(words) else 1.0
            for w in words:
                if len(w) >= 3:
                    add(w, phrase, general if is_general(w) else 1.0)
            for a, b in pairwise(words):
                pair = f"{a} {b}"
                add(pair, phrase, general if is_general(pair) else 1.0)
        return out

    def _names(self, cand: str) -> bool:
        """Whether a candidate, as a whole, is a term, a form of one or a near spelling."""
        known = self.__dict__.setdefault("_named", {})  # the words before "for" repeat
        if cand not in known:
            if len(known) > 65536:
                known.clear()
            known[cand] = self._names_anew(cand)
        return known[cand]

    def _names_anew(self, cand: str) -> bool:
        key = _key(cand)
        if key in self._term_tags or stem_key(cand) in self._stem_terms:
            return True
        if not near_spelling_allowed(key):
            return False
        near = process.extract(key, self._choices, scorer=fuzz.ratio, score_cutoff=RESOLVE_MIN)
        return any(
            near_spelling_allowed(t) and words_agree(cand, t, RESOLVE_MIN, STOP_WORDS)
            for t, _, _ in near
        )

    @staticmethod
    def _served(text: str) -> list[tuple[set[str], set[str]]]:
        """(candidates before "for", candidates after it) of each phrase that has one, as
        the matcher reads them (``word_stems.for_at``)."""
        out: list[tuple[set[str], set[str]]] = []
        if not HAS_FOR.search(text):  # most items: skipped at once
            return out
        for raw in _SPLIT.split(text):
            plain = _PUNCT.sub(" ", raw)
            folded = _WORD.findall(_key(raw))
            cut = for_at(plain, folded, _WORD)
            if cut < 0:
                continue
            filler = filler_flags(plain, folded, _WORD)
            written = as_written(plain, folded, _WORD)
            parts = []
            for side in (range(cut), range(cut + 1, len(written))):
                words = [written[i] for i in side if not filler[i]]
                parts.append(
                    {w for w in words if len(w) >= 3} | {f"{a} {b}" for a, b in pairwise(words)}
                )
            out.append((parts[0], parts[1]))
        return out

    def suggest(self, text: str | None, limit: int = 3) -> tuple[str, ...]:
        """Vocabulary terms spelled nearly like ``text`` (or one of its words), one per tag.

        Only genuinely close spellings: an unrelated activity gets no suggestion."""
        whole = _key(text or "")
        if not whole:
            return ()
        seen: dict[tuple[str, ...], str] = {}
        cands = [whole] + [w for w in _WORD.findall(whole) if len(w) >= 5 and w not in STOP_WORDS]
        for cand in dict.fromkeys(cands):
            for term, _score, _ in process.extract(
                cand, self._choices, scorer=fuzz.ratio, limit=5, score_cutoff=SUGGEST_CLOSE
            ):
                if term in self._composed:
                    continue
                if len(term) >= 4 and (cand == whole or " " not in term):
                    seen.setdefault(tuple(self._term_tags[term]), self._display[term])
        return tuple(seen.values())[:limit]

    def parse_tags(
        self,
        cell: str | None,
        column: str = "interests",
        row: int | None = None,
        unknown: Severity = Severity.WARNING,
    ) -> tuple[tuple[str, ...], list[Issue]]:
        """Tag ids of a tags cell: ids, names or synonyms; a typo is read with a warning.

        An item that names a category gives all its tags; an item that names nothing
        known gives an Issue of severity ``unknown`` (a warning: it is a free keyword,
        see :meth:`parse_interests`) with suggestions only when genuinely close.
        """
        tags, _, issues = self.parse_interests(cell, column, row, unknown)
        return tags, issues

    def parse_interests(
        self,
        cell: str | None,
        column: str = "interests",
        row: int | None = None,
        unknown: Severity = Severity.WARNING,
    ) -> tuple[tuple[str, ...], tuple[str, ...], list[Issue]]:
        """(tag ids, free keywords, issues) of an interests cell.

        Every item that names no tag is kept, as written, as a free keyword (with an
        UNKNOWN_INTEREST issue, a warning by default): the matcher compares it with the
        other side's words. Nothing is refused for an activity the taxonomy lacks. An item
        read by a near spelling or word form gets an INTEREST_READ_AS warning saying as what.
        """
        found: dict[str, None] = {}
        keywords: dict[str, None] = {}
        issues: list[Issue] = []
        for item in split_list(cell):
            if item in self.tags:
                found[item] = None
                continue
            matches = self.resolve(item)
            if not matches:
                keywords[item[:100]] = None  # stored in a 100-character column
                expected = KEPT if unknown is Severity.WARNING else EXPECTED
                issues.append(
                    Issue(Problem.UNKNOWN_INTEREST, column, row, item, expected,
                          self.suggest(item), unknown)
                )  # fmt: skip
                continue
            chosen = self._chosen(item, matches)
            found.update((m.tag, None) for m in chosen)
            if min(m.score for m in chosen) < 100:
                # read, not unknown: say as what; other near terms are offered, not the one taken
                taken = {m.term for m in chosen}
                others = tuple(
                    dict.fromkeys(
                        m.term for m in matches if m.term not in taken and m.score >= SUGGEST_CLOSE
                    )
                )[:2]
                # Named by the tags' English names, which the wording puts in the user's
                # language (the term matched may be in any of the five).
                tags = dict.fromkeys(self.name(m.tag, "en") for m in chosen)
                said = READ_AS.format(terms=", ".join(tags))
                issues.append(
                    Issue(Problem.INTEREST_READ_AS, column, row, item, said, others,
                          Severity.WARNING)
                )  # fmt: skip
        return tuple(found), tuple(keywords), issues

    def _chosen(self, item: str, matches: list[TagMatch]) -> list[TagMatch]:
        """The tags an item is read as: the best of each of its phrases ("děti a zahrada":
        the children's tags and gardening), as the matcher reads each phrase; one phrase
        or a whole term ("muzea a galerie"): the best of all."""
        parts = [p for p in _SPLIT.split(item) if _key(p)]
        if len(parts) > 1 and _key(item) not in self._term_tags:
            chosen = [m for part in parts for m in self._best(self.resolve(part))]
            if chosen:
                return list({m.tag: m for m in chosen}.values())
        return self._best(matches)

    @staticmethod
    def _best(matches: list[TagMatch]) -> list[TagMatch]:
        """The best-ranked tags, and every tag the best term names as well: a listing's
        "dog walking" is stored as dog walking and as the shelter that lists it, though the
        tag whose name it is ranks first."""
        if not matches:
            return []
        top = matches[0]
        return [
            m
            for m in matches
            if m.rank == top.rank or (m.term == top.term and m.score == top.score)
        ]


@cache
def default_taxonomy() -> Taxonomy:
    """The taxonomy, loaded once (kept ready between runs: ``prepared``)."""
    from volmatch.reference.prepared import load_or_build

    return load_or_build("taxonomy", Taxonomy.load)
