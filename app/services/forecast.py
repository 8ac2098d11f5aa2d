"""The next two weeks against the roster, and the staffing a month of signals needs (issue 15).

**Forecast** (`forecast`): per day and slot type, the attempts the plans of the open cases put
there (`planned`) plus the callbacks booked (`callbacks`), against the roster's capacity in
calls (`capacity` = the agents' hours inside that day's window x calls per agent-hour).
`shortfall` = max(0, planned + callbacks - capacity): that many windows will be missed
(DOMAIN.md 4.6). `late` estimates how many of the residents behind the shortfall will have
their plan run past the plan's days: an attempt is "critical" when the next window of its
slot type falls past the case's deadline (moving it, rule 6, is impossible), and the missed
share of a cell's attempts is spread evenly over its critical ones.

How the plans are projected: each open case in the queue has its next window; after it the
planner (app.scheduler.planner) plans the rest assuming nobody answers and every window is
kept, exactly as `plan-preview` does. Cases in the same state (next window, attempts per slot
type, first day of the plan) have the same future, so they are projected once per state and
counted with their number: 100,000 cases are a few hundred states. Tie-breaks on the wijk's
contact rate are left out of the projection (they choose between equally good slot types).
A window that already passed unused (the job has not moved it yet) counts in the next window
of its slot type, as the job will move it. Days without any window (Sundays, public holidays,
closed days) have no rows, so no planned work; windows are built from the Amsterdam wall
clock, so DST days have their true length.

**Capacity**: the roster (`roster_entries`) is a weekly pattern of shifts per agent with dated
exceptions; an exception replaces that agent's pattern on its date ("vrij": off). An agent's
hours in a slot are the overlap of their shifts with that day's window. Calls per agent-hour
per slot type = 3600 / the mean handling time (duration + wrap-up) of the calls measured over
the last `handling_weeks` weeks (setting); without measurements the setting
`default_calls_per_hour`.

**Staffing** (`staffing`): from the last `STAFFING_MONTHS` months: cases per signal, attempts
per case, the share of attempts per slot type, the contact rate per slot type and the handling
time of calls with and without contact; the agent-hours a month per slot type that N new
signals a month need, beside the roster's hours in an average month.
"""

from __future__ import annotations

import functools
import itertools
import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Date, String, cast, delete, func, select, type_coerce
from sqlalchemy import case as sql_case
from sqlalchemy.orm import Session

from app.clock import AMSTERDAM
from app.models import Attempt, Callback, Case, RosterEntry, Signal
from app.models.enums import CallbackStatus, CaseStatus, Channel, Role, Slot
from app.scheduler import planner
from app.scheduler.calendar import SLOTS, CallingCalendar, Window
from app.scheduler.planner import PastAttempt, PlanRules
from app.services import audit, planning, settings
from app.services.authz import allowed
from app.services.context import AppContext
from app.services.errors import InvalidInput

log = logging.getLogger(__name__)

#: The longest forecast period (days): the plans of open cases reach 21 days ahead.
MAX_DAYS = 62
#: Months of history the staffing estimate measures.
STAFFING_MONTHS = 3
#: Weeks in an average month (52.18 / 12), for a weekly roster's hours per month.
WEEKS_PER_MONTH = 4.348
#: Handling time (seconds, call plus wrap-up) assumed when nothing has been measured yet.
DEFAULT_CONTACT_SECONDS = 720.0
DEFAULT_NO_CONTACT_SECONDS = 90.0
#: Contact rate per attempt assumed for a slot type without attempts in the measured months
#: (about the national figure: a fifth of residents reached in about two attempts each).
DEFAULT_CONTACT_RATE = 0.10


# --- the roster ------------------------------------------------------------------------------

