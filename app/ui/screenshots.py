"""`vroegbel screenshots --out DIR`: every main view rendered on demo data into PNG files.

A fresh temporary SQLite database is filled by the demo filler; a FixedClock stands inside a
calling window so "Volgende oproep" has a case. Each view is a `Shot` in `SHOTS`; another tab
adds its own with the decorator (in this module or in a module listed in `SHOT_MODULES`):

    @shot("30-queue")
    def _queue(env: ShotEnv) -> QWidget:
        window = env.main_window(Role.TEAMLEAD, tab="queue")
        env.settle()
        return window

`env.settle()` lets the database worker finish and the event loop catch up before the grab.
"""

from __future__ import annotations

import importlib
import logging
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from app.clock import AMSTERDAM, FixedClock
from app.models.enums import Role

log = logging.getLogger("vroegbel.ui.screenshots")

#: A Tuesday, 09:01:30 in Amsterdam: the morning window has just opened, so the demo (which
#: simulates calls up to "now") has left this window's cases for "Volgende oproep".
SHOT_MOMENT = datetime(2026, 11, 24, 9, 1, 30, tzinfo=AMSTERDAM)
SHOT_SIZE = (1280, 800)
DEMO_RESIDENTS = 300
DEMO_SEED = 2026

#: Modules whose import registers more shots with @shot (other tabs' screenshot code).
SHOT_MODULES: list[str] = ["app.ui.screenshots_workplaces"]

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from app.db import Database
    from app.ui.context import Prefs, UiContext
    from app.ui.main_window import MainWindow
    from app.ui.worker import DbWorker


@dataclass(frozen=True)
class Shot:
    name: str  # file stem: "10-next-call-case"
    render: Callable[[ShotEnv], QWidget | None]
    size: tuple[int, int] | None = None  # None: as the view sized itself


SHOTS: list[Shot] = []


def shot(
    name: str, size: tuple[int, int] | None = None
) -> Callable[[Callable[[ShotEnv], QWidget | None]], Callable[[ShotEnv], QWidget | None]]:
    """Register a view for `vroegbel screenshots`."""

    def register(
        render: Callable[[ShotEnv], QWidget | None],
    ) -> Callable[[ShotEnv], QWidget | None]:
        SHOTS[:] = [s for s in SHOTS if s.name != name]
        SHOTS.append(Shot(name, render, size))
        return render

    return register


@dataclass
class ShotEnv:
    """What a shot needs: the app, a demo database, a fixed clock, the worker."""

    qapp: QApplication
    db: Database
    clock: FixedClock
    worker: DbWorker
    prefs: Prefs
    workdir: Path
    demo_filled: bool = True
    keep: list[Any] = field(default_factory=list)
    shared: dict[str, Any] = field(default_factory=dict)  # hand-over between shots

    def actor_for(self, role: Role) -> Any:
        """A demo user of `role` (created when the demo data has none)."""
        from sqlalchemy import select

        from app.models import User
        from app.services.context import Actor

        with self.db.read() as session:
            user = session.scalars(
                select(User)
                .where(User.role == role.value, User.removed_at.is_(None))
                .order_by(User.id)
            ).first()
            if user is not None:
                return Actor(username=user.username, role=role, user_id=user.id)
        from app.services import accounts
        from app.services.context import AppContext

        info, _password = accounts.create_user(
            AppContext(db=self.db, clock=self.clock),
            f"demo-{role.value}",
            role,
            display_name=f"Demo {role.value}",
            password="demo-wachtwoord-2026",
        )
        return Actor(username=info.username, role=role, user_id=info.id)

    def ui_for(self, role: Role) -> UiContext:
        from app.models import User
        from app.services.context import AppContext
        from app.ui.app import database_label, make_outbox
        from app.ui.context import UiContext

        actor = self.actor_for(role)
        with self.db.read() as session:
            user = session.get(User, actor.user_id)
            name = user.display_name if user is not None else actor.username
        ui = UiContext(
            app=AppContext(db=self.db, clock=self.clock, actor=actor),
            worker=self.worker,
            prefs=self.prefs,
            demo=True,
            display_name=name,
            database_label=database_label("", demo=True),
        )
        ui.outbox = make_outbox(ui, self.workdir)
        return ui

    def main_window(self, role: Role, tab: str | None = None) -> MainWindow:
        from app.ui.main_window import MainWindow

        window = MainWindow(self.ui_for(role))
        window.resize(*SHOT_SIZE)
        if tab:
            window.show_tab(tab)
        window.show()
        self.keep.append(window)
        self.settle()
        return window

    def settle(self, timeout_s: float = 15.0) -> None:
        """Process events until the database worker is idle (and a little after)."""
        deadline = time.monotonic() + timeout_s
        quiet_since: float | None = None
        while time.monotonic() < deadline:
            self.qapp.processEvents()
            if self.worker.busy:
                quiet_since = None
            else:
                quiet_since = quiet_since or time.monotonic()
                if time.monotonic() - quiet_since > 0.15:
                    break
            time.sleep(0.01)
        self.qapp.processEvents()


