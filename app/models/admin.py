"""Settings, closed days, the wijk mapping, the audit log and the scheduler's job ledger."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UTCDateTime


class Setting(Base):
    """A shared setting as JSON; names and defaults are declared once in app.services.settings."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ClosedDay(Base):
    """An extra day without calls set by the admin (public holidays come from `holidays`)."""

    __tablename__ = "closed_days"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    reason: Mapped[str] = mapped_column(String(200), default="")


class WijkMapping(Base):
    """`postcode` is a 4-digit area or a full postcode; the longest match wins."""

    __tablename__ = "wijk_mapping"

    postcode: Mapped[str] = mapped_column(String(6), primary_key=True)
    wijk: Mapped[str] = mapped_column(String(120))


class AuditEvent(Base):
    """Append-only (database triggers refuse UPDATE and DELETE). Never holds personal data."""

    __tablename__ = "audit_events"
    __table_args__ = (
        Index("ix_audit_at", "at"),
        Index("ix_audit_case", "case_id"),
        Index("ix_audit_user_at", "username", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[int | None] = mapped_column()
    username: Mapped[str] = mapped_column(String(64), default="")
    kind: Mapped[str] = mapped_column(String(48))
    case_id: Mapped[int | None] = mapped_column()
    detail: Mapped[str] = mapped_column(Text, default="")
    # The database login that wrote the row, set by the server on PostgreSQL (migration 0014).
    db_user: Mapped[str | None] = mapped_column(String(64))


class JobRun(Base):
    """One row per shared job and tick: inserting it is how a workstation claims the tick."""

    __tablename__ = "job_runs"
    __table_args__ = (UniqueConstraint("job", "tick"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    job: Mapped[str] = mapped_column(String(64))
    tick: Mapped[str] = mapped_column(String(32))
    host: Mapped[str] = mapped_column(String(120), default="")
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    result: Mapped[str] = mapped_column(Text, default="")


class RosterEntry(Base):
    """One shift of the team lead's roster (issue 15): an agent's hours on a weekday of the
    weekly pattern (`weekday`, 0 = Monday) or, as an exception, on one date (`on_date`).

    Exceptions replace the agent's pattern on that date; an exception without hours
    (`start`/`end` null) means the agent is off. Times are Amsterdam wall-clock "HH:MM".
    `agent` is a name as the team lead writes it (rosters are made before accounts exist).
    """

    __tablename__ = "roster_entries"
    __table_args__ = (Index("ix_roster_entries_on_date", "on_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agent: Mapped[str] = mapped_column(String(120))
    weekday: Mapped[int | None] = mapped_column(Integer)
    on_date: Mapped[date | None] = mapped_column(Date)
    start: Mapped[str | None] = mapped_column(String(5))
    end: Mapped[str | None] = mapped_column(String(5))
    line: Mapped[int] = mapped_column(Integer, default=0)