_DAYS = {
    "ma": 0, "maandag": 0, "mon": 0, "monday": 0,
    "di": 1, "dinsdag": 1, "tue": 1, "tuesday": 1,
    "wo": 2, "woensdag": 2, "wed": 2, "wednesday": 2,
    "do": 3, "donderdag": 3, "thu": 3, "thursday": 3,
    "vr": 4, "vrijdag": 4, "fri": 4, "friday": 4,
    "za": 5, "zaterdag": 5, "sat": 5, "saturday": 5,
    "zo": 6, "zondag": 6, "sun": 6, "sunday": 6,
}  # fmt: skip
_DAY_NAMES = ["ma", "di", "wo", "do", "vr", "za", "zo"]
_OFF = {"vrij", "off", "afwezig", "-"}
_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})$")


@dataclass(frozen=True)
class Shift:
    """One roster line: `agent` works from `start` to `end` (None: off that date) on `weekday`
    of every week, or on `on_date` only (an exception)."""

    agent: str
    weekday: int | None
    on_date: date | None
    start: time | None
    end: time | None
    line: int = 0

    def text(self) -> str:
        day = self.on_date.isoformat() if self.on_date else _DAY_NAMES[self.weekday or 0]
        if self.start is None or self.end is None:
            return f"{self.agent};{day};vrij"
        return f"{self.agent};{day};{self.start:%H:%M};{self.end:%H:%M}"


def _parse_time(value: str, line: int) -> time:
    match = _TIME.match(value.strip())
    if match is None:
        raise InvalidInput(f"Regel {line}: '{value}' is geen tijd (UU:MM).")
    hours, minutes = int(match.group(1)), int(match.group(2))
    if hours == 24 and minutes == 0:
        return time(23, 59, 59)
    if hours > 23 or minutes > 59:
        raise InvalidInput(f"Regel {line}: '{value}' is geen bestaande tijd.")
    return time(hours, minutes)


def _parse_day(value: str, line: int) -> tuple[int | None, date | None]:
    text = value.strip().lower()
    if text in _DAYS:
        return _DAYS[text], None
    for fmt in ("%Y-%m-%d", "%d-%m-%Y"):
        try:
            return None, datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise InvalidInput(
        f"Regel {line}: '{value}' is geen weekdag (ma t/m zo) en geen datum (JJJJ-MM-DD)."
    )


def parse_roster(text: str) -> list[Shift]:
    """Roster lines `agent;day;start;end` or `agent;day;vrij` (also with `,` or tabs).

    `day` is a weekday (ma, di, … zo; the weekly pattern) or a date (an exception for that
    date). Empty lines and lines starting with `#` are skipped. Refused with the line number:
    a bad day or time, an end not after the start, and two shifts of one agent that overlap.
    """
    shifts: list[Shift] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in re.split(r"[;,\t]", line)]
        if len(parts) not in (3, 4) or not parts[0]:
            raise InvalidInput(
                f"Regel {number}: verwacht 'naam;dag;begin;eind' of 'naam;dag;vrij'."
            )
        agent = parts[0][:120]
        weekday, on_date = _parse_day(parts[1], number)
        if len(parts) == 3:
            if parts[2].lower() not in _OFF:
                raise InvalidInput(
                    f"Regel {number}: verwacht 'naam;dag;begin;eind' of 'naam;dag;vrij'."
                )
            if on_date is None:
                raise InvalidInput(
                    f"Regel {number}: 'vrij' geldt voor een datum; laat een vrije weekdag "
                    "gewoon weg."
                )
            shifts.append(Shift(agent, None, on_date, None, None, number))
            continue
        start, end = _parse_time(parts[2], number), _parse_time(parts[3], number)
        if end <= start:
            raise InvalidInput(f"Regel {number}: het einde ({parts[3]}) ligt niet na het begin.")
        shifts.append(Shift(agent, weekday, on_date, start, end, number))
    _check_overlaps(shifts)
    return shifts


def _check_overlaps(shifts: Sequence[Shift]) -> None:
    by_key: dict[tuple[str, int | None, date | None], list[Shift]] = defaultdict(list)
    for shift in shifts:
        by_key[(shift.agent.casefold(), shift.weekday, shift.on_date)].append(shift)
    for group in by_key.values():
        off = [s for s in group if s.start is None]
        worked = sorted((s for s in group if s.start is not None), key=lambda s: s.start or 0)
        if off and worked:
            raise InvalidInput(
                f"Regel {worked[0].line}: {worked[0].agent} is op die datum ook vrij "
                f"(regel {off[0].line})."
            )
        for first, second in itertools.pairwise(worked):
            assert first.end is not None and second.start is not None
            if second.start < first.end:
                raise InvalidInput(
                    f"Regel {second.line}: overlapt met regel {first.line} van {second.agent}."
                )


