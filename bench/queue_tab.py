#!/usr/bin/env python3
"""Benchmark of the team lead's Queue tab with 100,000 open cases: does it stay responsive?

    QT_QPA_PLATFORM=offscreen python bench/queue_tab.py --cases 100000 --seconds 20 --json

1. Makes a fresh SQLite database (`--db sqlite:///FILE` to choose the file; PostgreSQL URLs
   work too, on a database made for this benchmark) with N open cases spread over 21 days and
   the day's calling windows, users of every role, and a few hundred attempts today.
2. Opens the real QueueMonitorTab (offscreen) as a team lead and measures the time until the
   first paint with data: the live figures shown and the first page of the open-case table
   loaded (`first_paint_ms`); the resident set size before and after (`rss_*_mb`).
3. While a background "agent" thread changes the database every 300 ms (claim, record an
   outcome, release) the tab polls its change token every 500 ms (instead of 3 s, to get many
   refreshes into the run). A 5 ms QTimer on the GUI thread records the gaps between its ticks:
   `gui_stall_max_ms` is the longest time the GUI thread could not react (minus the 5 ms),
   `gui_stall_p99_ms` its 99th percentile. The table first scrolls to `--loaded` rows (5,000 by
   default) so each refresh re-reads and diffs that many rows.
4. Prints one JSON object with these figures, the refresh count and durations, the pauses of
   Python's garbage collector during the run (a full collection stops every thread: the
   largest GUI stalls are these), and the service timings of one refresh (`live_figures_ms`,
   `change_token_ms`, `page_ms` – a page in the middle of the listing –, `count_ms`, and the
   due-now page and count), each the median of 5 calls, with the process's CPU time beside
   it (`*_cpu_ms`). `--gc-freeze` freezes the start-up objects first, as the app could after
   its window is built.

`--reuse` keeps a database that an earlier `--reuse` run filled (`--db sqlite:///FILE` or a
PostgreSQL database made for it): building 1,000,000 cases takes many minutes, so build it
once per backend. The earlier runs' agent thread has moved a few hundred cases on.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, select

from app.clock import AMSTERDAM, FixedClock
from app.db import Database, make_engine, upgrade
from app.models import Case, User
from app.models.enums import Outcome, Role
from app.services.context import Actor, AppContext

#: Tuesday 24 November 2026, 10:00 in Amsterdam: the morning window is open.
MOMENT = datetime(2026, 11, 24, 10, 0, tzinfo=AMSTERDAM)
WINDOWS = {
    "morning": ((9, 0), (12, 30)),
    "afternoon": ((12, 30), (17, 0)),
    "evening": ((17, 0), (21, 0)),
}


_OTHER_PROCESS = """
import json, sys, time
end = time.perf_counter() + float(sys.argv[1])
last = time.perf_counter()
gaps = []
while last < end:
    time.sleep(0.005)
    now = time.perf_counter()
    gaps.append((now - last) * 1000 - 5)
    last = now
gaps.sort()
gaps = gaps or [0.0]
p99 = gaps[max(0, int(len(gaps) * 0.99) - 1)]
print(json.dumps({"max_ms": round(gaps[-1], 1), "p99_ms": round(p99, 1)}))
"""


def rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def fill(db: Database, cases: int, seed: int) -> dict[str, int]:
    rng = random.Random(seed)
    now = MOMENT.astimezone(UTC)
    with db.begin() as session:
        ids: dict[str, int] = {}
        for name, role in (
            ("lead", Role.TEAMLEAD),
            ("agent1", Role.AGENT),
            ("agent2", Role.AGENT),
            ("agent3", Role.AGENT),
        ):
            user = User(
                username=name,
                display_name=name.capitalize(),
                role=role.value,
                password_hash="-",
                must_change_password=False,
                created_at=now,
            )
            session.add(user)
            session.flush()
            ids[name] = user.id
    if db.dialect == "postgresql":
        _fill_on_server(db, cases, seed)
        return ids
    wijken = [f"Wijk {i:02d}" for i in range(21)]
    batch: list[dict[str, Any]] = []
    with db.begin() as session:
        for _i in range(cases):
            day = MOMENT.date() + timedelta(days=rng.randrange(-2, 19))
            slot = rng.choice(list(WINDOWS))
            (h1, m1), (h2, m2) = WINDOWS[slot]
            start = datetime(day.year, day.month, day.day, h1, m1, tzinfo=AMSTERDAM)
            end = datetime(day.year, day.month, day.day, h2, m2, tzinfo=AMSTERDAM)
            batch.append(
                {
                    "wijk": rng.choice(wijken),
                    "status": "open",
                    "opened_at": now - timedelta(days=rng.randrange(1, 20)),
                    "first_received_on": date(2026, 11, 1) + timedelta(days=rng.randrange(23)),
                    "total_arrears_cents": rng.randrange(5_000, 800_000),
                    "attempts_used": rng.randrange(0, 6),
                    "missed_windows": 1 if rng.random() < 0.03 else 0,
                    "needs_phone": rng.random() < 0.02,
                    "next_slot": slot,
                    "next_window_start": start,
                    "next_window_end": end,
                }
            )
            if len(batch) == 2000:
                _insert_cases(session, batch)
                batch.clear()
        if batch:
            _insert_cases(session, batch)
    return ids


def _insert_cases(session: Any, batch: list[dict[str, Any]]) -> None:
    session.execute(insert(Case), batch)


#: The same spread as `fill`'s Python loop, drawn by the server (PostgreSQL's random()).
_SERVER_FILL = """
INSERT INTO cases (wijk, status, opened_at, first_received_on, total_arrears_cents,
                   attempts_used, missed_windows, needs_phone, next_slot,
                   next_window_start, next_window_end)
