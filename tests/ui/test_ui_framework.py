"""The framework the tabs build on: the database worker, the preferences, the tab registry,
the main window's status bar and menu."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from sqlalchemy.exc import OperationalError
from uitest_helpers import OUTSIDE, wait_idle

from app.models.enums import Role
from app.services.errors import Conflict
from app.ui import tabs as tab_registry
from app.ui.context import Prefs, strip_password
from app.ui.login import DatabaseDialog
from app.ui.main_window import MainWindow
from app.ui.worker import DbWorker, describe_error

pytestmark = pytest.mark.ui


def test_worker_runs_off_the_gui_thread_and_answers_on_it(qtbot: Any, worker: DbWorker) -> None:
    gui = threading.get_ident()
    seen: dict[str, int] = {}

    def job(a: int, b: int) -> int:
        seen["job"] = threading.get_ident()
        return a + b

    results: list[int] = []

    def done(value: int) -> None:
        seen["done"] = threading.get_ident()
        results.append(value)

    with qtbot.waitSignal(worker.task_finished):
        worker.run(job, 2, 3, on_done=done)
    assert results == [5]
    assert seen["job"] != gui and seen["done"] == gui
    assert worker.connected is True


def test_worker_runs_one_task_at_a_time_in_order(qtbot: Any, worker: DbWorker) -> None:
    order: list[int] = []
    for i in range(5):
        worker.run(order.append, i)
    wait_idle(qtbot, worker)
    assert order == [0, 1, 2, 3, 4]


def test_errors_become_one_sentence(qtbot: Any, worker: DbWorker) -> None:
    errors: list[str] = []

    def refuse() -> None:
        raise Conflict("Zaak 7 is in behandeling bij een andere beller.")

    def unreachable() -> None:
        raise OperationalError("SELECT 1", {}, ConnectionError("connection refused"))

    def bug() -> None:
        raise KeyError("x")

    for fn in (refuse, unreachable, bug):
        worker.run(fn, on_error=lambda sentence, _exc: errors.append(sentence))
    wait_idle(qtbot, worker)
    assert errors[0] == "Zaak 7 is in behandeling bij een andere beller."
    assert errors[1].startswith("De database is niet bereikbaar.")
    assert errors[2] == "Er ging iets onverwachts mis. Probeer het opnieuw."  # no class name
    assert all("Traceback" not in e and "\n" not in e for e in errors)
    assert describe_error(OperationalError("x", {}, Exception("y"))) == errors[1]


def test_connection_state_is_reported(qtbot: Any, worker: DbWorker) -> None:
    states: list[bool] = []
    worker.connection_changed.connect(states.append)

    def unreachable() -> None:
        raise OperationalError("SELECT 1", {}, ConnectionError("gone"))

    worker.run(unreachable)
    worker.run(lambda: None)
    wait_idle(qtbot, worker)
    assert states == [False, True]


def test_no_callback_on_a_deleted_widget(qtbot: Any, worker: DbWorker) -> None:
    gate = threading.Event()
    label = QLabel()
    calls: list[Any] = []

    class Receiver(QWidget):
        def done(self, value: Any) -> None:
            calls.append(value)

    receiver = Receiver()
    worker.run(gate.wait, 5, on_done=receiver.done)
    receiver.deleteLater()
    qtbot.wait(50)  # the deferred delete happens
    gate.set()
    wait_idle(qtbot, worker)
    assert calls == []
    label.deleteLater()


def test_prefs_never_store_a_database_password(prefs: Prefs) -> None:
    prefs.set("database/url", "postgresql+psycopg://beller:geheim@db.gemeente.local/vroegbel")
    assert prefs.get("database/url") == "postgresql+psycopg://beller@db.gemeente.local/vroegbel"
    with open(prefs.settings.fileName(), encoding="utf-8") as stored:
        assert "geheim" not in stored.read()
    assert strip_password("sqlite:////tmp/x.sqlite3") == "sqlite:////tmp/x.sqlite3"
    assert prefs.language == "nl"


def test_database_dialog_keeps_the_password_out_of_the_settings(
    qtbot: Any, prefs: Prefs, monkeypatch: Any
) -> None:
    stored: list[tuple[str, str]] = []
    monkeypatch.setattr(
        "app.services.credentials.store_password", lambda url, pw: stored.append((url, pw))
    )
    dialog = DatabaseDialog(prefs, "")
    qtbot.addWidget(dialog)
    dialog.url_edit.setText("postgresql+psycopg://beller@db/vroegbel")
    dialog.password_edit.setText("geheim")
    assert "geheim" in dialog.url_with_password()
    dialog.buttons.accepted.emit()
    assert prefs.get("database/url") == "postgresql+psycopg://beller@db/vroegbel"
    assert stored == [("postgresql+psycopg://beller@db/vroegbel", "geheim")]
    dialog2 = DatabaseDialog(prefs, "")
    qtbot.addWidget(dialog2)
    dialog2.url_edit.setText("geen url")
    dialog2.buttons.accepted.emit()
    assert "begint niet met een type" in dialog2.message.text()


def test_tab_registry_lets_other_tabs_plug_in(qtbot: Any, agent_ui: Any, monkeypatch: Any) -> None:
    class Extra(QLabel):
        def __init__(self, ui: Any, parent: QWidget | None) -> None:
            super().__init__("extra", parent)

    spec = tab_registry.TabSpec("extra", lambda: "Extra", frozenset({Role.AGENT}), Extra, 99)
    broken = tab_registry.TabSpec(
        "broken", lambda: "Kapot", frozenset({Role.AGENT}), tab_registry.lazy("nope", "X"), 98
    )
    monkeypatch.setattr(tab_registry, "TABS", [*tab_registry.TABS, spec, broken])
    window = MainWindow(agent_ui)
    qtbot.addWidget(window)
    wait_idle(qtbot, agent_ui.worker)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Volgende oproep", "Kapot", "Extra"]
    assert isinstance(window.tab("extra"), Extra)
    assert "niet worden geladen" in window.tab("broken").text()
    window.shutdown()


def test_status_bar_shows_user_database_and_calling_window(
    qtbot: Any, agent_ui: Any, ui_clock: Any
) -> None:
    window = MainWindow(agent_ui)
    qtbot.addWidget(window)
    wait_idle(qtbot, agent_ui.worker)
    assert window.window_label.text() == "Belvenster open tot 12:30"
    assert "Testdatabase verbonden" in window.db_label.text()
    assert window.user_label.text() == "Beller1 (beller)"
    assert window.outbox_label.text() == "Alles verzonden"
    ui_clock.set(OUTSIDE)
    window.window_watcher.refresh()
    wait_idle(qtbot, agent_ui.worker)
    assert window.window_label.text() == "Buiten belvenster — volgende morgen om 09:00"
    window.shutdown()


def test_about_and_language_menu(qtbot: Any, agent_ui: Any, message_boxes: Any) -> None:
    window = MainWindow(agent_ui)
    qtbot.addWidget(window)
    chosen: list[str] = []
    window.language_chosen.connect(chosen.append)
    window.show_about()
    assert message_boxes[-1][0] == "about" and "Vroegbel" in message_boxes[-1][1]
    english = next(a for a in window.language_actions.actions() if a.data() == "en")
    english.trigger()
    assert chosen == ["en"]
    window.shutdown()
