"""The shared queue: the next due call, leases, outcome saving (DOMAIN.md sections 5, 6 and 9).

An agent presses **Next call** (`next_call`) and gets exactly one case, in this order:

0. a case this agent already holds (a restarted client, or one the team lead reassigned to
   them) — it is simply handed back with a fresh lease;
1. open callbacks reserved for this agent that are due now;
2. other due callbacks: reserved for nobody, or whose reservation has passed;
3. planned attempts whose window is open now (`next_window_start <= now < next_window_end`),
   oldest due first (window start, then the case's earliest signal), higher arrears first.

Tiers 1–3 skip a case this agent gave back (`release`, Ctrl+W) less than `lease_minutes` ago
(`cases.given_back_by_id`/`given_back_at`): other agents may take it at once.

Callbacks (tiers 1–2) are handed out only while a calling window is open: an appointment that
was missed yesterday evening waits for the next window instead of ringing at night.

A claim is a **lease** (setting `lease_minutes`, default 15) on the case row; no database
transaction stays open while the agent talks. The client renews the lease while the case is on
screen (`renew_lease`), gives it back on cancel (`release`) and loses it when it dies: an expired
lease is simply ignored by the next claim, which takes the case over and audits the expiry
(`expire_leases` does the same in bulk for the scheduler, so the log is timely).

How a claim is made atomic:

- **PostgreSQL**: ONE statement in autocommit. The candidate row is picked with
  `SELECT … ORDER BY … LIMIT 1 FOR UPDATE SKIP LOCKED`, so concurrent agents never wait for
  each other and never get the same row; the same statement sets the lease and writes the audit
  events (data-modifying CTEs). One round trip per claim.
- **SQLite**: `BEGIN IMMEDIATE` (the database's single write lock) around select + update.

Outcomes go through `save_outcome`, which requires that the caller holds the case (their
lease, or — after it was cleared — their claim the last one, made before the call), checks
the idempotency key first (a retry of an outcome that was recorded returns the earlier
attempt — the outbox relies on this) and calls `outcomes.record_outcome`, the one place of
the outcome rules.

Roles (enforced here, section 2):

- agent: `next_call`, `renew_lease`, `release`, `save_outcome`, `wrong_number`,
  `case_card` (only of a case they hold), `add_phone_number` (only on a case they hold: the
  resident gives another number).
- team lead: `release_lease`, `reassign`, `case_card` of any case (audited like every view),
  `add_phone_number`, `expire_leases`. A team lead does not claim calls in their own name.
- admin: `add_phone_number` (cases opened without a number wait for one).
- everyone: `current_window`, `next_window_opening` (no personal data).

Audit kinds written here: `claim`, `lease_expired`, `release`, `lease_released` (team lead),
`reassign`, `view_case`, `phone_added`; `outcome` is written by `record_outcome`. Details hold
ids and codes only, never personal data.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
import time
import uuid
import weakref
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

import phonenumbers
from sqlalchemy import and_, bindparam, event, func, or_, select, text, update
from sqlalchemy.engine import Connection, Row
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.sql import Executable
from sqlalchemy.sql.elements import TextClause

from app import db_security
from app.clock import AMSTERDAM
from app.db import Database
from app.models import (
    Attempt,
    AuditEvent,
    Callback,
    Case,
    HelpRequest,
    PhoneNumber,
    Signal,
    User,
    UTCDateTime,
)
from app.models.enums import (
    CallbackStatus,
    CaseStatus,
    Channel,
    CloseReason,
    HelpType,
    Outcome,
    Role,
)
from app.scheduler.calendar import CallingCalendar, Window
from app.services import audit, outcomes, planning, settings
from app.services.authz import allowed
from app.services.context import AppContext
from app.services.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from app.services.intake_parsing import normalise_phone
from app.services.outcomes import HelpRequestInput, OutcomeInput

log = logging.getLogger(__name__)

# --- what the UI gets ------------------------------------------------------------------------


class ClaimKind(StrEnum):
    HELD = "held"  # the agent already held it (restart, or reassigned by the team lead)
    CALLBACK = "callback"  # a due callback appointment (reserved for them, or fallen open)
    PLANNED = "planned"  # a planned attempt whose window is open
    INBOUND = "inbound"  # the resident called back and the agent opened the case (issue 14)


@dataclass(frozen=True)
class ClaimedCase:
    """The case an agent now holds. Its contact data comes from `case_card` (audited)."""

    case_id: int
    kind: ClaimKind
    lease_expires_at: datetime
    slot: str | None  # the planned slot type; None for a callback


@dataclass(frozen=True)
class OutcomeEntry:
    """What an agent records on one call. Plain data: the outbox stores it as JSON.

    `at` is when the call happened (fixed when the agent saves, not when the outbox writes it);
    `idempotency_key` makes a repeated save a no-op (make one per save with `OutcomeEntry.new`).
    """

    outcome: Outcome
    idempotency_key: str
    at: datetime
    phone_id: int | None = None
    notes: str | None = None
    help_request: HelpRequestInput | None = None
    callback_at: datetime | None = None
    reach_hint: str | None = None  # "best reachable": slot type code or HH:MM
    #: when the agent started the call (Bellen or Ctrl+D); None when they did not press it
    started_at: datetime | None = None
    # `phone` for the plan's call; `phone_in` when the resident called back (issue 14).
    channel: Channel = Channel.PHONE

    @classmethod
    def new(
        cls,
        outcome: Outcome,
        at: datetime,
        *,
        phone_id: int | None = None,
        notes: str | None = None,
        help_request: HelpRequestInput | None = None,
        callback_at: datetime | None = None,
        reach_hint: str | None = None,
        started_at: datetime | None = None,
        channel: Channel = Channel.PHONE,
    ) -> OutcomeEntry:
        return cls(
            outcome=outcome,
            idempotency_key=uuid.uuid4().hex,
            at=at,
            phone_id=phone_id,
            notes=notes,
            help_request=help_request,
            callback_at=callback_at,
            reach_hint=reach_hint,
            started_at=started_at,
            channel=channel,
        )

    def to_json(self) -> str:
        data: dict[str, Any] = {
            "outcome": self.outcome.value,
            "idempotency_key": self.idempotency_key,
            "at": self.at.isoformat(),
            "phone_id": self.phone_id,
            "notes": self.notes,
            "callback_at": self.callback_at.isoformat() if self.callback_at else None,
            "help_request": None,
            "started_at": self.started_at.isoformat() if self.started_at else None,
            "channel": Channel(self.channel).value,
        }
        if self.reach_hint:
            # Only when given, so entries written before issue 19 read back the same.
            data["reach_hint"] = self.reach_hint
        if self.help_request is not None:
            data["help_request"] = {
                "help_types": [HelpType(t).value for t in self.help_request.help_types],
                "urgent": self.help_request.urgent,
                "note": self.help_request.note,
            }
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, raw: str) -> OutcomeEntry:
        data = json.loads(raw)
        help_data: Mapping[str, Any] | None = data.get("help_request")
        return cls(
            outcome=Outcome(data["outcome"]),
            # Entries written before channels existed are outbound calls.
            channel=Channel(data.get("channel") or Channel.PHONE.value),
            idempotency_key=str(data["idempotency_key"]),
            at=datetime.fromisoformat(data["at"]),
            phone_id=data.get("phone_id"),
            notes=data.get("notes"),
            callback_at=(
                datetime.fromisoformat(data["callback_at"]) if data.get("callback_at") else None
            ),
            reach_hint=data.get("reach_hint"),
            # Outbox files written before issue 15 have no "started_at".
            started_at=(
                datetime.fromisoformat(data["started_at"]) if data.get("started_at") else None
            ),
            help_request=(
                HelpRequestInput(
                    help_types=tuple(HelpType(t) for t in help_data["help_types"]),
                    urgent=bool(help_data.get("urgent", False)),
                    note=help_data.get("note"),
                )
                if help_data
                else None
            ),
        )


@dataclass(frozen=True)
class SavedOutcome:
    attempt_id: int
    case_id: int
    case_status: str
    replayed: bool  # True: this idempotency key had been recorded before; nothing changed


@dataclass(frozen=True)
class PhoneLine:
    id: int
    number_e164: str
    struck: bool


@dataclass(frozen=True)
class AttemptLine:
    at: datetime
    slot: str
    outcome: str
    is_contact: bool
    agent_name: str
    notes: str | None
    reach_hint: str | None = None  # as stored: slot type code or HH:MM
    channel: str = "phone"


@dataclass(frozen=True)
class HelpRequestLine:
    created_at: datetime
    help_types: tuple[str, ...]
    urgent: bool
    note: str | None


@dataclass(frozen=True)
class CallbackLine:
    id: int
    due_at: datetime
    reserved_for_id: int | None
    reserved_until: datetime | None


@dataclass(frozen=True)
class CaseCard:
    """What an agent may see of the case they hold (DOMAIN.md section 2). Never the BSN,
    nor birth date or e-mail: the call does not need them."""

    case_id: int
    status: str
    name: str | None  # the resident named on the most recent signal
    names: tuple[str, ...]  # everyone the signals name, most recent first
    phones: tuple[PhoneLine, ...]
    street: str | None
    house_number: int | None
    house_number_suffix: str
    postcode: str | None
    city: str | None
    wijk: str
    creditor_types: tuple[str, ...]
    total_arrears_cents: int
    attempts_used: int
    max_attempts: int
    next_slot: str | None
    attempts: tuple[AttemptLine, ...]
    help_requests: tuple[HelpRequestLine, ...]
    open_callbacks: tuple[CallbackLine, ...]
    lease_user_id: int | None
    lease_expires_at: datetime | None
    why_next: str = ""  # why the next attempt is in its slot type (DOMAIN.md 4.5)
    reach_hint: str = ""  # the latest "best reachable" hint in words ("'s avonds")

    @property
    def address(self) -> str:
        if self.street is None:
            return ""
        number = f"{self.house_number}{self.house_number_suffix}".strip()
        return f"{self.street} {number}, {self.postcode} {self.city}".strip()


# --- small helpers ---------------------------------------------------------------------------


def _agent_id(ctx: AppContext) -> int:
    if ctx.actor.user_id is None:
        raise PermissionDenied("Alleen een ingelogde beller kan zaken aannemen.")
    return ctx.actor.user_id


def _lease_minutes(session: Session) -> int:
    return int(settings.get(session, "lease_minutes"))


def _load_case(session: Session, case_id: int, *, for_update: bool = False) -> Case:
    case = session.get(Case, case_id, with_for_update=for_update)
    if case is None:
        raise NotFound(f"Zaak {case_id} bestaat niet.")
    return case


def _held_by_other(case: Case, me: int | None, now: datetime) -> bool:
    """Someone else holds a live lease on the case."""
    return (
        case.lease_user_id is not None
        and case.lease_user_id != me
        and case.lease_expires_at is not None
        and case.lease_expires_at > now
    )


# --- the calling calendar --------------------------------------------------------------------

_PLANNING_TTL_S = 30.0
_planning_lock = threading.Lock()
_planning_cache: dict[int, tuple[float, planning.PlanningContext]] = {}


def _planning(db: Database) -> planning.PlanningContext:
    """The planner's context (calendar, plan rules, contact rates), shared by this workstation's
    calls for half a minute per database.

    A claim must stay one round trip, so it cannot read the settings each time; and the contact
    rates per wijk (an aggregate over eight weeks of attempts) need not be recomputed for every
    outcome. An admin's change of windows, closed days or plan rules is seen within half a minute
    (or at once after `forget_cached_planning`).
    """
    key = id(db)
    with _planning_lock:
        hit = _planning_cache.get(key)
        if hit is not None and time.monotonic() - hit[0] < _PLANNING_TTL_S:
            return hit[1]
    with db.read() as session:
        loaded = planning.PlanningContext.load(session)
    with _planning_lock:
        _planning_cache[key] = (time.monotonic(), loaded)
    return loaded


def _calendar(db: Database) -> CallingCalendar:
    return _planning(db).calendar


def load_calendar(session: Session) -> CallingCalendar:
    """The calling windows and closed days in force in this database (the planner's own)."""
    return planning.PlanningContext.load(session).calendar


def forget_cached_planning(db: Database | None = None) -> None:
    """Drop the cached planner context (after the admin changed windows or closed days)."""
    with _planning_lock:
        if db is None:
            _planning_cache.clear()
        else:
            _planning_cache.pop(id(db), None)


@allowed(Role.AGENT, Role.COACH, Role.TEAMLEAD, Role.ADMIN)
def current_window(ctx: AppContext) -> Window | None:
    """The calling window open now, or None outside calling hours."""
    return _calendar(ctx.db).open_window(ctx.clock.now())


@allowed(Role.AGENT, Role.COACH, Role.TEAMLEAD, Role.ADMIN)
def next_window_opening(ctx: AppContext) -> datetime | None:
    """When the next calling window opens (Amsterdam time) — None while one is open now.

    The UI says "Buiten beltijden; het volgende belvenster opent <…>" when `next_call` gives
    nothing outside calling hours. Also None when no window opens within a year (every day
    closed), which the UI reports as "geen belvensters ingesteld".
    """
    now = ctx.clock.now()
    calendar = _calendar(ctx.db)
    if calendar.open_window(now) is not None:
        return None
    window = calendar.next_open_window(now)
    return window.start.astimezone(AMSTERDAM) if window is not None else None


# --- write transactions ------------------------------------------------------------------------

_sqlite_locks_guard = threading.Lock()
_sqlite_locks: dict[str, threading.Lock] = {}


def _sqlite_lock(db: Database) -> threading.Lock:
    key = str(db.engine.url.database)
    with _sqlite_locks_guard:
        lock = _sqlite_locks.get(key)
        if lock is None:
            lock = _sqlite_locks[key] = threading.Lock()
        return lock


@contextlib.contextmanager
def _write(db: Database) -> Iterator[Session]:
    """A write unit of work: `BEGIN IMMEDIATE` on SQLite, a plain transaction on PostgreSQL.

    On SQLite the threads of one process (the UI's database worker, the scheduler's jobs, or
    the benchmark's agents) also queue on a lock per database file first: the write lock then
    passes on at once, where SQLite's own busy handler would let waiters sleep up to 100 ms
    between tries while the file sits idle. Other processes still wait in the busy handler.
    """
    if not db.is_sqlite:
        with db.begin() as session:
            yield session
        return
    with _sqlite_lock(db), db.begin(immediate=True) as session:
        yield session


# --- claiming --------------------------------------------------------------------------------

# PostgreSQL: one statement, one round trip. Each tier is a MATERIALIZED CTE that locks at most
# one row with SKIP LOCKED; a later tier is gated by NOT EXISTS on the earlier ones (a one-time
# filter, so it does not even scan when an earlier tier found a case). The literal
# `status = 'open' AND NOT needs_phone` matches the partial index ix_cases_due_order (0002).
_PG_CLAIM = """
WITH mine AS MATERIALIZED (
    SELECT c.id FROM cases c
    WHERE c.lease_user_id = :me AND c.lease_expires_at > :now
      AND c.status = 'open'
    ORDER BY c.lease_claimed_at, c.id
    LIMIT 1
    FOR UPDATE SKIP LOCKED
), cb AS MATERIALIZED (
    SELECT c.id, c.lease_user_id AS prev_user FROM callbacks k JOIN cases c ON c.id = k.case_id
    WHERE :in_hours AND NOT EXISTS (SELECT 1 FROM mine)
      AND k.status = 'open' AND k.due_at <= :now
      AND (k.reserved_for_id = :me OR k.reserved_for_id IS NULL OR k.reserved_until <= :now)
      AND c.status = 'open' AND NOT c.needs_phone
      AND (c.lease_user_id IS NULL OR c.lease_expires_at <= :now)
      AND (c.given_back_by_id IS NULL OR c.given_back_by_id <> :me
           OR c.given_back_at <= (:now - make_interval(mins => COALESCE(
               (SELECT CAST(s.value AS integer) FROM settings s WHERE s.key = 'lease_minutes'),
               :lease_default))))
    ORDER BY CASE WHEN k.reserved_for_id = :me THEN 0 ELSE 1 END, k.due_at, c.id
    LIMIT 1
    FOR UPDATE OF c SKIP LOCKED
), pl AS MATERIALIZED (
    SELECT c.id, c.lease_user_id AS prev_user FROM cases c
    WHERE NOT EXISTS (SELECT 1 FROM mine) AND NOT EXISTS (SELECT 1 FROM cb)
      AND c.status = 'open' AND NOT c.needs_phone
      AND c.next_window_start <= :now AND c.next_window_end > :now
      AND (c.lease_user_id IS NULL OR c.lease_expires_at <= :now)
      AND (c.given_back_by_id IS NULL OR c.given_back_by_id <> :me
           OR c.given_back_at <= (:now - make_interval(mins => COALESCE(
               (SELECT CAST(s.value AS integer) FROM settings s WHERE s.key = 'lease_minutes'),
               :lease_default))))
    ORDER BY c.next_window_start, c.first_received_on, c.total_arrears_cents DESC, c.id
    LIMIT 1
    FOR UPDATE SKIP LOCKED
), picked AS (
    SELECT id, CAST(NULL AS integer) AS prev_user, 'held' AS kind FROM mine
    UNION ALL SELECT id, prev_user, 'callback' FROM cb
    UNION ALL SELECT id, prev_user, 'planned' FROM pl
), claimed AS (
    UPDATE cases c
    SET lease_user_id = :me, lease_claimed_at = :now,
        lease_expires_at = :now + make_interval(mins => COALESCE(
            (SELECT CAST(s.value AS integer) FROM settings s WHERE s.key = 'lease_minutes'),
            :lease_default))
    FROM picked
    WHERE c.id = picked.id
    RETURNING c.id, picked.prev_user, picked.kind, c.next_slot, c.lease_expires_at
), audited AS (
    INSERT INTO audit_events (at, user_id, username, kind, case_id, detail)
    SELECT :now, :me, :username, 'claim', id, kind FROM claimed
    UNION ALL
    SELECT :now, prev_user, COALESCE((SELECT u.username FROM users u WHERE u.id = prev_user), ''),
           'lease_expired', id, 'taken over by user ' || CAST(:me AS text)
    FROM claimed WHERE prev_user IS NOT NULL AND prev_user <> :me
)
SELECT id, kind, next_slot, lease_expires_at FROM claimed
"""


def _typed(sql: str) -> TextClause:
    params = [bindparam("now", type_=UTCDateTime())]
    if ":given_back_before" in sql:
        params.append(bindparam("given_back_before", type_=UTCDateTime()))
    return text(sql).bindparams(*params)


_PG_CLAIM_STATEMENT = _typed(_PG_CLAIM).columns(lease_expires_at=UTCDateTime())

# SQLite: the same three tiers as plain selects inside BEGIN IMMEDIATE.
_SQLITE_MINE = _typed(
    """SELECT id, NULL FROM cases
       WHERE lease_user_id = :me AND lease_expires_at > :now AND status = 'open'
       ORDER BY lease_claimed_at, id LIMIT 1"""
)
_SQLITE_CALLBACK = _typed(
    """SELECT c.id, c.lease_user_id FROM callbacks k JOIN cases c ON c.id = k.case_id
       WHERE k.status = 'open' AND k.due_at <= :now
         AND (k.reserved_for_id = :me OR k.reserved_for_id IS NULL OR k.reserved_until <= :now)
         AND c.status = 'open' AND c.needs_phone = 0
         AND (c.lease_user_id IS NULL OR c.lease_expires_at <= :now)
         AND (c.given_back_by_id IS NULL OR c.given_back_by_id <> :me
              OR c.given_back_at <= :given_back_before)
       ORDER BY CASE WHEN k.reserved_for_id = :me THEN 0 ELSE 1 END, k.due_at, c.id
       LIMIT 1"""
)
_SQLITE_PLANNED = _typed(
    """SELECT id, lease_user_id FROM cases
       WHERE status = 'open' AND needs_phone = 0
         AND next_window_start <= :now AND next_window_end > :now
         AND (lease_user_id IS NULL OR lease_expires_at <= :now)
         AND (given_back_by_id IS NULL OR given_back_by_id <> :me
              OR given_back_at <= :given_back_before)
       ORDER BY next_window_start, first_received_on, total_arrears_cents DESC, id
       LIMIT 1"""
)


class _ClaimLine:
    """A workstation's own autocommit connection for claims on PostgreSQL.

    A claim is one statement; checking a connection out of the pool for it would add the pool's
    liveness ping, a second round trip. This connection stays checked out (never inside a
    transaction: autocommit) and is replaced when it turns out dead. Retrying a claim on a new
    connection is safe even when the first one committed unseen: the retry finds the case this
    agent now holds and hands it back (tier 0).
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.conn: Connection | None = None

    def execute(
        self, db: Database, params: dict[str, Any], statement: Executable | None = None
    ) -> Row[Any] | None:
        with self.lock:
            for attempt in (1, 2):
                conn = self.conn
                if conn is None or conn.closed or conn.invalidated:
                    conn = db.engine.connect()
                    conn.execution_options(isolation_level="AUTOCOMMIT")
                    self.conn = conn
                try:
                    chosen = _PG_CLAIM_STATEMENT if statement is None else statement
                    return conn.execute(chosen, params).first()
                except DBAPIError as exc:
                    self.conn = None
                    with contextlib.suppress(Exception):
                        conn.close()
                    if attempt == 2 or not exc.connection_invalidated:
                        raise
            return None  # not reached


_claim_lines: weakref.WeakKeyDictionary[Database, _ClaimLine] = weakref.WeakKeyDictionary()
_claim_lines_lock = threading.Lock()


def _claim_line(db: Database) -> _ClaimLine:
    with _claim_lines_lock:
        line = _claim_lines.get(db)
        if line is None:
            line = _claim_lines[db] = _ClaimLine()
            # Disposing the database (sign-out, switching databases) gives the connection back.
            event.listen(db.engine, "engine_disposed", lambda _engine: close_claim_connection(db))
        return line


def close_claim_connection(db: Database) -> None:
    """Give back the claim connection of this database (before `db.dispose()` at sign-out)."""
    with _claim_lines_lock:
        line = _claim_lines.pop(db, None)
    if line is not None:
        with line.lock:
            if line.conn is not None:
                with contextlib.suppress(Exception):
                    # Detached, closing it ends the server session: called on
                    # `engine_disposed`, the pool it came from is already gone, and a
                    # connection given back to that pool would be dropped unclosed.
                    line.conn.detach()
                with contextlib.suppress(Exception):
                    line.conn.close()
                line.conn = None


def _claim_postgresql(
    ctx: AppContext, me: int, now: datetime, in_hours: bool
) -> ClaimedCase | None:
    params = {
        "me": me,
        "now": now,
        "in_hours": in_hours,
        "username": ctx.actor.username,
        "lease_default": int(settings.SPECS["lease_minutes"].default),
    }
    row = _claim_line(ctx.db).execute(ctx.db, params)
    if row is None:
        return None
    return ClaimedCase(
        case_id=int(row.id),
        kind=ClaimKind(row.kind),
        lease_expires_at=row.lease_expires_at,
        slot=row.next_slot if row.kind == ClaimKind.PLANNED.value else None,
    )


def _claim_sqlite(ctx: AppContext, me: int, now: datetime, in_hours: bool) -> ClaimedCase | None:
    with _write(ctx.db) as session:
        # A case this agent gave back is not theirs again before the lease time has passed.
        given_back_before = now - timedelta(minutes=_lease_minutes(session))
        params: dict[str, Any] = {"me": me, "now": now, "given_back_before": given_back_before}
        kind = ClaimKind.HELD
        row = session.execute(_SQLITE_MINE, {"me": me, "now": now}).first()
        if row is None and in_hours:
            kind = ClaimKind.CALLBACK
            row = session.execute(_SQLITE_CALLBACK, params).first()
        if row is None:
            kind = ClaimKind.PLANNED
            row = session.execute(_SQLITE_PLANNED, params).first()
        if row is None:
            return None
        case_id, prev_user = int(row[0]), row[1]
        expires = now + timedelta(minutes=_lease_minutes(session))
        session.execute(
            update(Case)
            .where(Case.id == case_id)
            .values(lease_user_id=me, lease_claimed_at=now, lease_expires_at=expires)
        )
        audit.record(session, ctx, "claim", case_id=case_id, detail=kind.value)
        if prev_user is not None and prev_user != me:
            _audit_expiry(session, ctx, case_id, int(prev_user), taken_by=me)
        slot = session.scalar(select(Case.next_slot).where(Case.id == case_id))
        return ClaimedCase(
            case_id=case_id,
            kind=kind,
            lease_expires_at=expires,
            slot=slot if kind is ClaimKind.PLANNED else None,
        )


def _audit_expiry(
    session: Session, ctx: AppContext, case_id: int, prev_user: int, *, taken_by: int | None
) -> None:
    """The expired lease's holder is the 'who' of this event; the claimer is in the detail."""
    username = session.scalar(select(User.username).where(User.id == prev_user)) or ""
    session.add(
        AuditEvent(
            at=ctx.clock.now(),
            user_id=prev_user,
            username=username,
            kind="lease_expired",
            case_id=case_id,
            detail=f"taken over by user {taken_by}" if taken_by is not None else "expired",
        )
    )


@allowed(Role.AGENT)
def next_call(ctx: AppContext) -> ClaimedCase | None:
    """Claim the next due call for this agent (see the module docstring for the order).

    None when nothing is due: outside calling hours ask `next_window_opening` when the next
    window opens; inside them the queue of this window is empty.
    """
    me = _agent_id(ctx)
    now = ctx.clock.now()
    in_hours = _calendar(ctx.db).open_window(now) is not None
    if ctx.db.login_group is not None:
        return _claim_personal_login(ctx, in_hours)
    if ctx.db.dialect == "postgresql":
        claimed = _claim_postgresql(ctx, me, now, in_hours)
    else:
        claimed = _claim_sqlite(ctx, me, now, in_hours)
    if claimed is not None and claimed.kind is not ClaimKind.HELD:
        _record_wrap_up(ctx, me, now)
    return claimed


#: A gap longer than this between saving an outcome and the next claim is a break, not
#: wrap-up: it is not recorded, so a lunch does not count as handling time.
WRAP_UP_MAX = timedelta(minutes=30)


def _record_wrap_up(ctx: AppContext, me: int, now: datetime) -> None:
    """The wrap-up of this agent's last call: from saving its outcome until this claim.

    Best effort in a transaction of its own: the claim has been made, and a failure here
    must not take the case away from the agent.
    """
    try:
        with _write(ctx.db) as session:
            last = session.execute(
                select(Attempt.id, Attempt.at, Attempt.wrap_up_seconds)
                .where(Attempt.agent_id == me, Attempt.source == "app")
                .order_by(Attempt.at.desc(), Attempt.id.desc())
                .limit(1)
            ).first()
            if last is None or last.wrap_up_seconds is not None:
                return
            gap = now - last.at
            if timedelta(0) <= gap <= WRAP_UP_MAX:
                session.execute(
                    update(Attempt)
                    .where(Attempt.id == last.id)
                    .values(wrap_up_seconds=int(gap.total_seconds()))
                    .execution_options(synchronize_session=False)
                )
    except Exception:  # the statistic is optional, the claim is not
        log.warning("could not record wrap-up time", exc_info=True)


_PERSONAL_CLAIM = text(
    "SELECT case_id, kind, next_slot, lease_expires_at FROM vroegbel_claim_next(:in_hours)"
).columns(lease_expires_at=UTCDateTime())


def _claim_personal_login(ctx: AppContext, in_hours: bool) -> ClaimedCase | None:
    """A personal PostgreSQL login claims through the owner's function: the same three tiers,
    with the server's clock and the login itself as the agent (issue 13)."""
    # The function is one statement: on the claim line, one round trip as for the owner's claim.
    row = _claim_line(ctx.db).execute(ctx.db, {"in_hours": in_hours}, _PERSONAL_CLAIM)
    if row is None:
        return None
    return ClaimedCase(
        case_id=int(row.case_id),
        kind=ClaimKind(row.kind),
        lease_expires_at=row.lease_expires_at,
        slot=row.next_slot if row.kind == ClaimKind.PLANNED.value else None,
    )


@allowed(Role.AGENT)
def renew_lease(ctx: AppContext, case_id: int) -> datetime:
    """Extend this agent's lease (call every few minutes while the case is on screen).

    Also renews a lease that expired while nobody else took the case. Raises Conflict when the
    case was taken over, released by the team lead or finished meanwhile.
    """
    me = _agent_id(ctx)
    now = ctx.clock.now()
    if ctx.db.login_group is not None:
        return _renew_personal_login(ctx, case_id)
    with _write(ctx.db) as session:
        expires = now + timedelta(minutes=_lease_minutes(session))
        result = session.execute(
            update(Case)
            .where(
                Case.id == case_id,
                Case.lease_user_id == me,
                or_(
                    Case.status == CaseStatus.OPEN.value,
                    # A case closed without contact, opened for a resident who called back.
                    and_(
                        Case.status == CaseStatus.CLOSED.value,
                        Case.close_reason.in_(outcomes.FOLLOW_UP_REASONS),
                    ),
                ),
            )
            .values(lease_expires_at=expires)
            .execution_options(synchronize_session=False)
        )
        if result.rowcount != 1:  # type: ignore[attr-defined]
            raise Conflict(f"U heeft zaak {case_id} niet meer in behandeling.")
    return expires


def _renew_personal_login(ctx: AppContext, case_id: int) -> datetime:
    try:
        with ctx.db.begin() as session:
            expires: datetime = session.execute(
                text("SELECT vroegbel_renew_lease(:case_id)"), {"case_id": case_id}
            ).scalar_one()
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) == "42501":
            raise Conflict(f"U heeft zaak {case_id} niet meer in behandeling.") from None
        raise
    return expires if expires.tzinfo else expires.replace(tzinfo=UTC)


