"""SQLAlchemy models only: no Qt, no business rules beyond invariants."""

from app.models.admin import AuditEvent, ClosedDay, JobRun, RosterEntry, Setting, WijkMapping
from app.models.base import Base, UTCDateTime
from app.models.cases import (
    Case,
    Household,
    PhoneNumber,
    QueueCount,
    QueueCountDelta,
    Signal,
)
from app.models.contact import Attempt, Callback, CoachContact, Handoff, HelpRequest
from app.models.people import User

__all__ = [
    "Attempt",
    "AuditEvent",
    "Base",
    "Callback",
    "Case",
    "ClosedDay",
    "CoachContact",
    "Handoff",
    "HelpRequest",
    "Household",
    "JobRun",
    "PhoneNumber",
    "QueueCount",
    "QueueCountDelta",
    "RosterEntry",
    "Setting",
    "Signal",
    "UTCDateTime",
    "User",
    "WijkMapping",
]
