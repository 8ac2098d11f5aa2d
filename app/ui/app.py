"""Starting the desktop client: QApplication, translations, style, login, main window.

`VroegbelApp` is the controller of one client process: it shows the login dialog, builds the
`UiContext` and the main window after a login, locks the screen after inactivity and goes back
to the login on "Afmelden".
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QVBoxLayout, QWidget

from app.clock import Clock, SystemClock
from app.db import Database, demo_sqlite_path, open_database, resolve_url, sqlite_url
from app.services.context import AppContext
from app.ui import i18n, plain_text, resources
from app.ui.context import Prefs, UiContext
from app.ui.idle import IdleWatcher
from app.ui.login import LockDialog, LoginDialog, LoginResult
from app.ui.worker import DbWorker

if TYPE_CHECKING:  # imported after the login: the login window shows sooner without it
    from app.ui.main_window import MainWindow

#: lupdate picks up translate("Context", "text") calls with literal arguments.
translate = QCoreApplication.translate

log = logging.getLogger("vroegbel.ui.app")

DEMO_RESIDENTS = 400
DEMO_SEED = 2026


def make_qapplication(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("vroegbel")
    app.setApplicationName("vroegbel")
    app.setApplicationDisplayName("Vroegbel")
    app.setWindowIcon(resources.app_icon())
    app.setStyle("Fusion")
    app.setStyleSheet(resources.style_sheet())
    plain_text.install(app)  # resident-supplied text is never rendered as HTML
    return app


def demo_hint() -> str:
    """Which demo accounts exist (from the demo filler)."""
    try:
        from app.services import demo
    except ImportError:
        return ""
    by_role: dict[str, list[str]] = {}
    for username, role, _display in getattr(demo, "DEMO_USERS", ()):
        by_role.setdefault(role.value, []).append(username)
    if not by_role:
        return ""
    return translate(
        "App",
        "Accounts: {0} (beller), {1} (budgetcoach), {2} (teamleider), {3} (beheer); "
        "wachtwoord {4}.",
    ).format(
        ", ".join(by_role.get("agent", [])),
        ", ".join(by_role.get("coach", [])),
        ", ".join(by_role.get("teamlead", [])),
        ", ".join(by_role.get("admin", [])),
        getattr(demo, "DEMO_PASSWORD", ""),
    )


def ensure_demo_database(path: Path, clock: Clock) -> Database:
    """Open the demo database, creating and filling it on first use (runs on the worker)."""
    from app.models import User
    from app.services.errors import ServiceError

    db = open_database(sqlite_url(path))
    with db.read() as session:
        has_users = session.query(User.id).first() is not None
    if has_users:
        return db
    try:
        from app.services import demo
    except ImportError as exc:
        db.dispose()
        raise ServiceError(
            "De demodatabase kan nog niet worden gevuld: de demogegevens ontbreken in deze "
            "versie van Vroegbel."
        ) from exc
    ctx = AppContext(db=db, clock=clock)
    demo.fill_demo(ctx, residents=DEMO_RESIDENTS, seed=DEMO_SEED)
    return db


#: What the main window needs after a login; imported while the person types the password.
PRELOAD_MODULES = (
    "app.ui.main_window",
    "app.ui.tabs.next_call",
    "app.ui.tabs.handoff",
    "app.ui.tabs.queue_monitor",
    "app.ui.tabs.admin",
)


def preload_ui_modules() -> threading.Thread:
    """Import the main window and the tab modules on a background thread while the login
    dialog shows, so the window is not held up by ~0.5 s of imports right after the login.
    Only imports (no widgets: those belong to the GUI thread); Python's import lock makes a
    simultaneous import by the GUI thread wait for this one instead of doing it twice."""

    def run() -> None:
        for name in PRELOAD_MODULES:
            try:
                importlib.import_module(name)
            except Exception:  # the GUI thread imports it again and reports the problem
                log.debug("preloading %s failed", name, exc_info=True)

    thread = threading.Thread(target=run, name="vroegbel-preload", daemon=True)
    thread.start()
    return thread


class DatabaseHolder:
    """Opens the chosen database once per URL (on the worker thread) and keeps it."""

    def __init__(self, url: str, opener: Callable[[], Database] | None = None) -> None:
        self.url = url
        self._opener = opener
        self._db: Database | None = None

    def set_url(self, url: str) -> None:
        if url != self.url:
            self.close()
            self.url = url
            self._opener = None

    def get(self) -> Database:
        if self._db is None:
            if self._opener is not None:
                self._db = self._opener()
            else:
                from app.services import credentials

                # The password comes from the keyring (or libpq's password file), never QSettings.
                self._db = open_database(credentials.with_password(self.url))
        return self._db

    def holds(self, db: Database) -> bool:
        return db is self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()
            self._db = None


def database_label(url: str, demo: bool) -> str:
    if demo:
        return translate("App", "Demodatabase")
    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(url)
    except Exception:
        return translate("App", "Database")
    if parsed.get_backend_name() == "sqlite":
        return translate("App", "Lokale database")
    return parsed.host or translate("App", "Database")


class LockCover(QWidget):
    """An opaque sheet over a window while the screen is locked; follows the window's size."""

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self.setObjectName("LockCover")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        text = QLabel(translate("App", "Vergrendeld"), self)
        text.setObjectName("LockCoverText")
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(text)
        self.setGeometry(target.rect())
        target.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
            self.raise_()
        return False


