"""Login, first-login password change, the workstation's database setting and the screen lock.

The dialogs only collect input and show sentences; `accounts.authenticate` and
`accounts.change_password` run on the database worker.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.clock import Clock
from app.db import Database
from app.services.context import Actor, AppContext
from app.ui import resources
from app.ui.context import Prefs, strip_password
from app.ui.worker import DbWorker


@dataclass
class LoginResult:
    db: Database
    actor: Actor
    display_name: str = ""


def _display_name(db: Database, actor: Actor) -> str:
    from app.models import User

    if actor.user_id is None:
        return actor.username
    with db.read() as session:
        user = session.get(User, actor.user_id)
        return user.display_name if user is not None else actor.username


def login_task(
    open_db: Callable[[], Database],
    clock: Clock,
    user: str,
    pwd: str,
    personal_url: str | None = None,
) -> LoginResult:
    """Runs on the worker: open (and upgrade) the database, then authenticate.

    With a PostgreSQL URL without a user name the person connects with their own login role
    and the server checks the password (issue 13); no shared login is involved."""
    from app.services import accounts

    if personal_url is not None and accounts.uses_personal_login(personal_url):
        personal_db, personal_actor = accounts.authenticate_personal(personal_url, clock, user, pwd)
        return LoginResult(
            db=personal_db,
            actor=personal_actor,
            display_name=_display_name(personal_db, personal_actor),
        )
    db = open_db()
    actor = accounts.authenticate(db, clock, user, pwd)
    return LoginResult(db=db, actor=actor, display_name=_display_name(db, actor))


KNOWN_BACKENDS = ("postgresql", "sqlite")


def url_problem(url: str) -> str | None:
    """What is wrong with a database URL, in one sentence, or None when it can be tried.

    A local check for the login (issue 16's shared classifier of database errors may take it
    over); it never repeats the URL, which may hold a password.
    """
    if not url:
        return None
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    translate = QCoreApplication.translate
    if "://" not in url:
        return translate(
            "Login",
            "Het database-adres begint niet met een type zoals postgresql+psycopg:// of "
            "sqlite:///.",
        )
    try:
        parsed = make_url(url)
    except ValueError:  # SQLAlchemy's int() of the port
        return translate("Login", "Het poortnummer in het database-adres is geen getal.")
    except ArgumentError:
        return translate(
            "Login",
            "Het database-adres is onleesbaar; voorbeeld: "
            "postgresql+psycopg://naam@server/vroegbel.",
        )
    if parsed.get_backend_name() not in KNOWN_BACKENDS:
        return translate(
            "Login", "Onbekend databasetype '{0}'; gebruik postgresql+psycopg of sqlite."
        ).format(parsed.drivername)
    return None


class _Form(QDialog):
    """Shared look: a title, a form, a sentence line for errors, and buttons."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowIcon(resources.app_icon())
        self.setModal(True)
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(24, 20, 24, 20)
        self.outer.setSpacing(12)
        heading = QLabel(title, self)
        heading.setObjectName("DialogTitle")
        self.outer.addWidget(heading)
        if intro:
            self.intro = QLabel(intro, self)
            self.intro.setWordWrap(True)
            self.intro.setObjectName("DialogIntro")
            self.outer.addWidget(self.intro)
        self.form = QFormLayout()
        self.form.setSpacing(10)
        self.outer.addLayout(self.form)
        self.message = QLabel("", self)
        self.message.setObjectName("ErrorLine")
        self.message.setWordWrap(True)
        self.message.hide()
        self.outer.addWidget(self.message)
        self.outer.addStretch(1)
        self.buttons = QDialogButtonBox(self)
        self.outer.addWidget(self.buttons)

    def show_error(self, text: str) -> None:
        self.message.setProperty("kind", "error")
        self.message.setText(text)
        self.message.show()
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def show_info(self, text: str) -> None:
        self.message.setProperty("kind", "info")
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)


