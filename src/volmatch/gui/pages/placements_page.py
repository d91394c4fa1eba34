"""The Placements page: the pipeline across all volunteers (how many in each state,
oldest first) and the "to follow up" list, with "How did it go?" for a pair."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
)

from volmatch.domain import PlacementState
from volmatch.gui import placement_docs
from volmatch.gui.context import AppContext
from volmatch.gui.models.placements import PlacementModel
from volmatch.gui.pages.reloading import ReloadingPage
from volmatch.gui.placement_words import state_label
from volmatch.gui.worker import ChangeSet


def _table(model: PlacementModel, name: str, accessible: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class PlacementsPage(ReloadingPage):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, "PlacementsPage")
        self.data = None  # the last backend_placements.Pipeline
        self.counts = QLabel()
        self.counts.setObjectName("pipelineCounts")
        self.counts.setWordWrap(True)
        self.state_filter = QComboBox()
        self.state_filter.setAccessibleName(self.tr("Show placements in state"))
        self.state_filter.addItem(self.tr("All states"), "")
        for state in PlacementState:
            self.state_filter.addItem(state_label(state), state.value)
        self.state_filter.currentIndexChanged.connect(lambda _i: self._show())
        self.pipeline_model = PlacementModel(self)
        self.follow_model = PlacementModel(self)
        self.pipeline = _table(self.pipeline_model, "pipeline", self.tr("Placements"))
        self.follow = _table(self.follow_model, "followUp", self.tr("To follow up"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.pipeline, self.tr("Pipeline"))
        self.tabs.addTab(self.follow, self.tr("To follow up"))
        self.tabs.currentChanged.connect(lambda _i: self._update_buttons())
        self.follow_button = QPushButton(self.tr("How did it go?…"))
        self.follow_button.setObjectName("followUpButton")
        self.follow_button.clicked.connect(self.record_follow_up)
        self.match_button = QPushButton(self.tr("Show the volunteer's matches"))
        self.match_button.clicked.connect(self.show_matches)
        self.outreach_button = QPushButton(self.tr("E-mails and invitation…"))
        self.outreach_button.setObjectName("outreachButton")
        self.outreach_button.clicked.connect(self.open_outreach)
        self.hours_button = placement_docs.hours_button()
        self.hours_button.clicked.connect(self.record_hours)
        self.certificate_button = placement_docs.certificate_button()
        self.certificate_button.clicked.connect(self.issue_certificate)
        for table in (self.pipeline, self.follow):
            table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_buttons())
            table.doubleClicked.connect(lambda _i: self.record_follow_up())
        top = QHBoxLayout()
        top.addWidget(self.counts, 1)
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.state_filter)
        buttons = QHBoxLayout()
        buttons.addWidget(self.follow_button)
        buttons.addWidget(self.match_button)
        buttons.addWidget(self.outreach_button)
        buttons.addWidget(self.hours_button)
        buttons.addWidget(self.certificate_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    # --- loading -----------------------------------------------------------------
    def reload(self) -> None:
        from volmatch.gui import backend_placements

        self._stale = False
        self.ctx.run(
            self,
            lambda b, _p: backend_placements.pipeline(b),
            self.show_pipeline,
            background=True,
        )

    def show_pipeline(self, data) -> None:
        if not shiboken6.isValid(self.counts):
            return
        self.data = data
        parts = [f"{state_label(s)}: {data.counts.get(s, 0)}" for s in PlacementState]
        due = sum(1 for r in data.follow_up if self.follow_model.overdue(r))
        text = " · ".join(parts)
        text += "  —  " + self.tr("%n to follow up", "", len(data.follow_up))
        if due:
            text += " " + self.tr("(%n due)", "", due)
        self.counts.setText(text)
        self.tabs.setTabText(
            1, self.tr("To follow up (%1)").replace("%1", str(len(data.follow_up)))
        )
        self._show()

    def _show(self) -> None:
        if self.data is None:
            return
        wanted = self.state_filter.currentData()
        rows = [r for r in self.data.rows if not wanted or r.state.value == wanted]
        self.pipeline_model.set_rows(rows)
        self.follow_model.set_rows(self.data.follow_up)
        self._update_buttons()

    # --- actions -----------------------------------------------------------------
    def current_row(self):
        table = self.tabs.currentWidget()
        model = table.model()
        index = table.currentIndex()
        return (
            model.rows[index.row()] if index.isValid() and index.row() < len(model.rows) else None
        )

    def _update_buttons(self) -> None:
        row = self.current_row()
        has = row is not None
        self.follow_button.setEnabled(has)
        self.match_button.setEnabled(has)
        self.outreach_button.setEnabled(has)
        placement_docs.enable(self.hours_button, self.certificate_button, row and row.state)

    def record_hours(self) -> None:
        row = self.current_row()
        if row is not None:
            placement_docs.record_hours(self, self.ctx, row)

    def issue_certificate(self) -> None:
        row = self.current_row()
        if row is not None:
            placement_docs.issue_certificate(self, self.ctx, row.id)

    def record_follow_up(self) -> None:
        from volmatch.gui import backend_placements
        from volmatch.gui.dialogs.follow_up_dialog import FollowUpDialog

        row = self.current_row()
        if row is None:
            return
        dialog = FollowUpDialog(row, self)
        if dialog.exec() != FollowUpDialog.DialogCode.Accepted:
            return
        values = dialog.result_values()
        self.ctx.run(
            self,
            lambda b, _p: backend_placements.follow_up(b, row.id, **values),
            changes=ChangeSet(placements=True),
        )

    def open_outreach(self) -> None:
        from volmatch.gui.dialogs.outreach_dialog import show_outreach

        row = self.current_row()
        if row is not None:
            show_outreach(self.ctx, self, row.volunteer_id, row.opportunity_id)

    def show_matches(self) -> None:
        row = self.current_row()
        window = self.window()
        if row is not None and hasattr(window, "show_page"):
            window.show_page("matching").match_for("volunteer", row.volunteer_id)
