"""What-if of the attempt plan on a period's own cases (pure: no database, no Qt).

The model (docs/REPORTS.md, "Simulation"): every case of the period starts its plan at the
moment it could first be called. Its household answers an attempt in slot type s with chance
p(wijk, s), the contact rate of that wijk and slot type measured in the period's own attempts
(shrunk toward the municipality's rate, as the planner does). Attempts are independent; the
first contact ends the case; windows are never missed (enough agents); callbacks, wrong
numbers and hints are not replayed. Under each rule set the planner makes the plan it would
make when nobody answers; a contact only cuts it short, so each plan is computed once per
(wijk, start, rules).

Random draws: case `key` gets its own generator seeded with (seed, key), and its k-th attempt
is a contact when the k-th draw is below p(wijk, slot of that attempt). Both rule sets (and
both orders) use the same draws per case and attempt number, so a difference between them is
the plans' doing, not the dice's. Beside the drawn figures the exact expectations are given
(1 - prod(1 - p) per case), which need no draws at all.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from app.models.enums import Slot
from app.scheduler.calendar import SLOTS, CallingCalendar
from app.scheduler.planner import PlanRules, preview


@dataclass(frozen=True)
class SimCase:
    """One case to replay: a stable key (for its random draws), its wijk and plan start."""

    key: int
    wijk: str
    start: datetime


@dataclass
class SimResult:
    """The figures of one rule set over all cases."""

    rules: PlanRules
    cases: int = 0
    reached: int = 0
    calls: int = 0
    calls_by_slot: dict[Slot, int] = field(default_factory=lambda: dict.fromkeys(SLOTS, 0))
    expected_reached: float = 0.0
    expected_calls: float = 0.0
    unplanned: int = 0  # cases for which no attempt fits at all

    def as_json(self) -> dict[str, object]:
        return {
            "rules": {
                "max_attempts": self.rules.max_attempts,
                "min_evening": self.rules.min_evening,
                "min_saturday": self.rules.min_saturday,
                "plan_days": self.rules.plan_days,
            },
            "cases": self.cases,
            "reached": self.reached,
            "reach_pct": pct(self.reached, self.cases),
            "expected_reach_pct": pct(self.expected_reached, self.cases),
            "calls": self.calls,
            "calls_per_case": ratio(self.calls, self.cases),
            "expected_calls_per_case": ratio(self.expected_calls, self.cases),
            "calls_by_slot": {slot.value: self.calls_by_slot[slot] for slot in SLOTS},
        }


def pct(part: float, whole: int) -> float | None:
    """A percentage with one decimal, halves up (REPORTS.md); None when there is no whole."""
    if not whole:
        return None
    value = Decimal(str(part)) * 100 / Decimal(whole)
    return float(value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def ratio(part: float, whole: int) -> float | None:
    if not whole:
        return None
    value = Decimal(str(part)) / Decimal(whole)
    return float(value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def minimum_attempts(rules: PlanRules, calendar: CallingCalendar) -> int:
    """How many attempts the minimums of rule 3 need on this calendar."""
    return sum(rules.minimums(calendar).values())


def _segment(calendar: CallingCalendar, start: datetime) -> tuple[object, ...]:
    """The next window of every slot type from `start` on (the plan depends on no more)."""
    found: list[object] = []
    for slot in SLOTS:
        window = calendar.next_window(slot, start, include_current=True)
        found.append(None if window is None else window.day)
    return tuple(found)


def draws(seed: int, key: int, count: int) -> list[float]:
    """The case's random numbers, one per attempt number (the same for every rule set)."""
    rng = random.Random(f"vroegbel-simulate:{seed}:{key}")
    return [rng.random() for _ in range(count)]


def simulate(
    calendar: CallingCalendar,
    rules: PlanRules,
    cases: Sequence[SimCase],
    chances: Mapping[str, Mapping[Slot, float]],
    *,
    default: Mapping[Slot, float] | None = None,
    seed: int = 1,
    least_tried_first: bool = False,
    draw_count: int | None = None,
) -> SimResult:
    """Replay `cases` under `rules`: the planner uses `chances` of the case's wijk (else
    `default`) as its rates, and the same chances decide whether an attempt reaches someone.

    `draw_count`: how many draws per case (give the largest max_attempts of the rule sets
    being compared, so each case's draws are the same list whatever the rules).
    """
    result = SimResult(rules=rules)
    fallback: Mapping[Slot, float] = default or {}
    plans: dict[tuple[object, ...], list[Slot]] = {}
    count = max(rules.max_attempts, draw_count or 0)
    for case in cases:
        rates = chances.get(case.wijk, fallback)
        # Two starts before the same next window of every slot type get the same plan (only
        # the first window's clipped start differs): one plan per wijk and such segment.
        key = (case.wijk, *_segment(calendar, case.start))
        slots = plans.get(key)
        if slots is None:
            plan = preview(calendar, rules, case.start, rates, least_tried_first=least_tried_first)
            slots = [p.slot for p in plan]
            plans[key] = slots
        result.cases += 1
        if not slots:
            result.unplanned += 1
            continue
        dice = draws(seed, case.key, count)
        missed_all = 1.0
        for slot in slots:
            chance = float(rates.get(slot, 0.0))
            result.expected_calls += missed_all
            missed_all *= 1.0 - chance
        result.expected_reached += 1.0 - missed_all
        for k, slot in enumerate(slots):
            result.calls += 1
            result.calls_by_slot[slot] += 1
            if dice[k] < float(rates.get(slot, 0.0)):
                result.reached += 1
                break
    return result
