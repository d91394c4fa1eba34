"""A thin table model over plain tuples, filtered and sorted in Python.

At 100,000 rows a QSortFilterProxyModel costs hundreds of milliseconds per
keystroke; here a keystroke is one substring test per row over a precomputed
folded text, then a model reset. Rows are never ORM objects.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import contains
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from volmatch.text import fold

Index = QModelIndex | QPersistentModelIndex


@dataclass
class TableData:
    """Rows for a table: ``rows[i]`` holds one display value per column.

    ``folded[i]`` is the search text of row ``i``; ``facets[name][i]`` is the set
    of values row ``i`` has for a filter (e.g. its districts); equal tuples
    should be shared between rows to keep 100,000 rows small.
    """

    ids: list[int] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)
    folded: list[str] = field(default_factory=list)
    facets: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    #: Per facet, value -> label for the filter pickers (e.g. tag id -> its name).
    labels: dict[str, dict[str, str]] = field(default_factory=dict)
    #: Unfolded search text while ``folded`` is still being computed (then emptied).
    pending_fold: list[str] = field(default_factory=list)
    #: Per column, each row's rank in Czech order, when computed ahead (see collation_ranks).
    ranks: dict[int, list[int]] = field(default_factory=dict)

    @property
    def searchable(self) -> bool:
        return len(self.folded) == len(self.ids)

    def __len__(self) -> int:
        return len(self.ids)


#: Every byte but the row separator (0) and the match mark (1).
_NOT_MARKS = bytes(range(2, 256))


def haystack(folded: Sequence[str]) -> bytes | None:
    """The search texts as one UTF-8 string, rows separated by NUL (see ``rows_containing``);
    None when a text holds a NUL or the mark byte itself."""
    joined = "\x00".join(folded).encode("utf-8")
    if b"\x01" in joined or joined.count(b"\x00") != max(len(folded) - 1, 0):
        return None
    return joined


def rows_containing(hay: bytes, needle: str) -> list[bytes]:
    """Per row of ``hay``, a true value when its text contains ``needle``.

    Three passes in C over one string (mark each match, drop all else, split at the row
    separators) instead of one substring test per row: a first key over 100,000 rows
    costs a few milliseconds."""
    marked = hay.replace(needle.encode("utf-8"), b"\x01")
    return marked.translate(None, _NOT_MARKS).split(b"\x00")


_collator: QCollator | None = None


def czech_collator() -> QCollator:
    """Czech collation ("ch" after "h", "č" after "c"), numbers compared as numbers."""
    global _collator
    if _collator is None:
        _collator = QCollator(QLocale(QLocale.Language.Czech, QLocale.Country.CzechRepublic))
        _collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        _collator.setNumericMode(True)
    return _collator


def collation_ranks(values: Sequence[Any], collator: QCollator | None = None) -> list[int]:
    """For each value its rank in Czech order; distinct values are sorted once.

    Off the GUI thread, pass a collator of that thread's own."""
    distinct = {v for v in values}
    texts = [v for v in distinct if isinstance(v, str)]
    others = sorted(
        (v for v in distinct if not isinstance(v, str) and v is not None), key=lambda v: v
    )
    key = (collator or czech_collator()).sortKey
    ordered: list[Any] = [None, *others, *sorted(texts, key=key)]
    rank = {v: i for i, v in enumerate(ordered)}
    return [rank[v] for v in values]


