"""The one database worker of the client (Anki's aqt/taskman.py).

Every service call runs on a single background thread, one after another, so the GUI thread
never waits for the database and the services never see two calls of this client at once.
Results and errors come back on the GUI thread through a queued signal:

    self.worker.run(queue.next_call, ctx, on_done=self._show_case, on_error=self._show_error)

`on_error` receives one sentence for a person (never a traceback) and the exception itself.
The worker also tells the rest of the window whether the database answers (`connection_changed`)
so the status bar and the outbox can react.
"""

from __future__ import annotations

import functools
import itertools
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

#: lupdate picks up translate("Context", "text") calls with literal arguments.
translate = QCoreApplication.translate

log = logging.getLogger("vroegbel.ui.worker")

DoneCallback = Callable[[Any], None]
ErrorCallback = Callable[[str, BaseException], None]


def _database_cause(exc: BaseException) -> BaseException:
    """app.db.DatabaseError wraps the driver's error it describes; classify that one."""
    from app.db import DatabaseError

    if isinstance(exc, DatabaseError) and exc.__cause__ is not None:
        return exc.__cause__
    return exc


def is_connection_error(exc: BaseException) -> bool:
    """The database could not be reached (as opposed to a refusal or a bug): the one
    classifier of database errors (app/services/db_errors.py) decides, as for the outbox."""
    from app.services.db_errors import classify

    info = classify(_database_cause(exc))
    if info is not None:
        return info.unreachable
    return isinstance(exc, ConnectionError)


def describe_error(exc: BaseException) -> str:
    """One sentence for the person at the screen; details go to the log only (never a class
    name, SQL or parameters on the screen)."""
    from app.db import DatabaseError, describe_refusal
    from app.services.db_errors import classify
    from app.services.errors import ServiceError

    if isinstance(exc, ServiceError):
        return str(exc)
    if is_connection_error(exc):
        return translate(
            "Worker",
            "De database is niet bereikbaar. Controleer de netwerkverbinding of vraag de "
            "functioneel beheerder om hulp.",
        )
    if isinstance(exc, DatabaseError):
        return str(exc)
    if describe_refusal(exc) is not None:
        # The database is the gate (issue 13): a missing grant or a row-level policy said no.
        return translate(
            "Worker",
            "De database staat dit niet toe voor uw login. Vraag de functioneel beheerder om "
            "hulp als u dit voor uw werk nodig hebt.",
        )
    info = classify(exc)
    if info is not None:
        return info.sentence
    return translate("Worker", "Er ging iets onverwachts mis. Probeer het opnieuw.")


@dataclass
class _Task:
    number: int
    on_done: DoneCallback | None
    on_error: ErrorCallback | None
    owner: QObject | None


class DbWorker(QObject):
    """A single background thread for database work, reporting back by signal."""

    #: (task number, result or exception, succeeded) — internal, always queued to the GUI.
    _finished = Signal(int, object, bool)
    #: True while at least one task is queued or running.
    busy_changed = Signal(bool)
    #: True when a call reached the database, False when it could not.
    connection_changed = Signal(bool)
    #: Every error sentence, for a status line (the caller's on_error still decides what to do).
    error_reported = Signal(str)
    #: Emitted after each task's callbacks ran (tests wait on it).
    task_finished = Signal()
    #: The services ended this session (the account was removed, locked, reset or got another
    #: role since the login): the sentence for the login screen.
    session_ended = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vroegbel-db")
        self._tasks: dict[int, _Task] = {}
        self._numbers = itertools.count(1)
        self._connected: bool | None = None
        self._closed = False
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    # --- public API -------------------------------------------------------------------

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: DoneCallback | None = None,
        on_error: ErrorCallback | None = None,
        owner: QObject | None = None,
        **kwargs: Any,
    ) -> Future[Any]:
        """Queue `fn(*args, **kwargs)` on the database thread.

        `on_done(result)` or `on_error(sentence, exc)` runs later on the GUI thread; neither
        runs when `owner` (by default the QObject a bound callback belongs to) was deleted in
        the meantime. Without `on_error` the sentence only goes to `error_reported`.
        """
        if self._closed:
            raise RuntimeError("the database worker was shut down")
        if owner is None:
            owner = _owner_of(on_done) or _owner_of(on_error)
        number = next(self._numbers)
        self._tasks[number] = _Task(number, on_done, on_error, owner)
        if len(self._tasks) == 1:
            self.busy_changed.emit(True)
        future = self._executor.submit(fn, *args, **kwargs)
        future.add_done_callback(functools.partial(self._report, number))
        return future

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    @property
    def connected(self) -> bool | None:
        """Whether the last database call got through (None before the first one)."""
        return self._connected

    def mark_connection(self, connected: bool) -> None:
        """Report what a task learned about the database without raising (e.g. the outbox)."""
        self._set_connected(connected)

    def shutdown(self, wait: bool = True) -> None:
        self._closed = True
        self._executor.shutdown(wait=wait, cancel_futures=True)

    # --- internals --------------------------------------------------------------------

    def _report(self, number: int, future: Future[Any]) -> None:
        """Runs on the worker thread: hand the outcome over to the GUI thread."""
        if future.cancelled():
            return
        exc = future.exception()
        try:
            if exc is None:
                self._finished.emit(number, future.result(), True)
            else:
                self._finished.emit(number, exc, False)
        except RuntimeError:  # the worker object was deleted while the app shut down
            pass

    @Slot(int, object, bool)
    def _deliver(self, number: int, payload: Any, ok: bool) -> None:
        task = self._tasks.pop(number, None)
        try:
            if task is None:
                return
            alive = task.owner is None or shiboken6.isValid(task.owner)
            if ok:
                self._set_connected(True)
                if alive and task.on_done is not None:
                    task.on_done(payload)
                return
            exc: BaseException = payload
            connection = is_connection_error(exc)
            self._set_connected(not connection)
            if connection:
                log.info("database unreachable: %s", exc)
            elif _expected(exc):
                # A refusal or a wrong entry is the person's to fix: one line, no traceback.
                log.info("task refused: %s: %s", exc.__class__.__name__, exc)
            else:
                log.warning("task failed: %s", exc, exc_info=(type(exc), exc, exc.__traceback__))
            sentence = describe_error(exc)
            self.error_reported.emit(sentence)
            if alive and task.on_error is not None:
                task.on_error(sentence, exc)
            if _session_ended(exc):
                self.session_ended.emit(sentence)
        finally:
            if not self._tasks:
                self.busy_changed.emit(False)
            self.task_finished.emit()

    def _set_connected(self, value: bool) -> None:
        if value != self._connected:
            self._connected = value
            self.connection_changed.emit(value)


def _expected(exc: BaseException) -> bool:
    """A failure with a sentence for the person (a wrong password, a refusal, a bad database
    address), as opposed to a bug that needs its traceback in the log."""
    from app.db import DatabaseError
    from app.services.errors import ServiceError

    return isinstance(exc, ServiceError | DatabaseError)


def _session_ended(exc: BaseException) -> bool:
    from app.services.errors import SessionEnded

    return isinstance(exc, SessionEnded)


def _owner_of(callback: Callable[..., Any] | None) -> QObject | None:
    if isinstance(callback, functools.partial):
        callback = callback.func
    owner = getattr(callback, "__self__", None)
    return owner if isinstance(owner, QObject) else None
