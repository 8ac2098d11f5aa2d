"""contact channels: every contact attempt says how it was made (issue 14)

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-06 05:10:00

`attempts.channel`: `phone` (the plan's outbound call; every existing row is one), `phone_in`
(the resident called back), `letter`, `card`, `home_visit`, `sms`, `email`. Only `phone`
attempts use one of the seven attempts of the plan; the report and the DDAS export show the
figures per channel. `ix_phone_numbers_number` and `ix_households_postcode_number`: the inbound
search by the number a resident calls from, or by name with postcode and house number.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A server default fills the existing rows on both backends without a table rewrite
    # script; batch mode lets SQLite add a NOT NULL column.
    with op.batch_alter_table("attempts") as batch:
        batch.add_column(
            sa.Column("channel", sa.String(length=16), nullable=False, server_default="phone")
        )
    # The report groups the attempts by slot, agent and now channel: the index of 0005 gets
    # the channel after the group's other keys, so it still streams in GROUP BY order.
    op.drop_index("ix_attempts_slot_agent", table_name="attempts")
    op.create_index(
        "ix_attempts_slot_agent_channel",
        "attempts",
        ["slot", "agent_id", "agent_name", "channel", "is_contact", "outcome"],
        unique=False,
    )
    # The inbound search finds a caller's cases by the number they call from.
    op.create_index("ix_phone_numbers_number", "phone_numbers", ["number_e164"], unique=False)
    # ... and by last name with postcode and house number.
    op.create_index(
        "ix_households_postcode_number", "households", ["postcode", "house_number"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_households_postcode_number", table_name="households")
    op.drop_index("ix_phone_numbers_number", table_name="phone_numbers")
    op.drop_index("ix_attempts_slot_agent_channel", table_name="attempts")
    op.create_index(
        "ix_attempts_slot_agent",
        "attempts",
        ["slot", "agent_id", "agent_name", "is_contact", "outcome"],
        unique=False,
    )
    # In place: recreating `attempts` would drop a table that callbacks and help requests
    # reference, which SQLite's foreign keys refuse.
    with op.batch_alter_table("attempts", recreate="never") as batch:
        batch.drop_column("channel")
