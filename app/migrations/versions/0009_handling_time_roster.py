"""handling time on attempts and the team lead's roster (issue 15)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 05:10:00

cases.tried_slots keeps the counting attempts per slot type beside attempts_used (filled here
from the attempts), so the forecast reads the open cases' plan states without the attempts.
attempts.started_at / duration_seconds / wrap_up_seconds keep when the agent started a call,
how long it took until the outcome was saved and the wrap-up until their next claim; the
forecast measures calls per agent-hour from them. roster_entries holds the weekly pattern of
agent shifts with dated exceptions. Plain columns and one plain table: the same on SQLite and
PostgreSQL, and nothing in 0001-0006 changes.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.models.base import UTCDateTime

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN (no batch copy): SQLite adds nullable columns in place, so the table's
    # indexes and triggers stay as they are.
    op.add_column("attempts", sa.Column("started_at", UTCDateTime(timezone=True), nullable=True))
    op.add_column("attempts", sa.Column("duration_seconds", sa.Integer(), nullable=True))
    op.add_column("attempts", sa.Column("wrap_up_seconds", sa.Integer(), nullable=True))
    op.create_index("ix_attempts_agent_at", "attempts", ["agent_id", "at"], unique=False)
    op.create_index(
        "ix_attempts_handled_at",
        "attempts",
        ["at", "slot", "is_contact", "duration_seconds", "wrap_up_seconds"],
        unique=False,
        sqlite_where=sa.text("duration_seconds IS NOT NULL"),
        postgresql_where=sa.text("duration_seconds IS NOT NULL"),
    )
    op.add_column(
        "cases",
        sa.Column(
            "tried_slots", sa.String(length=32), server_default=sa.text("'0,0,0,0'"), nullable=True
        ),
    )
    # The counts of the attempts recorded so far (the same SQL on SQLite and PostgreSQL).
    counted = "FROM attempts a WHERE a.case_id = cases.id AND a.counts_as_attempt"
    parts = " || ',' || ".join(
        f"CAST(SUM(CASE WHEN a.slot = '{slot}' THEN 1 ELSE 0 END) AS VARCHAR(8))"
        for slot in ("morning", "afternoon", "evening", "saturday")
    )
    op.execute(
        f"UPDATE cases SET tried_slots = (SELECT {parts} {counted}) "
        f"WHERE EXISTS (SELECT 1 {counted})"
    )
    op.create_table(
        "roster_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agent", sa.String(length=120), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=True),
        sa.Column("on_date", sa.Date(), nullable=True),
        sa.Column("start", sa.String(length=5), nullable=True),
        sa.Column("end", sa.String(length=5), nullable=True),
        sa.Column("line", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roster_entries")),
    )
    op.create_index("ix_roster_entries_on_date", "roster_entries", ["on_date"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_roster_entries_on_date", table_name="roster_entries")
    op.drop_table("roster_entries")
    # In place (SQLite >= 3.35 drops a plain column itself): recreating `cases` would drop a
    # table that every other table references, which SQLite's foreign keys refuse.
    with op.batch_alter_table("cases", recreate="never") as cases:
        cases.drop_column("tried_slots")
    op.drop_index("ix_attempts_handled_at", table_name="attempts")
    op.drop_index("ix_attempts_agent_at", table_name="attempts")
    # In place: recreating `attempts` would drop a table that callbacks and help requests
    # reference, which SQLite's foreign keys refuse.
    with op.batch_alter_table("attempts", recreate="never") as batch:
        batch.drop_column("wrap_up_seconds")
        batch.drop_column("duration_seconds")
        batch.drop_column("started_at")
