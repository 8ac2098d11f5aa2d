"""Bridge between the database and the pure planner in app.scheduler.

INTERIM VERSION: the scheduler work (issue 3) replaces the bodies with the real calendar and
planner; the signatures below are the contract the outcome rules, intake and queue rely on.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from app.clock import AMSTERDAM
from app.models import Case
from app.models.enums import Slot
from app.services.errors import InvalidInput


def slot_of_moment(session: Session, at: datetime) -> Slot:
    """The slot type a call at `at` belongs to (historical calls: from weekday and time)."""
    moment = at.astimezone(AMSTERDAM)
    if moment.weekday() >= 5:
        return Slot.SATURDAY
    hhmm = moment.strftime("%H:%M")
    if hhmm < "12:30":
        return Slot.MORNING
    if hhmm < "17:00":
        return Slot.AFTERNOON
    return Slot.EVENING


def plan_next_attempt(session: Session, case: Case, now: datetime) -> bool:
    """Set the case's next slot and window; False when the plan has no room left."""
    start = (now.astimezone(AMSTERDAM) + timedelta(days=1)).replace(
        hour=9, minute=0, second=0, microsecond=0
    )
    case.next_slot = Slot.MORNING.value
    case.next_window_start = start
    case.next_window_end = start.replace(hour=12, minute=30)
    return True


def check_callback_time(session: Session, when: datetime) -> None:
    """Refuse a callback time outside calling hours."""
    if when.tzinfo is None:
        raise InvalidInput("Een terugbeltijd heeft een tijdzone nodig.")


def handoff_deadlines(session: Session, at: datetime, *, urgent: bool) -> tuple[date, date]:
    """(local target, legal deadline) for a coach's first conversation."""
    day = at.astimezone(AMSTERDAM).date()
    return day + timedelta(days=7), day + timedelta(days=3 if urgent else 28)
