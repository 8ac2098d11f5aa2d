"""Fixtures for the Qt client tests: a fresh SQLite database per test, a FixedClock inside a
calling window, workstation preferences in a temporary file, and the database worker."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from uitest_helpers import IN_WINDOW, make_ui

from app.clock import FixedClock
from app.db import Database, make_engine, upgrade
from app.models.enums import Role
from app.services import queue
from app.services.context import Actor, AppContext
from app.ui.context import Prefs, UiContext
from app.ui.worker import DbWorker


def _forget_queue_cache() -> None:
    """The queue caches the calendar per Database id; a fresh test database may reuse an id."""
    for name in ("forget_cached_planning", "forget_calendar"):
        forget = getattr(queue, name, None)
        if callable(forget):
            forget()


@pytest.fixture
def ui_db(tmp_path: Path) -> Iterator[Database]:
    url = f"sqlite:///{tmp_path / 'ui.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    database = Database.from_url(url)
    _forget_queue_cache()
    yield database
    _forget_queue_cache()
    database.dispose()


@pytest.fixture
def ui_clock() -> FixedClock:
    return FixedClock(IN_WINDOW)


@pytest.fixture
def prefs(tmp_path: Path) -> Prefs:
    return Prefs(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def worker(qapp: Any) -> Iterator[DbWorker]:
    db_worker = DbWorker()
    yield db_worker
    db_worker.shutdown(wait=True)
    qapp.processEvents()


@pytest.fixture
def admin_ctx(ui_db: Database, ui_clock: FixedClock) -> AppContext:
    return AppContext(db=ui_db, clock=ui_clock, actor=Actor.command_line())


@pytest.fixture
def agent(ui_db: Database) -> Actor:
    from casework_factory import actor_of, make_user

    with ui_db.begin() as session:
        user = make_user(session, "beller1", Role.AGENT, "Bea Beller")
        return actor_of(user)


@pytest.fixture
def agent_ui(
    ui_db: Database, ui_clock: FixedClock, worker: DbWorker, prefs: Prefs, agent: Actor
) -> UiContext:
    return make_ui(ui_db, ui_clock, worker, prefs, agent)


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """No modal QMessageBox ever blocks a test: each answers Yes/OK and is recorded."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []

    def answer(kind: str, result: QMessageBox.StandardButton) -> Any:
        def show(_parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            shown.append((kind, text))
            return result

        return show

    for kind in ("question", "information", "warning", "critical"):
        monkeypatch.setattr(
            QMessageBox, kind, staticmethod(answer(kind, QMessageBox.StandardButton.Yes))
        )
    monkeypatch.setattr(QMessageBox, "about", staticmethod(answer("about", None)))  # type: ignore[arg-type]
    return shown
