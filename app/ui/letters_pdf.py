"""Letters and cards after the plan (issue 14), printed with Qt's own PDF writer.

Letters: A4, one page per resident, the filled template from app/services/follow_up.py in
11 pt with generous margins (window envelope: the address block sits where the template puts
it). Cards: A6, four to an A4 page (2 × 2, with thin cut marks), so a normal printer makes
them; the text is the short card template.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from app.services.follow_up import FollowUpItem, Letter
from app.ui.report_pdf import FONT, ensure_qt_application

RESOLUTION = 300
A4_WIDTH_MM = 210.0
A4_HEIGHT_MM = 297.0
LETTER_MARGIN_MM = 25.0
CARD_MARGIN_MM = 10.0


def write_letters_pdf(items: Sequence[Letter], path: Path | str, *, cards: bool = False) -> Path:
    """One PDF with every letter (or card) of `items`; raises ValueError when there are none."""
    if not items:
        raise ValueError("er is niets af te drukken")
    ensure_qt_application()
    from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

    target = Path(path)
    writer = QPdfWriter(str(target))
    writer.setResolution(RESOLUTION)
    writer.setTitle("Kaartjes" if cards else "Brieven")
    writer.setCreator("Vroegbel")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QSizeF(A4_WIDTH_MM, A4_HEIGHT_MM), QPageSize.Unit.Millimeter),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"kan {target} niet openen om te schrijven")

    def px(mm: float) -> float:
        return mm * RESOLUTION / 25.4

    font = QFont(FONT)
    font.setPointSizeF(10.0 if cards else 11.0)
    painter.setFont(font)
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(
        Qt.TextFlag.TextWordWrap
    )
    try:
        if not cards:
            for index, letter in enumerate(items):
                if index:
                    writer.newPage()
                box = QRectF(
                    px(LETTER_MARGIN_MM),
                    px(LETTER_MARGIN_MM),
                    px(A4_WIDTH_MM - 2 * LETTER_MARGIN_MM),
                    px(A4_HEIGHT_MM - 2 * LETTER_MARGIN_MM),
                )
                painter.drawText(box, flags, letter.text)
        else:
            half_w, half_h = A4_WIDTH_MM / 2, A4_HEIGHT_MM / 2
            for index, card in enumerate(items):
                spot = index % 4
                if index and spot == 0:
                    writer.newPage()
                if spot == 0:
                    painter.setPen(QPen(Qt.GlobalColor.lightGray, 1, Qt.PenStyle.DashLine))
                    painter.drawLine(int(px(half_w)), 0, int(px(half_w)), int(px(A4_HEIGHT_MM)))
                    painter.drawLine(0, int(px(half_h)), int(px(A4_WIDTH_MM)), int(px(half_h)))
                    painter.setPen(QPen(Qt.GlobalColor.black))
                x = (spot % 2) * half_w + CARD_MARGIN_MM
                y = (spot // 2) * half_h + CARD_MARGIN_MM
                box = QRectF(
                    px(x), px(y), px(half_w - 2 * CARD_MARGIN_MM), px(half_h - 2 * CARD_MARGIN_MM)
                )
                painter.drawText(box, flags, card.text)
    finally:
        painter.end()
    if not target.exists() or target.stat().st_size == 0:
        raise OSError(f"{target} is leeg gebleven")
    return target


def write_visit_list_pdf(items: Sequence[FollowUpItem], path: Path | str, *, today: str) -> Path:
    """The home-visit list: one section per wijk (a new page each), residents by street and
    house number, with an empty column for the wijkteam to write the result in."""
    if not items:
        raise ValueError("er staat niemand op de lijst")
    ensure_qt_application()
    from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

    target = Path(path)
    writer = QPdfWriter(str(target))
    writer.setResolution(RESOLUTION)
    writer.setTitle("Huisbezoeken per wijk")
    writer.setCreator("Vroegbel")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QSizeF(A4_WIDTH_MM, A4_HEIGHT_MM), QPageSize.Unit.Millimeter),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"kan {target} niet openen om te schrijven")

    def px(mm: float) -> float:
        return mm * RESOLUTION / 25.4

    def font(size: float, bold: bool = False) -> None:
        f = QFont(FONT)
        f.setPointSizeF(size)
        f.setBold(bold)
        painter.setFont(f)

    margin = 15.0
    row_h = 9.0
    columns = [("Adres", 50.0), ("Naam", 45.0), ("Postcode", 22.0), ("Kenmerk", 28.0)]
    result_w = A4_WIDTH_MM - 2 * margin - sum(w for _, w in columns)
    columns.append(("Resultaat (gesproken / niet thuis / kaartje / verhuisd / weigert)", result_w))
    left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def header(wijk: str, y: float) -> float:
        font(14, bold=True)
        painter.drawText(QRectF(px(margin), px(y), px(180), px(8)), left, f"Huisbezoeken · {wijk}")
        font(8)
        painter.drawText(QRectF(px(margin), px(y + 8), px(180), px(5)), left, f"Lijst van {today}")
        y += 16
        font(7, bold=True)
        x = margin
        for title, width in columns:
            painter.drawText(QRectF(px(x), px(y), px(width - 1), px(row_h)), left, title)
            x += width
        return y + row_h

    try:
        by_wijk: dict[str, list[FollowUpItem]] = {}
        for item in items:
            by_wijk.setdefault(item.wijk, []).append(item)
        first = True
        for wijk, residents in by_wijk.items():
            if not first:
                writer.newPage()
            first = False
            y = header(wijk, margin)
            for item in residents:
                if y + row_h > A4_HEIGHT_MM - margin:
                    writer.newPage()
                    y = header(wijk, margin)
                font(8.5)
                cells = [item.address, item.name, item.postcode, item.reference, ""]
                x = margin
                for (_title, width), cell in zip(columns, cells, strict=True):
                    painter.drawText(QRectF(px(x), px(y), px(width - 1), px(row_h)), left, cell)
                    x += width
                painter.setPen(QPen(Qt.GlobalColor.lightGray, 2))
                painter.drawLine(
                    int(px(margin)),
                    int(px(y + row_h)),
                    int(px(A4_WIDTH_MM - margin)),
                    int(px(y + row_h)),
                )
                painter.setPen(QPen(Qt.GlobalColor.black))
                y += row_h
    finally:
        painter.end()
    return target
