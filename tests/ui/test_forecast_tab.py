"""The team lead's Vooruitblik tab (issue 15): empty database, a shortfall in red with what it
means, the roster kept in the tab (a bad line is one sentence), staffing beside the roster."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from casework_factory import actor_of, make_user
from uitest_helpers import make_ui, open_case, wait_idle

from app.clock import AMSTERDAM, FixedClock
from app.db import Database
from app.models.enums import Role
from app.ui.context import Prefs
from app.ui.tabs import tabs_for
from app.ui.tabs.forecast import ForecastTab
from app.ui.tabs.row_models import BAD
from app.ui.worker import DbWorker

pytestmark = pytest.mark.ui


@pytest.fixture
def tab(
    qtbot: Any, ui_db: Database, ui_clock: FixedClock, worker: DbWorker, prefs: Prefs
) -> ForecastTab:
    with ui_db.begin() as session:
        lead = actor_of(make_user(session, "lead", Role.TEAMLEAD, "Tineke Teamleider"))
    widget = ForecastTab(make_ui(ui_db, ui_clock, worker, prefs, lead))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_only_the_team_lead_gets_the_tab() -> None:
    assert "forecast" in [t.key for t in tabs_for(Role.TEAMLEAD)]
    for role in (Role.AGENT, Role.COACH, Role.ADMIN):
        assert "forecast" not in [t.key for t in tabs_for(role)]


def test_empty_database_says_nothing_is_planned(
    qtbot: Any, tab: ForecastTab, worker: DbWorker
) -> None:
    tab.tab_shown()
    wait_idle(qtbot, worker)
    assert tab.summary.text() == "Er is niets gepland in deze periode."
    assert tab.model.rowCount() > 0  # the windows are shown, all empty
    assert tab.result is not None and tab.result.nothing_planned


def test_shortfall_is_red_and_the_roster_covers_it(
    qtbot: Any, tab: ForecastTab, worker: DbWorker, ui_db: Database, ui_clock: FixedClock
) -> None:
    for _ in range(3):
        open_case(ui_db, ui_clock)
    tab.days_spin.setValue(1)
    tab.load()
    wait_idle(qtbot, worker)
    assert "Tekort: 3 belpogingen" in tab.summary.text()
    shortfall_col = 6
    morning = next(i for i, r in enumerate(tab.model.rows) if r.slot.value == "morning")
    index = tab.model.index(morning, shortfall_col)
    assert tab.model.data(index).startswith("3")
    from PySide6.QtCore import Qt

    assert tab.model.data(index, Qt.ItemDataRole.ForegroundRole).color() == BAD
    assert "missen dit venster" in tab.model.data(index, Qt.ItemDataRole.ToolTipRole)

    tab.roster_edit.setPlainText("Anna;di;09:00;12:00\nAnna;di;11:00;13:00")
    tab.save_roster()
    wait_idle(qtbot, worker)
    assert tab.roster_message.text() == "Regel 2: overlapt met regel 1 van Anna."
    tab.roster_edit.setPlainText("Anna;di;09:00;12:30")
    tab.save_roster()
    wait_idle(qtbot, worker)
    assert tab.roster_message.text() == "Rooster opgeslagen: 1 regels."
    assert tab.summary.text().startswith("Het rooster dekt")
    assert tab.roster_edit.toPlainText() == "Anna;di;09:00;12:30"


def test_staffing_beside_the_roster(qtbot: Any, tab: ForecastTab, worker: DbWorker) -> None:
    tab.signals_spin.setValue(300)
    tab.compute_staffing()
    wait_idle(qtbot, worker)
    assert tab.staffing is not None and tab.staffing.signals_per_month == 300
    text = tab.staffing_label.text()
    assert "avond" in text and "zaterdag" in text and "Nog geen metingen" in text


def test_a_period_in_the_past_is_one_sentence(
    qtbot: Any, tab: ForecastTab, worker: DbWorker
) -> None:
    from PySide6.QtCore import QDate

    past = datetime(2026, 11, 1, tzinfo=AMSTERDAM)
    tab.from_edit.setDate(QDate(past.year, past.month, past.day))
    tab.load()
    wait_idle(qtbot, worker)
    assert "verleden" in tab.summary.text()
