"""The team lead's **Vooruitblik**: the next days against the roster, and staffing a month.

Left: per day and slot type the planned attempts, the booked callbacks and the roster's
capacity; a shortfall is red, with what it means (windows that will be missed, residents whose
plan will run past its days). Right: the roster as lines the team lead edits (a weekly pattern
with dated exceptions), and the agent-hours a month N new signals need beside the roster's.
Every number comes from app.services.forecast on the database worker; nothing here computes.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.clock import local
from app.scheduler.calendar import SLOTS
from app.services import forecast
from app.services.forecast import Forecast, ForecastRow, Staffing
from app.ui import labels
from app.ui.context import UiContext
from app.ui.tabs.row_models import BAD, BAD_BG, MUTED, Column, RowTableModel


class ForecastTab(QWidget):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.setObjectName("ForecastTab")
        self.result: Forecast | None = None
        self.staffing: Staffing | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Vanaf"), self))
        self.from_edit = QDateEdit(self)
        self.from_edit.setCalendarPopup(True)
        self.from_edit.setDisplayFormat("dd-MM-yyyy")
        today = local(ui.clock.now()).date()
        self.from_edit.setDate(QDate(today.year, today.month, today.day))
        bar.addWidget(self.from_edit)
        bar.addWidget(QLabel(self.tr("dagen"), self))
        self.days_spin = QSpinBox(self)
        self.days_spin.setRange(1, forecast.MAX_DAYS)
        self.days_spin.setValue(14)
        bar.addWidget(self.days_spin)
        self.refresh_button = QPushButton(self.tr("&Vernieuwen"), self)
        self.refresh_button.setProperty("accent", True)
        self.refresh_button.clicked.connect(self.load)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        outer.addLayout(bar)

        self.summary = QLabel(self)
        self.summary.setObjectName("Notice")
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)

        splitter = QSplitter(self)
        outer.addWidget(splitter, 1)

        def short(row: ForecastRow) -> str:
            if not row.late:
                return str(row.shortfall)
            return self.tr("{0} (±{1} te laat)").format(row.shortfall, row.late)

        def short_tip(row: ForecastRow) -> str | None:
            if not row.shortfall:
                return None
            return self.tr(
                "{0} belpogingen missen dit venster en schuiven door; bij ongeveer {1} "
                "bewoners loopt het belplan daardoor over de termijn heen."
            ).format(row.shortfall, row.late)

        self.model: RowTableModel[ForecastRow] = RowTableModel(
            [
                Column(
                    lambda: self.tr("Dag"),
                    lambda r: f"{labels.weekday_short(r.day.weekday())} {r.day:%d-%m-%Y}",
                ),
                Column(lambda: self.tr("Tijdvak"), lambda r: labels.slot_label(r.slot)),
                Column(lambda: self.tr("Gepland"), lambda r: str(r.planned), align_right=True),
                Column(
                    lambda: self.tr("Terugbellen"), lambda r: str(r.callbacks), align_right=True
                ),
                Column(
                    lambda: self.tr("Beluren"),
                    lambda r: f"{r.agent_hours:.1f}",
                    align_right=True,
                    foreground=lambda r: MUTED if not r.agent_hours else None,
                ),
                Column(lambda: self.tr("Capaciteit"), lambda r: str(r.capacity), align_right=True),
                Column(
                    lambda: self.tr("Tekort"),
                    short,
                    tooltip=short_tip,
                    foreground=lambda r: BAD if r.shortfall else MUTED,
                    background=lambda r: BAD_BG if r.shortfall else None,
                    align_right=True,
                ),
            ],
            key=lambda r: (r.day, r.slot),
            parent=self,
        )
        self.view = QTableView(splitter)
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        side = QFrame(splitter)
        side_layout = QVBoxLayout(side)
        title = QLabel(self.tr("ROOSTER"), side)
        title.setObjectName("SectionTitle")
        side_layout.addWidget(title)
        hint = QLabel(
            self.tr(
                "Eén dienst per regel: naam;dag;begin;eind. Dag is ma t/m za (elke week) of "
                "een datum (JJJJ-MM-DD, een uitzondering voor die dag); 'naam;datum;vrij' "
                "betekent vrij op die datum."
            ),
            side,
        )
        hint.setObjectName("Muted")
        hint.setWordWrap(True)
        side_layout.addWidget(hint)
        self.roster_edit = QPlainTextEdit(side)
        self.roster_edit.setPlaceholderText("Anna;di;17:00;21:00\nAnna;2026-12-24;vrij")
        side_layout.addWidget(self.roster_edit, 1)
        self.roster_message = QLabel(side)
        self.roster_message.setWordWrap(True)
        side_layout.addWidget(self.roster_message)
        self.save_roster_button = QPushButton(self.tr("Rooster &opslaan"), side)
        self.save_roster_button.clicked.connect(self.save_roster)
        side_layout.addWidget(self.save_roster_button)

        title = QLabel(self.tr("BEZETTING VOOR EEN MAAND SIGNALEN"), side)
        title.setObjectName("SectionTitle")
        side_layout.addWidget(title)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Nieuwe signalen per maand"), side))
        self.signals_spin = QSpinBox(side)
        self.signals_spin.setRange(0, 1_000_000)
        self.signals_spin.setValue(500)
        row.addWidget(self.signals_spin)
        self.staffing_button = QPushButton(self.tr("&Bereken"), side)
        self.staffing_button.clicked.connect(self.compute_staffing)
        row.addWidget(self.staffing_button)
        side_layout.addLayout(row)
        self.staffing_label = QLabel(side)
        self.staffing_label.setWordWrap(True)
        side_layout.addWidget(self.staffing_label)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([720, 480])

    # --- loading ----------------------------------------------------------------------------

    def tab_shown(self) -> None:
        self.load()

    def _start(self) -> date:
        qdate = self.from_edit.date()
        return date(qdate.year(), qdate.month(), qdate.day())

    def load(self) -> None:
        self.summary.setText(self.tr("Bezig met berekenen…"))
        self.ui.worker.run(
            forecast.forecast,
            self.ui.app,
            self._start(),
            self.days_spin.value(),
            on_done=self._shown,
            on_error=self._failed,
            owner=self,
        )
        self.ui.worker.run(
            forecast.roster_text,
            self.ui.app,
            on_done=self.roster_edit.setPlainText,
            on_error=self._failed,
            owner=self,
        )

    def _failed(self, sentence: str, _exc: BaseException) -> None:
        self.summary.setText(sentence)
        self.summary.setProperty("kind", "error")
        self._repolish(self.summary)

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def _shown(self, result: Forecast) -> None:
        self.result = result
        self.model.set_rows(result.rows)
        if result.nothing_planned:
            text, kind = self.tr("Er is niets gepland in deze periode."), "info"
        elif result.shortfall and result.late:
            text = self.tr(
                "Tekort: {0} belpogingen zullen hun venster missen en doorschuiven; bij "
                "ongeveer {1} bewoners loopt het belplan daardoor over de termijn heen. Zet "
                "meer bellers in op de rode tijdvakken."
            ).format(result.shortfall, result.late)
            kind = "error"
        elif result.shortfall:
            text = self.tr(
                "Tekort: {0} belpogingen zullen hun venster missen en doorschuiven; de "
                "belplannen blijven nog binnen de termijn. Zet meer bellers in op de rode "
                "tijdvakken."
            ).format(result.shortfall)
            kind = "error"
        else:
            text, kind = (
                self.tr("Het rooster dekt alle geplande belpogingen en terugbelafspraken."),
                "ok",
            )
        self.summary.setText(text)
        self.summary.setProperty("kind", kind)
        self._repolish(self.summary)

    # --- roster and staffing ----------------------------------------------------------------

    def save_roster(self) -> None:
        self.ui.worker.run(
            forecast.set_roster,
            self.ui.app,
            self.roster_edit.toPlainText(),
            on_done=self._roster_saved,
            on_error=lambda sentence, _exc: self.roster_message.setText(sentence),
            owner=self,
        )

    def _roster_saved(self, count: int) -> None:
        self.roster_message.setText(self.tr("Rooster opgeslagen: {0} regels.").format(count))
        self.load()

    def compute_staffing(self) -> None:
        self.ui.worker.run(
            forecast.staffing,
            self.ui.app,
            self.signals_spin.value(),
            on_done=self._staffing_shown,
            on_error=lambda sentence, _exc: self.staffing_label.setText(sentence),
            owner=self,
        )

    def _staffing_shown(self, result: Staffing) -> None:
        self.staffing = result
        lines = [self.tr("Beluren per maand: nodig / volgens rooster")]
        for slot in SLOTS:
            lines.append(
                f"{labels.slot_label(slot)}: {result.hours_per_slot.get(slot, 0.0):.1f} / "
                f"{result.roster_hours_per_slot.get(slot, 0.0):.1f}"
            )
        if not result.measured:
            lines.append(self.tr("Nog geen metingen: elke zaak krijgt zijn hele belplan."))
        self.staffing_label.setText("\n".join(lines))
