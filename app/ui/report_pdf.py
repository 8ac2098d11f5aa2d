"""The report as a PDF for the municipality: totals, the reach-and-acceptance chart per wijk,
tables per wijk, slot type, agent and the coaches' time to first contact.

Drawn with QPdfWriter and QPainter (no QtCharts: every line is ours, so it prints the same
everywhere). Works headless: without a running Qt application one is created on the
"offscreen" platform. Text is Dutch, numbers with a decimal comma; "–" where a percentage has
no denominator.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from app.clock import AMSTERDAM
from app.services.planning import SLOT_LABELS
from app.services.reporting import CHANNEL_LABELS, Report, dutch_date

_app: Any = None

A4_WIDTH_MM = 210.0
A4_HEIGHT_MM = 297.0
MARGIN_MM = 18.0
FOOTER_MM = 12.0
RESOLUTION = 300

BLUE = "#1F4E79"
LIGHT_BLUE = "#DCE6F1"
REACH_COLOUR = "#2E75B6"
ACCEPT_COLOUR = "#E07B24"
GRID = "#C8C8C8"
TEXT = "#1A1A1A"
MUTED = "#5A5A5A"
FONT = "DejaVu Sans"
#: A table cell starts with a capital: "Ochtend" (an unknown slot code is shown as it is).
_SLOT_NAMES = {slot.value: name.capitalize() for slot, name in SLOT_LABELS.items()}


def ensure_qt_application() -> Any:
    """The running Qt application, or a headless one (offscreen) made for this process.

    A QApplication, not a QGuiApplication: a widget created later in the same process (the
    desktop app, a test) aborts the process when only a QGuiApplication exists.
    """
    global _app
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if existing is not None:
        return existing
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QApplication(["vroegbel-report"])
    return _app


def fmt_int(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def fmt_pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}".replace(".", ",") + "%"


def fmt_num(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}".replace(".", ",")


class _Pdf:
    """A thin layout helper: millimetres in, device pixels out, page breaks with footers."""

    def __init__(self, path: Path, report: Report) -> None:
        from PySide6.QtCore import QMarginsF, QSizeF
        from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

        self.report = report
        self.writer = QPdfWriter(str(path))
        self.writer.setResolution(RESOLUTION)
        self.writer.setTitle("Rapportage bereik en hulpacceptatie")
        self.writer.setCreator("Vroegbel")
        layout = QPageLayout(
            QPageSize(QSizeF(A4_WIDTH_MM, A4_HEIGHT_MM), QPageSize.Unit.Millimeter),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
        self.writer.setPageLayout(layout)
        self.painter = QPainter()
        if not self.painter.begin(self.writer):
            raise OSError(f"kan {path} niet openen om te schrijven")
        self.page = 1
        self.y = MARGIN_MM
        self.left = MARGIN_MM
        self.width = A4_WIDTH_MM - 2 * MARGIN_MM
        self.bottom = A4_HEIGHT_MM - MARGIN_MM - FOOTER_MM

    # --- units and primitives ---------------------------------------------------------

    def px(self, mm: float) -> float:
        return mm * RESOLUTION / 25.4

    def font(self, size: float, *, bold: bool = False, italic: bool = False) -> None:
        from PySide6.QtGui import QFont

        font = QFont(FONT)
        font.setPointSizeF(size)
        font.setBold(bold)
        font.setItalic(italic)
        self.painter.setFont(font)

    def elide(self, value: str, width_mm: float) -> str:
        """`value` shortened with an ellipsis to fit `width_mm` in the current font."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QFontMetricsF

        metrics = QFontMetricsF(self.painter.font(), self.writer)
        return metrics.elidedText(value, Qt.TextElideMode.ElideMiddle, self.px(width_mm))

    def colour(self, name: str) -> Any:
        from PySide6.QtGui import QColor

        return QColor(name)

    def text(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        value: str,
        *,
        align: str = "left",
        colour: str = TEXT,
    ) -> None:
        from PySide6.QtCore import QRectF, Qt

        flags = {
            "left": Qt.AlignmentFlag.AlignLeft,
            "right": Qt.AlignmentFlag.AlignRight,
            "center": Qt.AlignmentFlag.AlignHCenter,
        }[align] | Qt.AlignmentFlag.AlignVCenter
        self.painter.setPen(self.colour(colour))
        rect = QRectF(self.px(x), self.px(y), self.px(w), self.px(h))
        self.painter.drawText(rect, int(flags), value)

    def rect(
        self, x: float, y: float, w: float, h: float, fill: str, line: str | None = None
    ) -> None:
        from PySide6.QtCore import QRectF, Qt
        from PySide6.QtGui import QPen

        if line is None:
            self.painter.setPen(Qt.PenStyle.NoPen)
        else:
            self.painter.setPen(QPen(self.colour(line), self.px(0.2)))
        self.painter.setBrush(self.colour(fill))
        self.painter.drawRect(QRectF(self.px(x), self.px(y), self.px(w), self.px(h)))

    def line(self, x1: float, y1: float, x2: float, y2: float, colour: str, width: float) -> None:
        from PySide6.QtCore import QLineF
        from PySide6.QtGui import QPen

        self.painter.setPen(QPen(self.colour(colour), self.px(width)))
        self.painter.drawLine(QLineF(self.px(x1), self.px(y1), self.px(x2), self.px(y2)))

    # --- pages ------------------------------------------------------------------------

    def footer(self) -> None:
        generated = self.report.generated_at.astimezone(AMSTERDAM)
        y = A4_HEIGHT_MM - MARGIN_MM - 6
        self.line(self.left, y, self.left + self.width, y, GRID, 0.2)
        self.font(7)
        self.text(
            self.left,
            y + 1,
            self.width * 0.88,
            5,
            f"Gegenereerd door Vroegbel op {dutch_date(generated.date())} om "
            f"{generated:%H:%M} · anonieme cijfers, zonder persoonsgegevens",
            colour=MUTED,
        )
        self.text(
            self.left, y + 1, self.width, 5, f"pagina {self.page}", align="right", colour=MUTED
        )

    def new_page(self) -> None:
        self.footer()
        self.writer.newPage()
        self.page += 1
        self.y = MARGIN_MM

    def need(self, height: float) -> None:
        if self.y + height > self.bottom:
            self.new_page()

    def finish(self) -> None:
        self.footer()
        self.painter.end()

    # --- blocks -----------------------------------------------------------------------

    def heading(self, title: str, note: str = "", *, rows: int = 0) -> None:
        """A section title; with `rows`, keeps a table of that many rows with it when it fits."""
        self.need(min(16 + 7 + 6.0 * (rows + 1), 120.0))
        self.font(12, bold=True)
        self.text(self.left, self.y, self.width, 7, title, colour=BLUE)
        self.y += 7
        if note:
            self.font(7.5, italic=True)
            self.text(self.left, self.y, self.width, 4.5, note, colour=MUTED)
            self.y += 5
        self.y += 1.5

    def table(
        self,
        headers: Sequence[str],
        widths: Sequence[float],
        rows: Sequence[Sequence[str]],
        *,
        bold_last: bool = False,
    ) -> None:
        """Columns as fractions of the width; first column left-aligned, the rest right."""
        row_h = 6.0
        xs = [self.left]
        for w in widths[:-1]:
            xs.append(xs[-1] + w * self.width)

        def header_row() -> None:
            self.rect(self.left, self.y, self.width, row_h + 1, BLUE)
            self.font(8, bold=True)
            for i, head in enumerate(headers):
                self.text(
                    xs[i] + 1.5,
                    self.y,
                    widths[i] * self.width - 3,
                    row_h + 1,
                    head,
                    align="left" if i == 0 else "right",
                    colour="#FFFFFF",
                )
            self.y += row_h + 1

        self.need(row_h * 3)
        header_row()
        for r, row in enumerate(rows):
            if self.y + row_h > self.bottom:
                self.new_page()
                header_row()
            last = bold_last and r == len(rows) - 1
            if last:
                self.rect(self.left, self.y, self.width, row_h, LIGHT_BLUE)
            elif r % 2:
                self.rect(self.left, self.y, self.width, row_h, "#F4F7FB")
            self.font(8, bold=last)
            for i, cell in enumerate(row):
                self.text(
                    xs[i] + 1.5,
                    self.y,
                    widths[i] * self.width - 3,
                    row_h,
                    self.elide(cell, widths[i] * self.width - 3) if i == 0 else cell,
                    align="left" if i == 0 else "right",
                )
            self.y += row_h
        self.line(self.left, self.y, self.left + self.width, self.y, BLUE, 0.3)
        self.y += 6


