"""The agent's Next-call tab driven with pytest-qt: claim, each outcome, help request, callback,
cancel, outside hours, lease renewal."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from sqlalchemy import select
from uitest_helpers import OUTSIDE, open_case, wait_idle

from app.models import Attempt, Callback, Case, Handoff, HelpRequest, PhoneNumber
from app.models.enums import HelpType, Outcome
from app.ui.tabs.next_call import NextCallTab

pytestmark = pytest.mark.ui


@pytest.fixture
def tab(qtbot: Any, agent_ui: Any) -> NextCallTab:
    widget = NextCallTab(agent_ui)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    wait_idle(qtbot, agent_ui.worker)
    return widget


def claim(qtbot: Any, tab: NextCallTab) -> None:
    tab.next_button.click()
    wait_idle(qtbot, tab.ui.worker)


def test_claims_and_shows_the_case_card_without_bsn(
    qtbot: Any, tab: NextCallTab, ui_db, ui_clock
) -> None:
    case_id = open_case(
        ui_db,
        ui_clock,
        last_name="de Vries",
        first_name="Anna",
        phones=("+31612345678", "+31235112345"),
        creditors=(("Elan Wonen", "rent", 123_456), ("Eneco", "energy", 20_000)),
    )
    claim(qtbot, tab)
    assert tab.state == "case"
    assert tab.claimed is not None and tab.claimed.case_id == case_id
    assert tab.name_label.text() == "Anna de Vries"
    assert "1.434,56" in tab.arrears_label.text()
    assert "Huur" in tab.creditors_label.text() and "Energie" in tab.creditors_label.text()
    assert "Grote Markt" in tab.address_label.text()
    assert [radio.text() for _line, radio in tab.phone_rows] == ["06 12345678", "023 511 2345"]
    shown = " ".join(w.text() for w in tab.findChildren(type(tab.name_label)) if w.isVisible())
    assert "111222333" not in shown  # the BSN of the factory's signal
    assert "Voor u gereserveerd" in tab.lease_label.text()
    assert not tab.next_button.isEnabled()


@pytest.mark.parametrize(
    ("outcome", "status"),
    [
        (Outcome.NO_ANSWER, "open"),
        (Outcome.VOICEMAIL, "open"),
        (Outcome.BUSY, "open"),
        (Outcome.REACHED_NO_HELP_NEEDED, "closed"),
        (Outcome.REACHED_HELP_DECLINED, "closed"),
        (Outcome.ALREADY_IN_DEBT_HELP, "closed"),
    ],
)
def test_simple_outcomes_are_saved(
    qtbot: Any, tab: NextCallTab, ui_db, ui_clock, outcome: Outcome, status: str
) -> None:
    case_id = open_case(ui_db, ui_clock)
    claim(qtbot, tab)
    tab.notes_edit.setPlainText("Notitie van het gesprek")
    with qtbot.waitSignal(tab.outcome_saved, timeout=10_000):
        tab.outcome_buttons[outcome].click()
    wait_idle(qtbot, tab.ui.worker)
    assert tab.state == "idle"
    assert "Opgeslagen" in tab.notice.text()
    with ui_db.read() as session:
        attempt = session.scalars(select(Attempt).where(Attempt.case_id == case_id)).one()
        case = session.get(Case, case_id)
        assert attempt.outcome == outcome.value
        assert attempt.notes == "Notitie van het gesprek"
        assert attempt.idempotency_key
        assert case is not None and case.status == status
        assert case.lease_user_id is None


def test_wrong_number_strikes_the_chosen_number(
    qtbot: Any, tab: NextCallTab, ui_db, ui_clock
) -> None:
    case_id = open_case(ui_db, ui_clock, phones=("+31612345678", "+31687654321"))
    claim(qtbot, tab)
    second_line, second_radio = tab.phone_rows[1]
    second_radio.click()
    with qtbot.waitSignal(tab.outcome_saved, timeout=10_000):
        tab.outcome_buttons[Outcome.WRONG_NUMBER].click()
    with ui_db.read() as session:
        phones = session.scalars(
            select(PhoneNumber).where(PhoneNumber.case_id == case_id).order_by(PhoneNumber.position)
        ).all()
        assert phones[0].struck_at is None
        assert phones[1].struck_at is not None and phones[1].id == second_line.id


def test_help_request_hands_the_case_to_the_coaches(
    qtbot: Any, tab: NextCallTab, ui_db, ui_clock
) -> None:
    case_id = open_case(ui_db, ui_clock)
    claim(qtbot, tab)
    tab.outcome_buttons[Outcome.REACHED_HELP_ACCEPTED].click()
    dialog = tab.help_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.ok_button.click()  # nothing chosen yet: refused with a sentence
    assert dialog.isVisible() and "minstens één" in dialog.error.text()
    dialog.type_boxes[HelpType.PAYMENT_ARRANGEMENT].setChecked(True)
    dialog.type_boxes[HelpType.BOOM].setChecked(True)
    dialog.urgent_box.setChecked(True)
    dialog.note_edit.setPlainText("Afsluiting energie dreigt")
    with qtbot.waitSignal(tab.outcome_saved, timeout=10_000):
        dialog.ok_button.click()
    with ui_db.read() as session:
        case = session.get(Case, case_id)
        request = session.scalars(select(HelpRequest).where(HelpRequest.case_id == case_id)).one()
        handoff = session.scalars(select(Handoff).where(Handoff.case_id == case_id)).one()
        assert case is not None and case.status == "handed_off"
        assert request.help_types == "payment_arrangement|boom"
        assert request.urgent and request.note == "Afsluiting energie dreigt"
        assert handoff.urgent


def test_help_form_cancelled_keeps_the_case(qtbot: Any, tab: NextCallTab, ui_db, ui_clock) -> None:
    open_case(ui_db, ui_clock)
    claim(qtbot, tab)
    tab.outcome_buttons[Outcome.REACHED_HELP_ACCEPTED].click()
    assert tab.help_dialog is not None
    tab.help_dialog.reject()
    assert tab.state == "case"


def test_callback_picker_offers_only_calling_hours(
    qtbot: Any, tab: NextCallTab, ui_db, ui_clock
) -> None:
    case_id = open_case(ui_db, ui_clock)
    claim(qtbot, tab)
    tab.outcome_buttons[Outcome.CALLBACK_REQUESTED].click()
    qtbot.waitUntil(lambda: tab.callback_dialog is not None, timeout=10_000)
    dialog = tab.callback_dialog
    assert dialog is not None
    now = ui_clock.now()
    # Today (Tuesday 10:30): from 10:45, never before now, never after 21:00.
    offered = [dialog.times.item(i).text() for i in range(dialog.times.count())]
    assert offered[0] == "10:45" and offered[-1] == "20:45"
    # Sunday 29 November is closed: no times, saving disabled.
    sunday = (now + timedelta(days=5)).astimezone(OUTSIDE.tzinfo)
    assert sunday.weekday() == 6
    assert not dialog.select(sunday.replace(hour=11, minute=0))
    assert not dialog.ok_button.isEnabled()
    assert "Geen beltijden" in dialog.times.item(0).text()
    # Saturday 28 November: 10:00–16:00 only.
    saturday = sunday - timedelta(days=1)
    assert not dialog.select(saturday.replace(hour=17, minute=0))
    assert dialog.select(saturday.replace(hour=11, minute=15))
    with qtbot.waitSignal(tab.outcome_saved, timeout=10_000):
        dialog.ok_button.click()
    with ui_db.read() as session:
        callback = session.scalars(select(Callback).where(Callback.case_id == case_id)).one()
        assert callback.due_at == saturday.replace(hour=11, minute=15)
        assert callback.status == "open"


def test_cancel_gives_the_case_back(qtbot: Any, tab: NextCallTab, ui_db, ui_clock) -> None:
    case_id = open_case(ui_db, ui_clock)
    claim(qtbot, tab)
    tab.cancel_button.click()
    wait_idle(qtbot, tab.ui.worker)
    assert tab.state == "idle"
    with ui_db.read() as session:
        case = session.get(Case, case_id)
        assert case is not None and case.lease_user_id is None
        assert session.scalars(select(Attempt)).first() is None


def test_give_back_then_next_call_brings_another_resident(
    qtbot: Any, tab: NextCallTab, ui_db, ui_clock
) -> None:
    first = open_case(ui_db, ui_clock)
    second = open_case(ui_db, ui_clock)
    claim(qtbot, tab)
    assert tab.claimed is not None
    given_back = tab.claimed.case_id
    tab.cancel_shortcut.activated.emit()  # Ctrl+W
    wait_idle(qtbot, tab.ui.worker)
    claim(qtbot, tab)
    assert tab.claimed is not None and tab.claimed.case_id != given_back
    assert {given_back, tab.claimed.case_id} == {first, second}


def test_empty_queue_inside_hours(qtbot: Any, tab: NextCallTab) -> None:
    claim(qtbot, tab)
    assert tab.state == "idle"
    assert "niemand" in tab.idle_title.text()


def test_outside_hours_says_when_the_next_window_opens(
    qtbot: Any, tab: NextCallTab, ui_db, ui_clock
) -> None:
    open_case(ui_db, ui_clock)
    ui_clock.set(OUTSIDE)
    claim(qtbot, tab)
    assert tab.state == "idle"
    assert tab.idle_title.text() == "Buiten de beltijden"
    assert "morgen om 09:00" in tab.idle_text.text()


def test_idle_text_outside_hours_on_start(qtbot: Any, agent_ui: Any, ui_clock) -> None:
    ui_clock.set(OUTSIDE)
    widget = NextCallTab(agent_ui)
    qtbot.addWidget(widget)
    wait_idle(qtbot, agent_ui.worker)
    assert "morgen om 09:00" in widget.idle_text.text()


def test_lease_is_renewed_while_on_screen(qtbot: Any, tab: NextCallTab, ui_db, ui_clock) -> None:
    case_id = open_case(ui_db, ui_clock)
    claim(qtbot, tab)
    first = tab.lease_expires_at
    ui_clock.advance(timedelta(minutes=10))
    tab._tick()
    assert "nog 5:00" in tab.lease_label.text()
    tab.renew_lease()
    wait_idle(qtbot, tab.ui.worker)
    assert tab.lease_expires_at is not None and first is not None
    assert tab.lease_expires_at > first
    with ui_db.read() as session:
        case = session.get(Case, case_id)
        assert case is not None and case.lease_expires_at == tab.lease_expires_at


def test_dial_and_copy(qtbot: Any, tab: NextCallTab, ui_db, ui_clock, monkeypatch: Any) -> None:
    open_case(ui_db, ui_clock, phones=("+31612345678",))
    claim(qtbot, tab)
    opened: list[QUrl] = []
    monkeypatch.setattr(
        "app.ui.tabs.next_call.QDesktopServices.openUrl", lambda url: opened.append(url) or True
    )
    tab.dial_selected()
    assert opened and opened[0].toString() == "tel:+31612345678"
    tab.copy_selected()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == "+31612345678"


def test_guide_is_shown(qtbot: Any, tab: NextCallTab) -> None:
    assert len(tab.guide.toPlainText()) > 100


def test_attempts_model_passes_the_model_tester(
    qtbot: Any, qtmodeltester: Any, ui_db, ui_clock, tab: NextCallTab
) -> None:
    case_id = open_case(ui_db, ui_clock)
    claim(qtbot, tab)
    tab.outcome_buttons[Outcome.NO_ANSWER].click()
    wait_idle(qtbot, tab.ui.worker)
    # the next attempt is planned tomorrow: move the clock into that window and claim again
    with ui_db.read() as session:
        case = session.get(Case, case_id)
        assert case is not None and case.next_window_start is not None
        ui_clock.set(case.next_window_start + timedelta(minutes=5))
    claim(qtbot, tab)
    assert tab.attempts_model.rowCount() == 1
    assert tab.attempts_view.isVisible()
    qtmodeltester.check(tab.attempts_model)


def test_a_locked_screen_stops_renewing_the_lease(
    qtbot: Any, tab: NextCallTab, ui_db, ui_clock
) -> None:
    open_case(ui_db, ui_clock)
    claim(qtbot, tab)
    assert tab.renew_timer.isActive()
    tab.ui.events.locked_changed.emit(True)
    assert not tab.renew_timer.isActive()
    ui_clock.advance(timedelta(minutes=5))
    tab.ui.events.locked_changed.emit(False)
    wait_idle(qtbot, tab.ui.worker)
    assert tab.renew_timer.isActive()
    assert tab.lease_expires_at == ui_clock.now() + timedelta(minutes=15)


def test_agent_adds_a_number_the_resident_gives(
    qtbot: Any, tab: NextCallTab, ui_db, ui_clock, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QInputDialog

    case_id = open_case(ui_db, ui_clock, phones=("+31612345678",))
    claim(qtbot, tab)
    answers = iter([("geen nummer", True), ("023 511 5115", True)])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: next(answers)))
    tab.add_phone_button.click()
    wait_idle(qtbot, tab.ui.worker)
    assert "geen" in tab.notice.text() and tab.notice.property("kind") == "error"
    tab.add_phone_button.click()
    wait_idle(qtbot, tab.ui.worker)
    assert [radio.text() for _line, radio in tab.phone_rows] == ["06 12345678", "023 511 5115"]
    with ui_db.read() as session:
        numbers = session.scalars(
            select(PhoneNumber.number_e164).where(PhoneNumber.case_id == case_id)
        ).all()
        assert sorted(numbers) == ["+31235115115", "+31612345678"]


def test_a_restarted_client_gets_its_case_back(
    qtbot: Any, tab: NextCallTab, agent_ui: Any, ui_db, ui_clock
) -> None:
    case_id = open_case(ui_db, ui_clock)
    claim(qtbot, tab)
    # the client crashes with the case on screen: its widget forgets everything
    tab.renew_timer.stop()
    tab.claimed = None
    tab.hide()
    again = NextCallTab(agent_ui)
    qtbot.addWidget(again)
    again.show()
    wait_idle(qtbot, agent_ui.worker)
    claim(qtbot, again)
    assert again.claimed is not None and again.claimed.case_id == case_id
    assert again.kind_label.text() == "Al bij u in behandeling"


def test_a_case_taken_away_by_the_team_lead_leaves_the_screen(
    qtbot: Any, tab: NextCallTab, ui_db, ui_clock
) -> None:
    from casework_factory import actor_of, make_user

    from app.models.enums import Role
    from app.services import queue
    from app.services.context import AppContext

    case_id = open_case(ui_db, ui_clock)
    claim(qtbot, tab)
    with ui_db.begin() as session:
        lead = actor_of(make_user(session, "leider", Role.TEAMLEAD))
    queue.release_lease(AppContext(db=ui_db, clock=ui_clock, actor=lead), case_id)
    tab.renew_lease()
    wait_idle(qtbot, tab.ui.worker)
    assert tab.state == "idle"
    assert "niet meer voor u gereserveerd" in tab.notice.text()


def test_best_reachable_hint_is_saved_and_shown_with_why_this_slot(
    qtbot: Any, tab: NextCallTab, ui_db, ui_clock
) -> None:
    """Issue 19: the agent records "call after 19:30"; the next plan and the card follow it."""
    case_id = open_case(ui_db, ui_clock)
    claim(qtbot, tab)
    assert tab.why_label.text() != ""
    assert tab.hint_label.text() == "—"
    tab.hint_combo.setEditText("half acht")  # not a slot or a time: refused, nothing saved
    tab.outcome_buttons[Outcome.NO_ANSWER].click()
    assert tab.state == "case" and "geen bereikbaarheid" in tab.notice.text()
    tab.hint_combo.setEditText("19.30")
    with qtbot.waitSignal(tab.outcome_saved, timeout=10_000):
        tab.outcome_buttons[Outcome.NO_ANSWER].click()
    wait_idle(qtbot, tab.ui.worker)
    with ui_db.read() as session:
        attempt = session.scalars(select(Attempt).where(Attempt.case_id == case_id)).one()
        case = session.get(Case, case_id)
        assert attempt.reach_hint == "19:30"
        assert case is not None and case.next_slot == "evening"
    from app.models.enums import Role
    from app.services import queue
    from app.services.context import Actor

    lead = tab.ui.app.as_actor(Actor(username="lead", role=Role.TEAMLEAD, user_id=None))
    card = queue.case_card(lead, case_id)
    assert card.reach_hint == "rond 19:30"
    assert card.why_next.startswith("avond: hint bij een eerdere poging")


def test_the_card_leaves_the_screen_when_the_lease_ran_out(
    qtbot: Any, tab: NextCallTab, ui_db, ui_clock
) -> None:
    """Locked (or cut off) longer than the lease: the resident leaves the screen with a
    sentence and the lease is given back; unlocking does not quietly renew it."""
    case_id = open_case(ui_db, ui_clock)
    claim(qtbot, tab)
    tab.ui.events.locked_changed.emit(True)
    ui_clock.advance(timedelta(hours=3))
    tab.ui.events.locked_changed.emit(False)
    wait_idle(qtbot, tab.ui.worker)
    assert tab.state == "idle" and tab.claimed is None
    assert "verlopen" in tab.notice.text() and str(case_id) in tab.notice.text()
    assert tab.name_label.text() == "" or not tab.name_label.isVisible()
    with ui_db.read() as session:
        case = session.get(Case, case_id)
        assert case is not None and case.lease_user_id is None


def test_a_lapsed_lease_keeps_what_the_agent_typed(
    qtbot: Any, tab: NextCallTab, ui_db, ui_clock
) -> None:
    open_case(ui_db, ui_clock)
    claim(qtbot, tab)
    tab.notes_edit.setPlainText("Bewoner belt morgen terug")
    ui_clock.advance(timedelta(minutes=16))
    tab._tick()
    assert tab.state == "case" and tab.notes_edit.toPlainText() == "Bewoner belt morgen terug"
    assert "sla de uitkomst nu op" in tab.notice.text()
    tab.notes_edit.clear()
    tab._tick()
    assert tab.state == "idle" and "verlopen" in tab.notice.text()
