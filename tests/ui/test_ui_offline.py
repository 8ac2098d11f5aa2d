"""Database unreachable → the outcome goes to the outbox → the connection returns → written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from uitest_helpers import Outage, open_case, wait_idle

from app.models import Attempt, Case
from app.models.enums import Outcome
from app.services.outbox import Outbox
from app.ui.main_window import MainWindow

pytestmark = pytest.mark.ui


@pytest.fixture
def window(qtbot: Any, agent_ui: Any, tmp_path: Path) -> MainWindow:
    agent_ui.outbox = Outbox(tmp_path / "outbox.sqlite3")
    win = MainWindow(agent_ui)
    qtbot.addWidget(win)
    win.show()
    wait_idle(qtbot, agent_ui.worker)
    yield win
    win.shutdown()
    wait_idle(qtbot, agent_ui.worker)
    agent_ui.outbox.close()


def test_outcome_waits_in_the_outbox_and_is_written_after_reconnect(
    qtbot: Any, window: MainWindow, ui_db: Any, ui_clock: Any
) -> None:
    ui = window.ui
    tab = window.tab("next_call")
    first = open_case(ui_db, ui_clock)
    second = open_case(ui_db, ui_clock)
    outage = Outage(ui_db)

    tab.next_button.click()
    wait_idle(qtbot, ui.worker)
    assert tab.state == "case" and tab.claimed.case_id == first

    outage.start()
    tab.notes_edit.setPlainText("Geen gehoor, later opnieuw")
    with qtbot.waitSignal(tab.outcome_queued, timeout=10_000):
        tab.outcome_buttons[Outcome.NO_ANSWER].click()
    wait_idle(qtbot, ui.worker)
    # the agent can go on: the tab is ready, the state is visible everywhere
    assert tab.state == "idle"
    assert "niet bereikbaar" in tab.notice.text()
    assert ui.outbox.pending_count() == 1
    assert "1 uitkomst" in window.outbox_label.text()
    assert "niet bereikbaar" in window.db_label.text()

    # a new case cannot be fetched while the database is away: said in a sentence
    tab.next_button.click()
    wait_idle(qtbot, ui.worker)
    assert tab.state == "idle"
    assert "niet bereikbaar" in tab.notice.text()
    assert "Traceback" not in tab.notice.text()

    # the timer tries again while still offline: nothing lost, still pending
    window.outbox_sync.flush()
    wait_idle(qtbot, ui.worker)
    assert ui.outbox.pending_count() == 1

    outage.end()
    with qtbot.waitSignal(window.outbox_sync.flushed, timeout=10_000):
        window.outbox_sync.flush()
    wait_idle(qtbot, ui.worker)
    assert ui.outbox.pending_count() == 0
    assert "Alles verzonden" in window.outbox_label.text()
    assert "verbonden" in window.db_label.text()
    with ui_db.read() as session:
        attempt = session.scalars(select(Attempt).where(Attempt.case_id == first)).one()
        assert attempt.outcome == "no_answer"
        assert attempt.notes == "Geen gehoor, later opnieuw"
        assert attempt.at == ui_clock.now()  # the moment of the call, not of the flush
        case = session.get(Case, first)
        assert case is not None and case.lease_user_id is None

    # and the agent goes on with the next resident
    tab.next_button.click()
    wait_idle(qtbot, ui.worker)
    assert tab.state == "case" and tab.claimed.case_id == second


def test_reconnect_signal_flushes_by_itself(
    qtbot: Any, window: MainWindow, ui_db: Any, ui_clock: Any
) -> None:
    ui = window.ui
    tab = window.tab("next_call")
    case_id = open_case(ui_db, ui_clock)
    outage = Outage(ui_db)
    tab.next_button.click()
    wait_idle(qtbot, ui.worker)
    outage.start()
    tab.outcome_buttons[Outcome.REACHED_NO_HELP_NEEDED].click()
    wait_idle(qtbot, ui.worker)
    assert ui.outbox.pending_count() == 1
    outage.end()
    # any successful database call (here: the status bar's calling-window refresh) flushes
    with qtbot.waitSignal(window.outbox_sync.flushed, timeout=10_000):
        window.window_watcher.refresh()
    wait_idle(qtbot, ui.worker)
    assert ui.outbox.pending_count() == 0
    with ui_db.read() as session:
        case = session.get(Case, case_id)
        assert case is not None and case.status == "closed"


def test_renewal_failure_while_offline_keeps_the_case(
    qtbot: Any, window: MainWindow, ui_db: Any, ui_clock: Any
) -> None:
    tab = window.tab("next_call")
    open_case(ui_db, ui_clock)
    outage = Outage(ui_db)
    tab.next_button.click()
    wait_idle(qtbot, window.ui.worker)
    outage.start()
    tab.renew_lease()
    wait_idle(qtbot, window.ui.worker)
    assert tab.state == "case"
    assert "niet bereikbaar" in tab.notice.text()
    outage.end()


def test_a_refused_outcome_is_kept_aside_and_shown(
    qtbot: Any, qtmodeltester: Any, window: MainWindow, ui_db: Any, ui_clock: Any
) -> None:
    ui = window.ui
    tab = window.tab("next_call")
    case_id = open_case(ui_db, ui_clock)
    outage = Outage(ui_db)
    tab.next_button.click()
    wait_idle(qtbot, ui.worker)
    outage.start()
    tab.outcome_buttons[Outcome.BUSY].click()
    wait_idle(qtbot, ui.worker)
    outage.end()
    # meanwhile the case was closed elsewhere: the outbox cannot write it any more
    with ui_db.begin() as session:
        case = session.get(Case, case_id)
        case.status = "closed"
        case.close_reason = "withdrawn"
    with qtbot.waitSignal(window.outbox_sync.flushed, timeout=10_000):
        window.outbox_sync.flush()
    wait_idle(qtbot, ui.worker)
    assert ui.outbox.pending_count() == 0
    assert "1 geweigerd" in window.outbox_label.text()

    window.outbox_action.trigger()
    dialog = window.outbox_dialog
    wait_idle(qtbot, ui.worker)
    assert dialog.model.rowCount() == 1
    qtmodeltester.check(dialog.model)
    assert "niet meer open" in dialog.model.item(0).reason
    dialog.view.selectRow(0)
    assert dialog.retry_button.isEnabled()
    dialog.discard_button.click()
    wait_idle(qtbot, ui.worker)
    assert dialog.model.rowCount() == 0
    assert ui.outbox.failed_items() == []
