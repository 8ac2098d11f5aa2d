"""The team lead's workplace: **Wachtrij** (the live queue) and **Cijfers** (a period's report).

Live: tiles with the queue's figures (due now per slot type, callbacks, missed windows, leases,
cases without a phone number, handoffs past their deadlines), the cases held by agents with
release and reassign, each agent's work today, and a lazy table of all open cases.

It refreshes itself without freezing or flicker: every few seconds a QTimer asks the database
worker for `monitor.change_token` (a few index look-ups); only when the token moved are the
figures and the loaded range of the table re-read, and the table applies the differences row by
row (no model reset). A refresh never starts while the previous one is still running.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.clock import AMSTERDAM
from app.models.enums import Slot
from app.services import monitor, queue
from app.services.context import AppContext
from app.services.monitor import (
    AgentChoice,
    AgentDay,
    CaseFilter,
    LeaseRow,
    LiveFigures,
    OverdueHandoff,
)
from app.ui import labels
from app.ui.context import UiContext
from app.ui.tabs.follow_up_panel import FollowUpPanel
from app.ui.tabs.planning_panel import PlanningPanel
from app.ui.tabs.queue_models import OpenCasesModel
from app.ui.tabs.report_panel import ReportPanel
from app.ui.tabs.row_models import BAD, BAD_BG, WARN, Column, RowTableModel

log = logging.getLogger("vroegbel.ui.queue_monitor")

POLL_MS = 3000


def _hhmm(value: Any) -> str:
    return value.astimezone(AMSTERDAM).strftime("%H:%M") if value is not None else ""


def read_live(ctx: AppContext) -> tuple[Any, LiveFigures]:
    """Token and figures in one worker call (the token first: it never runs ahead)."""
    token = monitor.change_token(ctx)
    return token, monitor.live_figures(ctx)


_VALUE_STYLE = "font-size: 20pt; font-weight: bold; color: {colour};"


class Tile(QFrame):
    """One figure with a caption and a detail line."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(110)
        self.caption = QLabel(caption.upper(), self)
        self.caption.setObjectName("SectionTitle")
        self.caption.setWordWrap(True)
        self.value = QLabel("–", self)
        self.value.setStyleSheet(_VALUE_STYLE.format(colour="#1d2b36"))
        self.detail = QLabel(self)
        self.detail.setObjectName("Muted")
        self.detail.setWordWrap(True)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self._state = ""

    def set(self, value: str, detail: str = "", state: str = "") -> None:
        # Only touch what changed: no repaint (and no flicker) when the figure stayed the same.
        if self.value.text() != value:
            self.value.setText(value)
        if self.detail.text() != detail:
            self.detail.setText(detail)
        if state != self._state:
            self._state = state
            colour = {"bad": BAD.name(), "warn": WARN.name()}.get(state, "#1d2b36")
            self.value.setStyleSheet(_VALUE_STYLE.format(colour=colour))