@allowed(Role.AGENT)
def release(ctx: AppContext, case_id: int) -> None:
    """Give a claimed case back to the queue (the agent cancels, Ctrl+W). Releasing twice is
    harmless. Other agents may take the case at once; this agent's own next calls skip it
    for `lease_minutes`, so "give back, next call" brings another resident (DOMAIN.md 5)."""
    me = _agent_id(ctx)
    if ctx.db.login_group is not None:
        # The case is out of this login's sight unless it holds it: the function decides.
        with ctx.db.begin() as session:
            session.execute(text("SELECT vroegbel_release_lease(:c)"), {"c": case_id})
        return
    with _write(ctx.db) as session:
        result = session.execute(
            update(Case)
            .where(Case.id == case_id, Case.lease_user_id == me)
            .values(
                lease_user_id=None,
                lease_claimed_at=None,
                lease_expires_at=None,
                given_back_by_id=me,
                given_back_at=ctx.clock.now(),
            )
            .execution_options(synchronize_session=False)
        )
        if result.rowcount == 1:  # type: ignore[attr-defined]
            audit.record(session, ctx, "release", case_id=case_id)
            return
        holder = session.scalar(select(Case.lease_user_id).where(Case.id == case_id))
        if holder is not None:
            raise Conflict(f"Zaak {case_id} is in behandeling bij een andere beller.")


