"""The shared background jobs in every desktop client (issue 15).

Every running client schedules the jobs of app.scheduler.jobs with APScheduler's QtScheduler:
the scheduler's wake-ups are Qt timers in the GUI thread, the job bodies run on APScheduler's
thread pool (a database job must never freeze the window). The `job_runs` ledger makes each
tick run once across all workstations and a `vroegbel scheduler` server, so one workstation on
SQLite keeps its own queue moving (missed windows move on, leases expire) and ten workstations
on PostgreSQL share the work without doing it ten times.

Jobs never touch widgets: each result reaches the GUI only through the `finished` signal,
emitted in the pool thread and delivered by Qt's queued connection in the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from apscheduler.schedulers.qt import QtScheduler
from PySide6.QtCore import QObject, Signal

from app.clock import AMSTERDAM, Clock
from app.db import Database
from app.scheduler import jobs

log = logging.getLogger("vroegbel.ui.jobs")


class ClientJobs(QObject):
    """The shared jobs of one logged-in client; `start()` after login, `stop()` at logout."""

    #: a jobs.JobResult after every attempt at a tick (also when another workstation won it)
    finished = Signal(object)

    def __init__(
        self,
        url: str,
        db: Database,
        clock: Clock,
        parent: QObject | None = None,
        *,
        names: Iterable[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.url = url
        self.db = db
        self.clock = clock
        self.names = list(names) if names is not None else None
        self.scheduler: QtScheduler | None = None
        self.last: dict[str, jobs.JobResult] = {}
        self.finished.connect(self._remember)

    def _relay(self, result: jobs.JobResult) -> None:
        # Called in the pool thread: only emit (Qt queues it to the GUI thread).
        self.finished.emit(result)

    def _remember(self, result: jobs.JobResult) -> None:
        self.last[result.job] = result
        if result.error:
            log.warning("shared job %s, tick %s: %s", result.job, result.tick, result.error)

    @property
    def running(self) -> bool:
        return self.scheduler is not None and bool(self.scheduler.running)

    def start(self) -> None:
        if self.running:
            return
        # The jobs address their database by URL; this client's own engine serves them.
        jobs.register_database(self.url, self.db)
        jobs.use_clock(self.clock)
        jobs.add_listener(self._relay)
        scheduler = QtScheduler(timezone=AMSTERDAM)
        jobs.configure(scheduler, self.url, names=self.names)
        scheduler.start()
        self.scheduler = scheduler

    def job_names(self) -> list[str]:
        if self.scheduler is None:
            return []
        return [job.name for job in self.scheduler.get_jobs()]

    def stop(self) -> None:
        jobs.remove_listener(self._relay)
        scheduler, self.scheduler = self.scheduler, None
        if scheduler is not None and scheduler.running:
            # Do not wait: a running job finishes on its own and its tick is recorded.
            scheduler.shutdown(wait=False)
