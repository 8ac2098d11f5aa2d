"""The team lead's Wachtrij tab: a claim appears live and is released or reassigned; the lazy
table of open cases; the period's figures and the export; roles."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from casework_factory import actor_of, make_user
from PySide6.QtCore import QModelIndex
from sqlalchemy import select
from uitest_helpers import make_ui, open_case, wait_idle

from app.clock import FixedClock
from app.db import Database
from app.models import Attempt, AuditEvent, Case
from app.models.enums import Role
from app.services import monitor, queue, report_export
from app.services.context import Actor, AppContext
from app.services.errors import PermissionDenied
from app.ui.context import Prefs
from app.ui.tabs import tabs_for
from app.ui.tabs.queue_models import PAGE, OpenCasesModel
from app.ui.tabs.queue_monitor import QueueMonitorTab
from app.ui.worker import DbWorker

pytestmark = pytest.mark.ui


@pytest.fixture
def people(ui_db: Database) -> dict[str, Actor]:
    with ui_db.begin() as session:
        return {
            "lead": actor_of(make_user(session, "lead", Role.TEAMLEAD, "Tineke Teamleider")),
            "agent": actor_of(make_user(session, "agent1", Role.AGENT, "Anton Agent")),
            "agent2": actor_of(make_user(session, "agent2", Role.AGENT, "Berend Beller")),
        }


@pytest.fixture
def tab(
    qtbot: Any,
    ui_db: Database,
    ui_clock: FixedClock,
    worker: DbWorker,
    prefs: Prefs,
    people: dict[str, Actor],
) -> QueueMonitorTab:
    for _ in range(3):
        open_case(ui_db, ui_clock)
    widget = QueueMonitorTab(make_ui(ui_db, ui_clock, worker, prefs, people["lead"]))
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    wait_idle(qtbot, worker)
    return widget


def _poll(qtbot: Any, tab: QueueMonitorTab) -> None:
    """What the QTimer does every few seconds; called directly to keep the test fast."""
    tab.poll()
    wait_idle(qtbot, tab.ui.worker)


def test_a_claim_appears_live_and_the_team_lead_releases_it(
    qtbot: Any,
    tab: QueueMonitorTab,
    ui_db: Database,
    ui_clock: FixedClock,
    people: dict[str, Actor],
) -> None:
    assert tab.figures is not None and tab.figures.due_now == 3
    assert tab.tile_due.value.text() == "3"
    assert tab.cases.rowCount() == 3
    resets: list[int] = []
    tab.cases.modelReset.connect(lambda: resets.append(1))

    agent_ctx = AppContext(db=ui_db, clock=ui_clock, actor=people["agent"])
    claimed = queue.next_call(agent_ctx)
    assert claimed is not None
    _poll(qtbot, tab)
    assert [(r.case_id, r.agent_name) for r in tab.leases.rows] == [
        (claimed.case_id, "Anton Agent")
    ]
    assert tab.tile_leased.value.text() == "1"
    row = next(r for r in range(3) if tab.cases.row_at(r).case_id == claimed.case_id)  # type: ignore[union-attr]
    assert "Anton Agent" in tab.cases.index(row, 7).data()
    assert resets == []  # the table was updated in place: no flicker

    # Nothing changed: the poll reads only the token, not the figures.
    refreshed = []
    tab.live_shown.connect(lambda _f: refreshed.append(1))
    _poll(qtbot, tab)
    assert refreshed == []

    tab.select_case(claimed.case_id)
    assert tab.release_button.isEnabled()
    with qtbot.waitSignal(tab.action_done, timeout=10_000):
        tab.release_button.click()
    wait_idle(qtbot, tab.ui.worker)
    assert tab.leases.rows == []
    assert "vrijgegeven" in tab.notice.text()
    with ui_db.read() as session:
        case = session.get(Case, claimed.case_id)
        assert case is not None and case.lease_user_id is None


def test_the_team_lead_reassigns_a_case(
    qtbot: Any, tab: QueueMonitorTab, ui_db: Database, people: dict[str, Actor]
) -> None:
    case_id = tab.cases.row_at(0).case_id  # type: ignore[union-attr]
    tab.cases_view.selectRow(0)
    tab.agent_combo.setCurrentIndex(tab.agent_combo.findText("Berend Beller"))
    with qtbot.waitSignal(tab.action_done, timeout=10_000):
        tab.reassign_button.click()
    wait_idle(qtbot, tab.ui.worker)
    assert [(r.case_id, r.agent_name) for r in tab.leases.rows] == [(case_id, "Berend Beller")]
    with ui_db.read() as session:
        case = session.get(Case, case_id)
        assert case is not None and case.lease_user_id == people["agent2"].user_id


def test_open_cases_load_lazily_and_refresh_in_place(
    qtbot: Any,
    ui_db: Database,
    ui_clock: FixedClock,
    worker: DbWorker,
    prefs: Prefs,
    people: dict[str, Actor],
    qtmodeltester: Any,
) -> None:
    from casework_factory import make_case

    now = ui_clock.now()
    with ui_db.begin() as session:
        ids = [make_case(session, opened_at=now, phones=()).id for _ in range(PAGE * 2 + 50)]
    model = OpenCasesModel(make_ui(ui_db, ui_clock, worker, prefs, people["lead"]))
    model.set_filter(monitor.CaseFilter.OPEN)
    wait_idle(qtbot, worker)
    assert model.rowCount() == PAGE and model.total == len(ids)
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    wait_idle(qtbot, worker)
    assert model.rowCount() == 2 * PAGE

    # A case in the loaded range closes, one is added at the end: a removal, no reset.
    resets: list[int] = []
    removed: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsRemoved.connect(lambda _p, a, b: removed.append((a, b)))
    with ui_db.begin() as session:
        case = session.get(Case, ids[10])
        assert case is not None
        case.status = "closed"
        make_case(session, opened_at=now, phones=())
    model.refresh()
    wait_idle(qtbot, worker)
    assert removed == [(10, 10)] and resets == []
    assert model.rowCount() == 2 * PAGE - 1
    assert model.total == len(ids)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        wait_idle(qtbot, worker)
    assert model.rowCount() == len(ids)  # one closed, one new
    qtmodeltester.check(model, force_py=True)


def test_figures_for_a_period_and_export(
    qtbot: Any, tab: QueueMonitorTab, ui_db: Database, tmp_path: Path
) -> None:
    panel = tab.report
    tab.pages.setCurrentIndex(1)
    panel.set_period(date(2026, 1, 1), date(2026, 12, 31))
    with qtbot.waitSignal(panel.report_shown, timeout=10_000):
        panel.show_button.click()
    assert panel.report is not None and panel.report.total.cases == 3
    assert panel.wijk_model.rowCount() == 1
    assert panel.chart.series()
    for fmt in ("csv", "xlsx", "pdf"):
        target = tmp_path / f"rapport.{fmt}"
        with qtbot.waitSignal(panel.export_finished, timeout=30_000) as blocker:
            panel.export(fmt, str(target))
        assert blocker.args == [str(target)]
        assert target.stat().st_size > 0
    text = (tmp_path / "rapport.csv").read_text(encoding="utf-8-sig")
    sections = report_export.read_csv_sections(text)
    assert sections["totaal"][0]["cases"] == "3"
    with ui_db.read() as session:
        kinds = list(
            session.scalars(select(AuditEvent.detail).where(AuditEvent.kind == "report_export"))
        )
    assert [k.split()[0] for k in kinds] == ["format=csv", "format=xlsx", "format=pdf"]


def test_figures_per_channel_and_against_a_baseline(
    qtbot: Any, tab: QueueMonitorTab, ui_db: Database
) -> None:
    panel = tab.report
    tab.pages.setCurrentIndex(1)
    panel.set_period(date(2026, 1, 1), date(2026, 12, 31))
    panel.baseline_box.setChecked(True)
    panel.base_from_edit.setDate(panel.base_from_edit.date().fromString("2025-01-01", "yyyy-MM-dd"))
    panel.base_to_edit.setDate(panel.base_to_edit.date().fromString("2025-12-31", "yyyy-MM-dd"))
    with qtbot.waitSignal(panel.report_shown, timeout=10_000):
        panel.show_button.click()
    assert panel.report is not None and panel.report.baseline is not None
    assert panel.report.baseline.total.cases == 0
    assert "Vergeleken met" in panel.total_label.text()
    # The outbound call is always listed per channel.
    assert panel.channel_model.rowCount() >= 1
    assert panel.channel_model.index(0, 0).data() == "Telefoon (uitgaand)"


def test_follow_up_letters_visit_list_and_a_visit_result(
    qtbot: Any, tab: QueueMonitorTab, ui_db: Database, ui_clock: FixedClock, tmp_path: Path
) -> None:
    from casework_factory import make_case

    from app.models.enums import Channel

    with ui_db.begin() as session:
        for name in ("Aydin", "Bakker"):
            case = make_case(session, opened_at=ui_clock.now(), last_name=name, phones=())
            case.status, case.close_reason, case.follow_up = "closed", "not_reached", "letter"
            case.closed_at = ui_clock.now()
            case.needs_phone = False
    panel = tab.follow_up
    with qtbot.waitSignal(panel.list_shown, timeout=10_000):
        tab.pages.setCurrentWidget(panel)
    assert panel.model.rowCount() == 2
    assert [panel.model.index(r, 0).data() for r in range(2)] == ["Piet Aydin", "Piet Bakker"]
    target = tmp_path / "brieven.pdf"
    with qtbot.waitSignal(panel.action_finished, timeout=30_000):
        panel.print_batch(Channel.LETTER, str(target))  # the message box answers Yes
    wait_idle(qtbot, tab.ui.worker)
    assert target.read_bytes().startswith(b"%PDF")
    assert panel.model.index(0, 6).data()  # sent today
    with ui_db.begin() as session:
        for case in session.scalars(select(Case).where(Case.status == "closed")):
            case.follow_up = "home_visit"
    visits = tmp_path / "bezoek.xlsx"
    with qtbot.waitSignal(panel.action_finished, timeout=30_000):
        panel.export_visit_list("xlsx", str(visits))
    assert visits.stat().st_size > 0
    panel.load()
    wait_idle(qtbot, tab.ui.worker)
    panel.view.selectRow(0)
    with qtbot.waitSignal(panel.action_finished, timeout=10_000):
        panel.record_visit("moved_away")
    wait_idle(qtbot, tab.ui.worker)
    # Moved away: nobody left to visit at that address, so the case leaves the list.
    assert panel.model.rowCount() == 1
    with ui_db.read() as session:
        moved = session.scalars(select(Attempt).where(Attempt.outcome == "moved_away")).one()
        assert moved.channel == "home_visit"


def test_models_pass_the_model_tester(qtmodeltester: Any, tab: QueueMonitorTab) -> None:
    qtmodeltester.check(tab.cases, force_py=True)
    qtmodeltester.check(tab.leases, force_py=True)
    qtmodeltester.check(tab.agents, force_py=True)
    qtmodeltester.check(tab.overdue, force_py=True)


def test_other_roles_do_not_get_the_tab_and_the_service_refuses(
    ui_db: Database, ui_clock: FixedClock, people: dict[str, Actor]
) -> None:
    case_id = open_case(ui_db, ui_clock)
    assert "queue" in [t.key for t in tabs_for(Role.TEAMLEAD)]
    with ui_db.begin() as session:
        coach = actor_of(make_user(session, "coach9", Role.COACH))
    agent_id = people["agent"].user_id or 0
    for actor in (people["agent"], coach):
        assert "queue" not in [t.key for t in tabs_for(actor.role)]
        ctx = AppContext(db=ui_db, clock=ui_clock, actor=actor)
        for call in (
            lambda c=ctx: monitor.live_figures(c),
            lambda c=ctx: monitor.list_cases(c),
            lambda c=ctx: queue.release_lease(c, case_id),
            lambda c=ctx: queue.reassign(c, case_id, agent_id),
        ):
            with pytest.raises(PermissionDenied):
                call()


def test_apply_turns_any_sorted_rows_into_any_other(
    qtbot: Any, ui_db: Database, ui_clock: FixedClock, worker: DbWorker, prefs: Prefs
) -> None:
    import random
    from dataclasses import replace

    from app.services.monitor import CaseRow

    def row(case_id: int, attempts: int = 0) -> CaseRow:
        return CaseRow(
            case_id, "W", date(2026, 11, 1), 100, attempts, 0, False, None,
            None, None, None, None, None, None, None,
        )  # fmt: skip

    rng = random.Random(7)
    model = OpenCasesModel(make_ui(ui_db, ui_clock, worker, prefs, Actor("x", Role.TEAMLEAD)))
    for _ in range(200):
        old = [row(i) for i in sorted(rng.sample(range(60), rng.randrange(0, 40)))]
        new = [row(i) for i in sorted(rng.sample(range(60), rng.randrange(0, 40)))]
        new = [replace(r, attempts_used=1) if rng.random() < 0.2 else r for r in new]
        model._rows = list(old)
        model.apply(new)
        assert model._rows == new
