"""The attempt planner: DOMAIN.md section 4 checked over start times 2026-2030 (hypothesis)."""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from plan_rules import rule5_violations, violations  # tests/scheduler helper

from app.clock import AMSTERDAM
from app.models.enums import Slot
from app.scheduler import planner
from app.scheduler.calendar import CallingCalendar, default_calendar
from app.scheduler.planner import PastAttempt, PlannedAttempt, PlanRules

RULES = PlanRules()
CAL = default_calendar()


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=AMSTERDAM)  # type: ignore[misc]


# Local wall-clock moments 2026-2030 at minute resolution (any day, any time).
starts = st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2030, 12, 31, 23, 59)).map(
    lambda d: d.replace(second=0, microsecond=0, tzinfo=AMSTERDAM)
)
rates_strategy = st.dictionaries(
    st.sampled_from(list(Slot)), st.floats(min_value=0, max_value=1, allow_nan=False)
)

NAMED_STARTS = {
    "Good Friday evening 2026": local(2026, 4, 3, 20, 0),
    "Easter Saturday 2027 (DST Sunday)": local(2027, 3, 27, 15, 30),
    "Easter Sunday 2029": local(2029, 4, 1, 11, 0),
    "Christmas Eve 2026 (26 Dec a Saturday)": local(2026, 12, 24, 20, 30),
    "Christmas 2027 (25 Dec a Saturday)": local(2027, 12, 24, 16, 59),
    "New Year 2028 (a Saturday)": local(2027, 12, 31, 9, 0),
    "King's Day 2030 (a Saturday)": local(2030, 4, 26, 21, 0),
    "King's Day 2026 (a Monday)": local(2026, 4, 25, 16, 0),
    "DST spring Saturday 2026": local(2026, 3, 28, 15, 59),
    "DST spring Sunday 2026": local(2026, 3, 29, 2, 30),
    "DST autumn Saturday 2026": local(2026, 10, 24, 12, 0),
    "DST autumn Sunday night 2028": local(2028, 10, 29, 2, 30),
    "late in the evening window": local(2026, 11, 24, 20, 59),
    "late in the morning window": local(2026, 11, 24, 12, 29),
    "at the very end of a window": local(2026, 11, 24, 21, 0),
    "a Sunday": local(2026, 11, 29, 14, 0),
    "Ascension Thursday 2030": local(2030, 5, 30, 10, 0),
    "Liberation Day 2030 (a lustrum)": local(2030, 5, 4, 16, 0),
}


@pytest.mark.parametrize("start", NAMED_STARTS.values(), ids=NAMED_STARTS.keys())
def test_named_starts_keep_every_rule(start: datetime) -> None:
    plan = planner.preview(CAL, RULES, start)
    assert violations(plan, start) == []
    assert rule5_violations(CAL, plan, start, {}) == []


def _check(start: datetime, rates: dict[Slot, float]) -> None:
    plan = planner.preview(CAL, RULES, start, rates)
    assert violations(plan, start) == []
    assert rule5_violations(CAL, plan, start, rates) == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(start=starts, rates=rates_strategy)
@example(start=local(2026, 12, 19, 16, 0), rates={})  # only holiday Saturday 26 Dec ahead?
@example(start=local(2030, 4, 20, 15, 59), rates={Slot.SATURDAY: 0.0, Slot.EVENING: 1.0})
def test_every_rule_holds_quick(start: datetime, rates: dict[Slot, float]) -> None:
    _check(start, rates)


@pytest.mark.slow
@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(start=starts, rates=rates_strategy)
def test_every_rule_holds_thorough(start: datetime, rates: dict[Slot, float]) -> None:
    _check(start, rates)


@pytest.mark.slow
def test_a_start_every_few_hours_of_2026_to_2030() -> None:
    """Every 2 h 13 min over five years (about 20,000 plans, every time of day and weekday)."""
    moment = local(2026, 1, 1, 0, 0)
    bad = []
    while moment.year < 2031:
        plan = planner.preview(CAL, RULES, moment)
        problems = violations(plan, moment)
        if problems:
            bad.append((moment, problems))
        moment = (moment + timedelta(hours=2, minutes=13)).astimezone(AMSTERDAM)
    assert bad == []


