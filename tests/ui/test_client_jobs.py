"""The shared jobs in every desktop client (issue 15, part 1): a QtScheduler with every job,
results only through a signal delivered in the GUI thread, the single SQLite workstation keeps
its queue moving, started at login and stopped at logout; the admin sees each job's last run,
workstation and last error."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from apscheduler.schedulers.qt import QtScheduler
from casework_factory import actor_of, make_user
from PySide6.QtCore import QThread
from sqlalchemy import select
from uitest_helpers import make_ui, open_case, wait_idle

from app.clock import FixedClock, SystemClock
from app.db import Database
from app.models import Case, JobRun
from app.models.enums import Role
from app.scheduler import jobs
from app.services import shared_jobs
from app.services.context import Actor, AppContext
from app.services.errors import PermissionDenied
from app.services.outbox import Outbox
from app.ui.app import VroegbelApp
from app.ui.jobs_runner import ClientJobs
from app.ui.tabs.admin import AdminTab

pytestmark = pytest.mark.ui


@pytest.fixture(autouse=True)
def _system_clock_afterwards() -> Any:
    yield
    jobs.use_clock(SystemClock())


def test_client_schedules_every_job_and_relays_results_to_the_gui_thread(
    qtbot: Any, qapp: Any, ui_db: Database, ui_clock: FixedClock
) -> None:
    url = "sqlite:///client-jobs-test"  # a key: the jobs use the client's own Database
    runner = ClientJobs(url, ui_db, ui_clock)
    runner.start()
    try:
        assert isinstance(runner.scheduler, QtScheduler) and runner.running
        assert sorted(runner.job_names()) == sorted(jobs.JOBS)
        assert jobs.database_for(url) is ui_db
        seen: list[tuple[str, bool]] = []
        runner.finished.connect(
            lambda r: seen.append((r.job, QThread.currentThread() is qapp.thread()))
        )
        # A missed window on this single workstation: the pool thread runs the job (as
        # APScheduler would); the window's result reaches the GUI thread through the signal.
        case_id = open_case(
            ui_db,
            ui_clock,
            window=(ui_clock.now() - timedelta(hours=3), ui_clock.now() - timedelta(hours=1)),
        )
        pool = threading.Thread(target=jobs.run_shared_job, args=("move_missed_windows", url))
        pool.start()
        pool.join(30)
        qtbot.waitUntil(lambda: bool(seen), timeout=5000)
        assert seen == [("move_missed_windows", True)]
        result = runner.last["move_missed_windows"]
        assert result.ran and result.error is None and result.summary["moved"] == 1
        with ui_db.read() as session:
            case = session.get(Case, case_id)
            assert case is not None and case.missed_windows == 1
            assert case.next_window_start is not None
            assert case.next_window_start >= ui_clock.now()  # moved on, not an attempt
            assert case.attempts_used == 0
            run = session.scalars(select(JobRun)).one()
            assert run.job == "move_missed_windows" and run.host == result.host
        # The same tick again (another workstation's pool): it is not run twice.
        assert jobs.run_shared_job("move_missed_windows", url).ran is False
    finally:
        runner.stop()
    assert not runner.running and runner.scheduler is None


def test_login_starts_the_jobs_and_logout_stops_them(
    qtbot: Any, qapp: Any, ui_db: Database, ui_clock: FixedClock, prefs: Any, tmp_path: Path
) -> None:
    import app.ui.app as app_module
    from app.services import accounts

    controller = VroegbelApp(
        qapp, url="sqlite://", prefs=prefs, clock=ui_clock, opener=lambda: ui_db, shared_jobs=True
    )
    original = app_module.make_outbox
    app_module.make_outbox = lambda ui, directory=None: Outbox(tmp_path / "outbox.sqlite3")
    try:
        admin = AppContext(db=ui_db, clock=ui_clock, actor=Actor.command_line())
        accounts.create_user(admin, "tess", Role.TEAMLEAD, "Tess Teamleider", "Wachtwoord-123-x")
        with ui_db.begin() as session:
            from app.models import User

            user = session.scalar(select(User).where(User.username == "tess"))
            assert user is not None
            user.must_change_password = False
        dialog = controller.show_login()
        qtbot.addWidget(dialog)
        dialog.user_edit.setText("tess")
        dialog.password_edit.setText("Wachtwoord-123-x")
        dialog.login_button.click()
        wait_idle(qtbot, controller.worker)
        assert controller.window is not None
        qtbot.addWidget(controller.window)
        runner = controller.jobs
        assert isinstance(runner, ClientJobs) and runner.running
        assert sorted(runner.job_names()) == sorted(jobs.JOBS)
        controller.logout(force=True)
        assert controller.jobs is None and not runner.running
    finally:
        app_module.make_outbox = original
        if controller.login is not None:
            controller.login.hide()
            controller.login.deleteLater()
        controller.shutdown()
        qapp.processEvents()


def test_admin_sees_last_run_workstation_and_last_error(
    qtbot: Any, ui_db: Database, ui_clock: FixedClock, worker: Any, prefs: Any
) -> None:
    now = ui_clock.now()
    with ui_db.begin() as session:
        session.add_all(
            [
                JobRun(
                    job="expire_leases",
                    tick="t1",
                    host="werkplek-3:111:1",
                    started_at=now - timedelta(minutes=2),
                    finished_at=now - timedelta(minutes=2),
                    result='"OperationalError: database is locked"',
                ),
                JobRun(
                    job="expire_leases",
                    tick="t2",
                    host="werkplek-7:222:1",
                    started_at=now - timedelta(minutes=1),
                    finished_at=now - timedelta(minutes=1),
                    result='{"expired": 2}',
                ),
            ]
        )
        admin_user = make_user(session, "beheer", Role.ADMIN, "Fatima Beheer")
        admin_actor = actor_of(admin_user)
    admin_ctx = AppContext(db=ui_db, clock=ui_clock, actor=admin_actor)
    status = {s.job: s for s in shared_jobs.job_status(admin_ctx)}
    assert list(status) == list(jobs.JOBS)
    leases = status["expire_leases"]
    assert leases.last_host == "werkplek-7:222:1" and leases.last_summary == "expired: 2"
    assert leases.last_error == "OperationalError: database is locked"
    assert leases.last_error_host == "werkplek-3:111:1"
    assert status["retention"].last_started_at is None and status["retention"].last_error == ""
    with pytest.raises(PermissionDenied):
        shared_jobs.job_status(AppContext(db=ui_db, clock=ui_clock, actor=Actor("a", Role.AGENT)))

    tab = AdminTab(make_ui(ui_db, ui_clock, worker, prefs, admin_actor))
    qtbot.addWidget(tab)
    page = tab.show_page("jobs")
    wait_idle(qtbot, worker)
    rows = {row.job: row for row in page.model.rows}
    assert rows["expire_leases"].last_host == "werkplek-7:222:1"
    texts = [
        page.model.data(page.model.index(r, c))
        for r in range(page.model.rowCount())
        for c in range(5)
    ]
    assert "Verlopen reserveringen vrijgeven" in texts
    assert any("database is locked" in str(t) for t in texts)
    assert "nog niet gedraaid" in texts
