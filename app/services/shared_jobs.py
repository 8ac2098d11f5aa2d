"""What the admin sees of the shared background jobs (issue 15): per job its last run, on
which workstation, and its last error.

Every desktop client takes part in the shared jobs (app.ui.jobs_runner) and so may the
headless `vroegbel scheduler`; the ledger `job_runs` (app.scheduler.jobs) says which
workstation won each tick. A run whose result is a JSON string is a failure (the job's error
message); a run with a JSON object finished with that summary; a run without `finished_at` is
still going, or its workstation stopped in the middle.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.models import JobRun
from app.models.enums import Role
from app.services.authz import allowed
from app.services.context import AppContext

#: Dutch names of the jobs of app.scheduler.jobs.JOBS, for the admin tab.
JOB_LABELS = {
    "move_missed_windows": "Gemiste belvensters doorschuiven",
    "expire_leases": "Verlopen reserveringen vrijgeven",
    "flag_overdue_handoffs": "Overdrachten over de termijn markeren",
    "retention": "Nachtelijke opschoning (bewaartermijnen)",
    "prune_job_runs": "Oude taakregistratie opruimen",
}


@dataclass(frozen=True)
class JobStatus:
    job: str
    label: str
    last_started_at: datetime | None
    last_finished_at: datetime | None
    last_host: str
    last_summary: str  # the last run's summary as text, '' while running or after an error
    last_error: str  # the most recent error of the ledger (kept 14 days), '' if none
    last_error_at: datetime | None
    last_error_host: str


def _error_of(result: str) -> str | None:
    """The error message when `result` records a failure (a JSON string), else None."""
    if not result.startswith('"'):
        return None
    try:
        value = json.loads(result)
    except ValueError:
        return result
    return str(value)


def _summary_of(result: str) -> str:
    try:
        value = json.loads(result)
    except ValueError:
        return result
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    return str(value)


@allowed(Role.ADMIN)
def job_status(ctx: AppContext) -> list[JobStatus]:
    """Per shared job its last run and last error, in the order of app.scheduler.jobs.JOBS."""
    from app.scheduler.jobs import JOBS

    found = []
    with ctx.db.read() as session:
        for name in JOBS:
            last = session.scalars(
                select(JobRun)
                .where(JobRun.job == name)
                .order_by(JobRun.started_at.desc(), JobRun.id.desc())
                .limit(1)
            ).first()
            error_row = None
            error = ""
            # Errors are rare: look through the recent runs that are JSON strings.
            for row in session.scalars(
                select(JobRun)
                .where(JobRun.job == name, JobRun.result.like('"%'))
                .order_by(JobRun.started_at.desc(), JobRun.id.desc())
                .limit(1)
            ):
                error_row = row
                error = _error_of(row.result) or ""
            failed = last is not None and _error_of(last.result) is not None
            found.append(
                JobStatus(
                    job=name,
                    label=JOB_LABELS.get(name, name),
                    last_started_at=last.started_at if last else None,
                    last_finished_at=last.finished_at if last else None,
                    last_host=last.host if last else "",
                    last_summary=(
                        _summary_of(last.result)
                        if last is not None and last.finished_at and not failed
                        else ""
                    ),
                    last_error=error,
                    last_error_at=error_row.started_at if error_row else None,
                    last_error_host=error_row.host if error_row else "",
                )
            )
    return found