class QueueMonitorTab(QWidget):
    """The Wachtrij tab (team lead)."""

    #: the live figures were shown (LiveFigures)
    live_shown = Signal(object)
    #: a release or reassign finished ("release" / "reassign")
    action_done = Signal(str)

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.setObjectName("QueueMonitorTab")
        self._token: Any = None
        self._closed = False
        self._refreshing = False
        self._polling = False
        self.figures: LiveFigures | None = None
        self._planning_loaded = False
        self.last_refresh_s = 0.0
        self._build()
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        self.cases.set_filter(CaseFilter.OPEN)
        self.refresh()
        self.ui.worker.run(
            monitor.list_agents, self.ui.app, on_done=self._agents_loaded, on_error=self._error
        )
        self.ui.worker.run(monitor.wijken, self.ui.app, on_done=self._wijken_loaded)

    def _page_changed(self, index: int) -> None:
        # The contact rates are an aggregate over weeks of attempts: read them when the team
        # lead first looks, not with every start of the tab.
        if self.pages.widget(index) is self.planning and not self._planning_loaded:
            self._planning_loaded = True
            self.planning.load()

    # --- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 12)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("QueuePages")
        outer.addWidget(self.pages)

        live = QWidget(self.pages)
        self.pages.addTab(live, self.tr("Live wachtrij"))
        self.report = ReportPanel(self.ui, self.pages)
        self.pages.addTab(self.report, self.tr("Cijfers per periode"))
        self.planning = PlanningPanel(self.ui, self.pages)
        self.pages.addTab(self.planning, self.tr("Planning en contactkansen"))
        self.pages.currentChanged.connect(self._page_changed)
        self.follow_up = FollowUpPanel(self.ui, self.pages)
        self.pages.addTab(self.follow_up, self.tr("Vervolg: brief, kaartje, huisbezoek"))
        self.pages.currentChanged.connect(
            lambda index: (
                self.follow_up.load() if self.pages.widget(index) is self.follow_up else None
            )
        )

        layout = QVBoxLayout(live)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        self.notice = QLabel(live)
        self.notice.setObjectName("Notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)

        tiles = QGridLayout()
        tiles.setSpacing(8)
        self.tile_due = Tile(self.tr("Nu te bellen"), live)
        self.tile_today = Tile(self.tr("Vandaag gepland"), live)
        self.tile_callbacks = Tile(self.tr("Terugbellen vandaag"), live)
        self.tile_missed = Tile(self.tr("Venster gemist"), live)
        self.tile_leased = Tile(self.tr("Bij een beller"), live)
        self.tile_phone = Tile(self.tr("Zonder nummer"), live)
        self.tile_handoffs = Tile(self.tr("Coach te laat"), live)
        for i, tile in enumerate(
            (
                self.tile_due,
                self.tile_today,
                self.tile_callbacks,
                self.tile_missed,
                self.tile_leased,
                self.tile_phone,
                self.tile_handoffs,
            )
        ):
            tiles.addWidget(tile, 0, i)
            tiles.setColumnStretch(i, 1)
        layout.addLayout(tiles)

        splitter = QSplitter(Qt.Orientation.Horizontal, live)
        layout.addWidget(splitter, 1)

        # Left: all open cases, lazily.
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        title = QLabel(self.tr("Open zaken").upper(), left)
        title.setObjectName("SectionTitle")
        filters.addWidget(title)
        filters.addStretch(1)
        self.filter_combo = QComboBox(left)
        for kind, text in (
            (CaseFilter.OPEN, self.tr("Alle open zaken")),
            (CaseFilter.DUE_NOW, self.tr("Nu te bellen")),
            (CaseFilter.LEASED, self.tr("Bij een beller")),
            (CaseFilter.WINDOW_PASSED, self.tr("Belvenster verstreken")),
            (CaseFilter.NEEDS_PHONE, self.tr("Zonder telefoonnummer")),
        ):
            self.filter_combo.addItem(text, kind.value)
        self.wijk_combo = QComboBox(left)
        self.wijk_combo.addItem(self.tr("Alle wijken"), "")
        self.wijk_combo.setMinimumContentsLength(14)
        self.filter_combo.currentIndexChanged.connect(self._filter_changed)
        self.wijk_combo.currentIndexChanged.connect(self._filter_changed)
        filters.addWidget(self.filter_combo)
        filters.addWidget(self.wijk_combo)
        left_layout.addLayout(filters)
        self.cases = OpenCasesModel(self.ui, self)
        self.cases_view = QTableView(left)
        self.cases_view.setObjectName("OpenCasesTable")
        self.cases_view.setModel(self.cases)
        self.cases_view.verticalHeader().hide()
        self.cases_view.verticalHeader().setDefaultSectionSize(24)
        self.cases_view.setAlternatingRowColors(True)
        self.cases_view.setWordWrap(False)
        self.cases_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cases_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.cases_view.horizontalHeader()
        # Fixed widths: ResizeToContents would measure every loaded row on each change.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((60, 124, 88, 102, 84, 160, 100, 110)):
            header.resizeSection(col, width)
        header.setStretchLastSection(True)
        self.cases_view.selectionModel().selectionChanged.connect(self._case_selected)
        left_layout.addWidget(self.cases_view, 1)
        self.count_label = QLabel(left)
        self.count_label.setObjectName("Muted")
        left_layout.addWidget(self.count_label)
        self.cases.total_changed.connect(self._show_count)
        self.cases.loaded.connect(lambda: self._show_count(self.cases.total))
        splitter.addWidget(left)

        # Right: leases with actions, agents today, handoffs past their deadline.
        right = QWidget(splitter)
        right.setMaximumWidth(420)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.leases: RowTableModel[LeaseRow] = RowTableModel(
            [
                Column(lambda: self.tr("Zaak"), lambda r: str(r.case_id), align_right=True),
                Column(lambda: self.tr("Wijk"), lambda r: r.wijk),
                Column(lambda: self.tr("Beller"), lambda r: r.agent_name),
                Column(lambda: self.tr("Sinds"), lambda r: _hhmm(r.claimed_at)),
                Column(lambda: self.tr("Tot"), lambda r: _hhmm(r.expires_at)),
            ],
            key=lambda r: r.case_id,
            parent=self,
        )
        self.leases_view = self._small_table(
            right_layout, self.tr("Zaken bij een beller"), self.leases, 2
        )
        self.leases_view.selectionModel().selectionChanged.connect(self._lease_selected)
        actions = QHBoxLayout()
        self.selected_label = QLabel(self.tr("Kies een zaak."), right)
        self.selected_label.setObjectName("Muted")
        self.release_button = QPushButton(self.tr("&Vrijgeven"), right)
        self.release_button.setToolTip(
            self.tr("Zaak terug in de wachtrij zetten (de beller kan er niet meer op opslaan)")
        )
        self.agent_combo = QComboBox(right)
        self.agent_combo.setMinimumContentsLength(12)
        self.reassign_button = QPushButton(self.tr("&Toewijzen"), right)
        self.reassign_button.setToolTip(self.tr("Zaak aan de gekozen beller geven"))
        self.release_button.clicked.connect(self.release_selected)
        self.reassign_button.clicked.connect(self.reassign_selected)
        right_layout.addWidget(self.selected_label)
        actions.addWidget(self.release_button)
        actions.addStretch(1)
        actions.addWidget(QLabel(self.tr("Toewijzen aan"), right))
        actions.addWidget(self.agent_combo)
        actions.addWidget(self.reassign_button)
        right_layout.addLayout(actions)
        self._selected_case: int | None = None
        self._update_buttons()

        self.agents: RowTableModel[AgentDay] = RowTableModel(
            [
                Column(lambda: self.tr("Beller"), lambda a: a.agent_name),
                Column(lambda: self.tr("Pogingen"), lambda a: str(a.calls), align_right=True),
                Column(lambda: self.tr("Gesprekken"), lambda a: str(a.contacts), align_right=True),
                Column(
                    lambda: self.tr("Hulpvragen"), lambda a: str(a.help_requests), align_right=True
                ),
                Column(lambda: self.tr("Laatste"), lambda a: _hhmm(a.last_call_at)),
            ],
            key=lambda a: (a.agent_id, a.agent_name),
            parent=self,
        )
        self._small_table(right_layout, self.tr("Bellers vandaag"), self.agents, 2, stretch_col=0)
        self.overdue: RowTableModel[OverdueHandoff] = RowTableModel(
            [
                Column(lambda: self.tr("Zaak"), lambda h: str(h.case_id), align_right=True),
                Column(lambda: self.tr("Wijk"), lambda h: h.wijk),
                Column(
                    lambda: self.tr("Termijn"),
                    lambda h: (
                        self.tr("wettelijk {0}").format(h.legal_due_on.strftime("%d-%m"))
                        if h.past_legal
                        else self.tr("lokaal {0}").format(h.target_due_on.strftime("%d-%m"))
                    ),
                    foreground=lambda h: BAD if h.past_legal else WARN,
                    background=lambda h: BAD_BG if h.past_legal else None,
                ),
                Column(lambda: self.tr("Coach"), lambda h: h.coach_name or self.tr("nog niemand")),
                Column(lambda: self.tr("Spoed"), lambda h: self.tr("ja") if h.urgent else ""),
            ],
            key=lambda h: h.handoff_id,
            parent=self,
        )
        self._small_table(
            right_layout, self.tr("Overdrachten zonder gesprek na de termijn"), self.overdue, 1
        )
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.updated_label = QLabel(live)
        self.updated_label.setObjectName("Muted")
        layout.addWidget(self.updated_label)
        refresh = QShortcut(QKeySequence("F5"), self)
        refresh.activated.connect(self.refresh)

    def _small_table(
        self,
        layout: QVBoxLayout,
        title: str,
        model: RowTableModel[Any],
        stretch: int,
        stretch_col: int = 1,
    ) -> QTableView:
        label = QLabel(title.upper(), self)
        label.setObjectName("SectionTitle")
        layout.addWidget(label)
        view = QTableView(self)
        view.setModel(model)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(24)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setSectionResizeMode(stretch_col, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(view, stretch)
        return view

    # --- refreshing -------------------------------------------------------------------

    def poll(self) -> None:
        """Ask for the change token; re-read only when it moved (cheap every few seconds)."""
        if self._polling or self._refreshing or self._closed or not self.isVisible():
            return
        self._polling = True
        self.ui.worker.run(
            monitor.change_token, self.ui.app, on_done=self._token_read, on_error=self._poll_failed
        )

    def _poll_failed(self, sentence: str, _exc: BaseException) -> None:
        self._polling = False
        self._error(sentence, _exc)

    def _token_read(self, token: Any) -> None:
        self._polling = False
        if token != self._token:
            self.refresh()

    def refresh(self) -> None:
        if self._refreshing or self._closed:
            return
        self._refreshing = True
        self._started = time.perf_counter()
        self.ui.worker.run(read_live, self.ui.app, on_done=self._live_read, on_error=self._failed)
        self.cases.refresh()

    def _failed(self, sentence: str, exc: BaseException) -> None:
        self._refreshing = False
        self._error(sentence, exc)

    def _live_read(self, result: tuple[Any, LiveFigures]) -> None:
        token, fig = result
        self._refreshing = False
        self._token = token
        self.figures = fig
        if self.notice.property("kind") == "error":
            self.notice.hide()  # the database answers again
        slots = [Slot.MORNING, Slot.AFTERNOON, Slot.EVENING, Slot.SATURDAY]

        def per_slot(counts: dict[Slot, int]) -> str:
            parts = [f"{labels.slot_label(s)} {counts[s]}" for s in slots if counts.get(s)]
            return " · ".join(parts) or self.tr("geen")

        self.tile_due.set(str(fig.due_now), per_slot(fig.due_now_by_slot))
        self.tile_today.set(
            str(sum(fig.due_today_by_slot.values())), per_slot(fig.due_today_by_slot)
        )
        self.tile_callbacks.set(
            str(fig.callbacks_due_today),
            self.tr("{0} nu aan de beurt").format(fig.callbacks_due_now),
            "warn" if fig.callbacks_due_now else "",
        )
        self.tile_missed.set(
            str(fig.windows_passed),
            self.tr("verstreken zonder poging; {0} eerder gemist").format(fig.missed_windows_total),
            "warn" if fig.windows_passed else "",
        )
        self.tile_leased.set(
            str(fig.leased_now), self.tr("{0} open zaken in totaal").format(fig.open_cases)
        )
        self.tile_phone.set(str(fig.needs_phone), self.tr("zonder geldig nummer"))
        self.tile_handoffs.set(
            str(fig.handoffs_past_target),
            self.tr("{0} over de wettelijke termijn; {1} open").format(
                fig.handoffs_past_legal, fig.handoffs_open
            ),
            "bad" if fig.handoffs_past_legal else ("warn" if fig.handoffs_past_target else ""),
        )
        self.leases.set_rows(list(fig.leases))
        self.agents.set_rows(list(fig.agents_today))
        self.overdue.set_rows(list(fig.overdue_handoffs))
        self.updated_label.setText(
            self.tr("Bijgewerkt om {0}; vernieuwt zichzelf zodra er iets verandert.").format(
                fig.at.astimezone(AMSTERDAM).strftime("%H:%M:%S")
            )
        )
        self.last_refresh_s = time.perf_counter() - self._started
        self._update_buttons()
        self.live_shown.emit(fig)

    def _show_count(self, total: int) -> None:
        self.count_label.setText(
            self.tr("{0} van {1} zaken geladen (meer bij verder scrollen)").format(
                self.cases.rowCount(), total
            )
            if self.cases.rowCount() < total
            else self.tr("{0} zaken").format(total)
        )

    def _filter_changed(self) -> None:
        kind = CaseFilter(self.filter_combo.currentData())
        self.cases.set_filter(kind, self.wijk_combo.currentData() or None)

    def _agents_loaded(self, agents: list[AgentChoice]) -> None:
        self.agent_combo.clear()
        for a in agents:
            self.agent_combo.addItem(a.display_name, a.user_id)
        self._update_buttons()

    def _wijken_loaded(self, wijken: list[str]) -> None:
        for w in wijken:
            self.wijk_combo.addItem(w, w)

    # --- selection and actions --------------------------------------------------------

    def _lease_selected(self, _s: QItemSelection, _d: QItemSelection) -> None:
        rows = self.leases_view.selectionModel().selectedRows()
        lease = self.leases.row_at(rows[0].row()) if rows else None
        if lease is not None:
            self._select(lease.case_id, lease.agent_name)

    def _case_selected(self, _s: QItemSelection, _d: QItemSelection) -> None:
        rows = self.cases_view.selectionModel().selectedRows()
        row = self.cases.row_at(rows[0].row()) if rows else None
        if row is not None:
            self._select(row.case_id, row.lease_agent_name)

    def _select(self, case_id: int, holder: str | None) -> None:
        self._selected_case = case_id
        if holder:
            self.selected_label.setText(self.tr("Zaak {0} (bij {1})").format(case_id, holder))
        else:
            self.selected_label.setText(self.tr("Zaak {0}").format(case_id))
        self._update_buttons()

    def select_case(self, case_id: int) -> None:
        """Select a case in the leases table (tests and keyboard users)."""
        row = self.leases.row_of_key(case_id)
        if row >= 0:
            self.leases_view.selectRow(row)
        else:
            self._select(case_id, None)

    def _update_buttons(self) -> None:
        has = self._selected_case is not None
        self.release_button.setEnabled(has)
        self.reassign_button.setEnabled(has and self.agent_combo.count() > 0)

    def release_selected(self) -> None:
        if self._selected_case is None:
            return
        case_id = self._selected_case
        self.ui.worker.run(
            queue.release_lease,
            self.ui.app,
            case_id,
            on_done=lambda released: self._acted("release", case_id, released),
            on_error=self._error,
        )

    def reassign_selected(self) -> None:
        if self._selected_case is None or self.agent_combo.currentData() is None:
            return
        case_id = self._selected_case
        agent_id = int(self.agent_combo.currentData())
        name = self.agent_combo.currentText()
        self.ui.worker.run(
            queue.reassign,
            self.ui.app,
            case_id,
            agent_id,
            on_done=lambda _r: self._acted("reassign", case_id, name),
            on_error=self._error,
        )

    def _acted(self, action: str, case_id: int, info: Any) -> None:
        if action == "release":
            text = (
                self.tr("Zaak {0} is vrijgegeven en staat weer in de wachtrij.").format(case_id)
                if info
                else self.tr("Zaak {0} was al bij niemand in behandeling.").format(case_id)
            )
        else:
            text = self.tr("Zaak {0} is toegewezen aan {1}.").format(case_id, info)
        self._notice(text, "ok")
        self.refresh()
        self.action_done.emit(action)

    def _notice(self, text: str, kind: str) -> None:
        self.notice.setText(text)
        self.notice.setProperty("kind", kind)
        self.notice.style().unpolish(self.notice)
        self.notice.style().polish(self.notice)
        self.notice.show()

    def _error(self, sentence: str, _exc: BaseException) -> None:
        self._notice(sentence, "error")

    # --- tab protocol -----------------------------------------------------------------

    def tab_shown(self) -> None:
        self.poll()

    def shutdown(self) -> None:
        self._closed = True
        self.timer.stop()
        self.cases.shutdown()
