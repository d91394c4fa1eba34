"""The Overview page: opportunities and volunteers per district and per language, gaps marked."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QLocale, QPoint
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from volmatch.gui.context import AppContext
from volmatch.gui.pages.reloading import ReloadingPage
from volmatch.gui.widgets.charts import PairedBarChart
from volmatch.gui.widgets.inputs import language_name


class OverviewPage(ReloadingPage):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, "OverviewPage")
        self.headline = QLabel()
        self.headline.setObjectName("headline")
        self.headline.setWordWrap(True)
        # Created in the order shown, so Tab reaches the language chart first.
        self.languages = PairedBarChart(self.tr("Per language"))
        self.districts = PairedBarChart(self.tr("Per district"))
        for chart in (self.districts, self.languages):
            chart.legend_gap = self.tr("volunteers but no listings")
            chart.empty_text = self.tr("No data yet.")
        self.districts.setAccessibleName(self.tr("Opportunities and volunteers per district"))
        self.languages.setAccessibleName(self.tr("Opportunities and volunteers per language"))
        self.districts.clicked.connect(lambda key, series: self._open(series, "district", key))
        self.languages.clicked.connect(lambda key, series: self._open(series, "language", key))
        hint = QLabel(
            self.tr(
                "Click a bar to see those listings or volunteers. With the keyboard: Tab to a "
                "chart, choose a row with Up and Down, Enter opens its listings and "
                "Shift+Enter its volunteers."
            )
        )
        hint.setWordWrap(True)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.headline)
        layout.addWidget(hint)
        layout.addWidget(self.languages)
        layout.addWidget(self.districts)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        for chart in (self.languages, self.districts):
            chart.current_changed.connect(
                lambda top, bottom, c=chart: self._keep_in_view(scroll, c, top, bottom)
            )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def reload(self) -> None:
        self._stale = False
        self.ctx.run(self, lambda b, p: b.overview_counts(), self.show_counts, background=True)

    def show_counts(self, counts) -> None:
        # Counts can arrive after the window closed and its charts were deleted.
        if not shiboken6.isValid(self.districts) or not shiboken6.isValid(self.languages):
            return
        legend = (self.tr("published listings"), self.tr("volunteers"))
        placed_d = counts.placed_by_district or {}
        placed_l = counts.placed_by_language or {}

        def with_placed(label, placed: dict[str, int]):
            # Placements next to supply and demand: "Praha 7 — 3 placed".
            def word(key: str) -> str:
                n = placed.get(key, 0)
                text = label(key)
                return text + " — " + self.tr("%n placed", "", n) if n else text

            return word

        def rows(
            opp: dict[str, int], vol: dict[str, int], label
        ) -> list[tuple[str, str, int, int]]:
            keys = set(opp) | set(vol)
            # Gaps first, then by need: where volunteers outnumber listings most.
            ordered = sorted(
                keys,
                key=lambda k: (
                    not (vol.get(k, 0) and not opp.get(k, 0)),
                    -(vol.get(k, 0) + opp.get(k, 0)),
                    k,
                ),
            )
            return [(k, label(k), opp.get(k, 0), vol.get(k, 0)) for k in ordered]

        self.districts.set_rows(
            rows(
                counts.opportunities_by_district,
                counts.volunteers_by_district,
                with_placed(str, placed_d),
            ),
            legend,
        )
        self.languages.set_rows(
            rows(
                counts.opportunities_by_language,
                counts.volunteers_by_language,
                with_placed(lambda c: f"{language_name(c)} ({c})", placed_l),
            ),
            legend,
        )
        gaps_d = self.districts.gaps()
        gaps_l = self.languages.gaps()
        parts = []
        if gaps_l:
            parts.append(
                self.tr("Languages with volunteers but no listings: %1.").replace(
                    "%1", ", ".join(language_name(c) for c in gaps_l)
                )
            )
        if gaps_d:
            parts.append(
                self.tr("Districts with volunteers but no listings: %1.").replace(
                    "%1", ", ".join(gaps_d)
                )
            )
        if not parts:
            parts.append(
                self.tr("Every language and district with volunteers has published listings.")
            )
        total = sum(placed_d.values())
        if placed_d or placed_l:
            parts.append(
                self.tr("Placements so far, per district of the listing: %1.").replace(
                    "%1",
                    ", ".join(
                        f"{k} {n}" for k, n in sorted(placed_d.items(), key=lambda kv: -kv[1])
                    )
                    or "—",
                )
            )
        hours = getattr(counts, "hours", 0.0)
        if hours:
            parts.append(
                self.tr("Hours volunteered so far: %1.").replace(
                    "%1", QLocale().toString(float(hours), "g", 8)
                )
            )
        self.placed_total = total
        self.headline.setText(" ".join(parts))

    @staticmethod
    def _keep_in_view(scroll: QScrollArea, chart: PairedBarChart, top: int, bottom: int) -> None:
        point = chart.mapTo(scroll.widget(), QPoint(0, (top + bottom) // 2))
        scroll.ensureVisible(point.x(), point.y(), 0, (bottom - top) // 2 + 4)

    def _open(self, series: str, facet: str, key: str) -> None:
        self.ctx.navigate.emit(
            "opportunities" if series == "opportunities" else "volunteers", facet, key
        )