def test_first_attempt_never_before_start_and_clipped_to_it() -> None:
    start = local(2027, 3, 25, 16, 30)
    plan = planner.preview(CAL, RULES, start)
    assert plan[0].slot is Slot.AFTERNOON
    assert plan[0].window.start == start
    assert plan[0].window.end == local(2027, 3, 25, 17, 0)


def test_adaptive_tie_break_follows_the_contact_rates() -> None:
    start = local(2026, 11, 24, 9, 0)  # Tuesday morning
    plain = planner.preview(CAL, RULES, start)
    evenings = planner.preview(
        CAL, RULES, start, {Slot.EVENING: 0.4, Slot.MORNING: 0.1, Slot.AFTERNOON: 0.1}
    )
    assert plain[0].slot is Slot.MORNING  # no rates: the earliest window
    assert evenings[0].slot is Slot.EVENING  # all untried: the best rate wins
    assert evenings[0].window.start == local(2026, 11, 24, 17, 0)
    # Later ties (every slot type tried equally often) go to the evening as well.
    tie_steps = [
        p
        for k, p in enumerate(evenings)
        if len({evenings[j].slot for j in range(k)}) == 4 and k % 4 == 0
    ]
    assert all(p.slot is Slot.EVENING for p in tie_steps)
    assert violations(evenings, start) == []


def test_saturday_holiday_does_not_leave_the_plan_without_a_saturday() -> None:
    """Only two usable Saturdays in 21 days: 26 Dec 2026 is a holiday and 2 Jan is closed."""
    calendar = CallingCalendar(closed_days=[date(2027, 1, 2)])
    start = local(2026, 12, 17, 9, 0)  # Thursday; 19 Dec is the only Saturday that works
    rates = {Slot.MORNING: 0.9, Slot.AFTERNOON: 0.8, Slot.EVENING: 0.7, Slot.SATURDAY: 0.0}
    plan = planner.preview(calendar, RULES, start, rates)
    assert [p.slot for p in plan].count(Slot.SATURDAY) == 1
    saturday = next(p for p in plan if p.slot is Slot.SATURDAY)
    assert saturday.window.day == date(2026, 12, 19)  # the look-ahead takes it in time
    assert violations(plan, start) == []
    assert plan[-1].window.day <= date(2027, 1, 6)


def test_no_saturday_left_degrades_gracefully() -> None:
    """Started late with every Saturday closed: best effort, never over 7 or 21 days."""
    closed = [date(2026, 11, 28) + timedelta(weeks=w) for w in range(4)]
    calendar = CallingCalendar(closed_days=closed)
    start = local(2026, 11, 24, 10, 0)
    plan = planner.preview(calendar, RULES, start)
    assert len(plan) == 7
    slots = [p.slot for p in plan]
    assert Slot.SATURDAY not in slots
    assert slots.count(Slot.EVENING) >= 2 and Slot.MORNING in slots and Slot.AFTERNOON in slots
    assert all(a is not b for a, b in itertools.pairwise(slots))
    assert (plan[-1].window.day - plan[0].window.day).days <= 20


def test_history_that_broke_the_rules_is_repaired_as_well_as_possible() -> None:
    # Imported history: three mornings in a row.
    history = [
        PastAttempt(Slot.MORNING, local(2026, 11, 2, 10, 0)),
        PastAttempt(Slot.MORNING, local(2026, 11, 3, 10, 0)),
        PastAttempt(Slot.MORNING, local(2026, 11, 4, 10, 0)),
    ]
    plan = list(history)
    now = local(2026, 11, 4, 10, 5)
    chosen: list[Slot] = []
    while True:
        nxt = planner.next_attempt(CAL, RULES, plan, now)
        if nxt is None:
            break
        chosen.append(nxt.slot)
        plan.append(PastAttempt(nxt.slot, nxt.window.start))
        now = nxt.window.start
    assert len(plan) == 7
    assert sorted(chosen) == sorted([Slot.AFTERNOON, Slot.EVENING, Slot.EVENING, Slot.SATURDAY])


