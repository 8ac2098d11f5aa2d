"""The team lead's live view of the queue (DOMAIN.md sections 2, 5 and 6).

Every figure is one aggregate query over an index, so the Queue tab can refresh every few
seconds with 100,000 open cases. The tab asks `change_token` first (a handful of index
look-ups) and re-reads the figures and the visible page of cases only when it changed.

No personal data leaves this module: case rows carry the case id, wijk and plan state, never
names or numbers (the team lead "sees personal data only when opening a case").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Select,
    and_,
    false,
    func,
    or_,
    select,
    text,
    true,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.selectable import ScalarSelect

from app.clock import AMSTERDAM
from app.models import (
    Attempt,
    AuditEvent,
    Callback,
    Case,
    CoachContact,
    Handoff,
    PhoneNumber,
    QueueCount,
    QueueCountDelta,
    Signal,
    User,
    UTCDateTime,
)
from app.models.enums import CallbackStatus, CaseStatus, Outcome, Role, Slot
from app.services import audit
from app.services.authz import allowed
from app.services.context import AppContext
from app.services.errors import InvalidInput

#: The most rows one page of the open-case listing returns.
MAX_PAGE = 1000


@dataclass(frozen=True)
class LeaseRow:
    case_id: int
    wijk: str
    agent_id: int
    agent_name: str
    claimed_at: datetime | None
    expires_at: datetime


@dataclass(frozen=True)
class AgentDay:
    """One agent's calls today: every call, those where the resident was spoken to, and those
    that ended in a help request."""

    agent_id: int | None
    agent_name: str
    calls: int
    contacts: int
    help_requests: int
    last_call_at: datetime


@dataclass(frozen=True)
class OverdueHandoff:
    handoff_id: int
    case_id: int
    wijk: str
    urgent: bool
    handed_off_at: datetime
    target_due_on: date
    legal_due_on: date
    coach_name: str | None
    past_legal: bool


@dataclass(frozen=True)
class LiveFigures:
    at: datetime
    open_cases: int
    handed_off: int
    due_now_by_slot: dict[Slot, int]  # window open now and nobody holds the case
    due_today_by_slot: dict[Slot, int]  # next window starts today (those due now included)
    leased_now: int
    callbacks_due_today: int
    callbacks_due_now: int
    windows_passed: int  # open cases whose window passed without a call (not yet moved on)
    missed_windows_total: int  # Case.missed_windows summed over open cases
    needs_phone: int
    leases: tuple[LeaseRow, ...]
    agents_today: tuple[AgentDay, ...]
    handoffs_open: int
    handoffs_past_target: int
    handoffs_past_legal: int
    overdue_handoffs: tuple[OverdueHandoff, ...]

    @property
    def due_now(self) -> int:
        return sum(self.due_now_by_slot.values())


@dataclass(frozen=True)
class ChangeToken:
    """Equal tokens mean nothing the Queue tab shows has changed (besides the passing minute,
    which is part of the token: windows open and leases expire with time)."""

    minute: str
    audit_max: int
    attempt_max: int
    callback_max: int
    handoff_max: int
    contact_max: int
    signal_max: int
    phone_max: int
    leases: int
    lease_id_sum: int
    lease_claimed_max: str


class CaseFilter(StrEnum):
    OPEN = "open"  # every open case
    DUE_NOW = "due_now"
    LEASED = "leased"
    NEEDS_PHONE = "needs_phone"
    WINDOW_PASSED = "window_passed"


@dataclass(frozen=True)
class CaseRow:
    """One open case in the team lead's table: plan state only, no personal data."""

    case_id: int
    wijk: str
    first_received_on: date
    total_arrears_cents: int
    attempts_used: int
    missed_windows: int
    needs_phone: bool
    next_slot: Slot | None
    next_window_start: datetime | None
    next_window_end: datetime | None
    lease_agent_id: int | None
    lease_agent_name: str | None
    lease_claimed_at: datetime | None
    lease_expires_at: datetime | None
    next_callback_at: datetime | None

    def is_leased(self, now: datetime) -> bool:
        return self.lease_expires_at is not None and self.lease_expires_at > now


