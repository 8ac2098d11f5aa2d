"""The client side of the outbox (app/services/outbox.py): one file per person on this
workstation, saving through it when the shared database is away, and flushing it on a timer.

`save_outcome_task` runs on the database worker: it writes the outcome straight to the shared
database when nothing is waiting, and hands it to the outbox when the database cannot be
reached (or when older outcomes are still waiting, so they are written in order).
`OutboxSync` flushes every `FLUSH_MS` while items wait, and at once when the worker sees the
database again; it keeps the status bar's count up to date through `UiEvents.outbox_changed`.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from PySide6.QtCore import QObject, QTimer, Signal

from app.services import queue
from app.services.context import AppContext
from app.services.outbox import (
    FlushResult,
    Outbox,
    PendingOutcome,
    SubmitState,
    is_connection_problem,
)
from app.ui.context import UiContext

log = logging.getLogger("vroegbel.ui.outbox")

FLUSH_MS = 30_000


def outbox_path(username: str, demo: bool = False, directory: Path | None = None) -> Path:
    folder = directory or Path(platformdirs.user_data_dir("vroegbel", "vroegbel"))
    safe = re.sub(r"[^a-z0-9._@-]", "_", username.lower())
    return folder / f"outbox-{'demo-' if demo else ''}{safe}.sqlite3"


def create_outbox(ui: UiContext, directory: Path | None = None) -> Outbox:
    """This person's outbox on this workstation."""
    return Outbox(outbox_path(ui.actor.username, ui.demo, directory))


@dataclass(frozen=True)
class SaveResult:
    """Where a saved outcome is: `saved` (shared database), `pending` (outbox) or `failed`."""

    state: str
    saved: queue.SavedOutcome | None = None
    reason: str | None = None
    pending: int = 0


def save_outcome_task(
    ctx: AppContext, outbox: Outbox | None, case_id: int, entry: queue.OutcomeEntry
) -> SaveResult:
    """Runs on the worker. Raises ServiceError for a refusal the agent can act on."""
    if outbox is None:
        return SaveResult("saved", saved=queue.save_outcome(ctx, case_id, entry))
    if outbox.pending_count() == 0:
        try:
            return SaveResult("saved", saved=queue.save_outcome(ctx, case_id, entry))
        except Exception as exc:
            if not is_connection_problem(exc):
                raise
            log.info("shared database unreachable; outcome goes to the outbox")
    result = outbox.submit(ctx, PendingOutcome(case_id=case_id, entry=entry))
    if result.state is SubmitState.SAVED:
        return SaveResult("saved", pending=result.pending)
    return SaveResult(result.state.value, reason=result.reason, pending=result.pending)


def flush_task(ctx: AppContext, outbox: Outbox) -> tuple[FlushResult, int]:
    """Write what waits; also count what the database refused (kept aside)."""
    return outbox.flush(ctx), len(outbox.failed_items())


class OutboxSync(QObject):
    """Flushes the outbox while items wait; reports the count."""

    #: (written, pending, reachable) after each flush
    flushed = Signal(int, int, bool)

    def __init__(self, ui: UiContext, parent: QObject | None = None, interval_ms: int = FLUSH_MS):
        super().__init__(parent)
        self.ui = ui
        self.pending = 0
        self._running = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.flush)
        ui.worker.connection_changed.connect(self._connection_changed)
        ui.events.outbox_changed.connect(self._count_changed)

    @property
    def outbox(self) -> Outbox | None:
        outbox = self.ui.outbox
        return outbox if isinstance(outbox, Outbox) else None

    def start(self) -> None:
        """Count what a previous session left and try to write it."""
        self.timer.start()
        self.flush()

    def stop(self) -> None:
        self.timer.stop()

    def _count_changed(self, pending: int) -> None:
        self.pending = pending

    def _connection_changed(self, connected: bool) -> None:
        if connected and self.pending:
            self.flush()

    def flush(self) -> None:
        outbox = self.outbox
        if outbox is None or self._running:
            return
        self._running = True
        self.ui.worker.run(
            flush_task, self.ui.app, outbox, on_done=self._done, on_error=self._failed
        )

    def _done(self, answer: tuple[FlushResult, int]) -> None:
        result, refused = answer
        self._running = False
        self.ui.events.outbox_refused.emit(refused)
        self.ui.worker.mark_connection(result.reachable)
        self.ui.events.outbox_changed.emit(result.pending)
        if result.written:
            self.ui.events.status_message.emit(
                self.tr("%n bewaarde uitkomst(en) alsnog opgeslagen.", "", result.written)
            )
        if result.failed:
            self.ui.events.status_message.emit(
                self.tr("%n bewaarde uitkomst(en) geweigerd; zie de teamleider.", "", result.failed)
            )
        self.flushed.emit(result.written, result.pending, result.reachable)

    def _failed(self, _sentence: str, _exc: BaseException) -> None:
        self._running = False
