"""cases: who gave a case back to the queue and when (Ctrl+W, DOMAIN.md section 5)

Revision ID: 0013
Revises: 0011
Create Date: 2026-12-06 05:15:00

An agent who gives a case back does not get the same resident again at the next call: the
claim skips a case this agent gave back less than `lease_minutes` ago (other agents may take
it at once). Two nullable columns, no foreign key (SQLite adds them without a table rebuild);
the id is a user id, like `lease_user_id`.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.models.base

revision: str = "0013"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("cases", sa.Column("given_back_by_id", sa.Integer(), nullable=True))
    op.add_column(
        "cases",
        sa.Column("given_back_at", app.models.base.UTCDateTime(timezone=True), nullable=True),
    )


def downgrade() -> None:
    # In place: recreating `cases` would drop a table every other table references, which
    # SQLite's foreign keys refuse.
    with op.batch_alter_table("cases", recreate="never") as batch:
        batch.drop_column("given_back_at")
        batch.drop_column("given_back_by_id")