@allowed(Role.TEAMLEAD, system=True)
def expire_leases(ctx: AppContext) -> int:
    """Clear every expired lease and audit each (for the scheduler; claims also take expired
    leases over by themselves). Returns how many were cleared."""
    if ctx.db.login_group is not None:
        # Any workstation runs the shared jobs; under its own login only through the owner's
        # function, which clears expired leases and nothing else.
        with ctx.db.begin() as session:
            return int(session.execute(text("SELECT vroegbel_expire_leases()")).scalar_one())
    now = ctx.clock.now()
    with _write(ctx.db) as session:
        rows = session.execute(
            select(Case.id, Case.lease_user_id)
            .where(Case.lease_user_id.is_not(None), Case.lease_expires_at <= now)
            .with_for_update(skip_locked=True)
        ).all()
        for case_id, prev_user in rows:
            session.execute(
                update(Case)
                .where(Case.id == case_id)
                .values(lease_user_id=None, lease_claimed_at=None, lease_expires_at=None)
                .execution_options(synchronize_session=False)
            )
            _audit_expiry(session, ctx, case_id, int(prev_user), taken_by=None)
    return len(rows)


# --- outcomes --------------------------------------------------------------------------------


def _replay(session: Session, case_id: int, key: str) -> SavedOutcome | None:
    earlier = session.scalar(select(Attempt).where(Attempt.idempotency_key == key))
    if earlier is None:
        return None
    if earlier.case_id != case_id:
        raise Conflict("Deze uitkomst is al bij een andere zaak vastgelegd.")
    status = session.scalar(select(Case.status).where(Case.id == case_id)) or ""
    return SavedOutcome(attempt_id=earlier.id, case_id=case_id, case_status=status, replayed=True)


