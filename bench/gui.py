#!/usr/bin/env python3
"""Benchmark of the desktop client: cold start, the team lead's queue tab, the Next-call round trip.

    python bench/gui.py --json                                  # SQLite (temporary files)
    python bench/gui.py --db postgresql+psycopg://postgres@127.0.0.1:54329/postgres --json

Every part runs in its own process with QT_QPA_PLATFORM=offscreen (no display needed) and its
own fresh database (SQLite temporary file; on PostgreSQL a database `bench_gui_<hex>` created on
the given server and dropped afterwards).

1. Cold start to the login window: `python -m app --db URL` in a new process (settings in a
   temporary XDG_CONFIG_HOME), until the login dialog has painted itself once: a small
   driver patches LoginDialog.paintEvent to print a line and end the process there – the app
   needs no hook for it. Wall time from spawning the process to that line; one warm-up start
   (file cache), then `--starts` starts, median. The floor in the same run: a process that
   imports PySide6, makes a QApplication and paints an empty QDialog the same way.
2. The team lead's Queue tab with `--cases` open cases: runs bench/queue_tab.py (the UI
   engineers' responsiveness benchmark, so both agree) for a few seconds and reports its time
   to first paint (figures shown and the first page of the open-case table loaded) and the
   resident set size of that whole process after the first page and a scroll to 5,000 rows.
3. The agent's Next call: `--cases` open cases due now (bench/claims.py's filler), the real
   NextCallTab (offscreen), an agent's context. Each round clicks "Volgende bewoner", waits for
   the case card (state 'case'), paints it, and stops the clock; then records `no_answer`
   through the outcome button (not timed). Three warm-up rounds, then `--rounds` rounds. The
   floor, interleaved in the same process: the same work without the GUI – `claim_next` (the
   claim and the card read, as the tab's worker does it) called directly.

Prints ONE JSON object with the medians, p95 and the targets (cold start < 1.5 s, queue tab
process < 300 MB, Next call < 100 ms on SQLite).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchlib import backend_of, fresh_database, machine, median, say

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
TARGET_COLD_START_S = 1.5
TARGET_QUEUE_RSS_MB = 300.0
TARGET_NEXT_CALL_MS = 100.0
MARK = "VROEGBEL-BENCH-SHOWN"

#: The child of a cold start: the real app, stopped right after the login dialog's first paint.
_APP_DRIVER = f"""
import os, sys
import app.ui.login as login

_paint = login.LoginDialog.paintEvent

def _shown(self, event):
    _paint(self, event)
    rss = 0.0
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1]) / 1024
    sys.stdout.write("{MARK} %.1f\\n" % rss)
    sys.stdout.flush()
    os._exit(0)

login.LoginDialog.paintEvent = _shown
from app.cli import main
sys.exit(main(["--db", sys.argv[1]]))
"""

#: The floor of a cold start: Python, PySide6 and an empty dialog painted once.
_FLOOR_DRIVER = f"""
import os, sys
from PySide6.QtWidgets import QApplication, QDialog

class Dialog(QDialog):
    def paintEvent(self, event):
        super().paintEvent(event)
        sys.stdout.write("{MARK} 0\\n")
        sys.stdout.flush()
        os._exit(0)