def day_bounds(now: datetime) -> tuple[datetime, datetime]:
    """The Amsterdam calendar day around `now`, as aware instants [start, end)."""
    day = now.astimezone(AMSTERDAM).date()
    start = datetime.combine(day, time(0), tzinfo=AMSTERDAM)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=AMSTERDAM)
    return start, end


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _is_open(walk_ids: bool = False) -> ColumnElement[bool]:
    if walk_ids:
        # SQLite only (no statistics: the app never runs ANALYZE). Wrapped, no index on
        # status serves it: a page of the listing then walks the primary key from the last
        # row shown (keyset) instead of reading every open case from a status index and
        # sorting them by id (2 s at 1,000,000 open cases), and a count of the held cases
        # reads ix_cases_lease, not every open case. PostgreSQL plans from its statistics;
        # wrapped, it misjudged the selectivity and sorted a parallel scan of all cases.
        return func.coalesce(Case.status, "") == CaseStatus.OPEN.value
    return Case.status == CaseStatus.OPEN.value


def _open_with_phone(walk_ids: bool = False) -> ColumnElement[bool]:
    return and_(_is_open(walk_ids), Case.needs_phone == false())


def _due_now(now: datetime, walk_ids: bool = False) -> ColumnElement[bool]:
    return and_(
        _open_with_phone(walk_ids), Case.next_window_start <= now, Case.next_window_end > now
    )


def _leased(now: datetime) -> ColumnElement[bool]:
    # `> 0` rather than IS NOT NULL: SQLite then walks ix_cases_lease instead of the table.
    return and_(Case.lease_user_id > 0, Case.lease_expires_at > now)


def _window_passed(now: datetime, walk_ids: bool = False) -> ColumnElement[bool]:
    return and_(
        _open_with_phone(walk_ids), Case.next_window_start < now, Case.next_window_end <= now
    )


def _filter(kind: CaseFilter, now: datetime, walk_ids: bool = False) -> ColumnElement[bool]:
    if kind is CaseFilter.DUE_NOW:
        return and_(
            _due_now(now, walk_ids),
            or_(Case.lease_user_id.is_(None), Case.lease_expires_at <= now),
        )
    if kind is CaseFilter.LEASED:
        return and_(_is_open(walk_ids), _leased(now))
    if kind is CaseFilter.NEEDS_PHONE:
        return and_(_is_open(walk_ids), Case.needs_phone == true())
    if kind is CaseFilter.WINDOW_PASSED:
        return _window_passed(now, walk_ids)
    return _is_open(walk_ids)


def _scalar_int(session: Session, stmt: object) -> int:
    value = session.scalar(stmt)  # type: ignore[call-overload]
    return int(value or 0)


# --- the maintained counts ------------------------------------------------------------------


@dataclass(frozen=True)
class _Group:
    status: str
    needs_phone: bool
    next_slot: str | None
    next_window_start: datetime | None
    next_window_end: datetime | None
    n: int
    missed_sum: int


def _count_groups(session: Session, wijk: str | None = None) -> list[_Group]:
    """The open and handed-off cases per status, phone, slot and window (all wijken, or one):
    `queue_counts` plus the deltas PostgreSQL has not folded into it yet (migration 0011)."""

    def part(table: type[QueueCount] | type[QueueCountDelta]) -> Select[Any]:
        stmt = select(
            table.status,
            table.needs_phone,
            table.next_slot,
            table.next_window_start,
            table.next_window_end,
            table.n,
            table.missed_sum,
        )
        return stmt.where(table.wijk == wijk) if wijk else stmt

    both = union_all(part(QueueCount), part(QueueCountDelta)).subquery()
    keys = (
        both.c.status,
        both.c.needs_phone,
        both.c.next_slot,
        both.c.next_window_start,
        both.c.next_window_end,
    )
    stmt = select(*keys, func.sum(both.c.n), func.sum(both.c.missed_sum)).group_by(*keys)
    return [
        _Group(status, bool(phone), slot, start, end, int(n or 0), int(missed or 0))
        for status, phone, slot, start, end, n, missed in session.execute(stmt)
    ]


#: More unfolded delta rows than this and the Queue tab folds them itself (PostgreSQL).
FOLD_ABOVE = 2000


