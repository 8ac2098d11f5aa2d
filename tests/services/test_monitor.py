"""The team lead's live queue figures, the change token and the paged case listing."""

from __future__ import annotations

import time
from dataclasses import fields
from datetime import UTC, date, datetime, timedelta

import pytest
from casework_factory import actor_of, hand_off, make_case, make_user
from sqlalchemy import insert, select, text

from app.clock import FixedClock
from app.models import AuditEvent, Callback, Case
from app.models.enums import Outcome, Role, Slot
from app.services import monitor
from app.services.context import AppContext
from app.services.errors import InvalidInput, PermissionDenied
from app.services.monitor import CaseFilter
from app.services.outcomes import OutcomeInput, record_outcome

# The conftest clock: Tuesday 24 November 2026, 10:00 in Amsterdam (09:00 UTC).
MORNING = (datetime(2026, 11, 24, 8, 0, tzinfo=UTC), datetime(2026, 11, 24, 11, 30, tzinfo=UTC))
EVENING = (datetime(2026, 11, 24, 16, 0, tzinfo=UTC), datetime(2026, 11, 24, 20, 0, tzinfo=UTC))
YESTERDAY = (datetime(2026, 11, 23, 8, 0, tzinfo=UTC), datetime(2026, 11, 23, 11, 30, tzinfo=UTC))


@pytest.fixture
def people(ctx: AppContext) -> dict[str, AppContext]:
    with ctx.db.begin() as session:
        users = {
            "lead": make_user(session, "lead", Role.TEAMLEAD, "Tineke Teamleider"),
            "agent": make_user(session, "agent", Role.AGENT, "Anton Agent"),
            "agent2": make_user(session, "agent2", Role.AGENT, "Berend Beller"),
            "coach": make_user(session, "coach", Role.COACH, "Carla Coach"),
            "admin": make_user(session, "admin", Role.ADMIN, "Ada Admin"),
        }
    return {name: ctx.as_actor(actor_of(user)) for name, user in users.items()}


def _lease(ctx: AppContext, case_id: int, user_id: int | None, at: datetime) -> None:
    with ctx.db.begin() as session:
        case = session.get(Case, case_id)
        assert case is not None
        case.lease_user_id = user_id
        case.lease_claimed_at = at if user_id else None
        case.lease_expires_at = at + timedelta(minutes=15) if user_id else None


def _call(ctx: AppContext, case_id: int, outcome: Outcome, agent: AppContext, at: datetime) -> None:
    with ctx.db.begin() as session:
        case = session.get(Case, case_id)
        assert case is not None
        from app.services.outcomes import HelpRequestInput

        record_outcome(
            session,
            ctx,
            case,
            OutcomeInput(
                outcome=outcome,
                at=at,
                agent_id=agent.actor.user_id,
                agent_name=agent.actor.username,
                help_request=HelpRequestInput(help_types=["boom"])  # type: ignore[list-item]
                if outcome is Outcome.REACHED_HELP_ACCEPTED
                else None,
            ),
        )


