"""The next two weeks against the roster, and staffing a month (issue 15, parts 3-5).

The conftest clock stands on Tuesday 24 November 2026, 10:00 Amsterdam (CET).
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import insert, update

from app.cli import main
from app.clock import AMSTERDAM, FixedClock
from app.db import Database
from app.models import Attempt, Callback, Case, ClosedDay
from app.models.enums import Role, Slot
from app.scheduler.calendar import CallingCalendar
from app.services import forecast, planning
from app.services.context import Actor, AppContext
from app.services.errors import InvalidInput, PermissionDenied
from tests.queue.world import CaseSpec, add_cases

TEAMLEAD = Actor(username="tessa", role=Role.TEAMLEAD, user_id=None)


def _ctx(db: Database, clock: FixedClock, actor: Actor = TEAMLEAD) -> AppContext:
    return AppContext(db=db, clock=clock, actor=actor)


def _local(*args: int) -> datetime:
    return datetime(*args, tzinfo=AMSTERDAM).astimezone(UTC)


def _cells(result: forecast.Forecast) -> dict[tuple[date, Slot], forecast.ForecastRow]:
    return {(row.day, row.slot): row for row in result.rows}


def _plan_cells(
    context: planning.PlanningContext, now: datetime, cases: int
) -> Counter[tuple[date, Slot]]:
    """The planner's own plan for cases whose first attempt is the window open at `now`."""
    first = context.calendar.open_window(now)
    assert first is not None
    expected = Counter({(first.day, first.slot): cases})
    history = [planning.PastAttempt(first.slot, first.start)]
    at = first.start
    while True:
        nxt = planning.planner.next_attempt(
            context.calendar, context.rules, history, at, None, plan_start=first.day
        )
        if nxt is None:
            return expected
        expected[(nxt.window.day, nxt.slot)] += cases
        history.append(planning.PastAttempt(nxt.slot, nxt.window.start))
        at = nxt.window.start


# --- the roster ------------------------------------------------------------------------------