@dataclass(frozen=True)
class Roster:
    shifts: tuple[Shift, ...]

    @functools.cached_property
    def _pattern(self) -> dict[int, list[Shift]]:
        found: dict[int, list[Shift]] = defaultdict(list)
        for shift in self.shifts:
            if shift.weekday is not None:
                found[shift.weekday].append(shift)
        return found

    @functools.cached_property
    def _exceptions(self) -> dict[date, dict[str, list[Shift]]]:
        found: dict[date, dict[str, list[Shift]]] = defaultdict(lambda: defaultdict(list))
        for shift in self.shifts:
            if shift.on_date is not None:
                found[shift.on_date][shift.agent.casefold()].append(shift)
        return found

    def shifts_on(self, day: date) -> list[Shift]:
        """The shifts worked on `day`: each agent's exception of that date, else the pattern."""
        exceptions = self._exceptions.get(day, {})
        worked = [
            s for s in self._pattern.get(day.weekday(), []) if s.agent.casefold() not in exceptions
        ]
        for agent_shifts in exceptions.values():
            worked.extend(s for s in agent_shifts if s.start is not None)
        return worked

    def hours_on(self, day: date, windows: Iterable[Window]) -> dict[Slot, float]:
        """Agent-hours per slot type: every shift's overlap with each of the day's windows.

        Both sides are aware datetimes built from the wall clock, so a window on a DST day
        has its real length."""
        hours: dict[Slot, float] = {}
        shifts = self.shifts_on(day)
        for window in windows:
            total = 0.0
            for shift in shifts:
                assert shift.start is not None and shift.end is not None
                begin = datetime.combine(day, shift.start, tzinfo=AMSTERDAM).astimezone(UTC)
                end = datetime.combine(day, shift.end, tzinfo=AMSTERDAM).astimezone(UTC)
                overlap = min(end, window.end) - max(begin, window.start)
                if overlap > timedelta(0):
                    total += overlap.total_seconds() / 3600.0
            hours[window.slot] = hours.get(window.slot, 0.0) + total
        return hours


def _load_roster(session: Session) -> Roster:
    rows = session.scalars(select(RosterEntry).order_by(RosterEntry.line, RosterEntry.id))
    shifts = []
    for row in rows:
        shifts.append(
            Shift(
                agent=row.agent,
                weekday=row.weekday,
                on_date=row.on_date,
                start=_parse_time(row.start, row.line) if row.start else None,
                end=_parse_time(row.end, row.line) if row.end else None,
                line=row.line,
            )
        )
    return Roster(tuple(shifts))


@allowed(Role.TEAMLEAD, Role.ADMIN)
def roster_text(ctx: AppContext) -> str:
    """The roster as the team lead edits it: one shift per line."""
    with ctx.db.read() as session:
        roster = _load_roster(session)
    return "\n".join(shift.text() for shift in roster.shifts)


@allowed(Role.TEAMLEAD, Role.ADMIN)
def set_roster(ctx: AppContext, text: str) -> int:
    """Replace the roster by `text` (see `parse_roster`); audited. Returns the shifts stored."""
    shifts = parse_roster(text)
    with ctx.db.begin() as session:
        session.execute(delete(RosterEntry))
        for position, shift in enumerate(shifts, start=1):
            session.add(
                RosterEntry(
                    agent=shift.agent,
                    weekday=shift.weekday,
                    on_date=shift.on_date,
                    start=f"{shift.start:%H:%M}" if shift.start else None,
                    end=f"{shift.end:%H:%M}" if shift.end else None,
                    line=position,
                )
            )
        audit.record(session, ctx, "roster_changed", detail=f"{len(shifts)} diensten")
    return len(shifts)


# --- handling time -----------------------------------------------------------------------------


