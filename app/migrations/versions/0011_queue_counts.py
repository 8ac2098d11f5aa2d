"""monitor: the open cases counted per wijk, status, slot and window, kept by triggers

Revision ID: 0011
Revises: 0010
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
same two windows in opposite directions). So the triggers append the changes to
`queue_count_deltas` (appends never wait for each other: one row per changed case, or per group
for a multi-row INSERT or COPY), and once per transaction, only if no other transaction is
doing it (`pg_try_advisory_xact_lock`, which never waits), a writer folds the committed deltas
into `queue_counts`. Readers sum both tables (the deltas are the rows of the few transactions
since the last fold). Folding once per transaction, not per statement: a transaction cannot
prune rows it deleted itself, so folding again and again inside one bulk transaction was
quadratic; updating one delta row per group in place was too (its version chain). The trigger
functions are SECURITY DEFINER so a role that may change `cases` need not be granted these
tables.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
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
    "concat_ws(chr(31), {r}.wijk, {r}.status, coalesce({r}.needs_phone, false)::text,"
    " coalesce({r}.next_slot, ''),"
    " coalesce(extract(epoch from {r}.next_window_start)::text, ''),"
    " coalesce(extract(epoch from {r}.next_window_end)::text, ''))"
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


def _pg_row_delta(row: str, sign: str) -> str:
    """Row OLD/NEW added to (sign '') or taken from ('-') its group, as a new delta row."""
    return f"""
        INSERT INTO queue_count_deltas (bucket, {_GROUP}, n, missed_sum)
        VALUES ({_PG_BUCKET.format(r=row)}, {row}.wijk, {row}.status,
                coalesce({row}.needs_phone, false), {row}.next_slot, {row}.next_window_start,
                {row}.next_window_end, {sign}1, {sign}coalesce({row}.missed_windows, 0));"""


_PG_FUNCTIONS = [
    f"""
