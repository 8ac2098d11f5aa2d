"""report: a partial index on the contact attempts per case

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 00:45:00

The report (app/services/reporting.py) decides per case whether it was reached and whether it
accepted help from its contact attempts only: a small share of all attempts. With
(case_id, outcome) WHERE is_contact that is an index-only scan in case order, aggregated as it
streams, instead of hashing every attempt of the table (measured at 250,000 cases / 1,000,000
attempts). The predicate is written as each backend renders `WHERE attempts.is_contact`
(SQLite `is_contact = 1`, PostgreSQL `is_contact`), so both planners match it.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_attempts_contact_case",
        "attempts",
        ["case_id", "outcome"],
        unique=False,
        sqlite_where=sa.text("is_contact = 1"),
        postgresql_where=sa.text("is_contact"),
    )


def downgrade() -> None:
    op.drop_index("ix_attempts_contact_case", table_name="attempts")
