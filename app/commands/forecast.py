"""`vroegbel forecast` and `vroegbel roster` (FORMATS.md, issue 15)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.cli import EXIT_OK, UsageError
from app.commands.common import cli_context, open_db
from app.commands.report import parse_date
from app.scheduler.calendar import SLOTS
from app.services import forecast as service
from app.services.planning import SLOT_LABELS

_WEEKDAYS = ["ma", "di", "wo", "do", "vr", "za", "zo"]


def _table(result: service.Forecast) -> str:
    lines = [
        f"{'dag':<3} {'datum':<10}  {'tijdvak':<9}  {'gepland':>7}  {'terugbel':>8}  "
        f"{'capaciteit':>10}  {'tekort':>6}"
    ]
    for row in result.rows:
        lines.append(
            f"{_WEEKDAYS[row.day.weekday()]:<3} {row.day:%d-%m-%Y}  {SLOT_LABELS[row.slot]:<9}  "
            f"{row.planned:>7}  {row.callbacks:>8}  {row.capacity:>10}  {row.shortfall:>6}"
        )
    if result.nothing_planned:
        lines.append("Er is niets gepland in deze periode.")
    elif result.shortfall:
        lines.append(
            f"Tekort: {result.shortfall} belpogingen zullen hun venster missen; bij ongeveer "
            f"{result.late} bewoners loopt het belplan daardoor over de termijn heen."
        )
    else:
        lines.append("Het rooster dekt alle geplande belpogingen en terugbelafspraken.")
    return "\n".join(lines)


def _staffing_table(result: service.Staffing) -> str:
    lines = [
        f"Voor {result.signals_per_month} nieuwe signalen per maand (beluren per maand):",
        f"{'tijdvak':<9}  {'nodig':>7}  {'rooster':>7}",
    ]
    for slot in SLOTS:
        lines.append(
            f"{SLOT_LABELS[slot]:<9}  {result.hours_per_slot.get(slot, 0.0):>7.1f}  "
            f"{result.roster_hours_per_slot.get(slot, 0.0):>7.1f}"
        )
    if not result.measured:
        lines.append("(nog geen metingen: elke zaak krijgt zijn hele belplan)")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    if args.days is not None and args.days < 1:
        raise UsageError(f"--days {args.days}: geef een aantal dagen van 1 of meer.")
    if args.signals_per_month is not None and args.signals_per_month < 0:
        raise UsageError(
            f"--signals-per-month {args.signals_per_month}: het aantal kan niet negatief zijn."
        )
    start = parse_date(args.date_from, "--from")
    database = open_db(args)
    try:
        ctx = cli_context(database)
        if args.signals_per_month is not None:
            staffing = service.staffing(ctx, args.signals_per_month)
            if args.json:
                json.dump(staffing.to_json(), sys.stdout, ensure_ascii=False, indent=2)
                sys.stdout.write("\n")
            else:
                print(_staffing_table(staffing))
            return EXIT_OK
        result = service.forecast(ctx, start, args.days or 14)
    finally:
        database.dispose()
    if args.json:
        json.dump([row.to_json() for row in result.rows], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(_table(result))
    return EXIT_OK


def roster(args: argparse.Namespace) -> int:
    """Print the roster, or replace it with the lines of a file (`--set FILE`)."""
    database = open_db(args)
    try:
        ctx = cli_context(database)
        if args.set_file:
            path = Path(args.set_file)
            try:
                text = path.read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError) as exc:
                raise UsageError(f"{path}: niet te lezen ({exc.__class__.__name__}).") from None
            count = service.set_roster(ctx, text)
            print(f"Rooster opgeslagen: {count} regels.")
        else:
            text = service.roster_text(ctx)
            print(text if text else "(er is nog geen rooster)")
    finally:
        database.dispose()
    return EXIT_OK