class VroegbelApp(QObject):
    """Login → main window → (lock / log out) → login."""

    def __init__(
        self,
        qapp: QApplication,
        *,
        url: str,
        demo: bool = False,
        prefs: Prefs | None = None,
        clock: Clock | None = None,
        opener: Callable[[], Database] | None = None,
        shared_jobs: bool = False,
    ) -> None:
        super().__init__(qapp)
        self.qapp = qapp
        self.prefs = prefs or Prefs()
        self.clock: Clock = clock or SystemClock()
        self.demo = demo
        self.worker = DbWorker(self)
        self.worker.session_ended.connect(self.end_session)
        if demo and opener is None:
            path = demo_sqlite_path()
            opener = lambda: ensure_demo_database(path, self.clock)  # noqa: E731
        self.databases = DatabaseHolder(url, opener)
        self.login: LoginDialog | None = None
        self.window: MainWindow | None = None
        self.ui: UiContext | None = None
        self.idle: IdleWatcher | None = None
        self.lock: LockDialog | None = None
        self.covers: list[LockCover] = []
        self.preload: threading.Thread | None = None
        self.outbox_factory: Callable[[UiContext], Any] | None = None
        # Every client takes part in the shared jobs (app.ui.jobs_runner); off in tests that
        # build the controller themselves, on in `run`.
        self.shared_jobs = shared_jobs
        self.jobs: Any = None

    # --- login ------------------------------------------------------------------------

    def show_login(self) -> LoginDialog:
        if self.preload is None:
            self.preload = preload_ui_modules()
        self.login = LoginDialog(
            self.prefs,
            self.worker,
            self.clock,
            self.databases.get,
            demo=self.demo,
            demo_hint=demo_hint() if self.demo else "",  # imports the demo filler
            set_url=self.databases.set_url,
            current_url=lambda: self.databases.url,
        )
        self.login.logged_in.connect(self._logged_in)
        self.login.rejected.connect(self._login_closed)
        self.login.show()
        if self.demo:
            self._prepare_demo(self.login)
        return self.login

    def _prepare_demo(self, login: LoginDialog) -> None:
        """Open (and on first use create) the demo database while the login dialog shows."""
        login.set_busy(
            True,
            translate(
                "App",
                "De demodatabase wordt klaargezet; de eerste keer duurt dat ongeveer een minuut.",
            ),
        )

        def ready(_db: Database) -> None:
            login.set_busy(False)
            login.show_info(translate("App", "De demodatabase is klaar."))

        def failed(sentence: str, _exc: BaseException) -> None:
            login.set_busy(False)
            login.show_error(sentence)

        self.worker.run(self.databases.get, on_done=ready, on_error=failed, owner=login)

    def _login_closed(self) -> None:
        if self.window is None:
            self.qapp.quit()

    def _logged_in(self, result: LoginResult) -> None:
        ctx = AppContext(db=result.db, clock=self.clock, actor=result.actor)
        self.ui = UiContext(
            app=ctx,
            worker=self.worker,
            prefs=self.prefs,
            demo=self.demo,
            display_name=result.display_name,
            database_label=database_label(self.databases.url, self.demo),
        )
        self.ui.outbox = make_outbox(self.ui)
        self._open_window()
        self._start_idle_lock(result.db)
        self._start_jobs(result.db)

    def _start_jobs(self, db: Database) -> None:
        if not self.shared_jobs or self.jobs is not None:
            return
        if db.login_group is not None:
            # A personal PostgreSQL login may not write `job_runs` nor change every case (the
            # database gate, issue 13): the owner's 'vroegbel scheduler' runs the jobs.
            log.info("personal database login: the shared jobs run on the server, not here")
            return
        from app.ui.jobs_runner import ClientJobs

        try:
            self.jobs = ClientJobs(self.databases.url or "sqlite://", db, self.clock, self)
            self.jobs.start()
        except Exception:  # the client works without them; the server or a colleague runs them
            log.exception("the shared jobs could not be started on this workstation")
            self.jobs = None

    def _stop_jobs(self) -> None:
        if self.jobs is not None:
            self.jobs.stop()
            self.jobs = None

    def _open_window(self) -> None:
        from app.ui.main_window import MainWindow  # not before the login: see the imports

        assert self.ui is not None
        self.window = MainWindow(self.ui)
        self.window.logout_requested.connect(self.logout)
        self.window.lock_requested.connect(self.lock_screen)
        self.window.language_chosen.connect(self.choose_language)
        self.window.show()

    def _start_idle_lock(self, db: Database) -> None:
        from app.services import settings

        def minutes() -> float:
            with db.read() as session:
                return float(settings.get(session, "idle_lock_minutes"))

        def start(value: float) -> None:
            if self.window is None:
                return
            self.idle = IdleWatcher(value, self)
            self.idle.idle.connect(self.lock_screen)
            self.idle.start()

        self.worker.run(minutes, on_done=start, on_error=lambda *_: start(10.0))

    # --- lock, logout, language -------------------------------------------------------

    def lock_screen(self) -> None:
        if self.ui is None or self.window is None or self.lock is not None:
            return
        self.lock = LockDialog(
            self.worker, self.ui.db, self.clock, self.ui.actor.username, self.window
        )
        self.lock.unlocked.connect(self._unlocked)
        self.lock.logout_chosen.connect(self._lock_logout)
        # Nothing of a case may stay readable behind the lock: the window's content is hidden
        # and every open window of the client (a help form, the outbox list) is covered.
        self.window.centralWidget().setEnabled(False)
        self.window.centralWidget().hide()
        self.covers = [
            LockCover(widget)
            for widget in QApplication.topLevelWidgets()
            if widget.isVisible() and widget is not self.lock and not isinstance(widget, LockCover)
        ]
        self.ui.events.locked_changed.emit(True)
        self.lock.open()

    def _uncover(self) -> None:
        for cover in getattr(self, "covers", []):
            if shiboken6.isValid(cover):
                cover.hide()
                cover.deleteLater()
        self.covers = []
        if self.window is not None:
            self.window.centralWidget().show()
            self.window.centralWidget().setEnabled(True)

    def _unlocked(self, actor: Any = None) -> None:
        self.lock = None
        if (
            self.ui is not None
            and actor is not None
            and (actor.user_id, actor.role) != (self.ui.actor.user_id, self.ui.actor.role)
        ):
            # The account changed while the screen was locked (another role): this session
            # ends; a new login starts with the rights the account has now.
            self.end_session(translate("App", "Uw account is gewijzigd; meld u opnieuw aan."))
            return
        self._uncover()
        if self.ui is not None:
            self.ui.events.locked_changed.emit(False)
        if self.idle is not None:
            self.idle.reset()

    def _lock_logout(self) -> None:
        self.lock = None
        self._uncover()
        self.logout(force=True)

    def end_session(self, sentence: str) -> None:
        """The services said this session's account changed (SessionEnded): back to the login
        with the sentence. Outcomes still in the outbox stay there for the next login."""
        if self.window is None:
            return
        if self.lock is not None:
            self.lock.hide()
            self.lock.deleteLater()
            self.lock = None
        self._uncover()
        self.logout(force=True)
        if self.login is not None:
            self.login.show_error(sentence)

    def logout(self, force: bool = False) -> None:
        if self.window is not None:
            if not force and not self.window.can_leave():
                return
            self.window.shutdown()
            self.prefs.set("window/geometry", self.window.saveGeometry())
            self.window.hide()
            self.window.deleteLater()
            self.window = None
        if self.idle is not None:
            self.idle.stop()
            self.idle = None
        self._stop_jobs()
        self._close_outbox()
        if self.ui is not None and not self.databases.holds(self.ui.app.db):
            # A personal PostgreSQL login's own connections end with its session.
            self.worker.run(self.ui.app.db.dispose)
        self.ui = None
        self.show_login()

    def _close_outbox(self) -> None:
        if self.ui is not None and self.ui.outbox is not None:
            outbox = self.ui.outbox
            self.ui.outbox = None
            self.worker.run(outbox.close)

    def choose_language(self, language: str) -> None:
        """Switch at once when no resident is on screen; else from the next login."""
        self.prefs.set("ui/language", language)
        i18n.install(self.qapp, language)
        window = self.window
        if window is None:
            return
        tab = window.tab("next_call")
        if tab is not None and getattr(tab, "state", "idle") != "idle":
            QMessageBox.information(
                window,
                translate("App", "Taal"),
                translate(
                    "App", "De nieuwe taal geldt vanaf de volgende keer dat u zich aanmeldt."
                ),
            )
            return
        # Rebuild the window in the new language (its tabs read their texts when built).
        geometry = window.saveGeometry()
        window.shutdown()
        window.hide()
        window.deleteLater()
        self._open_window()
        assert self.window is not None
        self.window.restoreGeometry(geometry)

    def shutdown(self) -> None:
        if self.window is not None:
            self.window.shutdown()
        if self.idle is not None:
            self.idle.stop()
        self._stop_jobs()
        self._close_outbox()
        self.worker.shutdown(wait=True)
        self.databases.close()


