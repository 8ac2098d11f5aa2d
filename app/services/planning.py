"""Bridge between the database and the pure calendar and planner in app.scheduler.

Everything here works inside the caller's unit of work (a Session it owns); nothing commits.
The settings and closed days are read once per session into a `PlanningContext` (cached in
`session.info`), so planning 100,000 imported rows in one transaction costs one settings
query, one closed-days query, one contact-rate query per day of "now" and one history
query per case. Callers that plan many cases may also build the context themselves with
`PlanningContext.load(session)` and pass it as `context=`.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import case, exists, func, or_, select
from sqlalchemy.orm import Session

from app.clock import AMSTERDAM
from app.models import Attempt, Callback, Case, ClosedDay
from app.models.enums import CallbackStatus, CaseStatus, CloseReason, Slot
from app.scheduler import planner
from app.scheduler.calendar import CalendarConfigError, CallingCalendar, Window, parse_windows
from app.scheduler.planner import PastAttempt, PlannedAttempt, PlanRules
from app.services import settings
from app.services.errors import InvalidInput

log = logging.getLogger(__name__)

_SESSION_KEY = "vroegbel.planning_context"

#: The Dutch names of the slot types in the services' texts (the plan preview, the report's
#: PDF); the one table of them. The screens show app.ui.labels' translated names.
SLOT_LABELS: dict[Slot, str] = {
    Slot.MORNING: "ochtend",
    Slot.AFTERNOON: "middag",
    Slot.EVENING: "avond",
    Slot.SATURDAY: "zaterdag",
}


@dataclass
class PlanningContext:
    """Calendar, plan rules and deadline settings, loaded once per unit of work."""

    calendar: CallingCalendar
    rules: PlanRules
    values: dict[str, Any]
    _rates: dict[date, dict[str, dict[Slot, float]]] = field(default_factory=dict)

    @classmethod
    def from_values(
        cls, values: dict[str, Any], closed_days: Iterable[date] = ()
    ) -> PlanningContext:
        windows = values.get("calling_windows") or settings.DEFAULT_CALLING_WINDOWS
        try:
            calendar = CallingCalendar(windows, closed_days)
        except CalendarConfigError:
            log.error("calling_windows setting unusable; using the defaults", exc_info=True)
            calendar = CallingCalendar(settings.DEFAULT_CALLING_WINDOWS, closed_days)
        return cls(calendar=calendar, rules=PlanRules.from_settings(values), values=values)

    @classmethod
    def defaults(cls) -> PlanningContext:
        """The defaults of DOMAIN.md, without a database (e.g. plan-preview without --db)."""
        return cls.from_values({key: spec.default for key, spec in settings.SPECS.items()})

    @classmethod
    def load(cls, session: Session) -> PlanningContext:
        values = settings.get_all(session)
        closed = session.scalars(select(ClosedDay.day)).all()
        return cls.from_values(values, closed)

    def setting(self, key: str) -> Any:
        if key in self.values:
            return self.values[key]
        return settings.SPECS[key].default

    def rates_for(self, session: Session, wijk: str, now: datetime) -> dict[Slot, float]:
        """Contact rate per slot type in `wijk` over the last `contact_rate_weeks` weeks.

        Computed for all wijken at once per local day of `now` and cached.
        """
        today = now.astimezone(AMSTERDAM).date()
        by_wijk = self._rates.get(today)
        if by_wijk is None:
            weeks = int(self.setting("contact_rate_weeks"))
            by_wijk = contact_rates(session, today, weeks)
            if len(self._rates) > 64:
                self._rates.clear()
            self._rates[today] = by_wijk
        return by_wijk.get(wijk, {})


def contact_rates(session: Session, today: date, weeks: int) -> dict[str, dict[Slot, float]]:
    """Per wijk and slot type: contacts / attempts from `weeks` weeks before today until today."""
    since = datetime.combine(today - timedelta(weeks=weeks), time(0), tzinfo=AMSTERDAM)
    until = datetime.combine(today + timedelta(days=1), time(0), tzinfo=AMSTERDAM)
    rows = session.execute(
        select(
            Case.wijk,
            Attempt.slot,
            func.count(Attempt.id),
            func.sum(case((Attempt.is_contact, 1), else_=0)),
        )
        .join(Case, Case.id == Attempt.case_id)
        .where(Attempt.at >= since, Attempt.at < until)
        .group_by(Case.wijk, Attempt.slot)
    ).all()
    result: dict[str, dict[Slot, float]] = defaultdict(dict)
    for wijk, slot, attempts, contacts in rows:
        try:
            key = Slot(slot)
        except ValueError:
            continue
        if attempts:
            result[wijk][key] = float(contacts or 0) / float(attempts)
    return dict(result)


def planning_context(session: Session) -> PlanningContext:
    """The context of this unit of work (loaded on first use, then cached on the session)."""
    cached = session.info.get(_SESSION_KEY)
    if isinstance(cached, PlanningContext):
        return cached
    loaded = PlanningContext.load(session)
    session.info[_SESSION_KEY] = loaded
    return loaded


def use_context(session: Session, context: PlanningContext) -> None:
    """Plan this unit of work with `context`, loaded earlier (the queue shares one per
    database for half a minute, so that recording an outcome does not reload the settings
    and the contact rates of eight weeks for every call)."""
    session.info[_SESSION_KEY] = context


def invalidate(session: Session) -> None:
    """Forget the cached context, e.g. after the admin changed windows or closed days."""
    session.info.pop(_SESSION_KEY, None)


def validate_calling_windows(value: Any) -> None:
    """Refuse a `calling_windows` setting the calendar cannot use (for the admin service)."""
    try:
        if not isinstance(value, dict):
            raise CalendarConfigError("geen tabel van tijdvakken")
        parse_windows(value)
    except (CalendarConfigError, AttributeError) as exc:
        raise InvalidInput(f"De belvensters zijn ongeldig: {exc}.") from exc


# --- the four functions the outcome rules, intake and queue rely on ---------------------


def slot_of_moment(session: Session, at: datetime) -> Slot:
    """The slot type a call at `at` belongs to (historical calls: from weekday and time)."""
    return planning_context(session).calendar.slot_of(at)


def _history(session: Session, case_id: int | None) -> list[PastAttempt]:
    if case_id is None:
        return []
    rows = session.execute(
        select(Attempt.slot, Attempt.at)
        .where(Attempt.case_id == case_id, Attempt.counts_as_attempt.is_(True))
        .order_by(Attempt.at, Attempt.id)
    ).all()
    return [PastAttempt(slot=Slot(slot), at=at) for slot, at in rows]


def _plan_start(case: Case) -> date | None:
    if case.plan_started_at is None:
        return None
    return case.plan_started_at.astimezone(AMSTERDAM).date()


def _apply(case: Case, planned: PlannedAttempt | None) -> bool:
    if planned is None:
        case.next_slot = None
        case.next_window_start = None
        case.next_window_end = None
        return False
    case.next_slot = planned.slot.value
    case.next_window_start = planned.window.start.astimezone(UTC)
    case.next_window_end = planned.window.end.astimezone(UTC)
    return True


def plan_next_attempt(
    session: Session, case: Case, now: datetime, *, context: PlanningContext | None = None
) -> bool:
    """Set the case's next slot and window; False when the plan has no room left.

    Plans from the case's attempts that counted; the first attempt's window starts no earlier
    than `now`. The window is stored as aware UTC datetimes.
    """
    ctx = context or planning_context(session)
    planned = planner.next_attempt(
        ctx.calendar,
        ctx.rules,
        _history(session, case.id),
        now,
        ctx.rates_for(session, case.wijk, now),
        plan_start=_plan_start(case),
    )
    return _apply(case, planned)


def plan_first_attempt(
    session: Session, case: Case, now: datetime, *, context: PlanningContext | None = None
) -> bool:
    """Plan the first attempt of a new case (intake, or a case that got a phone number)."""
    return plan_next_attempt(session, case, now, context=context)


def check_callback_time(session: Session, when: datetime) -> None:
    """Refuse a callback time outside calling hours (one Dutch sentence)."""
    if when.tzinfo is None:
        raise InvalidInput("Een terugbeltijd heeft een tijdzone nodig.")
    calendar = planning_context(session).calendar
    if calendar.open_window(when) is not None:
        return
    upcoming = calendar.next_open_window(when)
    if upcoming is None:
        raise InvalidInput("Dit tijdstip valt buiten de beltijden en er is geen belvenster open.")
    start = upcoming.start.astimezone(AMSTERDAM)
    raise InvalidInput(
        "Dit tijdstip valt buiten de beltijden; het eerstvolgende belvenster begint op "
        f"{start:%d-%m-%Y} om {start:%H:%M}."
    )


def handoff_deadlines(session: Session, at: datetime, *, urgent: bool) -> tuple[date, date]:
    """(local target, legal deadline) for a coach's first conversation (DOMAIN.md section 6).

    Legal: `legal_urgent_working_days` working days when urgent, else `legal_normal_weeks`
    weeks. Local target: `local_target_working_days` working days, never later than the legal
    deadline. Working days skip weekends, public holidays and the admin's closed days.
    """
    ctx = planning_context(session)
    day = at.astimezone(AMSTERDAM).date()
    calendar = ctx.calendar
    if urgent:
        legal = calendar.add_working_days(day, int(ctx.setting("legal_urgent_working_days")))
    else:
        legal = day + timedelta(weeks=int(ctx.setting("legal_normal_weeks")))
    target = calendar.add_working_days(day, int(ctx.setting("local_target_working_days")))
    return min(target, legal), legal


# --- what the queue and the background jobs use -----------------------------------------


def open_window(session: Session, now: datetime) -> Window | None:
    """The calling window open at `now`, or None outside calling hours."""
    return planning_context(session).calendar.open_window(now)


def next_window_opening(session: Session, now: datetime) -> datetime | None:
    """When the next calling window opens (now, if one is open), as aware UTC."""
    upcoming = planning_context(session).calendar.next_open_window(now)
    if upcoming is None:
        return None
    return max(upcoming.start, now).astimezone(UTC)


@dataclass
class MissedWindows:
    """What `move_missed_windows` did."""

    moved: int = 0
    closed_case_ids: list[int] = field(default_factory=list)


def _histories(session: Session, case_ids: Sequence[int]) -> dict[int, list[PastAttempt]]:
    found: dict[int, list[PastAttempt]] = {case_id: [] for case_id in case_ids}
    if not case_ids:
        return found
    rows = session.execute(
        select(Attempt.case_id, Attempt.slot, Attempt.at)
        .where(Attempt.case_id.in_(case_ids), Attempt.counts_as_attempt.is_(True))
        .order_by(Attempt.case_id, Attempt.at, Attempt.id)
    ).all()
    for case_id, slot, at in rows:
        found[case_id].append(PastAttempt(slot=Slot(slot), at=at))
    return found


def move_missed_windows(
    session: Session,
    now: datetime,
    *,
    context: PlanningContext | None = None,
    batch_size: int = 500,
    limit: int | None = None,
) -> MissedWindows:
    """Rule 6 for every open case whose planned window passed without a call.

    The attempt moves to the next window of the same slot type without using an attempt
    (`missed_windows` counts them). Skipped: cases held by an agent (a live lease; the call
    may be going on), cases with an open callback (the callback replaces the plan) and cases
    waiting for a phone number (planned afresh when one is added). A case
    for which nothing fits anymore within the plan's days closes as `not_reached` with a
    letter follow-up, like a case whose attempts ran out. Idempotent: a second run at the
    same `now` finds nothing to move.
    """
    from app.services.outcomes import close_case  # outcomes imports this module

    ctx = context or planning_context(session)
    result = MissedWindows()
    open_callback = exists().where(
        Callback.case_id == Case.id, Callback.status == CallbackStatus.OPEN.value
    )
    query = (
        select(Case)
        .where(
            Case.status == CaseStatus.OPEN.value,
            Case.needs_phone.is_not(True),  # out of the queue until it has a number
            Case.next_slot.is_not(None),
            Case.next_window_end.is_not(None),
            Case.next_window_end <= now,
            or_(Case.lease_expires_at.is_(None), Case.lease_expires_at <= now),
            ~open_callback,
        )
        .order_by(Case.id)
    )
    if limit is not None:
        query = query.limit(limit)
    cases = list(session.scalars(query))
    for offset in range(0, len(cases), batch_size):
        batch = cases[offset : offset + batch_size]
        histories = _histories(session, [c.id for c in batch])
        for item in batch:
            assert item.next_slot is not None
            assert item.next_window_start is not None and item.next_window_end is not None
            missed = Window(
                start=item.next_window_start.astimezone(AMSTERDAM),
                end=item.next_window_end.astimezone(AMSTERDAM),
                slot=Slot(item.next_slot),
            )
            planned = planner.move_missed(
                ctx.calendar,
                ctx.rules,
                histories[item.id],
                missed,
                now,
                ctx.rates_for(session, item.wijk, now),
                plan_start=_plan_start(item),
            )
            item.missed_windows = (item.missed_windows or 0) + 1
            if _apply(item, planned):
                result.moved += 1
            else:
                close_case(item, CloseReason.NOT_REACHED, now, session)
                item.follow_up = "letter"
                result.closed_case_ids.append(item.id)
    return result


def preview(start: datetime, *, context: PlanningContext | None = None) -> list[PlannedAttempt]:
    """The plan of a case opened at `start` with no contact (plan-preview)."""
    ctx = context or PlanningContext.defaults()
    return planner.preview(ctx.calendar, ctx.rules, start)