@dataclass(frozen=True)
class HandlingTime:
    """Mean seconds per call (duration + wrap-up) per slot type, with and without contact."""

    contact: dict[Slot, float]
    no_contact: dict[Slot, float]
    overall: dict[Slot, float]
    measured_calls: int


def handling_time(session: Session, since: datetime, until: datetime) -> HandlingTime:
    rows = session.execute(
        select(
            Attempt.slot,
            Attempt.is_contact,
            func.count(Attempt.id),
            func.sum(Attempt.duration_seconds + func.coalesce(Attempt.wrap_up_seconds, 0)),
        )
        .where(Attempt.duration_seconds.is_not(None), Attempt.at >= since, Attempt.at < until)
        .group_by(Attempt.slot, Attempt.is_contact)
    ).all()
    contact: dict[Slot, float] = {}
    no_contact: dict[Slot, float] = {}
    totals: dict[Slot, tuple[int, float]] = {}
    measured = 0
    for slot_name, is_contact, count, seconds in rows:
        try:
            slot = Slot(slot_name)
        except ValueError:
            continue
        if not count:
            continue
        measured += int(count)
        mean = float(seconds or 0) / float(count)
        (contact if is_contact else no_contact)[slot] = mean
        n, s = totals.get(slot, (0, 0.0))
        totals[slot] = (n + int(count), s + float(seconds or 0))
    overall = {slot: s / n for slot, (n, s) in totals.items() if n}
    return HandlingTime(contact, no_contact, overall, measured)


def calls_per_hour(session: Session, now: datetime) -> dict[Slot, float]:
    """Calls one agent makes in an hour per slot type, measured over the last weeks."""
    weeks = int(settings.get(session, "handling_weeks"))
    fallback = float(settings.get(session, "default_calls_per_hour"))
    measured = handling_time(session, now - timedelta(weeks=weeks), now)
    all_seconds = [v for v in measured.overall.values() if v > 0]
    mean_all = sum(all_seconds) / len(all_seconds) if all_seconds else 0.0
    result: dict[Slot, float] = {}
    for slot in SLOTS:
        seconds = measured.overall.get(slot) or mean_all
        result[slot] = 3600.0 / seconds if seconds > 0 else fallback
    return result


# --- the forecast -------------------------------------------------------------------------------


@dataclass
class ForecastRow:
    day: date
    slot: Slot
    planned: int = 0
    callbacks: int = 0
    capacity: int = 0
    agent_hours: float = 0.0
    critical: int = 0

    @property
    def demand(self) -> int:
        return self.planned + self.callbacks

    @property
    def shortfall(self) -> int:
        return max(0, self.demand - self.capacity)

    @property
    def late(self) -> int:
        """Residents whose plan will run past its days because of this cell's shortfall."""
        if not self.shortfall or not self.demand:
            return 0
        return min(self.critical, round(self.critical * self.shortfall / self.demand))

    def to_json(self) -> dict[str, Any]:
        return {
            "date": self.day.isoformat(),
            "slot": self.slot.value,
            "planned": self.planned,
            "callbacks": self.callbacks,
            "capacity": self.capacity,
            "shortfall": self.shortfall,
            "agent_hours": round(self.agent_hours, 2),
            "late": self.late,
        }


@dataclass
class Forecast:
    start: date
    days: int
    rows: list[ForecastRow] = field(default_factory=list)
    calls_per_hour: dict[Slot, float] = field(default_factory=dict)
    open_cases: int = 0

    @property
    def nothing_planned(self) -> bool:
        return not any(row.demand for row in self.rows)

    @property
    def shortfall(self) -> int:
        return sum(row.shortfall for row in self.rows)

    @property
    def late(self) -> int:
        return sum(row.late for row in self.rows)


def _local_date(moment: datetime) -> date:
    return moment.astimezone(AMSTERDAM).date()


def _check_period(today: date, start: date, days: int) -> None:
    if days < 1:
        raise InvalidInput("Het aantal dagen moet 1 of meer zijn.")
    if days > MAX_DAYS:
        raise InvalidInput(f"Een vooruitblik gaat hoogstens {MAX_DAYS} dagen vooruit.")
    if start < today:
        raise InvalidInput(
            f"De periode begint in het verleden ({start:%d-%m-%Y}); kies vandaag of later."
        )


