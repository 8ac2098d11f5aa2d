"""report: a covering index for the attempts per slot type and agent

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 01:10:00

The report counts every attempt per slot type and caller (by_slot, by_agent). SQLite has no
hash aggregation: without an index in the GROUP BY order it sorts every attempt (about 3 s at
1,000,000 attempts); with (slot, agent_id, agent_name, is_contact, outcome) it streams one
covering index scan (about 0.5 s). PostgreSQL may use it as an index-only scan or keep its
hash aggregate over the table, whichever is cheaper.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_attempts_slot_agent",
        "attempts",
        ["slot", "agent_id", "agent_name", "is_contact", "outcome"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_attempts_slot_agent", table_name="attempts")
