"""Helpers for the Qt client tests (imported by the tests and tests/ui/conftest.py)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from app.clock import AMSTERDAM, FixedClock
from app.db import Database
from app.services.context import Actor, AppContext
from app.ui.context import Prefs, UiContext
from app.ui.worker import DbWorker

#: Tuesday 24 November 2026, 10:30 in Amsterdam: the morning window (09:00–12:30) is open.
IN_WINDOW = datetime(2026, 11, 24, 10, 30, tzinfo=AMSTERDAM)
#: The same Tuesday, 22:00: after the evening window; the next opens Wednesday 09:00.
OUTSIDE = datetime(2026, 11, 24, 22, 0, tzinfo=AMSTERDAM)


def make_ui(
    db: Database, clock: FixedClock, worker: DbWorker, prefs: Prefs, actor: Actor
) -> UiContext:
    return UiContext(
        app=AppContext(db=db, clock=clock, actor=actor),
        worker=worker,
        prefs=prefs,
        display_name=actor.username.capitalize(),
        database_label="Testdatabase",
    )


def open_case(db: Database, clock: FixedClock, **kwargs: Any) -> int:
    """An open case whose planned window is open at the clock's moment."""
    from casework_factory import make_case

    now = clock.now()
    kwargs.setdefault("window", (now - timedelta(hours=1), now + timedelta(hours=2)))
    kwargs.setdefault("opened_at", now - timedelta(days=3))
    with db.begin() as session:
        return make_case(session, **kwargs).id


def wait_idle(qtbot: Any, worker: DbWorker, timeout: int = 10_000) -> None:
    """Wait until the worker has delivered every result (and chained calls are done)."""
    qtbot.waitUntil(lambda: not worker.busy, timeout=timeout)


class Outage:
    """Makes the shared database unreachable for this Database object (every statement fails
    as a lost connection would), and reachable again."""

    def __init__(self, db: Database) -> None:
        from sqlalchemy import event

        self.down = False
        self.db = db

        def refuse(*_args: Any, **_kwargs: Any) -> None:
            if self.down:
                from sqlalchemy.exc import OperationalError

                lost = ConnectionError("server closed the connection")
                raise OperationalError("SELECT 1", {}, lost)

        event.listen(db.engine, "before_cursor_execute", refuse)

    def start(self) -> None:
        self.down = True

    def end(self) -> None:
        self.down = False