def _first_day_expression(session: Session) -> Any:
    """The Amsterdam date of the plan's first attempt, grouped on in SQL (one group per day,
    not per call time)."""
    if session.get_bind().dialect.name == "postgresql":
        return cast(func.timezone("Europe/Amsterdam", Case.plan_started_at), Date)
    # SQLite has no time zones. Before 22:00 UTC the Amsterdam date is the UTC date (23:00 or
    # midnight there); a later instant (a night call from an earlier system) stays whole and
    # is reduced in Python (`_first_day`).
    return type_coerce(
        sql_case(
            (func.time(Case.plan_started_at) < "22:00:00", func.date(Case.plan_started_at)),
            else_=Case.plan_started_at,
        ),
        String,
    )


def _first_day(value: Any) -> date | None:
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    if isinstance(value, datetime):
        return _local_date(value if value.tzinfo else value.replace(tzinfo=UTC))
    text = str(value)
    if len(text) == 10:
        return date.fromisoformat(text)
    return _local_date(datetime.fromisoformat(text).replace(tzinfo=UTC))


_QUEUED = (
    Case.status == CaseStatus.OPEN.value,
    Case.needs_phone.is_not(True),
    Case.next_window_start.is_not(None),
    Case.next_slot.is_not(None),
)


def _state_query(session: Session) -> Any:
    """The open cases grouped by plan state, from the cases alone (Case.tried_slots)."""
    first = _first_day_expression(session)
    return (
        select(
            Case.next_slot,
            Case.next_window_start,
            Case.next_window_end,
            first.label("first"),
            Case.tried_slots,
            Case.attempts_used,
            func.count(Case.id),
        )
        .where(*_QUEUED)
        .group_by(
            Case.next_slot,
            Case.next_window_start,
            Case.next_window_end,
            first,
            Case.tried_slots,
            Case.attempts_used,
        )
    )


def _counted_state_query(session: Session) -> Any:
    """The same states with the counts per slot type read from the attempts themselves: for a
    database whose `tried_slots` cannot be trusted (written around record_outcome)."""
    counted = (
        select(
            Attempt.case_id.label("case_id"),
            *(
                func.sum(sql_case((Attempt.slot == slot.value, 1), else_=0)).label(slot.value)
                for slot in SLOTS
            ),
        )
        .join(Case, Case.id == Attempt.case_id)
        .where(Attempt.counts_as_attempt.is_(True), *_QUEUED)
        .group_by(Attempt.case_id)
        .subquery()
    )
    first = _first_day_expression(session)
    counts = [func.coalesce(getattr(counted.c, slot.value), 0) for slot in SLOTS]
    return (
        select(
            Case.next_slot,
            Case.next_window_start,
            Case.next_window_end,
            first.label("first"),
            *counts,
            func.count(Case.id),
        )
        .outerjoin(counted, counted.c.case_id == Case.id)
        .where(*_QUEUED)
        .group_by(Case.next_slot, Case.next_window_start, Case.next_window_end, first, *counts)
    )


def _parse_tried(value: str | None, used: int) -> tuple[int, ...] | None:
    """Case.tried_slots as counts, or None when missing or not adding up to attempts_used."""
    if value is None:
        return None
    try:
        counts = tuple(int(part) for part in value.split(","))
    except ValueError:
        return None
    if len(counts) != len(SLOTS) or sum(counts) != used or min(counts) < 0:
        return None
    return counts


_State = tuple[str, datetime, datetime, Any, tuple[int, ...], int]


def _plan_states(session: Session) -> list[_State]:
    """(slot, window start, end, first day, counts per slot type, number of cases)."""
    states: list[_State] = []
    for slot, start, end, first, tried, used, number in session.execute(_state_query(session)):
        counts = _parse_tried(tried, int(used or 0))
        if counts is None:
            log.warning("cases.tried_slots out of step with the attempts; counting them instead")
            states = []
            for row in session.execute(_counted_state_query(session)):
                slot, start, end, first, *rest = row
                states.append(
                    (slot, start, end, first, tuple(int(c or 0) for c in rest[:-1]), int(rest[-1]))
                )
            return states
        states.append((slot, start, end, first, counts, int(number)))
    return states