def _header(pdf: _Pdf) -> None:
    report = pdf.report
    pdf.rect(0, 0, A4_WIDTH_MM, 34, BLUE)
    pdf.font(9)
    pdf.text(pdf.left, 7, pdf.width, 5, "Gemeente · Vroegsignalering schulden", colour="#CFE0F1")
    pdf.font(18, bold=True)
    pdf.text(pdf.left, 12, pdf.width, 10, "Rapportage bereik en hulpacceptatie", colour="#FFFFFF")
    pdf.font(10)
    pdf.text(
        pdf.left,
        23,
        pdf.width,
        6,
        f"Periode: {report.period.describe()} (zaken naar datum van het eerste signaal)",
        colour="#FFFFFF",
    )
    pdf.y = 42


def _kpis(pdf: _Pdf) -> None:
    total = pdf.report.total
    boxes = [
        ("Zaken (meldingen)", fmt_int(total.cases), f"{fmt_int(pdf.report.signals)} signalen"),
        ("Bereikt", fmt_int(total.reached), f"{fmt_pct(total.reach_pct)} van de zaken"),
        (
            "Hulp geaccepteerd",
            fmt_int(total.accepted),
            f"{fmt_pct(total.acceptance_pct)} van bereikt",
        ),
        (
            "Contactpogingen",
            fmt_int(pdf.report.attempts),
            f"{fmt_int(pdf.report.contacts)} met contact",
        ),
    ]
    gap = 4.0
    w = (pdf.width - gap * (len(boxes) - 1)) / len(boxes)
    for i, (label, value, sub) in enumerate(boxes):
        x = pdf.left + i * (w + gap)
        pdf.rect(x, pdf.y, w, 24, LIGHT_BLUE)
        pdf.rect(x, pdf.y, 1.2, 24, BLUE)
        pdf.font(8)
        pdf.text(x + 4, pdf.y + 2, w - 6, 5, label, colour=MUTED)
        pdf.font(17, bold=True)
        pdf.text(x + 4, pdf.y + 7, w - 6, 9, value, colour=BLUE)
        pdf.font(7.5)
        pdf.text(x + 4, pdf.y + 17, w - 6, 5, sub, colour=TEXT)
    pdf.y += 30


