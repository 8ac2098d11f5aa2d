"""The report as JSON, CSV and XLSX (the PDF with its chart is drawn by app/ui/report_pdf.py).

All forms hold the same figures as `Report.to_json()`. CSV is one file with sections, each a
header row followed by its rows and a blank line between sections (so a spreadsheet opens it
as is): `totaal`, `wijk`, `tijdvak` (slot), `kanaal` (channel), `teruggebeld` (callbacks by
the outreach before them), `beller` (agent), `coach`. Column names are the JSON keys, so a
script reads both the same way; an empty cell for null. In Dutch the fields are separated by
`;` with a decimal comma (what a Dutch-locale Excel opens), in English by `,` with a decimal
point (app/services/safe_output.py). XLSX has one sheet per section (Totaal, Per wijk, Per
tijdvak, Per kanaal, Teruggebeld, Per beller, Coaches) with the same columns under one Dutch
header row and real numbers; a last sheet, Toelichting, names the JSON key of every column.
Text cells that a spreadsheet would run as a formula are neutralised in both.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.services.reporting import Report
from app.services.safe_output import DUTCH_CSV, CsvDialect, neutralise, neutralise_row

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
COUNT_HEADERS = ("Signalen", "Contactpogingen", "Met contact")
WIJK_KEYS = ("wijk", "cases", "reached", "accepted", "reach_pct", "acceptance_pct")
WIJK_HEADERS = ("Wijk", "Zaken", "Bereikt", "Hulp geaccepteerd", "Bereik %", "Acceptatie %")
SLOT_KEYS = ("slot", "attempts", "contacts", "contact_rate_pct")
SLOT_HEADERS = ("Tijdvak", "Belpogingen", "Gesprekken", "Contact per poging %")
CHANNEL_KEYS = ("channel", "attempts", "contacts", "accepted")
CHANNEL_HEADERS = ("Kanaal", "Pogingen", "Contact", "Hulp geaccepteerd")
CALLBACK_KEYS = ("channel", "callbacks", "accepted")
CALLBACK_HEADERS = ("Laatste poging ervoor", "Belde terug (gesprek)", "Hulp geaccepteerd")
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
    result: list[tuple[str, str, Sequence[str], Sequence[str], list[list[Any]]]] = [
        (
            "totaal",
            "Totaal",
            (*TOTAL_HEADERS, *COUNT_HEADERS),
            (*TOTAL_KEYS, *COUNT_KEYS),
            [total_row],
        ),
        ("wijk", "Per wijk", WIJK_HEADERS, WIJK_KEYS, _rows(data["by_wijk"], WIJK_KEYS)),
        ("tijdvak", "Per tijdvak", SLOT_HEADERS, SLOT_KEYS, _rows(data["by_slot"], SLOT_KEYS)),
        (
            "kanaal",
            "Per kanaal",
            CHANNEL_HEADERS,
            CHANNEL_KEYS,
            _rows(data["by_channel"], CHANNEL_KEYS),
        ),
        (
            "teruggebeld",
            "Teruggebeld",
            CALLBACK_HEADERS,
            CALLBACK_KEYS,
            _rows(data["callbacks_by_channel"], CALLBACK_KEYS),
        ),
        ("beller", "Per beller", AGENT_HEADERS, AGENT_KEYS, _rows(data["by_agent"], AGENT_KEYS)),
        (
            "coach",
            "Coaches",
            COACH_HEADERS,
            COACH_KEYS,
            _rows([data["coach_first_contact"]], COACH_KEYS),
        ),
    ]
    if "baseline" in data:
        # Issue 14: the two periods side by side, and the difference in percentage points.
        base = data["baseline"]
        rows = [
            [
                data["period"]["from"],
                data["period"]["to"],
                *(data["total"][k] for k in TOTAL_KEYS[2:]),
            ],
            [
                base["period"]["from"],
                base["period"]["to"],
                *(base["total"][k] for k in TOTAL_KEYS[2:]),
            ],
        ]
        result.append(
            (
                "vergelijking",
                "Vergelijking",
                (
                    *TOTAL_HEADERS,
                    "Verschil bereik (procentpunt)",
                    "Verschil acceptatie (procentpunt)",
                ),
                (*TOTAL_KEYS, "reach_pp", "acceptance_pp"),
                [
                    [*rows[0], base["difference_pp"]["reach"], base["difference_pp"]["acceptance"]],
                    [*rows[1], None, None],
                ],
            )
        )
    return result


def _rows(items: Sequence[dict[str, Any]], keys: Sequence[str]) -> list[list[Any]]:
    return [[item[k] for k in keys] for item in items]


def to_csv_text(report: Report, dialect: CsvDialect = DUTCH_CSV) -> str:
    """One CSV with a section column first: `section<sep><keys…>` header rows, a blank line
    between sections; numbers with the dialect's decimal mark, text neutralised."""
    buffer = io.StringIO()
    writer = dialect.writer(buffer, lineterminator="\n")
    for index, (section, _title, _labels, keys, rows) in enumerate(sections(report)):
        if index:
            writer.writerow([])
        writer.writerow(["section", *keys])
        for row in rows:
            writer.writerow(dialect.row([section, *row]))
    return buffer.getvalue()