#: Audit kinds that change who holds a case: a claim, or the team lead taking it away.
_HOLDER_EVENTS = ("claim", "reassign", "lease_released")


def _holder_refusal(
    session: Session, case: Case, me: int, call_at: datetime, now: datetime
) -> tuple[str, str] | None:
    """(audit code, sentence) when this agent may not record an outcome on `case`, else None.

    An agent records outcomes only on a case they hold: their lease (live, or expired while
    nobody took the case over), or — when the lease was cleared meanwhile, e.g. their outbox
    writes after an outage — a case nobody holds whose last change of holder was their own
    claim, made no later than the call (claims, reassignments and releases by the team lead
    are in the append-only audit log). A case another agent claimed since is refused
    (DOMAIN.md 5).
    """
    if case.lease_user_id == me:
        return None
    if _held_by_other(case, me, now):
        return (
            "held by another agent",
            f"Zaak {case.id} is in behandeling bij een andere beller.",
        )
    latest = session.execute(
        select(AuditEvent.kind, AuditEvent.user_id, AuditEvent.at)
        .where(
            AuditEvent.case_id == case.id,
            AuditEvent.kind.in_(_HOLDER_EVENTS),
            AuditEvent.at <= now,
        )
        .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
        .limit(1)
    ).first()
    if latest is not None and latest.kind == "claim":
        if latest.user_id == me and latest.at <= call_at:
            return None
        if latest.user_id != me:
            return (
                "claimed by another agent since",
                f"Zaak {case.id} is intussen door een andere beller opgepakt; uw uitkomst is "
                "niet opgeslagen, meld haar aan de teamleider.",
            )
    return ("not held", f"U heeft zaak {case.id} niet in behandeling.")


