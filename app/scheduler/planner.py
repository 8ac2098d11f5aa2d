"""The attempt planner of DOMAIN.md section 4, as pure functions (no database, no Qt).

Inputs are a CallingCalendar, the PlanRules (from the settings), the case's earlier attempts
that counted (slot and moment), "now" and the contact rate per slot type measured in the
case's wijk. Output is the window of the next attempt, or None when the plan has no room left.

How the rules map onto the code
-------------------------------
1. At most `max_attempts`: `next_attempt` returns None once that many attempts were made.
2. Different calendar days: candidates lie on a day after the last attempt's day (and not
   before "now"); every window is on an open day of the calendar.
3. Slot types: `PlanRules.minimums` (morning 1, afternoon 1, evening `min_evening`, saturday
   `min_saturday`, every slot type at least 1) and no two consecutive attempts in one slot
   type where another is possible.
4. Every attempt on a day at most `plan_days - 1` days after the first attempt's day (day 0 to
   day 20: the plan "fits in 21 calendar days" under any reading).
5. The look-ahead: for each slot type the candidate is its earliest usable window (an
   earlier window of a slot type never leaves fewer possibilities than a later one). For
   each candidate `_best_cost` computes, by dynamic programming over the remaining open days
   until the deadline, the best plan that can still follow it. Only candidates that keep the
   best achievable plan are eligible (the look-ahead decides this alone). Among them the
   order is `preference_key`: what we know of the household first (the agent's "best
   reachable" hint, then slot types in which the household was reached before or in which a
   voicemail was followed by its return call), then the
   expected chance of contact (the wijk's rate per slot type, shrunk toward the
   municipality's by the caller, app.services.planning), then the least tried slot type,
   then the earlier window. The minimums of rule 3 keep every slot type in the plan, so the
   rates of the slot types that are not favoured stay measured. `PlannedAttempt.reason`
   says which of these decided (the "why this slot" of the case card and plan-preview).
6. A missed window: `move_missed` moves the attempt to the next window of the same slot type
   (unless that would make the plan worse than another choice or fall past the deadline; then
   the next attempt is planned afresh).
7. Callbacks are handled by the queue; the planner just plans from the attempts that counted.
8. Striking numbers is app.services.outcomes' business.

Degrading gracefully
--------------------
The cost of a plan is the tuple (missing minimum units, missing attempts, consecutive
repeats), compared lexicographically. When all rules can be met the best cost is (0, 0, 0)
and the eligible candidates are exactly those that keep every rule satisfiable. When they
cannot (a late start with the Saturdays closed, many closed days, an imported history that
already broke a rule, windows missed for lack of capacity) the planner keeps the plan as close
to the rules as possible in that order: first the slot-type variety, then the number of
attempts, then avoiding repeats. It never plans more than `max_attempts`, never a day past
the deadline, never two attempts on one day, and never raises on a strange calendar: it
returns None when nothing fits.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from app.clock import AMSTERDAM
from app.models.enums import Slot
from app.scheduler.calendar import SLOTS, CallingCalendar, Window

#: (missing minimum units, missing attempts, consecutive repeats): lower is better.
Cost = tuple[int, int, int]
PERFECT: Cost = (0, 0, 0)

_INDEX: dict[Slot, int] = {slot: i for i, slot in enumerate(SLOTS)}
_NO_SLOT = -1


@dataclass(frozen=True)
class PlanRules:
    """The plan's settings (DOMAIN.md section 4 defaults)."""

    max_attempts: int = 7
    min_evening: int = 2
    min_saturday: int = 1
    plan_days: int = 21

    @classmethod
    def from_settings(cls, values: Mapping[str, Any]) -> PlanRules:
        """From a mapping of app.services.settings values (missing keys: the defaults)."""
        default = cls()
        return cls(
            max_attempts=max(0, int(values.get("max_attempts", default.max_attempts))),
            min_evening=max(0, int(values.get("min_evening_attempts", default.min_evening))),
            min_saturday=max(0, int(values.get("min_saturday_attempts", default.min_saturday))),
            plan_days=max(1, int(values.get("plan_days", default.plan_days))),
        )

    def minimums(self, calendar: CallingCalendar) -> dict[Slot, int]:
        """Attempts each slot type needs: every slot type the calendar has at least once."""
        wanted = {
            Slot.MORNING: 1,
            Slot.AFTERNOON: 1,
            Slot.EVENING: max(1, self.min_evening),
            Slot.SATURDAY: max(1, self.min_saturday),
        }
        present = calendar.slot_set
        return {slot: (wanted[slot] if slot in present else 0) for slot in SLOTS}

    def deadline(self, first_day: date) -> date:
        """The last day on which an attempt may fall."""
        return first_day + timedelta(days=self.plan_days - 1)