class DatabaseDialog(_Form):
    """Which database this workstation uses; remembered in QSettings without a password."""

    def __init__(self, prefs: Prefs, current_url: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Database"),
            self.tr(
                "Het adres van de gedeelde database van het team, bijvoorbeeld "
                "postgresql+psycopg://naam@server/vroegbel. Leeg: de database op deze computer. "
                "Een wachtwoord wordt niet in de instellingen bewaard."
            ),
            parent,
        )
        self.prefs = prefs
        self.url_edit = QLineEdit(strip_password(current_url), self)
        self.url_edit.setObjectName("DatabaseUrl")
        self.url_edit.setMinimumWidth(420)
        self.form.addRow(self.tr("Database-&URL"), self.url_edit)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("DatabasePassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("alleen voor een server die erom vraagt"))
        self.form.addRow(self.tr("Database-&wachtwoord"), self.password_edit)
        self.buttons.setStandardButtons(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

    def url_with_password(self) -> str:
        """The URL to connect with (the password only in memory)."""
        url = self.url_edit.text().strip()
        password = self.password_edit.text()
        if not url or not password:
            return url
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            return make_url(url).set(password=password).render_as_string(hide_password=False)
        except (ArgumentError, ValueError):
            return url

    def _save(self) -> None:
        url = self.url_edit.text().strip()
        problem = url_problem(url)
        if problem is not None:
            self.show_error(problem)
            return
        self.prefs.set("database/url", url)
        password = self.password_edit.text()
        if url and password:
            _remember_password(url, password)
        self.accept()


def _remember_password(url: str, password: str) -> None:
    """Keep a database password in the system keyring (never in QSettings)."""
    from app.services import credentials

    try:
        credentials.store_password(url, password)
    except Exception:  # no keyring on this machine: the password holds for this session only
        return


class LoginDialog(_Form):
    """User name and password; the database is chosen behind the 'Database…' button."""

    #: the login succeeded (a LoginResult)
    logged_in = Signal(object)

    def __init__(
        self,
        prefs: Prefs,
        worker: DbWorker,
        clock: Clock,
        open_db: Callable[[], Database],
        *,
        demo: bool = False,
        demo_hint: str = "",
        set_url: Callable[[str], None] | None = None,
        current_url: Callable[[], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        intro = self.tr("Meld u aan met uw eigen gebruikersnaam en wachtwoord.")
        if demo:
            intro = self.tr("DEMO — oefenomgeving met verzonnen gegevens.") + " " + demo_hint
        super().__init__(self.tr("Aanmelden bij Vroegbel"), intro, parent)
        self.setObjectName("LoginDialog")
        self.prefs = prefs
        self.worker = worker
        self.clock = clock
        self.open_db = open_db
        self.demo = demo
        self._set_url = set_url
        self._current_url = current_url
        self.result_value: LoginResult | None = None
        self.change_dialog: ChangePasswordDialog | None = None
        if demo:
            self.intro.setObjectName("DemoBanner")

        self.user_edit = QLineEdit(prefs.get("login/last_user"), self)
        self.user_edit.setObjectName("LoginUser")
        self.user_edit.setMinimumWidth(280)
        self.form.addRow(self.tr("&Gebruikersnaam"), self.user_edit)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("LoginPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("&Wachtwoord"), self.password_edit)

        self.login_button = QPushButton(self.tr("&Aanmelden"), self)
        self.login_button.setObjectName("LoginButton")
        self.login_button.setDefault(True)
        self.login_button.setProperty("accent", True)
        self.buttons.addButton(self.login_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.database_button = QPushButton(self.tr("&Database…"), self)
        self.database_button.setObjectName("DatabaseButton")
        self.database_button.setEnabled(not demo and set_url is not None)
        self.buttons.addButton(self.database_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.database_button.clicked.connect(self._choose_database)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        cancel.setText(self.tr("Af&sluiten"))
        if self.user_edit.text():
            self.password_edit.setFocus()
        else:
            self.user_edit.setFocus()

    def _choose_database(self) -> None:
        current = self._current_url() if self._current_url else self.prefs.get("database/url")
        dialog = DatabaseDialog(self.prefs, current, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and self._set_url is not None:
            self._set_url(dialog.url_with_password())

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.login_button.setEnabled(not busy)
        self.user_edit.setEnabled(not busy)
        self.password_edit.setEnabled(not busy)
        if busy:
            self.show_info(text or self.tr("Bezig met aanmelden…"))

    def submit(self) -> None:
        user = self.user_edit.text().strip()
        password = self.password_edit.text()
        if not user or not password:
            self.show_error(self.tr("Vul uw gebruikersnaam en wachtwoord in."))
            return
        problem = url_problem(self._current_url()) if self._current_url else None
        if problem is not None:
            self.password_edit.clear()
            self.show_error(problem)
            return
        self.set_busy(True)
        self.worker.run(
            login_task,
            self.open_db,
            self.clock,
            user,
            password,
            self._current_url() if self._current_url is not None else None,
            on_done=self._done,
            on_error=self._failed,
        )

    def _failed(self, sentence: str, _exc: BaseException) -> None:
        self.set_busy(False)
        self.password_edit.clear()
        self.password_edit.setFocus()
        self.show_error(sentence)

    def _done(self, result: LoginResult) -> None:
        self.prefs.set("login/last_user", result.actor.username)
        if getattr(result.actor, "must_change_password", False):
            change = ChangePasswordDialog(
                self.worker,
                AppContext(db=result.db, clock=self.clock, actor=result.actor),
                old_password=self.password_edit.text(),
                parent=self,
            )
            self.change_dialog = change
            change.accepted.connect(lambda: self._password_changed(result, change))
            change.rejected.connect(self._password_not_changed)
            change.open()
            return
        self._finish(result)

    def _password_changed(self, result: LoginResult, change: ChangePasswordDialog) -> None:
        self.change_dialog = None
        if change.new_actor is None:
            self._password_not_changed()
            return
        result.actor = change.new_actor
        self._finish(result)

    def _password_not_changed(self) -> None:
        self.change_dialog = None
        self.set_busy(False)
        self.password_edit.clear()
        self.show_error(self.tr("U moet eerst een eigen wachtwoord kiezen."))

    def _finish(self, result: LoginResult) -> None:
        self.set_busy(False)
        self.password_edit.clear()
        self.result_value = result
        self.logged_in.emit(result)
        self.accept()


class ChangePasswordDialog(_Form):
    """First login with a temporary password: choose your own."""

    def __init__(
        self,
        worker: DbWorker,
        ctx: AppContext,
        *,
        old_password: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Kies een eigen wachtwoord"),
            self.tr(
                "U bent aangemeld met een tijdelijk wachtwoord. Kies nu een eigen wachtwoord "
                "van minstens 12 tekens dat u nergens anders gebruikt."
            ),
            parent,
        )
        self.setObjectName("ChangePasswordDialog")
        self.worker = worker
        self.ctx = ctx
        self.new_actor: Actor | None = None
        self.old_edit = QLineEdit(old_password, self)
        self.old_edit.setObjectName("OldPassword")
        self.old_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("&Huidig wachtwoord"), self.old_edit)
        self.new_edit = QLineEdit(self)
        self.new_edit.setObjectName("NewPassword")
        self.new_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("&Nieuw wachtwoord"), self.new_edit)
        self.repeat_edit = QLineEdit(self)
        self.repeat_edit.setObjectName("RepeatPassword")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("Nieuw wachtwoord &herhalen"), self.repeat_edit)
        self.buttons.setStandardButtons(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        if old_password:
            self.new_edit.setFocus()

    def submit(self) -> None:
        if self.new_edit.text() != self.repeat_edit.text():
            self.show_error(self.tr("De twee nieuwe wachtwoorden zijn niet gelijk."))
            return
        from app.services import accounts

        self.buttons.setEnabled(False)
        self.worker.run(
            accounts.change_password,
            self.ctx,
            self.old_edit.text(),
            self.new_edit.text(),
            on_done=self._done,
            on_error=self._failed,
        )

    def _done(self, actor: Actor) -> None:
        self.new_actor = actor
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, sentence: str, _exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.show_error(sentence)


class LockDialog(_Form):
    """The screen locked after inactivity: the same person enters their password again."""

    #: unlocked, with the Actor the account has now (the session checks it is still the same)
    unlocked = Signal(object)
    logout_chosen = Signal()

    def __init__(
        self,
        worker: DbWorker,
        db: Database,
        clock: Clock,
        username: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Scherm vergrendeld"),
            self.tr(
                "Het scherm is vergrendeld omdat er een tijd niets is gedaan. Vul uw wachtwoord "
                "in om verder te werken als {0}."
            ).format(username),
            parent,
        )
        self.setObjectName("LockDialog")
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.worker = worker
        self.db = db
        self.clock = clock
        self.username = username
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("UnlockPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("&Wachtwoord"), self.password_edit)
        unlock = QPushButton(self.tr("&Ontgrendelen"), self)
        unlock.setObjectName("UnlockButton")
        unlock.setDefault(True)
        self.buttons.addButton(unlock, QDialogButtonBox.ButtonRole.AcceptRole)
        logout = QPushButton(self.tr("&Afmelden"), self)
        self.buttons.addButton(logout, QDialogButtonBox.ButtonRole.DestructiveRole)
        logout.clicked.connect(self._logout)
        self.buttons.accepted.connect(self.submit)
        self.password_edit.setFocus()

    def reject(self) -> None:  # Escape does not unlock
        return

    def _logout(self) -> None:
        self.logout_chosen.emit()
        self.done(QDialog.DialogCode.Rejected)

    def submit(self) -> None:
        from app.services import accounts

        self.buttons.setEnabled(False)
        self.worker.run(
            accounts.unlock_screen,
            self.db,
            self.clock,
            self.username,
            self.password_edit.text(),
            on_done=self._done,
            on_error=self._failed,
        )

    def _done(self, actor: Any) -> None:
        self.buttons.setEnabled(True)
        self.password_edit.clear()
        self.unlocked.emit(actor)
        self.accept()

    def _failed(self, sentence: str, _exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.password_edit.clear()
        self.show_error(sentence)