def _fold_if_many_deltas(ctx: AppContext) -> None:
    """PostgreSQL's writers fold the deltas into queue_counts once per transaction (migration
    0011), so after a bulk load – an import's statements, the demo – they wait for the next
    write, and each refresh would add them up again. Past FOLD_ABOVE the tab folds them: the
    SECURITY DEFINER function writes the count tables, never the cases, and never waits (it
    skips when another transaction is folding)."""
    if ctx.db.is_sqlite:
        return  # SQLite's triggers write queue_counts directly: there are no deltas
    with ctx.db.read() as session:
        many = session.scalar(
            select(func.count()).select_from(
                select(QueueCountDelta.id).limit(FOLD_ABOVE + 1).subquery()
            )
        )
    if int(many or 0) > FOLD_ABOVE:
        with ctx.db.begin() as session:
            session.execute(text("SELECT queue_counts_fold()"))


@dataclass(frozen=True)
class _Tally:
    open_cases: int
    handed_off: int
    needs_phone: int
    missed_windows_total: int
    windows_passed: int
    window_open: int  # window open now (any day, any slot), held by an agent or not
    window_open_by_slot: dict[Slot, int]  # the same for today's windows, per slot type
    due_today_by_slot: dict[Slot, int]


def _tally(groups: list[_Group], now: datetime, day_start: datetime, day_end: datetime) -> _Tally:
    """The figures of the groups, with exactly the conditions of the queries on `cases` they
    replace (`_open_with_phone`, `_due_now`, `_window_passed`)."""
    open_cases = handed_off = needs_phone = missed = passed = window_open_any = 0
    window_open = {slot: 0 for slot in Slot}
    today = {slot: 0 for slot in Slot}
    for g in groups:
        if g.status == CaseStatus.HANDED_OFF.value:
            handed_off += g.n
            continue
        if g.status != CaseStatus.OPEN.value:
            continue
        open_cases += g.n
        missed += g.missed_sum
        if g.needs_phone:
            needs_phone += g.n
            continue
        start, end = g.next_window_start, g.next_window_end
        if start is None or end is None:
            continue
        if start < now and end <= now:
            passed += g.n
        if start <= now < end:
            window_open_any += g.n
        if g.next_slot is not None and g.next_slot in Slot._value2member_map_:
            slot = Slot(g.next_slot)
            if day_start <= start < day_end:
                today[slot] += g.n
                if start <= now < end:
                    window_open[slot] += g.n
    return _Tally(
        open_cases, handed_off, needs_phone, missed, passed, window_open_any, window_open, today
    )


def _held(now: datetime) -> ColumnElement[bool]:
    """Held by an agent: exactly NOT (nobody holds it or the lease ran out), as `_filter`'s
    DUE_NOW writes it. `> 0` keeps it a range on ix_cases_lease (user ids are positive)."""
    return and_(
        Case.lease_user_id > 0,
        or_(Case.lease_expires_at.is_(None), Case.lease_expires_at > now),
    )


def _held_in_open_window(
    session: Session,
    now: datetime,
    *,
    wijk: str | None = None,
    day: tuple[datetime, datetime] | None = None,
) -> dict[str | None, int]:
    """Per next slot: the open cases whose window is open now that an agent holds (a few:
    one or two per agent). Taken from the groups' counts, they leave the cases one can call
    now. `day` keeps only windows that start that day (as the tile counts them)."""
    # The status wrapped (see _is_open): only ix_cases_lease can serve this, a short range.
    where = [_due_now(now, walk_ids=_is_sqlite(session)), _held(now)]
    if wijk:
        where.append(Case.wijk == wijk)
    if day is not None:
        where += [Case.next_window_start >= day[0], Case.next_window_start < day[1]]
    return {
        slot: int(n)
        for slot, n in session.execute(
            select(Case.next_slot, func.count()).where(*where).group_by(Case.next_slot)
        )
    }


# --- operations -----------------------------------------------------------------------------