CREATE FUNCTION queue_counts_fold() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    emptied text[];
BEGIN
    -- Once per transaction, and only when nobody else is folding (never wait): the count rows
    -- are written by one transaction at a time, so no writer of cases waits for another here.
    IF current_setting('vroegbel.queue_counts_folded', true) IS NOT DISTINCT FROM 'yes'
       OR NOT pg_try_advisory_xact_lock({FOLD_LOCK}) THEN
        RETURN;
    END IF;
    PERFORM set_config('vroegbel.queue_counts_folded', 'yes', true);
    -- Committed transactions' deltas and this one's so far (others' are invisible).
    WITH moved AS (
        DELETE FROM queue_count_deltas
        RETURNING bucket, {_GROUP}, n, missed_sum
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
END
$$
""",
    f"""
CREATE FUNCTION queue_counts_track_row() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP <> 'INSERT' AND OLD.status IN {COUNTED} THEN{_pg_row_delta("OLD", "-")}
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.status IN {COUNTED} THEN{_pg_row_delta("NEW", "")}
    END IF;
    PERFORM queue_counts_fold();
    RETURN NULL;
END
$$
""",
    f"""
CREATE FUNCTION queue_counts_track_insert() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    -- One row per group for the whole statement: an import's COPY of 70,000 cases writes a
    -- few hundred delta rows, not 70,000.
    INSERT INTO queue_count_deltas (bucket, {_GROUP}, n, missed_sum)
    SELECT {_PG_BUCKET.format(r="c")}, {_GROUP}, n, missed_sum
      FROM (SELECT wijk, status, coalesce(needs_phone, false) AS needs_phone, next_slot,
                   next_window_start, next_window_end,
                   count(*) AS n, sum(coalesce(missed_windows, 0)) AS missed_sum
              FROM new_rows WHERE status IN {COUNTED}
             GROUP BY 1, 2, 3, 4, 5, 6) AS c;
    PERFORM queue_counts_fold();
    RETURN NULL;
END
$$
""",
]

_PG_KEY_CHANGED = _KEY_CHANGED.replace("IS NOT", "IS DISTINCT FROM")

# New cases: a statement trigger (one aggregate per COPY or multi-row INSERT). Changes: row
# triggers with UPDATE OF and WHEN, so a claim or a lease change (the agent's Next call) does
# not even start the function.
_PG_TRIGGERS = [
    """CREATE TRIGGER trg_queue_counts_insert AFTER INSERT ON cases
       REFERENCING NEW TABLE AS new_rows
       FOR EACH STATEMENT EXECUTE FUNCTION queue_counts_track_insert()""",
    f"""CREATE TRIGGER trg_queue_counts_update
       AFTER UPDATE OF wijk, status, needs_phone, next_slot, next_window_start, next_window_end,
                       missed_windows ON cases
       FOR EACH ROW WHEN ((OLD.status IN {COUNTED} OR NEW.status IN {COUNTED})
                          AND ({_PG_KEY_CHANGED}))
       EXECUTE FUNCTION queue_counts_track_row()""",
    f"""CREATE TRIGGER trg_queue_counts_delete AFTER DELETE ON cases
       FOR EACH ROW WHEN (OLD.status IN {COUNTED}) EXECUTE FUNCTION queue_counts_track_row()""",
]


def upgrade() -> None:
    op.create_table(
        "queue_counts",
        sa.Column("bucket", sa.String(length=400), nullable=False),
        *_columns(),
        sa.PrimaryKeyConstraint("bucket", name=op.f("pk_queue_counts")),
        # SQLite: one B-tree keyed by the group instead of a rowid table plus a key index;
        # each new case's UPSERT (the import's) then costs one lookup, not two.
        sqlite_with_rowid=False,
    )
    op.create_index("ix_queue_counts_status_wijk", "queue_counts", ["status", "wijk"])
    op.create_table(
        "queue_count_deltas",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True),
        sa.Column("bucket", sa.String(length=400), nullable=False),
        *_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_queue_count_deltas")),
    )
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        # No case may change between the count and the triggers (an upgrade while a
        # workstation is still working): writers wait until this transaction commits.
        op.execute("LOCK TABLE cases IN SHARE ROW EXCLUSIVE MODE")
    op.execute(count_existing_sql(bind.dialect.name))
    if bind.dialect.name == "postgresql":
        for statement in [*_PG_FUNCTIONS, *_PG_TRIGGERS]:
            op.execute(statement)
    else:
        for statement in _SQLITE_TRIGGERS:
            op.execute(statement)


def count_existing_sql(dialect: str) -> str:
    """Fill the (empty) counts from the cases already there (also used by the tests)."""
    if dialect == "postgresql":
        return f"""
            INSERT INTO queue_counts (bucket, {_GROUP}, n, missed_sum)
            SELECT {_PG_BUCKET.format(r="cases")}, {_GROUP}, count(*),
                   sum(coalesce(missed_windows, 0))
              FROM cases WHERE status IN {COUNTED} GROUP BY {_GROUP}
            """
    return f"""
        INSERT INTO queue_counts (bucket, {_GROUP}, n, missed_sum)
        SELECT {_SQLITE_BUCKET.format(r="cases")}, wijk, status, coalesce(needs_phone, 0),
               next_slot, next_window_start, next_window_end,
               count(*), sum(coalesce(missed_windows, 0))
          FROM cases WHERE status IN {COUNTED}
         GROUP BY 1, 2, 3, 4, 5, 6, 7
        """


def downgrade() -> None:
    for name in ("trg_queue_counts_insert", "trg_queue_counts_update", "trg_queue_counts_delete"):
        if op.get_bind().dialect.name == "postgresql":
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON cases")
        else:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    if op.get_bind().dialect.name == "postgresql":
        for function in ("track_insert", "track_row", "fold"):
            op.execute(f"DROP FUNCTION IF EXISTS queue_counts_{function}()")
    op.drop_table("queue_count_deltas")
    op.drop_index("ix_queue_counts_status_wijk", table_name="queue_counts")
    op.drop_table("queue_counts")