app = QApplication(sys.argv[:1])
dialog = Dialog()
dialog.resize(420, 300)
dialog.show()
app.exec()
"""


def _env(config_home: str) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = config_home  # the app's QSettings: never the user's own
    env["XDG_DATA_HOME"] = config_home
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _start_once(
    code: str, arg: str, env: dict[str, str], timeout: float = 60.0
) -> tuple[float, float]:
    """(wall seconds until the window painted, CPU seconds of the whole child process)."""
    cpu0 = _children_cpu_s()
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, arg],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=str(ROOT),
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - started
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    if not line.startswith(MARK):
        err = proc.stderr.read() if proc.stderr else ""
        raise RuntimeError(f"the process ended without showing its window: {err.strip()[-400:]}")
    return elapsed, _children_cpu_s() - cpu0


def cold_start(url: str, starts: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="vroegbel-bench-gui-") as config:
        env = _env(config)
        _start_once(_APP_DRIVER, url, env)  # warm-up: file cache, .pyc files
        _start_once(_FLOOR_DRIVER, "-", env)
        app_runs: list[tuple[float, float]] = []
        floor_runs: list[tuple[float, float]] = []
        for _ in range(starts):
            app_runs.append(_start_once(_APP_DRIVER, url, env))
            floor_runs.append(_start_once(_FLOOR_DRIVER, "-", env))
    app_median = median([r[0] for r in app_runs])
    floor_median = median([r[0] for r in floor_runs])
    return {
        "cold_start_s_median": round(app_median, 3),
        "cold_start_s_runs": [round(r[0], 3) for r in app_runs],
        "cold_start_cpu_s_median": round(median([r[1] for r in app_runs]), 3),
        "floor_empty_dialog_s_median": round(floor_median, 3),
        "floor_empty_dialog_cpu_s_median": round(median([r[1] for r in floor_runs]), 3),
        "ratio_vs_floor": round(app_median / floor_median, 2) if floor_median else None,
        "target_s": TARGET_COLD_START_S,
        "ok": app_median < TARGET_COLD_START_S,
    }


# --- the queue tab ----------------------------------------------------------------------------


def queue_tab(url: str, cases: int, seconds: float) -> dict[str, Any]:
    with fresh_database(url, "gui") as fresh, tempfile.TemporaryDirectory() as config:
        proc = subprocess.run(
            [
                sys.executable,
                str(BENCH_DIR / "queue_tab.py"),
                "--db",
                fresh,
                "--cases",
                str(cases),
                "--seconds",
                str(seconds),
                "--loaded",
                str(min(5000, cases)),
                "--json",
            ],
            capture_output=True,
            text=True,
            env=_env(config),
            cwd=str(ROOT),
            timeout=3600,
        )
    if proc.returncode != 0:
        raise RuntimeError(f"bench/queue_tab.py failed: {proc.stderr.strip()[-600:]}")
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    rss = data.get("rss_after_first_page_and_scroll_mb")
    return {
        "cases": data.get("cases"),
        "first_paint_ms": data.get("first_paint_ms"),
        "rows_loaded": data.get("rows_loaded"),
        "rss_before_tab_mb": data.get("rss_before_tab_mb"),
        "rss_after_first_page_and_scroll_mb": rss,
        "refresh_p50_ms": data.get("refresh_p50_ms"),
        "live_figures_ms": data.get("live_figures_ms"),
        "page_ms": data.get("page_ms"),
        # CPU of the tab's process (SQLite runs in it): on a loaded machine the wall times
        # above are mostly waiting for a core.
        "live_figures_cpu_ms": data.get("live_figures_cpu_ms"),
        "page_cpu_ms": data.get("page_cpu_ms"),
        "count_ms": data.get("count_ms"),
        "load_average_1min": data.get("load_average_1min"),
        "target_rss_mb": TARGET_QUEUE_RSS_MB,
        "ok": rss is not None and rss < TARGET_QUEUE_RSS_MB,
        "source": "bench/queue_tab.py",
    }


# --- the Next-call round trip ------------------------------------------------------------------


def next_call(url: str, cases: int, rounds: int) -> dict[str, Any]:
    with fresh_database(url, "gui") as fresh, tempfile.TemporaryDirectory() as config:
        proc = subprocess.run(
            [
                sys.executable,
                str(Path(__file__).resolve()),
                "--part",
                "next-call-child",
                "--db",
                fresh,
                "--cases",
                str(cases),
                "--rounds",
                str(rounds),
            ],
            capture_output=True,
            text=True,
            env=_env(config),
            cwd=str(ROOT),
            timeout=3600,
        )
    if proc.returncode != 0:
        raise RuntimeError(f"next-call part failed: {proc.stderr.strip()[-600:]}")
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))] if ordered else 0.0


def next_call_child(url: str, cases: int, rounds: int) -> dict[str, Any]:
    """Runs in its own process (see next_call): the tab, the clicks, the floor."""
    import claims  # bench/claims.py: open cases due in one calling window
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from app.clock import FixedClock
    from app.db import Database
    from app.models.enums import Outcome
    from app.services import queue
    from app.services.context import AppContext
    from app.ui.context import Prefs, UiContext
    from app.ui.tabs.next_call import NextCallTab, claim_next
    from app.ui.worker import DbWorker

    db = Database.from_url(url)
    started = time.perf_counter()
    actors = claims.fill(db, 2, cases, 2026)
    say(f"{cases} open cases made in {time.perf_counter() - started:.1f} s")
    qapp = QApplication.instance() or QApplication([])
    clock = FixedClock(claims.NOW)
    gui_ctx = AppContext(db=db, clock=clock, actor=actors[0])
    floor_ctx = AppContext(db=db, clock=clock, actor=actors[1])
    worker = DbWorker()
    prefs = Prefs(
        QSettings(str(Path(tempfile.mkdtemp()) / "prefs.ini"), QSettings.Format.IniFormat)
    )
    ui = UiContext(
        app=gui_ctx, worker=worker, prefs=prefs, display_name="Beller", database_label="Bench"
    )
    tab = NextCallTab(ui)
    tab.resize(1280, 760)
    tab.show()
    _wait(qapp, lambda: not worker.busy)

    def wait_state(state: str) -> None:
        if tab.state == state:
            return
        loop = QEventLoop()
        tab.state_changed.connect(lambda s: loop.quit() if s == state else None)
        QTimer.singleShot(30_000, loop.quit)
        loop.exec()
        tab.state_changed.disconnect()
        if tab.state != state:
            raise RuntimeError(f"the tab did not reach state {state!r} (is {tab.state!r})")

    gui_cpu: list[float] = []
    floor_cpu: list[float] = []

    def gui_round() -> float:
        c0 = time.process_time()  # every thread of this process: GUI and DB worker
        t0 = time.perf_counter()
        tab.next_button.click()
        wait_state("case")
        tab.repaint()  # the card painted, synchronously
        elapsed = time.perf_counter() - t0
        gui_cpu.append(time.process_time() - c0)
        tab.outcome_buttons[Outcome.NO_ANSWER].click()
        wait_state("idle")
        _wait(qapp, lambda: not worker.busy)
        return elapsed

    def floor_round() -> float:
        c0 = time.process_time()
        t0 = time.perf_counter()
        result = claim_next(floor_ctx)
        elapsed = time.perf_counter() - t0
        floor_cpu.append(time.process_time() - c0)
        assert result.claimed is not None
        queue.save_outcome(
            floor_ctx,
            result.claimed.case_id,
            queue.OutcomeEntry.new(Outcome.NO_ANSWER, clock.now()),
        )
        return elapsed

    for _ in range(3):
        gui_round()
        floor_round()
    gui_cpu.clear()
    floor_cpu.clear()
    gui_s: list[float] = []
    floor_s: list[float] = []
    for _ in range(rounds):
        gui_s.append(gui_round())
        floor_s.append(floor_round())
    tab.shutdown()
    worker.shutdown(wait=True)
    qapp.processEvents()
    db.dispose()
    gui_ms = median(gui_s) * 1000
    floor_ms = median(floor_s) * 1000
    return {
        "cases": cases,
        "rounds": rounds,
        "round_trip_ms_median": round(gui_ms, 1),
        "round_trip_ms_p95": round(_p95(gui_s) * 1000, 1),
        "floor_claim_next_ms_median": round(floor_ms, 1),
        "floor_claim_next_ms_p95": round(_p95(floor_s) * 1000, 1),
        "round_trip_cpu_ms_median": round(median(gui_cpu) * 1000, 1),
        "floor_claim_next_cpu_ms_median": round(median(floor_cpu) * 1000, 1),
        "gui_overhead_ms_median": round(gui_ms - floor_ms, 1),
        "ratio_vs_floor": round(gui_ms / floor_ms, 2) if floor_ms else None,
        "stdev_ms": round(statistics.pstdev(gui_s) * 1000, 1),
    }


def _wait(qapp: Any, done: Any, timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not done() and time.monotonic() < deadline:
        qapp.processEvents()
        time.sleep(0.001)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--db", default="sqlite", help="SQLAlchemy URL; 'sqlite' = temp files (default)"
    )
    parser.add_argument("--cases", type=int, default=100_000, help="open cases (parts 2, 3)")
    parser.add_argument("--starts", type=int, default=5, help="timed cold starts")
    parser.add_argument("--rounds", type=int, default=30, help="timed Next-call rounds")
    parser.add_argument("--queue-seconds", type=float, default=3.0, help="queue tab run time")
    parser.add_argument(
        "--part",
        choices=("all", "cold-start", "queue-tab", "next-call", "next-call-child"),
        default="all",
    )
    parser.add_argument("--json", action="store_true", help="print only the JSON object")
    args = parser.parse_args(argv)
    if args.part == "next-call-child":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        print(json.dumps(next_call_child(args.db, args.cases, args.rounds)))
        return 0
    if args.cases < 1 or args.starts < 1 or args.rounds < 1:
        parser.error("--cases, --starts and --rounds must be at least 1")
    result: dict[str, Any] = {"benchmark": "gui", "backend": backend_of(args.db)}
    if args.part in ("all", "cold-start"):
        with fresh_database(args.db, "gui") as fresh:
            result["cold_start"] = cold_start(fresh, args.starts)
        say(f"cold start: {result['cold_start']}")
    if args.part in ("all", "queue-tab"):
        result["queue_tab"] = queue_tab(args.db, args.cases, args.queue_seconds)
        say(f"queue tab: {result['queue_tab']}")
    if args.part in ("all", "next-call"):
        figures = next_call(args.db, args.cases, args.rounds)
        figures["target_ms"] = TARGET_NEXT_CALL_MS
        figures["ok"] = figures["round_trip_ms_median"] < TARGET_NEXT_CALL_MS
        result["next_call"] = figures
        say(f"next call: {figures}")
    result["machine"] = machine()
    print(json.dumps(result) if args.json else json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
