"""Start → login (first login changes the password) → main window → lock → log out; and the
whole agent flow with the keyboard alone."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select
from uitest_helpers import open_case, wait_idle

from app.models import Attempt, Callback, Case
from app.models.enums import Role
from app.services import accounts
from app.services.outbox import Outbox
from app.ui.app import VroegbelApp
from app.ui.idle import IdleWatcher

pytestmark = pytest.mark.ui

TEMPORARY = "Tijdelijk-Wachtwoord-7"
OWN = "Mijn-eigen-wachtwoord-42"


@pytest.fixture
def controller(qtbot: Any, qapp: Any, ui_db: Any, ui_clock: Any, prefs: Any, tmp_path: Path):
    app = VroegbelApp(qapp, url="sqlite://", prefs=prefs, clock=ui_clock, opener=lambda: ui_db)
    # the outbox of the test person lives in the test's folder
    import app.ui.app as app_module

    original = app_module.make_outbox
    app_module.make_outbox = lambda ui, directory=None: Outbox(tmp_path / "outbox.sqlite3")
    yield app
    app_module.make_outbox = original
    if app.login is not None:  # a modal login left open would block the next test's windows
        app.login.hide()
        app.login.deleteLater()
    if app.window is not None:
        app.window.shutdown()
    if app.ui is not None and app.ui.outbox is not None:
        app.ui.outbox.close()
    app.worker.shutdown(wait=True)
    qapp.processEvents()


def make_account(admin_ctx: Any, name: str = "bea", role: Role = Role.AGENT) -> None:
    accounts.create_user(admin_ctx, name, role, "Bea Beller", TEMPORARY)


def log_in(qtbot: Any, controller: VroegbelApp, name: str, password: str) -> None:
    dialog = controller.show_login()
    qtbot.addWidget(dialog)
    dialog.user_edit.setText(name)
    dialog.password_edit.setText(password)
    dialog.login_button.click()
    wait_idle(qtbot, controller.worker)


def test_first_login_must_change_the_password(
    qtbot: Any, controller: VroegbelApp, admin_ctx: Any
) -> None:
    make_account(admin_ctx)
    log_in(qtbot, controller, "bea", TEMPORARY)
    dialog = controller.login
    assert dialog is not None and dialog.change_dialog is not None
    change = dialog.change_dialog
    change.new_edit.setText(OWN)
    change.repeat_edit.setText("iets anders")
    change.buttons.accepted.emit()
    assert "niet gelijk" in change.message.text()
    change.repeat_edit.setText(OWN)
    change.buttons.accepted.emit()
    wait_idle(qtbot, controller.worker)
    assert controller.window is not None
    qtbot.addWidget(controller.window)
    assert [controller.window.tabs.tabText(i) for i in range(controller.window.tabs.count())] == [
        "Volgende oproep"
    ]
    assert "Bea Beller" in controller.window.user_label.text()
    assert "beller" in controller.window.user_label.text()
    # the new password works, the temporary one no longer
    accounts.authenticate(admin_ctx.db, admin_ctx.clock, "bea", OWN)


def test_wrong_password_is_one_sentence(
    qtbot: Any, controller: VroegbelApp, admin_ctx: Any
) -> None:
    make_account(admin_ctx)
    log_in(qtbot, controller, "bea", "fout-wachtwoord-123")
    dialog = controller.login
    assert dialog is not None and controller.window is None
    assert dialog.message.isVisible()
    assert dialog.message.text() == "Gebruikersnaam of wachtwoord is onjuist."
    assert dialog.password_edit.text() == ""


def test_wrong_password_logs_one_line_without_traceback(
    qtbot: Any, controller: VroegbelApp, admin_ctx: Any, caplog: Any
) -> None:
    import logging

    make_account(admin_ctx)
    with caplog.at_level(logging.DEBUG, logger="vroegbel"):
        log_in(qtbot, controller, "bea", "fout-wachtwoord-123")
    lines = [r for r in caplog.records if r.name.startswith("vroegbel")]
    assert len(lines) == 1, [r.getMessage() for r in lines]
    assert lines[0].exc_info is None and "\n" not in lines[0].getMessage()
    assert "fout-wachtwoord-123" not in lines[0].getMessage()


@pytest.mark.parametrize(
    "url,sentence",
    [
        ("postgresql+psycopg://bea@db.gemeente.local:poort/vroegbel", "poortnummer"),
        ("mysql://bea@db.gemeente.local/vroegbel", "Onbekend databasetype 'mysql'"),
        ("db.gemeente.local/vroegbel", "begint niet met een type"),
    ],
)
def test_a_bad_database_url_says_what_is_wrong(
    qtbot: Any, qapp: Any, prefs: Any, ui_clock: Any, url: str, sentence: str
) -> None:
    app = VroegbelApp(qapp, url=url, prefs=prefs, clock=ui_clock)
    try:
        log_in(qtbot, app, "bea", "geheim-wachtwoord-1")
        assert app.login is not None and app.window is None
        text = app.login.message.text()
        assert sentence in text and "onverwachts" not in text and "Error" not in text
        assert text.count(".") <= 2  # one sentence
    finally:
        if app.login is not None:
            app.login.hide()
            app.login.deleteLater()
        app.worker.shutdown(wait=True)


def test_a_bad_url_never_reaches_an_unexpected_error(qapp: Any) -> None:
    """Even past the dialog's own check (e.g. --db), opening a malformed URL gives the
    database sentence, not 'Er ging iets onverwachts mis (ArgumentError)'."""
    from app.ui.app import DatabaseHolder
    from app.ui.worker import describe_error

    for url in ("postgresql+psycopg://bea@db:poort/x", "geen-url", "onbekend+x://db/x"):
        with pytest.raises(Exception) as exc:
            DatabaseHolder(url).get()
        assert "onverwachts" not in describe_error(exc.value), url


def test_empty_fields_are_refused_without_a_database_call(
    qtbot: Any, controller: VroegbelApp
) -> None:
    dialog = controller.show_login()
    qtbot.addWidget(dialog)
    dialog.user_edit.setText("")
    dialog.login_button.click()
    assert "Vul uw gebruikersnaam" in dialog.message.text()
    assert not controller.worker.busy


def back_to(window: Any) -> None:
    """A closed dialog hands activation back to its window (the window manager's job)."""
    window.activateWindow()
    QApplication.processEvents()


def _logged_in_agent(qtbot: Any, controller: VroegbelApp, admin_ctx: Any) -> Any:
    make_account(admin_ctx)
    with admin_ctx.db.begin() as session:
        from app.models import User

        user = session.scalar(select(User).where(User.username == "bea"))
        user.must_change_password = False
    log_in(qtbot, controller, "bea", TEMPORARY)
    assert controller.window is not None
    qtbot.addWidget(controller.window)
    wait_idle(qtbot, controller.worker)
    return controller.window


@pytest.mark.parametrize("role", list(Role))
def test_each_role_sees_only_its_tabs(role: Role) -> None:
    from app.ui.tabs import tabs_for

    keys = [t.key for t in tabs_for(role)]
    assert keys, f"{role} has no tab"
    assert ("next_call" in keys) == (role is Role.AGENT)
    assert tabs_for(None) == []


def test_lock_and_unlock(qtbot: Any, controller: VroegbelApp, admin_ctx: Any) -> None:
    window = _logged_in_agent(qtbot, controller, admin_ctx)
    controller.lock_screen()
    lock = controller.lock
    assert lock is not None and lock.isVisible()
    assert not window.centralWidget().isEnabled()
    lock.reject()  # Escape does not unlock
    assert lock.isVisible()
    lock.password_edit.setText("niet-het-wachtwoord")
    lock.submit()
    wait_idle(qtbot, controller.worker)
    assert lock.isVisible() and lock.message.isVisible()
    lock.password_edit.setText(TEMPORARY)
    lock.submit()
    wait_idle(qtbot, controller.worker)
    assert controller.lock is None
    assert window.centralWidget().isEnabled()


def test_idle_watcher_fires_after_the_limit_and_input_resets_it(qtbot: Any) -> None:
    from PySide6.QtWidgets import QLineEdit

    watcher = IdleWatcher(minutes=0.004, check_ms=20)  # 240 ms
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    watcher.start()
    try:
        with qtbot.waitSignal(watcher.idle, timeout=3000):
            pass
        watcher.reset()
        qtbot.wait(150)
        qtbot.keyClick(edit, Qt.Key.Key_A)
        assert watcher.idle_ms() < 100
    finally:
        watcher.stop()


def test_logout_returns_to_the_login_and_gives_the_case_back(
    qtbot: Any,
    controller: VroegbelApp,
    admin_ctx: Any,
    ui_db: Any,
    ui_clock: Any,
    message_boxes: Any,
) -> None:
    case_id = open_case(ui_db, ui_clock)
    window = _logged_in_agent(qtbot, controller, admin_ctx)
    tab = window.tab("next_call")
    tab.next_button.click()
    wait_idle(qtbot, controller.worker)
    assert tab.state == "case"
    window.logout_action.trigger()
    wait_idle(qtbot, controller.worker)
    assert message_boxes and message_boxes[-1][0] == "question"
    assert controller.window is None
    assert controller.login is not None and controller.login.isVisible()
    with ui_db.read() as session:
        case = session.get(Case, case_id)
        assert case is not None and case.lease_user_id is None


def test_whole_agent_flow_by_keyboard_alone(
    qtbot: Any, controller: VroegbelApp, admin_ctx: Any, ui_db: Any, ui_clock: Any
) -> None:
    cases = [
        open_case(ui_db, ui_clock, opened_at=ui_clock.now() - timedelta(days=9 - i))
        for i in range(4)
    ]
    make_account(admin_ctx)
    with admin_ctx.db.begin() as session:
        from app.models import User

        session.scalar(select(User).where(User.username == "bea")).must_change_password = False

    # the login dialog: type the name, Tab, the password, Enter
    dialog = controller.show_login()
    qtbot.addWidget(dialog)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    dialog.user_edit.setFocus()
    qtbot.keyClicks(dialog.user_edit, "bea")
    qtbot.keyClick(dialog.user_edit, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.password_edit
    qtbot.keyClicks(dialog.password_edit, TEMPORARY)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, controller.worker)
    window = controller.window
    assert window is not None
    qtbot.addWidget(window)
    window.activateWindow()
    qtbot.waitActive(window)
    tab = window.tab("next_call")
    wait_idle(qtbot, controller.worker)

    def key(k: Any, modifier: Any = Qt.KeyboardModifier.NoModifier) -> None:
        target = QApplication.focusWidget() or window
        qtbot.keyClick(target, k, modifier)
        wait_idle(qtbot, controller.worker)

    # 1. F5, notes by Alt+N, Ctrl+1: no answer
    key(Qt.Key.Key_F5)
    assert tab.state == "case" and tab.claimed.case_id == cases[0]
    key(Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is tab.notes_edit
    qtbot.keyClicks(tab.notes_edit, "Voicemail vol")
    key(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert tab.state == "idle"

    # 2. Ctrl+N, Ctrl+7: the help form by keyboard (Space ticks, Enter saves)
    key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert tab.state == "case" and tab.claimed.case_id == cases[1]
    key(Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    help_dialog = tab.help_dialog
    assert help_dialog is not None
    first_box = next(iter(help_dialog.type_boxes.values()))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first_box)
    key(Qt.Key.Key_Space)
    key(Qt.Key.Key_Return)
    assert tab.state == "idle"
    back_to(window)

    # 3. F5, Ctrl+5: the callback picker (Down picks the next time, Enter saves)
    key(Qt.Key.Key_F5)
    assert tab.claimed.case_id == cases[2]
    key(Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.callback_dialog is not None, timeout=10_000)
    picker = tab.callback_dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is picker.times)
    key(Qt.Key.Key_Down)
    chosen = picker.selected_time()
    key(Qt.Key.Key_Return)
    assert tab.state == "idle"
    back_to(window)

    # 4. F5, Ctrl+W: give the case back
    key(Qt.Key.Key_F5)
    assert tab.claimed.case_id == cases[3]
    key(Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert tab.state == "idle"

    with ui_db.read() as session:
        outcomes = {a.case_id: a.outcome for a in session.scalars(select(Attempt)).all()}
        assert outcomes == {
            cases[0]: "no_answer",
            cases[1]: "reached_help_accepted",
            cases[2]: "callback_requested",
        }
        note = session.scalar(select(Attempt.notes).where(Attempt.case_id == cases[0]))
        assert note == "Voicemail vol"
        callback = session.scalars(select(Callback).where(Callback.case_id == cases[2])).one()
        assert callback.due_at == chosen
        assert session.get(Case, cases[1]).status == "handed_off"
        assert session.get(Case, cases[3]).lease_user_id is None


@pytest.mark.slow
def test_demo_mode_creates_the_demo_database_and_says_so(
    qtbot: Any, qapp: Any, prefs: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from uitest_helpers import IN_WINDOW

    import app.ui.app as app_module
    from app.clock import FixedClock

    monkeypatch.setattr(app_module, "DEMO_RESIDENTS", 25)
    monkeypatch.setattr(app_module, "demo_sqlite_path", lambda: tmp_path / "demo.sqlite3")
    monkeypatch.setattr(
        app_module, "make_outbox", lambda ui, directory=None: Outbox(tmp_path / "o.sqlite3")
    )
    controller = VroegbelApp(qapp, url="", demo=True, prefs=prefs, clock=FixedClock(IN_WINDOW))
    try:
        login = controller.show_login()
        qtbot.addWidget(login)
        assert "DEMO" in login.intro.text() and "beller1" in login.intro.text()
        assert not login.database_button.isEnabled()
        wait_idle(qtbot, controller.worker, timeout=120_000)
        assert "klaar" in login.message.text()
        assert (tmp_path / "demo.sqlite3").exists()
        login.user_edit.setText("beller1")
        login.password_edit.setText("vroegbel-demo")
        login.login_button.click()
        wait_idle(qtbot, controller.worker)
        window = controller.window
        assert window is not None
        qtbot.addWidget(window)
        assert window.windowTitle().startswith("DEMO")
        assert window.demo_banner.isVisible()
        assert "Demodatabase" in window.db_label.text()
    finally:
        if controller.window is not None:
            controller.window.shutdown()
        controller.shutdown()


def test_idle_time_locks_the_screen(qtbot: Any, controller: VroegbelApp, admin_ctx: Any) -> None:
    from app.services import admin

    admin.put_setting(admin_ctx, "idle_lock_minutes", 1)
    window = _logged_in_agent(qtbot, controller, admin_ctx)
    qtbot.waitUntil(lambda: controller.idle is not None, timeout=5000)
    assert controller.idle.limit_ms == 60_000
    controller.idle.limit_ms = 50  # do not wait a minute in a test
    qtbot.waitUntil(lambda: controller.lock is not None, timeout=10_000)
    assert not window.centralWidget().isEnabled()


def test_language_switches_at_once_without_a_case(
    qtbot: Any, controller: VroegbelApp, admin_ctx: Any, qapp: Any
) -> None:
    from app.ui import i18n

    window = _logged_in_agent(qtbot, controller, admin_ctx)
    try:
        english = next(a for a in window.language_actions.actions() if a.data() == "en")
        english.trigger()
        wait_idle(qtbot, controller.worker)
        assert controller.window is not window
        qtbot.addWidget(controller.window)
        assert controller.window.tabs.tabText(0) == "Next call"
        assert controller.prefs.language == "en"
    finally:
        i18n.install(qapp, "nl")


def test_the_lock_hides_the_case_and_every_open_window(
    qtbot: Any, controller: VroegbelApp, admin_ctx: Any
) -> None:
    from PySide6.QtWidgets import QDialog, QLabel

    from app.ui.app import LockCover

    window = _logged_in_agent(qtbot, controller, admin_ctx)
    other = QDialog(window)  # e.g. the help form, open when the lock comes
    QLabel("Huurachterstand van mevrouw Jansen", other)
    other.show()
    controller.lock_screen()
    assert controller.lock is not None and controller.lock.isVisible()
    assert not window.centralWidget().isVisible()
    covers = [c for c in window.findChildren(LockCover) if c.parent() is window]
    assert len(covers) == 1 and covers[0].isVisible()
    assert covers[0].geometry() == window.rect()
    window.resize(window.width() + 40, window.height() + 30)
    QApplication.processEvents()
    assert covers[0].geometry() == window.rect()
    assert any(c.isVisible() for c in other.findChildren(LockCover))
    assert other.isVisible()  # covered, not closed: nothing typed there is lost
    controller.lock.password_edit.setText(TEMPORARY)
    controller.lock.submit()
    wait_idle(qtbot, controller.worker)
    QApplication.processEvents()
    assert controller.lock is None and window.centralWidget().isVisible()
    assert not [c for c in window.findChildren(LockCover) if c.isVisible()]
    other.close()


def test_a_session_whose_account_changed_goes_back_to_the_login(
    qtbot: Any, controller: VroegbelApp, admin_ctx: Any
) -> None:
    window = _logged_in_agent(qtbot, controller, admin_ctx)
    assert window is not None
    accounts.set_role(admin_ctx, "bea", Role.COACH)
    controller.lock_screen()
    assert controller.lock is not None
    controller.lock.password_edit.setText(TEMPORARY)
    controller.lock.submit()
    wait_idle(qtbot, controller.worker)
    assert controller.window is None and controller.login is not None
    assert "meld u opnieuw aan" in controller.login.message.text()


def test_a_refusal_because_the_account_changed_ends_the_session(
    qtbot: Any, controller: VroegbelApp, admin_ctx: Any
) -> None:
    from app.services import queue

    window = _logged_in_agent(qtbot, controller, admin_ctx)
    assert window is not None and controller.ui is not None
    accounts.remove_user(admin_ctx, "bea")
    controller.worker.run(queue.next_call, controller.ui.app)
    wait_idle(qtbot, controller.worker)
    assert controller.window is None and controller.login is not None
    assert "meld u opnieuw aan" in controller.login.message.text()
