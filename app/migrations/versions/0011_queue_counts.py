"""monitor: the open cases counted per wijk, status, slot and window, kept by triggers

Revision ID: 0011
Revises: 0006
Create Date: 2026-12-06 05:00:00

The team lead's Queue tab shows how many cases are open, due now, planned today, past their
window, without a phone number, and the missed windows summed, refreshed every few seconds on
every team lead's workstation. Counted from `cases` each time, that reads every open case: at
1,000,000 open cases 170 ms per refresh on SQLite, and a load on the shared server.

`queue_counts` holds one row per group of open or handed-off cases that share wijk, status,
needs_phone, next slot and next window (a few thousand rows at a national size: the windows
are the calendar's). Every figure is then a sum over that small table, exact at any moment,
because triggers on `cases` change it in the same transaction as the change itself – whoever
makes it: claims and outcomes, the signal and history imports (COPY included), the planner's
jobs, demo data, retention, a handoff.

SQLite has one writer at a time: its row triggers update `queue_counts` directly.
PostgreSQL has many concurrent writers; if each updated the shared count rows, two agents
recording outcomes would wait for each other (and could deadlock moving cases between the
same two windows in opposite directions). So a statement trigger appends the statement's net
change per group to `queue_count_deltas` (inserts never wait for each other) and then, only if
no other transaction is doing it (`pg_try_advisory_xact_lock`, which never waits), folds all
committed deltas into `queue_counts`. Readers sum both tables. The trigger function is
SECURITY DEFINER so a role that may update `cases` need not be granted these tables.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The statuses the Queue tab counts (closed cases are the bulk of history: never counted).
COUNTED = "('open', 'handed_off')"
#: Any constant key for pg_try_advisory_xact_lock: "fold the queue counts".
FOLD_LOCK = 2_011_020

_GROUP = "wijk, status, needs_phone, next_slot, next_window_start, next_window_end"


def _columns() -> list[sa.Column[Any]]:
    return [
        sa.Column("wijk", sa.String(length=120), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("needs_phone", sa.Boolean(), nullable=False),
        sa.Column("next_slot", sa.String(length=16), nullable=True),
        sa.Column("next_window_start", sa.DateTime(timezone=True), nullable=True),
        sa.Column("next_window_end", sa.DateTime(timezone=True), nullable=True),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("missed_sum", sa.Integer(), nullable=False),
    ]


# The group's identity as one text: NULL windows and slots must match each other, which a
# unique key over the nullable columns would not do.
_SQLITE_BUCKET = (
    "{r}.wijk || char(31) || {r}.status || char(31) || coalesce({r}.needs_phone, 0)"
    " || char(31) || coalesce({r}.next_slot, '') || char(31)"
    " || coalesce({r}.next_window_start, '') || char(31) || coalesce({r}.next_window_end, '')"
)
_PG_BUCKET = (
    "concat_ws(chr(31), wijk, status, coalesce(needs_phone, false)::text,"
    " coalesce(next_slot, ''),"
    " coalesce(extract(epoch from next_window_start)::text, ''),"
    " coalesce(extract(epoch from next_window_end)::text, ''))"
)


def _sqlite_add(row: str, sign: str) -> str:
    """One case of row OLD/NEW added to (sign '+') or taken from ('-') its group."""
    bucket = _SQLITE_BUCKET.format(r=row)
    return f"""
        INSERT INTO queue_counts (bucket, {_GROUP}, n, missed_sum)
        SELECT {bucket}, {row}.wijk, {row}.status, coalesce({row}.needs_phone, 0),
               {row}.next_slot, {row}.next_window_start, {row}.next_window_end,
               {sign}1, {sign}coalesce({row}.missed_windows, 0)
        WHERE {row}.status IN {COUNTED}
        ON CONFLICT (bucket) DO UPDATE SET n = n + excluded.n,
                                           missed_sum = missed_sum + excluded.missed_sum;
    """


def _sqlite_drop_empty(row: str) -> str:
    bucket = _SQLITE_BUCKET.format(r=row)
    return f"DELETE FROM queue_counts WHERE bucket = {bucket} AND n = 0;"


_KEY_CHANGED = " OR ".join(
    f"OLD.{c} IS NOT NEW.{c}"
    for c in (
        "wijk",
        "status",
        "needs_phone",
        "next_slot",
        "next_window_start",
        "next_window_end",
        "missed_windows",
    )
)

_SQLITE_TRIGGERS = [
    f"""
    CREATE TRIGGER trg_queue_counts_insert AFTER INSERT ON cases
    WHEN NEW.status IN {COUNTED}
    BEGIN {_sqlite_add("NEW", "+")} END
    """,
    f"""
    CREATE TRIGGER trg_queue_counts_update
    AFTER UPDATE OF wijk, status, needs_phone, next_slot, next_window_start, next_window_end,
                    missed_windows ON cases
    WHEN (OLD.status IN {COUNTED} OR NEW.status IN {COUNTED}) AND ({_KEY_CHANGED})
    BEGIN
        {_sqlite_add("OLD", "-")}
        {_sqlite_add("NEW", "+")}
        {_sqlite_drop_empty("OLD")}
    END
    """,
    f"""
    CREATE TRIGGER trg_queue_counts_delete AFTER DELETE ON cases
    WHEN OLD.status IN {COUNTED}
    BEGIN {_sqlite_add("OLD", "-")} {_sqlite_drop_empty("OLD")} END
    """,
]


def _pg_changes(table: str, sign: str) -> str:
    return (
        f"SELECT {_GROUP}, {sign}1 AS n, {sign}coalesce(missed_windows, 0) AS missed_sum"
        f" FROM {table} WHERE status IN {COUNTED}"
    )


def _pg_delta_insert(changes: str) -> str:
    return f"""
        INSERT INTO queue_count_deltas (bucket, {_GROUP}, n, missed_sum)
        SELECT {_PG_BUCKET}, {_GROUP}, sum(n), sum(missed_sum)
          FROM ({changes}) AS c
         GROUP BY {_GROUP}
        HAVING sum(n) <> 0 OR sum(missed_sum) <> 0;
    """


_UPDATE_CHANGES = _pg_changes("new_rows", "") + " UNION ALL " + _pg_changes("old_rows", "-")

_PG_FUNCTION = f"""
CREATE FUNCTION queue_counts_track() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    added integer;
    emptied text[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        {_pg_delta_insert(_pg_changes("new_rows", ""))}
    ELSIF TG_OP = 'DELETE' THEN
        {_pg_delta_insert(_pg_changes("old_rows", "-"))}
    ELSE
        {_pg_delta_insert(_UPDATE_CHANGES)}
    END IF;
    GET DIAGNOSTICS added = ROW_COUNT;
    -- Fold only when nobody else is folding (never wait): the count rows are then written by
    -- one transaction at a time, so no writer of cases ever waits for another one here.
    IF added > 0 AND pg_try_advisory_xact_lock({FOLD_LOCK}) THEN
        WITH moved AS (
            DELETE FROM queue_count_deltas RETURNING bucket, {_GROUP}, n, missed_sum
        ), summed AS (
            SELECT bucket, min(wijk) AS wijk, min(status) AS status,
                   bool_or(needs_phone) AS needs_phone, min(next_slot) AS next_slot,
                   min(next_window_start) AS next_window_start,
                   min(next_window_end) AS next_window_end,
                   sum(n) AS n, sum(missed_sum) AS missed_sum
              FROM moved GROUP BY bucket
        ), folded AS (
            INSERT INTO queue_counts (bucket, {_GROUP}, n, missed_sum)
            SELECT bucket, {_GROUP}, n, missed_sum FROM summed ORDER BY bucket
            ON CONFLICT (bucket) DO UPDATE
               SET n = queue_counts.n + EXCLUDED.n,
                   missed_sum = queue_counts.missed_sum + EXCLUDED.missed_sum
            RETURNING bucket, n
        )
        SELECT array_agg(bucket) FILTER (WHERE n = 0) INTO emptied FROM folded;
        IF emptied IS NOT NULL THEN
            DELETE FROM queue_counts WHERE bucket = ANY(emptied) AND n = 0;
        END IF;
    END IF;
    RETURN NULL;
END
$$
"""

_PG_TRIGGERS = [
    """CREATE TRIGGER trg_queue_counts_insert AFTER INSERT ON cases
       REFERENCING NEW TABLE AS new_rows
       FOR EACH STATEMENT EXECUTE FUNCTION queue_counts_track()""",
    """CREATE TRIGGER trg_queue_counts_update AFTER UPDATE ON cases
       REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
       FOR EACH STATEMENT EXECUTE FUNCTION queue_counts_track()""",
    """CREATE TRIGGER trg_queue_counts_delete AFTER DELETE ON cases
       REFERENCING OLD TABLE AS old_rows
       FOR EACH STATEMENT EXECUTE FUNCTION queue_counts_track()""",
]


def upgrade() -> None:
    op.create_table(
        "queue_counts",
        sa.Column("bucket", sa.String(length=400), nullable=False),
        *_columns(),
        sa.PrimaryKeyConstraint("bucket", name=op.f("pk_queue_counts")),
    )
    op.create_index("ix_queue_counts_status_wijk", "queue_counts", ["status", "wijk"])
    op.create_table(
        "queue_count_deltas",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bucket", sa.String(length=400), nullable=False),
        *_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_queue_count_deltas")),
    )
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute(
            f"""
            INSERT INTO queue_counts (bucket, {_GROUP}, n, missed_sum)
            SELECT {_PG_BUCKET}, {_GROUP}, count(*), sum(coalesce(missed_windows, 0))
              FROM cases WHERE status IN {COUNTED} GROUP BY {_GROUP}
            """
        )
        op.execute(_PG_FUNCTION)
        for statement in _PG_TRIGGERS:
            op.execute(statement)
    else:
        op.execute(
            f"""
            INSERT INTO queue_counts (bucket, {_GROUP}, n, missed_sum)
            SELECT {_SQLITE_BUCKET.format(r="cases")}, wijk, status, coalesce(needs_phone, 0),
                   next_slot, next_window_start, next_window_end,
                   count(*), sum(coalesce(missed_windows, 0))
              FROM cases WHERE status IN {COUNTED}
             GROUP BY 1, 2, 3, 4, 5, 6, 7
            """
        )
        for statement in _SQLITE_TRIGGERS:
            op.execute(statement)


def downgrade() -> None:
    for name in ("trg_queue_counts_insert", "trg_queue_counts_update", "trg_queue_counts_delete"):
        if op.get_bind().dialect.name == "postgresql":
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON cases")
        else:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS queue_counts_track()")
    op.drop_table("queue_count_deltas")
    op.drop_index("ix_queue_counts_status_wijk", table_name="queue_counts")
    op.drop_table("queue_counts")