def test_live_figures(ctx: AppContext, clock: FixedClock, people: dict[str, AppContext]) -> None:
    now = clock.now()
    with ctx.db.begin() as session:
        due = [make_case(session, opened_at=now, window=MORNING).id for _ in range(3)]
        leased = make_case(session, opened_at=now, window=MORNING).id
        passed = make_case(session, opened_at=now, window=YESTERDAY).id
        make_case(session, opened_at=now, window=EVENING, slot="evening")
        make_case(session, opened_at=now, phones=(), window=None)
        later = make_case(session, opened_at=now, window=EVENING, slot="evening")
        later.missed_windows = 2
        session.add_all(
            [
                Callback(case_id=due[0], due_at=now + timedelta(hours=2), created_at=now),
                Callback(case_id=passed, due_at=now - timedelta(minutes=5), created_at=now),
                Callback(case_id=later.id, due_at=now + timedelta(days=1), created_at=now),
            ]
        )
    _lease(ctx, leased, people["agent2"].actor.user_id, now - timedelta(minutes=3))
    # Anton called twice this morning: no answer, then a help request (handoff).
    _call(ctx, due[1], Outcome.NO_ANSWER, people["agent"], now - timedelta(minutes=30))
    _call(ctx, due[2], Outcome.REACHED_HELP_ACCEPTED, people["agent"], now - timedelta(minutes=10))
    # A handoff from six weeks ago without a coach's contact: past both deadlines.
    hand_off(ctx, at=now - timedelta(days=42), window=None)

    fig = monitor.live_figures(people["lead"])
    assert fig.due_now_by_slot == {
        Slot.MORNING: 1,
        Slot.AFTERNOON: 0,
        Slot.EVENING: 0,
        Slot.SATURDAY: 0,
    }
    assert fig.due_now == 1
    assert fig.due_today_by_slot == {
        Slot.MORNING: 2,  # due[0] and the leased one; due[1] was moved to a later day
        Slot.AFTERNOON: 0,
        Slot.EVENING: 2,
        Slot.SATURDAY: 0,
    }
    assert fig.leased_now == 1
    assert [(lease.case_id, lease.agent_name) for lease in fig.leases] == [
        (leased, "Berend Beller")
    ]
    assert fig.leases[0].claimed_at == now - timedelta(minutes=3)
    assert fig.callbacks_due_today == 2  # today's and an overdue one; tomorrow's is not
    assert fig.callbacks_due_now == 1
    assert fig.windows_passed == 1
    assert fig.missed_windows_total == 2
    assert fig.needs_phone == 1
    assert fig.open_cases == 7  # due[1] moved on to its next window, due[2] was handed off
    assert fig.handed_off == 2
    assert [(a.agent_name, a.calls, a.contacts, a.help_requests) for a in fig.agents_today] == [
        ("Anton Agent", 2, 1, 1)
    ]
    assert fig.handoffs_open == 2
    assert (fig.handoffs_past_target, fig.handoffs_past_legal) == (1, 1)
    assert fig.overdue_handoffs[0].past_legal


def test_change_token_moves_only_on_change(
    ctx: AppContext, clock: FixedClock, people: dict[str, AppContext]
) -> None:
    now = clock.now()
    with ctx.db.begin() as session:
        case_id = make_case(session, opened_at=now, window=MORNING).id
    lead = people["lead"]
    first = monitor.change_token(lead)
    assert monitor.change_token(lead) == first
    _lease(ctx, case_id, people["agent"].actor.user_id, now)
    claimed = monitor.change_token(lead)
    assert claimed != first
    _lease(ctx, case_id, None, now)
    released = monitor.change_token(lead)
    assert released != claimed
    _call(ctx, case_id, Outcome.NO_ANSWER, people["agent"], now)
    assert monitor.change_token(lead) != released
    settled = monitor.change_token(lead)
    clock.advance(timedelta(minutes=1))
    assert monitor.change_token(lead) != settled  # windows open and leases expire with time
    assert monitor.change_token(people["coach"]).minute  # coaches refresh their list with it


def test_list_cases_pages_by_keyset_without_personal_data(
    ctx: AppContext, clock: FixedClock, people: dict[str, AppContext]
) -> None:
    now = clock.now()
    with ctx.db.begin() as session:
        ids = [
            make_case(session, opened_at=now, window=MORNING, wijk=f"W{i % 3}").id
            for i in range(25)
        ]
        make_case(session, opened_at=now, phones=())
    lead = people["lead"]
    _lease(ctx, ids[4], people["agent"].actor.user_id, now - timedelta(minutes=1))
    session_rows: list[int] = []
    after: int | None = None
    while True:
        page = monitor.list_cases(lead, CaseFilter.DUE_NOW, after_id=after, limit=10)
        if not page:
            break
        session_rows.extend(r.case_id for r in page)
        after = page[-1].case_id
    assert session_rows == [i for i in ids if i != ids[4]]
    assert monitor.count_cases(lead, CaseFilter.DUE_NOW) == 24
    assert monitor.count_cases(lead) == 26
    assert monitor.count_cases(lead, CaseFilter.NEEDS_PHONE) == 1
    leased = monitor.list_cases(lead, CaseFilter.LEASED)
    assert [(r.case_id, r.lease_agent_name) for r in leased] == [(ids[4], "Anton Agent")]
    assert leased[0].is_leased(now)
    w1 = monitor.list_cases(lead, wijk="W1", limit=1000)
    assert {r.wijk for r in w1} == {"W1"} and len(w1) == 8
    assert monitor.wijken(lead) == ["Oude Stad", "W0", "W1", "W2"]
    names = {f.name for f in fields(monitor.CaseRow)}
    assert not names & {"last_name", "first_name", "bsn", "phone", "street", "email"}


