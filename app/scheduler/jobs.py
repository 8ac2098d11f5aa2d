"""The shared background jobs (APScheduler 3) and how workstations share them.

Jobs: moving missed windows (DOMAIN.md 4.6), expiring leases (section 5), flagging handoffs
past their local target (section 6), the nightly retention run (app.services.retention, when
installed) and pruning this module's own ledger.

Once per tick, not once per client
----------------------------------
Every workstation of a team runs the same schedule against one shared database. Before a job
runs, the workstation claims the tick by inserting a `JobRun` row (unique on job + tick) in a
transaction of its own; only the one whose insert commits runs the job, the others see the
unique violation and skip. Ticks are aligned to the clock (interval jobs fire on multiples of
their period since the epoch and the tick is the fire time rounded to the period; daily jobs'
tick is the Amsterdam date), so every workstation names a tick the same way. The job itself
then runs in a unit of work that also holds a PostgreSQL transaction-level advisory lock per
job (SQLite: BEGIN IMMEDIATE), so two runs of one job never overlap even when a run outlasts
its period; and every job is idempotent, so a run that fails or is repeated does no harm.

Rules for the functions here: module-level and addressed by name (a SQLAlchemyJobStore can
store them: the job's arguments are the job name and the database URL), no widgets, no Qt.
The desktop app receives results through `add_listener` (called in the scheduler's thread;
connect it to a Qt signal, which queues the call to the GUI thread).

In the desktop app (a sketch; the widgets live in app/ui):

    class JobBridge(QObject):
        finished = Signal(object)  # JobResult

    bridge = JobBridge()
    jobs.register_database(url, database)  # share the app's engine
    jobs.add_listener(bridge.finished.emit)  # emitted in the scheduler thread, queued to the GUI
    runner = jobs.background_scheduler(url)  # or QtScheduler + jobs.configure(runner, url)
    runner.start()
    ...
    runner.shutdown(wait=False); jobs.remove_listener(bridge.finished.emit)

The job bodies use the service layer (planning, outcomes, audit, retention); they import it
inside the functions so that importing app.scheduler never pulls in the services.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import socket
import threading
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, is_dataclass
from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from apscheduler.job import Job
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.clock import AMSTERDAM, Clock, SystemClock
from app.db import Database
from app.models import Handoff, JobRun

if TYPE_CHECKING:
    from app.services.context import AppContext

log = logging.getLogger(__name__)

JobBody = Callable[["AppContext"], dict[str, Any]]
Listener = Callable[["JobResult"], None]

_EPOCH = datetime(2000, 1, 3, tzinfo=UTC)  # a Monday; interval ticks are counted from here


@dataclass(frozen=True)
class JobResult:
    """What one workstation's attempt at one tick of a shared job came to."""

    job: str
    tick: str
    host: str
    ran: bool  # False: another workstation had claimed this tick
    summary: dict[str, Any] = field(default_factory=dict)
    error: str | None = None


