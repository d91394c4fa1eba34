"""Growable numpy columns (one row per slot) and tag postings, for the indexes."""

from __future__ import annotations

from itertools import pairwise

import numpy as np


class Columns:
    """Named arrays with a shared number of rows; rows grow by doubling, widths on demand."""

    def __init__(self, spec: dict[str, tuple[type, object, int]], capacity: int = 64) -> None:
        # spec: name -> (dtype, fill value, width; 0 = a plain 1-D column)
        self._spec = dict(spec)
        self.capacity = max(capacity, 1)
        self.arrays: dict[str, np.ndarray] = {
            name: self._new(dtype, fill, width, self.capacity)
            for name, (dtype, fill, width) in self._spec.items()
        }

    @staticmethod
    def _new(dtype, fill, width: int, rows: int) -> np.ndarray:
        shape = (rows, width) if width else (rows,)
        return np.full(shape, fill, dtype=dtype)

    def __getitem__(self, name: str) -> np.ndarray:
        return self.arrays[name]

    def fill(self, name: str):
        return self._spec[name][1]

    def reserve(self, rows: int) -> None:
        if rows <= self.capacity:
            return
        new_cap = max(rows, self.capacity * 2)
        for name, (dtype, fill, _) in self._spec.items():
            old = self.arrays[name]
            width = old.shape[1] if old.ndim == 2 else 0
            grown = self._new(dtype, fill, width, new_cap)
            grown[: self.capacity] = old
            self.arrays[name] = grown
        self.capacity = new_cap

    def widen(self, name: str, width: int) -> None:
        old = self.arrays[name]
        if old.shape[1] >= width:
            return
        dtype, fill, _ = self._spec[name]
        grown = self._new(dtype, fill, width, self.capacity)
        grown[:, : old.shape[1]] = old
        self.arrays[name] = grown

    def set_row(self, name: str, slot: int, values: list) -> None:
        """Write a variable-length row, padding with the fill value."""
        self.widen(name, len(values))
        arr = self.arrays[name]
        arr[slot] = self._spec[name][1]
        if values:
            arr[slot, : len(values)] = values


def narrow(values: np.ndarray, bound: int) -> np.ndarray:
    """``values`` (all below ``bound``) in the narrowest unsigned integer type."""
    for dtype in (np.uint8, np.uint16, np.uint32):
        if bound <= np.iinfo(dtype).max + 1:
            return values.astype(dtype)
    return values


class Postings:
    """tag id -> slots (and a score per slot), updated in place one slot at a time."""

    def __init__(self) -> None:
        self.slots: list[np.ndarray] = []
        self.scores: list[np.ndarray] = []

    def _ensure(self, tag: int) -> None:
        while len(self.slots) <= tag:
            self.slots.append(np.empty(0, dtype=np.int64))
            self.scores.append(np.empty(0, dtype=np.float64))

    def get(self, tag: int) -> tuple[np.ndarray, np.ndarray]:
        if tag >= len(self.slots):
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float64)
        return self.slots[tag], self.scores[tag]

    def add(self, tag: int, slot: int, score: float = 100.0) -> None:
        self._ensure(tag)
        self.slots[tag] = np.append(self.slots[tag], slot)
        self.scores[tag] = np.append(self.scores[tag], score)

    def discard(self, tag: int, slot: int) -> None:
        if tag < len(self.slots):
            keep = self.slots[tag] != slot
            self.slots[tag] = self.slots[tag][keep]
            self.scores[tag] = self.scores[tag][keep]

    def bulk(
        self, tags: np.ndarray, slots: np.ndarray, scores: np.ndarray, order=None
    ) -> np.ndarray | None:
        """Replace everything from parallel arrays (one pass, for building); ``order`` is
        what an earlier call with the same ``tags`` gave (that call's stable sort)."""
        self.slots, self.scores = [], []
        if tags.size == 0:
            return None
        n_tags = int(tags.max()) + 1
        if order is None:
            # a stable sort of small integers is a radix sort: much faster than of int64
            order = np.argsort(narrow(tags, n_tags), kind="stable")
        slots = slots[order].astype(np.int64, copy=False)
        scores = scores[order].astype(np.float64, copy=False)
        bounds = np.zeros(n_tags + 1, dtype=np.int64)
        np.cumsum(np.bincount(tags, minlength=n_tags), out=bounds[1:])
        # views of the two sorted arrays: add and discard replace a tag's arrays whole
        self.slots = [slots[a:b] for a, b in pairwise(bounds.tolist())]
        self.scores = [scores[a:b] for a, b in pairwise(bounds.tolist())]
        return order


class WordPostings:
    """word -> the volunteers who wrote it: slot, written interest (phrase), that phrase's
    length, the word's place among the volunteer's words; words grouped by first letters."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self._by_start: dict[str, list[str]] = {}
        self._cols: list[list[np.ndarray]] = [[], [], [], []]  # slots, phrase, n, order
        self._slot_words: dict[int, list[int]] = {}  # words of a slot changed one by one
        self._csr = (np.zeros(1, dtype=np.int64), np.empty(0, dtype=np.int64))  # bulk ones

    @property
    def known(self) -> dict[str, int]:
        return self.ids

    def id(self, word: str) -> int:
        found = self.ids.get(word)
        if found is None:
            found = self.ids[word] = len(self.ids)
            self._by_start.setdefault(word[:2], []).append(word)
            for col in self._cols:
                col.append(np.empty(0, dtype=np.int64))
        return found

    def get(self, wid: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        slots, phrase, n, order = (col[wid] for col in self._cols)
        return slots, phrase, n, order

    def typos(self, term: str) -> list[tuple[str, float]]:
        """Words of the same start as ``term`` at least ``keywords.FUZZY`` alike, not itself."""
        from rapidfuzz import fuzz, process

        from .keywords import FUZZY

        bucket = self._by_start.get(term[:2])
        if not bucket:
            return []
        found = process.extract(term, bucket, scorer=fuzz.ratio, score_cutoff=FUZZY, limit=None)
        return [(w, float(score)) for w, score, _ in found if w != term]

    def add(self, wid: int, slot: int, phrase: int, n: int, order: int) -> None:
        self._words_of(slot).append(wid)
        for col, value in zip(self._cols, (slot, phrase, n, order), strict=True):
            col[wid] = np.append(col[wid], value)

    def discard(self, slot: int) -> None:
        for wid in set(self._words_of(slot)):
            keep = self._cols[0][wid] != slot
            for col in self._cols:
                col[wid] = col[wid][keep]
        self._slot_words[slot] = []

    def _words_of(self, slot: int) -> list[int]:
        found = self._slot_words.get(slot)
        if found is None:
            offsets, words = self._csr
            found = (
                words[offsets[slot] : offsets[slot + 1]].tolist() if slot + 1 < offsets.size else []
            )
            self._slot_words[slot] = found
        return found

    def bulk(self, wids, slots, phrase, n, order) -> None:
        """Replace everything from parallel arrays of entries in slot order (building)."""
        by_word = np.argsort(wids, kind="stable")
        bounds = np.searchsorted(wids[by_word], np.arange(len(self.ids) + 1))
        for i, values in enumerate((slots, phrase, n, order)):
            ordered = values[by_word]
            self._cols[i] = [ordered[a:b] for a, b in pairwise(bounds)]
        size = int(slots.max(initial=-1)) + 1
        offsets = np.zeros(size + 1, dtype=np.int64)
        np.cumsum(np.bincount(slots, minlength=size), out=offsets[1:])
        self._csr = (offsets, wids.astype(np.int64))
        self._slot_words = {}
