"""What happens to a case: attempts, callbacks, help requests, handoffs and coach contact."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UTCDateTime


class Attempt(Base):
    """One contact attempt: a phone call (or a historical one from an earlier system), an
    inbound call, a letter, card or home visit (`channel`). Kept through retention
    with its notes blanked: the figures are computed from these rows."""

    __tablename__ = "attempts"
    __table_args__ = (
        Index("ix_attempts_case_at", "case_id", "at"),
        Index("ix_attempts_at_slot", "at", "slot"),
        # An agent's last call, for its wrap-up time at their next claim (migration 0009).
        Index("ix_attempts_agent_at", "agent_id", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    slot: Mapped[str] = mapped_column(String(16))
    outcome: Mapped[str] = mapped_column(String(32))
    # phone (the plan's outbound call), phone_in, letter, card, home_visit, sms, email.
    channel: Mapped[str] = mapped_column(String(16), default="phone", server_default="phone")
    is_contact: Mapped[bool] = mapped_column(Boolean)
    counts_as_attempt: Mapped[bool] = mapped_column(Boolean, default=True)
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    agent_name: Mapped[str] = mapped_column(String(120), default="")
    phone_id: Mapped[int | None] = mapped_column(
        ForeignKey("phone_numbers.id", ondelete="SET NULL")
    )
    notes: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(16), default="app")
    idempotency_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # "Best reachable" as heard on this call (someone else answered, or the resident could
    # not talk): a slot type code or HH:MM. The planner prefers it (DOMAIN.md 4.5; 0010).
    reach_hint: Mapped[str | None] = mapped_column(String(16))
    # Handling time (issue 15): when the agent started the call (Bellen / Ctrl+D), how long
    # until the outcome was saved, and the wrap-up from that save until their next claim.
    # Null for history rows and for calls saved without pressing Bellen.
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    duration_seconds: Mapped[int | None] = mapped_column(Integer)
    wrap_up_seconds: Mapped[int | None] = mapped_column(Integer)


# The report reads reached/accepted per case from the contact attempts only (migration 0004).
Index(
    "ix_attempts_contact_case",
    Attempt.case_id,
    Attempt.outcome,
    sqlite_where=text("is_contact = 1"),
    postgresql_where=text("is_contact"),
)

# The calls with a measured handling time, for calls per agent-hour (forecast, migration
# 0009): small, because history rows and calls saved without Bellen have no duration.
Index(
    "ix_attempts_handled_at",
    Attempt.at,
    Attempt.slot,
    Attempt.is_contact,
    Attempt.duration_seconds,
    Attempt.wrap_up_seconds,
    sqlite_where=text("duration_seconds IS NOT NULL"),
    postgresql_where=text("duration_seconds IS NOT NULL"),
)

# The report's attempts per slot type, agent and channel, streamed in GROUP BY order
# (migration 0005, with the channel since 0008).
Index(
    "ix_attempts_slot_agent_channel",
    Attempt.slot,
    Attempt.agent_id,
    Attempt.agent_name,
    Attempt.channel,
    Attempt.is_contact,
    Attempt.outcome,
)


class Callback(Base):
    """An appointment agreed with the resident; reserved for its agent until shortly after."""

    __tablename__ = "callbacks"
    __table_args__ = (Index("ix_callbacks_status_due", "status", "due_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    reserved_for_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reserved_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(16), default="open")
    attempt_id: Mapped[int | None] = mapped_column(ForeignKey("attempts.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class HelpRequest(Base):
    __tablename__ = "help_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    attempt_id: Mapped[int | None] = mapped_column(ForeignKey("attempts.id"))
    help_types: Mapped[str] = mapped_column(String(200))  # codes joined by '|'
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Handoff(Base):
    """A case handed to the budget coaches after the resident accepted help."""

    __tablename__ = "handoffs"
    __table_args__ = (Index("ix_handoffs_open", "closed_at", "urgent", "handed_off_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), unique=True)
    help_request_id: Mapped[int] = mapped_column(ForeignKey("help_requests.id"))
    handed_off_at: Mapped[datetime] = mapped_column(UTCDateTime)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    target_due_on: Mapped[date] = mapped_column(Date)
    legal_due_on: Mapped[date] = mapped_column(Date)
    coach_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    taken_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    first_contact_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    help_offered: Mapped[str] = mapped_column(String(200), default="")  # codes joined by '|'
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    close_reason: Mapped[str | None] = mapped_column(String(32))
    overdue_flagged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class CoachContact(Base):
    __tablename__ = "coach_contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    handoff_id: Mapped[int] = mapped_column(ForeignKey("handoffs.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    coach_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reached: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str | None] = mapped_column(Text)