@dataclass(frozen=True)
class SharedJob:
    """A job every workstation schedules and exactly one runs per tick.

    Either `period` (an interval aligned to the clock) or `daily_at` (Amsterdam time).
    """

    name: str
    body: JobBody
    period: timedelta | None = None
    daily_at: time | None = None

    def tick(self, now: datetime) -> str:
        """The tick `now` belongs to, named the same on every workstation."""
        if self.period is not None:
            seconds = self.period.total_seconds()
            count = round((now - _EPOCH).total_seconds() / seconds)
            instant = _EPOCH + timedelta(seconds=count * seconds)
            return instant.strftime("%Y-%m-%dT%H:%M:%SZ")
        return now.astimezone(AMSTERDAM).date().isoformat()

    def trigger(self) -> BaseTrigger:
        if self.period is not None:
            return IntervalTrigger(
                seconds=int(self.period.total_seconds()), start_date=_EPOCH, timezone=UTC
            )
        at = self.daily_at or time(3, 30)
        return CronTrigger(hour=at.hour, minute=at.minute, timezone=AMSTERDAM)

    @property
    def grace_seconds(self) -> int:
        if self.period is not None:
            return max(1, int(self.period.total_seconds() // 2))
        return 3 * 3600


# --- listeners and clock ----------------------------------------------------------------

_listeners: list[Listener] = []
_listeners_lock = threading.Lock()
_clock: Clock = SystemClock()


def add_listener(listener: Listener) -> None:
    """Call `listener(result)` after every job attempt (in the scheduler's thread)."""
    with _listeners_lock:
        _listeners.append(listener)


def remove_listener(listener: Listener) -> None:
    with _listeners_lock:
        if listener in _listeners:
            _listeners.remove(listener)


def use_clock(clock: Clock) -> None:
    """The clock the jobs read 'now' from (tests; the app keeps the system clock)."""
    global _clock
    _clock = clock


def _notify(result: JobResult) -> None:
    with _listeners_lock:
        listeners = list(_listeners)
    for listener in listeners:
        try:
            listener(result)
        except Exception:
            log.exception("job listener failed")


# --- databases by URL (jobs are stored with their URL, not an engine) -------------------

_databases: dict[str, Database] = {}
_databases_lock = threading.Lock()


def database_for(url: str) -> Database:
    """One Database (engine and pool) per URL for all job runs in this process."""
    with _databases_lock:
        found = _databases.get(url)
        if found is None:
            found = Database.from_url(url)
            _databases[url] = found
        return found


def register_database(url: str, database: Database) -> None:
    """Let the jobs use an already open Database for `url` (the app's own)."""
    with _databases_lock:
        _databases[url] = database


def dispose_databases() -> None:
    with _databases_lock:
        for database in _databases.values():
            database.dispose()
        _databases.clear()


# --- claiming a tick --------------------------------------------------------------------


def host_name() -> str:
    try:
        name = socket.gethostname()
    except OSError:
        name = "unknown"
    return f"{name}:{os.getpid()}:{threading.get_ident() % 100000}"[:120]


def claim_tick(db: Database, job: str, tick: str, host: str, now: datetime) -> bool:
    """Insert the JobRun row for (job, tick); True when this caller won the tick."""
    try:
        with db.begin() as session:
            session.add(JobRun(job=job, tick=tick, host=host, started_at=now, result=""))
    except IntegrityError:
        return False
    return True


def _finish(db: Database, job: str, tick: str, now: datetime, result: str) -> None:
    with db.begin() as session:
        session.execute(
            update(JobRun)
            .where(JobRun.job == job, JobRun.tick == tick)
            .values(finished_at=now, result=result[:4000])
        )


def job_lock(session: Session, job: str) -> None:
    """Serialise runs of one job across workstations for the rest of this transaction."""
    if session.get_bind().dialect.name == "postgresql":
        digest = hashlib.sha256(f"vroegbel:{job}".encode()).digest()[:8]
        key = int.from_bytes(digest, "big", signed=True)
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


def _to_json(value: Any) -> str:
    if is_dataclass(value) and not isinstance(value, type):
        value = asdict(value)
    return json.dumps(value, default=str, ensure_ascii=False, sort_keys=True)


def _context(db: Database, job: str) -> AppContext:
    from app.services.context import Actor, AppContext

    return AppContext(db=db, clock=_clock, actor=Actor.system(job))


def run_shared_job(name: str, db_url: str) -> JobResult:
    """Run one tick of the shared job `name` on the database at `db_url`, unless taken.

    The entry point APScheduler calls (by reference: "app.scheduler.jobs:run_shared_job").
    """
    return run_job(JOBS[name], database_for(db_url))


def run_job(job: SharedJob, db: Database, *, host: str | None = None) -> JobResult:
    """Claim the current tick of `job` and run it; never raises (the error is reported)."""
    now = _clock.now()
    tick = job.tick(now)
    who = host or host_name()
    try:
        won = claim_tick(db, job.name, tick, who, now)
    except Exception as exc:  # database unreachable: report, try again next tick
        log.warning("job %s: could not claim tick %s: %s", job.name, tick, exc)
        result = JobResult(job.name, tick, who, ran=False, error=str(exc).splitlines()[0])
        _notify(result)
        return result
    if not won:
        result = JobResult(job.name, tick, who, ran=False)
        _notify(result)
        return result
    try:
        summary = job.body(_context(db, job.name))
        result = JobResult(job.name, tick, who, ran=True, summary=summary)
    except Exception as exc:
        log.exception("job %s failed at tick %s", job.name, tick)
        result = JobResult(job.name, tick, who, ran=True, error=f"{type(exc).__name__}: {exc}")
    try:
        _finish(db, job.name, tick, _clock.now(), _to_json(result.error or result.summary))
    except Exception:
        log.exception("job %s: could not record the end of tick %s", job.name, tick)
    _notify(result)
    return result


# --- the job bodies ---------------------------------------------------------------------


#: Cases moved per transaction: short transactions keep SQLite's write lock free for agents.
MISSED_BATCH = 200
MISSED_MAX_BATCHES = 50


def move_missed_windows(ctx: AppContext) -> dict[str, Any]:
    """DOMAIN.md 4.6: planned windows that passed without a call move on (not an attempt)."""
    from app.services import audit, planning

    now = ctx.clock.now()
    moved = closed = 0
    for _ in range(MISSED_MAX_BATCHES):
        with ctx.db.begin(immediate=True) as session:
            job_lock(session, "move_missed_windows")
            outcome = planning.move_missed_windows(session, now, limit=MISSED_BATCH)
            for case_id in outcome.closed_case_ids:
                audit.record(session, ctx, "case_closed", case_id=case_id, detail="not_reached")
        moved += outcome.moved
        closed += len(outcome.closed_case_ids)
        if outcome.moved + len(outcome.closed_case_ids) < MISSED_BATCH:
            break
    return {"moved": moved, "closed": closed}


def expire_leases(ctx: AppContext) -> dict[str, Any]:
    """A crashed or closed client's lease runs out: the case goes back to the queue.

    The queue service owns leases (and audits each expiry); this is its scheduled call.
    """
    from app.services import queue

    return {"expired": int(queue.expire_leases(ctx))}


def flag_overdue_handoffs(ctx: AppContext) -> dict[str, Any]:
    """Mark handoffs without a first coach conversation past their local target date.

    A handoff is flagged once (`overdue_flagged_at`), the day after its target; the team lead's
    list shows past-target and, in red, past-legal from the dates themselves.
    """
    now = ctx.clock.now()
    today = now.astimezone(AMSTERDAM).date()
    waiting = (
        Handoff.closed_at.is_(None),
        Handoff.first_contact_at.is_(None),
    )
    with ctx.db.begin(immediate=True) as session:
        job_lock(session, "flag_overdue_handoffs")
        flagged = session.execute(
            update(Handoff)
            .where(*waiting, Handoff.overdue_flagged_at.is_(None), Handoff.target_due_on < today)
            .values(overdue_flagged_at=now)
            .execution_options(synchronize_session=False)
        )
        past_legal = session.scalar(
            select(func.count(Handoff.id)).where(*waiting, Handoff.legal_due_on < today)
        )
    return {
        "flagged": int(getattr(flagged, "rowcount", 0) or 0),
        "past_legal": int(past_legal or 0),
    }


def nightly_retention(ctx: AppContext) -> dict[str, Any]:
    """The retention run of app.services.retention, once that service exists."""
    try:
        from app.services import retention
    except ImportError:
        return {"skipped": "retention service not installed"}
    runner: Any = getattr(retention, "run_retention", None)
    if runner is None:
        return {"skipped": "retention service not installed"}
    outcome = runner(ctx, dry_run=False)
    return {"result": json.loads(_to_json(outcome))}


def prune_job_runs(ctx: AppContext, keep_days: int = 14) -> dict[str, Any]:
    """The ledger only needs recent ticks."""
    cutoff = ctx.clock.now() - timedelta(days=keep_days)
    with ctx.db.begin() as session:
        pruned = session.execute(
            delete(JobRun)
            .where(JobRun.started_at < cutoff)
            .execution_options(synchronize_session=False)
        )
    return {"pruned": int(getattr(pruned, "rowcount", 0) or 0)}


JOBS: dict[str, SharedJob] = {
    job.name: job
    for job in [
        SharedJob("move_missed_windows", move_missed_windows, period=timedelta(minutes=1)),
        SharedJob("expire_leases", expire_leases, period=timedelta(minutes=1)),
        SharedJob("flag_overdue_handoffs", flag_overdue_handoffs, period=timedelta(minutes=15)),
        # Nightly, at wall-clock times that exist exactly once on both DST change days.
        SharedJob("retention", nightly_retention, daily_at=time(3, 30)),
        SharedJob("prune_job_runs", prune_job_runs, daily_at=time(4, 15)),
    ]
}


def register(job: SharedJob) -> None:
    """Add (or replace) a shared job, e.g. in tests."""
    JOBS[job.name] = job


# --- wiring into a scheduler ------------------------------------------------------------


def configure(
    scheduler: BaseScheduler, db_url: str, *, names: Iterable[str] | None = None
) -> list[Job]:
    """Add the shared jobs (all, or `names`) to `scheduler` for the database at `db_url`."""
    added = []
    for name in names if names is not None else list(JOBS):
        job = JOBS[name]
        added.append(
            scheduler.add_job(
                run_shared_job,
                trigger=job.trigger(),
                args=[name, db_url],
                id=f"vroegbel:{name}",
                name=name,
                replace_existing=True,
                coalesce=True,
                max_instances=1,
                misfire_grace_time=job.grace_seconds,
            )
        )
    return added


def background_scheduler(db_url: str, *, names: Iterable[str] | None = None) -> BaseScheduler:
    """A BackgroundScheduler with the shared jobs, for the desktop app (not started)."""
    scheduler = BackgroundScheduler(timezone=AMSTERDAM)
    configure(scheduler, db_url, names=names)
    return scheduler


def blocking_scheduler(db_url: str, *, names: Iterable[str] | None = None) -> BlockingScheduler:
    """A BlockingScheduler with the shared jobs, for `vroegbel scheduler`."""
    scheduler = BlockingScheduler(timezone=AMSTERDAM)
    configure(scheduler, db_url, names=names)
    return scheduler
