"""The shared background jobs: one run per tick across workstations, idempotent bodies."""

from __future__ import annotations

import sys
import threading
import time
import types
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy import select

from app.clock import AMSTERDAM, FixedClock, SystemClock
from app.db import Database
from app.models import AuditEvent, Case, Handoff, HelpRequest, JobRun, User
from app.scheduler import jobs
from app.services.context import AppContext


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=AMSTERDAM)  # type: ignore[misc]


@pytest.fixture(autouse=True)
def job_clock() -> Iterator[FixedClock]:
    clock = FixedClock(local(2026, 11, 24, 21, 1))
    jobs.use_clock(clock)
    yield clock
    jobs.use_clock(SystemClock())


def test_tick_names_agree_between_workstations() -> None:
    job = jobs.SharedJob("x", lambda ctx: {}, period=timedelta(minutes=1))
    on_time = datetime(2026, 11, 24, 20, 1, 0, tzinfo=UTC)
    for skew in (-0.4, 0.0, 0.3, 20.0, -25.0):
        assert job.tick(on_time + timedelta(seconds=skew)) == "2026-11-24T20:01:00Z"
    daily = jobs.SharedJob("y", lambda ctx: {}, daily_at=jobs.time(2, 30))
    assert daily.tick(datetime(2026, 11, 24, 23, 30, tzinfo=UTC)) == "2026-11-25"


def test_second_run_in_the_same_tick_is_skipped(db: Database) -> None:
    calls: list[str] = []
    job = jobs.SharedJob(
        "test_once", lambda ctx: calls.append("x") or {"n": 1}, period=timedelta(minutes=1)
    )
    results: list[jobs.JobResult] = []
    jobs.add_listener(results.append)
    try:
        first = jobs.run_job(job, db, host="a")
        second = jobs.run_job(job, db, host="b")
    finally:
        jobs.remove_listener(results.append)
    assert first.ran and not second.ran and calls == ["x"]
    assert results == [first, second]
    with db.read() as session:
        run = session.scalars(select(JobRun)).one()
        assert run.host == "a" and run.finished_at is not None and '"n": 1' in run.result


def test_failing_job_is_reported_not_raised(db: Database) -> None:
    def broken(ctx: AppContext) -> dict[str, Any]:
        raise RuntimeError("kapot")

    result = jobs.run_job(jobs.SharedJob("test_broken", broken, period=timedelta(minutes=1)), db)
    assert result.ran and result.error == "RuntimeError: kapot"
    with db.read() as session:
        assert "kapot" in session.scalars(select(JobRun.result)).one()


