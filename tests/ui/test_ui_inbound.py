"""The agent's search for a resident who calls back (issue 14), driven with pytest-qt."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select
from uitest_helpers import open_case, wait_idle

from app.models import Attempt, Case
from app.models.enums import Outcome
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


def test_search_open_and_record_an_inbound_conversation(
    qtbot: Any, tab: NextCallTab, ui_db, ui_clock
) -> None:
    case_id = open_case(
        ui_db,
        ui_clock,
        last_name="de Vries",
        first_name="Anna",
        phones=("+31612345678",),
        window=(ui_clock.now() + timedelta(days=2), ui_clock.now() + timedelta(days=2, hours=3)),
    )
    dialog = tab.open_inbound_search()
    assert dialog is not None
    # Too little to go on: one sentence, no list.
    dialog.postcode_edit.setText("2011 AA")
    dialog.search_button.click()
    wait_idle(qtbot, tab.ui.worker)
    assert dialog.model.rowCount() == 0
    assert "achternaam" in dialog.message.text()

    dialog.postcode_edit.clear()
    dialog.phone_edit.setText("06-12 34 56 78")
    dialog.search_button.click()
    wait_idle(qtbot, tab.ui.worker)
    assert dialog.model.rowCount() == 1
    shown = " ".join(
        str(dialog.model.index(0, c).data()) for c in range(dialog.model.columnCount())
    )
    assert "A. de Vries" in shown and "Oude Stad" in shown
    assert "111222333" not in shown and "612345678" not in shown
    dialog.open_button.click()
    wait_idle(qtbot, tab.ui.worker)
    assert tab.state == "case"
    assert tab.claimed is not None and tab.claimed.case_id == case_id
    assert "belt terug" in tab.kind_label.text()
    # Outcomes without a conversation do not fit a resident who calls.
    assert not tab.outcome_buttons[Outcome.NO_ANSWER].isEnabled()
    assert not tab.outcome_buttons[Outcome.WRONG_NUMBER].isEnabled()
    assert tab.outcome_buttons[Outcome.REACHED_NO_HELP_NEEDED].isEnabled()
    with qtbot.waitSignal(tab.outcome_saved, timeout=10_000):
        tab.outcome_buttons[Outcome.REACHED_NO_HELP_NEEDED].click()
    wait_idle(qtbot, tab.ui.worker)
    assert tab.state == "idle"
    with ui_db.read() as session:
        attempt = session.scalars(select(Attempt).where(Attempt.case_id == case_id)).one()
        case = session.get(Case, case_id)
        assert (attempt.channel, attempt.is_contact, attempt.counts_as_attempt) == (
            "phone_in",
            True,
            False,
        )
        assert case is not None and (case.status, case.attempts_used) == ("closed", 0)