def test_roster_lines_pattern_and_exceptions() -> None:
    shifts = forecast.parse_roster(
        "# naam;dag;begin;eind\n"
        "Anna;di;16:00;21:00\n"
        "Bram, di, 09:00, 12:30\n"
        "Bram;di;13:00;17:00\n"
        "\n"
        "Anna;2026-12-01;vrij\n"
        "Bram;01-12-2026;17:00;21:00\n"
    )
    roster = forecast.Roster(tuple(shifts))
    calendar = CallingCalendar()
    tuesday = date(2026, 11, 24)
    hours = roster.hours_on(tuesday, calendar.windows_on(tuesday))
    assert hours == {Slot.MORNING: 3.5, Slot.AFTERNOON: 4.0 + 1.0, Slot.EVENING: 4.0}
    # On 1 December Anna is off and Bram works only the evening (the exception replaces his
    # pattern for that date).
    december = date(2026, 12, 1)
    assert roster.hours_on(december, calendar.windows_on(december)) == {
        Slot.MORNING: 0.0,
        Slot.AFTERNOON: 0.0,
        Slot.EVENING: 4.0,
    }
    # Shifts outside every window and days without windows give no hours.
    assert roster.hours_on(date(2026, 11, 29), calendar.windows_on(date(2026, 11, 29))) == {}
    assert "Anna;2026-12-01;vrij" in [s.text() for s in shifts]


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("Anna;di;16:00;21:00\nAnna;di;20:00;22:00", "Regel 2: overlapt met regel 1"),
        ("Anna;di;21:00;16:00", "Regel 1: het einde"),
        ("Anna;di;16:00;25:00", "Regel 1: '25:00' is geen bestaande tijd"),
        ("Anna;di;-1:00;12:00", "Regel 1: '-1:00' is geen tijd"),
        ("Anna;dinsdagmiddag;16:00;21:00", "Regel 1: 'dinsdagmiddag' is geen weekdag"),
        ("\nAnna;di", "Regel 2: verwacht"),
        ("Anna;di;vrij", "'vrij' geldt voor een datum"),
        ("Anna;2026-12-01;vrij\nAnna;2026-12-01;09:00;12:00", "Regel 2: Anna is op die datum"),
    ],
)
def test_a_bad_roster_is_one_sentence_with_its_line(text: str, sentence: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        forecast.parse_roster(text)
    assert str(caught.value).startswith(sentence) or sentence in str(caught.value)
    assert "\n" not in str(caught.value)


def test_the_team_lead_keeps_the_roster_and_an_agent_may_not(
    db: Database, clock: FixedClock
) -> None:
    ctx = _ctx(db, clock)
    assert forecast.set_roster(ctx, "Anna;di;16:00;21:00\nAnna;2026-12-01;vrij") == 2
    assert forecast.roster_text(ctx) == "Anna;di;16:00;21:00\nAnna;2026-12-01;vrij"
    with pytest.raises(InvalidInput):
        forecast.set_roster(ctx, "Anna;di;16:00;21:00\nAnna;di;17:00;18:00")
    assert forecast.roster_text(ctx).count("\n") == 1  # the bad roster changed nothing
    agent = Actor(username="anna", role=Role.AGENT, user_id=None)
    with pytest.raises(PermissionDenied):
        forecast.forecast(_ctx(db, clock, agent))
    with pytest.raises(PermissionDenied):
        forecast.set_roster(_ctx(db, clock, agent), "")


# --- the forecast ----------------------------------------------------------------------------


def test_empty_database_has_nothing_planned(db: Database, clock: FixedClock) -> None:
    result = forecast.forecast(_ctx(db, clock), None, 14)
    assert result.nothing_planned and result.shortfall == 0
    # Only days with windows have rows: Sundays have none.
    assert {row.day.weekday() for row in result.rows} == {0, 1, 2, 3, 4, 5}
    assert len({row.day for row in result.rows}) == 12


@pytest.mark.parametrize(
    ("start", "days", "sentence"),
    [
        (date(2026, 11, 23), 14, "verleden"),
        (None, 0, "1 of meer"),
        (None, -3, "1 of meer"),
        (None, 400, "hoogstens"),
    ],
)
def test_bad_period_is_one_sentence(
    db: Database, clock: FixedClock, start: date | None, days: int, sentence: str
) -> None:
    with pytest.raises(InvalidInput, match=sentence):
        forecast.forecast(_ctx(db, clock), start, days)


def test_planned_attempts_follow_the_plan_of_each_open_case(
    db: Database, clock: FixedClock
) -> None:
    """Three new cases due this morning: their whole plan, as the planner makes it."""
    add_cases(db, 3)
    result = forecast.forecast(_ctx(db, clock), None, 28)
    planned = Counter({key: row.planned for key, row in _cells(result).items() if row.planned})
    # The planner's own continuation of a plan whose first attempt is this morning's window.
    expected = _plan_cells(planning.PlanningContext.defaults(), clock.now(), 3)
    assert planned == expected
    assert sum(planned.values()) == 3 * 7
    assert result.open_cases == 3
    # No capacity in the roster: every attempt is short; but each missed window can still
    # move within the 21 days, so nobody's plan runs late yet.
    assert result.shortfall == 21 and result.late == 0


def test_a_missed_last_window_makes_the_resident_late(db: Database, clock: FixedClock) -> None:
    """A plan whose 21 days end today: missing tonight's window cannot be made up."""
    tue = date(2026, 11, 24)
    (case_id,) = add_cases(
        db, 1, CaseSpec(window=(_local(2026, 11, 24, 17, 0), _local(2026, 11, 24, 21, 0)))
    )
    with db.begin() as session:
        session.execute(
            update(Case)
            .where(Case.id == case_id)
            .values(next_slot="evening", plan_started_at=_local(2026, 11, 4, 11, 0))
        )
    ctx = _ctx(db, clock)
    evening = _cells(forecast.forecast(ctx, None, 7))[(tue, Slot.EVENING)]
    assert (evening.planned, evening.critical, evening.shortfall, evening.late) == (1, 1, 1, 1)
    forecast.set_roster(ctx, "Anna;di;17:00;18:00")
    evening = _cells(forecast.forecast(ctx, None, 7))[(tue, Slot.EVENING)]
    assert (evening.capacity, evening.shortfall, evening.late) == (10, 0, 0)


@pytest.mark.parametrize("tried_slots", ["2,1,1,1", "0,0,0,0", None])
def test_history_counts_and_passed_windows(
    db: Database, clock: FixedClock, tried_slots: str | None
) -> None:
    """A case with five attempts has two left; a window that passed moves to the next one.

    With `tried_slots` kept (as record_outcome does) the forecast reads the cases only; out of
    step with the attempts (written around record_outcome) or missing, it counts the
    attempts themselves: the same answer."""
    tue = date(2026, 11, 24)
    (case_id,) = add_cases(
        db, 1, CaseSpec(window=(_local(2026, 11, 23, 17, 0), _local(2026, 11, 23, 21, 0)))
    )
    slots = ["morning", "afternoon", "evening", "saturday", "morning"]
    with db.begin() as session:
        session.execute(
            insert(Attempt),
            [
                {
                    "case_id": case_id,
                    "at": _local(2026, 11, 16 + i, 11, 0),
                    "slot": slot,
                    "outcome": "no_answer",
                    "is_contact": False,
                    "counts_as_attempt": True,
                    "agent_name": "x",
                    "source": "history",
                    "created_at": clock.now(),
                }
                for i, slot in enumerate(slots)
            ],
        )
        session.execute(
            update(Case)
            .where(Case.id == case_id)
            .values(
                attempts_used=5,
                plan_started_at=_local(2026, 11, 16, 11, 0),
                next_slot="evening",
                tried_slots=tried_slots,
            )
        )
    result = forecast.forecast(_ctx(db, clock), None, 14)
    planned = {key: row.planned for key, row in _cells(result).items() if row.planned}
    # Monday's evening passed unused: the job moves it to this Tuesday evening.
    assert planned[(tue, Slot.EVENING)] == 1
    assert sum(planned.values()) == 2  # attempts 6 and 7
    assert all(day <= date(2026, 12, 6) for day, _slot in planned)  # within 21 days


def test_callbacks_capacity_and_shortfall(db: Database, clock: FixedClock) -> None:
    ctx = _ctx(db, clock)
    wed = date(2026, 11, 25)
    case_ids = add_cases(
        db, 30, CaseSpec(window=(_local(2026, 11, 25, 17, 0), _local(2026, 11, 25, 21, 0)))
    )
    with db.begin() as session:
        session.execute(update(Case).values(next_slot="evening"))  # CaseSpec says morning
        for case_id in case_ids[:4]:
            session.execute(
                update(Case)
                .where(Case.id == case_id)
                .values(next_slot=None, next_window_start=None, next_window_end=None)
            )
            session.add(
                Callback(
                    case_id=case_id,
                    due_at=_local(2026, 11, 25, 18, 30),
                    status="open",
                    created_at=clock.now(),
                )
            )
        # Measured handling: calls of 5 minutes plus 1 minute wrap-up = 10 calls an hour.
        session.execute(
            insert(Attempt),
            [
                {
                    "case_id": case_ids[-1],
                    "at": clock.now() - timedelta(days=d),
                    "slot": "evening",
                    "outcome": "reached_no_help_needed",
                    "is_contact": True,
                    "counts_as_attempt": False,  # keeps the case's plan as it is
                    "agent_name": "x",
                    "source": "app",
                    "created_at": clock.now(),
                    "started_at": clock.now() - timedelta(days=d, minutes=5),
                    "duration_seconds": 300,
                    "wrap_up_seconds": 60,
                }
                for d in (1, 2, 3)
            ],
        )
    forecast.set_roster(ctx, "Anna;wo;18:00;20:00\nBram;2026-11-25;17:00;18:00")
    result = forecast.forecast(ctx, wed, 1)
    evening = _cells(result)[(wed, Slot.EVENING)]
    assert evening.planned == 26 and evening.callbacks == 4
    assert evening.agent_hours == pytest.approx(3.0)
    assert result.calls_per_hour[Slot.EVENING] == pytest.approx(10.0)
    assert evening.capacity == 30 and evening.shortfall == 0
    forecast.set_roster(ctx, "Anna;wo;18:00;20:00")
    evening = _cells(forecast.forecast(ctx, wed, 1))[(wed, Slot.EVENING)]
    assert evening.capacity == 20 and evening.shortfall == 10
    assert evening.to_json() | {"agent_hours": 0, "late": 0} == {
        "date": "2026-11-25",
        "slot": "evening",
        "planned": 26,
        "callbacks": 4,
        "capacity": 20,
        "shortfall": 10,
        "agent_hours": 0,
        "late": 0,
    }


def test_an_overdue_callback_counts_in_the_next_window(db: Database, clock: FixedClock) -> None:
    """Booked for last night and still open: the queue hands it out in the next window."""
    (case_id,) = add_cases(db, 1, CaseSpec(window=None))
    with db.begin() as session:
        session.add(
            Callback(
                case_id=case_id,
                due_at=_local(2026, 11, 23, 19, 0),
                status="open",
                created_at=clock.now(),
            )
        )
    clock.set(_local(2026, 11, 24, 7, 0))  # before the morning window opens
    cells = _cells(forecast.forecast(_ctx(db, clock), None, 2))
    assert cells[(date(2026, 11, 24), Slot.MORNING)].callbacks == 1
    assert sum(row.callbacks for row in cells.values()) == 1
    assert sum(row.planned for row in cells.values()) == 0


def test_holidays_closed_days_and_daylight_saving(db: Database, clock: FixedClock) -> None:
    """Christmas, a closed day and the Sunday the clocks change have no rows and no work."""
    ctx = _ctx(db, clock)
    with db.begin() as session:
        session.add(ClosedDay(day=date(2026, 12, 24), reason="Kerstavond"))
    clock.set(_local(2026, 12, 21, 10, 0))
    add_cases(db, 2, CaseSpec(window=(_local(2026, 12, 21, 9, 0), _local(2026, 12, 21, 12, 30))))
    forecast.set_roster(ctx, "Anna;do;09:00;17:00\nAnna;ma;09:00;12:30")
    result = forecast.forecast(ctx, None, 14)
    days = {row.day for row in result.rows}
    # Christmas Eve (closed by the admin), Christmas, Boxing Day (a Saturday), New Year's Day
    # and the Sundays have no rows: no planned work and no capacity.
    for closed in (24, 25, 26, 27):
        assert date(2026, 12, closed) not in days
    assert date(2027, 1, 1) not in days and date(2027, 1, 3) not in days
    assert date(2026, 12, 31) in days and date(2027, 1, 2) in days
    # Anna's Thursday shift falls on Christmas Eve and New Year's Eve: only the latter counts.
    thursdays = [row for row in result.rows if row.day.weekday() == 3 and row.agent_hours]
    assert {row.day for row in thursdays} == {date(2026, 12, 31)}
    # The first attempts this morning, and the plans' later attempts all fall on open days.
    with db.read() as session:
        context = planning.PlanningContext.load(session)
    expected = _plan_cells(context, clock.now(), 2)
    assert {k: r.planned for k, r in _cells(result).items() if r.planned} == {
        k: n for k, n in expected.items() if k[0] <= date(2027, 1, 3)
    }
    assert _cells(result)[(date(2026, 12, 21), Slot.MORNING)].planned == 2

    # The last Sunday of March 2027 the clocks go forward: Saturday and Monday keep their
    # wall-clock windows, and a shift's hours are real hours.
    clock.set(_local(2027, 3, 26, 10, 0))
    forecast.set_roster(ctx, "Anna;za;10:00;16:00\nAnna;ma;17:00;21:00\nAnna;di;17:00;21:00")
    rows = _cells(forecast.forecast(ctx, None, 5))
    # Good Friday (26 March) and Easter Monday (29 March) are holidays of the `holidays`
    # package; Easter Sunday is the day the clocks change.
    assert {day for day, _slot in rows} == {date(2027, 3, 27), date(2027, 3, 30)}
    assert rows[(date(2027, 3, 27), Slot.SATURDAY)].agent_hours == pytest.approx(6.0)
    assert rows[(date(2027, 3, 30), Slot.EVENING)].agent_hours == pytest.approx(4.0)


def test_first_day_of_a_plan_is_the_amsterdam_date() -> None:
    # PostgreSQL hands a date; SQLite a date before 22:00 UTC, else the whole instant.
    assert forecast._first_day(date(2026, 11, 4)) == date(2026, 11, 4)
    assert forecast._first_day("2026-11-04") == date(2026, 11, 4)
    assert forecast._first_day("2026-11-04 23:30:00.000000") == date(2026, 11, 5)
    assert forecast._first_day("2026-07-04 22:30:00.000000") == date(2026, 7, 5)
    assert forecast._first_day(None) is None


# --- staffing --------------------------------------------------------------------------------


def test_staffing_from_measured_months(db: Database, clock: FixedClock) -> None:
    ctx = _ctx(db, clock)
    # 10 cases (one signal each) of November, each with two attempts: one evening without
    # contact (60 s + 30 s wrap-up) and one Saturday with contact (600 s + 120 s).
    case_ids = add_cases(db, 10, CaseSpec(received_on=date(2026, 11, 2)))
    rows = []
    for case_id in case_ids:
        for slot, contact, seconds, wrap in (
            ("evening", False, 60, 30),
            ("saturday", True, 600, 120),
        ):
            rows.append(
                {
                    "case_id": case_id,
                    "at": clock.now() - timedelta(days=3),
                    "slot": slot,
                    "outcome": "reached_no_help_needed" if contact else "no_answer",
                    "is_contact": contact,
                    "counts_as_attempt": not contact,
                    "agent_name": "x",
                    "source": "app",
                    "created_at": clock.now(),
                    "started_at": clock.now() - timedelta(days=3),
                    "duration_seconds": seconds,
                    "wrap_up_seconds": wrap,
                }
            )
    with db.begin() as session:
        session.execute(insert(Attempt), rows)
    forecast.set_roster(ctx, "Anna;za;10:00;16:00")
    result = forecast.staffing(ctx, 1000)
    assert result.measured
    assert result.cases_per_signal == pytest.approx(1.0)
    assert result.attempts_per_case == pytest.approx(2.0)
    # 1000 signals -> 2000 attempts, half evening at 90 s, half Saturday at 720 s.
    assert result.hours_per_slot[Slot.EVENING] == pytest.approx(1000 * 90 / 3600)
    assert result.hours_per_slot[Slot.SATURDAY] == pytest.approx(1000 * 720 / 3600)
    assert result.hours_per_slot[Slot.MORNING] == 0.0
    # The roster beside it: 6 Saturday hours a week, an average month.
    assert result.roster_hours_per_slot[Slot.SATURDAY] == pytest.approx(
        6 * forecast.WEEKS_PER_MONTH
    )
    assert set(result.to_json()["hours_per_slot"]) == {
        "morning",
        "afternoon",
        "evening",
        "saturday",
    }
    with pytest.raises(InvalidInput, match="negatief"):
        forecast.staffing(ctx, -5)


# --- the command line ------------------------------------------------------------------------


@pytest.fixture
def cli_clock(monkeypatch: pytest.MonkeyPatch, clock: FixedClock) -> FixedClock:
    from app.commands import forecast as command

    original = command.cli_context
    monkeypatch.setattr(
        command,
        "cli_context",
        lambda database: AppContext(db=database, clock=clock, actor=original(database).actor),
    )
    monkeypatch.delenv("VROEGBEL_DB", raising=False)
    return clock


def test_cli_json(db_url: str, db: Database, cli_clock: FixedClock, capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert main(["--db", db_url, "forecast", "--from", "2026-11-25", "--days", "2", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [
        set(r) >= {"date", "slot", "planned", "callbacks", "capacity", "shortfall"} for r in rows
    ]
    assert [(r["date"], r["slot"]) for r in rows] == [
        ("2026-11-25", "morning"),
        ("2026-11-25", "afternoon"),
        ("2026-11-25", "evening"),
        ("2026-11-26", "morning"),
        ("2026-11-26", "afternoon"),
        ("2026-11-26", "evening"),
    ]
    assert main(["--db", db_url, "forecast"]) == 0
    assert "Er is niets gepland in deze periode." in capsys.readouterr().out
    assert main(["--db", db_url, "forecast", "--signals-per-month", "500", "--json"]) == 0
    staffing = json.loads(capsys.readouterr().out)
    assert set(staffing["hours_per_slot"]) == {"morning", "afternoon", "evening", "saturday"}
    roster = tmp_path / "rooster.txt"
    roster.write_text("Anna;wo;17:00;21:00\n", encoding="utf-8")
    assert main(["--db", db_url, "roster", "--set", str(roster)]) == 0
    assert main(["--db", db_url, "roster"]) == 0
    assert "Anna;wo;17:00;21:00" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (["forecast", "--from", "2026-11-01"], "verleden"),
        (["forecast", "--days", "-2"], "1 of meer"),
        (["forecast", "--from", "morgen"], "geen datum"),
        (["forecast", "--signals-per-month", "-1"], "negatief"),
    ],
)
def test_cli_bad_input_is_one_line(
    db_url: str,
    db: Database,
    cli_clock: FixedClock,
    capsys,
    args: list[str],
    sentence: str,  # type: ignore[no-untyped-def]
) -> None:
    assert main(["--db", db_url, *args]) == 2
    err = capsys.readouterr().err
    assert sentence in err and err.count("\n") == 1


def test_cli_bad_roster_file_names_the_line(
    db_url: str,
    db: Database,
    cli_clock: FixedClock,
    capsys,
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    roster = tmp_path / "rooster.txt"
    roster.write_text("Anna;wo;17:00;21:00\nAnna;wo;20:00;22:00\n", encoding="utf-8")
    assert main(["--db", db_url, "roster", "--set", str(roster)]) == 2
    assert "Regel 2: overlapt met regel 1" in capsys.readouterr().err
