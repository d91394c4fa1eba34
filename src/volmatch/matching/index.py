"""The opportunity index: every listing as numpy columns, updated one listing at a time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np

from volmatch.domain import Opportunity, Status

from .columns import Columns, Postings
from .context import Codes, MatchContext
from .features import ListingFeatures, listing_features
from .interests import Vocabulary
from .keywords import KW
from .model import Parts, Weights
from .query import VolunteerQuery, day
from .scoring import (
    BIG_DAY,
    NEUTRAL,
    age_fail,
    dates_fail,
    district_part,
    interest_part,
    language_part,
    schedule_part,
    top_order,
)

CAUSE_DATES = -2
CAUSE_AGE = -3
_NO_ID = 10**15  # listings without a database id sort after all others, by position

_SPEC = {
    "id": (np.int64, 0, 0),
    "alive": (np.bool_, False, 0),
    "published": (np.bool_, False, 0),
    "valid_until": (np.int64, BIG_DAY, 0),
    "start": (np.int64, 0, 0),
    "end": (np.int64, BIG_DAY, 0),
    "dist_sig": (np.int32, 0, 0),  # row of the distinct district sets
    "lang_sig": (np.int32, 0, 0),  # row of the distinct language needs
    "mask_sig": (np.int32, 0, 0),  # row of the distinct weekly masks
    "min_age": (np.int16, 0, 0),
}


# Listings share few distinct district sets and language needs: each query scores those
# distinct rows once and gathers them per listing, instead of reducing n x K arrays.
_DIST_SPEC = {"dist": (np.int32, -1, 1), "open": (np.bool_, False, 1)}
_MASK_SPEC = {"mask": (np.int64, 0, 1), "bits": (np.int64, 0, 1)}
_LANG_SPEC = {
    "need_lang": (np.int32, -1, 1),
    "need_min": (np.int8, 0, 1),
    "need_req": (np.bool_, False, 1),
}


class _Signatures:
    """Distinct rows (tuples of values) stored once as columns; grows, never shrinks."""

    def __init__(self, spec: dict) -> None:
        self.cols = Columns(spec, capacity=64)
        self._ids: dict[tuple, int] = {}
        self._t: dict[str, np.ndarray] = {}

    def __len__(self) -> int:
        return len(self._ids)

    def id(self, *rows: list) -> int:
        key = tuple(tuple(r) for r in rows)
        found = self._ids.get(key)
        if found is None:
            found = self._ids[key] = len(self._ids)
            self.cols.reserve(found + 1)
            for name, row in zip(self.cols.arrays, rows, strict=True):
                self.cols.set_row(name, found, list(row))
            self._t.clear()
        return found

    def ids(self, many: list[tuple[list, ...]]) -> list[int]:
        """:meth:`id` of many rows, the new ones written with one step per column."""
        out, new = [], []
        for rows in many:
            key = tuple(tuple(r) for r in rows)
            found = self._ids.get(key)
            if found is None:
                found = self._ids[key] = len(self._ids)
                new.append(key)
            out.append(found)
        if new:
            start = len(self._ids) - len(new)
            self.cols.reserve(len(self._ids))
            for i, name in enumerate(self.cols.arrays):
                self.cols.widen(name, max(len(k[i]) for k in new))
                arr = self.cols[name]
                block = np.full((len(new), arr.shape[1]), self.cols.fill(name), dtype=arr.dtype)
                for j, key in enumerate(new):
                    block[j, : len(key[i])] = key[i]
                arr[start : start + len(new)] = block
            self._t.clear()
        return out

    def transposed(self, name: str) -> np.ndarray:
        """Column ``name`` as a contiguous [width, rows] array (cached until a row is added)."""
        found = self._t.get(name)
        if found is None:
            found = self._t[name] = np.ascontiguousarray(self.cols[name][: len(self)].T)
        return found


@dataclass
class Scored:
    """One query's result over all slots: scores and unmet counts now, the rest on demand."""

    score: np.ndarray
    n_unmet: np.ndarray
    cause_of: Callable[[np.ndarray], np.ndarray]  # positions -> unmet need (language id, CAUSE_*)
    parts_of: Callable[[np.ndarray], list[Parts]]  # positions -> their parts


