"""The workstation's outbox: an outcome the agent saved is never lost (DOMAIN.md section 9).

Each workstation keeps a small SQLite file of its own (the caller chooses the path, e.g.
`platformdirs.user_data_dir("vroegbel") / "outbox-<username>.sqlite3"` — one file per person,
so nobody's outcomes are written in someone else's name). `Outbox.submit` first stores the
outcome there (durably), then writes every pending item of this person to the shared database
in the order they were saved, this one last, and removes what was written:

- written → `SubmitState.SAVED`;
- the shared database cannot be reached (connection refused or lost, server gone, SQLite
  locked) → the item stays, `SubmitState.PENDING`; the UI shows the pending count and calls
  `flush` again (a timer on its database worker thread) until it drops to 0;
- the database refuses it for a business reason (the case was closed meanwhile, another agent
  holds it, …) → kept aside as `SubmitState.FAILED` with the Dutch reason, never dropped;
  `failed_items` lists them for the agent or team lead, `retry_failed` puts one back in line,
  `discard_failed` removes one on a person's explicit decision.

A retry after an unclear failure (the commit reached the server, the answer did not) never
records twice: every outcome carries an idempotency key, and `queue.save_outcome` returns the
earlier attempt for a key it has seen.

The UI flushes before it asks for the next call (`outbox.flush(ctx)` then `queue.next_call`):
an outcome still pending means the agent still holds that case, and `next_call` hands a held
case back first.

Thread-safe: one lock around every operation (the UI calls it from its worker thread while a
timer may flush). No Qt here.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from app.db import DatabaseError as AppDatabaseError
from app.db import make_private
from app.services import queue
from app.services.context import AppContext
from app.services.db_errors import classify, describe
from app.services.errors import ServiceError, SessionEnded

log = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    idempotency_key TEXT NOT NULL UNIQUE,
    case_id INTEGER NOT NULL,
    user_id INTEGER,
    username TEXT NOT NULL,
    entry TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    reason TEXT,
    tries INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_outbox_state_seq ON outbox (state, seq);
"""


class SubmitState(StrEnum):
    SAVED = "saved"  # in the shared database
    PENDING = "pending"  # kept locally; written when the connection returns
    FAILED = "failed"  # refused for a business reason; kept aside with the reason


@dataclass(frozen=True)
class PendingOutcome:
    """One outcome on its way to the shared database."""

    case_id: int
    entry: queue.OutcomeEntry


@dataclass(frozen=True)
class SubmitResult:
    state: SubmitState
    idempotency_key: str
    attempt_id: int | None = None
    reason: str | None = None  # Dutch, for FAILED (and a short note for PENDING)
    pending: int = 0  # items still waiting in this outbox after the call


@dataclass(frozen=True)
class FlushResult:
    written: int
    failed: int
    pending: int
    reachable: bool  # False: the shared database could not be reached; try again later


@dataclass(frozen=True)
class OutboxItem:
    seq: int
    case_id: int
    user_id: int | None
    username: str
    entry: queue.OutcomeEntry
    state: SubmitState
    reason: str | None
    tries: int
    last_error: str | None
    created_at: datetime


def is_connection_problem(error: BaseException) -> bool:
    """True for errors that mean "the database cannot take this now" (unreachable, busy,
    read-only, full), not "this is refused": the item then waits and is tried again. The one
    classifier of database errors (app/services/db_errors.py) decides."""
    cause = error.__cause__ if isinstance(error, AppDatabaseError) else None
    info = classify(cause if cause is not None else error)
    if info is not None:
        return info.keep_pending
    return isinstance(error, AppDatabaseError | ConnectionError | TimeoutError)


Writer = Callable[[AppContext, int, queue.OutcomeEntry], queue.SavedOutcome]


