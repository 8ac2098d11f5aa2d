"""An independent checker of DOMAIN.md section 4 for a finished plan (used by the tests).

It does not use the planner's cost function: feasibility for rule 5 is a plain exhaustive
search over the remaining (day, slot) windows, written for clarity rather than speed.
"""

from __future__ import annotations

import functools
import itertools
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time, timedelta

import holidays

from app.clock import AMSTERDAM
from app.models.enums import Slot
from app.scheduler.calendar import CallingCalendar
from app.scheduler.planner import PlannedAttempt

DEFAULT_TIMES = {
    Slot.MORNING: (time(9, 0), time(12, 30)),
    Slot.AFTERNOON: (time(12, 30), time(17, 0)),
    Slot.EVENING: (time(17, 0), time(21, 0)),
    Slot.SATURDAY: (time(10, 0), time(16, 0)),
}
MINIMUMS = {Slot.MORNING: 1, Slot.AFTERNOON: 1, Slot.EVENING: 2, Slot.SATURDAY: 1}


def dutch_holiday(day: date) -> bool:
    return day in holidays.country_holidays("NL", years=day.year)


def default_slots_on(day: date, closed: frozenset[date] = frozenset()) -> tuple[Slot, ...]:
    if day.weekday() == 6 or dutch_holiday(day) or day in closed:
        return ()
    if day.weekday() == 5:
        return (Slot.SATURDAY,)
    return (Slot.MORNING, Slot.AFTERNOON, Slot.EVENING)


def violations(plan: Sequence[PlannedAttempt], start: datetime) -> list[str]:
    """Every way `plan` breaks rules 1-4 for the default windows (empty: none)."""
    found: list[str] = []
    if len(plan) != 7:
        found.append(f"rule 1: {len(plan)} attempts instead of 7")
    days = [p.window.start.astimezone(AMSTERDAM).date() for p in plan]
    for i, item in enumerate(plan):
        window = item.window
        local_start = window.start.astimezone(AMSTERDAM)
        local_end = window.end.astimezone(AMSTERDAM)
        if item.number != i + 1:
            found.append(f"attempt {i + 1} numbered {item.number}")
        if item.slot not in default_slots_on(days[i]):
            found.append(f"attempt {i + 1}: {item.slot} on {days[i]} is not an open window")
            continue
        begin, end = DEFAULT_TIMES[item.slot]
        if local_end.date() != days[i] or local_end.time() != end:
            found.append(f"attempt {i + 1}: window ends at {local_end}")
        if local_end.utcoffset() != datetime.combine(days[i], end, AMSTERDAM).utcoffset():
            found.append(f"attempt {i + 1}: wrong offset {local_end}")
        expected_start = datetime.combine(days[i], begin, tzinfo=AMSTERDAM)
        if i == 0:
            if window.start < start or window.end <= start:
                found.append("the first window starts before the case was opened")
            if window.start != max(expected_start, start):
                found.append(f"the first window starts at {local_start}")
        elif window.start != expected_start:
            found.append(f"attempt {i + 1}: window starts at {local_start}")
    if any(b <= a for a, b in itertools.pairwise(days)):
        found.append(f"rule 2: days not all different and in order: {days}")
    counts = Counter(p.slot for p in plan)
    for slot, least in MINIMUMS.items():
        if counts[slot] < least:
            found.append(f"rule 3: {counts[slot]} x {slot}, need {least}")
    if any(a.slot is b.slot for a, b in itertools.pairwise(plan)):
        found.append(f"rule 3: consecutive repeat in {[p.slot.value for p in plan]}")
    if days and (days[-1] - days[0]).days > 20:
        found.append(f"rule 4: plan spans {days[0]} to {days[-1]}")
    return found


def feasible(
    after_day: date,
    deadline: date,
    last: Slot | None,
    remaining: int,
    counts: Mapping[Slot, int],
) -> bool:
    """Can `remaining` attempts follow on days after `after_day` up to `deadline` (rules 2-4)?"""
    days = []
    day = after_day + timedelta(days=1)
    while day <= deadline:
        days.append(day)
        day += timedelta(days=1)
    need = tuple(max(0, MINIMUMS[s] - counts.get(s, 0)) for s in MINIMUMS)
    order = list(MINIMUMS)

    @functools.cache
    def search(i: int, last: Slot | None, remaining: int, need: tuple[int, ...]) -> bool:
        if remaining == 0:
            return not any(need)
        if len(days) - i < remaining or sum(need) > remaining:
            return False
        if search(i + 1, last, remaining, need):
            return True
        for slot in default_slots_on(days[i]):
            if slot is last:
                continue
            k = order.index(slot)
            after = tuple(max(0, n - 1) if j == k else n for j, n in enumerate(need))
            if search(i + 1, slot, remaining - 1, after):
                return True
        return False

    return search(0, last, remaining, need)


def rule5_violations(
    calendar: CallingCalendar,
    plan: Sequence[PlannedAttempt],
    start: datetime,
    rates: Mapping[Slot, float],
) -> list[str]:
    """Each attempt's slot: feasible, best rate among feasible ones, then least tried, then time."""
    found: list[str] = []
    first_day = plan[0].window.start.astimezone(AMSTERDAM).date()
    opening = calendar.next_open_window(start)
    assert opening is not None
    anchor_day = opening.day  # a new case's 21 days count from its first open day
    for k, chosen in enumerate(plan):
        earlier = plan[:k]
        tried = Counter(p.slot for p in earlier)
        last = earlier[-1].slot if earlier else None
        if earlier:
            prev_day = earlier[-1].window.start.astimezone(AMSTERDAM).date()
            not_before = datetime.combine(prev_day + timedelta(days=1), time(0), AMSTERDAM)
        else:
            not_before = start
        options = []
        for slot in MINIMUMS:
            window = calendar.next_window(slot, not_before, include_current=True)
            if window is None:
                continue
            day = window.day
            anchor = first_day if earlier else anchor_day
            deadline = anchor + timedelta(days=20)
            if day > deadline:
                continue
            counts = tried + Counter({slot: 1})
            if slot is not last and feasible(day, deadline, slot, 7 - k - 1, counts):
                options.append((slot, max(window.start, not_before)))
        if chosen.slot not in [s for s, _ in options]:
            found.append(f"attempt {k + 1}: {chosen.slot} does not keep the rules satisfiable")
            continue
        best = min(options, key=lambda o: (-rates.get(o[0], 0.0), tried[o[0]], o[1]))
        if best[0] is not chosen.slot:
            found.append(f"attempt {k + 1}: chose {chosen.slot}, rule 5 says {best[0]}")
    return found
