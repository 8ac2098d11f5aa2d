"""The report's CSV, XLSX and PDF forms hold the JSON's figures; the command's arguments."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from reporting_scenario import SEPTEMBER, build_scenario

from app.cli import main
from app.services import report_export
from app.services.context import AppContext
from app.services.reporting import compute_report


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
            return kind(value)
        except ValueError:
            continue
    return value


def test_csv_holds_the_same_figures(ctx: AppContext, scenario: dict[str, int]) -> None:
    report = compute_report(ctx, *SEPTEMBER)
    data = report.to_json()
    sections = report_export.read_csv_sections(report_export.to_csv_text(report))
    assert set(sections) == {"totaal", "wijk", "tijdvak", "beller", "coach"}
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
        "Per beller",
        "Coaches",
    ]
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
) -> None:
    base = ["--db", _url(ctx), "report", "--from", "2026-09-01", "--to", "2026-09-30"]
    assert main(base) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == compute_report(ctx, *SEPTEMBER).to_json()
    assert printed["total"]["reach_pct"] == 62.5

    assert main([*base, "--format", "csv"]) == 0
    assert report_export.read_csv_sections(capsys.readouterr().out)["wijk"][0]["wijk"] == (
        "Europawijk"
    )

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


def test_pdf_slot_names_come_from_the_one_table() -> None:
    """The PDF's slot rows and the plan preview name the slots from planning.SLOT_LABELS."""
    from app.ui import report_pdf

    assert report_pdf._SLOT_NAMES == {
        "morning": "Ochtend",
        "afternoon": "Middag",
        "evening": "Avond",
        "saturday": "Zaterdag",
    }
