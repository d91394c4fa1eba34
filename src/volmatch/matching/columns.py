"""Growable numpy columns (one row per slot) and tag postings, for the indexes."""

from __future__ import annotations

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

    def bulk(self, tags: np.ndarray, slots: np.ndarray, scores: np.ndarray) -> None:
        """Replace everything from parallel arrays (one pass, for building)."""
        self.slots, self.scores = [], []
        if tags.size == 0:
            return
        order = np.argsort(tags, kind="stable")
        tags, slots, scores = tags[order], slots[order], scores[order]
        n_tags = int(tags.max()) + 1
        bounds = np.searchsorted(tags, np.arange(n_tags + 1))
        for t in range(n_tags):
            a, b = bounds[t], bounds[t + 1]
            self.slots.append(slots[a:b].astype(np.int64))
            self.scores.append(scores[a:b].astype(np.float64))