_HOLDER_SENTENCES = {
    "held by another agent": "Zaak {id} is in behandeling bij een andere beller.",
    "claimed by another agent since": (
        "Zaak {id} is intussen door een andere beller opgepakt; uw uitkomst is niet "
        "opgeslagen, meld haar aan de teamleider."
    ),
    "not held": "U heeft zaak {id} niet in behandeling.",
}


def _holder_refusal_personal_login(
    session: Session, case_id: int, call_at: datetime
) -> tuple[str, str] | None:
    """_holder_refusal for a personal agent login, which sees neither a case it no longer
    holds nor the audit log: the owner's function checks and, when the outcome may be
    recorded, holds the case again for this transaction (issue 13)."""
    answer = session.execute(
        text("SELECT vroegbel_resume_hold(:case_id, :call_at)").bindparams(
            bindparam("call_at", type_=UTCDateTime())
        ),
        {"case_id": case_id, "call_at": call_at},
    ).scalar_one()
    if answer == "held":
        return None
    if answer == "missing":
        raise NotFound(f"Zaak {case_id} bestaat niet.")
    return (answer, _HOLDER_SENTENCES.get(answer, _HOLDER_SENTENCES["not held"]).format(id=case_id))


def _check_entry(case: Case, entry: OutcomeEntry) -> None:
    if not entry.idempotency_key or len(entry.idempotency_key) > 64:
        raise InvalidInput("Een uitkomst heeft een sleutel van hoogstens 64 tekens nodig.")
    if entry.at.tzinfo is None:
        raise InvalidInput("Het tijdstip van het gesprek heeft een tijdzone nodig.")
    if entry.phone_id is not None and all(p.id != entry.phone_id for p in case.phones):
        raise InvalidInput("Dit telefoonnummer hoort niet bij deze zaak.")
    if entry.outcome is Outcome.WRONG_NUMBER and entry.phone_id is None:
        raise InvalidInput("Kies welk telefoonnummer onjuist is.")
    if Channel(entry.channel) not in (Channel.PHONE, Channel.PHONE_IN):
        # An agent records calls; letters, cards and visits go through the follow-up.
        raise InvalidInput("Een beller legt alleen gesprekken vast, geen brief of bezoek.")
    if entry.started_at is not None:
        if entry.started_at.tzinfo is None:
            raise InvalidInput("Het begin van het gesprek heeft een tijdzone nodig.")
        if entry.started_at > entry.at:
            raise InvalidInput("Het gesprek kan niet beginnen nadat de uitkomst is opgeslagen.")