@dataclass(frozen=True)
class _Projected:
    day: date
    slot: Slot
    critical: bool


class _Projector:
    """Projects plans by state; a state's future is computed once (shared tails)."""

    def __init__(self, calendar: CallingCalendar, rules: PlanRules, last_day: date) -> None:
        self.calendar = calendar
        self.rules = rules
        self.last_day = last_day
        self._tails: dict[tuple[Any, ...], tuple[_Projected, ...]] = {}

    def _critical(self, window: Window, deadline: date) -> bool:
        following = self.calendar.next_window(window.slot, window.end)
        return following is None or following.day > deadline

    def project(
        self, window: Window, tried: tuple[int, ...], first_day: date | None
    ) -> tuple[_Projected, ...]:
        """The attempts from `window` on (itself included) until the plan ends or the period."""
        first = first_day or window.day
        key = (window, tried, first)
        found = self._tails.get(key)
        if found is not None:
            return found
        used = sum(tried)
        deadline = self.rules.deadline(first)
        if used >= self.rules.max_attempts or window.day > deadline:
            result: tuple[_Projected, ...] = ()
        elif window.day > self.last_day:
            result = ()
        else:
            here = _Projected(window.day, window.slot, self._critical(window, deadline))
            after = list(tried)
            after[SLOTS.index(window.slot)] += 1
            history = self._history(tuple(after), window, first)
            planned = planner.next_attempt(
                self.calendar, self.rules, history, window.start, None, plan_start=first
            )
            rest: tuple[_Projected, ...] = ()
            if planned is not None:
                rest = self.project(planned.window, tuple(after), first)
            result = (here, *rest)
        self._tails[key] = result
        return result

    @staticmethod
    def _history(tried: tuple[int, ...], last: Window, first: date) -> list[PastAttempt]:
        """A history with these counts per slot type whose latest attempt is `last`.

        The planner reads only the counts, the last slot and day, and the first day from it."""
        early = datetime.combine(first, time(0, 1), tzinfo=AMSTERDAM)
        history: list[PastAttempt] = []
        remaining = list(tried)
        remaining[SLOTS.index(last.slot)] -= 1
        for index, count in enumerate(remaining):
            history.extend(PastAttempt(SLOTS[index], early) for _ in range(count))
        history.append(PastAttempt(last.slot, last.start))
        return history


def _planned(
    session: Session,
    context: planning.PlanningContext,
    now: datetime,
    last_day: date,
) -> tuple[dict[tuple[date, Slot], list[int]], int]:
    """(day, slot) -> [attempts, critical ones] of the open cases' plans; and the case count."""
    calendar = context.calendar
    projector = _Projector(calendar, context.rules, last_day)
    cells: dict[tuple[date, Slot], list[int]] = defaultdict(lambda: [0, 0])
    cases = 0
    for slot_name, start, end, first, counts, number in _plan_states(session):
        cases += number
        try:
            slot = Slot(slot_name)
        except ValueError:
            continue
        window = Window(start=start.astimezone(AMSTERDAM), end=end.astimezone(AMSTERDAM), slot=slot)
        first = _first_day(first)
        if window.end <= now:
            # Passed unused: the job moves it to the next window of its slot type (rule 6).
            moved = calendar.next_window(slot, now, include_current=True)
            if moved is None:
                continue
            window = moved
        for item in projector.project(window, counts, first):
            cell = cells[(item.day, item.slot)]
            cell[0] += number
            if item.critical:
                cell[1] += number
    return cells, cases


