#!/usr/bin/env python3
"""Benchmark of the shared queue: N agents claim and record `no_answer` until the window is empty.

    python bench/claims.py --db URL --agents 12 --cases 100000 --json

1. Makes the database fresh: PostgreSQL — the database named in the URL is dropped and created
   again (it must be missing, empty or made by this benchmark before); SQLite — the file is
   replaced (same condition); `--db sqlite` (or no --db) uses a new temporary file, whose URL is
   printed on standard error. Then migrates it.
2. Fills it with M open cases due in one calling window (Tuesday 24 November 2026, morning,
   09:00–12:30 Amsterdam) with Core inserts; the clock of every agent is fixed at 10:00.
   On PostgreSQL each agent is a real login role (issue 13: `vroegbel_sync_login` with a
   password of this run, member of `vroegbel_agent`; the URL's login must be allowed to create
   roles) and claims through its own connection, so row-level security and the owner's claim
   function are measured as the agents meet them. The server's clock decides a lease there, so
   the window is placed around the server's time. `--owner-connections` measures the old way
   (every agent on the URL's own login) for comparison. Login roles are cluster-wide: the
   `bench-agent-NN` roles are reused by the next run.
3. Runs N agents as threads, each with its own engine and connection. Each agent loops:
   a bare `SELECT 1` on its connection (timed: the physical round trip), `queue.next_call`
   (timed: the claim), `queue.save_outcome(no_answer)`. `no_answer` makes the planner plan the
   next attempt on another day, so the case leaves the window; the loop ends when `next_call`
   finds nothing.
   `--time-limit SECONDS` stops the agents early on a slow machine; `claims` is then what was
   done (and still agrees with the report).
4. Prints one JSON object: agents, cases, claims, double_claims (claims of a case that had
   already been handed out), claims_per_s, claim_p50_ms, claim_p95_ms, roundtrip_p50_ms.

The database is left in place: `vroegbel --db URL report --format json` counts the same
attempts (the script checks the attempts table itself and says so on standard error).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import secrets
import socket
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, insert, inspect, select, text
from sqlalchemy.engine import Connection, Engine, make_url

from app import db_security
from app.clock import FixedClock
from app.db import Database, make_engine, upgrade
from app.models import Attempt, Case, Household, JobRun, PhoneNumber, Signal, User
from app.models.enums import Outcome, Role
from app.services import queue
from app.services.context import Actor, AppContext

MARKER_JOB = "bench.claims"
WINDOW_START = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)  # Tuesday 09:00 Amsterdam (CET)
WINDOW_END = datetime(2026, 11, 24, 11, 30, tzinfo=UTC)  # 12:30
NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)  # 10:00, inside the morning window
WIJKEN = (
    "Oude Stad",
    "Zijlwegkwartier",
    "Amsterdamsewijk",
    "Slachthuiswijk",
    "Europawijk",
    "Boerhaavewijk",
    "Molenwijk",
    "Meerwijk",
)
CHUNK = 5000
#: The agents' password for one run (personal logins on PostgreSQL): random, never printed.
AGENT_PASSWORD = "Bench-" + secrets.token_urlsafe(18)


def say(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


# --- a fresh database --------------------------------------------------------------------------


def _made_by_bench_or_empty(engine: Engine) -> bool:
    with engine.connect() as conn:
        if not inspect(conn).has_table("cases"):
            return True
        if conn.execute(select(func.count()).select_from(Case)).scalar_one() == 0:
            return True
        if not inspect(conn).has_table("job_runs"):
            return False
        marker = conn.execute(
            select(func.count()).select_from(JobRun).where(JobRun.job == MARKER_JOB)
        ).scalar_one()
        return bool(marker)


def fresh_database(url: str, *, force: bool) -> str:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = Path(parsed.database or "")
        if not parsed.database or parsed.database == ":memory:":
            raise SystemExit("bench: give a SQLite file, e.g. sqlite:////tmp/bench.sqlite3")
        if path.exists():
            engine = make_engine(url)
            ok = _made_by_bench_or_empty(engine)
            engine.dispose()
            if not ok and not force:
                raise SystemExit(f"bench: {path} holds other data; use --force to replace it")
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
    elif parsed.get_backend_name() == "postgresql":
        name = parsed.database or ""
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name) or name in ("postgres", "template1"):
            raise SystemExit("bench: name a separate PostgreSQL database, e.g. .../bench_claims")
        admin_url = parsed.set(database="postgres")
        if admin_url.drivername == "postgresql":
            admin_url = admin_url.set(drivername="postgresql+psycopg")
        admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            exists = conn.execute(
                text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}
            ).first()
        if exists:
            engine = make_engine(url)
            ok = _made_by_bench_or_empty(engine)
            engine.dispose()
            if not ok and not force:
                admin.dispose()
                raise SystemExit(f"bench: database {name} holds other data; use --force")
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
    else:
        raise SystemExit("bench: only SQLite and PostgreSQL are supported")
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    return url


# --- filling it ----------------------------------------------------------------------------------


def fill(
    db: Database,
    agents: int,
    cases: int,
    seed: int,
    window: tuple[datetime, datetime] = (WINDOW_START, WINDOW_END),
    personal: bool = False,
) -> list[Actor]:
    rng = random.Random(seed)
    with db.begin() as session:
        session.add(
            JobRun(
                job=MARKER_JOB,
                tick=datetime.now(UTC).isoformat(timespec="seconds"),
                host=socket.gethostname(),
                started_at=datetime.now(UTC),
                result=json.dumps({"agents": agents, "cases": cases}),
            )
        )
        users = [
            User(
                username=f"bench-agent-{i:02d}",
                display_name=f"Bench agent {i:02d}",
                role=Role.AGENT.value,
                password_hash="!bench: no login",
                must_change_password=False,
                created_at=NOW,
            )
            for i in range(1, agents + 1)
        ]
        session.add_all(users)
        session.flush()
        actors = [Actor(username=u.username, role=Role.AGENT, user_id=u.id) for u in users]
        if personal:
            secret = db_security.scram_verifier(AGENT_PASSWORD)
            for user in users:
                session.execute(
                    text("SELECT vroegbel_sync_login(:name, :secret)"),
                    {"name": user.username, "secret": secret},
                )
    for first in range(1, cases + 1, CHUNK):
        ids = range(first, min(first + CHUNK, cases + 1))
        households: list[dict[str, Any]] = []
        rows: list[dict[str, Any]] = []
        signals: list[dict[str, Any]] = []
        phones: list[dict[str, Any]] = []
        for n in ids:
            postcode = f"20{rng.randint(11, 37)}{rng.choice('ABCDEFGHJK')}{rng.choice('ABCDEFGH')}"
            received = date(2026, 11, 23) - timedelta(days=rng.randint(0, 30))
            cents = rng.randint(10_000, 900_000)
            households.append(
                {
                    "id": n,
                    "address_key": f"{postcode}-{n}",
                    "postcode": postcode,
                    "house_number": n,
                    "house_number_suffix": "",
                    "street": "Benchstraat",
                    "city": "Haarlem",
                }
            )
            rows.append(
                {
                    "id": n,
                    "household_id": n,
                    "wijk": rng.choice(WIJKEN),
                    "status": "open",
                    "opened_at": NOW - timedelta(days=1),
                    "first_received_on": received,
                    "total_arrears_cents": cents,
                    "attempts_used": 0,
                    "next_slot": "morning",
                    "next_window_start": window[0],
                    "next_window_end": window[1],
                    "missed_windows": 0,
                    "needs_phone": False,
                }
            )
            signals.append(
                {
                    "id": n,
                    "signal_ref": f"bench-{n}",
                    "case_id": n,
                    "received_on": received,
                    "creditor": "Bench Wonen",
                    "creditor_type": "rent",
                    "arrears_cents": cents,
                    "bsn": None,
                    "last_name": f"Bewoner{n}",
                    "first_name": None,
                    "birth_date": None,
                    "email": None,
                    "imported_at": NOW - timedelta(days=1),
                }
            )
            phones.append({"id": n, "case_id": n, "number_e164": "+31612345678", "position": 0})
        with db.begin() as session:
            session.execute(insert(Household), households)
            session.execute(insert(Case), rows)
            session.execute(insert(Signal), signals)
            session.execute(insert(PhoneNumber), phones)
    if db.dialect == "postgresql":
        with db.begin() as session:
            for table in ("households", "cases", "signals", "phone_numbers"):
                session.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"(SELECT COALESCE(max(id), 1) FROM {table}))"
                    )
                )
            session.execute(text("ANALYZE"))
    else:
        with db.begin() as session:
            session.execute(text("ANALYZE"))
    return actors


# --- the agents ----------------------------------------------------------------------------------


class Agent(threading.Thread):
    def __init__(
        self,
        url: str,
        actor: Actor,
        start: threading.Barrier,
        stop: threading.Event,
        personal: bool = False,
    ) -> None:
        super().__init__(name=actor.username, daemon=True)
        self.stop = stop
        # A personal login connects as the agent itself, with the run's password.
        self.url = (
            make_url(url)
            .set(username=actor.username, password=AGENT_PASSWORD)
            .render_as_string(hide_password=False)
            if personal
            else url
        )
        self.actor = actor
        self.barrier = start
        self.claimed: list[int] = []
        self.claim_s: list[float] = []
        self.roundtrip_s: list[float] = []
        self.errors: list[str] = []

    def run(self) -> None:
        db = Database.from_url(self.url)
        ctx = AppContext(db=db, clock=FixedClock(NOW), actor=self.actor)
        ping: Connection | None = None
        try:
            # The floor: a bare SELECT 1, one round trip (autocommit on PostgreSQL, so the driver
            # sends no BEGIN), on a connection of the agent's own engine, kept open for the run.
            ping = db.engine.connect()
            if db.dialect == "postgresql":
                ping.execution_options(isolation_level="AUTOCOMMIT")
            ping.exec_driver_sql("SELECT 1").scalar()
            self.barrier.wait()
            clock = time.perf_counter
            while not self.stop.is_set():
                t0 = clock()
                ping.exec_driver_sql("SELECT 1").scalar()
                self.roundtrip_s.append(clock() - t0)
                if db.dialect == "sqlite":
                    ping.rollback()  # never keep a read snapshot open between calls
                t0 = clock()
                claimed = queue.next_call(ctx)
                elapsed = clock() - t0
                if claimed is None:
                    break
                self.claim_s.append(elapsed)
                self.claimed.append(claimed.case_id)
                try:
                    queue.save_outcome(
                        ctx,
                        claimed.case_id,
                        queue.OutcomeEntry.new(Outcome.NO_ANSWER, ctx.clock.now()),
                    )
                except Exception as exc:  # counted and reported, the run goes on
                    self.errors.append(f"{exc.__class__.__name__}: {exc}")
                    queue.release(ctx, claimed.case_id)
        except Exception as exc:
            self.errors.append(f"{exc.__class__.__name__}: {exc}")
        finally:
            if ping is not None:
                ping.close()
            queue.close_claim_connection(db)
            db.dispose()


def percentile(values: list[float], pct: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def run(
    url: str,
    agents: int,
    cases: int,
    seed: int,
    force: bool,
    time_limit: float | None = None,
    owner_connections: bool = False,
) -> dict[str, Any]:
    fresh_database(url, force=force)
    db = Database.from_url(url)
    personal = db.dialect == "postgresql" and not owner_connections
    window = (WINDOW_START, WINDOW_END)
    if personal:
        with db.read() as session:
            server_now = session.execute(text("SELECT now()")).scalar_one().astimezone(UTC)
        window = (server_now - timedelta(hours=1), server_now + timedelta(hours=3))
    t0 = time.perf_counter()
    actors = fill(db, agents, cases, seed, window, personal)
    say(
        f"{cases} cases made in {time.perf_counter() - t0:.1f} s on {db.dialect}"
        + (" (agents as personal logins)" if personal else "")
    )
    barrier = threading.Barrier(agents + 1)
    stop = threading.Event()
    threads = [Agent(url, actor, barrier, stop, personal) for actor in actors]
    for thread in threads:
        thread.start()
    barrier.wait()
    started = time.perf_counter()
    if time_limit is not None:
        timer = threading.Timer(time_limit, stop.set)
        timer.daemon = True
        timer.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    stop.set()
    if len([1 for t in threads for _ in t.claimed]) < cases:
        say("time limit reached: the agents stopped before the window's queue was empty")

    claimed = [case_id for t in threads for case_id in t.claimed]
    claim_s = [s for t in threads for s in t.claim_s]
    roundtrip_s = [s for t in threads for s in t.roundtrip_s]
    errors = [e for t in threads for e in t.errors]
    double_claims = sum(n - 1 for n in Counter(claimed).values() if n > 1)
    with db.read() as session:
        attempts = session.scalar(select(func.count()).select_from(Attempt)) or 0
        left = session.scalar(
            select(func.count())
            .select_from(Case)
            .where(
                Case.status == "open",
                Case.next_window_start <= (NOW if not personal else window[0]),
                Case.next_window_end > (NOW if not personal else window[0]),
            )
        )
    db.dispose()
    for error in errors[:5]:
        say(f"agent error: {error}")
    say(
        f"{attempts} attempts recorded for {len(claimed)} claims; {left} cases left in the "
        f"window; {len(errors)} errors; {wall:.1f} s"
    )
    if attempts != len(claimed) - len(errors):
        say("MISMATCH between claims and recorded attempts")
    return {
        "agents": agents,
        "cases": cases,
        "claims": len(claimed),
        "double_claims": double_claims,
        "claims_per_s": round(len(claimed) / wall, 1) if wall else 0.0,
        "claim_p50_ms": round(statistics.median(claim_s) * 1000, 3) if claim_s else 0.0,
        "claim_p95_ms": round(percentile(claim_s, 95) * 1000, 3),
        "roundtrip_p50_ms": (
            round(statistics.median(roundtrip_s) * 1000, 3) if roundtrip_s else 0.0
        ),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--db", default="sqlite", help="database URL; 'sqlite' = a temp file")
    parser.add_argument("--agents", type=int, default=12)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--force", action="store_true", help="replace a database with data")
    parser.add_argument(
        "--owner-connections",
        action="store_true",
        help="PostgreSQL: every agent on the URL's own login (the way before personal logins)",
    )
    parser.add_argument(
        "--time-limit",
        type=float,
        metavar="SECONDS",
        help="stop the agents after this long (claims then counts what was done)",
    )
    args = parser.parse_args(argv)
    if args.agents < 1 or args.cases < 0:
        parser.error("--agents must be at least 1 and --cases at least 0")
    url = args.db
    if url == "sqlite":
        folder = tempfile.mkdtemp(prefix="vroegbel-bench-")
        url = f"sqlite:///{os.path.join(folder, 'claims.sqlite3')}"
        say(f"database: {url}")
    result = run(
        url,
        args.agents,
        args.cases,
        args.seed,
        args.force,
        args.time_limit,
        args.owner_connections,
    )
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>18}: {value}")
    return 0 if result["double_claims"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
