"""report: a covering index for the cases per wijk and day of the first signal

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27 01:20:00

The report groups the period's cases by (wijk, first_received_on) and rolls up per wijk and
per month. Without an index in that order SQLite visits every case through `ix_cases_wijk` and
sorts them all (about 1.8 s at 250,000 cases); with (wijk, first_received_on) the grouping
streams from the index alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_cases_wijk_first_received_on",
        "cases",
        ["wijk", "first_received_on"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_cases_wijk_first_received_on", table_name="cases")
