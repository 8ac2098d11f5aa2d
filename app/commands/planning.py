"""`vroegbel plan-preview`, `vroegbel simulate` and `vroegbel scheduler` (FORMATS.md)."""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
from datetime import datetime
from types import FrameType

from app.cli import EXIT_OK, UsageError
from app.clock import AMSTERDAM
from app.commands.common import database_url, open_db
from app.models.enums import Slot
from app.scheduler.planner import PlannedAttempt
from app.services import planning
from app.services.planning import SLOT_LABELS, PlanningContext, why_text

log = logging.getLogger(__name__)

_WEEKDAYS = ["ma", "di", "wo", "do", "vr", "za", "zo"]


def parse_start(value: str) -> datetime:
    """An ISO 8601 moment; without an offset it is Amsterdam wall-clock time."""
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise UsageError(
            f"--start '{value}' is geen datum en tijd (bijvoorbeeld 2027-03-25T16:30)."
        ) from None
    if moment.tzinfo is None:
        # Through UTC so a wall-clock time in the spring gap becomes a real instant.
        moment = moment.replace(tzinfo=AMSTERDAM)
    return moment.astimezone(AMSTERDAM)


def _iso(moment: datetime) -> str:
    return moment.astimezone(AMSTERDAM).isoformat(timespec="seconds")


def plan_as_json(plan: list[PlannedAttempt], wijk: str | None = None) -> list[dict[str, object]]:
    return [
        {
            "attempt": item.number,
            "slot": item.slot.value,
            "start": _iso(item.window.start),
            "end": _iso(item.window.end),
            "why": why_text(item.reason, item.slot, wijk),
        }
        for item in plan
    ]


def _table(plan: list[PlannedAttempt], wijk: str | None = None) -> str:
    lines = [f"{'poging':>6}  {'tijdvak':<9}  {'dag':<3} {'datum':<10}  {'van':<5}  tot    waarom"]
    for item in plan:
        start = item.window.start.astimezone(AMSTERDAM)
        end = item.window.end.astimezone(AMSTERDAM)
        lines.append(
            f"{item.number:>6}  {SLOT_LABELS[item.slot]:<9}  {_WEEKDAYS[start.weekday()]:<3} "
            f"{start:%d-%m-%Y}  {start:%H:%M}  {end:%H:%M}  "
            + why_text(item.reason, item.slot, wijk)
        )
    if not plan:
        lines.append("(geen belpoging past in de belvensters)")
    return "\n".join(lines)


def _context(
    args: argparse.Namespace, start: datetime
) -> tuple[PlanningContext, dict[Slot, float] | None]:
    """The windows and closed days in force: the database's when one is named, else defaults;
    with `--wijk`, that wijk's contact rates as the planner would use them at `start`."""
    wijk = getattr(args, "wijk", None)
    if not (
        getattr(args, "db", None) or os.environ.get("VROEGBEL_DB") or getattr(args, "demo", False)
    ):
        if wijk:
            raise UsageError("--wijk leest de contactcijfers uit een database: geef ook --db.")
        return PlanningContext.defaults(), None
    database = open_db(args)
    try:
        with database.read() as session:
            context = PlanningContext.load(session)
            rates = context.rates_for(session, wijk, start) if wijk else None
            return context, rates
    finally:
        database.dispose()


def plan_preview(args: argparse.Namespace) -> int:
    start = parse_start(args.start)
    context, rates = _context(args, start)
    wijk = getattr(args, "wijk", None)
    plan = planning.preview(start, context=context, rates=rates)
    if args.json:
        json.dump(plan_as_json(plan, wijk), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(f"Belplan voor een zaak geopend op {start:%d-%m-%Y %H:%M} (Europe/Amsterdam):")
        print(_table(plan, wijk))
    return EXIT_OK


def simulate(args: argparse.Namespace) -> int:
    """`vroegbel simulate --from DATE --to DATE [--max-attempts N] ... [--json]`."""
    from app.commands.common import cli_context
    from app.commands.report import parse_date
    from app.services.simulation import RuleChanges, simulate_period

    date_from = parse_date(args.date_from, "--from")
    date_to = parse_date(args.date_to, "--to")
    assert date_from is not None and date_to is not None  # both options are required
    if date_from > date_to:
        raise UsageError("--from ligt na --to.")
    changes = RuleChanges(
        max_attempts=args.max_attempts,
        min_evening=args.min_evening,
        min_saturday=args.min_saturday,
        plan_days=args.plan_days,
    )
    database = open_db(args)
    try:
        result = simulate_period(cli_context(database), date_from, date_to, changes, seed=args.seed)
    finally:
        database.dispose()
    data = result.to_json()
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    print(
        f"Simulatie {date_from:%d-%m-%Y} t/m {date_to:%d-%m-%Y}: {result.cases} zaken, "
        f"{result.attempts} belpogingen (seed {result.seed})."
    )
    parts = (("huidige regels", result.current), ("voorgestelde regels", result.proposed))
    for title, part in parts:
        figures = part.as_json()
        rules = part.rules
        by_slot = ", ".join(
            f"{SLOT_LABELS[slot]} {part.calls_by_slot[slot]}" for slot in part.calls_by_slot
        )
        print(
            f"{title} ({rules.max_attempts} pogingen, {rules.min_evening} avond, "
            f"{rules.min_saturday} zaterdag, {rules.plan_days} dagen): bereik "
            f"{figures['reach_pct']}% (verwacht {figures['expected_reach_pct']}%), "
            f"{figures['calls_per_case']} gesprekken per zaak; {by_slot}"
        )
    return EXIT_OK


def scheduler(args: argparse.Namespace) -> int:
    """Run the shared background jobs until interrupted (Ctrl+C or SIGTERM)."""
    from app.scheduler import jobs

    url = database_url(args)
    database = open_db(args)  # checks and upgrades the schema before any job runs
    jobs.register_database(url, database)
    runner = jobs.blocking_scheduler(url)

    def report(result: jobs.JobResult) -> None:
        if result.error:
            log.warning("%s %s: %s", result.job, result.tick, result.error)
        elif result.ran:
            log.info("%s %s: %s", result.job, result.tick, result.summary)

    stopping: list[int] = []

    def stop(signum: int, frame: FrameType | None) -> None:
        stopping.append(signum)
        if runner.running:
            runner.shutdown(wait=False)
        else:
            # The signal came before the loop started: abort start() instead of letting it
            # block forever with nobody left to stop it.
            raise KeyboardInterrupt

    jobs.add_listener(report)
    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        print("vroegbel: gedeelde taken draaien; stoppen met Ctrl+C.", file=sys.stderr)
        if not stopping:
            runner.start()
    except KeyboardInterrupt:
        pass
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        jobs.remove_listener(report)
        if runner.running:
            runner.shutdown(wait=False)
        jobs.dispose_databases()
    print("vroegbel: gedeelde taken gestopt.", file=sys.stderr)
    return EXIT_OK
