"""The team lead's view of what the planner goes by, and the what-if of other plan rules.

Top: the contact rate per wijk and slot type that the planner uses (shrunk toward the
municipality's rate, DOMAIN.md 4.5) as a heat map, with the measured rate and the attempts
behind each cell, and the same as a plain table. Bottom: `simulation.simulate_period` for a
period and proposed rules (the same as `vroegbel simulate`), side by side with today's rules.
Everything is counted on the database worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.clock import AMSTERDAM
from app.models.enums import Slot
from app.scheduler.calendar import SLOTS
from app.scheduler.simulate import SimResult, pct, ratio
from app.services import simulation
from app.services.planning import RateCell
from app.services.simulation import PlanningEvidence, RuleChanges, Simulation
from app.ui import labels
from app.ui.context import UiContext
from app.ui.tabs.row_models import Column, RowTableModel

#: The heat map runs from white (no contact) to the report's reach colour (the best cell).
HEAT_HIGH = QColor("#1f5f8b")


def heat(rate: float, top: float) -> QColor:
    """A cell's colour: the share of the best rate in the table, blended from white."""
    share = 0.0 if top <= 0 else max(0.0, min(1.0, rate / top))
    return QColor(
        round(255 + (HEAT_HIGH.red() - 255) * share * 0.85),
        round(255 + (HEAT_HIGH.green() - 255) * share * 0.85),
        round(255 + (HEAT_HIGH.blue() - 255) * share * 0.85),
    )


def rate_text(rate: float | None) -> str:
    if rate is None:
        return "–"
    return QLocale().toString(rate * 100, "f", 0) + " %"


@dataclass(frozen=True)
class WijkRow:
    """One line of the heat map: a wijk (or the whole municipality) and its four cells."""

    wijk: str
    cells: tuple[RateCell | None, ...]  # in SLOTS order
    city: bool = False


@dataclass(frozen=True)
class CellRow:
    """One line of the plain table: a wijk and slot type."""

    wijk: str
    slot: Slot
    cell: RateCell


@dataclass(frozen=True)
class SimRow:
    title: str
    result: SimResult


def heat_rows(evidence: PlanningEvidence) -> list[WijkRow]:
    table = evidence.table
    rows = [
        WijkRow(wijk=wijk, cells=tuple(cells.get(slot) for slot in SLOTS))
        for wijk, cells in sorted(table.by_wijk.items(), key=lambda item: item[0].casefold())
    ]
    city = tuple(table.city.get(slot) for slot in SLOTS)
    return [*rows, WijkRow(wijk="", cells=city, city=True)]