@allowed(Role.AGENT)
def save_outcome(ctx: AppContext, case_id: int, entry: OutcomeEntry) -> SavedOutcome:
    """Record the outcome of a call on a case this agent holds (or that nobody else holds).

    Idempotent: a second save with the same `entry.idempotency_key` changes nothing and returns
    the first attempt (`replayed=True`), also after the lease has gone — the outbox retries
    after unclear failures. Raises Conflict when another agent holds the case or the case is
    no longer open, InvalidInput for an incomplete entry (see `record_outcome`).
    """
    me = _agent_id(ctx)
    try:
        return _save_outcome(ctx, me, case_id, entry)
    except IntegrityError:
        # Two saves of the same key raced (two workstations flushing one outbox file): the
        # loser finds the winner's attempt.
        with ctx.db.read() as session:
            replayed = _replay(session, case_id, entry.idempotency_key)
        if replayed is None:
            raise
        return replayed


def _save_outcome(ctx: AppContext, me: int, case_id: int, entry: OutcomeEntry) -> SavedOutcome:
    shared = _planning(ctx.db)
    refusal: tuple[str, str] | None = None
    with _write(ctx.db) as session:
        planning.use_context(session, shared)
        replayed = _replay(session, case_id, entry.idempotency_key)
        if replayed is not None:
            return replayed
        if ctx.db.login_group is not None:
            refusal = _holder_refusal_personal_login(session, case_id, entry.at)
        if refusal is None:
            case = _load_case(session, case_id, for_update=True)
            refusal = _holder_refusal(session, case, me, entry.at, ctx.clock.now())
        if refusal is None:
            _check_entry(case, entry)
            agent_name = session.scalar(select(User.display_name).where(User.id == me))
            personal = ctx.db.login_group is not None
            if personal:
                session.info[outcomes.DEFER_LEASE_RELEASE] = set()
            attempt = outcomes.record_outcome(
                session,
                ctx,
                case,
                OutcomeInput(
                    outcome=entry.outcome,
                    at=entry.at,
                    agent_id=me,
                    agent_name=agent_name or ctx.actor.username,
                    phone_id=entry.phone_id,
                    notes=entry.notes,
                    help_request=entry.help_request,
                    callback_at=entry.callback_at,
                    idempotency_key=entry.idempotency_key,
                    source="app",
                    reach_hint=entry.reach_hint,
                    started_at=entry.started_at,
                    channel=Channel(entry.channel),
                ),
            )
            if personal:
                outcomes.release_deferred(session)
            return SavedOutcome(
                attempt_id=attempt.id, case_id=case.id, case_status=case.status, replayed=False
            )
    # Audited apart from the refused work (nothing was written), so a late outcome that met a
    # case someone else had taken meanwhile can be traced (DOMAIN.md 5).
    audit.record_now(ctx, "outcome_refused", case_id=case_id, detail=refusal[0])
    raise Conflict(refusal[1])


@allowed(Role.AGENT)
def wrong_number(
    ctx: AppContext,
    case_id: int,
    phone_id: int,
    *,
    at: datetime | None = None,
    notes: str | None = None,
    idempotency_key: str | None = None,
) -> SavedOutcome:
    """Record `wrong_number` for one of the case's numbers: that number is struck; when no valid
    number is left the case closes as `no_valid_number` (DOMAIN.md 4.8)."""
    entry = OutcomeEntry(
        outcome=Outcome.WRONG_NUMBER,
        idempotency_key=idempotency_key or uuid.uuid4().hex,
        at=at or ctx.clock.now(),
        phone_id=phone_id,
        notes=notes,
    )
    return save_outcome(ctx, case_id, entry)


@allowed(Role.AGENT)
def purged_cases(ctx: AppContext, case_ids: Sequence[int]) -> set[int]:
    """Of these case ids, those whose personal data retention purged, or that no longer exist.

    The workstation's outbox asks this for the outcomes it keeps aside as refused: their notes
    must not outlive the case's own data (docs/SECURITY.md 5). Ids only; no personal data.
    """
    wanted = sorted({int(i) for i in case_ids})
    if not wanted:
        return set()
    with ctx.db.read() as session:
        if db_security.is_personal_session(session):
            # An agent's login sees only the case it holds: the owner's function answers.
            return {
                int(i)
                for i in session.scalars(
                    text("SELECT vroegbel_purged_cases(CAST(:ids AS integer[]))"),
                    {"ids": wanted},
                )
            }
        kept = set(
            session.scalars(select(Case.id).where(Case.id.in_(wanted), Case.purged_at.is_(None)))
        )
    return set(wanted) - kept


# --- the team lead ---------------------------------------------------------------------------


@allowed(Role.TEAMLEAD)
def release_lease(ctx: AppContext, case_id: int) -> bool:
    """Take a case away from whoever holds it (an agent who left); False when nobody did."""
    with _write(ctx.db) as session:
        case = _load_case(session, case_id, for_update=True)
        holder = case.lease_user_id
        if holder is None:
            return False
        outcomes.release_lease(case)
        audit.record(session, ctx, "lease_released", case_id=case_id, detail=f"from user {holder}")
    return True


@allowed(Role.TEAMLEAD)
def reassign(ctx: AppContext, case_id: int, agent_id: int) -> datetime:
    """Give an open case to another agent: it becomes their lease (fresh), and their next
    **Next call** hands it to them first; the case's open callbacks move with it. Returns the
    new lease's expiry (if the agent does not pick it up in time it returns to the queue)."""
    now = ctx.clock.now()
    with _write(ctx.db) as session:
        agent = session.get(User, agent_id)
        if agent is None or agent.role != Role.AGENT.value or agent.removed_at is not None:
            raise InvalidInput("Een zaak kan alleen aan een actieve beller worden toegewezen.")
        case = _load_case(session, case_id, for_update=True)
        if case.status != CaseStatus.OPEN.value:
            raise Conflict(f"Zaak {case_id} is niet meer open.")
        holder = case.lease_user_id
        expires = now + timedelta(minutes=_lease_minutes(session))
        case.lease_user_id = agent_id
        case.lease_claimed_at = now
        case.lease_expires_at = expires
        for callback in session.scalars(
            select(Callback).where(
                Callback.case_id == case_id, Callback.status == CallbackStatus.OPEN.value
            )
        ):
            callback.reserved_for_id = agent_id
        audit.record(
            session, ctx, "reassign", case_id=case_id, detail=f"from user {holder} to {agent_id}"
        )
    return expires


