"""Starting the desktop client: QApplication, translations, style, login, main window.

`VroegbelApp` is the controller of one client process: it shows the login dialog, builds the
`UiContext` and the main window after a login, locks the screen after inactivity and goes back
to the login on "Afmelden".
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.clock import Clock, SystemClock
from app.db import Database, demo_sqlite_path, open_database, resolve_url, sqlite_url
from app.services.context import AppContext
from app.ui import i18n, resources
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
    ) -> None:
        super().__init__(qapp)
        self.qapp = qapp
        self.prefs = prefs or Prefs()
        self.clock: Clock = clock or SystemClock()
        self.demo = demo
        self.worker = DbWorker(self)
        if demo and opener is None:
            path = demo_sqlite_path()
            opener = lambda: ensure_demo_database(path, self.clock)  # noqa: E731
        self.databases = DatabaseHolder(url, opener)
        self.login: LoginDialog | None = None
        self.window: MainWindow | None = None
        self.ui: UiContext | None = None
        self.idle: IdleWatcher | None = None
        self.lock: LockDialog | None = None
        self.outbox_factory: Callable[[UiContext], Any] | None = None

    # --- login ------------------------------------------------------------------------

    def show_login(self) -> LoginDialog:
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
        self.window.centralWidget().setEnabled(False)
        self.ui.events.locked_changed.emit(True)
        self.lock.open()

    def _unlocked(self) -> None:
        if self.window is not None:
            self.window.centralWidget().setEnabled(True)
        if self.ui is not None:
            self.ui.events.locked_changed.emit(False)
        self.lock = None
        if self.idle is not None:
            self.idle.reset()

    def _lock_logout(self) -> None:
        self.lock = None
        self.logout(force=True)

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
    controller = VroegbelApp(qapp, url=url, demo=demo, prefs=prefs)
    controller.show_login()
    try:
        code = qapp.exec()
    finally:
        controller.shutdown()
    if isinstance(QApplication.instance(), QApplication) and controller.login is not None:
        controller.login.deleteLater()
    return int(code)