class PlanningPanel(QWidget):
    """Contact rates per wijk and slot type, and the what-if of plan rules."""

    evidence_shown = Signal(object)
    simulation_shown = Signal(object)

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.setObjectName("PlanningPanel")
        self.evidence: PlanningEvidence | None = None
        self.simulation: Simulation | None = None
        self._top = 0.0
        self._build()

    # --- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        outer.setSpacing(8)
        head = QHBoxLayout()
        self.evidence_label = QLabel("", self)
        self.evidence_label.setObjectName("Muted")
        self.evidence_label.setWordWrap(True)
        head.addWidget(self.evidence_label, 1)
        self.refresh_button = QPushButton(self.tr("Contactkansen &verversen"), self)
        self.refresh_button.clicked.connect(self.load)
        head.addWidget(self.refresh_button)
        outer.addLayout(head)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        outer.addWidget(splitter, 1)
        rates = QSplitter(Qt.Orientation.Horizontal, splitter)

        slot_columns = [self._heat_column(i, slot) for i, slot in enumerate(SLOTS)]
        self.heat_model: RowTableModel[WijkRow] = RowTableModel(
            [
                Column(
                    lambda: self.tr("Wijk"),
                    lambda r: self.tr("Hele gemeente") if r.city else r.wijk,
                ),
                *slot_columns,
            ],
            key=lambda r: (r.city, r.wijk),
            parent=self,
        )
        self.heat_view = self._view(self.heat_model, rates, "RateHeatMap")
        self.cells_model: RowTableModel[CellRow] = RowTableModel(
            [
                Column(lambda: self.tr("Wijk"), lambda r: r.wijk),
                Column(lambda: self.tr("Tijdvak"), lambda r: labels.slot_label(r.slot.value)),
                Column(
                    lambda: self.tr("Pogingen"),
                    lambda r: str(r.cell.attempts),
                    sort=lambda r: r.cell.attempts,
                    align_right=True,
                ),
                Column(
                    lambda: self.tr("Contact"),
                    lambda r: str(r.cell.contacts),
                    sort=lambda r: r.cell.contacts,
                    align_right=True,
                ),
                Column(
                    lambda: self.tr("Gemeten"),
                    lambda r: rate_text(r.cell.measured),
                    sort=lambda r: r.cell.measured or 0.0,
                    align_right=True,
                ),
                Column(
                    lambda: self.tr("Planner rekent met"),
                    lambda r: rate_text(r.cell.rate),
                    sort=lambda r: r.cell.rate,
                    align_right=True,
                ),
            ],
            key=lambda r: (r.wijk, r.slot.value),
            parent=self,
        )
        self.cells_view = self._view(self.cells_model, rates, "RateTable")

        what_if = QWidget(splitter)
        box = QVBoxLayout(what_if)
        box.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Wat als: andere belregels op eigen cijfers").upper(), what_if)
        title.setObjectName("SectionTitle")
        box.addWidget(title)
        grid = QGridLayout()
        today = self.ui.clock.now().astimezone(AMSTERDAM).date()
        start = today - timedelta(weeks=8)
        self.from_edit = QDateEdit(QDate(start.year, start.month, start.day), what_if)
        self.to_edit = QDateEdit(QDate(today.year, today.month, today.day), what_if)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
        self.max_spin = self._spin(what_if, 1, 20, 7)
        self.evening_spin = self._spin(what_if, 0, 10, 2)
        self.saturday_spin = self._spin(what_if, 0, 10, 1)
        self.days_spin = self._spin(what_if, 1, 90, 21)
        fields: list[tuple[str, QWidget]] = [
            (self.tr("Meldingen &van"), self.from_edit),
            (self.tr("&tot en met"), self.to_edit),
            (self.tr("&Maximaal pogingen"), self.max_spin),
            (self.tr("Minimaal &avond"), self.evening_spin),
            (self.tr("Minimaal &zaterdag"), self.saturday_spin),
            (self.tr("Binnen &dagen"), self.days_spin),
        ]
        for i, (text, widget) in enumerate(fields):
            label = QLabel(text, what_if)
            label.setBuddy(widget)
            grid.addWidget(label, 0, 2 * i)
            grid.addWidget(widget, 0, 2 * i + 1)
        self.simulate_button = QPushButton(self.tr("&Doorrekenen"), what_if)
        self.simulate_button.setProperty("accent", True)
        self.simulate_button.clicked.connect(self.simulate)
        grid.addWidget(self.simulate_button, 0, 2 * len(fields))
        box.addLayout(grid)
        self.sim_label = QLabel(
            self.tr(
                "Speelt de zaken van de periode na met de contactkansen van hun eigen pogingen "
                "per wijk en tijdvak; beide regelsets krijgen dezelfde toevalsgetallen."
            ),
            what_if,
        )
        self.sim_label.setObjectName("Muted")
        self.sim_label.setWordWrap(True)
        box.addWidget(self.sim_label)
        self.sim_model: RowTableModel[SimRow] = RowTableModel(
            [
                Column(lambda: self.tr("Regels"), lambda r: r.title),
                Column(lambda: self.tr("Instelling"), self._rules_text),
                Column(
                    lambda: self.tr("Bereik"),
                    lambda r: self._pct(pct(r.result.reached, r.result.cases)),
                    align_right=True,
                ),
                Column(
                    lambda: self.tr("Verwacht bereik"),
                    lambda r: self._pct(pct(r.result.expected_reached, r.result.cases)),
                    align_right=True,
                ),
                Column(
                    lambda: self.tr("Gesprekken per zaak"),
                    lambda r: self._num(ratio(r.result.calls, r.result.cases)),
                    align_right=True,
                ),
                *[self._calls_column(slot) for slot in SLOTS],
            ],
            key=lambda r: r.title,
            parent=self,
        )
        self.sim_view = self._view(self.sim_model, what_if, "SimulationTable")
        box.addWidget(self.sim_view, 1)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

    @staticmethod
    def _calls_column(slot: Slot) -> Column[SimRow]:
        return Column(
            lambda: labels.slot_label(slot.value),
            lambda r: str(r.result.calls_by_slot[slot]),
            align_right=True,
        )

    def _heat_column(self, index: int, slot: Slot) -> Column[WijkRow]:
        def text(row: WijkRow) -> str:
            cell = row.cells[index]
            if cell is None:
                return "–"
            return self.tr("{0} · {1} pog.").format(rate_text(cell.rate), cell.attempts)

        def tooltip(row: WijkRow) -> str | None:
            cell = row.cells[index]
            if cell is None:
                return self.tr("Nog geen pogingen in dit tijdvak.")
            return self.tr(
                "{0} pogingen, {1} met contact (gemeten {2}); de planner rekent met {3}."
            ).format(cell.attempts, cell.contacts, rate_text(cell.measured), rate_text(cell.rate))

        def background(row: WijkRow) -> QColor | None:
            cell = row.cells[index]
            return None if cell is None else heat(cell.rate, self._top)

        def foreground(row: WijkRow) -> QColor | None:
            cell = row.cells[index]
            dark = cell is not None and self._top > 0 and cell.rate / self._top > 0.6
            return QColor("#ffffff") if dark else None

        return Column(
            lambda: labels.slot_label(slot.value),
            text,
            sort=lambda r: self._cell_rate(r, index),
            tooltip=tooltip,
            background=background,
            foreground=foreground,
            align_right=True,
        )

    @staticmethod
    def _cell_rate(row: WijkRow, index: int) -> float:
        cell = row.cells[index]
        return -1.0 if cell is None else cell.rate

    @staticmethod
    def _spin(parent: QWidget, low: int, high: int, value: int) -> QSpinBox:
        spin = QSpinBox(parent)
        spin.setRange(low, high)
        spin.setValue(value)
        return spin

    def _view(self, model: RowTableModel, parent: QWidget, name: str) -> QTableView:  # type: ignore[type-arg]
        view = QTableView(parent)
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    def _rules_text(self, row: SimRow) -> str:
        rules = row.result.rules
        return self.tr("{0} pogingen, {1} avond, {2} zaterdag, {3} dagen").format(
            rules.max_attempts, rules.min_evening, rules.min_saturday, rules.plan_days
        )

    @staticmethod
    def _pct(value: float | None) -> str:
        return "–" if value is None else QLocale().toString(value, "f", 1) + " %"

    @staticmethod
    def _num(value: float | None) -> str:
        return "–" if value is None else QLocale().toString(value, "f", 2)

    # --- work ---------------------------------------------------------------------------

    def load(self) -> None:
        self.refresh_button.setEnabled(False)
        self.ui.worker.run(
            simulation.planning_evidence,
            self.ui.app,
            on_done=self._evidence,
            on_error=self._evidence_failed,
        )

    def _evidence_failed(self, sentence: str, _exc: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.evidence_label.setText(sentence)

    def _evidence(self, evidence: PlanningEvidence) -> None:
        self.refresh_button.setEnabled(True)
        self.evidence = evidence
        rows = heat_rows(evidence)
        self._top = max(
            (cell.rate for row in rows for cell in row.cells if cell is not None), default=0.0
        )
        self.heat_model.set_rows(rows)
        self.cells_model.set_rows(
            [
                CellRow(wijk=row.wijk, slot=slot, cell=cell)
                for row in rows
                if not row.city
                for slot, cell in zip(SLOTS, row.cells, strict=True)
                if cell is not None
            ]
        )
        table = evidence.table
        self.evidence_label.setText(
            self.tr(
                "Contact per wijk en tijdvak van {0} tot en met {1} ({2} weken), zoals de planner "
                "ermee rekent: een wijk met weinig pogingen weegt mee met {3} pogingen van de "
                "hele gemeente."
            ).format(
                f"{table.since:%d-%m-%Y}",
                f"{table.until:%d-%m-%Y}",
                evidence.weeks,
                evidence.prior_attempts,
            )
        )
        rules = evidence.rules
        self.max_spin.setValue(rules.max_attempts)
        self.evening_spin.setValue(rules.min_evening)
        self.saturday_spin.setValue(rules.min_saturday)
        self.days_spin.setValue(rules.plan_days)
        self.evidence_shown.emit(evidence)

    def period(self) -> tuple[date, date]:
        f = self.from_edit.date()
        t = self.to_edit.date()
        return date(f.year(), f.month(), f.day()), date(t.year(), t.month(), t.day())

    def simulate(self) -> None:
        date_from, date_to = self.period()
        changes = RuleChanges(
            max_attempts=self.max_spin.value(),
            min_evening=self.evening_spin.value(),
            min_saturday=self.saturday_spin.value(),
            plan_days=self.days_spin.value(),
        )
        self.simulate_button.setEnabled(False)
        self.sim_label.setProperty("kind", "")
        self.sim_label.setText(self.tr("Bezig met doorrekenen…"))
        self.ui.worker.run(
            simulation.simulate_period,
            self.ui.app,
            date_from,
            date_to,
            changes,
            on_done=self._simulated,
            on_error=self._simulate_failed,
        )

    def _simulate_failed(self, sentence: str, _exc: BaseException) -> None:
        self.simulate_button.setEnabled(True)
        self.sim_label.setProperty("kind", "error")
        self.sim_label.setText(sentence)

    def _simulated(self, result: Simulation) -> None:
        self.simulate_button.setEnabled(True)
        self.simulation = result
        self.sim_model.set_rows(
            [
                SimRow(self.tr("Huidige regels"), result.current),
                SimRow(self.tr("Voorgesteld"), result.proposed),
            ]
        )
        observed = pct(result.observed_reached, result.cases)
        self.sim_label.setText(
            self.tr(
                "{0} zaken en {1} belpogingen nagespeeld (werkelijk bereik {2}); seed {3}."
            ).format(result.cases, result.attempts, self._pct(observed), result.seed)
        )
        self.simulation_shown.emit(result)