def test_no_attempt_after_the_maximum_or_the_deadline() -> None:
    history = [PastAttempt(Slot.MORNING, local(2026, 11, 2 + i, 10, 0)) for i in range(7)]
    assert planner.next_attempt(CAL, RULES, history, local(2026, 11, 9, 10, 0)) is None
    late = [PastAttempt(Slot.MORNING, local(2026, 11, 2, 10, 0))]
    assert planner.next_attempt(CAL, RULES, late, local(2026, 11, 23, 9, 0)) is None
    assert planner.next_attempt(CAL, RULES, late, local(2026, 11, 22, 9, 0)) is None  # Sunday
    last_day = planner.next_attempt(CAL, RULES, late, local(2026, 11, 21, 9, 0))
    assert last_day is not None and last_day.window.day == date(2026, 11, 21)


def test_a_calendar_without_windows_gives_no_plan() -> None:
    calendar = CallingCalendar({})
    assert planner.preview(calendar, RULES, local(2026, 11, 24, 9, 0)) == []
    everything_closed = CallingCalendar(
        closed_days=[date(2026, 11, 24) + timedelta(days=d) for d in range(500)]
    )
    assert planner.preview(everything_closed, RULES, local(2026, 11, 24, 9, 0)) == []


rules_strategy = st.builds(
    PlanRules,
    max_attempts=st.integers(0, 10),
    min_evening=st.integers(0, 4),
    min_saturday=st.integers(0, 3),
    plan_days=st.integers(1, 35),
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    start=starts,
    rules=rules_strategy,
    closed=st.lists(st.integers(0, 40), max_size=25),
    missed=st.lists(st.booleans(), max_size=30),
)
def test_degrades_gracefully_with_odd_settings_closed_days_and_missed_windows(
    start: datetime, rules: PlanRules, closed: list[int], missed: list[bool]
) -> None:
    calendar = CallingCalendar(closed_days=[start.date() + timedelta(days=d) for d in closed])
    history: list[PastAttempt] = []
    now = start
    planned = planner.next_attempt(calendar, rules, history, now)
    if planned is not None:
        anchor = planner.first_anchor(calendar, now)
        first_cost = planner.candidate_cost(
            calendar, rules, history, planned.window, plan_start=anchor
        )
    made: list[PlannedAttempt] = []
    misses = iter(missed)
    while planned is not None:
        assert planned.number == len(history) + 1 <= rules.max_attempts
        assert calendar.open_window(planned.window.start) is not None
        assert planned.window.start >= start
        if next(misses, False):
            now = planned.window.end
            moved = planner.move_missed(calendar, rules, history, planned.window, now)
            if moved is not None:
                assert moved.window.start >= planned.window.end
            planned = moved
            continue
        made.append(planned)
        history.append(PastAttempt(planned.slot, planned.window.start))
        now = planned.window.start
        planned = planner.next_attempt(calendar, rules, history, now)
    days = [p.window.day for p in made]
    assert len(made) <= rules.max_attempts
    assert all(b > a for a, b in itertools.pairwise(days))
    if made:
        assert (days[-1] - days[0]).days <= rules.plan_days - 1
    if made and not any(missed):
        # Without misses the plan is at least as good as the look-ahead promised.
        windows = [p.window for p in made]
        assert planner.plan_cost(calendar, rules, windows) <= first_cost


def test_missed_window_moves_to_the_same_slot_without_using_an_attempt() -> None:
    history = [PastAttempt(Slot.MORNING, local(2026, 11, 23, 10, 0))]
    planned = planner.next_attempt(CAL, RULES, history, local(2026, 11, 23, 10, 5))
    assert planned is not None
    moved = planner.move_missed(CAL, RULES, history, planned.window, planned.window.end)
    assert moved is not None
    assert moved.number == planned.number == 2
    assert moved.slot is planned.slot
    assert moved.window.day == planned.window.day + timedelta(days=1)


def test_missed_first_window_moves_on_the_same_slot() -> None:
    missed = CAL.window_on(date(2026, 11, 28), Slot.SATURDAY)
    assert missed is not None
    moved = planner.move_missed(CAL, RULES, [], missed, local(2026, 11, 28, 16, 0))
    assert moved is not None
    assert moved.window.start == local(2026, 12, 5, 10, 0) and moved.number == 1
