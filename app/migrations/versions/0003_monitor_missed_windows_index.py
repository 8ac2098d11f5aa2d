"""monitor: an index on the missed windows per status

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 23:59:00

The team lead's Queue tab shows the missed windows of all open cases every few seconds. Summing
`missed_windows` over 100,000 open cases reads every row; with (status, missed_windows) the sum
is a range over the open cases that missed a window, read from the index alone. (A partial
index would be smaller, but SQLite's planner picks it only for literal SQL.)
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_cases_status_missed", "cases", ["status", "missed_windows"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_cases_status_missed", table_name="cases")