def make_outbox(ui: UiContext, directory: Path | None = None) -> Any:
    """This person's outbox on this workstation; None (saving straight to the database) when
    the local file cannot be made."""
    from app.ui.outbox_sync import create_outbox

    try:
        return create_outbox(ui, directory)
    except Exception:
        log.exception("the local outbox could not be opened")
        return None


def run(args: Any, argv: list[str] | None = None) -> int:
    """`vroegbel [--db URL] [--demo] [--lang nl|en]`: the desktop client."""
    qapp = make_qapplication(argv)
    prefs = Prefs()
    if getattr(args, "lang", None):
        prefs.set("ui/language", args.lang)
    i18n.install(qapp, prefs.language)
    demo = bool(getattr(args, "demo", False))
    if demo:
        url = sqlite_url(demo_sqlite_path())
    else:
        # --db, then VROEGBEL_DB, then this workstation's choice, then the local SQLite file.
        url = args.db or os.environ.get("VROEGBEL_DB") or prefs.get("database/url")
        url = url or resolve_url(None)
    controller = VroegbelApp(qapp, url=url, demo=demo, prefs=prefs, shared_jobs=True)
    controller.show_login()
    try:
        code = qapp.exec()
    finally:
        controller.shutdown()
    if isinstance(QApplication.instance(), QApplication) and controller.login is not None:
        controller.login.deleteLater()
    return int(code)
