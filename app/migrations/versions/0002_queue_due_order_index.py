"""queue: an index in the exact order of the next due call

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 23:35:00

The queue hands out planned attempts oldest due first, then by the case's earliest signal,
higher arrears first (DOMAIN.md section 5). Without an index in that order every claim sorts
all open cases of the window (100,000 rows in a large municipality); with it a claim reads the
first unleased entry. Partial: only open cases with a phone number are ever handed out.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_cases_due_order",
        "cases",
        ["next_window_start", "first_received_on", sa.text("total_arrears_cents DESC"), "id"],
        unique=False,
        sqlite_where=sa.text("status = 'open' AND needs_phone = 0"),
        postgresql_where=sa.text("status = 'open' AND NOT needs_phone"),
    )


def downgrade() -> None:
    op.drop_index("ix_cases_due_order", table_name="cases")