def _chart(pdf: _Pdf) -> None:
    """Horizontal grouped bars: reach and acceptance (%) per wijk, with gridlines and legend."""
    wijken = pdf.report.by_wijk
    pdf.heading(
        "Bereik en hulpacceptatie per wijk",
        "Bereik = bereikte zaken / zaken; acceptatie = zaken met geaccepteerde hulp / bereikte "
        "zaken.",
    )
    if not wijken:
        pdf.font(9, italic=True)
        pdf.text(pdf.left, pdf.y, pdf.width, 6, "Geen zaken in deze periode.", colour=MUTED)
        pdf.y += 10
        return
    label_w = 58.0
    value_w = 14.0
    plot_x = pdf.left + label_w
    plot_w = pdf.width - label_w - value_w
    available = max(pdf.bottom - pdf.y - 22, 60.0)
    row_h = min(11.0, max(available / len(wijken), 6.5))
    height = row_h * len(wijken)
    if pdf.y + height + 18 > pdf.bottom:
        pdf.new_page()
    top = pdf.y
    # Legend
    pdf.font(8)
    for i, (name, colour) in enumerate(
        [("Bereik (% van zaken)", REACH_COLOUR), ("Acceptatie (% van bereikt)", ACCEPT_COLOUR)]
    ):
        lx = plot_x + i * 55
        pdf.rect(lx, top + 0.8, 3.5, 3.5, colour)
        pdf.text(lx + 5, top, 50, 5, name)
    top += 7
    # Grid and axis
    pdf.font(7)
    for tick in range(0, 101, 20):
        gx = plot_x + plot_w * tick / 100
        pdf.line(gx, top, gx, top + height, GRID, 0.15)
        pdf.text(gx - 6, top + height + 0.5, 12, 4, f"{tick}%", align="center", colour=MUTED)
    bar_h = min(3.6, (row_h - 1.6) / 2)
    for i, wijk in enumerate(wijken):
        ry = top + i * row_h
        centre = ry + row_h / 2
        pdf.font(7.5)
        pdf.text(pdf.left, ry, label_w - 2, row_h, pdf.elide(wijk.wijk, label_w - 2), align="right")
        for j, (value, colour) in enumerate(
            [(wijk.reach_pct, REACH_COLOUR), (wijk.acceptance_pct, ACCEPT_COLOUR)]
        ):
            by = centre - bar_h - 0.2 + j * (bar_h + 0.4)
            if value is not None and value > 0:
                pdf.rect(plot_x, by, plot_w * min(value, 100.0) / 100, bar_h, colour)
            pdf.font(6.5)
            label = fmt_pct(value)
            lx = plot_x + plot_w * min(value or 0.0, 100.0) / 100 + 1
            pdf.text(lx, by - 0.6, value_w, bar_h + 1.2, label, colour=MUTED)
    pdf.line(plot_x, top, plot_x, top + height, TEXT, 0.3)
    pdf.y = top + height + 9


