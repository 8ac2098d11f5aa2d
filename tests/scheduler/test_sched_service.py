"""app.services.planning on SQLite and PostgreSQL: planning cases, missed windows, deadlines."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import event, select

from app.clock import AMSTERDAM
from app.db import Database
from app.models import Attempt, Callback, Case, ClosedDay
from app.models.enums import Outcome, Slot
from app.services import planning, settings
from app.services.context import AppContext
from app.services.errors import InvalidInput
from app.services.outcomes import OutcomeInput, record_outcome

_serial = itertools.count(1)


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=AMSTERDAM)  # type: ignore[misc]


def new_case(session, wijk: str = "Oude Stad", at: datetime | None = None) -> Case:  # type: ignore[no-untyped-def]
    opened = at or datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    case = Case(wijk=wijk, opened_at=opened, first_received_on=opened.date())
    session.add(case)
    session.flush()
    return case


def add_attempt(session, case: Case, at: datetime, slot: Slot, contact: bool) -> None:  # type: ignore[no-untyped-def]
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


def test_first_attempt_starts_now_in_the_open_window(db: Database) -> None:
    now = local(2026, 11, 24, 10, 15)  # Tuesday, morning window open
    with db.begin() as session:
        case = new_case(session)
        assert planning.plan_first_attempt(session, case, now)
        assert case.next_slot == "morning"
        assert case.next_window_start == now.astimezone(UTC)
        assert case.next_window_end == local(2026, 11, 24, 12, 30).astimezone(UTC)
        case_id = case.id
    with db.read() as session:
        stored = session.get(Case, case_id)
        assert stored is not None
        assert stored.next_window_start == now
        assert stored.next_window_start.tzinfo is not None


def test_seven_unanswered_calls_follow_every_rule_then_close(ctx: AppContext) -> None:
    now = local(2027, 3, 24, 18, 0)  # Wednesday evening, the week of Easter and DST
    with ctx.db.begin() as session:
        case = new_case(session, at=now)
        assert planning.plan_first_attempt(session, case, now)
        windows = []
        for _ in range(7):
            assert case.status == "open"
            assert case.next_window_start is not None and case.next_window_end is not None
            start = case.next_window_start
            windows.append((Slot(case.next_slot or ""), start.astimezone(AMSTERDAM)))
            record_outcome(session, ctx, case, OutcomeInput(outcome=Outcome.NO_ANSWER, at=start))
        assert case.status == "closed"
        assert case.close_reason == "not_reached"
        assert case.follow_up == "letter"
    days = [w[1].date() for w in windows]
    slots = [w[0] for w in windows]
    assert len(set(days)) == 7 and days == sorted(days)
    assert (days[-1] - days[0]).days <= 20
    assert slots.count(Slot.EVENING) >= 2 and slots.count(Slot.SATURDAY) >= 1
    assert Slot.MORNING in slots and Slot.AFTERNOON in slots
    assert all(a != b for a, b in itertools.pairwise(slots))
    # Good Friday 26 March and Easter Monday 29 March 2027 are closed.
    assert date(2027, 3, 26) not in days and date(2027, 3, 29) not in days


def test_contact_rates_favouring_evenings_send_tie_broken_attempts_to_the_evening(
    db: Database,
) -> None:
    now = local(2026, 11, 24, 10, 0)  # Tuesday morning: morning window open, evening later
    with db.begin() as session:
        # Six weeks of history: in Schalkwijk evenings answer, in Oude Stad mornings do.
        for wijk, good in (("Schalkwijk", Slot.EVENING), ("Oude Stad", Slot.MORNING)):
            other = new_case(session, wijk=wijk)
            for week in range(1, 7):
                day = now - timedelta(weeks=week)
                for slot, hour in ((Slot.MORNING, 10), (Slot.EVENING, 19)):
                    at = day.replace(hour=hour)
                    add_attempt(session, other, at, slot, contact=slot is good)
        session.flush()
        evening_wijk = new_case(session, wijk="Schalkwijk")
        morning_wijk = new_case(session, wijk="Oude Stad")
        assert planning.plan_first_attempt(session, evening_wijk, now)
        assert planning.plan_first_attempt(session, morning_wijk, now)
        assert evening_wijk.next_slot == "evening"
        assert evening_wijk.next_window_start == local(2026, 11, 24, 17, 0).astimezone(UTC)
        assert morning_wijk.next_slot == "morning"

        # Measured 6/6 evenings and 0/6 mornings; the city answered 6/12 in each slot type.
        # Shrunk with 20 prior attempts: (6 + 20 x 0.5) / 26 and (0 + 20 x 0.5) / 26.
        rates = planning.planning_context(session).rates_for(session, "Schalkwijk", now)
        assert rates[Slot.EVENING] == pytest.approx(16 / 26)
        assert rates[Slot.MORNING] == pytest.approx(10 / 26)
        table = planning.planning_context(session).table_for(session, now)
        cell = table.by_wijk["Schalkwijk"][Slot.EVENING]
        assert (cell.attempts, cell.contacts, cell.measured) == (6, 6, 1.0)
        assert table.city[Slot.EVENING].rate == 0.5
        # A wijk without attempts plans with the city's rates.
        assert planning.planning_context(session).rates_for(session, "Spaarndam", now) == {
            Slot.MORNING: 0.5,
            Slot.EVENING: 0.5,
        }


def test_rates_only_count_the_last_weeks(db: Database) -> None:
    now = local(2026, 11, 24, 10, 0)
    with db.begin() as session:
        other = new_case(session, wijk="Zuid")
        add_attempt(session, other, now - timedelta(weeks=9), Slot.EVENING, contact=True)
        add_attempt(session, other, now - timedelta(weeks=2), Slot.EVENING, contact=False)
        session.flush()
        rates = planning.planning_context(session).rates_for(session, "Zuid", now)
        assert rates == {Slot.EVENING: 0.0}


def test_missed_window_moves_to_the_next_window_of_the_same_slot(db: Database) -> None:
    with db.begin() as session:
        case = new_case(session)
        case.next_slot = "evening"
        case.next_window_start = local(2026, 11, 24, 17, 0)
        case.next_window_end = local(2026, 11, 24, 21, 0)
        held = new_case(session)  # an agent is calling this one right now
        held.next_slot = "evening"
        held.next_window_start = local(2026, 11, 24, 17, 0)
        held.next_window_end = local(2026, 11, 24, 21, 0)
        held.lease_expires_at = local(2026, 11, 24, 21, 10)
        called_back = new_case(session)
        called_back.next_slot = "evening"
        called_back.next_window_start = local(2026, 11, 24, 17, 0)
        called_back.next_window_end = local(2026, 11, 24, 21, 0)
        session.flush()
        session.add(
            Callback(
                case_id=called_back.id,
                due_at=local(2026, 11, 25, 10, 0),
                status="open",
                created_at=local(2026, 11, 24, 9, 0),
            )
        )
        no_phone = new_case(session)
        no_phone.needs_phone = True
        no_phone.next_slot = "evening"
        no_phone.next_window_start = local(2026, 11, 24, 17, 0)
        no_phone.next_window_end = local(2026, 11, 24, 21, 0)
        session.flush()
        now = local(2026, 11, 24, 21, 1)
        result = planning.move_missed_windows(session, now)
        assert result.moved == 1 and result.closed_case_ids == []
        assert case.next_slot == "evening"
        assert case.next_window_start == local(2026, 11, 25, 17, 0)
        assert case.missed_windows == 1
        assert case.attempts_used == 0
        assert held.next_window_start == local(2026, 11, 24, 17, 0)
        assert called_back.next_window_start == local(2026, 11, 24, 17, 0)
        assert no_phone.next_window_start == local(2026, 11, 24, 17, 0)
        again = planning.move_missed_windows(session, now)
        assert again.moved == 0


def test_missed_window_past_the_deadline_closes_when_nothing_fits(db: Database) -> None:
    with db.begin() as session:
        case = new_case(session)
        first = local(2026, 11, 2, 10, 0)  # Monday; the plan may run until 22 November
        slots = [Slot.MORNING, Slot.AFTERNOON, Slot.EVENING, Slot.SATURDAY]
        for i, slot in enumerate(slots):
            add_attempt(session, case, first + timedelta(days=i), slot, contact=False)
        case.plan_started_at = first
        case.attempts_used = 4
        case.next_slot = "evening"
        case.next_window_start = local(2026, 11, 20, 17, 0)
        case.next_window_end = local(2026, 11, 20, 21, 0)
        session.flush()
        # Friday evening missed; next evening (Monday 23) is past day 20: re-planned instead.
        result = planning.move_missed_windows(session, local(2026, 11, 20, 21, 5))
        assert result.moved == 1
        assert case.next_slot == "saturday"
        assert case.next_window_start == local(2026, 11, 21, 10, 0)
        # That one missed too: nothing is left before 23 November.
        result = planning.move_missed_windows(session, local(2026, 11, 21, 16, 5))
        assert result.closed_case_ids == [case.id]
        assert case.status == "closed" and case.close_reason == "not_reached"


def test_handoff_deadlines_count_working_days(db: Database) -> None:
    with db.begin() as session:
        session.add(ClosedDay(day=date(2026, 12, 24), reason="Kerstavond"))
        session.flush()
        friday = local(2026, 12, 18, 14, 0)
        target, legal = planning.handoff_deadlines(session, friday, urgent=False)
        # Mon 21, Tue 22, Wed 23, (24 closed, 25 and 26 holidays), Mon 28, Tue 29.
        assert target == date(2026, 12, 29)
        assert legal == date(2027, 1, 15)
        target, legal = planning.handoff_deadlines(session, friday, urgent=True)
        assert legal == date(2026, 12, 23)
        assert target == legal  # never later than the law


def test_callback_time_must_be_inside_a_window(db: Database) -> None:
    with db.begin() as session:
        planning.check_callback_time(session, local(2026, 11, 28, 11, 0))  # Saturday
        with pytest.raises(InvalidInput, match="eerstvolgende belvenster begint op 30-11-2026"):
            planning.check_callback_time(session, local(2026, 11, 29, 11, 0))  # Sunday
        with pytest.raises(InvalidInput):
            planning.check_callback_time(session, local(2026, 12, 25, 10, 0))
        with pytest.raises(InvalidInput):
            planning.check_callback_time(session, datetime(2026, 11, 30, 10, 0))


def test_settings_and_closed_days_from_the_database(db: Database) -> None:
    with db.begin() as session:
        windows = dict(settings.DEFAULT_CALLING_WINDOWS)
        windows["evening"] = {"weekdays": [0, 1, 2, 3], "start": "18:00", "end": "20:30"}
        settings.put(session, "calling_windows", windows)
        session.add(ClosedDay(day=date(2026, 11, 25), reason="Teamdag"))
    with db.begin() as session:
        case = new_case(session, wijk="Noord")
        assert planning.plan_first_attempt(session, case, local(2026, 11, 24, 20, 45))
        # Tuesday's evening is over at 20:30, Wednesday is closed: Thursday.
        assert case.next_window_start == local(2026, 11, 26, 9, 0)
        assert planning.slot_of_moment(session, local(2026, 11, 24, 17, 30)) is Slot.AFTERNOON
        assert planning.open_window(session, local(2026, 11, 25, 10, 0)) is None
        assert planning.next_window_opening(session, local(2026, 11, 25, 10, 0)) == local(
            2026, 11, 26, 9, 0
        )


def test_many_cases_load_settings_once_per_unit_of_work(db: Database) -> None:
    statements: list[str] = []

    def count(conn, cursor, statement, *args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    now = local(2026, 11, 24, 10, 0)
    with db.begin() as session:
        cases = [new_case(session, wijk=f"W{i % 3}") for i in range(30)]
        event.listen(db.engine, "before_cursor_execute", count)
        try:
            for case in cases:
                assert planning.plan_next_attempt(session, case, now)
        finally:
            event.remove(db.engine, "before_cursor_execute", count)
    settings_queries = [s for s in statements if "FROM settings" in s]
    closed_queries = [s for s in statements if "FROM closed_days" in s]
    assert len(settings_queries) == 1 and len(closed_queries) == 1
    # One contact-rate query for all wijken, one history query per case (autoflush UPDATEs
    # of the planned cases aside).
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) <= 2 + 1 + len(cases)


def test_case_without_attempts_in_history_uses_plan_started_at(db: Database) -> None:
    with db.begin() as session:
        case = new_case(session)
        case.plan_started_at = local(2026, 11, 2, 10, 0)  # a first call that reached someone
        session.flush()
        # 22 November is the last day of that plan.
        assert not planning.plan_next_attempt(session, case, local(2026, 11, 23, 9, 0))
        assert case.next_slot is None
    with db.read() as session:
        assert session.scalar(select(Case.id).where(Case.next_slot.is_not(None))) is None
