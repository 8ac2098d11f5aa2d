"""the database as the gate: group roles, grants, row-level security, server-side functions

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06 05:00:00

On PostgreSQL this applies the privilege model of app/db_security.py (issue 13): the group
roles, per-table and per-column privileges, RLS policies, the owner's SECURITY DEFINER
functions and the audit trigger that stamps who and when from the server. `app.db.upgrade`
applies the model again after every upgrade, so tables of later revisions get their grants.

Every existing account gets its personal login role, in its group, without a password (its
Argon2 hash cannot become a SCRAM secret) and with `must_change_password` set: the admin hands
out a temporary password with `vroegbel user reset NAME`, and the person chooses their own at
first login. On SQLite only the new audit column is added.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    from app import db_security

    # Which database login wrote the row: set by the server (trigger), never by the client.
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("db_user", sa.String(length=64), nullable=True))
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    db_security.apply(bind)
    names = [
        row[0] for row in bind.execute(sa.text("SELECT username FROM users ORDER BY id")).all()
    ]
    bind.execute(sa.text("UPDATE users SET must_change_password = true WHERE removed_at IS NULL"))
    for name in names:
        bind.execute(sa.text("SELECT vroegbel_sync_login(:name, NULL)"), {"name": name})


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        from app import db_security

        bind.exec_driver_sql("DROP TRIGGER IF EXISTS audit_events_stamp ON audit_events")
        bind.exec_driver_sql("DROP TRIGGER IF EXISTS cases_guard ON cases")
        for table, rules in db_security.TABLES.items():
            if rules.rls:
                bind.exec_driver_sql(f'ALTER TABLE "{table}" DISABLE ROW LEVEL SECURITY')
                for policy in rules.policies:
                    bind.exec_driver_sql(f'DROP POLICY IF EXISTS "{policy.name}" ON "{table}"')
        for fn in reversed(db_security.FUNCTIONS):
            bind.exec_driver_sql(f"DROP FUNCTION IF EXISTS {fn.signature}")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_column("db_user")