def _tables(pdf: _Pdf) -> None:
    report = pdf.report
    total = report.total
    pdf.heading("Per wijk", rows=len(report.by_wijk) + 1)
    rows = [
        [
            w.wijk,
            fmt_int(w.cases),
            fmt_int(w.reached),
            fmt_pct(w.reach_pct),
            fmt_int(w.accepted),
            fmt_pct(w.acceptance_pct),
        ]
        for w in report.by_wijk
    ]
    rows.append(
        [
            "Totaal",
            fmt_int(total.cases),
            fmt_int(total.reached),
            fmt_pct(total.reach_pct),
            fmt_int(total.accepted),
            fmt_pct(total.acceptance_pct),
        ]
    )
    pdf.table(
        ["Wijk", "Zaken", "Bereikt", "Bereik", "Hulp geaccepteerd", "Acceptatie"],
        [0.36, 0.09, 0.10, 0.11, 0.19, 0.15],
        rows,
        bold_last=True,
    )

    if report.baseline is not None:
        base = report.baseline
        pdf.heading(
            "Vergelijking met een eerdere periode",
            "Bereik en hulpacceptatie van beide perioden; verschil in procentpunten.",
            rows=3,
        )
        pdf.table(
            ["Periode", "Zaken", "Bereikt", "Bereik", "Hulp geaccepteerd", "Acceptatie"],
            [0.36, 0.09, 0.10, 0.11, 0.19, 0.15],
            [
                [
                    period.describe(),
                    fmt_int(total.cases),
                    fmt_int(total.reached),
                    fmt_pct(total.reach_pct),
                    fmt_int(total.accepted),
                    fmt_pct(total.acceptance_pct),
                ]
                for period, total in ((report.period, report.total), (base.period, base.total))
            ]
            + [["Verschil", "", "", _pp(base.reach_pp), "", _pp(base.acceptance_pp)]],
            bold_last=True,
        )

    pdf.heading(
        "Per tijdvak",
        "De uitgaande belpogingen bij de zaken van deze periode; contact = gesprek met de inwoner.",
        rows=5,
    )
    slot_rows = [
        [
            _SLOT_NAMES.get(s.slot, s.slot),
            fmt_int(s.attempts),
            fmt_int(s.contacts),
            fmt_pct(s.contact_rate_pct),
        ]
        for s in report.by_slot
    ]
    slot_attempts = sum(s.attempts for s in report.by_slot)
    slot_contacts = sum(s.contacts for s in report.by_slot)
    slot_rows.append(
        [
            "Totaal",
            fmt_int(slot_attempts),
            fmt_int(slot_contacts),
            fmt_pct(_pct(slot_contacts, slot_attempts)),
        ]
    )
    pdf.table(
        ["Tijdvak", "Belpogingen", "Gesprekken", "Contact per poging"],
        [0.4, 0.2, 0.2, 0.2],
        slot_rows,
        bold_last=True,
    )

    pdf.heading(
        "Per kanaal",
        "Elke contactpoging: gebeld, teruggebeld door de inwoner, brief, kaartje, huisbezoek. "
        "Daarna teruggebeld: inwoners die ons belden met dit kanaal als laatste poging ervoor.",
        rows=len(report.by_channel) + 1,
    )
    called_back = {c.channel: c.callbacks for c in report.callbacks_by_channel}
    channel_rows = [
        [
            CHANNEL_LABELS.get(c.channel, c.channel),
            fmt_int(c.attempts),
            fmt_int(c.contacts),
            fmt_pct(c.contact_rate_pct),
            fmt_int(c.accepted),
            fmt_int(called_back.get(c.channel, 0)),
        ]
        for c in report.by_channel
    ]
    channel_rows.append(
        [
            "Totaal",
            fmt_int(report.attempts),
            fmt_int(report.contacts),
            fmt_pct(_pct(report.contacts, report.attempts)),
            fmt_int(sum(c.accepted for c in report.by_channel)),
            fmt_int(sum(called_back.values())),
        ]
    )
    pdf.table(
        ["Kanaal", "Pogingen", "Contact", "Per poging", "Hulp geaccepteerd", "Daarna teruggebeld"],
        [0.26, 0.12, 0.12, 0.14, 0.18, 0.18],
        channel_rows,
        bold_last=True,
    )

    pdf.heading("Per beller", rows=max(len(report.by_agent), 1))
    agent_rows = [
        [
            a.agent,
            fmt_int(a.calls),
            fmt_int(a.contacts),
            fmt_pct(a.contact_rate_pct),
            fmt_int(a.accepted),
        ]
        for a in report.by_agent
    ] or [["Geen belpogingen", "", "", "", ""]]
    pdf.table(
        ["Beller", "Belpogingen", "Gesprekken", "Contact", "Hulp geaccepteerd"],
        [0.30, 0.15, 0.15, 0.16, 0.24],
        agent_rows,
    )

    coach = report.coach
    pdf.heading(
        "Budgetcoaches: tijd tot het eerste gesprek",
        "In werkdagen na de overdracht (ma–vr, zonder feestdagen); 0 = dezelfde dag.",
        rows=1,
    )
    pdf.table(
        ["Overdrachten", "Gesproken", "Wacht nog", "Mediaan", "Gemiddeld", "Binnen termijn"],
        [0.16, 0.13, 0.13, 0.13, 0.13, 0.32],
        [
            [
                fmt_int(coach.handoffs),
                fmt_int(coach.contacted),
                fmt_int(coach.waiting),
                fmt_num(coach.median_working_days),
                fmt_num(coach.mean_working_days),
                f"{fmt_int(coach.within_target)} lokaal · {fmt_int(coach.within_legal)} wettelijk",
            ]
        ],
    )


def _pp(value: float | None) -> str:
    """A difference in percentage points: '+24,0 pp', '–' when undefined."""
    if value is None:
        return "–"
    return f"{value:+.1f}".replace(".", ",") + " pp"


def _pct(numerator: int, denominator: int) -> float | None:
    from app.services.reporting import pct

    return pct(numerator, denominator)


def write_report_pdf(report: Report, path: Path | str) -> Path:
    """Render `report` into a PDF at `path` (A4). Creates a headless Qt application if needed."""
    ensure_qt_application()
    target = Path(path)
    pdf = _Pdf(target, report)
    blocks: list[Callable[[_Pdf], None]] = [_header, _kpis, _chart, _tables]
    for block in blocks:
        block(pdf)
    pdf.finish()
    if not target.exists() or target.stat().st_size == 0:
        raise OSError(f"{target} is leeg gebleven")
    return target


def generated_label(moment: datetime) -> str:
    local = moment.astimezone(AMSTERDAM)
    return f"{dutch_date(local.date())} {local:%H:%M}"
