#!/usr/bin/env python3
"""Benchmark of the report (DOMAIN.md 7) against one hand-written aggregate query.

    python bench/report.py --db sqlite --cases 250000 --json
    python bench/report.py --db postgresql+psycopg://postgres@127.0.0.1:54329/postgres \
        --cases 250000 --json

1. A fresh database (SQLite: a temporary file, or the named file recreated; PostgreSQL: the URL
   names the server, a database `bench_report_<hex>` is created and dropped afterwards), filled
   with Core executemany inserts: N cases over two years (2024–2025) in 13 wijken of uneven
   size, 1–3 signals each, about 4N attempts in the four slot types (evening reaches more
   people, Saturday is rarer), the outcomes of a real callcenter (most calls unanswered, one in
   three reached cases accepts help), 30 agents with accounts plus an earlier system's
   history under agents' names, the accepted cases handed off to coaches; then ANALYZE.
2. For the whole range and for one quarter (2025-01-01..2025-03-31): one warm-up, then
   `--repeat` interleaved runs of
   - `app.services.reporting.compute_report` (team lead's context; everything the report
     holds: by wijk, slot, agent, signals, the coaches' working days, plus its audit row);
   - the yardstick: ONE hand-written SQL statement giving cases/reached/accepted per wijk,
     calls/contacts/accepted per slot and agent and the number of signals (every figure of
     the report except the coaches' working days, which need the holiday calendar), written
     as a DBA would for this schema (JIT off on PostgreSQL).
   The figures of both are compared; a mismatch is reported and the exit status is 1.
3. Prints ONE JSON object with the medians, the ratio report/yardstick per period and the
   targets (N = 250,000: within 2x of the yardstick and under 1 s on PostgreSQL).

`--explain` prints the plans of every statement the report runs (EXPLAIN QUERY PLAN on SQLite,
EXPLAIN ANALYZE on PostgreSQL) and of the yardstick on standard error.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

from benchlib import CpuMeter, backend_of, backend_pid, fresh_database, machine, median, say
from sqlalchemy import Engine, event, insert, text

from app.clock import FixedClock
from app.db import Database
from app.models import Attempt, Case, Handoff, HelpRequest, Signal, User
from app.models.enums import Role
from app.services.context import Actor, AppContext
from app.services.reporting import Report, compute_report

NOW = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
FIRST_DAY = date(2024, 1, 1)
DAYS = 731
QUARTER = (date(2025, 1, 1), date(2025, 3, 31))
TARGET_RATIO = 2.0
TARGET_PG_SECONDS = 1.0
CHUNK_CASES = 5000

#: (wijk, weight): uneven, as a real municipality's wijken are.
WIJKEN: tuple[tuple[str, int], ...] = (
    ("Oude Stad", 9),
    ("Haarlemmerhoutkwartier", 5),
    ("Zijlwegkwartier", 6),
    ("Duinwijk", 3),
    ("Amsterdamsewijk", 12),
    ("Slachthuiswijk", 14),
    ("Parkwijk", 8),
    ("Transvaalwijk", 10),
    ("Europawijk", 11),
    ("Boerhaavewijk", 13),
    ("Meerwijk", 12),
    ("Molenwijk", 9),
    ("Onbekend", 2),
)
SLOTS = ("morning", "afternoon", "evening", "saturday")
SLOT_WEIGHTS = (30, 30, 30, 10)
#: chance that a call in this slot reaches the resident
SLOT_CONTACT = {"morning": 0.10, "afternoon": 0.12, "evening": 0.2, "saturday": 0.16}
NO_CONTACT = ("no_answer", "voicemail", "busy", "wrong_number")
NO_CONTACT_WEIGHTS = (60, 30, 8, 2)
CONTACTS = (
    "reached_help_accepted",
    "reached_no_help_needed",
    "reached_help_declined",
    "already_in_debt_help",
    "callback_requested",
)
CONTACT_WEIGHTS = (30, 33, 20, 10, 7)
CLOSE_REASON = {
    "reached_no_help_needed": "no_help_needed",
    "reached_help_declined": "help_declined",
    "already_in_debt_help": "already_in_debt_help",
}
N_AGENTS = 30
HISTORY_AGENTS = ("Noor", "Sem", "Lotte", "Daan", "Fatima", "Yusuf", "Emma", "Bram")


# --- filling ------------------------------------------------------------------------------


def fill(db: Database, n_cases: int, seed: int) -> dict[str, int]:
    """N cases with their signals, attempts, help requests and handoffs (see module doc)."""
    rng = random.Random(seed)
    with db.begin() as session:
        users = [
            User(
                username=f"beller{i:02d}",
                display_name=f"Beller {i:02d}",
                role=Role.AGENT.value,
                password_hash="!bench: no login",
                must_change_password=False,
                created_at=NOW,
            )
            for i in range(1, N_AGENTS + 1)
        ]
        session.add_all(users)
        session.flush()
        agent_ids = [u.id for u in users]
    wijken = [w for w, _ in WIJKEN]
    wijk_weights = [n for _, n in WIJKEN]
    counts = {"cases": 0, "signals": 0, "attempts": 0, "handoffs": 0}
    signal_no = 0
    request_id = 0
    for first in range(1, n_cases + 1, CHUNK_CASES):
        cases: list[dict[str, Any]] = []
        signals: list[dict[str, Any]] = []
        attempts: list[dict[str, Any]] = []
        requests: list[dict[str, Any]] = []
        handoffs: list[dict[str, Any]] = []
        for case_id in range(first, min(first + CHUNK_CASES, n_cases + 1)):
            received = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
            opened = datetime(received.year, received.month, received.day, 7, 30, tzinfo=UTC)
            history = received.year == 2024  # the earlier system's calls, by name only
            status, reason, closed_at = "open", None, None
            planned = rng.choices((2, 3, 4, 5, 6, 7), weights=(5, 10, 20, 30, 20, 15))[0]
            at = opened + timedelta(hours=2)
            used = 0
            for k in range(planned):
                at += timedelta(days=rng.randint(1, 4), minutes=rng.randrange(600))
                slot = rng.choices(SLOTS, weights=SLOT_WEIGHTS)[0]
                contact = rng.random() < SLOT_CONTACT[slot]
                outcome = (
                    rng.choices(CONTACTS, weights=CONTACT_WEIGHTS)[0]
                    if contact
                    else rng.choices(NO_CONTACT, weights=NO_CONTACT_WEIGHTS)[0]
                )
                used += 1
                agent = rng.randrange(N_AGENTS)
                attempts.append(
                    {
                        "case_id": case_id,
                        "at": at,
                        "slot": slot,
                        "outcome": outcome,
                        "is_contact": contact,
                        "counts_as_attempt": True,
                        "agent_id": None if history else agent_ids[agent],
                        "agent_name": rng.choice(HISTORY_AGENTS) if history else "",
                        "source": "history" if history else "app",
                        "created_at": at,
                    }
                )
                if outcome == "reached_help_accepted":
                    request_id += 1
                    status = "handed_off"
                    requests.append(
                        {
                            "id": request_id,
                            "case_id": case_id,
                            "help_types": rng.choice(("money_advice", "payment_arrangement|boom")),
                            "urgent": rng.random() < 0.1,
                            "created_at": at,
                        }
                    )
                    first_contact = at + timedelta(days=rng.randrange(0, 12), hours=1)
                    handoffs.append(
                        {
                            "case_id": case_id,
                            "help_request_id": request_id,
                            "handed_off_at": at,
                            "urgent": False,
                            "target_due_on": (at + timedelta(days=7)).date(),
                            "legal_due_on": (at + timedelta(days=28)).date(),
                            "first_contact_at": first_contact if rng.random() < 0.9 else None,
                            "help_offered": "money_advice",
                        }
                    )
                    break
                if outcome in CLOSE_REASON:
                    status, reason, closed_at = "closed", CLOSE_REASON[outcome], at
                    break
                if k == planned - 1 and planned >= 3:
                    status, reason, closed_at = "closed", "not_reached", at
            cases.append(
                {
                    "id": case_id,
                    "household_id": None,
                    "wijk": rng.choices(wijken, weights=wijk_weights)[0],
                    "status": status,
                    "close_reason": reason,
                    "opened_at": opened,
                    "closed_at": closed_at,
                    "first_received_on": received,
                    "total_arrears_cents": rng.randint(5_000, 500_000),
                    "attempts_used": used,
                    "missed_windows": 0,
                    "needs_phone": False,
                }
            )
            for _ in range(rng.choices((1, 2, 3), weights=(70, 22, 8))[0]):
                signal_no += 1
                signals.append(
                    {
                        "signal_ref": f"B-{signal_no:08d}",
                        "case_id": case_id,
                        "received_on": received,
                        "creditor": "Woonstichting",
                        "creditor_type": rng.choice(("rent", "energy", "water", "other")),
                        "arrears_cents": rng.randint(5_000, 200_000),
                        "imported_at": opened,
                    }
                )
        with db.engine.begin() as conn:
            for model, rows in (
                (Case, cases),
                (Signal, signals),
                (Attempt, attempts),
                (HelpRequest, requests),
                (Handoff, handoffs),
            ):
                if rows:
                    conn.execute(insert(model.__table__), rows)  # type: ignore[arg-type]
        counts["cases"] += len(cases)
        counts["signals"] += len(signals)
        counts["attempts"] += len(attempts)
        counts["handoffs"] += len(handoffs)
    with db.engine.begin() as conn:
        if db.dialect == "postgresql":
            conn.execute(
                text(
                    "SELECT setval(pg_get_serial_sequence('help_requests', 'id'), "
                    "(SELECT COALESCE(max(id), 1) FROM help_requests))"
                )
            )
        conn.execute(text("ANALYZE"))
    return counts


# --- the yardstick ------------------------------------------------------------------------


def yardstick_sql(dialect: str, period: tuple[date, date] | None) -> str:
    """One statement: cases/reached/accepted per wijk; calls/contacts/accepted per slot and
    agent (by_slot and by_agent are sums of these rows); the number of signals.

    Written for this schema: the contact attempts (partial index ix_attempts_contact_case)
    grouped per case and LEFT JOINed to the period's cases; the attempts per slot in one pass
    (index-only through ix_attempts_slot_agent for the whole range, joined to the period's
    cases otherwise). No CTE, so PostgreSQL can plan (and parallelise) each branch.
    """
    contact = "a.is_contact = 1" if dialect == "sqlite" else "a.is_contact"
    period_cases = "c.first_received_on BETWEEN :f AND :t"
    in_period = (
        "AND a.case_id IN (SELECT c.id FROM cases c WHERE c.first_received_on BETWEEN :f AND :t)"
        if period
        else ""
    )
    where = f"WHERE {period_cases}" if period else ""
    slot_join = f"JOIN cases c ON c.id = a.case_id WHERE {period_cases}" if period else ""
    signal_join = f"JOIN cases c ON c.id = s.case_id WHERE {period_cases}" if period else ""
    return f"""