def read_csv_sections(text: str) -> dict[str, list[dict[str, str]]]:
    """Read `to_csv_text` back (either dialect): section -> rows as {key: cell}, numbers with a
    decimal point again (for scripts and the tests)."""
    dutch = text.startswith("section;")
    result: dict[str, list[dict[str, str]]] = {}
    keys: list[str] = []
    for row in csv.reader(io.StringIO(text), delimiter=";" if dutch else ","):
        if not row:
            keys = []
            continue
        if not keys:
            keys = row[1:]
            continue
        cells = [_number_back(c) if dutch else c for c in row[1:]]
        result.setdefault(row[0], []).append(dict(zip(keys, cells, strict=True)))
    return result


def _number_back(cell: str) -> str:
    head, comma, tail = cell.partition(",")
    if comma and head.lstrip("-").isdigit() and tail.isdigit():
        return f"{head}.{tail}"
    return cell


def write_xlsx(report: Report, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DCE6F1")
    first = True
    legend: list[tuple[str, str, str]] = []
    for _section, title, labels, keys, rows in sections(report):
        sheet = workbook.active if first else workbook.create_sheet()
        assert sheet is not None
        first = False
        sheet.title = title
        sheet.append(list(labels))
        legend.extend((title, label, key) for label, key in zip(labels, keys, strict=True))
        for cell in sheet[1]:
            cell.font = bold
            cell.fill = fill
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for row in rows:
            sheet.append(neutralise_row(row))
        for col, key in enumerate(keys, start=1):
            width = max(len(str(labels[col - 1])), *(len(str(r[col - 1] or "")) for r in rows), 8)
            sheet.column_dimensions[get_column_letter(col)].width = min(width + 2, 40)
            if key.endswith("pct") or key in ("median", "mean"):
                for r in range(2, 2 + len(rows)):
                    sheet.cell(row=r, column=col).number_format = "0.0"
        sheet.freeze_panes = "A2"
    # The JSON keys once, for scripts, instead of a second header row on every sheet.
    sheet = workbook.create_sheet(LEGEND_TITLE)
    sheet.append(["Blad", "Kolom", "Sleutel (JSON)"])
    for cell in sheet[1]:
        cell.font = bold
        cell.fill = fill
    for title, label, key in legend:
        sheet.append([title, label, neutralise(key)])
    for letter, width in (("A", 14), ("B", 28), ("C", 24)):
        sheet.column_dimensions[letter].width = width
    workbook.properties.title = "Vroegbel rapportage bereik en hulpacceptatie"
    workbook.properties.creator = "Vroegbel"
    workbook.save(path)


LEGEND_TITLE = "Toelichting"


def read_xlsx_sections(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Read `write_xlsx` back: sheet title -> rows as {key: value}, the keys taken from the
    Toelichting sheet."""
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True)
    key_of: dict[tuple[str, str], str] = {}
    for title, label, key in list(workbook[LEGEND_TITLE].iter_rows(values_only=True))[1:]:
        key_of[(str(title), str(label))] = str(key)
    result: dict[str, list[dict[str, Any]]] = {}
    for sheet in workbook.worksheets:
        if sheet.title == LEGEND_TITLE:
            continue
        rows = list(sheet.iter_rows(values_only=True))
        keys = [key_of[(sheet.title, str(label))] for label in rows[0]]
        result[sheet.title] = [dict(zip(keys, row, strict=True)) for row in rows[1:]]
    workbook.close()
    return result