@allowed(Role.TEAMLEAD)
def live_figures(ctx: AppContext, *, max_leases: int = 200) -> LiveFigures:
    """Everything the Queue tab's live panel shows, read in one short read transaction."""
    now = ctx.clock.now()
    day_start, day_end = day_bounds(now)
    today = day_start.date()
    _fold_if_many_deltas(ctx)
    with ctx.db.read() as session:
        # Every count of the open cases from the maintained groups (migration 0011): a sum
        # over a few thousand rows, however many cases are open.
        groups = _count_groups(session)
        held = _held_in_open_window(session, now, day=(day_start, day_end))
        callbacks_today, callbacks_now = session.execute(
            select(
                func.count(),
                func.count().filter(Callback.due_at <= now),
            ).where(
                Callback.status == CallbackStatus.OPEN.value,
                Callback.due_at < day_end,
                # Overdue callbacks of earlier days still need a call today.
                or_(Callback.due_at >= day_start, Callback.due_at <= now),
            )
        ).one()
        agent = aliased(User)
        lease_stmt = (
            select(
                Case.id,
                Case.wijk,
                Case.lease_user_id,
                agent.display_name,
                Case.lease_claimed_at,
                Case.lease_expires_at,
            )
            .join(agent, agent.id == Case.lease_user_id)
            .where(_leased(now))
            .order_by(Case.lease_claimed_at, Case.id)
        )
        leased_now = _scalar_int(
            session, select(func.count()).select_from(Case).where(_leased(now))
        )
        leases = tuple(
            LeaseRow(cid, wijk, int(uid), name, claimed, expires)
            for cid, wijk, uid, name, claimed, expires in session.execute(
                lease_stmt.limit(max_leases)
            )
        )
        agents = tuple(_agents_today(session, day_start, day_end))
        handoffs_open, past_target, past_legal = session.execute(
            select(
                func.count(),
                func.count().filter(
                    Handoff.first_contact_at.is_(None), Handoff.target_due_on < today
                ),
                func.count().filter(
                    Handoff.first_contact_at.is_(None), Handoff.legal_due_on < today
                ),
            ).where(Handoff.closed_at.is_(None))
        ).one()
        coach = aliased(User)
        overdue = tuple(
            OverdueHandoff(
                handoff_id=h.id,
                case_id=h.case_id,
                wijk=wijk,
                urgent=h.urgent,
                handed_off_at=h.handed_off_at,
                target_due_on=h.target_due_on,
                legal_due_on=h.legal_due_on,
                coach_name=coach_name,
                past_legal=h.legal_due_on < today,
            )
            for h, wijk, coach_name in session.execute(
                select(Handoff, Case.wijk, coach.display_name)
                .join(Case, Case.id == Handoff.case_id)
                .outerjoin(coach, coach.id == Handoff.coach_id)
                .where(
                    Handoff.closed_at.is_(None),
                    Handoff.first_contact_at.is_(None),
                    Handoff.target_due_on < today,
                )
                .order_by(Handoff.legal_due_on, Handoff.target_due_on, Handoff.id)
                .limit(200)
            )
        )
    tally = _tally(groups, now, day_start, day_end)
    due_now_by_slot = {
        slot: tally.window_open_by_slot[slot] - held.get(slot.value, 0) for slot in Slot
    }
    return LiveFigures(
        at=now,
        open_cases=tally.open_cases,
        handed_off=tally.handed_off,
        due_now_by_slot=due_now_by_slot,
        due_today_by_slot=tally.due_today_by_slot,
        leased_now=leased_now,
        callbacks_due_today=int(callbacks_today),
        callbacks_due_now=int(callbacks_now),
        windows_passed=tally.windows_passed,
        missed_windows_total=tally.missed_windows_total,
        needs_phone=tally.needs_phone,
        leases=leases,
        agents_today=agents,
        handoffs_open=int(handoffs_open),
        handoffs_past_target=int(past_target),
        handoffs_past_legal=int(past_legal),
        overdue_handoffs=overdue,
    )


def _agents_today(session: Session, start: datetime, end: datetime) -> list[AgentDay]:
    agent = aliased(User)
    name = func.coalesce(func.max(agent.display_name), func.max(Attempt.agent_name))
    stmt = (
        select(
            Attempt.agent_id,
            name,
            func.count(),
            func.count().filter(Attempt.is_contact == true()),
            func.count().filter(Attempt.outcome == Outcome.REACHED_HELP_ACCEPTED.value),
            func.max(Attempt.at),
        )
        .outerjoin(agent, agent.id == Attempt.agent_id)
        .where(Attempt.at >= start, Attempt.at < end, Attempt.source == "app")
        .group_by(Attempt.agent_id, Attempt.agent_name)
    )
    days = [
        AgentDay(
            agent_id=agent_id,
            agent_name=str(agent_name or ""),
            calls=int(calls),
            contacts=int(contacts),
            help_requests=int(helps),
            last_call_at=last,
        )
        for agent_id, agent_name, calls, contacts, helps, last in session.execute(stmt)
    ]
    return sorted(days, key=lambda d: (-d.calls, d.agent_name))