# --- the case card ---------------------------------------------------------------------------


@allowed(Role.AGENT, Role.TEAMLEAD)
def case_card(ctx: AppContext, case_id: int) -> CaseCard:
    """The contact data of a case, audited as a view of personal data (`view_case`).

    An agent sees only a case they hold; a team lead any case (section 2). Never the BSN.
    """
    if ctx.db.login_group == db_security.TEAMLEAD:
        return _card_through_the_database(ctx, case_id)
    shared = _planning(ctx.db)
    with _write(ctx.db) as session:
        planning.use_context(session, shared)
        case = _load_case(session, case_id)
        if ctx.actor.role is Role.AGENT and case.lease_user_id != _agent_id(ctx):
            raise PermissionDenied(f"U heeft zaak {case_id} niet in behandeling.")
        card = _card(session, case)
        audit.record(session, ctx, "view_case", case_id=case_id, detail=f"role {ctx.actor.role}")
    return card


def _card_through_the_database(ctx: AppContext, case_id: int) -> CaseCard:
    """A team lead's own PostgreSQL login may not read names, addresses, phone numbers or
    notes from the tables: the owner's function hands them over for this one case and audits
    the view in the same transaction (issue 13)."""
    with ctx.db.begin() as session:
        case = _load_case(session, case_id)
        contact = session.execute(
            text("SELECT vroegbel_case_contact(:case_id, 'view_case', :detail)"),
            {"case_id": case_id, "detail": f"role {ctx.actor.role}"},
        ).scalar_one()
        signals = sorted(
            contact["signals"], key=lambda s: (s["received_on"], s["id"]), reverse=True
        )
        names: list[str] = []
        for signal in signals:
            last, first = signal["last_name"], signal["first_name"]
            if last:
                name = f"{first} {last}" if first else last
                if name not in names:
                    names.append(name)
        creditor_types = tuple(
            sorted(
                set(session.scalars(select(Signal.creditor_type).where(Signal.case_id == case_id)))
            )
        )
        attempt_notes = contact["attempt_notes"]
        attempts = session.execute(
            select(
                Attempt.id, Attempt.at, Attempt.slot, Attempt.outcome, Attempt.is_contact,
                Attempt.agent_name, Attempt.reach_hint, Attempt.channel,
            )
            .where(Attempt.case_id == case_id)
            .order_by(Attempt.at, Attempt.id)
        ).all()  # fmt: skip
        help_notes = contact["help_notes"]
        requests = session.execute(
            select(
                HelpRequest.id, HelpRequest.created_at, HelpRequest.help_types, HelpRequest.urgent
            )
            .where(HelpRequest.case_id == case_id)
            .order_by(HelpRequest.id)
        ).all()
        callbacks = session.scalars(
            select(Callback)
            .where(Callback.case_id == case_id, Callback.status == CallbackStatus.OPEN.value)
            .order_by(Callback.due_at)
        ).all()
        household = contact["household"] or {}
        return CaseCard(
            case_id=case.id,
            status=case.status,
            name=names[0] if names else None,
            names=tuple(names),
            phones=tuple(
                PhoneLine(id=p["id"], number_e164=p["number_e164"], struck=p["struck"])
                for p in contact["phones"]
            ),
            street=household.get("street"),
            house_number=household.get("house_number"),
            house_number_suffix=household.get("house_number_suffix") or "",
            postcode=household.get("postcode"),
            city=household.get("city"),
            wijk=case.wijk,
            creditor_types=creditor_types,
            total_arrears_cents=case.total_arrears_cents,
            attempts_used=case.attempts_used,
            max_attempts=int(settings.get(session, "max_attempts")),
            next_slot=case.next_slot,
            attempts=_attempt_lines(attempts, lambda a: attempt_notes.get(str(a.id))),
            help_requests=_help_request_lines(requests, lambda r: help_notes.get(str(r.id))),
            open_callbacks=_callback_lines(callbacks),
            lease_user_id=case.lease_user_id,
            lease_expires_at=case.lease_expires_at,
            # The same card as on the owner's connection: why the next slot, the last hint.
            why_next=planning.explain_next(session, case),
            reach_hint=_last_hint(attempts),
        )


def _card(session: Session, case: Case) -> CaseCard:
    signals = session.execute(
        select(Signal.first_name, Signal.last_name, Signal.creditor_type)
        .where(Signal.case_id == case.id)
        .order_by(Signal.received_on.desc(), Signal.id.desc())
    ).all()
    names: list[str] = []
    for first, last, _kind in signals:
        if last:
            name = f"{first} {last}" if first else last
            if name not in names:
                names.append(name)
    creditor_types = tuple(sorted({kind for _f, _l, kind in signals}))
    attempts = session.scalars(
        select(Attempt).where(Attempt.case_id == case.id).order_by(Attempt.at, Attempt.id)
    ).all()
    requests = session.scalars(
        select(HelpRequest).where(HelpRequest.case_id == case.id).order_by(HelpRequest.id)
    ).all()
    callbacks = session.scalars(
        select(Callback)
        .where(Callback.case_id == case.id, Callback.status == CallbackStatus.OPEN.value)
        .order_by(Callback.due_at)
    ).all()
    household = case.household
    return CaseCard(
        case_id=case.id,
        status=case.status,
        name=names[0] if names else None,
        names=tuple(names),
        phones=tuple(
            PhoneLine(id=p.id, number_e164=p.number_e164, struck=p.struck_at is not None)
            for p in case.phones
        ),
        street=household.street if household else None,
        house_number=household.house_number if household else None,
        house_number_suffix=household.house_number_suffix if household else "",
        postcode=household.postcode if household else None,
        city=household.city if household else None,
        wijk=case.wijk,
        creditor_types=creditor_types,
        total_arrears_cents=case.total_arrears_cents,
        attempts_used=case.attempts_used,
        max_attempts=int(settings.get(session, "max_attempts")),
        next_slot=case.next_slot,
        attempts=_attempt_lines(attempts, lambda a: a.notes),
        help_requests=_help_request_lines(requests, lambda r: r.note),
        open_callbacks=_callback_lines(callbacks),
        lease_user_id=case.lease_user_id,
        lease_expires_at=case.lease_expires_at,
        why_next=planning.explain_next(session, case),
        reach_hint=_last_hint(attempts),
    )


# The card's lines, alike whether the case came from the tables (owner, agent) or through the
# owner's function (a team lead's own login): only where the notes come from differs.


def _attempt_lines(
    attempts: Sequence[Any], note_of: Callable[[Any], str | None]
) -> tuple[AttemptLine, ...]:
    return tuple(
        AttemptLine(
            at=a.at,
            slot=a.slot,
            outcome=a.outcome,
            is_contact=a.is_contact,
            agent_name=a.agent_name,
            notes=note_of(a),
            reach_hint=a.reach_hint,
            channel=a.channel,
        )
        for a in attempts
    )


def _help_request_lines(
    requests: Sequence[Any], note_of: Callable[[Any], str | None]
) -> tuple[HelpRequestLine, ...]:
    return tuple(
        HelpRequestLine(
            created_at=r.created_at,
            help_types=tuple(t for t in r.help_types.split("|") if t),
            urgent=r.urgent,
            note=note_of(r),
        )
        for r in requests
    )