# --- the views of this client -----------------------------------------------------------


@shot("01-login")
def _login(env: ShotEnv) -> QWidget:
    from app.ui.app import demo_hint
    from app.ui.login import LoginDialog

    dialog = LoginDialog(
        env.prefs, env.worker, env.clock, lambda: env.db, demo=True, demo_hint=demo_hint()
    )
    dialog.resize(560, dialog.sizeHint().height())
    dialog.user_edit.setText("beller1")
    dialog.password_edit.setText("••••••••••••")
    return dialog


def _agent_window(env: ShotEnv) -> MainWindow:
    window = env.main_window(Role.AGENT, tab="next_call")
    return window


def _next_call_tab(window: MainWindow) -> Any:
    return window.tab("next_call")


@shot("10-next-call-ready")
def _next_call_ready(env: ShotEnv) -> QWidget:
    return _agent_window(env)


@shot("11-next-call-case")
def _next_call_case(env: ShotEnv) -> QWidget:
    window = _agent_window(env)
    tab = _next_call_tab(window)
    tab.next_call()
    env.settle()
    if tab.state == "case":
        tab.notes_edit.setPlainText("Mevrouw vraagt of ze na 17:00 teruggebeld kan worden.")
    env.shared["case_window"] = window
    return window


@shot("12-help-request")
def _help_request(env: ShotEnv) -> QWidget | None:
    window = env.shared.get("case_window")
    tab = _next_call_tab(window) if window is not None else None
    if tab is None or tab.state != "case":
        return None
    dialog = tab.open_help_form()
    from app.models.enums import HelpType

    dialog.type_boxes[HelpType.PAYMENT_ARRANGEMENT].setChecked(True)
    dialog.type_boxes[HelpType.BOOM].setChecked(True)
    dialog.note_edit.setPlainText("Huurachterstand loopt op; mevrouw wil graag een regeling.")
    env.settle()
    return cast("QWidget", dialog)


@shot("13-callback-picker")
def _callback_picker(env: ShotEnv) -> QWidget | None:
    window = env.shared.get("case_window")
    tab = _next_call_tab(window) if window is not None else None
    if tab is None or tab.state != "case":
        return None
    if tab.help_dialog is not None:
        tab.help_dialog.reject()
    tab.open_callback_picker()
    env.settle()
    return cast("QWidget | None", tab.callback_dialog)


@shot("14-next-call-outside-hours")
def _outside_hours(env: ShotEnv) -> QWidget:
    saved = env.clock.now()
    env.clock.set(SHOT_MOMENT.replace(hour=21, minute=30))
    try:
        window = env.main_window(Role.AGENT, tab="next_call")
        tab = _next_call_tab(window)
        tab.next_call()
        env.settle()
    finally:
        env.clock.set(saved)
    return window


class _Outage:
    """While active, every statement on `db` fails as a lost connection does."""

    def __init__(self, db: Database) -> None:
        from sqlalchemy import event

        self.active = False
        event.listen(db.engine, "before_cursor_execute", self._refuse)

    def _refuse(self, *_args: Any, **_kwargs: Any) -> None:
        if self.active:
            from sqlalchemy.exc import OperationalError

            raise OperationalError("", {}, ConnectionError("server closed the connection"))


