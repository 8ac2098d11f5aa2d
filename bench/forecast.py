#!/usr/bin/env python3
"""Benchmark of the team lead's forecast (issue 15): 14 days against the roster.

    python bench/forecast.py --db sqlite --cases 100000 --json
    python bench/forecast.py --db postgresql+psycopg://postgres@127.0.0.1:54329/postgres \
        --cases 100000 --json

1. A fresh database (SQLite: a temporary file; PostgreSQL: the URL names the server, a
   database `bench_forecast_<hex>` is created and dropped afterwards), filled with Core
   executemany inserts: N open cases whose signals came in over the last three weeks, each in
   the state the planner left it in: the case's plan (one of three variants per import day, as
   the wijken's contact rates break ties differently) with the attempts whose windows have
   passed recorded as unanswered calls (one in ten windows was missed and moved a week on),
   and the next window set; 2% of the cases with a callback booked in the coming days instead;
   a roster of 12 agents; a month of measured handling times (40,000 calls). Then ANALYZE.
2. `--repeat` interleaved runs of
   - `app.services.forecast.forecast` for 14 days from today (team lead's context);
   - the floor: the one aggregate statement the forecast reads the open cases' plan states
     with, fetched and nothing else (what no forecast of these cases can go below).
3. Prints ONE JSON object with the medians, wall and CPU time, and the target (N = 100,000:
   under 1 s on PostgreSQL).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from typing import Any

from benchlib import CpuMeter, backend_of, backend_pid, fresh_database, machine, median, say
from sqlalchemy import insert, text

from app.clock import AMSTERDAM, FixedClock
from app.db import Database
from app.models import Attempt, Callback, Case, Household, RosterEntry, User
from app.models.enums import Role
from app.scheduler import planner
from app.scheduler.calendar import SLOTS
from app.services import forecast, planning
from app.services.context import Actor, AppContext

#: Tuesday 8 June 2027, 10:00 Amsterdam: an ordinary working week.
NOW = datetime(2027, 6, 8, 8, 0, tzinfo=UTC)
TARGET_PG_SECONDS = 1.0
DAYS = 14
CHUNK = 5000
ROSTER = [
    (f"Beller {n}", day, start, end)
    for n in range(1, 13)
    for day, start, end in (
        [(d, "09:00", "17:00") for d in range(5)]
        if n <= 6
        else [(d, "13:00", "21:00") for d in range(5)] + [(5, "10:00", "16:00")]
    )
]


def _plans(context: planning.PlanningContext, rng: random.Random) -> list[list[Any]]:
    """Per import day of the last three weeks three plan variants (windows of a whole plan)."""
    plans = []
    calendar, rules = context.calendar, context.rules
    for back in range(21):
        start = NOW - timedelta(days=back)
        for variant in range(3):
            # The wijk's contact rates break ties between slot types; three wijk profiles.
            rates = {slot: rng.random() for slot in SLOTS} if variant else None
            history: list[planner.PastAttempt] = []
            windows = []
            at = start
            while len(windows) < rules.max_attempts:
                nxt = planner.next_attempt(calendar, rules, history, at, rates)
                if nxt is None:
                    break
                windows.append(nxt.window)
                history.append(planner.PastAttempt(nxt.slot, nxt.window.start))
                at = nxt.window.start
            if windows:
                plans.append(windows)
    return plans


def fill(db: Database, cases: int, seed: int) -> dict[str, int]:
    rng = random.Random(seed)
    context = planning.PlanningContext.defaults()
    plans = _plans(context, rng)
    made = {"cases": 0, "attempts": 0, "callbacks": 0}
    with db.begin() as session:
        session.add(
            User(
                username="tessa",
                display_name="Tessa",
                role=Role.TEAMLEAD.value,
                password_hash="x",
                must_change_password=False,
                created_at=NOW,
            )
        )
        for line, (agent, day, start, end) in enumerate(ROSTER, start=1):
            session.add(RosterEntry(agent=agent, weekday=day, start=start, end=end, line=line))
    serial = 0
    while serial < cases:
        size = min(CHUNK, cases - serial)
        with db.begin() as session:
            session.execute(
                insert(Household),
                [
                    {
                        "address_key": f"B{serial + i}",
                        "postcode": "2011AA",
                        "house_number": serial + i,
                        "house_number_suffix": "",
                        "street": "Grote Markt",
                        "city": "Haarlem",
                    }
                    for i in range(size)
                ],
            )
            first_household = session.execute(
                text("SELECT min(id) FROM households WHERE address_key = :k"),
                {"k": f"B{serial}"},
            ).scalar_one()
            case_rows, states = [], []
            for i in range(size):
                windows = rng.choice(plans)
                done = [w for w in windows if w.end <= NOW]
                upcoming = [w for w in windows if w.end > NOW]
                nxt = upcoming[0] if upcoming else None
                if nxt is not None and rng.random() < 0.1:
                    moved = context.calendar.next_window(nxt.slot, nxt.end)
                    nxt = moved or nxt
                callback = nxt is not None and rng.random() < 0.02
                # Each call at its own minute of the window, as agents make them.
                times = [w.start + timedelta(minutes=rng.randint(0, 120)) for w in done]
                states.append((list(zip(done, times, strict=True)), callback))
                case_rows.append(
                    {
                        "household_id": first_household + i,
                        "wijk": "Oude Stad",
                        "status": "open",
                        "opened_at": windows[0].start - timedelta(hours=20),
                        "first_received_on": (windows[0].start - timedelta(days=1)).date(),
                        "total_arrears_cents": rng.randint(10_000, 500_000),
                        "attempts_used": len(done),
                        "next_slot": None if callback or nxt is None else nxt.slot.value,
                        "next_window_start": None if callback or nxt is None else nxt.start,
                        "next_window_end": None if callback or nxt is None else nxt.end,
                        "plan_started_at": times[0] if times else None,
                        # As outcomes.record_outcome keeps it beside attempts_used.
                        "tried_slots": ",".join(
                            str(sum(1 for w in done if w.slot is slot)) for slot in SLOTS
                        ),
                        "missed_windows": 0,
                        "needs_phone": False,
                    }
                )
            session.execute(insert(Case), case_rows)
            first_case = session.execute(
                text("SELECT min(id) FROM cases WHERE household_id = :h"), {"h": first_household}
            ).scalar_one()
            attempts, callbacks = [], []
            for i, (done, callback) in enumerate(states):
                for window, at in done:
                    attempts.append(
                        {
                            "case_id": first_case + i,
                            "at": at,
                            "slot": window.slot.value,
                            "outcome": "no_answer",
                            "is_contact": False,
                            "counts_as_attempt": True,
                            "agent_name": "Beller",
                            "source": "app",
                            "created_at": window.start,
                        }
                    )
                if callback:
                    callbacks.append(
                        {
                            "case_id": first_case + i,
                            "due_at": NOW + timedelta(days=rng.randint(0, 12), hours=8),
                            "status": "open",
                            "created_at": NOW,
                        }
                    )
            if attempts:
                session.execute(insert(Attempt), attempts)
            if callbacks:
                session.execute(insert(Callback), callbacks)
            made["attempts"] += len(attempts)
            made["callbacks"] += len(callbacks)
        serial += size
        made["cases"] += size
        say(f"{serial} cases")
    # A month of measured calls (handling time): on the first cases, not counting.
    with db.begin() as session:
        measured = [
            {
                "case_id": 1 + n % min(1000, cases),
                "at": NOW - timedelta(days=1 + n % 27, hours=n % 9),
                "slot": SLOTS[n % 4].value,
                "outcome": "no_answer" if n % 5 else "reached_no_help_needed",
                "is_contact": n % 5 == 0,
                "counts_as_attempt": False,
                "agent_name": "Beller",
                "source": "app",
                "created_at": NOW,
                "started_at": NOW - timedelta(days=1 + n % 27, hours=n % 9, minutes=3),
                "duration_seconds": 60 + (n * 37) % 600,
                "wrap_up_seconds": 20 + n % 60,
            }
            for n in range(min(40_000, 4 * cases))
        ]
        session.execute(insert(Attempt), measured)
    with db.engine.connect() as conn:
        conn.execute(text("ANALYZE"))
        conn.commit()
    return made


def floor_query(db: Database) -> int:
    with db.read() as session:
        return len(session.execute(forecast._state_query(session)).all())


def measure(url: str, cases: int, repeat: int, seed: int) -> dict[str, Any]:
    backend = backend_of(url)
    with fresh_database(url, "forecast") as fresh:
        db = Database.from_url(fresh)
        try:
            say("filling")
            started = time.perf_counter()
            made = fill(db, cases, seed)
            say(f"filled in {time.perf_counter() - started:.1f} s")
            ctx = AppContext(
                db=db,
                clock=FixedClock(NOW),
                actor=Actor(username="tessa", role=Role.TEAMLEAD, user_id=1),
            )
            today = NOW.astimezone(AMSTERDAM).date()
            with db.engine.connect() as conn:
                pid = backend_pid(conn)
            result = forecast.forecast(ctx, today, DAYS)  # warm-up
            floor_query(db)
            runs: list[float] = []
            floors: list[float] = []
            cpu_client: list[float] = []
            for _ in range(repeat):
                with CpuMeter(pid) as meter:
                    t0 = time.perf_counter()
                    result = forecast.forecast(ctx, today, DAYS)
                    runs.append(time.perf_counter() - t0)
                cpu_client.append(meter.client_s)
                t0 = time.perf_counter()
                states = floor_query(db)
                floors.append(time.perf_counter() - t0)
        finally:
            db.dispose()
    seconds = median(runs)
    return {
        "benchmark": "forecast",
        "backend": backend,
        "cases": made["cases"],
        "attempts": made["attempts"],
        "callbacks": made["callbacks"],
        "days": DAYS,
        "plan_states": states,
        "rows": len(result.rows),
        "planned": sum(row.planned for row in result.rows),
        "shortfall": result.shortfall,
        "forecast_s_median": round(seconds, 4),
        "forecast_cpu_client_s_median": round(median(cpu_client), 4),
        "floor_state_query_s_median": round(median(floors), 4),
        "ratio_vs_floor": round(seconds / median(floors), 2) if median(floors) else None,
        "targets": {
            "seconds_target": TARGET_PG_SECONDS,
            "seconds_ok": seconds < TARGET_PG_SECONDS if backend == "postgresql" else None,
        },
        "machine": machine(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--db", default="sqlite")
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.cases < 1 or args.repeat < 1:
        parser.error("--cases and --repeat must be 1 or more")
    result = measure(args.db, args.cases, args.repeat, args.seed)
    print(json.dumps(result) if args.json else json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
