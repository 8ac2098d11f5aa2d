"""The Bellen button and Ctrl+D (issue 15): the desk's dial template or off, and the start of
the call kept on the attempt with its duration."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from sqlalchemy import select
from uitest_helpers import open_case, wait_idle

from app.models import Attempt
from app.models.enums import Outcome
from app.ui.tabs.next_call import NextCallTab

pytestmark = pytest.mark.ui


@pytest.fixture
def tab(qtbot: Any, agent_ui: Any) -> NextCallTab:
    widget = NextCallTab(agent_ui)
    qtbot.addWidget(widget)
    widget.show()
    wait_idle(qtbot, agent_ui.worker)
    return widget


@pytest.fixture
def opened(monkeypatch: Any) -> list[str]:
    urls: list[str] = []

    def capture(url: QUrl) -> bool:
        urls.append(url.toString())
        return True

    monkeypatch.setattr("app.ui.tabs.next_call.QDesktopServices.openUrl", capture)
    return urls


def _claim(qtbot: Any, tab: NextCallTab) -> None:
    tab.next_button.click()
    wait_idle(qtbot, tab.ui.worker)


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("tel:{e164}", ["tel:+31612345678"]),
        ("sip:{e164}@pbx.example", ["sip:+31612345678@pbx.example"]),
        ("callto:", ["callto:+31612345678"]),
        ("", []),
    ],
)
def test_bellen_uses_the_desk_template_and_the_attempt_keeps_the_start(
    qtbot: Any,
    tab: NextCallTab,
    ui_db: Any,
    ui_clock: Any,
    opened: list[str],
    template: str,
    expected: list[str],
) -> None:
    tab.ui.prefs.set("call/dial_uri", template)
    open_case(ui_db, ui_clock, phones=("+31612345678",))
    _claim(qtbot, tab)
    started = ui_clock.now()
    dial_button = next(
        b for b in tab.findChildren(type(tab.next_button)) if b.objectName() == "DialButton"
    )
    dial_button.click()
    assert opened == expected
    assert tab.call_started_at == started
    ui_clock.advance(timedelta(seconds=30))
    tab.dial_selected()  # a redial: the same conversation, the first start counts
    assert tab.call_started_at == started
    ui_clock.advance(timedelta(minutes=2))
    with qtbot.waitSignal(tab.outcome_saved, timeout=10_000):
        tab.outcome_buttons[Outcome.NO_ANSWER].click()
    wait_idle(qtbot, tab.ui.worker)
    assert tab.call_started_at is None
    with ui_db.read() as session:
        attempt = session.scalars(select(Attempt)).one()
        assert attempt.started_at == started and attempt.duration_seconds == 150


def test_a_bad_template_is_one_sentence_and_the_start_still_counts(
    qtbot: Any, tab: NextCallTab, ui_db: Any, ui_clock: Any, opened: list[str]
) -> None:
    tab.ui.prefs.set("call/dial_uri", "{e164}")
    open_case(ui_db, ui_clock, phones=("+31612345678",))
    _claim(qtbot, tab)
    tab.dial_selected()
    assert opened == []
    assert "schema" in tab.notice.text()
    assert tab.call_started_at == ui_clock.now()