@dataclass(frozen=True)
class PastAttempt:
    """An earlier attempt of the case that counted (callbacks that reached someone do not)."""

    slot: Slot
    at: datetime


@dataclass(frozen=True)
class HouseholdEvidence:
    """What we know of this household's hours (DOMAIN.md 4.5); empty when nothing is known.

    `hint`: the slot type of the latest "best reachable" hint an agent recorded on this case;
    `reached`: slot types in which the household was reached in earlier cases;
    `voicemail_returned`: slot types of a voicemail that the household answered with a return
    call (a `phone_in` contact whose last outbound call before it, on the same case, was that
    voicemail), in this case or an earlier one: they listen to messages left then. The last
    two weigh alike (below the hint); the "why this slot" names which one it was.
    """

    hint: Slot | None = None
    reached: frozenset[Slot] = frozenset()
    voicemail_returned: frozenset[Slot] = frozenset()

    def __bool__(self) -> bool:
        return self.hint is not None or bool(self.reached) or bool(self.voicemail_returned)

    def known(self, slot: Slot) -> bool:
        """The household was reached in `slot` before, or returned a voicemail left in it."""
        return slot in self.reached or slot in self.voicemail_returned


NO_EVIDENCE = HouseholdEvidence()


class Because:
    """Why the chosen slot type won among the eligible ones (`Reason.because`)."""

    ONLY_OPTION = "only_option"  # the rules and the look-ahead leave only this slot type
    HINT = "hint"  # the household's "best reachable" hint
    HOUSEHOLD = "household"  # the household was reached in this slot type before
    VOICEMAIL = "voicemail"  # a voicemail left in this slot type was followed by a return call
    RATE = "rate"  # the best expected chance of contact
    LEAST_TRIED = "least_tried"  # equal chances: the slot type tried least in this case
    EARLIEST = "earliest"  # nothing else tells them apart: the earlier window
    MOVED = "moved"  # rule 6: a missed window moved to the next one of its slot type


@dataclass(frozen=True)
class Reason:
    """The evidence behind a choice: what decided, and the rate of each eligible slot type."""

    because: str
    #: The eligible slot types in the order chosen, with their rate (None: not measured).
    rates: tuple[tuple[Slot, float | None], ...]

    def rate_of(self, slot: Slot) -> float | None:
        return next((rate for s, rate in self.rates if s is slot), None)


@dataclass(frozen=True)
class PlannedAttempt:
    """The next attempt: its number (1-based) and the window in which it is due."""

    number: int
    window: Window
    reason: Reason | None = field(default=None, compare=False)

    @property
    def slot(self) -> Slot:
        return self.window.slot


def _local_day(moment: datetime) -> date:
    return moment.astimezone(AMSTERDAM).date()


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=AMSTERDAM)


def _pattern(calendar: CallingCalendar, first: date, last: date) -> tuple[int, ...]:
    """Per day from `first` to `last` (inclusive) a bit mask of the slot types open that day."""
    return calendar.slot_masks(first, last)


def _lower_bound(
    pattern: tuple[int, ...], i: int, remaining: int, deficits: tuple[int, ...]
) -> Cost:
    """A cost no plan on days i.. can beat (lets the search stop as soon as it reaches it)."""
    open_days = 0
    per_slot = [0] * len(SLOTS)
    for mask in pattern[i:]:
        if mask:
            open_days += 1
            for k in range(len(SLOTS)):
                if mask & (1 << k):
                    per_slot[k] += 1
    usable = min(remaining, open_days)
    unreachable = sum(max(0, d - n) for d, n in zip(deficits, per_slot, strict=True))
    missing = max(unreachable, sum(deficits) - usable)
    return (missing, remaining - usable, 0)