def _callback_lines(callbacks: Sequence[Callback]) -> tuple[CallbackLine, ...]:
    return tuple(
        CallbackLine(
            id=cb.id,
            due_at=cb.due_at,
            reserved_for_id=cb.reserved_for_id,
            reserved_until=cb.reserved_until,
        )
        for cb in callbacks
    )


def _last_hint(attempts: Sequence[Any]) -> str:
    """The latest "best reachable" hint of the case's attempts, as the card words it."""
    return next((planning.hint_text(a.reach_hint) for a in reversed(attempts) if a.reach_hint), "")


# --- residents who call back (issue 14) --------------------------------------------------------


def can_take_inbound(case: Case) -> bool:
    """An open case, or one closed without contact (the call-back reopens it)."""
    return case.status == CaseStatus.OPEN.value or (
        case.status == CaseStatus.CLOSED.value and case.close_reason in outcomes.FOLLOW_UP_REASONS
    )


@allowed(Role.AGENT)
def open_inbound(ctx: AppContext, case_id: int) -> CaseCard:
    """Open a search hit for the resident on the line (app/services/inbound.py): the case is
    leased to this agent like a claim (audited `claim`, detail inbound) and its card shown
    (audited `view_case`, inbound). Save the conversation with `save_outcome` and an entry of
    channel `phone_in`."""
    me = _agent_id(ctx)
    now = ctx.clock.now()
    with _write(ctx.db) as session:
        if db_security.is_personal_session(session):
            return _open_inbound_personal_login(ctx, session, case_id)
        case = _load_case(session, case_id, for_update=True)
        if case.purged_at is not None:
            raise Conflict(f"Van zaak {case_id} zijn de persoonsgegevens al verwijderd.")
        if case.status == CaseStatus.HANDED_OFF.value:
            raise Conflict(
                f"Zaak {case_id} is overgedragen aan de budgetcoaches; verwijs de bewoner naar "
                "de budgetcoach."
            )
        if not can_take_inbound(case):
            raise Conflict(
                f"Zaak {case_id} is al afgesloten na een gesprek; er kan geen gesprek meer bij."
            )
        if _held_by_other(case, me, now):
            raise Conflict(f"Zaak {case_id} is in behandeling bij een andere beller.")
        case.lease_user_id = me
        case.lease_claimed_at = now
        case.lease_expires_at = now + timedelta(minutes=_lease_minutes(session))
        audit.record(session, ctx, "claim", case_id=case_id, detail="inbound")
        card = _card(session, case)
        audit.record(
            session, ctx, "view_case", case_id=case_id, detail=f"role {ctx.actor.role}; inbound"
        )
    return card


_INBOUND_REFUSALS = {
    "purged": (Conflict, "Van zaak {id} zijn de persoonsgegevens al verwijderd."),
    "handed_off": (
        Conflict,
        "Zaak {id} is overgedragen aan de budgetcoaches; verwijs de bewoner naar de budgetcoach.",
    ),
    "closed": (
        Conflict,
        "Zaak {id} is al afgesloten na een gesprek; er kan geen gesprek meer bij.",
    ),
    "held": (Conflict, "Zaak {id} is in behandeling bij een andere beller."),
    "missing": (NotFound, "Zaak {id} bestaat niet."),
}


def _open_inbound_personal_login(ctx: AppContext, session: Session, case_id: int) -> CaseCard:
    """A personal agent login cannot see a case before it holds it: the owner's function makes
    the same checks and the lease (audited `claim`, inbound) in this transaction (issue 13)."""
    answer = session.execute(
        text("SELECT vroegbel_open_inbound(:case_id)"), {"case_id": case_id}
    ).scalar_one()
    if answer != "ok":
        error, sentence = _INBOUND_REFUSALS.get(answer, (Conflict, "Zaak {id} kan nu niet."))
        raise error(sentence.format(id=case_id))
    case = _load_case(session, case_id)
    card = _card(session, case)
    audit.record(
        session, ctx, "view_case", case_id=case_id, detail=f"role {ctx.actor.role}; inbound"
    )
    return card


# --- phone numbers ---------------------------------------------------------------------------


def require_phone(number: str) -> str:
    """A number a person typed as E.164, by the one normaliser of the signal import
    (`intake_parsing.normalise_phone`), so a number the import accepts is accepted here too;
    InvalidInput with one sentence when it is not a real number."""
    e164 = normalise_phone(number)
    if e164 is not None:
        return e164
    # Only to say which of the two it is: not a number at all, or not one that exists.
    try:
        phonenumbers.parse(number, "NL")
    except phonenumbers.NumberParseException as exc:
        raise InvalidInput(f"'{number}' is geen telefoonnummer.") from exc
    raise InvalidInput(f"'{number}' is geen geldig telefoonnummer.")


@allowed(Role.AGENT, Role.TEAMLEAD, Role.ADMIN)
def add_phone_number(ctx: AppContext, case_id: int, number: str) -> PhoneLine:
    """Add a number to a case. A case that was waiting for a number (`needs_phone`) joins the
    queue: its first attempt is planned. An agent may add one only to a case they hold (the
    resident gives another number during the call)."""
    e164 = require_phone(number)
    now = ctx.clock.now()
    with _write(ctx.db) as session:
        case = _load_case(session, case_id, for_update=True)
        if ctx.actor.role is Role.AGENT and case.lease_user_id != _agent_id(ctx):
            raise PermissionDenied(f"U heeft zaak {case_id} niet in behandeling.")
        if case.status != CaseStatus.OPEN.value:
            raise Conflict(f"Zaak {case_id} is niet meer open.")
        existing = next((p for p in case.phones if p.number_e164 == e164), None)
        if existing is not None:
            if existing.struck_at is not None:
                raise InvalidInput("Dit nummer is al als onjuist gemarkeerd bij deze zaak.")
            return PhoneLine(id=existing.id, number_e164=e164, struck=False)
        position = max((p.position for p in case.phones), default=-1) + 1
        phone = PhoneNumber(case_id=case.id, number_e164=e164, position=position)
        session.add(phone)
        session.flush()
        if case.needs_phone:
            case.needs_phone = False
            waiting_callback = session.scalar(
                select(func.count())
                .select_from(Callback)
                .where(Callback.case_id == case.id, Callback.status == CallbackStatus.OPEN.value)
            )
            unplanned = case.next_window_start is None and not waiting_callback
            if unplanned and not planning.plan_first_attempt(session, case, now):
                outcomes.close_case(case, CloseReason.NOT_REACHED, now, session)
                outcomes.flag_follow_up(session, case)
        audit.record(session, ctx, "phone_added", case_id=case.id, detail=f"phone {phone.id}")
        return PhoneLine(id=phone.id, number_e164=e164, struck=False)


__all__: Sequence[str] = (
    "CallbackLine",
    "CaseCard",
    "ClaimKind",
    "ClaimedCase",
    "HelpRequestLine",
    "OutcomeEntry",
    "PhoneLine",
    "SavedOutcome",
    "add_phone_number",
    "case_card",
    "close_claim_connection",
    "current_window",
    "expire_leases",
    "forget_cached_planning",
    "load_calendar",
    "next_call",
    "next_window_opening",
    "open_inbound",
    "reassign",
    "release",
    "release_lease",
    "renew_lease",
    "require_phone",
    "save_outcome",
    "wrong_number",
)
