"""planning: the agent's "best reachable" hint per attempt, and cases by household

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 05:20:00

Issue 19 (evidence-based planning): an agent who hears "call her in the evening" or "after
19:30" records it with the attempt (`attempts.reach_hint`: a slot type code or HH:MM); the
planner prefers that slot type while the rules of DOMAIN.md 4 allow it. The planner also looks
up the slot types in which a household was reached in its earlier cases: `ix_cases_household_id`
makes that an index lookup (the partial unique index on household_id holds only active cases).
Nullable column, no default: existing rows simply have no hint.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("attempts") as batch:
        batch.add_column(sa.Column("reach_hint", sa.String(length=16), nullable=True))
    op.create_index("ix_cases_household_id", "cases", ["household_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_cases_household_id", table_name="cases")
    # In place: recreating `attempts` would drop a table that callbacks and help requests
    # reference, which SQLite's foreign keys refuse.
    with op.batch_alter_table("attempts", recreate="never") as batch:
        batch.drop_column("reach_hint")