@functools.lru_cache(maxsize=1 << 16)
def _best_cost(
    pattern: tuple[int, ...], i: int, last: int, remaining: int, deficits: tuple[int, ...]
) -> Cost:
    """The best cost of placing `remaining` attempts on days i.. of `pattern`.

    `last` is the slot index of the previous attempt, `deficits` the attempts each slot type
    still needs. Exhaustive over the choices (memoised on the whole state, and stopped early
    only when a choice reaches the lower bound): exact.
    """
    if remaining == 0 or i >= len(pattern):
        return (sum(deficits), remaining, 0)
    bound = _lower_bound(pattern, i, remaining, deficits)
    best: Cost | None = None
    mask = pattern[i]
    if mask:
        # Needed slot types first, then the others: a good plan is usually found at once.
        order = sorted(
            (k for k in range(len(SLOTS)) if mask & (1 << k)),
            key=lambda k: (k == last, -deficits[k]),
        )
        for k in order:
            after = deficits
            if deficits[k] > 0:
                after = (*deficits[:k], deficits[k] - 1, *deficits[k + 1 :])
            sub = _best_cost(pattern, i + 1, k, remaining - 1, after)
            cost = (sub[0], sub[1], sub[2] + (1 if k == last else 0))
            if best is None or cost < best:
                best = cost
                if best <= bound:
                    return best
    skip = _best_cost(pattern, i + 1, last, remaining, deficits)  # no attempt on day i
    if best is None or skip < best:
        best = skip
    return best


@dataclass(frozen=True)
class _State:
    tried: dict[Slot, int]
    last_slot: Slot | None
    used: int


def _state(history: Sequence[PastAttempt]) -> _State:
    tried = dict.fromkeys(SLOTS, 0)
    ordered = sorted(history, key=lambda a: a.at)
    for attempt in ordered:
        tried[attempt.slot] += 1
    return _State(tried=tried, last_slot=ordered[-1].slot if ordered else None, used=len(ordered))


def candidate_cost(
    calendar: CallingCalendar,
    rules: PlanRules,
    history: Sequence[PastAttempt],
    window: Window,
    *,
    plan_start: date | None = None,
) -> Cost:
    """The best cost of a whole plan that takes `window` as its next attempt."""
    state = _state(history)
    first_day = _first_day(history, plan_start) or window.day
    deadline = rules.deadline(first_day)
    minimums = rules.minimums(calendar)
    tried = dict(state.tried)
    tried[window.slot] += 1
    deficits = tuple(max(0, minimums[s] - tried[s]) for s in SLOTS)
    remaining = max(0, rules.max_attempts - state.used - 1)
    repeat = 1 if window.slot is state.last_slot else 0
    if window.day > deadline:
        # Not allowed at all: worse than any plan within the deadline.
        return (sum(deficits) + 1000, remaining + 1000, repeat)
    pattern = _pattern(calendar, window.day + timedelta(days=1), deadline)
    sub = _best_cost(pattern, 0, _INDEX[window.slot], remaining, deficits)
    return (sub[0], sub[1], sub[2] + repeat)


def _first_day(history: Sequence[PastAttempt], plan_start: date | None) -> date | None:
    days = [_local_day(a.at) for a in history]
    if plan_start is not None:
        days.append(plan_start)
    return min(days) if days else None


def candidates(
    calendar: CallingCalendar,
    rules: PlanRules,
    history: Sequence[PastAttempt],
    now: datetime,
    *,
    plan_start: date | None = None,
) -> list[Window]:
    """Per slot type the earliest window the next attempt could use (start clipped to now)."""
    state = _state(history)
    earliest_day = _local_day(now)
    if history:
        earliest_day = max(earliest_day, max(_local_day(a.at) for a in history) + timedelta(1))
    first_day = _first_day(history, plan_start)
    deadline = rules.deadline(first_day) if first_day is not None else None
    not_before = max(now, _day_start(earliest_day))
    found: list[Window] = []
    if state.used >= rules.max_attempts:
        return found
    for slot in calendar.slots:
        window = calendar.next_window(slot, not_before, include_current=True)
        if window is None or (deadline is not None and window.day > deadline):
            continue
        found.append(window.clipped(not_before))
    return found


