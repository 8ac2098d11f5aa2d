"""bench/claims.py on a small scale: its count agrees with `vroegbel report` on its database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[2]
KEYS = {
    "agents",
    "cases",
    "claims",
    "double_claims",
    "claims_per_s",
    "claim_p50_ms",
    "claim_p95_ms",
    "roundtrip_p50_ms",
}


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, capture_output=True, text=True, timeout=600, check=False
    )


def _bench_and_report(url: str) -> None:
    bench = _run("bench/claims.py", "--db", url, "--agents", "4", "--cases", "120", "--json")
    assert bench.returncode == 0, bench.stderr
    result = json.loads(bench.stdout)
    assert set(result) == KEYS
    assert (result["agents"], result["cases"], result["claims"], result["double_claims"]) == (
        4,
        120,
        120,
        0,
    )
    assert result["claim_p50_ms"] > 0 and result["roundtrip_p50_ms"] > 0
    report = _run("-m", "app", "--db", url, "report", "--format", "json")
    assert report.returncode == 0, report.stderr
    figures = json.loads(report.stdout)
    assert sum(row["attempts"] for row in figures["by_slot"]) == result["claims"]
    assert figures["total"]["cases"] == result["cases"]
    # A second run on the same database starts fresh (it was made by the benchmark).
    again = _run("bench/claims.py", "--db", url, "--agents", "2", "--cases", "10", "--json")
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["claims"] == 10


@pytest.mark.slow
def test_bench_on_sqlite_agrees_with_the_report(tmp_path: Path) -> None:
    _bench_and_report(f"sqlite:///{tmp_path / 'bench.sqlite3'}")


@pytest.mark.slow
@pytest.mark.postgres
def test_bench_on_postgresql_agrees_with_the_report() -> None:
    base = os.environ.get("VROEGBEL_TEST_PG")
    if not base:
        pytest.skip("no PostgreSQL test server (VROEGBEL_TEST_PG)")
    name = f"bench_t_{uuid.uuid4().hex[:12]}"
    url = make_url(base).set(database=name).render_as_string(hide_password=False)
    try:
        _bench_and_report(url)
    finally:
        admin = create_engine(make_url(base), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()


def test_bench_refuses_a_database_with_other_data(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "precious.sqlite3"
    from app.db import make_engine, upgrade

    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO cases (wijk, status, opened_at, first_received_on, total_arrears_cents,"
            " attempts_used, missed_windows, needs_phone) VALUES"
            " ('x', 'open', '2026-01-01 00:00:00', '2026-01-01', 1, 0, 0, 0)"
        )
    refused = _run("bench/claims.py", "--db", f"sqlite:///{path}", "--cases", "1", "--json")
    assert refused.returncode != 0 and "other data" in refused.stderr
    assert path.exists()