class Outbox:
    """A workstation's local outbox file. Create one per signed-in person and keep it open."""

    def __init__(self, path: Path | str, *, writer: Writer | None = None) -> None:
        self.path = Path(path)
        # The outbox holds unsent outcomes and notes: personal data, for its owner only.
        make_private(self.path)
        self._lock = threading.RLock()
        self._writer: Writer = writer or queue.save_outcome
        self._conn = sqlite3.connect(
            str(self.path), timeout=30, isolation_level=None, check_same_thread=False
        )
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=FULL")  # a saved outcome survives a power cut
        self._conn.execute("PRAGMA secure_delete=ON")  # written notes do not linger in the file
        self._conn.executescript(_SCHEMA)

    # --- local storage ----------------------------------------------------------------------

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    def _store(self, ctx: AppContext, pending: PendingOutcome) -> None:
        with self._tx() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO outbox"
                " (idempotency_key, case_id, user_id, username, entry, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    pending.entry.idempotency_key,
                    pending.case_id,
                    ctx.actor.user_id,
                    ctx.actor.username,
                    pending.entry.to_json(),
                    ctx.clock.now().isoformat(),
                ),
            )

    def _items(self, where: str, args: tuple[object, ...] = ()) -> list[OutboxItem]:
        rows = self._conn.execute(
            "SELECT seq, case_id, user_id, username, entry, state, reason, tries, last_error,"
            f" created_at FROM outbox WHERE {where} ORDER BY seq",
            args,
        ).fetchall()
        return [
            OutboxItem(
                seq=row[0],
                case_id=row[1],
                user_id=row[2],
                username=row[3],
                entry=queue.OutcomeEntry.from_json(row[4]),
                state=SubmitState(row[5]),
                reason=row[6],
                tries=row[7],
                last_error=row[8],
                created_at=datetime.fromisoformat(row[9]),
            )
            for row in rows
        ]

    # --- what the UI calls ----------------------------------------------------------------------

    def submit(self, ctx: AppContext, pending: PendingOutcome) -> SubmitResult:
        """Save an outcome: locally first, then (in order, after what was pending) to the shared
        database. Never raises for an unreachable database; the result says where it is."""
        key = pending.entry.idempotency_key
        with self._lock:
            self._store(ctx, pending)
            written = self._flush_locked(ctx)
            pending_left = self._count("pending")
            row = self._conn.execute(
                "SELECT state, reason FROM outbox WHERE idempotency_key = ?", (key,)
            ).fetchone()
        if row is None:
            return SubmitResult(
                state=SubmitState.SAVED,
                idempotency_key=key,
                attempt_id=written.get(key),
                pending=pending_left,
            )
        state = SubmitState(row[0])
        reason = row[1]
        if state is SubmitState.PENDING and reason is None:
            reason = "De database is niet bereikbaar; de uitkomst wordt later verstuurd."
        return SubmitResult(state=state, idempotency_key=key, reason=reason, pending=pending_left)

    def flush(self, ctx: AppContext) -> FlushResult:
        """Write this person's pending items in order; stops at the first connection problem.
        Then blanks the notes of refused items whose case retention purged meanwhile."""
        with self._lock:
            failed_before = self._count("failed")
            reachable = True
            try:
                written = self._flush_locked(ctx, raise_unreachable=True)
            except _Unreachable:
                written = {}
                reachable = False
            if reachable:
                self._forget_purged_locked(ctx)
            return FlushResult(
                written=len(written),
                failed=self._count("failed") - failed_before,
                pending=self._count("pending"),
                reachable=reachable,
            )

    def pending_count(self) -> int:
        with self._lock:
            return self._count("pending")

    def pending_items(self) -> list[OutboxItem]:
        with self._lock:
            return self._items("state = 'pending'")

    def failed_items(self) -> list[OutboxItem]:
        with self._lock:
            return self._items("state = 'failed'")

    def retry_failed(self, seq: int) -> None:
        """Put a failed item back in line (after the reason was dealt with); `flush` writes it."""
        with self._lock, self._tx() as conn:
            conn.execute(
                "UPDATE outbox SET state = 'pending', reason = NULL WHERE seq = ?"
                " AND state = 'failed'",
                (seq,),
            )

    def discard_failed(self, seq: int) -> None:
        """Remove a failed item for good — only on a person's explicit decision."""
        with self._lock, self._tx() as conn:
            conn.execute("DELETE FROM outbox WHERE seq = ? AND state = 'failed'", (seq,))

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def forget_purged(self, ctx: AppContext) -> int:
        """Blank the free text of this person's refused items whose case was purged; returns
        how many. `flush` calls it whenever the database answers."""
        with self._lock:
            return self._forget_purged_locked(ctx)

    def _forget_purged_locked(self, ctx: AppContext) -> int:
        """A refused outcome waits for a person's decision, but its note and help-request note
        are personal data: once retention purged the case on the server, they go here too.
        The item stays (outcome, time, reason), so nobody wonders where it went."""
        where = "state = 'failed' AND user_id IS ? AND username = ?"
        items = self._items(where, (ctx.actor.user_id, ctx.actor.username))
        with_text = [item for item in items if _has_text(item.entry)]
        if not with_text:
            return 0
        try:
            gone = queue.purged_cases(ctx, [item.case_id for item in with_text])
        except Exception as error:  # unreachable or refused now: try at the next flush
            log.info("outbox: purged cases not checked (%s)", error.__class__.__name__)
            return 0
        blanked = 0
        for item in with_text:
            if item.case_id not in gone:
                continue
            entry = item.entry
            help_request = entry.help_request
            if help_request is not None:
                help_request = replace(help_request, note=None)
            bare = replace(entry, notes=None, help_request=help_request)
            with self._tx() as conn:
                conn.execute(
                    "UPDATE outbox SET entry = ?, reason = ? WHERE seq = ?",
                    (bare.to_json(), _PURGED_REASON, item.seq),
                )
            blanked += 1
        if blanked:
            # The old text may still sit in the WAL's page images: write them back and cut it.
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return blanked

    # --- the writing ------------------------------------------------------------------------------

    def _count(self, state: str) -> int:
        row = self._conn.execute("SELECT count(*) FROM outbox WHERE state = ?", (state,)).fetchone()
        return int(row[0])

    def _flush_locked(self, ctx: AppContext, *, raise_unreachable: bool = False) -> dict[str, int]:
        """Write pending items of ctx's person in order; returns {key: attempt id} written."""
        written: dict[str, int] = {}
        where = "state = 'pending' AND user_id IS ? AND username = ?"
        args: tuple[object, ...] = (ctx.actor.user_id, ctx.actor.username)
        for item in self._items(where, args):
            try:
                saved = self._writer(ctx, item.case_id, item.entry)
            except SessionEnded:
                # Not a refusal of this outcome: the session's account changed. It stays in
                # line for the person's next login.
                return written
            except ServiceError as refusal:
                self._mark(item.seq, "failed", reason=str(refusal), error=None)
                log.warning("outbox item %s refused: %s", item.seq, refusal.__class__.__name__)
                continue
            except Exception as error:
                if is_connection_problem(error):
                    self._mark(item.seq, "pending", reason=None, error=_short(error))
                    if raise_unreachable:
                        raise _Unreachable from error
                    return written
                # Not a connection problem and not a refusal: a bug or a broken row. Keep it
                # aside (visible, retryable) instead of blocking everything after it.
                log.exception("outbox item %s could not be written", item.seq)
                self._mark(
                    item.seq,
                    "failed",
                    reason=describe(error)
                    or "Technische fout bij het opslaan; vraag de functioneel beheerder om hulp.",
                    error=_short(error),
                )
                continue
            with self._tx() as conn:
                conn.execute("DELETE FROM outbox WHERE seq = ?", (item.seq,))
            written[item.entry.idempotency_key] = saved.attempt_id
        return written

    def _mark(self, seq: int, state: str, *, reason: str | None, error: str | None) -> None:
        with self._tx() as conn:
            conn.execute(
                "UPDATE outbox SET state = ?, reason = ?, last_error = ?, tries = tries + 1"
                " WHERE seq = ?",
                (state, reason, error, seq),
            )


class _Unreachable(Exception):
    pass


_PURGED_REASON = (
    "De gegevens van deze zaak zijn volgens de bewaartermijn verwijderd; de notitie is daarom "
    "ook hier gewist."
)


def _has_text(entry: queue.OutcomeEntry) -> bool:
    return bool(entry.notes) or bool(entry.help_request and entry.help_request.note)


def _short(error: BaseException) -> str:
    """What the outbox keeps of a technical error: its kind, never the driver's text (it
    quotes SQL parameters and key values: a resident's address)."""
    info = classify(error)
    kind = info.problem.value if info is not None else "error"
    return f"{kind}: {error.__class__.__name__}"


__all__ = [
    "FlushResult",
    "Outbox",
    "OutboxItem",
    "PendingOutcome",
    "SubmitResult",
    "SubmitState",
    "is_connection_problem",
]