def first_anchor(calendar: CallingCalendar, now: datetime) -> date | None:
    """The day a new case's plan is measured from: the first open day from `now` on.

    The 21 days are counted from there even when the first attempt falls later, so that
    waiting for a better first slot never buys a later deadline (a plan that would need to
    postpone the first call by weeks to meet every rule is degraded instead).
    """
    window = calendar.next_open_window(now)
    return window.day if window is not None else None


def preference_key(
    window: Window,
    tried: Mapping[Slot, int],
    rates: Mapping[Slot, float],
    household: HouseholdEvidence = NO_EVIDENCE,
) -> tuple[int, int, float, int, datetime, int]:
    """Rule 5's order among the eligible windows (lower first): the household's hint, the
    slot types it was reached in before or returned a voicemail from, the expected chance of
    contact, the least tried, the earlier window."""
    slot = window.slot
    return (
        0 if slot is household.hint else 1,
        0 if household.known(slot) else 1,
        -float(rates.get(slot, 0.0)),
        tried[slot],
        window.start,
        _INDEX[slot],
    )


def least_tried_key(
    window: Window,
    tried: Mapping[Slot, int],
    rates: Mapping[Slot, float],
    household: HouseholdEvidence = NO_EVIDENCE,
) -> tuple[int, float, datetime, int]:
    """Rule 5's order before issue 19 (least tried first, the rate only breaks ties): kept
    so that the simulator can show what the rate-first order gains on the same history."""
    slot = window.slot
    return (tried[slot], -float(rates.get(slot, 0.0)), window.start, _INDEX[slot])


def _reason(
    chosen: Window,
    eligible: Sequence[Window],
    tried: Mapping[Slot, int],
    rates: Mapping[Slot, float],
    household: HouseholdEvidence,
) -> Reason:
    ranked = sorted(eligible, key=lambda w: preference_key(w, tried, rates, household))
    table = tuple((w.slot, float(rates[w.slot]) if w.slot in rates else None) for w in ranked)
    others = [w for w in eligible if w.slot is not chosen.slot]
    slot = chosen.slot
    if not others:
        because = Because.ONLY_OPTION
    elif slot is household.hint:
        because = Because.HINT
    elif household.known(slot) and any(not household.known(w.slot) for w in others):
        # Reached there outright is the stronger thing to say when both hold.
        because = Because.HOUSEHOLD if slot in household.reached else Because.VOICEMAIL
    elif all(float(rates.get(slot, 0.0)) > float(rates.get(w.slot, 0.0)) for w in others):
        because = Because.RATE
    elif all(
        tried[slot] < tried[w.slot]
        for w in others
        if float(rates.get(w.slot, 0.0)) == float(rates.get(slot, 0.0))
    ):
        because = Because.LEAST_TRIED
    else:
        because = Because.EARLIEST
    return Reason(because=because, rates=table)


def next_attempt(
    calendar: CallingCalendar,
    rules: PlanRules,
    history: Sequence[PastAttempt],
    now: datetime,
    rates: Mapping[Slot, float] | None = None,
    *,
    plan_start: date | None = None,
    household: HouseholdEvidence = NO_EVIDENCE,
    least_tried_first: bool = False,
) -> PlannedAttempt | None:
    """The window of the case's next attempt (rule 5), or None when no attempt fits anymore.

    `history`: the earlier attempts that counted, `now`: the moment of planning (the first
    attempt's window starts no earlier), `rates`: expected contact chance per slot type in the
    case's wijk (missing slot types count as 0), `plan_start`: the day of the case's first
    call when the history does not show it (e.g. a first call that reached a callback); for a
    new case the plan is measured from `first_anchor`. `household`: what we know of this
    household (outranks the rates; never the rules). `least_tried_first`: the order before
    issue 19, for the simulator's comparison only.
    """
    if not history and plan_start is None:
        plan_start = first_anchor(calendar, now)
    options = candidates(calendar, rules, history, now, plan_start=plan_start)
    if not options:
        return None
    costs = {
        window: candidate_cost(calendar, rules, history, window, plan_start=plan_start)
        for window in options
    }
    best = min(costs.values())
    eligible = [window for window in options if costs[window] == best]
    state = _state(history)
    rate = rates or {}
    if least_tried_first:
        chosen = min(eligible, key=lambda w: least_tried_key(w, state.tried, rate))
    else:
        chosen = min(eligible, key=lambda w: preference_key(w, state.tried, rate, household))
    reason = _reason(chosen, eligible, state.tried, rate, household)
    return PlannedAttempt(number=state.used + 1, window=chosen, reason=reason)