class FastTableModel(QAbstractTableModel):
    """Shows ``TableData`` through a search text, facet filters and a sort column."""

    def __init__(self, headers: Sequence[str], parent=None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self.data_ = TableData()
        self._order: list[int] = []  # all rows in sort order
        self._base: list[int] = []  # rows passing the facet filters, in sort order
        self.visible: list[int] = []  # rows shown
        self._needle = ""
        self._haystack: bytes | None = None  # see rows_containing
        self._filters: dict[str, str] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._ranks: dict[int, list[int]] = {}
        self.decorate: Callable[[int, int, int], Any] | None = None  # (row, col, role) -> value
        #: Per column, stored value -> shown text (e.g. status codes in the UI language);
        #: applied when painting, so 100,000 rows are never rewritten.
        self.display_maps: dict[int, dict[str, str]] = {}

    # --- content -------------------------------------------------------------
    def set_table(self, table: TableData) -> None:
        self.beginResetModel()
        self.data_ = table
        self._ranks = dict(table.ranks)
        self._order = self._sorted(range(len(table)))
        self._base = self._apply_filters(self._order)
        self._haystack = self._make_haystack()
        self.visible = self._search(self._base, self._needle)
        self.endResetModel()

    def set_headers(self, headers: Sequence[str]) -> None:
        self._headers = list(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(headers) - 1)

    # --- filtering -----------------------------------------------------------
    def set_search(self, text: str) -> None:
        needle = fold(text)
        if needle == self._needle:
            return
        if not self.data_.searchable:
            self._needle = needle  # applied by set_folded
            return
        # Typing on narrows the rows already shown; anything else starts from all rows.
        source = self.visible if self._needle and needle.startswith(self._needle) else self._base
        self.beginResetModel()
        self._needle = needle
        self.visible = self._search(source, needle)
        self.endResetModel()

    def set_filter(self, facet: str, value: str | None) -> None:
        """Keep rows whose ``facet`` contains ``value``; None or "" clears the filter."""
        if value:
            self._filters[facet] = value
        else:
            self._filters.pop(facet, None)
        self.beginResetModel()
        self._base = self._apply_filters(self._order)
        self._haystack = self._make_haystack()
        self.visible = self._search(self._base, self._needle)
        self.endResetModel()

    def filters(self) -> dict[str, str]:
        return dict(self._filters)

    def set_folded(self, folded: list[str]) -> None:
        """The search text arrived (it is folded after the rows are shown): apply the search."""
        self.data_.folded = folded
        self.data_.pending_fold = []
        self._haystack = self._make_haystack()
        needle, self._needle = self._needle, ""
        self.set_search(needle)

    def _search(self, rows: list[int], needle: str) -> list[int]:
        if not needle or not self.data_.searchable:
            return list(rows)
        if self._haystack is not None and len(rows) > 10000 and needle.isprintable():
            # ``rows`` is the base or the part of it containing a prefix of ``needle``:
            # either way the answer is the base's rows containing ``needle``.
            return list(compress(self._base, rows_containing(self._haystack, needle)))
        # The same test as ``[i for i in rows if needle in folded[i]]``, looped in C.
        texts = map(self.data_.folded.__getitem__, rows)
        return list(compress(rows, map(contains, texts, repeat(needle))))

    def _make_haystack(self) -> bytes | None:
        """The base rows' search texts in base order, for searching many rows at once."""
        if len(self._base) < 5000 or not self.data_.searchable:
            return None  # one test per row is as quick
        return haystack(list(map(self.data_.folded.__getitem__, self._base)))

    def _apply_filters(self, rows: Sequence[int]) -> list[int]:
        result = list(rows)
        for facet, value in self._filters.items():
            sets = self.data_.facets.get(facet)
            if sets is None:
                continue
            result = list(
                compress(result, map(contains, map(sets.__getitem__, result), repeat(value)))
            )
        return result

    # --- sorting -------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._headers):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_rows = [
            (self.visible[i.row()], i.column()) if i.row() < len(self.visible) else None
            for i in old
        ]
        self._sort = (column, order)
        self._order = self._sorted(range(len(self.data_)))
        self._base = self._apply_filters(self._order)
        self._haystack = self._make_haystack()
        self.visible = self._search(self._base, self._needle)
        position = {r: n for n, r in enumerate(self.visible)}
        self.changePersistentIndexList(
            old,
            [
                self.index(position[o[0]], o[1]) if o and o[0] in position else QModelIndex()
                for o in old_rows
            ],
        )
        self.layoutChanged.emit()

    def _sorted(self, rows: range) -> list[int]:
        if self._sort is None:
            return list(rows)
        column, order = self._sort
        ranks = self._ranks.get(column)
        if ranks is None:
            ranks = collation_ranks([row[column] for row in self.data_.rows])
            self._ranks[column] = ranks
        return sorted(rows, key=ranks.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)

    # --- lookups -------------------------------------------------------------
    def id_at(self, row: int) -> int | None:
        if 0 <= row < len(self.visible):
            return self.data_.ids[self.visible[row]]
        return None

    def row_of(self, record_id: int) -> int:
        """The visible row showing ``record_id``, or -1."""
        for n, i in enumerate(self.visible):
            if self.data_.ids[i] == record_id:
                return n
        return -1

    def row_values(self, row: int) -> tuple:
        return self.data_.rows[self.visible[row]]

    # --- QAbstractTableModel -------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.data_.rows[self.visible[row]][col]
            if col in self.display_maps:
                value = self.display_maps[col].get(value, value)
            return "" if value is None else value if isinstance(value, str) else str(value)
        if role == Qt.ItemDataRole.UserRole:
            return self.data_.ids[self.visible[row]]
        if self.decorate is not None:
            return self.decorate(self.visible[row], col, role)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