SELECT 'wijk' AS kind, c.wijk AS name, count(*) AS n, count(p.case_id) AS c,
       coalesce(sum(p.acc), 0) AS acc
FROM cases c
LEFT JOIN (
    SELECT a.case_id,
           MAX(CASE WHEN a.outcome = 'reached_help_accepted' THEN 1 ELSE 0 END) AS acc
    FROM attempts a
    WHERE {contact} {in_period}
    GROUP BY a.case_id
) p ON p.case_id = c.id
{where}
GROUP BY c.wijk
UNION ALL
SELECT 'slot', a.slot || '|' || coalesce(CAST(a.agent_id AS VARCHAR(12)), '') || '|' ||
       a.agent_name, count(*), sum(CASE WHEN {contact} THEN 1 ELSE 0 END),
       sum(CASE WHEN a.outcome = 'reached_help_accepted' THEN 1 ELSE 0 END)
FROM attempts a {slot_join}
GROUP BY a.slot, a.agent_id, a.agent_name
UNION ALL
SELECT 'signals', '', count(*), 0, 0
FROM signals s {signal_join}
"""


def run_yardstick(engine: Engine, period: tuple[date, date] | None) -> dict[str, Any]:
    """The yardstick; on PostgreSQL with JIT off for it (JIT compiles for seconds here to save
    nothing: the report's own statements stay under the JIT cost threshold, see --explain)."""
    sql = text(yardstick_sql(engine.dialect.name, period))
    params = {"f": period[0], "t": period[1]} if period else {}
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.exec_driver_sql("SET LOCAL jit = off")
        rows = conn.execute(sql, params).all()
    wijk: dict[str, tuple[int, int, int]] = {}
    slot: dict[str, tuple[int, int]] = {}
    calls = contacts = accepted = signals = 0
    for kind, name, n, c, acc in rows:
        if kind == "wijk":
            wijk[str(name)] = (int(n), int(c), int(acc))
        elif kind == "slot":
            key = str(name).split("|", 1)[0]
            before = slot.get(key, (0, 0))
            slot[key] = (before[0] + int(n), before[1] + int(c))
            calls, contacts, accepted = calls + int(n), contacts + int(c), accepted + int(acc)
        else:
            signals = int(n)
    return {
        "wijk": wijk,
        "slot": slot,
        "agent_totals": (calls, contacts, accepted),
        "signals": signals,
    }


def report_figures(report: Report) -> dict[str, Any]:
    return {
        "wijk": {w.wijk: (w.cases, w.reached, w.accepted) for w in report.by_wijk},
        "slot": {s.slot: (s.attempts, s.contacts) for s in report.by_slot if s.attempts},
        "agent_totals": (
            sum(a.calls for a in report.by_agent),
            sum(a.contacts for a in report.by_agent),
            sum(a.accepted for a in report.by_agent),
        ),
        "signals": report.signals,
    }


# --- timing -------------------------------------------------------------------------------


def measure(url: str, n_cases: int, repeat: int, seed: int, explain: bool) -> dict[str, Any]:
    backend = backend_of(url)
    with fresh_database(url, "report") as fresh:
        db = Database.from_url(fresh)
        try:
            started = time.perf_counter()
            counts = fill(db, n_cases, seed)
            say(
                f"filled {counts['cases']} cases, {counts['attempts']} attempts, "
                f"{counts['signals']} signals, {counts['handoffs']} handoffs in "
                f"{time.perf_counter() - started:.0f} s"
            )
            ctx = AppContext(
                db=db,
                clock=FixedClock(NOW),
                actor=Actor(username="bench-teamlead", role=Role.TEAMLEAD, user_id=None),
            )
            periods: dict[str, tuple[date, date] | None] = {"all": None, "quarter": QUARTER}
            result: dict[str, Any] = {
                "benchmark": "report",
                "backend": backend,
                "cases": counts["cases"],
                "attempts": counts["attempts"],
                "signals": counts["signals"],
                "handoffs": counts["handoffs"],
                "repeat": repeat,
                "periods": {},
            }
            agree_all = True
            for name, period in periods.items():
                figures = _time_period(db, ctx, period, repeat)
                agree_all = agree_all and figures["agree"]
                result["periods"][name] = figures
                say(
                    f"{name}: report {figures['report_s_median'] * 1000:.0f} ms, "
                    f"yardstick {figures['yardstick_s_median'] * 1000:.0f} ms, "
                    f"ratio {figures['ratio']}, agree={figures['agree']}"
                )
                if explain:
                    _explain(db, ctx, period)
            whole = result["periods"]["all"]
            result["agree"] = agree_all
            result["targets"] = {
                "ratio_target": TARGET_RATIO,
                "ratio_ok": all(p["ratio"] <= TARGET_RATIO for p in result["periods"].values()),
                "seconds_target_postgresql": TARGET_PG_SECONDS,
                "seconds_ok": (
                    whole["report_s_median"] < TARGET_PG_SECONDS
                    if backend == "postgresql"
                    else None
                ),
                "at_target_size": counts["cases"] >= 250_000,
            }
            result["machine"] = machine()
            return result
        finally:
            db.dispose()


def _time_period(
    db: Database, ctx: AppContext, period: tuple[date, date] | None, repeat: int
) -> dict[str, Any]:
    date_from, date_to = period if period else (None, None)
    with db.engine.connect() as conn:
        pid = backend_pid(conn)

    def report() -> Report:
        return compute_report(ctx, date_from, date_to)

    def yardstick() -> dict[str, Any]:
        return run_yardstick(db.engine, period)

    first_report = report()  # warm-up (and the figures compared below)
    first_yard = yardstick()
    report_runs: list[tuple[float, float, float | None]] = []
    yard_runs: list[tuple[float, float, float | None]] = []
    for _ in range(repeat):
        report_runs.append(_timed(report, pid))
        yard_runs.append(_timed(yardstick, pid))
    mine = report_figures(first_report)
    agree = mine == first_yard
    if not agree:
        say(f"MISMATCH report {mine} vs yardstick {first_yard}")
    report_s = median([r[0] for r in report_runs])
    yard_s = median([r[0] for r in yard_runs])
    return {
        "from": date_from.isoformat() if date_from else None,
        "to": date_to.isoformat() if date_to else None,
        "cases": first_report.total.cases,
        "report_s_median": round(report_s, 4),
        "report_s_runs": [round(r[0], 4) for r in report_runs],
        "report_cpu_s_median": round(median([r[1] for r in report_runs]), 4),
        "report_server_cpu_s_median": _server_median(report_runs),
        "yardstick_s_median": round(yard_s, 4),
        "yardstick_s_runs": [round(r[0], 4) for r in yard_runs],
        "yardstick_cpu_s_median": round(median([r[1] for r in yard_runs]), 4),
        "yardstick_server_cpu_s_median": _server_median(yard_runs),
        "ratio": round(report_s / yard_s, 2) if yard_s else None,
        "agree": agree,
    }


def _server_median(runs: list[tuple[float, float, float | None]]) -> float | None:
    """The server backend's CPU (PostgreSQL on this machine), when every run had it."""
    values = [r[2] for r in runs if r[2] is not None]
    return round(median(values), 4) if values and len(values) == len(runs) else None


def _timed(func_: Callable[[], Any], pid: int | None) -> tuple[float, float, float | None]:
    """Wall seconds, this process's CPU seconds, the server backend's (when the same)."""
    with CpuMeter(pid) as cpu:
        started = time.perf_counter()
        func_()
        elapsed = time.perf_counter() - started
    return elapsed, cpu.client_s, cpu.server_s


# --- query plans --------------------------------------------------------------------------


def _explain(db: Database, ctx: AppContext, period: tuple[date, date] | None) -> None:
    statements = list(_captured(db, lambda: compute_report(ctx, *(period or (None, None)))))
    prefix = "EXPLAIN QUERY PLAN " if db.is_sqlite else "EXPLAIN (ANALYZE, BUFFERS) "
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        for sql, params in statements:
            if not sql.lstrip().upper().startswith(("SELECT", "WITH")):
                continue
            cursor.execute(prefix + sql, params)
            plan = "\n    ".join(" | ".join(str(c) for c in row) for row in cursor.fetchall())
            say(f"plan of: {' '.join(sql.split())[:160]}\n    {plan}")
        yard = yardstick_sql(db.dialect, period)
        if db.is_sqlite:
            args: Any = {"f": period[0].isoformat(), "t": period[1].isoformat()} if period else {}
            cursor.execute(prefix + yard, args)
        else:
            pg = yard.replace(":f", "%(f)s").replace(":t", "%(t)s")
            cursor.execute("SET jit = off")
            cursor.execute(prefix + pg, {"f": period[0], "t": period[1]} if period else {})
        plan = "\n    ".join(" | ".join(str(c) for c in row) for row in cursor.fetchall())
        say(f"plan of the yardstick:\n    {plan}")
        cursor.close()
    finally:
        raw.close()


def _captured(db: Database, func_: Callable[[], Any]) -> Iterator[tuple[str, Any]]:
    seen: list[tuple[str, Any]] = []

    def hook(conn: Any, cursor: Any, sql: str, params: Any, context: Any, many: bool) -> None:
        seen.append((sql, params))

    event.listen(db.engine, "before_cursor_execute", hook)
    try:
        func_()
    finally:
        event.remove(db.engine, "before_cursor_execute", hook)
    yield from seen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--db", default="sqlite", help="SQLAlchemy URL; 'sqlite' = a temp file (default)"
    )
    parser.add_argument("--cases", type=int, default=250_000)
    parser.add_argument("--repeat", type=int, default=5, help="timed runs (median reported)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--explain", action="store_true", help="query plans on standard error")
    parser.add_argument("--json", action="store_true", help="print only the JSON object")
    args = parser.parse_args(argv)
    if args.cases < 1 or args.repeat < 1:
        parser.error("--cases and --repeat must be at least 1")
    result = measure(args.db, args.cases, args.repeat, args.seed, args.explain)
    print(json.dumps(result) if args.json else json.dumps(result, indent=2))
    return 0 if result["agree"] else 1


if __name__ == "__main__":
    sys.exit(main())