def move_missed(
    calendar: CallingCalendar,
    rules: PlanRules,
    history: Sequence[PastAttempt],
    missed: Window,
    now: datetime,
    rates: Mapping[Slot, float] | None = None,
    *,
    plan_start: date | None = None,
    household: HouseholdEvidence = NO_EVIDENCE,
) -> PlannedAttempt | None:
    """Rule 6: a window that passed without a call moves to the next window of its slot type.

    The attempt is not used up. When the next window of that slot type falls past the plan's
    deadline, or would leave the plan worse than another choice (e.g. fewer attempts or no
    Saturday left), the next attempt is planned afresh with `next_attempt`.
    """
    state = _state(history)
    if state.used >= rules.max_attempts:
        return None
    not_before = max(now, missed.end)
    if history:
        last_day = max(_local_day(a.at) for a in history)
        not_before = max(not_before, _day_start(last_day + timedelta(days=1)))
    same = calendar.next_window(missed.slot, not_before, include_current=True)
    if same is not None:
        same = same.clipped(not_before)
        first_day = _first_day(history, plan_start)
        moved = Reason(because=Because.MOVED, rates=())
        if first_day is None:
            return PlannedAttempt(number=1, window=same, reason=moved)
        if same.day <= rules.deadline(first_day):
            options = candidates(calendar, rules, history, now, plan_start=plan_start)
            best = min(
                (
                    candidate_cost(calendar, rules, history, w, plan_start=plan_start)
                    for w in options
                ),
                default=None,
            )
            own = candidate_cost(calendar, rules, history, same, plan_start=plan_start)
            if best is None or own <= best:
                return PlannedAttempt(number=state.used + 1, window=same, reason=moved)
    return next_attempt(
        calendar, rules, history, now, rates, plan_start=plan_start, household=household
    )


def preview(
    calendar: CallingCalendar,
    rules: PlanRules,
    start: datetime,
    rates: Mapping[Slot, float] | None = None,
    *,
    least_tried_first: bool = False,
) -> list[PlannedAttempt]:
    """The whole plan of a case opened at `start` that is never reached and never missed.

    Each attempt is assumed to be made at the start of its window.
    """
    history: list[PastAttempt] = []
    plan: list[PlannedAttempt] = []
    now = start
    while len(plan) < rules.max_attempts:
        planned = next_attempt(
            calendar, rules, history, now, rates, least_tried_first=least_tried_first
        )
        if planned is None:
            break
        plan.append(planned)
        history.append(PastAttempt(slot=planned.slot, at=planned.window.start))
        now = planned.window.start
    return plan


def plan_cost(calendar: CallingCalendar, rules: PlanRules, plan: Sequence[Window]) -> Cost:
    """The cost of a finished plan by the same measure the planner minimises."""
    minimums = rules.minimums(calendar)
    counts = dict.fromkeys(SLOTS, 0)
    for window in plan:
        counts[window.slot] += 1
    repeats = sum(1 for a, b in itertools.pairwise(plan) if a.slot is b.slot)
    missing = sum(max(0, minimums[s] - counts[s]) for s in SLOTS)
    return (missing, max(0, rules.max_attempts - len(plan)), repeats)


def best_plan_cost(calendar: CallingCalendar, rules: PlanRules, first_day: date) -> Cost:
    """The best cost any plan starting on `first_day` (with its first attempt) could reach."""
    pattern = _pattern(calendar, first_day, rules.deadline(first_day))
    minimums = rules.minimums(calendar)
    deficits = tuple(minimums[s] for s in SLOTS)
    if not pattern or not pattern[0]:
        return (sum(deficits), rules.max_attempts, 0)
    # The first attempt is on first_day: force it by trying each slot of that day.
    best: Cost | None = None
    for k in range(len(SLOTS)):
        if pattern[0] & (1 << k):
            after = (*deficits[:k], max(0, deficits[k] - 1), *deficits[k + 1 :])
            cost = _best_cost(pattern, 1, k, rules.max_attempts - 1, after)
            best = cost if best is None or cost < best else best
    assert best is not None
    return best