def _callbacks(
    session: Session, calendar: CallingCalendar, now: datetime, until: datetime
) -> dict[tuple[date, Slot], int]:
    """Open callbacks per day and slot type; one that is overdue (still open) is handed out
    in the next window, so it counts there."""
    rows = session.execute(
        select(Callback.due_at)
        .join(Case, Case.id == Callback.case_id)
        .where(
            Callback.status == CallbackStatus.OPEN.value,
            Case.status == CaseStatus.OPEN.value,
            Callback.due_at < until,
        )
    ).scalars()
    found: dict[tuple[date, Slot], int] = defaultdict(int)
    next_open = calendar.next_open_window(now)
    for due in rows:
        if due < now:
            if next_open is None:
                continue
            due = max(now, next_open.start)
        window = calendar.open_window(due)
        slot = window.slot if window is not None else calendar.slot_of(due)
        found[(_local_date(due), slot)] += 1
    return found


@allowed(Role.TEAMLEAD, Role.ADMIN)
def forecast(ctx: AppContext, start: date | None = None, days: int = 14) -> Forecast:
    """Planned attempts and booked callbacks per day and slot type against the roster."""
    now = ctx.clock.now()
    today = _local_date(now)
    start = start or today
    _check_period(today, start, days)
    last_day = start + timedelta(days=days - 1)
    until = datetime.combine(last_day + timedelta(days=1), time(0), tzinfo=AMSTERDAM)
    with ctx.db.read() as session:
        context = planning.PlanningContext.load(session)
        calendar = context.calendar
        roster = _load_roster(session)
        rates = calls_per_hour(session, now)
        planned, open_cases = _planned(session, context, now, last_day)
        callbacks = _callbacks(session, calendar, now, until)
    result = Forecast(start=start, days=days, calls_per_hour=rates, open_cases=open_cases)
    for offset in range(days):
        day = start + timedelta(days=offset)
        windows = calendar.windows_on(day)
        hours = roster.hours_on(day, windows)
        for window in windows:
            cell = planned.get((day, window.slot), [0, 0])
            agent_hours = hours.get(window.slot, 0.0)
            result.rows.append(
                ForecastRow(
                    day=day,
                    slot=window.slot,
                    planned=cell[0],
                    callbacks=callbacks.get((day, window.slot), 0),
                    capacity=int(agent_hours * rates[window.slot] + 1e-9),
                    agent_hours=agent_hours,
                    critical=cell[1],
                )
            )
    return result


# --- staffing a month of signals ---------------------------------------------------------------


@dataclass
class Staffing:
    signals_per_month: int
    hours_per_slot: dict[Slot, float]
    roster_hours_per_slot: dict[Slot, float]
    cases_per_signal: float
    attempts_per_case: float
    attempt_share: dict[Slot, float]
    contact_rate: dict[Slot, float]
    handling_seconds: dict[Slot, float]
    measured: bool

    def to_json(self) -> dict[str, Any]:
        def by_slot(values: dict[Slot, float], digits: int) -> dict[str, float]:
            return {slot.value: round(values.get(slot, 0.0), digits) for slot in SLOTS}

        return {
            "signals_per_month": self.signals_per_month,
            "hours_per_slot": by_slot(self.hours_per_slot, 1),
            "roster_hours_per_slot": by_slot(self.roster_hours_per_slot, 1),
            "cases_per_signal": round(self.cases_per_signal, 3),
            "attempts_per_case": round(self.attempts_per_case, 2),
            "attempt_share": by_slot(self.attempt_share, 3),
            "contact_rate": by_slot(self.contact_rate, 3),
            "handling_seconds": by_slot(self.handling_seconds, 0),
            "measured": self.measured,
        }


def _months_back(day: date, months: int) -> date:
    month = day.month - months
    year = day.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    return date(year, month, min(day.day, 28))


def _roster_month_hours(
    roster: Roster, calendar: CallingCalendar, today: date
) -> dict[Slot, float]:
    """The roster's agent-hours per slot type in an average month: the next four weeks'
    open days (so holidays and closed days count), scaled to a month."""
    totals: dict[Slot, float] = dict.fromkeys(SLOTS, 0.0)
    for offset in range(28):
        day = today + timedelta(days=offset)
        for slot, hours in roster.hours_on(day, calendar.windows_on(day)).items():
            totals[slot] += hours
    return {slot: hours / 4.0 * WEEKS_PER_MONTH for slot, hours in totals.items()}


