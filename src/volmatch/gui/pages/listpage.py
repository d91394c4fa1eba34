"""The shared list page: search box, filter pickers, a fast table and the record actions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from volmatch.gui.context import AppContext
from volmatch.gui.models.tablemodel import FastTableModel, TableData, collation_ranks
from volmatch.gui.widgets.did_you_mean import DidYouMean
from volmatch.gui.widgets.inputs import DateCells, LanguageCells, language_name


def _ranked(table: TableData, column: int) -> TableData:
    """``table`` with the Czech ranks of its sort column, computed off the GUI thread."""
    if 0 <= column < len(table.rows[0] if table.rows else ()) and column not in table.ranks:
        from volmatch.gui.models.tablemodel import collation_ranks
        from volmatch.gui.preload import _collator

        table.ranks[column] = collation_ranks([row[column] for row in table.rows], _collator())
    return table


class ListPage(QWidget):
    """Base of the Opportunities and Volunteers pages (records are edited by subclasses)."""

    loaded = Signal(int)  # rows in the table, after each (re)load
    layout_name = "list"
    language_column: int | None = None  # stores codes ("cs, uk"), shown as names
    date_column: int | None = None  # stores ISO dates, shown as "1. 9. 2026"

    def __init__(
        self, ctx: AppContext, headers: Sequence[str], filters: Sequence[tuple[str, str]]
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.model = FastTableModel(headers, self)
        if self.language_column is not None:
            self.model.display_maps[self.language_column] = LanguageCells()
        if self.date_column is not None:
            self.model.display_maps[self.date_column] = DateCells()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search"))
        self.search.textChanged.connect(self._search_changed)
        self.filter_boxes: dict[str, QComboBox] = {}
        # The search and its filters on two rows: on a 1366 px screen one row would clip
        # either the search box's explanation or the filters' names.
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        filter_row = QHBoxLayout()
        for facet, label in filters:
            box = QComboBox()
            box.setObjectName(f"filter_{facet}")
            box.setAccessibleName(label)
            box.setToolTip(label)
            box.addItem(label, "")
            box.setMinimumContentsLength(8)
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.currentIndexChanged.connect(
                lambda _i, facet=facet, box=box: self.model.set_filter(facet, box.currentData())
            )
            box.currentIndexChanged.connect(self._update_count)
            self.filter_boxes[facet] = box
            filter_row.addWidget(box, 1)
        if "district" in self.filter_boxes:
            from volmatch.gui.widgets.place_filter import PlaceFilter

            # A place typed as people say it ("na Letné") picks its district.
            self.place_filter = PlaceFilter(self.filter_boxes["district"], self._tell)
        self.clear_filters = QPushButton(self.tr("Clear filters"))
        self.clear_filters.clicked.connect(self.reset_filters)
        top.addWidget(self.clear_filters)

        self.table = QTableView()
        self.table.setObjectName("table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        # Lists open sorted by their first column (title, name) A→Z in Czech order; a
        # layout the person saved (another sort) replaces this once the rows arrive.
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(140)
        self.table.doubleClicked.connect(lambda _index: self.edit_item())
        self.table.activated.connect(lambda _index: self.edit_item())
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(filter_row)
        self.did_you_mean = DidYouMean()
        self.did_you_mean.picked.connect(self.search.setText)
        layout.addWidget(self.did_you_mean)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.setFocusProxy(self.search)
        self.setTabOrder(self.search, self.table)
        self._restored = False
        self._pending_select: int | None = None
        self._preloaded = False

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.language_changed()

    def language_changed(self) -> None:
        """Stored codes shown in words are worded again (the rows reload after)."""
        if self.language_column is not None:
            self.model.display_maps[self.language_column] = LanguageCells()
        self._update_count()
        self._fit_search()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_search()
        if getattr(self, "_fit_pending", False):
            QTimer.singleShot(0, self.fit_columns)

    def _fit_search(self) -> None:
        """Room for the whole placeholder, which says what the box searches."""
        text = self.search.placeholderText()
        need = self.search.fontMetrics().horizontalAdvance(text) + 48  # clear button, margins
        self.search.setMinimumWidth(min(need, 460))

    def fit_columns(self) -> None:
        """Share the table's width among the columns (never below 80 px, at most twice the
        default), so the default window shows every column without scrolling sideways and
        without one wide empty column; waits until the table is on screen."""
        header = self.table.horizontalHeader()
        available = self.table.viewport().width()
        count = header.count()
        if not self.table.isVisible() or available < 200 or count < 2:
            self._fit_pending = True
            return
        self._fit_pending = False
        last = header.defaultSectionSize()
        widths = [header.sectionSize(i) for i in range(count - 1)]
        scale = min(2.0, (available - last) / max(1, sum(widths)))
        for i, width in enumerate(widths):
            header.resizeSection(i, max(80, int(width * scale)))

    def preloaded(self, table: TableData | None) -> None:
        """Rows read before the database was opened; the reload that opening brings is skipped."""
        if table is not None and self.ctx.backend is None:
            self._preloaded = True
            self.set_table(table, fill_filters=False)
            # The pickers once the rows are painted and the language names are loaded.
            from volmatch.gui.preload import warm_language_names
            from volmatch.gui.worker import run_operation

            self._after_opening(
                lambda: run_operation(
                    self,
                    lambda p: warm_language_names(table),
                    lambda _: self._fill_filters(table) if self.model.data_ is table else None,
                    background=True,
                )
            )

    # --- data ----------------------------------------------------------------------
    #: "opportunity" | "volunteer": pages that can reload single rows (see fetch_rows).
    record_entity = ""

    def fetch(self, backend, lang: str) -> TableData:  # pragma: no cover - overridden
        raise NotImplementedError

    def fetch_rows(self, backend, lang: str, ids: set[int]) -> TableData:  # pragma: no cover
        """The rows of ``ids`` that still exist (pages with a ``record_entity``)."""
        raise NotImplementedError

    def refresh(self, changes) -> None:
        """Reload the rows off the GUI thread when the kind of data this page shows changed."""
        if not self.wants(changes):
            return
        if changes.database and self._preloaded:
            self._preloaded = False  # the rows on show were read from this database just now
            return
        lang = self.ui_language()
        column = self.table.horizontalHeader().sortIndicatorSection()
        ids = changes.ids_for(self.record_entity) if self.record_entity else None
        table = self.model.data_
        if ids is not None and table.searchable and len(table) and len(ids) <= 500:
            # Records changed elsewhere: read those rows only, keep the other 100,000.
            def merge(b, p):
                from volmatch.gui.models.tables import merge_rows
                from volmatch.gui.preload import _collator

                fresh = self.fetch_rows(b, lang, ids)
                new = merge_rows(table, fresh, ids, column, _collator())
                return _ranked(new, column), fresh

            def merged(result: tuple[TableData, TableData]) -> None:
                new_table, fresh = result
                if self.model.data_ is table:
                    self.set_table(new_table, fill_filters=self._new_filter_values(fresh))
                else:  # reloaded meanwhile: this merge is out of date
                    self.refresh(replace(changes, records=()))

            self.ctx.run(self, merge, merged, background=True)
            return
        # A list reloaded in the background: a match asked meanwhile goes first.
        self.ctx.run(
            self,
            lambda b, p: _ranked(self.fetch(b, lang), column),
            self.set_table,
            background=True,
        )

    @staticmethod
    def ui_language() -> str:
        from PySide6.QtCore import QLocale

        return QLocale().name().split("_")[0]

    def wants(self, changes) -> bool:
        return True

    def set_table(self, table: TableData, fill_filters: bool = True) -> None:
        selected = self.current_id() if self._pending_select is None else self._pending_select
        self._pending_select = None
        self.model.set_table(table)
        if fill_filters:
            self._fill_filters(table)
        if not self._restored:
            self._restored = True
            state = self.ctx.settings.layout(self.layout_name)
            if not state.isEmpty():
                self.table.horizontalHeader().restoreState(state)
            else:
                self.fit_columns()
        if selected is not None:
            self.select_id(selected)
        self._update_count()
        self.loaded.emit(self.model.rowCount())
        if not table.searchable:
            from volmatch.gui.models.tables import fold_pending

            def folded(texts: list[str]) -> None:
                if self.model.data_ is table:
                    keep = self.current_id()
                    self.model.set_folded(texts)  # resets the model: the selection goes
                    if keep is not None:
                        self.select_id(keep)
                    self._update_count()

            from volmatch.gui.worker import run_operation

            # Not through ctx.run: preloaded rows are folded before the database is open.
            def fold() -> None:
                run_operation(self, lambda p: fold_pending(table), folded, background=True)

            self._after_opening(fold)

    def _after_opening(self, work: Callable[[], None], wait_ms: int = 5000) -> None:
        """``work`` once the database is open (or after ``wait_ms`` if it does not open):
        queued then, a match asked as the database opens goes before it."""
        if self.ctx.backend is not None:
            work()
            return
        done = [False]

        def once() -> None:
            if not done[0]:
                done[0] = True
                self.ctx.backend_ready.disconnect(once)
                work()

        self.ctx.backend_ready.connect(once)
        QTimer.singleShot(wait_ms, self, once)

    def filter_values(self, facet: str, table: TableData) -> list[tuple[str, str]]:
        """(label, value) pairs for a filter picker; subclasses name the values."""
        # Rows share their facet tuples: the distinct tuples first, then their values.
        values = {v for values in set(table.facets.get(facet, ())) for v in values if v}
        labels = table.labels.get(facet, {})
        if facet == "language":
            labels = {code: f"{language_name(code)} ({code})" for code in values}
        pairs = [(labels.get(v, v), v) for v in values]
        ranks = collation_ranks([label for label, _v in pairs])
        return [pair for _rank, pair in sorted(zip(ranks, pairs, strict=True))]

    def _new_filter_values(self, fresh: TableData) -> bool:
        """Do ``fresh`` rows bring a value no filter picker offers yet?"""
        for facet, box in self.filter_boxes.items():
            offered = {box.itemData(i) for i in range(box.count())}
            values = {v for values in set(fresh.facets.get(facet, ())) for v in values if v}
            if not values <= offered:
                return True
        return False

    def _fill_filters(self, table: TableData) -> None:
        for facet, box in self.filter_boxes.items():
            current = box.currentData()
            box.blockSignals(True)
            while box.count() > 1:
                box.removeItem(1)
            for label, value in self.filter_values(facet, table):
                box.addItem(label, value)
            index = box.findData(current) if current else 0
            box.setCurrentIndex(max(0, index))
            box.blockSignals(False)
            if current and index < 0:
                self.model.set_filter(facet, None)

    def _search_changed(self, text: str) -> None:
        self.model.set_search(text)
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("Showing %1 of %2")
            .replace("%1", str(self.model.rowCount()))
            .replace("%2", str(len(self.model.data_)))
        )
        self.did_you_mean.update_for(self.model, self.search.text())

    def _tell(self, message: str) -> None:
        bar = getattr(self.window(), "statusBar", None)
        if bar is not None:
            bar().showMessage(message, 6000)

    # --- navigation ----------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def apply_filter(self, facet: str, value: str) -> None:
        box = self.filter_boxes.get(facet)
        if box is None:
            return
        index = box.findData(value)
        if index < 0:
            box.addItem(value, value)
            index = box.count() - 1
        box.setCurrentIndex(index)

    def reset_filters(self) -> None:
        self.search.clear()
        for box in self.filter_boxes.values():
            box.setCurrentIndex(0)

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def select_id(self, record_id: int) -> None:
        row = self.model.row_of(record_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def select_next(self, step: int) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        current = self.table.currentIndex().row()
        row = 0 if current < 0 else (current + step) % rows
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    match_kind = ""  # "opportunity" or "volunteer": what the Matching page is asked about

    def find_matches(self) -> None:
        """Show the Matching page for the selected record."""
        record_id = self.current_id()
        window = self.window()
        if record_id is None or not hasattr(window, "show_page"):
            return
        window.show_page("matching").match_for(self.match_kind, record_id)

    def save_layout(self) -> None:
        self.ctx.settings.set_layout(self.layout_name, self.table.horizontalHeader().saveState())

    def edit_item(self) -> None:  # pragma: no cover - overridden
        pass

    def _index(self) -> QModelIndex:
        return self.table.currentIndex()