def test_list_cases_shows_the_next_callback(
    ctx: AppContext, clock: FixedClock, people: dict[str, AppContext]
) -> None:
    now = clock.now()
    with ctx.db.begin() as session:
        case_id = make_case(session, opened_at=now, window=MORNING).id
        session.add(Callback(case_id=case_id, due_at=now + timedelta(hours=3), created_at=now))
    (row,) = monitor.list_cases(people["lead"])
    assert row.next_callback_at == now + timedelta(hours=3)
    assert row.next_slot is Slot.MORNING


@pytest.mark.parametrize("who", ["agent", "coach", "admin"])
def test_other_roles_cannot_watch_the_queue(
    ctx: AppContext, people: dict[str, AppContext], who: str
) -> None:
    other = people[who]
    for call in (
        lambda: monitor.live_figures(other),
        lambda: monitor.list_cases(other),
        lambda: monitor.count_cases(other),
        lambda: monitor.wijken(other),
    ):
        with pytest.raises(PermissionDenied):
            call()
    if who == "agent":
        with pytest.raises(PermissionDenied):
            monitor.change_token(other)


@pytest.mark.slow
def test_figures_stay_cheap_with_100000_open_cases(
    ctx: AppContext, clock: FixedClock, people: dict[str, AppContext]
) -> None:
    now = clock.now()
    rows = [
        {
            "wijk": f"Wijk {i % 21}",
            "status": "open",
            "opened_at": now,
            "first_received_on": date(2026, 11, 1),
            "total_arrears_cents": i,
            "attempts_used": i % 7,
            "missed_windows": i % 3,
            "needs_phone": i % 50 == 0,
            # A plan spreads the open cases over 21 days and the day's windows.
            "next_slot": "evening" if i % 3 else "morning",
            "next_window_start": (EVENING if i % 3 else MORNING)[0] + timedelta(days=i % 21 - 3),
            "next_window_end": (EVENING if i % 3 else MORNING)[1] + timedelta(days=i % 21 - 3),
        }
        for i in range(100_000)
    ]
    with ctx.db.begin() as session:
        if ctx.db.is_sqlite:
            session.execute(insert(Case), rows)
        else:
            # Multi-row INSERTs, as an import's COPY: PostgreSQL's count trigger (migration
            # 0011) then runs once per statement, not once per row of an executemany.
            for first in range(0, len(rows), 2000):
                session.execute(insert(Case).values(rows[first : first + 2000]))
    if not ctx.db.is_sqlite:  # what autovacuum does after a bulk load on a real server
        with ctx.db.engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").execute(text("ANALYZE cases"))
    lead = people["lead"]
    monitor.live_figures(lead)  # warm the caches, as a running tab would have
    started = time.perf_counter()
    fig = monitor.live_figures(lead)
    figures_s = time.perf_counter() - started
    started = time.perf_counter()
    monitor.change_token(lead)
    token_s = time.perf_counter() - started
    started = time.perf_counter()
    page = monitor.list_cases(lead, after_id=90_000, limit=200)
    page_s = time.perf_counter() - started
    assert fig.open_cases == 100_000 and len(page) == 200
    # Generous bounds (a shared CI machine); bench/queue_tab.py measures the real figures.
    assert token_s < 0.1, token_s
    assert page_s < 0.2, page_s
    assert figures_s < 1.0, figures_s


def test_agents_for_reassign_and_audited_export(
    ctx: AppContext, people: dict[str, AppContext]
) -> None:
    lead = people["lead"]
    assert [a.display_name for a in monitor.list_agents(lead)] == ["Anton Agent", "Berend Beller"]
    monitor.record_export(lead, "pdf", date(2026, 1, 1), None)
    with pytest.raises(InvalidInput):
        monitor.record_export(lead, "docx", None, None)
    with ctx.db.read() as session:
        details = list(
            session.scalars(select(AuditEvent.detail).where(AuditEvent.kind == "report_export"))
        )
    assert details == ["format=pdf from=2026-01-01 to=-"]
    for who in ("agent", "coach"):
        with pytest.raises(PermissionDenied):
            monitor.record_export(people[who], "csv", None, None)
        with pytest.raises(PermissionDenied):
            monitor.list_agents(people[who])
