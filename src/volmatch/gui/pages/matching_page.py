"""The Matching page: a volunteer's ranked listings (or a listing's volunteers) with the
score parts as bars, reasons in words, relaxations, outcomes and a message to copy."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from volmatch.domain import PlacementState, Volunteer
from volmatch.gui import placement_docs
from volmatch.gui.context import AppContext
from volmatch.gui.models.scorebars import MatchModel, PartsDelegate
from volmatch.gui.pages.matching_actions import PairActions
from volmatch.gui.pages.matching_picker import SubjectPicker
from volmatch.gui.pages.matching_questions import MatchQuestions
from volmatch.gui.pages.matching_results import ResultsView
from volmatch.gui.pages.matching_subject import RememberedSubject
from volmatch.gui.widgets.inputs import language_name

#: After this long without an answer, the page says why the first match takes a while.
SLOW_MS = 700
#: From this many rows derived again, the page counts them as they go.
PREPARING_FROM = 1000
#: At most this many "N more if you relax …" choices are offered.
MAX_RELAXATIONS = 5
# How the results table's columns size: the other side, score, its parts, requirements, marks.
RESIZE_MODES = (
    QHeaderView.ResizeMode.Stretch,
    QHeaderView.ResizeMode.ResizeToContents,
    QHeaderView.ResizeMode.Fixed,
    QHeaderView.ResizeMode.ResizeToContents,
    QHeaderView.ResizeMode.ResizeToContents,
)


class MatchingPage(
    PairActions, RememberedSubject, SubjectPicker, MatchQuestions, ResultsView, QWidget
):
    # A ranking is on the page: how many rows it has.
    shown = Signal(int)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("MatchingPage")
        self.view = None  # the last MatchView
        self._picker_ids: list[int] = []
        self._stale = True
        self._asked = 0  # counts questions: a late answer to an earlier one is dropped
        self._answered = 0  # the last question answered
        self._early = False  # the answer shown came before the database was open
        self._restoring: int | None = None  # the remembered subject, asked at start
        self._restore_pending = False  # ... asked once the page is shown
        self._expecting = False  # another database is being opened (File → Open…)
        self._lists_stale: set[str] = set()  # kinds whose list page holds another database
        # Build the matcher (from the stored matching columns) as soon as a database is
        # open, off the GUI thread: the first match then answers at once.
        ctx.backend_ready.connect(self._warm_up)
        ctx.backend_ready.connect(self._update_buttons)  # enabled once the database is open
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._build_choice())
        layout.addLayout(self._build_options())
        self.splitter = QSplitter()
        self.splitter.addWidget(self._build_results())
        self.splitter.addWidget(self._build_detail())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([800, 330])
        state = ctx.settings.layout("matching_splitter")
        if not state.isEmpty():
            self.splitter.restoreState(state)
        layout.addWidget(self.splitter, 1)
        self._update_buttons()

    # --- building ----------------------------------------------------------------------
    def _build_choice(self) -> QHBoxLayout:
        """The direction, the picker and the button."""
        self.for_volunteer = QRadioButton(self.tr("Listings for a volunteer"))
        self.for_opportunity = QRadioButton(self.tr("Volunteers for a listing"))
        self.for_volunteer.setChecked(True)
        direction = QButtonGroup(self)
        direction.addButton(self.for_volunteer)
        direction.addButton(self.for_opportunity)
        self.for_volunteer.toggled.connect(lambda _checked: self._direction_changed())
        self.picker = QComboBox()
        self.picker.setObjectName("picker")
        self.picker.setEditable(True)
        self.picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.picker.setAccessibleName(self.tr("Whom to match"))
        self.picker.lineEdit().setPlaceholderText(self.tr("Type a name or a title…"))
        completer = QCompleter(self.picker.model(), self.picker)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.picker.setCompleter(completer)
        self.picker.setMinimumContentsLength(30)
        self.picker.activated.connect(lambda _i: self.run_match())
        self.picker.currentIndexChanged.connect(lambda _i: self._subject_changed())
        self.only_published = QCheckBox(self.tr("Only published listings still valid"))
        self.only_published.setChecked(True)
        self.only_published.toggled.connect(lambda _c: self.run_match())
        self.match_button = QPushButton(self.tr("Find matches"))
        self.match_button.clicked.connect(self.run_match)
        top = QHBoxLayout()
        top.addWidget(self.for_volunteer)
        top.addWidget(self.for_opportunity)
        top.addWidget(self.picker, 1)
        top.addWidget(self.only_published)
        top.addWidget(self.match_button)
        return top

    def _build_options(self) -> QHBoxLayout:
        """The weights in effect and what the ranking leaves out."""
        self.weights_label = QLabel()
        self.weights_label.setObjectName("weightsLabel")
        self.weights_label.setWordWrap(True)
        self.weights_button = QPushButton(self.tr("Change weights…"))
        self.weights_button.setObjectName("weightsButton")
        self.weights_button.clicked.connect(self.edit_weights)
        self.hide_full = QCheckBox(self.tr("Hide listings with every place taken"))
        self.hide_full.setChecked(self.ctx.settings.hide_full_listings)
        self.hide_full.toggled.connect(self._hide_full_toggled)
        self.show_hidden = QCheckBox(self.tr("Show pairs hidden by a coordinator"))
        self.show_hidden.toggled.connect(lambda _c: self.run_match())
        second = QHBoxLayout()
        second.addWidget(self.weights_label, 1)
        second.addWidget(self.weights_button)
        second.addWidget(self.hide_full)
        second.addWidget(self.show_hidden)
        return second

    def _build_results(self) -> QWidget:
        """The summary, the table of ranked rows with their bars, the legend, relaxations."""
        self.model = MatchModel(self)
        self.table = QTableView()
        self.table.setObjectName("matches")
        self.table.setAccessibleName(self.tr("Matches"))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(2, PartsDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        for column, mode in enumerate(RESIZE_MODES):
            header.setSectionResizeMode(column, mode)
        self.table.setColumnWidth(2, 150)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_reasons())
        legend = self.legend = QLabel(self._legend_text())
        legend.setObjectName("legend")
        self.summary = QLabel()
        self.summary.setObjectName("matchSummary")
        self.summary.setWordWrap(True)
        # shown while the stored matching data is derived again (new reference data)
        self.preparing = QLabel()
        self.preparing.setObjectName("matchPreparing")
        self.preparing.setWordWrap(True)
        self.preparing.hide()
        self.relax_box = QWidget()
        self.relax_layout = QVBoxLayout(self.relax_box)
        self.relax_layout.setContentsMargins(0, 0, 0, 0)
        self.relax_checks: dict[str, QCheckBox] = {}
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.preparing)
        left_layout.addWidget(self.summary)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(legend)
        left_layout.addWidget(self.relax_box)
        return left

    def _build_detail(self) -> QWidget:
        """The selected row: why, the subject's placements and what can be done."""
        self.reasons = QListWidget()
        self.reasons.setObjectName("reasons")
        self.reasons.setAccessibleName(self.tr("Reasons"))
        self.reasons.setWordWrap(True)
        self.detail_note = QLabel()
        self.detail_note.setWordWrap(True)
        self.detail_note.setObjectName("detailNote")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Why:")))
        right_layout.addWidget(self.reasons, 1)
        self.placements_title = QLabel()
        self.subject_placements = QListWidget()
        self.subject_placements.setObjectName("subjectPlacements")
        self.subject_placements.setAccessibleName(self.tr("Placements"))
        self.subject_placements.setWordWrap(True)
        self.subject_placements.setMaximumHeight(130)
        # A placement's e-mails from its line (right-click), as from a result row.
        self.subject_placements.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.placement_outreach = QAction(self.tr("E-mails and invitation…"), self)
        self.placement_outreach.triggered.connect(self.open_placement_outreach)
        self.subject_placements.addAction(self.placement_outreach)
        placement_docs.add_list_actions(self)  # hours, certificate: right-click a line
        right_layout.addWidget(self.placements_title)
        right_layout.addWidget(self.subject_placements)
        for row in self._build_actions():
            right_layout.addLayout(row)
        right_layout.addWidget(self.detail_note)
        return right

    def _build_actions(self) -> list[QHBoxLayout]:
        """The rows of buttons acting on the selected pair (see PairActions)."""
        self.outcome = QComboBox()
        self.outcome.setAccessibleName(self.tr("Outcome"))
        for state, label in (
            (PlacementState.SUGGESTED, self.tr("suggested")),
            (PlacementState.CONTACTED, self.tr("contacted")),
            (PlacementState.PLACED, self.tr("placed")),
            (PlacementState.DECLINED, self.tr("declined")),
            (PlacementState.ENDED, self.tr("ended")),
        ):
            self.outcome.addItem(label, state.value)
        self.pin_button = QPushButton(self.tr("Pin to the top"))
        self.pin_button.setObjectName("pinButton")
        self.pin_button.clicked.connect(lambda: self.toggle_mark("pin"))
        self.hide_button = QPushButton(self.tr("Hide this pair"))
        self.hide_button.setObjectName("hideButton")
        self.hide_button.clicked.connect(lambda: self.toggle_mark("hide"))
        self.record_button = QPushButton(self.tr("Record outcome"))
        self.record_button.clicked.connect(self.record_outcome)
        self.copy_button = QPushButton(self.tr("Copy message for the volunteer"))
        self.copy_button.clicked.connect(self.copy_message)
        self.outreach_button = QPushButton(self.tr("E-mails and invitation…"))
        self.outreach_button.setObjectName("outreachButton")
        self.outreach_button.clicked.connect(self.open_outreach)
        rows = []
        for widgets in (
            (self.pin_button, self.hide_button),
            (self.outcome, self.record_button),
            (self.copy_button, self.outreach_button),
        ):
            row = QHBoxLayout()
            for widget in widgets:
                row.addWidget(widget)
            row.addStretch(1)
            rows.append(row)
        # hours and certificate of the pair
        return [*rows, placement_docs.pair_buttons(self)]

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        language = event.type() == QEvent.Type.LanguageChange
        if language and hasattr(self, "legend"):
            self.legend.setText(self._legend_text())
        if language and self.view is not None and self.isVisible():
            self.run_match()  # the reasons, worded by the core, in the new language
        elif language and hasattr(self, "weights_label") and self.weights_label.text():
            self.load_weights()

    def save_layout(self) -> None:
        self.ctx.settings.set_layout("matching_splitter", self.splitter.saveState())

    # --- matching --------------------------------------------------------------------
    def _preparing(self, done: int, total: int, _text: str = "") -> None:
        if total < PREPARING_FROM:
            return
        if done >= total:
            self._prepared()
            return
        locale = QLocale()
        self.preparing.setText(
            self.tr(
                "Preparing the matching data once, after new reference data: {done} of {total}…"
            ).format(done=locale.toString(done), total=locale.toString(total))
        )
        self.preparing.show()

    def run_match(self, after=None) -> None:
        record_id = self.picked_id()
        if record_id is None:
            return
        self._restoring = None  # a person's choice wins over the one remembered
        self.remember_subject(record_id)
        self._asked += 1
        asked = self._asked
        work, early = self._questions(record_id)
        self.summary.setText(self.tr("Matching…"))
        # The first match after the app starts reads every listing or volunteer: say so
        # when the answer takes longer than a moment, so nobody clicks again.
        QTimer.singleShot(SLOW_MS, self, lambda: self._still_matching(asked))

        def done(view) -> None:
            if not shiboken6.isValid(self.summary) or asked != self._asked:
                return  # the person has moved on to another subject or direction meanwhile
            self._answered = asked
            self.show_view(view)
            if after is not None:
                after()

        self.ctx.run_matching(self, work, done, early)

    def show_view(self, view) -> None:
        self.view = view
        self._early = self.ctx.backend is None
        self._show_weights(view.weights, view.weights_source)
        self.load_subject_placements()
        self.model.set_direction(self.for_volunteer.isChecked())
        self.model.unmet_names = {
            need: (
                self.tr("dates")
                if need == "dates"
                else self.tr("age")
                if need == "age"
                else language_name(need)
            )
            for row in view.rows
            for need in row.unmet
        }
        for check in self.relax_checks.values():
            check.setParent(None)
        self.relax_checks.clear()
        # The needs that would add the most matches (they come largest first); in a large
        # database a long tail of rare languages would squeeze the results to a few rows.
        for need, _count, text in view.relaxations[:MAX_RELAXATIONS]:
            check = QCheckBox(text)
            check.setObjectName(f"relax_{need}")
            check.toggled.connect(lambda _c: self._apply_relaxations())
            self.relax_layout.addWidget(check)
            self.relax_checks[need] = check
        self._apply_relaxations()
        self.shown.emit(len(view.rows))

    def _apply_relaxations(self) -> None:
        """Show the matches that meet every requirement, plus those missing only relaxed ones."""
        if self.view is None:
            return
        relaxed = {need for need, check in self.relax_checks.items() if check.isChecked()}
        rows = [
            r
            for r in self.view.rows
            if r.meets_requirements or r.pinned or (set(r.unmet) <= relaxed and relaxed)
        ]
        current = self.current_row()
        keep = current.other_id if current is not None else None
        self.model.set_rows(rows)
        self.summary.setText(self._summary_text(rows))
        if rows:
            ids = [r.other_id for r in rows]
            self.table.selectRow(ids.index(keep) if keep in ids else 0)
        self._show_reasons()

    def _summary_text(self, rows: list) -> str:
        """How many rows meet every requirement, how many more with relaxed ones, and what
        was left out (hidden pairs, full listings, consent)."""
        met = sum(1 for r in rows if r.meets_requirements)
        more = len(rows) - met
        # The same English for both directions; Czech names what is counted.
        if isinstance(self.view.subject, Volunteer):
            text = self.tr(
                "%n match(es) meet(s) every requirement (%1 considered).",
                "listings for a volunteer",
                met,
            )
            if more:
                text += " " + self.tr(
                    "%n more with relaxed requirements.",
                    "listings for a volunteer",
                    more,
                )
        else:
            text = self.tr(
                "%n match(es) meet(s) every requirement (%1 considered).",
                "volunteers for a listing",
                met,
            )
            if more:
                text += " " + self.tr(
                    "%n more with relaxed requirements.",
                    "volunteers for a listing",
                    more,
                )
        text = text.replace("%1", str(self.view.considered))
        return self._left_out_text(text)

    def _left_out_text(self, text: str) -> str:
        if self.view.notes:
            text += " " + " ".join(self.view.notes)
        if self.view.hidden and not self.show_hidden.isChecked():
            text += " " + self.tr("%n pair(s) hidden by a coordinator.", "", self.view.hidden)
        if self.view.hidden_full:
            text += " " + self.tr(
                "%n listing(s) with every place taken left out.",
                "",
                self.view.hidden_full,
            )
        consent = self.consent_text(self.view)
        if self.view.blocked:
            return consent
        return text + " " + consent if consent else text

    def consent_text(self, view) -> str:
        """Why the volunteer cannot be matched, or how many volunteers consent left out."""
        if view.blocked == "no_consent":
            return self.tr(
                "This volunteer has not consented to being matched — "
                "add the consent date in the profile.",
            )
        if view.blocked == "consent_scope":
            return self.tr(
                "This volunteer's consent does not cover matching — "
                "widen the consent scope in the profile.",
            )
        if view.excluded_no_consent:
            return self.tr(
                "%n volunteer(s) were left out because they have not consented to matching.",
                "",
                view.excluded_no_consent,
            )
        return ""
