"""Time compute_report on a synthetic database of 250,000 cases and about 1,000,000 attempts.

    .venv/bin/python scripts/bench_report.py --db sqlite:////tmp/bench.sqlite3 [--cases 250000]
    .venv/bin/python scripts/bench_report.py --db postgresql+psycopg://postgres@127.0.0.1:54329/bench

The database is filled once (skipped when it already holds cases) with bulk inserts, then the
report is computed for the whole range and for one quarter, next to one hand-written aggregate
query (reach and acceptance per wijk over all attempts) as the yardstick.
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, insert, select, text

from app.clock import FixedClock
from app.db import Database, open_database
from app.models import Attempt, Case, Handoff, HelpRequest, Signal
from app.services.context import AppContext
from app.services.reporting import compute_report

WIJKEN = [
    "Oude Stad",
    "Haarlemmerhoutkwartier",
    "Zijlwegkwartier",
    "Houtvaartkwartier",
    "Duinwijk",
    "Waarder- en Veerpolder",
    "Amsterdamsewijk",
    "Slachthuiswijk",
    "Parkwijk",
    "Transvaalwijk",
    "Indischewijk",
    "Ter Kleefkwartier",
    "Te Zaanenkwartier",
    "Vogelenwijk",
    "Delftwijk",
    "Vondelkwartier",
    "Spaarndam",
    "Europawijk",
    "Boerhaavewijk",
    "Molenwijk",
    "Meerwijk",
]
SLOTS = ["morning", "afternoon", "evening", "saturday"]
NO_CONTACT = ["no_answer", "voicemail", "busy"]
CONTACT_CLOSE = ["reached_no_help_needed", "reached_help_declined", "already_in_debt_help"]
CHUNK = 20_000


def fill(db: Database, n_cases: int, seed: int) -> None:
    rng = random.Random(seed)
    start = date(2024, 1, 1)
    now = datetime(2026, 1, 1, tzinfo=UTC)
    cases: list[dict[str, object]] = []
    signals: list[dict[str, object]] = []
    attempts: list[dict[str, object]] = []
    requests: list[dict[str, object]] = []
    handoffs: list[dict[str, object]] = []
    signal_no = 0
    for case_id in range(1, n_cases + 1):
        received = start + timedelta(days=rng.randrange(730))
        opened = datetime(received.year, received.month, received.day, 8, tzinfo=UTC)
        status, reason = "closed", "not_reached"
        n_attempts = rng.choice([3, 4, 4, 5, 7])
        at = opened + timedelta(days=1, hours=1)
        for k in range(n_attempts):
            at += timedelta(days=1, hours=rng.randrange(-3, 4))
            contact = rng.random() < 0.1 or (k == n_attempts - 1 and rng.random() < 0.2)
            if contact:
                roll = rng.random()
                if roll < 0.3:
                    outcome = "reached_help_accepted"
                    status, reason = "handed_off", None
                else:
                    outcome = rng.choice(CONTACT_CLOSE)
                    reason = {
                        "reached_no_help_needed": "no_help_needed",
                        "reached_help_declined": "help_declined",
                        "already_in_debt_help": "already_in_debt_help",
                    }[outcome]
            else:
                outcome = rng.choice(NO_CONTACT)
            attempts.append(
                {
                    "case_id": case_id,
                    "at": at,
                    "slot": rng.choice(SLOTS),
                    "outcome": outcome,
                    "is_contact": contact,
                    "counts_as_attempt": True,
                    "agent_id": None,
                    "agent_name": f"Beller {rng.randrange(25)}",
                    "source": "history",
                    "created_at": now,
                }
            )
            if outcome == "reached_help_accepted":
                requests.append(
                    {
                        "id": len(requests) + 1,
                        "case_id": case_id,
                        "help_types": "money_advice",
                        "urgent": False,
                        "created_at": at,
                    }
                )
                first = at + timedelta(days=rng.randrange(0, 9))
                handoffs.append(
                    {
                        "case_id": case_id,
                        "help_request_id": len(requests),
                        "handed_off_at": at,
                        "urgent": False,
                        "target_due_on": (at + timedelta(days=7)).date(),
                        "legal_due_on": (at + timedelta(days=28)).date(),
                        "first_contact_at": first if rng.random() < 0.9 else None,
                        "help_offered": "money_advice",
                    }
                )
            if contact:
                break
        if case_id % 17 == 0 and status == "closed" and reason == "not_reached":
            status, reason = "open", None
        cases.append(
            {
                "id": case_id,
                "household_id": None,
                "wijk": rng.choice(WIJKEN),
                "status": status,
                "close_reason": reason,
                "opened_at": opened,
                "first_received_on": received,
                "total_arrears_cents": 100_000,
                "attempts_used": n_attempts,
                "missed_windows": 0,
                "needs_phone": False,
            }
        )
        for _ in range(1 + (rng.random() < 0.2)):
            signal_no += 1
            signals.append(
                {
                    "signal_ref": f"B{signal_no}",
                    "case_id": case_id,
                    "received_on": received,
                    "creditor": "Woonstichting",
                    "creditor_type": "rent",
                    "arrears_cents": 100_000,
                    "imported_at": now,
                }
            )
    with db.engine.begin() as conn:
        for table, rows in [
            (Case, cases),
            (Signal, signals),
            (Attempt, attempts),
            (HelpRequest, requests),
            (Handoff, handoffs),
        ]:
            for i in range(0, len(rows), CHUNK):
                conn.execute(insert(table), rows[i : i + CHUNK])
            print(f"  {table.__tablename__}: {len(rows)} rows", flush=True)
    with db.engine.begin() as conn:
        conn.execute(text("ANALYZE"))


YARDSTICK = """
SELECT c.wijk, count(*) AS cases, count(r.case_id) AS reached, coalesce(sum(r.acc), 0)
FROM cases c
LEFT JOIN (
    SELECT case_id, max(CASE WHEN is_contact THEN 1 ELSE 0 END) AS reached,
           max(CASE WHEN outcome = 'reached_help_accepted' THEN 1 ELSE 0 END) AS acc
    FROM attempts GROUP BY case_id
) r ON r.case_id = c.id AND r.reached = 1
GROUP BY c.wijk
"""


def best_of(runs: int, func_: object) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        func_()  # type: ignore[operator]
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--cases", type=int, default=250_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    db = open_database(args.db)
    with db.read() as session:
        have = session.execute(select(func.count()).select_from(Case)).scalar_one()
    if not have:
        print(f"filling {args.db} with {args.cases} cases …", flush=True)
        t0 = time.perf_counter()
        fill(db, args.cases, args.seed)
        print(f"  filled in {time.perf_counter() - t0:.0f} s", flush=True)
    with db.read() as session:
        n_attempts = session.execute(select(func.count()).select_from(Attempt)).scalar_one()
        n_cases = session.execute(select(func.count()).select_from(Case)).scalar_one()
    print(f"{db.dialect}: {n_cases} cases, {n_attempts} attempts")
    ctx = AppContext(db=db, clock=FixedClock(datetime(2026, 1, 1, tzinfo=UTC)))

    def yardstick() -> None:
        with db.engine.connect() as conn:
            conn.execute(text(YARDSTICK)).all()

    # Interleaved, best of N each: a busy machine slows all three alike.
    whole_t: list[float] = []
    quarter_t: list[float] = []
    yard_t: list[float] = []
    for _ in range(args.runs):
        whole_t.append(best_of(1, lambda: compute_report(ctx, None, None)))
        quarter_t.append(
            best_of(1, lambda: compute_report(ctx, date(2025, 1, 1), date(2025, 3, 31)))
        )
        yard_t.append(best_of(1, yardstick))
    whole, quarter, yard = min(whole_t), min(quarter_t), min(yard_t)
    report = compute_report(ctx, None, None)
    print(f"  total: {report.total.to_json()}")
    print(f"  compute_report, all cases:   {whole * 1000:8.0f} ms")
    print(f"  compute_report, one quarter: {quarter * 1000:8.0f} ms")
    print(f"  one hand-written aggregate:  {yard * 1000:8.0f} ms  (ratio {whole / yard:.2f})")
    db.dispose()


if __name__ == "__main__":
    main()
