"""The team lead's figures for a chosen period: reach and acceptance per wijk as a bar chart
(QtCharts, like the municipality's own report), the contact rate per slot type, the coaches'
time to first contact, and the export of the report as CSV, XLSX or PDF.

`reporting.compute_report` does the counting on the database worker; exporting is three worker
steps (compute, write the file, audit the export) behind a QProgressDialog that shows each
step, so the GUI thread never waits.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QLocale, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.clock import AMSTERDAM
from app.services import monitor, report_export, reporting, safe_output
from app.services.context import AppContext
from app.services.reporting import (
    AgentFigures,
    ChannelFigures,
    Report,
    SlotFigures,
    WijkFigures,
)
from app.ui import labels
from app.ui.context import UiContext
from app.ui.tabs.row_models import Column, RowTableModel

log = logging.getLogger("vroegbel.ui.report")

REACH_COLOUR = QColor("#1f5f8b")
ACCEPT_COLOUR = QColor("#e07b24")


def pct_text(value: float | None) -> str:
    if value is None:
        return "–"
    return QLocale().toString(value, "f", 1) + " %"


def pp_text(value: float | None) -> str:
    """A difference in percentage points with its sign: '+24,2', '–' when undefined."""
    if value is None:
        return "–"
    sign = "+" if value > 0 else ""
    return sign + QLocale().toString(value, "f", 1)


def num_text(value: float | None) -> str:
    return "–" if value is None else QLocale().toString(value, "f", 1)


# --- work on the database thread --------------------------------------------------------


def write_report(report: Report, fmt: str, path: str) -> str:
    """Write the export beside the target and rename it when complete (a full disk leaves
    no partial file); CSV in the dialect of the language on screen."""
    target = Path(path)
    with safe_output.atomic_path(target) as temporary:
        if fmt == "csv":
            dialect = safe_output.CsvDialect.for_language(QLocale().name())
            temporary.write_text(
                report_export.to_csv_text(report, dialect), encoding="utf-8-sig", newline=""
            )
        elif fmt == "xlsx":
            report_export.write_xlsx(report, temporary)
        else:
            from app.ui.report_pdf import write_report_pdf

            write_report_pdf(report, temporary)
    return str(target)


def audit_export(ctx: AppContext, fmt: str, date_from: date | None, date_to: date | None) -> None:
    monitor.record_export(ctx, fmt, date_from, date_to)


# --- the panel --------------------------------------------------------------------------


class ReportPanel(QWidget):
    """Figures for a period, a chart per wijk and the export."""

    report_shown = Signal(object)
    export_finished = Signal(str)

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.setObjectName("ReportPanel")
        self.report: Report | None = None
        self._export_cancelled = False
        self.progress: QProgressDialog | None = None
        self._build()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        outer.setSpacing(8)

        bar = QHBoxLayout()
        today = self.ui.clock.now().astimezone(AMSTERDAM).date()
        first = today.replace(day=1) - timedelta(days=1)
        start = first.replace(day=1)
        start = date(start.year, start.month, 1)
        self.from_edit = QDateEdit(QDate(start.year, start.month, start.day), self)
        self.to_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
        from_label = QLabel(self.tr("Meldingen &van"), self)
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("&tot en met"), self)
        to_label.setBuddy(self.to_edit)
        self.show_button = QPushButton(self.tr("Cijfers &tonen"), self)
        self.show_button.setProperty("accent", True)
        self.show_button.clicked.connect(self.load)
        bar.addWidget(from_label)
        bar.addWidget(self.from_edit)
        bar.addWidget(to_label)
        bar.addWidget(self.to_edit)
        bar.addWidget(self.show_button)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Exporteren:"), self))
        self.export_buttons: dict[str, QPushButton] = {}
        for fmt, text in (("csv", "CSV"), ("xlsx", "Excel"), ("pdf", "PDF")):
            button = QPushButton(text, self)
            button.setToolTip(self.tr("Het rapport van deze periode opslaan als {0}").format(text))
            button.clicked.connect(lambda _=False, f=fmt: self.export(f))
            bar.addWidget(button)
            self.export_buttons[fmt] = button
        outer.addLayout(bar)

        # Issue 14: a second period beside the first ("reach went from 9% to 33%").
        base_bar = QHBoxLayout()
        self.baseline_box = QCheckBox(self.tr("&Vergelijken met meldingen van"), self)
        self.baseline_box.setObjectName("BaselineBox")
        year_ago = start.replace(year=start.year - 1)
        self.base_from_edit = QDateEdit(QDate(year_ago.year, year_ago.month, year_ago.day), self)
        end_ago = today.replace(year=today.year - 1, day=min(today.day, 28))
        self.base_to_edit = QDateEdit(QDate(end_ago.year, end_ago.month, end_ago.day), self)
        for edit in (self.base_from_edit, self.base_to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setEnabled(False)
        self.baseline_box.toggled.connect(self.base_from_edit.setEnabled)
        self.baseline_box.toggled.connect(self.base_to_edit.setEnabled)
        base_bar.addWidget(self.baseline_box)
        base_bar.addWidget(self.base_from_edit)
        base_bar.addWidget(QLabel(self.tr("tot en met"), self))
        base_bar.addWidget(self.base_to_edit)
        base_bar.addStretch(1)
        outer.addLayout(base_bar)

        self.total_label = QLabel(self)
        self.total_label.setObjectName("Notice")
        self.total_label.setProperty("kind", "info")
        self.total_label.setWordWrap(True)
        self.total_label.setText(self.tr("Kies een periode en druk op ‘Cijfers tonen’."))
        outer.addWidget(self.total_label)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        outer.addWidget(splitter, 1)

        chart_frame = QFrame(splitter)
        chart_frame.setObjectName("Card")
        chart_layout = QVBoxLayout(chart_frame)
        chart_layout.setContentsMargins(6, 6, 6, 6)
        self.chart = QChart()
        self.chart.setTitle(self.tr("Bereik en hulpacceptatie per wijk"))
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.setBackgroundRoundness(0)
        title_font = QFont(self.chart.titleFont())
        title_font.setBold(True)
        title_font.setPointSizeF(max(title_font.pointSizeF(), 10.5))
        self.chart.setTitleFont(title_font)
        self.chart.setLocalizeNumbers(True)  # '45,5 %' in Dutch
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumWidth(380)
        self.chart_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chart_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # 21 wijken with two bars each need more height than a screen: scroll, never squash.
        self.chart_scroll = QScrollArea(chart_frame)
        self.chart_scroll.setWidgetResizable(True)
        self.chart_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chart_scroll.setWidget(self.chart_view)
        chart_layout.addWidget(self.chart_scroll)
        splitter.addWidget(chart_frame)

        side = QWidget(splitter)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.wijk_model: RowTableModel[WijkFigures] = RowTableModel(
            [
                Column(lambda: self.tr("Wijk"), lambda w: w.wijk),
                Column(lambda: self.tr("Zaken"), lambda w: str(w.cases), align_right=True),
                Column(lambda: self.tr("Bereikt"), lambda w: str(w.reached), align_right=True),
                Column(
                    lambda: self.tr("Bereik"), lambda w: pct_text(w.reach_pct), align_right=True
                ),
                Column(lambda: self.tr("Hulp"), lambda w: str(w.accepted), align_right=True),
                Column(
                    lambda: self.tr("Acceptatie"),
                    lambda w: pct_text(w.acceptance_pct),
                    align_right=True,
                ),
            ],
            key=lambda w: w.wijk,
            parent=self,
        )
        self.slot_model: RowTableModel[SlotFigures] = RowTableModel(
            [
                Column(
                    lambda: self.tr("Tijdvak"), lambda s: labels.slot_label(s.slot).capitalize()
                ),
                Column(lambda: self.tr("Belpogingen"), lambda s: str(s.attempts), align_right=True),
                Column(lambda: self.tr("Gesprekken"), lambda s: str(s.contacts), align_right=True),
                Column(
                    lambda: self.tr("Contact per poging"),
                    lambda s: pct_text(s.contact_rate_pct),
                    align_right=True,
                ),
            ],
            key=lambda s: s.slot,
            parent=self,
        )
        self.channel_model: RowTableModel[tuple[ChannelFigures, int]] = RowTableModel(
            [
                Column(lambda: self.tr("Kanaal"), lambda c: labels.channel_label(c[0].channel)),
                Column(lambda: self.tr("Pogingen"), lambda c: str(c[0].attempts), align_right=True),
                Column(lambda: self.tr("Contact"), lambda c: str(c[0].contacts), align_right=True),
                Column(
                    lambda: self.tr("Hulpvragen"), lambda c: str(c[0].accepted), align_right=True
                ),
                Column(
                    lambda: self.tr("Daarna teruggebeld"), lambda c: str(c[1]), align_right=True
                ),
            ],
            key=lambda c: c[0].channel,
            parent=self,
        )
        self.agent_model: RowTableModel[AgentFigures] = RowTableModel(
            [
                Column(lambda: self.tr("Beller"), lambda a: a.agent),
                Column(lambda: self.tr("Pogingen"), lambda a: str(a.calls), align_right=True),
                Column(lambda: self.tr("Gesprekken"), lambda a: str(a.contacts), align_right=True),
                Column(lambda: self.tr("Hulpvragen"), lambda a: str(a.accepted), align_right=True),
                Column(
                    lambda: self.tr("Contact"),
                    lambda a: pct_text(a.contact_rate_pct),
                    align_right=True,
                ),
            ],
            key=lambda a: (a.user_id, a.agent),
            parent=self,
        )
        self.tables: list[QTableView] = []
        # Per beller and per kanaal share one place (tabs), so the wijken keep their room.
        self.detail_tabs = QTabWidget(side)
        self.detail_tabs.setObjectName("ReportDetailTabs")
        for title, model, stretch in (
            (self.tr("Per wijk"), self.wijk_model, 3),
            (self.tr("Contact per tijdvak"), self.slot_model, 0),
            (self.tr("Per beller"), self.agent_model, 2),
            (self.tr("Per kanaal"), self.channel_model, 2),
        ):
            view = QTableView(side)
            view.setModel(model)
            view.verticalHeader().hide()
            view.setAlternatingRowColors(True)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            if stretch == 0:  # the four slot types: as high as its rows, no scrolling
                view.verticalHeader().setDefaultSectionSize(26)
                view.setFixedHeight(view.horizontalHeader().sizeHint().height() + 4 * 26 + 4)
                view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.tables.append(view)
            if model is self.agent_model or model is self.channel_model:
                self.detail_tabs.addTab(view, title)
                if model is self.channel_model:
                    side_layout.addWidget(self.detail_tabs, stretch)
                continue
            label = QLabel(title.upper(), side)
            label.setObjectName("SectionTitle")
            side_layout.addWidget(label)
            side_layout.addWidget(view, stretch)
        coach_title = QLabel(self.tr("Budgetcoaches: tijd tot eerste gesprek").upper(), side)
        coach_title.setObjectName("SectionTitle")
        side_layout.addWidget(coach_title)
        self.coach_label = QLabel(side)
        self.coach_label.setWordWrap(True)
        side_layout.addWidget(self.coach_label)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([720, 520])

    # --- the period -------------------------------------------------------------------

    def period(self) -> tuple[date, date]:
        f = self.from_edit.date()
        t = self.to_edit.date()
        return date(f.year(), f.month(), f.day()), date(t.year(), t.month(), t.day())

    def set_period(self, date_from: date, date_to: date) -> None:
        self.from_edit.setDate(QDate(date_from.year, date_from.month, date_from.day))
        self.to_edit.setDate(QDate(date_to.year, date_to.month, date_to.day))

    def baseline(self) -> reporting.Period | None:
        if not self.baseline_box.isChecked():
            return None
        f = self.base_from_edit.date()
        t = self.base_to_edit.date()
        return reporting.Period(
            date(f.year(), f.month(), f.day()), date(t.year(), t.month(), t.day())
        )

    def load(self) -> None:
        date_from, date_to = self.period()
        self.show_button.setEnabled(False)
        self.ui.worker.run(
            reporting.compute_report,
            self.ui.app,
            date_from,
            date_to,
            baseline=self.baseline(),
            on_done=self._shown,
            on_error=self._failed,
        )

    def _baseline_text(self, report: Report) -> str:
        base = report.baseline
        if base is None:
            return ""
        return "\n" + self.tr(
            "Vergeleken met {0}: bereik van {1} naar {2} ({3} procentpunt), hulpacceptatie van "
            "{4} naar {5} ({6} procentpunt)."
        ).format(
            base.period.describe(),
            pct_text(base.total.reach_pct),
            pct_text(report.total.reach_pct),
            pp_text(base.reach_pp),
            pct_text(base.total.acceptance_pct),
            pct_text(report.total.acceptance_pct),
            pp_text(base.acceptance_pp),
        )

    def _failed(self, sentence: str, _exc: BaseException) -> None:
        self.show_button.setEnabled(True)
        self.total_label.setProperty("kind", "error")
        self._repolish(self.total_label)
        self.total_label.setText(sentence)

    def _shown(self, report: Report) -> None:
        self.show_button.setEnabled(True)
        self.report = report
        t = report.total
        self.total_label.setProperty("kind", "info")
        self._repolish(self.total_label)
        self.total_label.setText(
            self.tr(
                "{0}: {1} meldingen, {2} bewoners bereikt ({3}), {4} accepteerden hulp "
                "({5} van de bereikten). {6} belpogingen, {7} gesprekken."
            ).format(
                report.period.describe(),
                t.cases,
                t.reached,
                pct_text(t.reach_pct),
                t.accepted,
                pct_text(t.acceptance_pct),
                # The plan's outbound calls; the other channels have their own table.
                sum(s.attempts for s in report.by_slot),
                sum(s.contacts for s in report.by_slot),
            )
            + self._baseline_text(report)
        )
        self.wijk_model.set_rows(list(report.by_wijk))
        self.slot_model.set_rows(list(report.by_slot))
        # Channels nobody used stay out of the way; the outbound call is always listed.
        called_back = {c.channel: c.callbacks for c in report.callbacks_by_channel}
        self.channel_model.set_rows(
            [
                (c, called_back.get(c.channel, 0))
                for c in report.by_channel
                if c.attempts or c.channel == "phone"
            ]
        )
        self.agent_model.set_rows(list(report.by_agent))
        c = report.coach
        if c.handoffs:
            self.coach_label.setText(
                self.tr(
                    "{0} overdrachten; {1} gesproken, {2} wachten nog. Mediaan {3} werkdagen "
                    "(gemiddeld {4}). Binnen de lokale termijn: {5}; binnen de wettelijke "
                    "termijn: {6}."
                ).format(
                    c.handoffs,
                    c.contacted,
                    c.waiting,
                    num_text(c.median_working_days),
                    num_text(c.mean_working_days),
                    c.within_target,
                    c.within_legal,
                )
            )
        else:
            self.coach_label.setText(self.tr("Geen overdrachten in deze periode."))
        self._draw_chart(report)
        self.report_shown.emit(report)

    def _draw_chart(self, report: Report) -> None:
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        wijken = [w for w in report.by_wijk if w.cases]
        # Horizontal bars, first wijk on top (the axis draws bottom-up).
        wijken = list(reversed(wijken))
        reach = QBarSet(self.tr("Bereik (% van de meldingen)"))
        accept = QBarSet(self.tr("Hulpacceptatie (% van de bereikten)"))
        reach.setColor(REACH_COLOUR)
        accept.setColor(ACCEPT_COLOUR)
        for w in wijken:
            reach.append(w.reach_pct or 0.0)
            accept.append(w.acceptance_pct or 0.0)
        series = QHorizontalBarSeries()
        series.append(accept)
        series.append(reach)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value %")
        series.setLabelsPrecision(3)
        series.setBarWidth(0.8)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([f"{w.wijk} ({w.cases})" for w in wijken])
        values = QValueAxis()
        top = max([w.reach_pct or 0.0 for w in wijken] + [w.acceptance_pct or 0.0 for w in wijken])
        values.setRange(0, max(10.0, min(100.0, (int(top / 10) + 1) * 10)))
        values.setLabelFormat("%d %%")
        values.setTickCount(6)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        self.chart.setLocale(QLocale())
        self.chart_view.setMinimumHeight(max(320, 40 * len(wijken) + 110))

    # --- export -----------------------------------------------------------------------

    def export(self, fmt: str, path: str | None = None) -> None:
        """Save the report of the chosen period; `path` skips the save dialog (tests)."""
        date_from, date_to = self.period()
        if path is None:
            suggested = f"vroegbel-rapport-{date_from:%Y%m%d}-{date_to:%Y%m%d}.{fmt}"
            filters = {
                "csv": self.tr("CSV-bestand (*.csv)"),
                "xlsx": self.tr("Excel-werkmap (*.xlsx)"),
                "pdf": self.tr("PDF-document (*.pdf)"),
            }
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Rapport opslaan"), suggested, filters[fmt]
            )
            if not path:
                return
            if not path.lower().endswith(f".{fmt}"):
                path += f".{fmt}"
        self._export_cancelled = False
        progress = QProgressDialog(
            self.tr("De cijfers worden berekend…"), self.tr("Annuleren"), 0, 3, self
        )
        progress.setWindowTitle(self.tr("Rapport exporteren"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(True)
        progress.setValue(0)
        progress.canceled.connect(self._cancel_export)
        self.progress = progress
        for button in self.export_buttons.values():
            button.setEnabled(False)
        target = path

        def step(value: int, text: str, then: Callable[[], object]) -> None:
            if self._export_cancelled:
                self._export_done(None)
                return
            progress.setLabelText(text)
            progress.setValue(value)
            then()

        def computed(report: Report) -> None:
            step(
                1,
                self.tr("Het bestand wordt geschreven…"),
                lambda: self.ui.worker.run(
                    write_report,
                    report,
                    fmt,
                    target,
                    on_done=written,
                    on_error=self._export_failed,
                    owner=self,
                ),
            )

        def written(_path: str) -> None:
            step(
                2,
                self.tr("De export wordt vastgelegd…"),
                lambda: self.ui.worker.run(
                    audit_export,
                    self.ui.app,
                    fmt,
                    date_from,
                    date_to,
                    on_done=lambda _r: self._export_done(target),
                    on_error=self._export_failed,
                    owner=self,
                ),
            )

        self.ui.worker.run(
            reporting.compute_report,
            self.ui.app,
            date_from,
            date_to,
            on_done=computed,
            on_error=self._export_failed,
            owner=self,
        )

    def _cancel_export(self) -> None:
        self._export_cancelled = True

    def _export_failed(self, sentence: str, _exc: BaseException) -> None:
        self._export_done(None)
        self.total_label.setProperty("kind", "error")
        self._repolish(self.total_label)
        self.total_label.setText(sentence)

    def _export_done(self, path: str | None) -> None:
        if self.progress is not None:
            self.progress.setValue(self.progress.maximum())
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        for button in self.export_buttons.values():
            button.setEnabled(True)
        if path is not None:
            self.ui.events.status_message.emit(self.tr("Rapport opgeslagen: {0}").format(path))
            self.export_finished.emit(path)
        else:
            self.export_finished.emit("")

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)