@shot("15-next-call-offline")
def _offline(env: ShotEnv) -> QWidget:
    """The shared database went away after a call: the outcome waits in the outbox."""
    from app.models.enums import Outcome

    window = env.main_window(Role.AGENT, tab="next_call")
    tab = _next_call_tab(window)
    tab.next_call()
    env.settle()
    outage = _Outage(env.db)
    outage.active = True
    try:
        if tab.state == "case":
            tab.notes_edit.setPlainText("Geen gehoor.")
            tab.choose_outcome(Outcome.NO_ANSWER)
            env.settle()
        tab.next_call()
        env.settle()
    finally:
        outage.active = False
    return window


def _called_back_number(env: ShotEnv) -> str:
    """A number of a demo resident the plan did not reach (the one who now calls back)."""
    from sqlalchemy import select

    from app.models import Case, PhoneNumber

    with env.db.read() as session:
        number = session.scalar(
            select(PhoneNumber.number_e164)
            .join(Case, Case.id == PhoneNumber.case_id)
            .where(Case.status == "closed", Case.close_reason == "not_reached")
            .order_by(Case.id)
            .limit(1)
        )
    return number or "+31612345678"


@shot("16-inbound-search")
def _inbound_search(env: ShotEnv) -> QWidget | None:
    """A resident who had not been reached calls back: the agent searches by their number."""
    from app.ui import labels

    window = env.main_window(Role.AGENT, tab="next_call")
    tab = _next_call_tab(window)
    dialog = tab.open_inbound_search()
    if dialog is None:
        return None
    dialog.phone_edit.setText(labels.phone(_called_back_number(env)))
    dialog.search()
    env.settle()
    env.shared["inbound_window"] = window
    return cast("QWidget", dialog)


@shot("17-inbound-case")
def _inbound_case(env: ShotEnv) -> QWidget | None:
    window = env.shared.get("inbound_window")
    tab = _next_call_tab(window) if window is not None else None
    dialog = tab.inbound_dialog if tab is not None else None
    if dialog is None or dialog.model.rowCount() == 0:
        return None
    dialog.view.selectRow(0)
    dialog.open_selected()
    env.settle()
    return window


# --- rendering --------------------------------------------------------------------------


def _fill_demo(db: Database, clock: FixedClock) -> bool:
    from app.services.context import AppContext

    try:
        from app.services import demo
    except ImportError:
        log.warning("app.services.demo is missing: the screenshots show an empty database")
        return False
    demo.fill_demo(AppContext(db=db, clock=clock), residents=DEMO_RESIDENTS, seed=DEMO_SEED)
    return True


def render_all(
    out: str | Path, *, language: str = "nl", only: list[str] | None = None
) -> list[Path]:
    """Render every registered view into `out`; returns the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from app.db import open_database, sqlite_url
    from app.ui import i18n
    from app.ui.app import make_qapplication
    from app.ui.context import Prefs
    from app.ui.worker import DbWorker

    for module in SHOT_MODULES:
        importlib.import_module(module)
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    qapp = make_qapplication([])
    i18n.install(qapp, language)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="vroegbel-shots-") as tmp:
        workdir = Path(tmp)
        clock = FixedClock(SHOT_MOMENT)
        db = open_database(sqlite_url(workdir / "demo.sqlite3"))
        settings = QSettings(str(workdir / "prefs.ini"), QSettings.Format.IniFormat)
        prefs = Prefs(settings)
        prefs.set("ui/language", language)
        worker = DbWorker()
        env = ShotEnv(qapp, db, clock, worker, prefs, workdir)
        env.demo_filled = _fill_demo(db, clock)
        try:
            for item in SHOTS:
                if only and item.name not in only:
                    continue
                path = _render_one(env, item, out_dir)
                if path is not None:
                    written.append(path)
        finally:
            for widget in env.keep:
                shutdown = getattr(widget, "shutdown", None)
                if callable(shutdown):
                    shutdown()
            env.settle()
            worker.shutdown(wait=True)
            for widget in env.keep:
                widget.close()
                widget.deleteLater()
            qapp.processEvents()
            db.dispose()
    return written


def _render_one(env: ShotEnv, item: Shot, out_dir: Path) -> Path | None:
    try:
        widget = item.render(env)
    except Exception:
        log.exception("screenshot %s failed", item.name)
        return None
    if widget is None:
        return None
    if widget not in env.keep:
        env.keep.append(widget)
    if item.size is not None:
        widget.resize(*item.size)
    widget.show()
    env.settle()
    path = out_dir / f"{item.name}.png"
    widget.window().grab().save(str(path))
    return path
