"""Households, cases, signals and phone numbers: the personal data side of the schema.

Personal data lives in a few nullable columns (names, BSN, birth date, e-mail, address,
phone numbers, notes) so that retention can blank them while every row the figures need
(cases, signals' dates and amounts, attempts) stays.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, UTCDateTime


class Household(Base):
    """One address: postcode + house number + suffix, whoever of the household is named."""

    __tablename__ = "households"
    # The inbound search by last name, postcode and house number (migration 0008).
    __table_args__ = (Index("ix_households_postcode_number", "postcode", "house_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    address_key: Mapped[str] = mapped_column(String(32), unique=True)
    postcode: Mapped[str] = mapped_column(String(6))
    house_number: Mapped[int] = mapped_column(Integer)
    house_number_suffix: Mapped[str] = mapped_column(String(16), default="")
    street: Mapped[str] = mapped_column(String(200))
    city: Mapped[str] = mapped_column(String(120))

    cases: Mapped[list[Case]] = relationship(back_populates="household")


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (
        # One case per household that is still being worked on (open or with a coach).
        Index(
            "uq_cases_household_active",
            "household_id",
            unique=True,
            sqlite_where=text("status != 'closed'"),
            postgresql_where=text("status != 'closed'"),
        ),
        # The queue: planned attempts whose window is open now, oldest due first.
        Index("ix_cases_queue", "status", "needs_phone", "next_window_start", "next_window_end"),
        Index("ix_cases_first_received_on", "first_received_on"),
        Index("ix_cases_wijk", "wijk"),
        Index("ix_cases_lease", "lease_user_id", "lease_expires_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int | None] = mapped_column(
        ForeignKey("households.id", ondelete="SET NULL")
    )
    wijk: Mapped[str] = mapped_column(String(120))
    status: Mapped[str] = mapped_column(String(16), default="open")
    close_reason: Mapped[str | None] = mapped_column(String(32))
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime)
    first_received_on: Mapped[date] = mapped_column(Date)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    total_arrears_cents: Mapped[int] = mapped_column(Integer, default=0)

    # The attempt plan's state: the planner decides these, the queue reads them.
    attempts_used: Mapped[int] = mapped_column(Integer, default=0)
    next_slot: Mapped[str | None] = mapped_column(String(16))
    next_window_start: Mapped[datetime | None] = mapped_column(UTCDateTime)
    next_window_end: Mapped[datetime | None] = mapped_column(UTCDateTime)
    plan_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    missed_windows: Mapped[int] = mapped_column(Integer, default=0)
    # The attempts that counted per slot type, "morning,afternoon,evening,saturday" (e.g.
    # "2,1,1,0"), kept by outcomes.record_outcome beside attempts_used: the forecast groups
    # the open cases by plan state without reading every attempt (migration 0009).
    # Server-side default only: the import's COPY names its columns, and a Python default
    # would add this one to its statements.
    tried_slots: Mapped[str | None] = mapped_column(String(32), server_default=text("'0,0,0,0'"))
    needs_phone: Mapped[bool] = mapped_column(Boolean, default=False)
    follow_up: Mapped[str | None] = mapped_column(String(16))  # 'letter' after not reached

    # The lease of the agent who holds the case on screen.
    lease_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    lease_claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    lease_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The agent who last gave the case back (Ctrl+W) and when: their next claims skip it for
    # `lease_minutes` (DOMAIN.md 5). A user id without foreign key, see migration 0013.
    given_back_by_id: Mapped[int | None] = mapped_column(Integer)
    given_back_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    household: Mapped[Household | None] = relationship(back_populates="cases")
    signals: Mapped[list[Signal]] = relationship(
        back_populates="case", order_by="Signal.received_on"
    )
    phones: Mapped[list[PhoneNumber]] = relationship(
        back_populates="case", order_by="PhoneNumber.position"
    )


# The queue's order (DOMAIN.md section 5): oldest due first, earliest signal, higher arrears.
# Partial, so a claim walks only the cases that can be handed out (migration 0002).
Index(
    "ix_cases_due_order",
    Case.next_window_start,
    Case.first_received_on,
    Case.total_arrears_cents.desc(),
    Case.id,
    sqlite_where=text("status = 'open' AND needs_phone = 0"),
    postgresql_where=text("status = 'open' AND NOT needs_phone"),
)

# The team lead's sum of missed windows reads only the open cases that missed one (0003).
Index("ix_cases_status_missed", Case.status, Case.missed_windows)

# The report's cases per wijk and day of the first signal, streamed from the index (0006).
Index("ix_cases_wijk_first_received_on", Case.wijk, Case.first_received_on)

# The planner looks up where a household was reached in its earlier (closed) cases; the
# partial unique index above only holds the active ones (0010).
Index("ix_cases_household_id", Case.household_id)


class Signal(Base):
    """One creditor's report. `signal_ref` is the source's key: importing twice adds nothing."""

    __tablename__ = "signals"

    id: Mapped[int] = mapped_column(primary_key=True)
    signal_ref: Mapped[str] = mapped_column(String(100), unique=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    received_on: Mapped[date] = mapped_column(Date)
    creditor: Mapped[str] = mapped_column(String(200))
    creditor_type: Mapped[str] = mapped_column(String(32))
    arrears_cents: Mapped[int] = mapped_column(Integer)
    bsn: Mapped[str | None] = mapped_column(String(9))
    last_name: Mapped[str | None] = mapped_column(String(200))
    first_name: Mapped[str | None] = mapped_column(String(200))
    birth_date: Mapped[date | None] = mapped_column(Date)
    email: Mapped[str | None] = mapped_column(String(254))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime)

    case: Mapped[Case] = relationship(back_populates="signals")


class PhoneNumber(Base):
    __tablename__ = "phone_numbers"
    __table_args__ = (
        UniqueConstraint("case_id", "number_e164"),
        # A resident who calls back is found by the number they call from (migration 0008).
        Index("ix_phone_numbers_number", "number_e164"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    number_e164: Mapped[str] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(Integer, default=0)
    struck_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    case: Mapped[Case] = relationship(back_populates="phones")


class _QueueCountColumns:
    """One group of open or handed-off cases sharing wijk, status, phone, slot and window."""

    bucket: Mapped[str] = mapped_column(String(400))
    wijk: Mapped[str] = mapped_column(String(120))
    status: Mapped[str] = mapped_column(String(16))
    needs_phone: Mapped[bool] = mapped_column(Boolean)
    next_slot: Mapped[str | None] = mapped_column(String(16))
    next_window_start: Mapped[datetime | None] = mapped_column(UTCDateTime)
    next_window_end: Mapped[datetime | None] = mapped_column(UTCDateTime)
    n: Mapped[int] = mapped_column(Integer)
    missed_sum: Mapped[int] = mapped_column(Integer)


class QueueCount(_QueueCountColumns, Base):
    """How many cases each group holds (and their missed windows summed), kept exact by the
    triggers of migration 0011 in the same transaction as every change of `cases`. Never
    written by the application itself."""

    __tablename__ = "queue_counts"
    __table_args__ = (Index("ix_queue_counts_status_wijk", "status", "wijk"),)

    bucket: Mapped[str] = mapped_column(String(400), primary_key=True)


class QueueCountDelta(_QueueCountColumns, Base):
    """PostgreSQL only: a statement's net change of the counts, not yet folded into
    `queue_counts` (see migration 0011). Readers add both tables."""

    __tablename__ = "queue_count_deltas"

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer(), "sqlite"), primary_key=True
    )