@allowed(Role.TEAMLEAD, Role.ADMIN)
def staffing(ctx: AppContext, signals_per_month: int) -> Staffing:
    """Agent-hours a month per slot type that `signals_per_month` new signals need."""
    if signals_per_month < 0:
        raise InvalidInput("Het aantal signalen per maand kan niet negatief zijn.")
    now = ctx.clock.now()
    today = _local_date(now)
    since_day = _months_back(today, STAFFING_MONTHS)
    since = datetime.combine(since_day, time(0), tzinfo=AMSTERDAM)
    with ctx.db.read() as session:
        context = planning.PlanningContext.load(session)
        roster = _load_roster(session)
        signals = int(
            session.scalar(select(func.count(Signal.id)).where(Signal.received_on >= since_day))
            or 0
        )
        cases = int(
            session.scalar(select(func.count(Case.id)).where(Case.first_received_on >= since_day))
            or 0
        )
        rows = session.execute(
            select(
                Attempt.slot,
                func.count(Attempt.id),
                func.sum(sql_case((Attempt.is_contact, 1), else_=0)),
                func.count(func.distinct(Attempt.case_id)),
            )
            .join(Case, Case.id == Attempt.case_id)
            # Agents' hours go to the plan's outbound calls, not to letters or visits.
            .where(
                Case.first_received_on >= since_day,
                Attempt.at >= since,
                Attempt.channel == Channel.PHONE.value,
            )
            .group_by(Attempt.slot)
        ).all()
        attempted_cases = int(
            session.scalar(
                select(func.count(func.distinct(Attempt.case_id)))
                .join(Case, Case.id == Attempt.case_id)
                .where(
                    Case.first_received_on >= since_day,
                    Attempt.at >= since,
                    Attempt.channel == Channel.PHONE.value,
                )
            )
            or 0
        )
        handling = handling_time(session, since, now)
    per_slot: dict[Slot, tuple[int, int]] = {}
    for slot_name, count, contacts, _cases in rows:
        try:
            per_slot[Slot(slot_name)] = (int(count), int(contacts or 0))
        except ValueError:
            continue
    total_attempts = sum(n for n, _c in per_slot.values())
    measured = bool(total_attempts and attempted_cases and cases and signals)
    if measured:
        cases_per_signal = cases / signals
        attempts_per_case = total_attempts / attempted_cases
        share = {slot: per_slot.get(slot, (0, 0))[0] / total_attempts for slot in SLOTS}
    else:
        # No history yet: every case gets its whole plan, as plan-preview shows it.
        plan = planning.preview(now, context=context)
        cases_per_signal = 1.0
        attempts_per_case = float(len(plan) or context.rules.max_attempts)
        share = {slot: sum(1 for p in plan if p.slot is slot) / (len(plan) or 1) for slot in SLOTS}
    contact_rate = {
        slot: (
            per_slot[slot][1] / per_slot[slot][0]
            if per_slot.get(slot, (0, 0))[0]
            else DEFAULT_CONTACT_RATE
        )
        for slot in SLOTS
    }
    seconds: dict[Slot, float] = {}
    for slot in SLOTS:
        with_contact = handling.contact.get(slot, DEFAULT_CONTACT_SECONDS)
        without = handling.no_contact.get(slot, DEFAULT_NO_CONTACT_SECONDS)
        rate = contact_rate[slot]
        seconds[slot] = rate * with_contact + (1.0 - rate) * without
    attempts = signals_per_month * cases_per_signal * attempts_per_case
    hours = {slot: attempts * share[slot] * seconds[slot] / 3600.0 for slot in SLOTS}
    return Staffing(
        signals_per_month=signals_per_month,
        hours_per_slot=hours,
        roster_hours_per_slot=_roster_month_hours(roster, context.calendar, today),
        cases_per_signal=cases_per_signal,
        attempts_per_case=attempts_per_case,
        attempt_share=share,
        contact_rate=contact_rate,
        handling_seconds=seconds,
        measured=measured,
    )