class OpportunityIndex:
    """Listings as columns; ``upsert``/``remove`` touch one row and its postings."""

    def __init__(
        self,
        ctx: MatchContext,
        vocab: Vocabulary,
        languages: Codes,
        records: Iterable[Opportunity] = (),
    ) -> None:
        self.ctx, self.vocab, self.languages = ctx, vocab, languages
        records = list(records)
        self.cols = Columns(_SPEC, capacity=max(64, len(records)))
        self.tags = Postings()  # tag -> listings, each with its factor (1.0 own tag, less named)
        self.dist_sigs = _Signatures(_DIST_SPEC)
        self.lang_sigs = _Signatures(_LANG_SPEC)
        self.mask_sigs = _Signatures(_MASK_SPEC)
        self._part_cache: dict[tuple, object] = {}
        self.records: list[Opportunity | None] = []
        # Built from stored columns: records are loaded only for the listings shown.
        self.load: Callable[[list[int]], dict[int, Opportunity]] | None = None
        self.slot_tags: list[list[tuple[int, float]]] = []
        self._slot_of: dict[int, int] = {}
        self._free: list[int] = []
        self.size = 0
        self._bulk(records)

    def __len__(self) -> int:
        return len(self._slot_of)

    def _key(self, opp: Opportunity, slot: int) -> int:
        return opp.id if opp.id is not None else _NO_ID + slot

    def _bulk(self, records: list[Opportunity]) -> None:
        t_tags, t_slots, t_factors = [], [], []
        for opp in records:
            slot = self._claim(opp)
            for tid, factor in self._write(slot, opp):
                t_tags.append(tid)
                t_slots.append(slot)
                t_factors.append(factor)
        self.tags.bulk(
            np.array(t_tags, dtype=np.int64),
            np.array(t_slots, dtype=np.int64),
            np.array(t_factors, dtype=np.float64),
        )

    def _claim(self, opp: Opportunity) -> int:
        key = opp.id if opp.id is not None else None
        if key is not None and key in self._slot_of:
            return self._slot_of[key]
        if self._free:
            slot = self._free.pop()
        else:
            slot = self.size
            self.size += 1
            self.cols.reserve(self.size)
            self.records.append(None)
            self.slot_tags.append([])
        self._slot_of[self._key(opp, slot)] = slot
        return slot

    def _write(self, slot: int, opp: Opportunity) -> list[tuple[int, float]]:
        row = (
            self._key(opp, slot),
            opp.status == Status.PUBLISHED,
            day(opp.valid_until, BIG_DAY),
            day(opp.start_date, 0),
            day(opp.end_date, BIG_DAY),
            int(opp.schedule_mask or 0),
            int(opp.min_age or 0),
        )
        tags = self._write_row(slot, row, listing_features(opp, self.ctx, self.vocab))
        self.records[slot] = opp
        return tags

    def _write_row(self, slot: int, row: tuple, f: ListingFeatures) -> list[tuple[int, float]]:
        """One listing's columns from its plain values and its derived features."""
        c = self.cols
        key, published, valid_until, start, end, mask, min_age = row
        c["id"][slot] = key
        c["alive"][slot] = True
        c["published"][slot] = published
        c["valid_until"][slot] = valid_until
        c["start"][slot] = start
        c["end"][slot] = end
        dists = [d for d in map(self.ctx.district_id, f.districts) if d is not None]
        c["dist_sig"][slot] = self.dist_sigs.id([] if f.open else sorted(set(dists)), [f.open])
        c["lang_sig"][slot] = self.lang_sigs.id(
            [self.languages.id(code) for code, _, _ in f.needs],
            [level for _, level, _ in f.needs],
            [required for _, _, required in f.needs],
        )
        c["mask_sig"][slot] = self.mask_sigs.id([mask], [mask.bit_count()])
        c["min_age"][slot] = min_age
        tags = [(self.vocab.tags.id(t), factor) for t, factor in f.tags]
        self.slot_tags[slot] = tags
        for t, _ in f.tags:
            if t.startswith(KW):
                self.vocab.keywords.list(t[len(KW) :])
        return tags

    # -- incremental updates ------------------------------------------------
    def upsert(self, opp: Opportunity) -> None:
        """Add or replace one listing (by id) without rebuilding the rest."""
        existing = self._slot_of.get(opp.id) if opp.id is not None else None
        if existing is not None:
            self._drop_postings(existing)
        slot = self._claim(opp)
        for tid, factor in self._write(slot, opp):
            self.tags.add(tid, slot, factor)

    def remove(self, opportunity_id: int) -> bool:
        slot = self._slot_of.pop(opportunity_id, None)
        if slot is None:
            return False
        self._drop_postings(slot)
        self.cols["alive"][slot] = False
        self.records[slot] = None
        self._free.append(slot)
        return True

    def _drop_postings(self, slot: int) -> None:
        names = self.vocab.tags.names
        for tid, _ in self.slot_tags[slot]:
            self.tags.discard(tid, slot)
            if names[tid].startswith(KW):
                self.vocab.keywords.list(names[tid][len(KW) :], -1)
        self.slot_tags[slot] = []

    def get(self, opportunity_id: int) -> Opportunity | None:
        slot = self._slot_of.get(opportunity_id)
        return None if slot is None else self.record(slot)

    def record(self, slot: int) -> Opportunity | None:
        """The listing in ``slot`` (loaded now if the index was built from stored columns)."""
        if self.records[slot] is None and self.cols["alive"][slot]:
            self.ensure([slot])
        return self.records[slot]

    def ensure(self, slots: Iterable[int]) -> None:
        """Load the records of ``slots`` not loaded yet, in one call of ``load``."""
        missing = [int(s) for s in slots if self.records[s] is None and self.cols["alive"][s]]
        if not missing or self.load is None:
            return
        found = self.load([int(self.cols["id"][s]) for s in missing])
        for s in missing:
            self.records[s] = found.get(int(self.cols["id"][s]))

    def slot(self, opportunity_id: int) -> int | None:
        return self._slot_of.get(opportunity_id)

    # -- queries -------------------------------------------------------------
    def proposable(self, today: dt.date) -> np.ndarray:
        """Published and still valid on ``today`` (the default filter)."""
        n, c, t = self.size, self.cols, today.toordinal()
        return (
            c["alive"][:n] & c["published"][:n] & (c["valid_until"][:n] >= t) & (c["end"][:n] >= t)
        )

    def alive(self) -> np.ndarray:
        return self.cols["alive"][: self.size].copy()

    def score(self, q: VolunteerQuery, weights: Weights) -> Scored:
        """One volunteer against every slot.

        Few numpy passes over the listings: language and district parts are scored per
        distinct row and gathered already weighted; interests touch only the listings
        whose tags the volunteer hit; the other parts are computed only when stated.
        """
        n, c = self.size, self.cols
        lang_u, n_fail_u, first_u, district_u, avail_u = self._distinct_parts(q)
        lang_sig, dist_sig = c["lang_sig"][:n], c["dist_sig"][:n]

        # Same order of additions as Parts.score, so both give identical numbers.
        total = (weights.language * lang_u)[lang_sig] + (weights.district * district_u)[dist_sig]
        touched, interest_t = self._interests(q)
        if q.wanted:
            total[touched] += weights.interests * interest_t
        else:
            total += weights.interests * NEUTRAL
        mask_sig = c["mask_sig"][:n]
        if q.mask:
            total += (weights.availability * avail_u)[mask_sig]
        else:
            total += weights.availability * NEUTRAL
        score = np.rint(total * (10000.0 / weights.total)) / 100.0

        n_unmet = n_fail_u[lang_sig]
        d_fail = a_fail = None
        if q.day_from > 0 or q.day_until < BIG_DAY:
            d_fail = dates_fail(q.day_from, q.day_until, c["start"][:n], c["end"][:n])
            n_unmet = n_unmet + d_fail
        if q.age >= 0:
            a_fail = age_fail(q.age, c["min_age"][:n])
            n_unmet = n_unmet + a_fail

        def cause_of(pos: np.ndarray) -> np.ndarray:
            sig = lang_sig[pos]
            dates = d_fail[pos] if d_fail is not None else np.zeros(pos.size, dtype=np.bool_)
            return np.where(
                n_fail_u[sig] > 0, first_u[sig], np.where(dates, CAUSE_DATES, CAUSE_AGE)
            )

        def parts_of(pos: np.ndarray) -> list[Parts]:
            i = np.minimum(np.searchsorted(touched, pos), max(touched.size - 1, 0))
            hit = touched[i] == pos if touched.size else np.zeros(pos.size, dtype=np.bool_)
            interest = np.where(
                hit, interest_t[i] if touched.size else 0.0, 0.0 if q.wanted else NEUTRAL
            )
            return [
                Parts(float(a), float(b), float(c_), float(d))
                for a, b, c_, d in zip(
                    lang_u[lang_sig[pos]],
                    district_u[dist_sig[pos]],
                    interest,
                    avail_u[mask_sig[pos]],
                    strict=True,
                )
            ]

        return Scored(score, n_unmet, cause_of, parts_of)

    def _distinct_parts(self, q: VolunteerQuery):
        """Language, district and schedule parts per distinct row (cached per profile:
        many volunteers share languages, districts and times)."""
        ls, ds, ms = self.lang_sigs, self.dist_sigs, self.mask_sigs
        cache = self._part_cache
        if len(cache) > 4096:
            cache.clear()
        # Languages registered after the query was prepared are not spoken by it.
        levels = q.levels
        if levels.size < len(self.languages) + 1:
            levels = np.concatenate([levels[:-1], np.zeros(len(self.languages) + 2 - levels.size)])
        key = ("lang", len(ls), levels.tobytes())
        lang = cache.get(key)
        if lang is None:
            need_lang = ls.transposed("need_lang")  # [K, u]: one whole-array step per need
            lang_u, req_fail_u = language_part(
                levels[need_lang],
                ls.transposed("need_min"),
                ls.transposed("need_req"),
                need_lang >= 0,
                axis=0,
            )
            first_u = need_lang[np.argmax(req_fail_u, axis=0), np.arange(len(ls))]
            lang = cache[key] = (lang_u, req_fail_u.sum(axis=0), first_u)
        key = ("dist", len(ds), q.home is not None, q.affinity.tobytes())
        district_u = cache.get(key)
        if district_u is None:
            best_u = q.affinity[ds.cols["dist"][: len(ds)]].max(axis=1)
            district_u = cache[key] = district_part(
                best_u, ds.cols["open"][: len(ds), 0], q.home is not None
            )
        key = ("mask", len(ms), q.mask)
        avail_u = cache.get(key)
        if avail_u is None:
            if q.mask:
                avail_u = schedule_part(
                    q.mask, ms.cols["mask"][: len(ms), 0], opp_bits=ms.cols["bits"][: len(ms), 0]
                )
            else:
                avail_u = np.full(len(ms), NEUTRAL)
            cache[key] = avail_u
        return (*lang, district_u, avail_u)

    def top(
        self, q: VolunteerQuery, weights: Weights, candidates: np.ndarray, n: int
    ) -> tuple[np.ndarray, np.ndarray, list[Parts]] | None:
        """The best ``n`` candidates meeting every requirement, found among the listings the
        volunteer's interests touch when that provably equals the full ranking, else None.

        A listing no interest touches scores at most the best language, district and
        schedule parts with interests 0; if ``n`` touched listings beat that bound, the
        untouched ones cannot enter the top.
        """
        if not q.wanted or n <= 0:
            return None
        lang_u, n_fail_u, _, district_u, avail_u = self._distinct_parts(q)
        touched, interest_t = self._interests(q)
        if touched.size < n:
            return None
        c = self.cols
        lsig, dsig, msig = c["lang_sig"][touched], c["dist_sig"][touched], c["mask_sig"][touched]
        total = (weights.language * lang_u)[lsig] + (weights.district * district_u)[dsig]
        total += weights.interests * interest_t
        if q.mask:
            total += (weights.availability * avail_u)[msig]
        else:
            total += weights.availability * NEUTRAL
        score = np.rint(total * (10000.0 / weights.total)) / 100.0
        ok = candidates[touched] & (n_fail_u[lsig] == 0)
        if q.day_from > 0 or q.day_until < BIG_DAY:
            ok &= ~dates_fail(q.day_from, q.day_until, c["start"][touched], c["end"][touched])
        if q.age >= 0:
            ok &= ~age_fail(q.age, c["min_age"][touched])
        order = top_order(score, c["id"][touched], ok, n)
        if order.size < n:
            return None
        bound_total = (
            weights.language * lang_u.max(initial=0.0)
            + weights.district * district_u.max(initial=0.0)
            + weights.availability * (avail_u.max(initial=0.0) if q.mask else NEUTRAL)
        )
        bound = np.rint(bound_total * (10000.0 / weights.total)) / 100.0
        if score[order[-1]] <= bound:
            return None
        parts = [
            Parts(float(a), float(b), float(i), float(d) if q.mask else NEUTRAL)
            for a, b, i, d in zip(
                lang_u[lsig[order]],
                district_u[dsig[order]],
                interest_t[order],
                avail_u[msig[order]],
                strict=True,
            )
        ]
        return touched[order], score[order], parts

    def _interests(self, q: VolunteerQuery) -> tuple[np.ndarray, np.ndarray]:
        """(slots the volunteer's tag hits touch, their interest part)."""
        all_slots, all_values = [], []
        by_phrase: dict[str, list[tuple[np.ndarray, np.ndarray]]] = {}
        for tid, hit in q.hits.items():
            slots, factors = self.tags.get(tid)
            if slots.size:
                all_slots.append(slots)
                all_values.append(factors * hit.score)
                by_phrase.setdefault(hit.phrase, []).append((slots, factors))
        if not all_slots:
            return np.empty(0, dtype=np.int64), np.empty(0)
        flat = np.concatenate(all_slots)
        touched = np.flatnonzero(np.bincount(flat, minlength=self.size))
        best = np.zeros(self.size)
        np.maximum.at(best, flat, np.concatenate(all_values))
        best = best[touched]
        # coverage: per written interest, the best factor among the tags it named here
        where = np.empty(self.size, dtype=np.int64)
        where[touched] = np.arange(touched.size)
        covered = np.zeros(touched.size)
        for items in by_phrase.values():
            per = np.zeros(touched.size)
            np.maximum.at(
                per,
                where[np.concatenate([s for s, _ in items])],
                np.concatenate([f for _, f in items]),
            )
            covered += per
        return touched, interest_part(best, covered, q.wanted)
