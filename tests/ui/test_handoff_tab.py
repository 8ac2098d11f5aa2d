"""The coaches' Overdrachten tab: take, record contact and help, close; roles; the model."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from casework_factory import actor_of, hand_off, make_user
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from uitest_helpers import make_ui, wait_idle

from app.clock import FixedClock
from app.db import Database
from app.models import Case, Handoff
from app.models.enums import HelpType, Role
from app.services import handoff
from app.services.context import AppContext
from app.services.errors import PermissionDenied
from app.ui.context import Prefs
from app.ui.tabs import tabs_for
from app.ui.tabs.handoff import COL_COACH, COL_LEGAL, HandoffTab
from app.ui.worker import DbWorker

pytestmark = pytest.mark.ui


@pytest.fixture
def coach_tab(
    qtbot: Any,
    ui_db: Database,
    ui_clock: FixedClock,
    worker: DbWorker,
    prefs: Prefs,
    admin_ctx: AppContext,
) -> HandoffTab:
    with ui_db.begin() as session:
        coach = actor_of(make_user(session, "coach1", Role.COACH, "Carla Coach"))
    now = ui_clock.now()
    hand_off(admin_ctx, at=now - timedelta(days=2), last_name="Jansen")
    hand_off(admin_ctx, at=now - timedelta(hours=1), urgent=True, last_name="Spoedig")
    tab = HandoffTab(make_ui(ui_db, ui_clock, worker, prefs, coach))
    qtbot.addWidget(tab)
    tab.show()
    wait_idle(qtbot, worker)
    return tab


def test_coach_takes_records_and_closes_a_handoff(
    qtbot: Any, coach_tab: HandoffTab, worker: DbWorker, ui_db: Database, monkeypatch: Any
) -> None:
    tab = coach_tab
    assert tab.model.rowCount() == 2
    assert tab.model.index(0, 1).data() == "Spoedig, Piet"  # urgent first
    assert "1 met spoed" in tab.summary.text()

    with qtbot.waitSignal(tab.details_loaded, timeout=10_000):
        tab.table.selectRow(1)
    assert "Jansen" in tab.name_label.text()
    assert tab.take_button.isVisible() and not tab.contact_button.isEnabled()

    qtbot.mouseClick(tab.take_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.release_button.isVisible(), timeout=10_000)
    wait_idle(qtbot, worker)
    assert tab.contact_button.isEnabled()
    assert tab.model.index(1, COL_COACH).data() == "ik"

    tab.reached_radio.setChecked(True)
    qtbot.keyClicks(tab.contact_note, "Afspraak op het wijkteam")
    with qtbot.waitSignal(tab.action_done, timeout=10_000):
        qtbot.mouseClick(tab.contact_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, worker)
    assert "Afspraak op het wijkteam" in tab.contacts_label.text()
    assert "gehaald" in tab.model.index(1, COL_LEGAL).data()

    tab.help_boxes[HelpType.PAYMENT_ARRANGEMENT].setChecked(True)
    tab.help_boxes[HelpType.BOOM].setChecked(True)
    tab.reason_combo.setCurrentIndex(tab.reason_combo.findData("help_delivered"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(tab.action_done, timeout=10_000):
        qtbot.mouseClick(tab.close_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, worker)
    assert tab.model.rowCount() == 1  # closed ones are hidden unless asked for
    with ui_db.read() as session:
        h = session.query(Handoff).filter(Handoff.closed_at.is_not(None)).one()
        assert h.help_offered == "payment_arrangement|boom"
        assert h.first_contact_at is not None
        case = session.get(Case, h.case_id)
        assert case is not None and (case.status, case.close_reason) == (
            "closed",
            "help_delivered",
        )


def test_an_error_is_shown_as_a_sentence(
    qtbot: Any, coach_tab: HandoffTab, worker: DbWorker, ui_db: Database, ui_clock: FixedClock
) -> None:
    tab = coach_tab
    with qtbot.waitSignal(tab.details_loaded, timeout=10_000):
        tab.table.selectRow(0)
    # Another coach takes it first: our take fails with one Dutch sentence.
    with ui_db.begin() as session:
        other = actor_of(make_user(session, "coach2", Role.COACH, "Bert Budget"))
    handoff.take(AppContext(db=ui_db, clock=ui_clock, actor=other), tab._current_id() or 0)
    tab.take()
    wait_idle(qtbot, worker)
    assert tab.notice.isVisible()
    assert "andere budgetcoach" in tab.notice.text()


def test_model_passes_the_model_tester(qtmodeltester: Any, coach_tab: HandoffTab) -> None:
    qtmodeltester.check(coach_tab.model)


def test_other_roles_do_not_get_the_tab_and_the_service_refuses(
    ui_db: Database, ui_clock: FixedClock, admin_ctx: AppContext
) -> None:
    hid = hand_off(admin_ctx, at=ui_clock.now())
    assert "handoff" in [t.key for t in tabs_for(Role.COACH)]
    for role in (Role.AGENT, Role.ADMIN):
        assert "handoff" not in [t.key for t in tabs_for(role)]
        with ui_db.begin() as session:
            actor = actor_of(make_user(session, f"x-{role.value}", role))
        ctx = AppContext(db=ui_db, clock=ui_clock, actor=actor)
        with pytest.raises(PermissionDenied):
            handoff.take(ctx, hid)
        with pytest.raises(PermissionDenied):
            handoff.details(ctx, hid)


def test_the_coachs_controls_need_no_scrolling_at_1366x768(
    qtbot: Any,
    ui_db: Database,
    ui_clock: FixedClock,
    worker: DbWorker,
    prefs: Prefs,
    admin_ctx: AppContext,
) -> None:
    """On a 1366x768 laptop the main window gets about 1366x700 (task bar, title bar): take,
    contact, help and close are all in view without scrolling, however long the notes."""
    from app.ui.main_window import MainWindow

    with ui_db.begin() as session:
        coach = actor_of(make_user(session, "coach1", Role.COACH, "Carla Coach"))
    long_note = " ".join(["De bewoner vertelt uitgebreid over de achterstanden."] * 40)
    hand_off(admin_ctx, at=ui_clock.now() - timedelta(hours=1), urgent=True, notes=long_note)
    window = MainWindow(make_ui(ui_db, ui_clock, worker, prefs, coach))
    qtbot.addWidget(window)
    window.resize(1366, 700)
    window.show()
    wait_idle(qtbot, worker)
    tab = window.tab("handoff")
    assert isinstance(tab, HandoffTab)
    with qtbot.waitSignal(tab.details_loaded, timeout=10_000):
        tab.table.selectRow(0)
    qtbot.waitUntil(lambda: tab.action_card.isVisible(), timeout=5_000)

    def in_view(widget: Any) -> bool:
        top_left = widget.mapTo(window, widget.rect().topLeft())
        bottom_right = widget.mapTo(window, widget.rect().bottomRight())
        return (
            widget.isVisible()
            and window.rect().contains(top_left)
            and window.rect().contains(bottom_right)
            and not tab.detail_scroll.isAncestorOf(widget)
        )

    assert in_view(tab.take_button)
    for page, controls in enumerate(
        [
            [tab.contact_note, tab.contact_button],
            [*tab.help_boxes.values(), tab.help_button],
            [tab.reason_combo, tab.close_button],
        ]
    ):
        tab.action_pages.setCurrentIndex(page)
        QApplication.processEvents()
        assert all(in_view(w) for w in controls), page
    assert tab.detail_scroll.height() > 150  # the details keep room to read
