"""`vroegbel report [--from DATE] [--to DATE] [--baseline-from DATE --baseline-to DATE]
[--format json|csv|xlsx|pdf] [-o FILE]`.

json and csv go to standard output without `-o`; xlsx and pdf need `-o`. A bad date, a
period that ends before it starts or a missing `-o` exit 2 with one line on standard error.
DATE is `YYYY-MM-DD` (also `DD-MM-YYYY`, as in the signal files).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path

from app.cli import EXIT_OK, UsageError
from app.commands.common import cli_context, open_db


def parse_date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    text = value.strip()
    for fmt in ("%Y-%m-%d", "%d-%m-%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise UsageError(
        f"{option} {value!r} is geen datum; gebruik JJJJ-MM-DD, bijvoorbeeld 2022-07-01."
    )


def check_output(path: str | None) -> Path | None:
    if path is None:
        return None
    target = Path(path)
    if target.is_dir():
        raise UsageError(f"-o {path}: dit is een map, geef een bestandsnaam.")
    if not target.parent.exists():
        raise UsageError(f"-o {path}: de map {target.parent} bestaat niet.")
    return target


def run(args: argparse.Namespace) -> int:
    from app.services import monitor, report_export, safe_output
    from app.services.reporting import check_period, compute_report

    date_from = parse_date(args.date_from, "--from")
    date_to = parse_date(args.date_to, "--to")
    if date_from and date_to and date_from > date_to:
        raise UsageError("--from ligt na --to.")
    fmt = args.format or "json"
    output = check_output(args.output)
    if fmt in ("xlsx", "pdf") and output is None:
        raise UsageError(f"--format {fmt} schrijft een bestand: geef -o BESTAND.")
    check_period(date_from, date_to)
    baseline = None
    base_from = parse_date(getattr(args, "baseline_from", None), "--baseline-from")
    base_to = parse_date(getattr(args, "baseline_to", None), "--baseline-to")
    if (base_from is None) != (base_to is None):
        raise UsageError("Geef --baseline-from en --baseline-to samen.")
    if base_from is not None and base_to is not None:
        if base_from > base_to:
            raise UsageError("--baseline-from ligt na --baseline-to.")
        from app.services.reporting import Period

        baseline = Period(base_from, base_to)
    dialect = safe_output.CsvDialect.for_language(
        getattr(args, "lang", None) or safe_output.language_from_environment()
    )
    if output is not None:
        # Before anything is computed or audited: an unwritable target changes nothing.
        safe_output.check_writable(output)

    db = open_db(args)
    try:
        ctx = cli_context(db)
        report = compute_report(ctx, date_from, date_to, baseline=baseline)
        if output is None:
            text = (
                report_export.to_json_text(report)
                if fmt == "json"
                else report_export.to_csv_text(report, dialect)
            )
            sys.stdout.write(text)
            return EXIT_OK
        # Written beside the target and renamed when complete: a full disk leaves no partial
        # file, and only a file that was really written is audited as an export.
        with safe_output.atomic_path(output) as temporary:
            if fmt == "json":
                temporary.write_text(report_export.to_json_text(report), encoding="utf-8")
            elif fmt == "csv":
                temporary.write_text(
                    report_export.to_csv_text(report, dialect), encoding="utf-8-sig", newline=""
                )
            elif fmt == "xlsx":
                report_export.write_xlsx(report, temporary)
            else:
                from app.ui.report_pdf import write_report_pdf

                write_report_pdf(report, temporary)
        monitor.record_export(ctx, fmt, date_from, date_to)
    finally:
        db.dispose()
    print(f"Rapportage geschreven naar {output}.", file=sys.stderr)
    return EXIT_OK
