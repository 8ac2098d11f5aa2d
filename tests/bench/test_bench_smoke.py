"""The benchmarks of bench/ run end to end at a tiny size and print their JSON (no timing asserts).

Each runs on SQLite and, with VROEGBEL_TEST_PG, on PostgreSQL, where it must drop the database
it created.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
PG = os.environ.get("VROEGBEL_TEST_PG")


def _bench_databases() -> set[str]:
    assert PG
    engine = create_engine(make_url(PG), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        names = conn.execute(
            text(
                "SELECT datname FROM pg_database WHERE datname LIKE 'bench\\_import\\_%' "
                "OR datname LIKE 'bench\\_floor\\_%' OR datname LIKE 'bench\\_report\\_%' "
                "OR datname LIKE 'bench\\_gui\\_%' OR datname LIKE 'bench\\_forecast\\_%'"
            )
        ).scalars()
        found = set(names)
    engine.dispose()
    return found


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def backend_url(request: pytest.FixtureRequest) -> Iterator[str]:
    if request.param == "sqlite":
        yield "sqlite"
        return
    if not PG:
        pytest.skip("no PostgreSQL test server (VROEGBEL_TEST_PG)")
    before = _bench_databases()
    yield PG
    assert _bench_databases() - before == set(), "a benchmark left its database behind"


def _run(script: str, *args: str) -> dict[str, Any]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, f"bench/{script}", *args, "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    lines = proc.stdout.strip().splitlines()
    assert len(lines) == 1, f"expected one JSON line, got {proc.stdout!r}"
    result = json.loads(lines[0])
    assert isinstance(result, dict)
    return result


def test_import_benchmark(backend_url: str) -> None:
    result = _run("import.py", "--db", backend_url, "--rows", "300", "--repeat", "1")
    assert {
        "benchmark",
        "backend",
        "rows",
        "imported",
        "rejected",
        "duplicates",
        "import_s_median",
        "import_cpu_s_median",
        "import_rows_per_s",
        "floor_executemany_s_median",
        "floor_executemany_rows_per_s",
        "ratio_vs_executemany",
        "targets",
        "machine",
    } <= set(result)
    assert result["rows"] == 300
    assert result["imported"] + result["rejected"] + result["duplicates"] == 300
    if result["backend"] == "postgresql":
        assert {"floor_copy_s_median", "floor_copy_rows_per_s", "ratio_vs_copy"} <= set(result)
    assert {"seconds_per_100k_rows", "seconds_ok", "ratio_ok"} <= set(result["targets"])


def test_report_benchmark(backend_url: str) -> None:
    result = _run("report.py", "--db", backend_url, "--cases", "400", "--repeat", "1")
    assert {"benchmark", "backend", "cases", "attempts", "periods", "agree", "targets"} <= set(
        result
    )
    assert result["agree"] is True
    assert result["cases"] == 400 and result["attempts"] > 400
    for period in ("all", "quarter"):
        figures = result["periods"][period]
        assert {"report_s_median", "yardstick_s_median", "ratio", "agree"} <= set(figures)
    assert {"ratio_target", "ratio_ok", "seconds_ok"} <= set(result["targets"])


def test_gui_benchmark(backend_url: str) -> None:
    result = _run(
        "gui.py",
        "--db",
        backend_url,
        "--cases",
        "60",
        "--starts",
        "1",
        "--rounds",
        "2",
        "--queue-seconds",
        "0.5",
    )
    assert {"cold_start", "queue_tab", "next_call", "machine"} <= set(result)
    assert {"cold_start_s_median", "floor_empty_dialog_s_median", "ok"} <= set(result["cold_start"])
    assert {"first_paint_ms", "rss_after_first_page_and_scroll_mb", "ok"} <= set(
        result["queue_tab"]
    )
    assert {"round_trip_ms_median", "floor_claim_next_ms_median", "ok"} <= set(result["next_call"])


def test_forecast_benchmark(backend_url: str) -> None:
    result = _run("forecast.py", "--db", backend_url, "--cases", "300", "--repeat", "1")
    assert {
        "benchmark",
        "backend",
        "cases",
        "attempts",
        "plan_states",
        "rows",
        "planned",
        "forecast_s_median",
        "floor_state_query_s_median",
        "ratio_vs_floor",
        "targets",
        "machine",
    } <= set(result)
    assert result["cases"] == 300 and result["planned"] > 300 and result["days"] == 14
    assert {"seconds_target", "seconds_ok"} <= set(result["targets"])