SELECT 'Wijk ' || lpad(floor(random() * 21)::int::text, 2, '0'), 'open',
       CAST(:now AS timestamptz) - (1 + floor(random() * 19))::int * interval '1 day',
       date '2026-11-01' + floor(random() * 23)::int,
       5000 + floor(random() * 795000)::int, floor(random() * 6)::int,
       CASE WHEN random() < 0.03 THEN 1 ELSE 0 END, random() < 0.02, s.slot,
       (d.day + s.t1) AT TIME ZONE 'Europe/Amsterdam',
       (d.day + s.t2) AT TIME ZONE 'Europe/Amsterdam'
  FROM (SELECT g, CAST(:day AS date) + (floor(random() * 21)::int - 2) AS day,
               floor(random() * 3)::int AS k
          FROM generate_series(1, :n) AS g) AS d
  JOIN (VALUES (0, 'morning', time '09:00', time '12:30'),
               (1, 'afternoon', time '12:30', time '17:00'),
               (2, 'evening', time '17:00', time '21:00')) AS s(k, slot, t1, t2)
    ON s.k = d.k
 ORDER BY g
"""


def _fill_on_server(db: Database, cases: int, seed: int) -> None:
    """PostgreSQL: the cases made by the server in one INSERT … SELECT (1,000,000 in about a
    minute; from Python, a few thousand rows per statement, it took over an hour on the
    shared machine). Same distributions as the Python loop, not the same rows."""
    from sqlalchemy import text

    with db.begin() as session:
        session.execute(text("SELECT setseed(:s)"), {"s": (seed % 1000) / 1000})
        session.execute(
            text(_SERVER_FILL),
            {"now": MOMENT.astimezone(UTC), "day": MOMENT.date(), "n": cases},
        )


class Agent(threading.Thread):
    """Changes the database like a working callcenter: claim, record, release."""

    def __init__(self, db: Database, clock: FixedClock, user_id: int, period_s: float) -> None:
        super().__init__(daemon=True)
        self.ctx = AppContext(db=db, clock=clock, actor=Actor("agent1", Role.AGENT, user_id))
        self.period_s = period_s
        self.stop = threading.Event()
        self.changes = 0

    def run(self) -> None:
        from app.services import queue
        from app.services.queue import OutcomeEntry

        n = 0
        while not self.stop.wait(self.period_s):
            n += 1
            try:
                claimed = queue.next_call(self.ctx)
                if claimed is None:
                    continue
                if n % 2:
                    queue.save_outcome(
                        self.ctx,
                        claimed.case_id,
                        OutcomeEntry(
                            outcome=Outcome.NO_ANSWER,
                            idempotency_key=f"bench-{os.getpid()}-{n}",
                            at=self.ctx.clock.now(),
                        ),
                    )
                self.changes += 1
            except Exception as exc:  # the benchmark goes on; the GUI is what is measured
                print(f"agent: {exc}", file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", default="sqlite")
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--loaded", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="keep a database --db that already holds the cases (filled by an earlier run with "
        "--reuse) instead of refusing it: building 1,000,000 cases takes minutes",
    )
    parser.add_argument(
        "--gc-freeze",
        action="store_true",
        help="gc.freeze() after the first paint, as an app would after start-up",
    )
    args = parser.parse_args()

    tmp = None
    url = args.db
    if url == "sqlite":
        tmp = tempfile.TemporaryDirectory(prefix="vroegbel-bench-")
        url = f"sqlite:///{Path(tmp.name) / 'queue.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    db = Database.from_url(url)
    with db.read() as session:
        filled = session.scalar(select(Case.id).limit(1)) is not None
        users = dict(session.execute(select(User.username, User.id)).tuples().all())
    if filled and not args.reuse:
        print("the database is not empty: give a fresh one (or --reuse)", file=sys.stderr)
        return 2
    started = time.perf_counter()
    if filled:
        # An earlier run's cases (its agent thread moved a few hundred of them on).
        ids = {name: users[name] for name in ("lead", "agent1", "agent2", "agent3")}
    else:
        ids = fill(db, args.cases, args.seed)
    fill_s = time.perf_counter() - started
    if db.dialect == "postgresql":
        with db.engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")

    from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from app.services import monitor
    from app.ui.context import Prefs, UiContext
    from app.ui.tabs.queue_monitor import QueueMonitorTab
    from app.ui.worker import DbWorker

    app = QApplication.instance() or QApplication([])
    clock = FixedClock(MOMENT)
    lead = AppContext(db=db, clock=clock, actor=Actor("lead", Role.TEAMLEAD, ids["lead"]))

    # Service timings of one refresh, measured directly.
    cpu_ms: dict[str, float] = {}

    def timed(name: str, fn: Any, repeat: int = 5) -> float:
        """Median wall time of `repeat` calls after a warm-up; the median CPU time of this
        process goes to `<name>_cpu` (on a loaded machine the wall time is mostly waiting)."""
        fn()
        walls: list[float] = []
        cpus: list[float] = []
        for _ in range(repeat):
            t, c = time.perf_counter(), time.process_time()
            fn()
            walls.append((time.perf_counter() - t) * 1000)
            cpus.append((time.process_time() - c) * 1000)
        cpu_ms[f"{name}_cpu_ms"] = round(statistics.median(cpus), 1)
        return statistics.median(walls)

    middle = args.cases // 2
    service = {
        "live_figures_ms": round(timed("live_figures", lambda: monitor.live_figures(lead)), 1),
        "change_token_ms": round(timed("change_token", lambda: monitor.change_token(lead)), 2),
        "page_ms": round(timed("page", lambda: monitor.list_cases(lead, after_id=middle)), 1),
        "count_ms": round(timed("count", lambda: monitor.count_cases(lead)), 1),
        "page_due_now_ms": round(
            timed(
                "page_due_now",
                lambda: monitor.list_cases(lead, monitor.CaseFilter.DUE_NOW, after_id=middle),
            ),
            1,
        ),
        "count_due_now_ms": round(
            timed("count_due_now", lambda: monitor.count_cases(lead, monitor.CaseFilter.DUE_NOW)),
            1,
        ),
    }
    service.update(cpu_ms)

    rss_before = rss_mb()
    worker = DbWorker()
    prefs = Prefs(
        QSettings(
            str(Path(tempfile.gettempdir()) / "vroegbel-bench.ini"), QSettings.Format.IniFormat
        )
    )
    ui = UiContext(app=lead, worker=worker, prefs=prefs, display_name="Lead")

    # First paint: construction until the figures are shown and the first page is loaded.
    t0 = time.perf_counter()
    tab = QueueMonitorTab(ui)
    tab.resize(1280, 760)
    tab.show()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (tab.figures is None or tab.cases.rowCount() == 0):
        app.processEvents()
        time.sleep(0.001)
    first_paint_ms = (time.perf_counter() - t0) * 1000
    tab.repaint()

    # Scroll the table down to --loaded rows (each page read on the worker).
    while tab.cases.rowCount() < args.loaded and time.monotonic() < deadline:
        if tab.cases.canFetchMore():
            tab.cases.fetchMore()
        app.processEvents()
        time.sleep(0.001)
    tab.cases_view.scrollToBottom()
    app.processEvents()
    rss_loaded = rss_mb()
    if args.gc_freeze:
        gc.collect()
        gc.freeze()  # the objects of start-up are never scanned again by a full collection

    # How long the cyclic garbage collector stops every thread while we measure.
    gc_pauses: dict[int, list[float]] = {0: [], 1: [], 2: []}
    gc_started: list[float] = [0.0]

    def gc_watch(phase_name: str, info: dict[str, int]) -> None:
        if phase_name == "start":
            gc_started[0] = time.perf_counter()
        else:
            gc_pauses[info["generation"]].append((time.perf_counter() - gc_started[0]) * 1000)

    gc.callbacks.append(gc_watch)

    # The GUI thread's heartbeat: gaps between 5 ms ticks. A plain Python thread sleeping
    # 5 ms at a time is the control: when it is late too, the process did not get the CPU
    # (a loaded machine), which no GUI code can help.
    phase = {"name": "baseline"}
    gaps: dict[str, list[float]] = {"baseline": [], "refreshing": []}
    control: dict[str, list[float]] = {"baseline": [], "refreshing": []}
    beat = QElapsedTimer()
    beat.start()

    def tick() -> None:
        gaps[phase["name"]].append(beat.restart())

    stop_control = threading.Event()

    def control_beat() -> None:
        last = time.perf_counter()
        while not stop_control.is_set():
            time.sleep(0.005)
            now = time.perf_counter()
            control[phase["name"]].append((now - last) * 1000)
            last = now

    heart = QTimer()
    heart.setInterval(5)
    heart.timeout.connect(tick)
    heart.start()
    threading.Thread(target=control_beat, daemon=True).start()
    refreshes: list[float] = []
    tab.live_shown.connect(lambda _f: refreshes.append(tab.last_refresh_s * 1000))
    agent = Agent(db, clock, ids["agent1"], 0.3)
    agent.start()

    def run_for(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.001)

    # Phase 1: the database changes, the tab does not poll (what the machine alone costs).
    tab.timer.stop()
    run_for(args.seconds / 3)
    beat.restart()
    # Phase 2: the tab polls every 500 ms and refreshes on every change. A separate process
    # sleeping 5 ms at a time measures what the machine alone does to any program meanwhile
    # (no GIL shared with us).
    phase["name"] = "refreshing"
    other = subprocess.Popen(
        [sys.executable, "-c", _OTHER_PROCESS, str(args.seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    tab.timer.setInterval(500)
    tab.timer.start()
    run_for(args.seconds)
    other_stats = json.loads(other.communicate(timeout=60)[0] or "{}")
    agent.stop.set()
    agent.join()
    gc.callbacks.remove(gc_watch)
    stop_control.set()
    heart.stop()
    tab.shutdown()
    worker.shutdown(wait=True)
    app.processEvents()

    def stall_stats(values: list[float]) -> dict[str, float]:
        late = sorted(max(0.0, g - 5) for g in values[1:]) or [0.0]
        return {
            "max_ms": round(late[-1], 1),
            "p99_ms": round(late[max(0, int(len(late) * 0.99) - 1)], 1),
            "p50_ms": round(late[len(late) // 2], 1),
        }

    result = {
        "cases": args.cases,
        "backend": db.dialect,
        "fill_s": round(fill_s, 1),
        "first_paint_ms": round(first_paint_ms, 1),
        "rows_loaded": tab.cases.rowCount(),
        "rss_before_tab_mb": round(rss_before, 1),
        "rss_after_first_page_and_scroll_mb": round(rss_loaded, 1),
        "run_s": args.seconds,
        "db_changes": agent.changes,
        "refreshes": len(refreshes),
        "refresh_p50_ms": round(statistics.median(refreshes), 1) if refreshes else None,
        "refresh_max_ms": round(max(refreshes), 1) if refreshes else None,
        "gui_stall_refreshing": stall_stats(gaps["refreshing"]),
        "gui_stall_baseline_no_polling": stall_stats(gaps["baseline"]),
        "control_thread_stall_refreshing": stall_stats(control["refreshing"]),
        "control_thread_stall_baseline": stall_stats(control["baseline"]),
        "other_process_stall_refreshing": other_stats,
        "gc_freeze": args.gc_freeze,
        "gc_full_collections": len(gc_pauses[2]),
        "gc_full_pause_max_ms": round(max(gc_pauses[2], default=0.0), 1),
        "gc_young_pause_max_ms": round(max(gc_pauses[0] + gc_pauses[1], default=0.0), 1),
        "load_average_1min": round(os.getloadavg()[0], 1),
        "cpus": os.cpu_count(),
        **service,
    }
    db.dispose()
    if tmp is not None:
        tmp.cleanup()
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>36}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