def test_workstations_racing_for_one_tick_run_it_once(db: Database) -> None:
    """Threads with their own engines, released together, like workstations on one database."""
    ran = Counter[str]()
    lock = threading.Lock()

    def body(ctx: AppContext) -> dict[str, Any]:
        with lock:
            ran["body"] += 1
        time.sleep(0.05)
        return {}

    job = jobs.SharedJob("test_race", body, period=timedelta(minutes=1))
    barrier = threading.Barrier(4)
    results: list[jobs.JobResult] = []

    def workstation(n: int) -> None:
        own = Database.from_url(db.engine.url.render_as_string(hide_password=False))
        try:
            barrier.wait()
            results.append(jobs.run_job(job, own, host=f"ws{n}"))
        finally:
            own.dispose()

    threads = [threading.Thread(target=workstation, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert ran["body"] == 1
    assert sorted(r.ran for r in results) == [False, False, False, True]
    assert all(r.error is None for r in results)


def test_two_schedulers_on_one_database_run_a_job_once_per_tick(db_url: str) -> None:
    """Two BackgroundSchedulers (own threads, own engines) on one PostgreSQL/SQLite database."""
    pg_url = db_url
    jobs.use_clock(SystemClock())
    executions: list[str] = []
    lock = threading.Lock()

    def body(ctx: AppContext) -> dict[str, Any]:
        tick = jobs.JOBS["test_every_second"].tick(ctx.clock.now())
        with lock:
            executions.append(tick)
        time.sleep(0.1)
        return {"tick": tick}

    jobs.register(jobs.SharedJob("test_every_second", body, period=timedelta(seconds=1)))
    attempts: list[jobs.JobResult] = []
    jobs.add_listener(attempts.append)
    schedulers = []
    try:
        for n in range(2):
            # Each "workstation" has its own engine: the URL with a marker so the cache differs.
            marker = "application_name" if pg_url.startswith("postgresql") else "ws"
            url = f"{pg_url}?{marker}=ws{n}" if marker != "ws" else f"{pg_url}?timeout={15 + n}"
            scheduler = BackgroundScheduler(timezone=AMSTERDAM)
            jobs.configure(scheduler, url, names=["test_every_second"])
            schedulers.append(scheduler)
        for scheduler in schedulers:
            scheduler.start()
        time.sleep(5.5)
    finally:
        for scheduler in schedulers:
            scheduler.shutdown(wait=True)
        jobs.remove_listener(attempts.append)
        jobs.JOBS.pop("test_every_second", None)
        jobs.dispose_databases()
    per_tick = Counter(executions)
    assert len(per_tick) >= 4
    assert all(count == 1 for count in per_tick.values()), per_tick
    claims = Counter(r.tick for r in attempts)
    # Both schedulers tried (almost) every tick; exactly one of them ran it.
    assert sum(1 for count in claims.values() if count == 2) >= 3, claims
    assert Counter(r.tick for r in attempts if r.ran) == per_tick
    database = Database.from_url(pg_url)
    try:
        with database.read() as session:
            rows = session.scalars(select(JobRun.tick).where(JobRun.job == "test_every_second"))
            assert Counter(rows.all()) == per_tick
    finally:
        database.dispose()


def _case(session: Any, **values: Any) -> Case:
    case = Case(
        wijk="Oude Stad",
        opened_at=local(2026, 11, 1, 10, 0),
        first_received_on=date(2026, 11, 1),
        **values,
    )
    session.add(case)
    session.flush()
    return case


def test_move_missed_windows_job_moves_and_audits_closures(
    db: Database, job_clock: FixedClock
) -> None:
    with db.begin() as session:
        missed = _case(
            session,
            next_slot="evening",
            next_window_start=local(2026, 11, 24, 17, 0),
            next_window_end=local(2026, 11, 24, 21, 0),
        )
        missed_id = missed.id
    result = jobs.run_job(jobs.JOBS["move_missed_windows"], db)
    assert result.ran and result.summary == {"moved": 1, "closed": 0}
    job_clock.advance(timedelta(minutes=1))
    again = jobs.run_job(jobs.JOBS["move_missed_windows"], db)
    assert again.ran and again.summary == {"moved": 0, "closed": 0}
    with db.read() as session:
        case = session.get(Case, missed_id)
        assert case is not None
        assert case.next_window_start == local(2026, 11, 25, 17, 0)
        assert case.missed_windows == 1


def test_move_missed_windows_job_works_in_short_batches(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(jobs, "MISSED_BATCH", 2)
    with db.begin() as session:
        for _ in range(5):
            _case(
                session,
                next_slot="afternoon",
                next_window_start=local(2026, 11, 24, 12, 30),
                next_window_end=local(2026, 11, 24, 17, 0),
            )
    result = jobs.run_job(jobs.JOBS["move_missed_windows"], db)
    assert result.summary == {"moved": 5, "closed": 0}
    with db.read() as session:
        starts = session.scalars(select(Case.next_window_start)).all()
        assert starts == [local(2026, 11, 25, 12, 30)] * 5


def test_expire_leases(db: Database, job_clock: FixedClock) -> None:
    now = job_clock.now()
    with db.begin() as session:
        agent = User(
            username="beller1",
            display_name="Beller",
            role="agent",
            password_hash="-",
            must_change_password=False,
            created_at=now,
        )
        session.add(agent)
        session.flush()
        stale = _case(
            session,
            lease_user_id=agent.id,
            lease_claimed_at=now - timedelta(minutes=20),
            lease_expires_at=now - timedelta(minutes=5),
        )
        live = _case(
            session,
            lease_user_id=agent.id,
            lease_claimed_at=now - timedelta(minutes=1),
            lease_expires_at=now + timedelta(minutes=14),
        )
        ids = (stale.id, live.id)
    result = jobs.run_job(jobs.JOBS["expire_leases"], db)
    assert result.summary == {"expired": 1}
    with db.read() as session:
        stale_case, live_case = (session.get(Case, i) for i in ids)
        assert stale_case is not None and live_case is not None
        assert stale_case.lease_expires_at is None and stale_case.lease_claimed_at is None
        assert live_case.lease_expires_at is not None
        kinds = session.scalars(select(AuditEvent.kind)).all()
        assert kinds.count("lease_expired") == 1
    job_clock.advance(timedelta(minutes=1))
    assert jobs.run_job(jobs.JOBS["expire_leases"], db).summary == {"expired": 0}


def test_flag_overdue_handoffs(db: Database, job_clock: FixedClock) -> None:
    now = job_clock.now()
    with db.begin() as session:
        made = []
        for target, legal in (
            (date(2026, 11, 20), date(2026, 11, 23)),  # past both
            (date(2026, 11, 23), date(2026, 12, 20)),  # past the target only
            (date(2026, 11, 24), date(2026, 12, 20)),  # due today: not yet
        ):
            case = _case(session, status="handed_off")
            request = HelpRequest(case_id=case.id, help_types="boom", created_at=now)
            session.add(request)
            session.flush()
            handoff = Handoff(
                case_id=case.id,
                help_request_id=request.id,
                handed_off_at=now - timedelta(days=10),
                target_due_on=target,
                legal_due_on=legal,
            )
            session.add(handoff)
            session.flush()
            made.append(handoff.id)
    result = jobs.run_job(jobs.JOBS["flag_overdue_handoffs"], db)
    assert result.summary == {"flagged": 2, "past_legal": 1}
    job_clock.advance(timedelta(minutes=15))
    assert jobs.run_job(jobs.JOBS["flag_overdue_handoffs"], db).summary == {
        "flagged": 0,
        "past_legal": 1,
    }
    with db.read() as session:
        flags = [session.get(Handoff, i).overdue_flagged_at for i in made]  # type: ignore[union-attr]
        assert flags[0] == now and flags[1] == now and flags[2] is None


def test_retention_hook_calls_the_service_when_installed(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[AppContext, bool]] = []

    def run_retention(ctx: AppContext, dry_run: bool = False) -> dict[str, int]:
        seen.append((ctx, dry_run))
        return {"purged_cases": 3}

    fake = types.ModuleType("app.services.retention")
    fake.run_retention = run_retention  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "app.services.retention", fake)
    import app.services

    monkeypatch.setattr(app.services, "retention", fake, raising=False)
    result = jobs.run_job(jobs.JOBS["retention"], db)
    assert result.ran and result.summary == {"result": {"purged_cases": 3}}
    assert len(seen) == 1 and seen[0][1] is False
    assert seen[0][0].actor.is_system


def test_prune_job_runs(db: Database, job_clock: FixedClock) -> None:
    with db.begin() as session:
        session.add(
            JobRun(
                job="old",
                tick="a",
                host="h",
                started_at=job_clock.now() - timedelta(days=30),
                result="",
            )
        )
    result = jobs.run_job(jobs.JOBS["prune_job_runs"], db)
    assert result.summary == {"pruned": 1}
    with db.read() as session:
        assert [r.job for r in session.scalars(select(JobRun))] == ["prune_job_runs"]
        assert session.scalars(select(AuditEvent)).all() == []


def test_configure_adds_every_job_with_picklable_references() -> None:
    scheduler = BackgroundScheduler(timezone=AMSTERDAM)
    added = jobs.configure(scheduler, "sqlite:///unused.sqlite3")
    assert {job.name for job in added} == set(jobs.JOBS)
    for job in added:
        assert job.func_ref == "app.scheduler.jobs:run_shared_job"
        assert job.args[1] == "sqlite:///unused.sqlite3"


def _process_workstation(url: str, barrier: Any, results: Any, n: int) -> None:
    """One 'workstation' in its own process: claims the same tick as the others."""
    jobs.use_clock(FixedClock(local(2026, 11, 24, 21, 1)))
    database = Database.from_url(url)
    try:
        barrier.wait(60)
        result = jobs.run_job(jobs.JOBS["prune_job_runs"], database, host=f"proc{n}")
        results.put((result.ran, result.error))
    finally:
        database.dispose()


def test_processes_racing_for_one_tick_run_it_once(db_url: str) -> None:
    import multiprocessing

    spawn = multiprocessing.get_context("spawn")
    barrier = spawn.Barrier(3)
    results = spawn.Queue()
    procs = [
        spawn.Process(target=_process_workstation, args=(db_url, barrier, results, n))
        for n in range(3)
    ]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join(180)
    outcomes = [results.get(timeout=5) for _ in procs]
    assert sorted(outcomes) == [(False, None), (False, None), (True, None)]
    database = Database.from_url(db_url)
    try:
        with database.read() as session:
            assert len(session.scalars(select(JobRun)).all()) == 1
    finally:
        database.dispose()


def test_nightly_retention_runs_the_real_service_as_the_system(db: Database) -> None:
    result = jobs.run_job(jobs.JOBS["retention"], db)
    assert result.ran and result.error is None, result
    assert "skipped" not in result.summary
    with db.read() as session:
        run = session.scalars(select(JobRun).where(JobRun.job == "retention")).one()
        assert run.tick == "2026-11-24" and run.finished_at is not None