@allowed(Role.TEAMLEAD, Role.COACH, Role.ADMIN)
def change_token(ctx: AppContext) -> ChangeToken:
    """A cheap fingerprint of everything the live views show: a few index look-ups."""
    now = ctx.clock.now()
    minute = now.astimezone(AMSTERDAM).strftime("%Y-%m-%d %H:%M")

    def top(column: InstrumentedAttribute[int]) -> ScalarSelect[int]:
        return select(func.coalesce(func.max(column), 0)).scalar_subquery()

    leased = Case.lease_user_id > 0  # an index range on ix_cases_lease (see _leased)
    with ctx.db.read() as session:
        row = session.execute(
            select(
                top(AuditEvent.id),
                top(Attempt.id),
                top(Callback.id),
                top(Handoff.id),
                top(CoachContact.id),
                top(Signal.id),
                top(PhoneNumber.id),
                select(func.count()).where(leased).scalar_subquery(),
                select(func.coalesce(func.sum(Case.id), 0)).where(leased).scalar_subquery(),
                select(func.max(Case.lease_claimed_at)).where(leased).scalar_subquery(),
            )
        ).one()
    return ChangeToken(
        minute=minute,
        audit_max=int(row[0]),
        attempt_max=int(row[1]),
        callback_max=int(row[2]),
        handoff_max=int(row[3]),
        contact_max=int(row[4]),
        signal_max=int(row[5]),
        phone_max=int(row[6]),
        leases=int(row[7]),
        lease_id_sum=int(row[8]),
        lease_claimed_max=str(row[9] or ""),
    )


@allowed(Role.TEAMLEAD)
def count_cases(
    ctx: AppContext, kind: CaseFilter = CaseFilter.OPEN, wijk: str | None = None
) -> int:
    """How many rows `list_cases` would give in all (for the table's row count label)."""
    now = ctx.clock.now()
    with ctx.db.read() as session:
        if kind is CaseFilter.LEASED:
            # A few rows: one or two per agent, a range on ix_cases_lease.
            where = [_filter(kind, now, walk_ids=ctx.db.is_sqlite)]
            if wijk:
                where.append(Case.wijk == wijk)
            return _scalar_int(session, select(func.count()).select_from(Case).where(*where))
        day_start, day_end = day_bounds(now)
        tally = _tally(_count_groups(session, wijk), now, day_start, day_end)
        if kind is CaseFilter.DUE_NOW:
            held = _held_in_open_window(session, now, wijk=wijk)
            return tally.window_open - sum(held.values())
    if kind is CaseFilter.NEEDS_PHONE:
        return tally.needs_phone
    if kind is CaseFilter.WINDOW_PASSED:
        return tally.windows_passed
    return tally.open_cases


