"""Resident-supplied text is shown as text: a name with HTML in it is not rendered (issue 16)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from casework_factory import actor_of, hand_off, make_user
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from uitest_helpers import make_ui, open_case, wait_idle

from app.models.enums import Role
from app.ui import plain_text
from app.ui.tabs.handoff import HandoffTab
from app.ui.tabs.next_call import NextCallTab

pytestmark = pytest.mark.ui

HOSTILE = "<span style='font-size:40pt;color:red'>Jansen</span>"


def test_the_agents_card_shows_a_hostile_name_as_text(
    qtbot: Any, agent_ui: Any, ui_db: Any, ui_clock: Any
) -> None:
    open_case(ui_db, ui_clock, last_name=HOSTILE, first_name="<b>Anna</b>")
    tab = NextCallTab(agent_ui)
    qtbot.addWidget(tab)
    tab.show()
    wait_idle(qtbot, agent_ui.worker)
    tab.next_button.click()
    wait_idle(qtbot, agent_ui.worker)
    assert tab.state == "case"
    assert tab.name_label.text() == f"<b>Anna</b> {HOSTILE}"
    for label in (tab.name_label, tab.address_label, tab.creditors_label):
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_the_coachs_card_shows_hostile_text_as_text(
    qtbot: Any, ui_db: Any, ui_clock: Any, worker: Any, prefs: Any, admin_ctx: Any
) -> None:
    with ui_db.begin() as session:
        coach = actor_of(make_user(session, "coach1", Role.COACH, "Carla Coach"))
    hand_off(admin_ctx, at=ui_clock.now() - timedelta(hours=1), last_name=HOSTILE)
    tab = HandoffTab(make_ui(ui_db, ui_clock, worker, prefs, coach))
    qtbot.addWidget(tab)
    tab.show()
    wait_idle(qtbot, worker)
    with qtbot.waitSignal(tab.details_loaded, timeout=10_000):
        tab.table.selectRow(0)
    assert HOSTILE in tab.name_label.text()
    assert tab.name_label.textFormat() == Qt.TextFormat.PlainText
    values = [w for w in tab.card.findChildren(QLabel) if HOSTILE in w.text()]
    assert values and all(w.textFormat() == Qt.TextFormat.PlainText for w in values)


def test_every_label_left_on_automatic_becomes_plain(qtbot: Any, qapp: Any) -> None:
    plain_text.install(qapp)
    host = QWidget()
    qtbot.addWidget(host)
    automatic = QLabel(HOSTILE, host)
    ours = plain_text.rich(QLabel("<b>vet</b>", host))
    host.show()
    assert automatic.textFormat() == Qt.TextFormat.PlainText
    assert ours.textFormat() == Qt.TextFormat.RichText


def test_a_tooltip_shows_the_text_as_it_is() -> None:
    tip = plain_text.tooltip(HOSTILE)
    assert "<span" not in tip and "&lt;span" in tip
    assert plain_text.tooltip("") == ""
