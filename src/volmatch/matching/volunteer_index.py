"""The volunteer index: the reverse direction (one listing -> ranked volunteers)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np

from volmatch.domain import Opportunity, Scope, Volunteer

from .columns import Columns, Postings, WordPostings
from .context import TRAVEL, Codes, MatchContext
from .features import VolunteerFeatures, volunteer_features
from .index import _NO_ID, CAUSE_AGE, CAUSE_DATES, Scored
from .interests import Vocabulary, listing_tags, split_phrases
from .keywords import KW
from .model import Parts, Weights
from .query import day, keyword_score
from .scoring import (
    BIG_DAY,
    age_fail,
    combine,
    dates_fail,
    district_part,
    interest_part,
    language_part,
    schedule_part,
)

_SPEC = {
    "id": (np.int64, 0, 0),
    "alive": (np.bool_, False, 0),
    "home": (np.int32, -1, 0),
    "travel": (np.int32, -1, 1),
    "mask": (np.int64, 0, 0),
    "from": (np.int64, 0, 0),
    "until": (np.int64, BIG_DAY, 0),
    "birth_year": (np.int32, 0, 0),
    "wanted": (np.int32, 0, 0),
    "levels": (np.float32, 0.0, 1),  # one column per language id
    "consent": (np.bool_, False, 0),  # agreed to be matched (volmatch.privacy.can_match)
}


def can_match(v: Volunteer) -> tuple[bool, str]:
    from volmatch.privacy.consent import can_match

    return can_match(v)


@dataclass
class OpportunityQuery:
    opportunity: Opportunity
    need_lang: np.ndarray
    need_min: np.ndarray
    need_req: np.ndarray
    affinity: np.ndarray  # per district id (+1 pad = -1): best affinity to any listing district
    open: bool
    tags: list[tuple[int, float]]  # (tag id, factor)
    mask: int
    start: int
    end: int
    min_age: int


class VolunteerIndex:
    """Volunteers as columns plus tag -> volunteer postings carrying each hit's score."""

    def __init__(
        self,
        ctx: MatchContext,
        vocab: Vocabulary,
        languages: Codes,
        records: Iterable[Volunteer] = (),
    ) -> None:
        self.ctx, self.vocab, self.languages = ctx, vocab, languages
        records = list(records)
        self.cols = Columns(_SPEC, capacity=max(64, len(records)))
        self.hits = Postings()  # taxonomy tag -> volunteers, with the hit's score
        self.phrase_of_hit = Postings()  # the same entries: which written interest (0, 1, ...)
        self.max_phrases = 1
        self.words = WordPostings()  # words written, for the listings' free keywords
        self._wanted: tuple[int, np.ndarray] | None = None  # (keywords.version, per slot)
        self.records: list[Volunteer | None] = []
        # Built from stored columns: records are loaded only for the volunteers shown.
        self.load: Callable[[list[int]], dict[int, Volunteer]] | None = None
        self.slot_tags: list[list[int]] = []
        self._slot_of: dict[int, int] = {}
        self._free: list[int] = []
        self.size = 0
        self._pending: list[tuple[int, tuple[str, int, int]]] = []
        self.vocab.prime(split_phrases(v.interests_text) for v in records)
        entries: list[tuple[int, int, float, int]] = []
        written: list[tuple[int, int, int, int, int]] = []
        for v in records:  # bulk: postings built once at the end, not appended one by one
            slot = self._claim(v)
            entries += [(tid, slot, score, phrase) for tid, score, phrase in self._write(slot, v)]
            written += [(self.words.id(w), slot, p, n, i) for i, (w, p, n) in self._pending]
        if entries:
            tags, slots, scores, phrases = (np.array(col) for col in zip(*entries, strict=True))
            order = self.hits.bulk(tags, slots, scores.astype(np.float64))
            self.phrase_of_hit.bulk(tags, slots, phrases.astype(np.float64), order)
        if written:
            self.words.bulk(*(np.array(col, dtype=np.int64) for col in zip(*written, strict=True)))

    def __len__(self) -> int:
        return len(self._slot_of)

    def upsert(self, v: Volunteer) -> None:
        """Add or replace one volunteer (by id) without rebuilding the rest."""
        slot = self._claim(v)
        self._drop(slot)
        for tid, score, phrase in self._write(slot, v):
            self.hits.add(tid, slot, score)
            self.phrase_of_hit.add(tid, slot, phrase)
        for i, (w, p, n) in self._pending:
            self.words.add(self.words.id(w), slot, p, n, i)

    def _drop(self, slot: int) -> None:
        for t in self.slot_tags[slot]:
            self.hits.discard(t, slot)
            self.phrase_of_hit.discard(t, slot)
        self.slot_tags[slot] = []
        self.words.discard(slot)
        self._wanted = None

    def _claim(self, v: Volunteer) -> int:
        slot = self._slot_of.get(v.id) if v.id is not None else None
        if slot is None:
            slot = self._free.pop() if self._free else self._grow()
            self._slot_of[v.id if v.id is not None else _NO_ID + slot] = slot
        return slot

    def _write(self, slot: int, v: Volunteer) -> list[tuple[int, float, int]]:
        """Fill the row; return the (tag id, score, phrase number) postings to add."""
        row = (
            v.id if v.id is not None else _NO_ID + slot,
            int(v.availability_mask or 0),
            day(v.available_from, 0),
            day(v.available_until, BIG_DAY),
            v.birth_year or 0,
            can_match(v)[0],
        )
        postings = self._write_row(slot, row, volunteer_features(v, self.ctx, self.vocab))
        self.records[slot] = v
        return postings

    def _write_row(
        self, slot: int, row: tuple, f: VolunteerFeatures
    ) -> list[tuple[int, float, int]]:
        """One volunteer's columns from plain values and derived features; its postings."""
        c = self.cols
        c["id"][slot], c["mask"][slot], c["from"][slot], c["until"][slot] = row[:4]
        c["birth_year"][slot], c["consent"][slot] = row[4:]
        c["alive"][slot] = True
        c["home"][slot] = self.ctx.district_id(f.home) if f.home is not None else -1
        c.set_row("travel", slot, [self.ctx.district_id(t) for t in f.travel])
        lids = [self.languages.id(code) for code, _ in f.levels]
        c.widen("levels", len(self.languages))
        c["levels"][slot] = 0
        for lid, (_, level) in zip(lids, f.levels, strict=True):
            c["levels"][slot, lid] = level
        c["wanted"][slot] = f.wanted
        postings = [(self.vocab.tags.id(t), score, phrase) for t, score, phrase in f.hits]
        phrases = [p for *_, p in f.hits] + [p for _, p, _ in f.words]
        self.max_phrases = max(self.max_phrases, 1 + max(phrases, default=-1))
        self.slot_tags[slot] = [tid for tid, _, _ in postings]
        self._pending = list(enumerate(f.words))  # the caller adds them to self.words
        self._wanted = None
        return postings

    def _grow(self) -> int:
        slot = self.size
        self.size += 1
        self.cols.reserve(self.size)
        self.records.append(None)
        self.slot_tags.append([])
        return slot

    def remove(self, volunteer_id: int) -> bool:
        slot = self._slot_of.pop(volunteer_id, None)
        if slot is None:
            return False
        self._drop(slot)
        self.cols["alive"][slot] = False
        self.records[slot] = None
        self._free.append(slot)
        return True

    def get(self, volunteer_id: int) -> Volunteer | None:
        slot = self._slot_of.get(volunteer_id)
        if slot is not None:
            self.ensure([slot])
        return None if slot is None else self.records[slot]

    def ensure(self, slots: Iterable[int]) -> None:
        """Load the records of ``slots`` not loaded yet, in one call of ``load``."""
        missing = [int(s) for s in slots if self.records[s] is None and self.cols["alive"][s]]
        if not missing or self.load is None:
            return
        found = self.load([int(self.cols["id"][s]) for s in missing])
        for s in missing:
            self.records[s] = found.get(int(self.cols["id"][s]))

    def alive(self) -> np.ndarray:
        return self.cols["alive"][: self.size].copy()

    def prepare(self, opp: Opportunity) -> OpportunityQuery:
        needs = list(opp.languages)
        n_d = len(self.ctx.district_codes)
        affinity = np.full(n_d + 1, -1.0)
        ids = [d for d in (self.ctx.district_id(x) for x in opp.districts) if d is not None]
        if ids:
            affinity[:n_d] = self.ctx.affinity()[:, ids].max(axis=1)
        return OpportunityQuery(
            opportunity=opp,
            need_lang=np.array([self.languages.id(n.code) for n in needs], dtype=np.int64),
            need_min=np.array([int(n.min_level or 0) for n in needs], dtype=np.int8),
            need_req=np.array([bool(n.required) for n in needs], dtype=np.bool_),
            affinity=affinity,
            open=opp.scope in (Scope.CITYWIDE, Scope.REMOTE),
            tags=listing_tags(self.vocab, opp.interests, opp.title, opp.description),
            mask=int(opp.schedule_mask or 0),
            start=day(opp.start_date, 0),
            end=day(opp.end_date, BIG_DAY),
            min_age=int(opp.min_age or 0),
        )

    def score(self, q: OpportunityQuery, weights: Weights, today: dt.date) -> Scored:
        """All parts of one listing against every volunteer slot."""
        m, c = self.size, self.cols
        levels_all = c["levels"][:m]
        inside = q.need_lang < levels_all.shape[1]
        levels = np.zeros((m, q.need_lang.size))
        if inside.any():
            levels[:, inside] = levels_all[:, q.need_lang[inside]]
        valid = np.ones(q.need_lang.size, dtype=np.bool_)
        lang, req_fail = language_part(
            levels, q.need_min[None, :], q.need_req[None, :], valid[None, :]
        )
        if lang.ndim == 0:
            lang = np.full(m, float(lang))
        home = c["home"][:m]
        best_d = np.maximum(q.affinity[home], TRAVEL * q.affinity[c["travel"][:m]].max(axis=1))
        district = district_part(best_d, q.open, home >= 0)
        best_i = np.zeros(m)
        g = self.max_phrases
        per_phrase = np.zeros(m * g)  # volunteer x written interest: best factor here
        names = self.vocab.tags.names
        for tid, factor in q.tags:
            if names[tid].startswith(KW):
                slots, scores, phrase = self._keyword_hits(names[tid][len(KW) :])
            else:
                slots, scores = self.hits.get(tid)
                phrase = self.phrase_of_hit.get(tid)[1]
            if slots.size:
                best_i[slots] = np.maximum(best_i[slots], scores * factor)
                np.maximum.at(per_phrase, slots * g + phrase.astype(np.int64), factor)
        covered = per_phrase.reshape(m, g).sum(axis=1)
        interests = interest_part(best_i, covered, self.wanted())
        avail = schedule_part(c["mask"][:m], q.mask)
        d_fail = dates_fail(c["from"][:m], c["until"][:m], q.start, q.end)
        by = c["birth_year"][:m]
        a_fail = age_fail(np.where(by > 0, today.year - by, -1), q.min_age)
        n_req_fail = req_fail.sum(axis=1) if req_fail.size else np.zeros(m, dtype=np.int64)
        n_unmet = n_req_fail + d_fail + a_fail
        if q.need_lang.size:
            first_lang = q.need_lang[np.argmax(req_fail, axis=1)]
        else:
            first_lang = np.zeros(m, dtype=np.int64)
        cause = np.where(n_req_fail > 0, first_lang, np.where(d_fail, CAUSE_DATES, CAUSE_AGE))
        score = combine(weights, lang, district, interests, avail)
        avail = np.broadcast_to(avail, (m,))
        return Scored(
            score,
            n_unmet,
            lambda pos: cause[pos],
            lambda pos: [
                Parts(float(lang[p]), float(district[p]), float(interests[p]), float(avail[p]))
                for p in pos
            ],
        )

    # -- free keywords: looked up when a listing is matched ----------------------------
    def _keyword_hits(self, term: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(slots, score, phrase) of the volunteers one of whose words means the listing's
        keyword ``term`` (itself, or a typo of it if a listing uses it: as
        ``query.interest_hits`` finds it), each by its best word, the first on a tie."""
        kw = self.vocab.keywords
        found = [(term, 100.0)] if term in self.words.known else []
        if term in kw.listed:
            found += self.words.typos(term)
        parts = []
        for word, likeness in found:
            slots, phrase, n, order = self.words.get(self.words.id(word))
            parts.append((slots, keyword_score(likeness, term, n), phrase, order))
        if not parts:
            return np.empty(0, dtype=np.int64), np.empty(0), np.empty(0, dtype=np.int64)
        slots, score, phrase, order = (np.concatenate(col) for col in zip(*parts, strict=True))
        pick = np.lexsort((order, -score, slots))
        first = np.ones(pick.size, dtype=np.bool_)
        first[1:] = slots[pick][1:] != slots[pick][:-1]
        pick = pick[first]
        return slots[pick], score[pick], phrase[pick]

    def wanted(self) -> np.ndarray:
        """Per slot: written interests with a hit on a taxonomy tag or on a word some
        listing uses (itself or a typo of it): the coverage denominator."""
        kw = self.vocab.keywords
        if self._wanted is not None and self._wanted[0] == kw.version:
            return self._wanted[1]
        m = self.size
        wanted = self.cols["wanted"][:m].astype(np.int64)
        named = [
            i for word, i in self.words.ids.items() if word in kw.listed or len(kw.lookup(word)) > 1
        ]
        if named:
            slots, phrase, _, _ = (
                np.concatenate(c) for c in zip(*map(self.words.get, named), strict=True)
            )
            g = self.max_phrases
            keys = np.unique(slots * g + phrase)
            # phrases with a taxonomy hit are counted already
            tax = [
                s * g + p.astype(np.int64)
                for s, p in zip(self.hits.slots, self.phrase_of_hit.scores, strict=True)
                if s.size
            ]
            if tax:
                keys = keys[~np.isin(keys, np.concatenate(tax))]
            wanted = wanted + np.bincount(keys // g, minlength=m)[:m]
        self._wanted = (kw.version, wanted)
        return wanted