@allowed(Role.TEAMLEAD)
def list_cases(
    ctx: AppContext,
    kind: CaseFilter = CaseFilter.OPEN,
    *,
    after_id: int | None = None,
    limit: int = 200,
    wijk: str | None = None,
) -> list[CaseRow]:
    """One page of open cases in case-number order (keyset paging on the id: page 500 costs
    what page 1 costs). Pass the last row's `case_id` as `after_id` for the next page."""
    now = ctx.clock.now()
    limit = max(1, min(limit, MAX_PAGE))
    agent = aliased(User)
    # type_coerce keeps the column type, so SQLite's text comes back as an aware datetime.
    next_callback = type_coerce(
        select(func.min(Callback.due_at))
        # The status wrapped: SQLite would otherwise read every open callback from
        # ix_callbacks_status_due for each row instead of the case's own from its case_id index.
        .where(
            Callback.case_id == Case.id,
            func.coalesce(Callback.status, "") == CallbackStatus.OPEN.value,
        )
        .correlate(Case)
        .scalar_subquery(),
        UTCDateTime,
    )
    where = [_filter(kind, now, walk_ids=ctx.db.is_sqlite)]
    if after_id is not None:
        where.append(Case.id > after_id)
    if wijk:
        where.append(Case.wijk == wijk)
    rows: list[CaseRow] = []
    if kind is CaseFilter.LEASED:
        # A few cases (one or two per agent) among a million: their ids from ix_cases_lease
        # first, rather than walking the primary key past every case nobody holds.
        with ctx.db.read() as session:
            held = list(session.scalars(select(Case.id).where(_leased(now))))
        if not held:
            return rows
        where.append(Case.id.in_(held))
    stmt = (
        select(
            Case.id,
            Case.wijk,
            Case.first_received_on,
            Case.total_arrears_cents,
            Case.attempts_used,
            Case.missed_windows,
            Case.needs_phone,
            Case.next_slot,
            Case.next_window_start,
            Case.next_window_end,
            Case.lease_user_id,
            agent.display_name,
            Case.lease_claimed_at,
            Case.lease_expires_at,
            next_callback,
        )
        .outerjoin(agent, and_(agent.id == Case.lease_user_id, Case.lease_expires_at > now))
        .where(*where)
        .order_by(Case.id)
        .limit(limit)
    )
    with ctx.db.read() as session:
        for r in session.execute(stmt):
            active = r[13] is not None and r[13] > now and r[10] is not None
            rows.append(
                CaseRow(
                    case_id=r[0],
                    wijk=r[1],
                    first_received_on=r[2],
                    total_arrears_cents=r[3],
                    attempts_used=r[4],
                    missed_windows=r[5],
                    needs_phone=bool(r[6]),
                    next_slot=Slot(r[7]) if r[7] in Slot._value2member_map_ else None,
                    next_window_start=r[8],
                    next_window_end=r[9],
                    lease_agent_id=r[10] if active else None,
                    lease_agent_name=r[11] if active else None,
                    lease_claimed_at=r[12] if active else None,
                    lease_expires_at=r[13] if active else None,
                    next_callback_at=r[14],
                )
            )
    return rows


@allowed(Role.TEAMLEAD)
def wijken(ctx: AppContext) -> list[str]:
    """The wijken of the open cases, for the table's filter."""
    both = union_all(
        select(QueueCount.wijk, QueueCount.n).where(QueueCount.status == CaseStatus.OPEN.value),
        select(QueueCountDelta.wijk, QueueCountDelta.n).where(
            QueueCountDelta.status == CaseStatus.OPEN.value
        ),
    ).subquery()
    with ctx.db.read() as session:
        return [
            w
            for (w,) in session.execute(
                select(both.c.wijk)
                .group_by(both.c.wijk)
                .having(func.sum(both.c.n) > 0)
                .order_by(both.c.wijk)
            )
        ]


@dataclass(frozen=True)
class AgentChoice:
    user_id: int
    display_name: str


@allowed(Role.TEAMLEAD)
def list_agents(ctx: AppContext) -> list[AgentChoice]:
    """The active agents, for "reassign to" (the accounts list itself is the admin's)."""
    with ctx.db.read() as session:
        return [
            AgentChoice(uid, name)
            for uid, name in session.execute(
                select(User.id, User.display_name)
                .where(User.role == Role.AGENT.value, User.removed_at.is_(None))
                .order_by(User.display_name, User.id)
            )
        ]


EXPORT_FORMATS = ("json", "csv", "xlsx", "pdf")


@allowed(Role.TEAMLEAD, Role.ADMIN)
def record_export(ctx: AppContext, fmt: str, date_from: date | None, date_to: date | None) -> None:
    """Audit that the report left the application as a file (DOMAIN.md section 8). The file
    itself is written by the client (the PDF needs Qt); the file name is not logged."""
    if fmt not in EXPORT_FORMATS:
        raise InvalidInput(f"'{fmt}' is geen exportformaat.")
    period = f"from={date_from.isoformat() if date_from else '-'} "
    period += f"to={date_to.isoformat() if date_to else '-'}"
    with ctx.db.begin() as session:
        audit.record(session, ctx, "report_export", detail=f"format={fmt} {period}")
