"""The report as JSON, CSV and XLSX (the PDF with its chart is drawn by app/ui/report_pdf.py).

All forms hold the same figures as `Report.to_json()`. CSV is one file with sections, each a
header row followed by its rows and a blank line between sections (so a spreadsheet opens it
as is): `totaal`, `wijk`, `tijdvak` (slot), `beller` (agent), `coach`. Column names are the
JSON keys, so a script reads both the same way; percentages use a decimal point and an empty
cell for null. XLSX has one sheet per section (Totaal, Per wijk, Per tijdvak, Per beller,
Coaches) with the same columns, a Dutch header row above the key row, and real numbers.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.services.reporting import Report

#: the sections of the CSV and XLSX forms: (section, sheet title, Dutch column labels, keys)
TOTAL_KEYS = ("from", "to", "cases", "reached", "accepted", "reach_pct", "acceptance_pct")
TOTAL_HEADERS = (
    "Van",
    "Tot en met",
    "Zaken",
    "Bereikt",
    "Hulp geaccepteerd",
    "Bereik %",
    "Acceptatie %",
)
COUNT_KEYS = ("signals", "attempts", "contacts")
COUNT_HEADERS = ("Signalen", "Belpogingen", "Gesprekken")
WIJK_KEYS = ("wijk", "cases", "reached", "accepted", "reach_pct", "acceptance_pct")
WIJK_HEADERS = ("Wijk", "Zaken", "Bereikt", "Hulp geaccepteerd", "Bereik %", "Acceptatie %")
SLOT_KEYS = ("slot", "attempts", "contacts", "contact_rate_pct")
SLOT_HEADERS = ("Tijdvak", "Belpogingen", "Gesprekken", "Contact per poging %")
AGENT_KEYS = ("agent", "calls", "contacts", "accepted", "contact_rate_pct")
AGENT_HEADERS = ("Beller", "Belpogingen", "Gesprekken", "Hulp geaccepteerd", "Contact %")
COACH_KEYS = (
    "unit",
    "handoffs",
    "contacted",
    "waiting",
    "median",
    "mean",
    "within_target",
    "within_legal_deadline",
)
COACH_HEADERS = (
    "Eenheid",
    "Overdrachten",
    "Gesproken door coach",
    "Wacht nog",
    "Mediaan",
    "Gemiddelde",
    "Binnen lokale termijn",
    "Binnen wettelijke termijn",
)


def to_json_text(report: Report) -> str:
    return json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n"


def sections(
    report: Report,
) -> list[tuple[str, str, Sequence[str], Sequence[str], list[list[Any]]]]:
    """(section, sheet title, labels, keys, rows) for every section, values as in the JSON."""
    data = report.to_json()
    total_row = [
        data["period"]["from"],
        data["period"]["to"],
        *(data["total"][k] for k in TOTAL_KEYS[2:]),
        *(data["counts"][k] for k in COUNT_KEYS),
    ]
    return [
        (
            "totaal",
            "Totaal",
            (*TOTAL_HEADERS, *COUNT_HEADERS),
            (*TOTAL_KEYS, *COUNT_KEYS),
            [total_row],
        ),
        ("wijk", "Per wijk", WIJK_HEADERS, WIJK_KEYS, _rows(data["by_wijk"], WIJK_KEYS)),
        ("tijdvak", "Per tijdvak", SLOT_HEADERS, SLOT_KEYS, _rows(data["by_slot"], SLOT_KEYS)),
        ("beller", "Per beller", AGENT_HEADERS, AGENT_KEYS, _rows(data["by_agent"], AGENT_KEYS)),
        (
            "coach",
            "Coaches",
            COACH_HEADERS,
            COACH_KEYS,
            _rows([data["coach_first_contact"]], COACH_KEYS),
        ),
    ]


def _rows(items: Sequence[dict[str, Any]], keys: Sequence[str]) -> list[list[Any]]:
    return [[item[k] for k in keys] for item in items]


def to_csv_text(report: Report) -> str:
    """One CSV with a section column first: `section,<keys…>` header rows, blank line between."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for index, (section, _title, _labels, keys, rows) in enumerate(sections(report)):
        if index:
            writer.writerow([])
        writer.writerow(["section", *keys])
        for row in rows:
            writer.writerow([section, *("" if v is None else v for v in row)])
    return buffer.getvalue()


def read_csv_sections(text: str) -> dict[str, list[dict[str, str]]]:
    """Read `to_csv_text` back: section -> rows as {key: cell} (for scripts and the tests)."""
    result: dict[str, list[dict[str, str]]] = {}
    keys: list[str] = []
    for row in csv.reader(io.StringIO(text)):
        if not row:
            keys = []
            continue
        if not keys:
            keys = row[1:]
            continue
        result.setdefault(row[0], []).append(dict(zip(keys, row[1:], strict=True)))
    return result


def write_xlsx(report: Report, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    bold = Font(bold=True)
    key_font = Font(italic=True, color="808080", size=8)
    fill = PatternFill("solid", fgColor="DCE6F1")
    first = True
    for _section, title, labels, keys, rows in sections(report):
        sheet = workbook.active if first else workbook.create_sheet()
        assert sheet is not None
        first = False
        sheet.title = title
        sheet.append(list(labels))
        sheet.append(list(keys))
        for cell in sheet[1]:
            cell.font = bold
            cell.fill = fill
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for cell in sheet[2]:
            cell.font = key_font
        for row in rows:
            sheet.append(list(row))
        for col, key in enumerate(keys, start=1):
            width = max(len(str(labels[col - 1])), *(len(str(r[col - 1] or "")) for r in rows), 8)
            sheet.column_dimensions[get_column_letter(col)].width = min(width + 2, 40)
            if key.endswith("pct") or key in ("median", "mean"):
                for r in range(3, 3 + len(rows)):
                    sheet.cell(row=r, column=col).number_format = "0.0"
        sheet.freeze_panes = "A3"
    workbook.properties.title = "Vroegbel rapportage bereik en hulpacceptatie"
    workbook.properties.creator = "Vroegbel"
    workbook.save(path)


def read_xlsx_sections(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Read `write_xlsx` back: sheet title -> rows as {key: value} (row 2 holds the keys)."""
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True)
    result: dict[str, list[dict[str, Any]]] = {}
    for sheet in workbook.worksheets:
        rows = list(sheet.iter_rows(values_only=True))
        keys = [str(k) for k in rows[1]]
        result[sheet.title] = [dict(zip(keys, row, strict=True)) for row in rows[2:]]
    workbook.close()
    return result
