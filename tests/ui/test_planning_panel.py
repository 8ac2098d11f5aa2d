"""Issue 19 in the team lead's tab: the contact rates the planner uses (heat map and table, with
the attempts behind each cell) and the what-if of other plan rules."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from casework_factory import actor_of, make_case, make_user
from uitest_helpers import make_ui, wait_idle

from app.clock import AMSTERDAM, FixedClock
from app.db import Database
from app.models import Attempt
from app.models.enums import Role, Slot
from app.ui.context import Prefs
from app.ui.tabs.planning_panel import PlanningPanel, heat
from app.ui.tabs.queue_monitor import QueueMonitorTab
from app.ui.worker import DbWorker

pytestmark = pytest.mark.ui


def fill_history(ui_db: Database, ui_clock: FixedClock) -> None:
    """Four weeks in Molenwijk: evenings answer every time, mornings never; Oude Stad quiet."""
    now = ui_clock.now().astimezone(AMSTERDAM)
    with ui_db.begin() as session:
        case = make_case(session, opened_at=now - timedelta(weeks=5), wijk="Molenwijk")
        for week in range(1, 5):
            day = now - timedelta(weeks=week)
            for hour, slot, contact in ((19, Slot.EVENING, True), (10, Slot.MORNING, False)):
                at = day.replace(hour=hour)
                session.add(
                    Attempt(
                        case_id=case.id,
                        at=at,
                        slot=slot.value,
                        outcome="reached_no_help_needed" if contact else "no_answer",
                        is_contact=contact,
                        counts_as_attempt=True,
                        created_at=at,
                    )
                )


@pytest.fixture
def lead_tab(
    qtbot: Any, ui_db: Database, ui_clock: FixedClock, worker: DbWorker, prefs: Prefs
) -> QueueMonitorTab:
    with ui_db.begin() as session:
        lead = actor_of(make_user(session, "lead", Role.TEAMLEAD, "Tineke Teamleider"))
    fill_history(ui_db, ui_clock)
    widget = QueueMonitorTab(make_ui(ui_db, ui_clock, worker, prefs, lead))
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    wait_idle(qtbot, worker)
    return widget


def test_rates_per_wijk_and_slot_with_the_attempts_behind_them(
    qtbot: Any, lead_tab: QueueMonitorTab
) -> None:
    panel: PlanningPanel = lead_tab.planning
    with qtbot.waitSignal(panel.evidence_shown, timeout=10_000):
        lead_tab.pages.setCurrentWidget(panel)
    model = panel.heat_model
    rows = model.rows
    assert [r.wijk for r in rows] == ["Molenwijk", ""]  # the last line: the whole municipality
    evening = model.index(0, 1 + [s for s in Slot].index(Slot.EVENING))
    morning = model.index(0, 1 + [s for s in Slot].index(Slot.MORNING))
    assert "4 pog." in evening.data()
    assert "4 pogingen, 4 met contact" in evening.data(3)  # tooltip role
    # The best cell is the darkest; the heat map colours by the planner's (shrunk) rate.
    assert evening.data(8).color() == heat(1.0, 1.0)  # background role
    assert morning.data(8).color().lightness() > evening.data(8).color().lightness()
    table = panel.cells_model.rows
    assert {(r.wijk, r.slot, r.cell.attempts, r.cell.contacts) for r in table} == {
        ("Molenwijk", Slot.EVENING, 4, 4),
        ("Molenwijk", Slot.MORNING, 4, 0),
    }
    assert "20 pogingen van de hele gemeente" in panel.evidence_label.text()


def test_what_if_shows_current_and_proposed_rules(
    qtbot: Any, lead_tab: QueueMonitorTab, ui_clock: FixedClock
) -> None:
    panel: PlanningPanel = lead_tab.planning
    today = ui_clock.now().astimezone(AMSTERDAM).date()
    start = today - timedelta(weeks=6)
    panel.from_edit.setDate(panel.from_edit.date().addDays(-(panel.period()[0] - start).days))
    panel.evening_spin.setValue(3)
    with qtbot.waitSignal(panel.simulation_shown, timeout=20_000):
        panel.simulate_button.click()
    rows = panel.sim_model.rows
    assert [r.title for r in rows] == ["Huidige regels", "Voorgesteld"]
    assert rows[0].result.rules.min_evening == 2 and rows[1].result.rules.min_evening == 3
    assert "1 zaken en 8 belpogingen nagespeeld" in panel.sim_label.text()
    # Impossible rules: refused with the reason, in the panel.
    panel.max_spin.setValue(3)
    panel.simulate_button.click()
    wait_idle(qtbot, panel.ui.worker)
    assert "maar het maximum is 3" in panel.sim_label.text()
    # A period without attempts says so.
    panel.from_edit.setDate(panel.from_edit.date().addYears(-5))
    panel.to_edit.setDate(panel.from_edit.date().addDays(10))
    panel.max_spin.setValue(7)
    panel.simulate_button.click()
    wait_idle(qtbot, panel.ui.worker)
    assert "geen belpogingen" in panel.sim_label.text()
    assert date(2000, 1, 1) < panel.period()[0]
