"""The budget coaches' work on handed-off cases (DOMAIN.md sections 2, 3, 6 and 8).

A resident who accepted help is handed off by `outcomes.record_outcome`; from then on the
coaches own the case: they list the handoffs (urgent first, then oldest), take one, read its
full details, record their contact attempts and the help offered, and close it. Closing the
handoff closes the case; the figures (time to first contact), the DDAS export and retention
read `Handoff.first_contact_at`, `help_offered` and `closed_at`.

Who sees what (least data per role, section 8):

- **coach**: everything a coach needs to help the resident, including the BSN. The coach
  starts debt help (Wgs), for which the person must be identified exactly (Wgs art. 8c); the
  BSN is shown only in the details, which are audited as a view of personal data, and is never
  written to the audit log itself.
- **team lead**: the handoff list without names (to follow the deadlines) and, when opening
  one, the details without the BSN; that view is audited too. A team lead may release a coach's
  claim (a coach who is ill), but does not record contact or close handoffs.
- **agent, admin**: no access.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, case, func, select, text, update
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import ColumnElement

from app import db_security
from app.clock import AMSTERDAM
from app.models import (
    Attempt,
    Case,
    CoachContact,
    Handoff,
    HelpRequest,
    PhoneNumber,
    Signal,
    User,
)
from app.models.enums import CloseReason, HelpType, Role
from app.services import audit, outcomes
from app.services.authz import allowed
from app.services.context import AppContext
from app.services.errors import Conflict, InvalidInput, NotFound

#: The reasons a coach may close a handoff with; `help_delivered` needs help offered.
COACH_CLOSE_REASONS: tuple[CloseReason, ...] = (
    CloseReason.HELP_DELIVERED,
    CloseReason.HELP_DECLINED,
    CloseReason.NO_HELP_NEEDED,
    CloseReason.ALREADY_IN_DEBT_HELP,
    CloseReason.NOT_REACHED,
    CloseReason.WITHDRAWN,
)

# A contact recorded this long after the fact is refused: it is a typing mistake, not a call.
_MAX_BACKDATE = timedelta(days=60)


class DeadlineState(StrEnum):
    """Where a handoff stands against one deadline for the coach's first conversation."""

    PENDING = "pending"  # no contact yet, deadline still ahead
    DUE_TODAY = "due_today"  # no contact yet, deadline is today
    OVERDUE = "overdue"  # no contact yet, deadline passed
    MET = "met"  # first contact on or before the deadline
    MET_LATE = "met_late"  # first contact after the deadline


@dataclass(frozen=True)
class HandoffRow:
    """One line of the coaches' list. `resident_name` is None for a team lead."""

    handoff_id: int
    case_id: int
    wijk: str
    urgent: bool
    handed_off_at: datetime
    target_due_on: date
    legal_due_on: date
    target_state: DeadlineState
    legal_state: DeadlineState
    help_types: tuple[HelpType, ...]
    coach_id: int | None
    coach_name: str | None
    taken_at: datetime | None
    first_contact_at: datetime | None
    contacts: int
    closed_at: datetime | None
    close_reason: CloseReason | None
    total_arrears_cents: int
    resident_name: str | None

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


@dataclass(frozen=True)
class Person:
    """A resident named in a signal. `bsn` is None unless the caller is a coach."""

    first_name: str | None
    last_name: str | None
    birth_date: date | None
    email: str | None
    bsn: str | None


@dataclass(frozen=True)
class Phone:
    phone_id: int
    number_e164: str
    struck: bool


@dataclass(frozen=True)
class CreditorArrears:
    creditor: str
    creditor_type: str
    arrears_cents: int
    received_on: date


@dataclass(frozen=True)
class AgentNote:
    """One call of the callcenter on this case, with the agent's notes."""

    at: datetime
    outcome: str
    agent_name: str
    notes: str | None


@dataclass(frozen=True)
class ContactRow:
    contact_id: int
    at: datetime
    coach_name: str
    reached: bool
    note: str | None


@dataclass(frozen=True)
class HandoffDetails:
    row: HandoffRow
    persons: tuple[Person, ...]
    street: str | None
    house_number: str | None
    postcode: str | None
    city: str | None
    phones: tuple[Phone, ...]
    arrears: tuple[CreditorArrears, ...]
    help_request_note: str | None
    agent_notes: tuple[AgentNote, ...]
    contacts: tuple[ContactRow, ...]
    help_offered: tuple[HelpType, ...]
    purged: bool

    @property
    def address(self) -> str:
        parts = [p for p in (self.street, self.house_number) if p]
        first = " ".join(parts)
        second = " ".join(p for p in (self.postcode, self.city) if p)
        return ", ".join(p for p in (first, second) if p)


# --- helpers -----------------------------------------------------------------------------


def today(ctx: AppContext) -> date:
    """The municipality's calendar day (Amsterdam) at the context's clock."""
    return ctx.clock.now().astimezone(AMSTERDAM).date()


def deadline_state(due_on: date, first_contact_at: datetime | None, on: date) -> DeadlineState:
    """Compare one deadline with the first contact, or with the day `on` while none yet."""
    if first_contact_at is not None:
        contact_day = first_contact_at.astimezone(AMSTERDAM).date()
        return DeadlineState.MET if contact_day <= due_on else DeadlineState.MET_LATE
    if on < due_on:
        return DeadlineState.PENDING
    if on == due_on:
        return DeadlineState.DUE_TODAY
    return DeadlineState.OVERDUE


def _help_types(joined: str | None) -> tuple[HelpType, ...]:
    result: list[HelpType] = []
    for code in (joined or "").split("|"):
        if code:
            try:
                result.append(HelpType(code))
            except ValueError:  # an unknown code from an older version: keep it out of the UI
                continue
    order = list(HelpType)
    return tuple(sorted(dict.fromkeys(result), key=order.index))


def _join_help_types(types: Sequence[HelpType | str]) -> str:
    codes: list[str] = []
    for value in types:
        try:
            code = HelpType(value).value
        except ValueError as exc:
            raise InvalidInput(f"'{value}' is geen bekende soort hulp.") from exc
        if code not in codes:
            codes.append(code)
    order = [t.value for t in HelpType]
    return "|".join(sorted(codes, key=order.index))


def _is_coach(ctx: AppContext) -> bool:
    return ctx.actor.role is Role.COACH


def _resident_names(session: Session, case_ids: Sequence[int]) -> dict[int, str]:
    """The most recently reported person per case, as 'Jansen, Piet', in one query per batch."""
    names: dict[int, str] = {}
    ids = list(dict.fromkeys(case_ids))
    for start in range(0, len(ids), 500):
        batch = ids[start : start + 500]
        for case_id, last, first in session.execute(
            select(Signal.case_id, Signal.last_name, Signal.first_name)
            .where(Signal.case_id.in_(batch), Signal.last_name.is_not(None))
            .order_by(Signal.case_id, Signal.received_on, Signal.id)
        ):
            names[case_id] = f"{last}, {first}" if first else str(last)
    return names


def _rows(
    session: Session,
    ctx: AppContext,
    *,
    where: Sequence[ColumnElement[bool]],
    with_names: bool,
) -> list[HandoffRow]:
    coach = aliased(User)
    contacts = (
        select(CoachContact.handoff_id, func.count().label("n"))
        .group_by(CoachContact.handoff_id)
        .subquery()
    )
    stmt = (
        select(
            Handoff,
            Case.wijk,
            Case.total_arrears_cents,
            HelpRequest.help_types,
            coach.display_name,
            contacts.c.n,
        )
        .join(Case, Case.id == Handoff.case_id)
        .join(HelpRequest, HelpRequest.id == Handoff.help_request_id)
        .outerjoin(coach, coach.id == Handoff.coach_id)
        .outerjoin(contacts, contacts.c.handoff_id == Handoff.id)
        .where(*where)
        .order_by(
            case((Handoff.closed_at.is_(None), 0), else_=1),
            Handoff.urgent.desc(),
            # A new handoff nobody has taken stands above older ones already in a coach's hand.
            case((Handoff.coach_id.is_(None), 0), else_=1),
            Handoff.handed_off_at,
            Handoff.id,
        )
    )
    on = today(ctx)
    fetched = session.execute(stmt).all()
    names = _resident_names(session, [r[0].case_id for r in fetched]) if with_names else {}
    rows: list[HandoffRow] = []
    for handoff, wijk, arrears, help_types, coach_name, n in fetched:
        rows.append(
            HandoffRow(
                handoff_id=handoff.id,
                case_id=handoff.case_id,
                wijk=wijk,
                urgent=handoff.urgent,
                handed_off_at=handoff.handed_off_at,
                target_due_on=handoff.target_due_on,
                legal_due_on=handoff.legal_due_on,
                target_state=deadline_state(handoff.target_due_on, handoff.first_contact_at, on),
                legal_state=deadline_state(handoff.legal_due_on, handoff.first_contact_at, on),
                help_types=_help_types(help_types),
                coach_id=handoff.coach_id,
                coach_name=coach_name,
                taken_at=handoff.taken_at,
                first_contact_at=handoff.first_contact_at,
                contacts=int(n or 0),
                closed_at=handoff.closed_at,
                close_reason=CloseReason(handoff.close_reason) if handoff.close_reason else None,
                total_arrears_cents=arrears,
                resident_name=names.get(handoff.case_id),
            )
        )
    return rows


def _row(session: Session, ctx: AppContext, handoff_id: int) -> HandoffRow:
    rows = _rows(session, ctx, where=[Handoff.id == handoff_id], with_names=_is_coach(ctx))
    if not rows:
        raise NotFound(f"Overdracht {handoff_id} bestaat niet.")
    return rows[0]


def _load(session: Session, handoff_id: int, *, for_update: bool = False) -> Handoff:
    stmt = select(Handoff).where(Handoff.id == handoff_id)
    if for_update and session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    handoff = session.scalar(stmt)
    if handoff is None:
        raise NotFound(f"Overdracht {handoff_id} bestaat niet.")
    return handoff


def _own_open(session: Session, ctx: AppContext, handoff_id: int) -> Handoff:
    """The handoff, locked, when it is open and taken by the calling coach."""
    handoff = _load(session, handoff_id, for_update=True)
    if handoff.closed_at is not None:
        raise Conflict(f"Overdracht {handoff_id} is al afgesloten.")
    if handoff.coach_id is None:
        raise Conflict("Neem deze overdracht eerst in behandeling.")
    if handoff.coach_id != ctx.actor.user_id:
        raise Conflict("Deze overdracht is in behandeling bij een andere budgetcoach.")
    return handoff


# --- operations ----------------------------------------------------------------------------


@allowed(Role.COACH, Role.TEAMLEAD)
def list_handoffs(
    ctx: AppContext, *, include_closed: bool = False, mine_only: bool = False
) -> list[HandoffRow]:
    """Handed-off cases, open ones first, then urgent first, then the ones nobody has taken
    yet, then oldest first.

    Coaches see the resident's name; a team lead gets the list without names.
    """
    where: list[ColumnElement[bool]] = []
    if not include_closed:
        where.append(Handoff.closed_at.is_(None))
    if mine_only:
        where.append(Handoff.coach_id == ctx.actor.user_id)
    with ctx.db.read() as session:
        return _rows(session, ctx, where=where, with_names=_is_coach(ctx))


@allowed(Role.COACH)
def take(ctx: AppContext, handoff_id: int) -> HandoffRow:
    """Take an open handoff into one's own care. Taking one's own again changes nothing."""
    now = ctx.clock.now()
    with ctx.db.begin(immediate=True) as session:
        result = session.execute(
            update(Handoff)
            .where(
                Handoff.id == handoff_id,
                Handoff.closed_at.is_(None),
                Handoff.coach_id.is_(None),
            )
            .values(coach_id=ctx.actor.user_id, taken_at=now)
            .execution_options(synchronize_session=False)
        )
        if getattr(result, "rowcount", 0) != 1:
            handoff = _load(session, handoff_id)
            if handoff.closed_at is not None:
                raise Conflict(f"Overdracht {handoff_id} is al afgesloten.")
            if handoff.coach_id != ctx.actor.user_id:
                raise Conflict("Deze overdracht is al in behandeling bij een andere budgetcoach.")
            return _row(session, ctx, handoff_id)
        handoff = _load(session, handoff_id)
        audit.record(session, ctx, "handoff_take", case_id=handoff.case_id)
        session.flush()
        return _row(session, ctx, handoff_id)


@allowed(Role.COACH, Role.TEAMLEAD)
def release(ctx: AppContext, handoff_id: int) -> HandoffRow:
    """Give a taken handoff back to all coaches: a coach their own, a team lead anyone's."""
    with ctx.db.begin(immediate=True) as session:
        handoff = _load(session, handoff_id, for_update=True)
        if handoff.closed_at is not None:
            raise Conflict(f"Overdracht {handoff_id} is al afgesloten.")
        if handoff.coach_id is None:
            raise Conflict("Deze overdracht is door niemand in behandeling genomen.")
        if ctx.actor.role is Role.COACH and handoff.coach_id != ctx.actor.user_id:
            raise Conflict("Deze overdracht is in behandeling bij een andere budgetcoach.")
        previous = handoff.coach_id
        handoff.coach_id = None
        handoff.taken_at = None
        audit.record(
            session, ctx, "handoff_release", case_id=handoff.case_id, detail=f"coach={previous}"
        )
        session.flush()
        return _row(session, ctx, handoff_id)


_SIGNALS_THROUGH_THE_DATABASE = text(
    """SELECT s.id, s.creditor, s.creditor_type, s.arrears_cents, s.received_on,
              p.bsn, p.last_name, p.first_name, p.birth_date, p.email
       FROM signals s
       JOIN vroegbel_personal_data(:case_id, 'handoff_details') p ON p.signal_id = s.id
       ORDER BY s.received_on, s.id"""
)


@allowed(Role.COACH, Role.TEAMLEAD)
def details(ctx: AppContext, handoff_id: int) -> HandoffDetails:
    """Everything about one handoff; audited as a view of personal data (never the data)."""
    if ctx.db.login_group == db_security.TEAMLEAD:
        return _details_through_the_database(ctx, handoff_id)
    with ctx.db.begin() as session:
        row = _row(session, ctx, handoff_id)
        case_ = session.get(Case, row.case_id)
        assert case_ is not None
        # A personal PostgreSQL login reads the BSN, birth date and e-mail only through the
        # owner's function, which audits the view in this same transaction (issue 13).
        personal = ctx.db.login_group is not None
        signals: Sequence[Any] = (
            session.execute(_SIGNALS_THROUGH_THE_DATABASE, {"case_id": row.case_id}).all()
            if personal
            else list(
                session.scalars(
                    select(Signal)
                    .where(Signal.case_id == row.case_id)
                    .order_by(Signal.received_on, Signal.id)
                )
            )
        )
        persons: list[Person] = []
        seen: set[tuple[str | None, str | None, date | None]] = set()
        for s in signals:
            key = (s.last_name, s.first_name, s.birth_date)
            if s.last_name is None or key in seen:
                continue
            seen.add(key)
            persons.append(
                Person(
                    first_name=s.first_name,
                    last_name=s.last_name,
                    birth_date=s.birth_date,
                    email=s.email,
                    bsn=s.bsn if _is_coach(ctx) else None,
                )
            )
        household = case_.household
        house_number = None
        if household is not None:
            house_number = f"{household.house_number}{household.house_number_suffix or ''}"
        phones = tuple(
            Phone(p.id, p.number_e164, p.struck_at is not None)
            for p in session.scalars(
                select(PhoneNumber)
                .where(PhoneNumber.case_id == row.case_id)
                .order_by(PhoneNumber.position, PhoneNumber.id)
            )
        )
        arrears = tuple(
            CreditorArrears(s.creditor, s.creditor_type, s.arrears_cents, s.received_on)
            for s in signals
        )
        handoff = _load(session, handoff_id)
        note = session.scalar(
            select(HelpRequest.note).where(HelpRequest.id == handoff.help_request_id)
        )
        agent_notes = tuple(
            AgentNote(a.at, a.outcome, a.agent_name, a.notes)
            for a in session.scalars(
                select(Attempt).where(Attempt.case_id == row.case_id).order_by(Attempt.at)
            )
        )
        coach = aliased(User)
        contacts = tuple(
            ContactRow(c.id, c.at, name or "", c.reached, c.note)
            for c, name in session.execute(
                select(CoachContact, coach.display_name)
                .outerjoin(coach, coach.id == CoachContact.coach_id)
                .where(CoachContact.handoff_id == handoff_id)
                .order_by(CoachContact.at, CoachContact.id)
            )
        )
        if not personal:
            audit.record(
                session, ctx, "view_personal_data", case_id=row.case_id, detail="handoff_details"
            )
        return HandoffDetails(
            row=row,
            persons=tuple(persons),
            street=household.street if household else None,
            house_number=house_number,
            postcode=household.postcode if household else None,
            city=household.city if household else None,
            phones=phones,
            arrears=arrears,
            help_request_note=note,
            agent_notes=agent_notes,
            contacts=contacts,
            help_offered=_help_types(handoff.help_offered),
            purged=case_.purged_at is not None,
        )


def _details_through_the_database(ctx: AppContext, handoff_id: int) -> HandoffDetails:
    """A team lead's own PostgreSQL login reads no names, address, phone numbers or notes from
    the tables: the owner's function hands them over for this case and audits the view in the
    same transaction (issue 13). Never the BSN: it is the coach's alone."""
    with ctx.db.begin() as session:
        row = _row(session, ctx, handoff_id)
        case_ = session.get(Case, row.case_id)
        assert case_ is not None
        contact = session.execute(
            text("SELECT vroegbel_case_contact(:case_id, 'view_personal_data', 'handoff_details')"),
            {"case_id": row.case_id},
        ).scalar_one()
        persons: list[Person] = []
        seen: set[tuple[str | None, str | None, str | None]] = set()
        for s in contact["signals"]:
            key = (s["last_name"], s["first_name"], s["birth_date"])
            if s["last_name"] is None or key in seen:
                continue
            seen.add(key)
            persons.append(
                Person(
                    first_name=s["first_name"],
                    last_name=s["last_name"],
                    birth_date=date.fromisoformat(s["birth_date"]) if s["birth_date"] else None,
                    email=s["email"],
                    bsn=None,
                )
            )
        household = contact["household"] or {}
        house_number = None
        if household:
            house_number = f"{household['house_number']}{household['house_number_suffix'] or ''}"
        arrears = tuple(
            CreditorArrears(c.creditor, c.creditor_type, c.arrears_cents, c.received_on)
            for c in session.execute(
                select(
                    Signal.creditor, Signal.creditor_type, Signal.arrears_cents, Signal.received_on
                )
                .where(Signal.case_id == row.case_id)
                .order_by(Signal.received_on, Signal.id)
            )
        )
        handoff = _load(session, handoff_id)
        attempt_notes = contact["attempt_notes"]
        agent_notes = tuple(
            AgentNote(a.at, a.outcome, a.agent_name, attempt_notes.get(str(a.id)))
            for a in session.execute(
                select(Attempt.id, Attempt.at, Attempt.outcome, Attempt.agent_name)
                .where(Attempt.case_id == row.case_id)
                .order_by(Attempt.at)
            )
        )
        contact_notes = contact["contact_notes"]
        coach = aliased(User)
        contacts = tuple(
            ContactRow(c.id, c.at, c.display_name or "", c.reached, contact_notes.get(str(c.id)))
            for c in session.execute(
                select(CoachContact.id, CoachContact.at, CoachContact.reached, coach.display_name)
                .outerjoin(coach, coach.id == CoachContact.coach_id)
                .where(CoachContact.handoff_id == handoff_id)
                .order_by(CoachContact.at, CoachContact.id)
            )
        )
        return HandoffDetails(
            row=row,
            persons=tuple(persons),
            street=household.get("street"),
            house_number=house_number,
            postcode=household.get("postcode"),
            city=household.get("city"),
            phones=tuple(Phone(p["id"], p["number_e164"], p["struck"]) for p in contact["phones"]),
            arrears=arrears,
            help_request_note=contact["help_notes"].get(str(handoff.help_request_id)),
            agent_notes=agent_notes,
            contacts=contacts,
            help_offered=_help_types(handoff.help_offered),
            purged=case_.purged_at is not None,
        )


@allowed(Role.COACH)
def record_contact(
    ctx: AppContext,
    handoff_id: int,
    *,
    reached: bool,
    note: str | None = None,
    at: datetime | None = None,
) -> HandoffRow:
    """Record one attempt of the coach to reach the resident; the first reached one counts as
    the first contact (the deadlines of DOMAIN.md section 6 are about it)."""
    now = ctx.clock.now()
    when = now if at is None else at
    if when.tzinfo is None:
        raise InvalidInput("Een contactmoment heeft een tijdzone nodig.")
    if when > now + timedelta(minutes=5):
        raise InvalidInput("Een contactmoment kan niet in de toekomst liggen.")
    if when < now - _MAX_BACKDATE:
        raise InvalidInput("Een contactmoment kan niet langer dan 60 dagen geleden zijn.")
    with ctx.db.begin(immediate=True) as session:
        handoff = _own_open(session, ctx, handoff_id)
        if when < handoff.handed_off_at:
            raise InvalidInput("Een contactmoment kan niet vóór de overdracht liggen.")
        session.add(
            CoachContact(
                handoff_id=handoff.id,
                at=when,
                coach_id=ctx.actor.user_id,
                reached=reached,
                note=(note or "").strip() or None,
            )
        )
        if reached and (handoff.first_contact_at is None or when < handoff.first_contact_at):
            handoff.first_contact_at = when
        audit.record(
            session,
            ctx,
            "coach_contact",
            case_id=handoff.case_id,
            detail="reached" if reached else "not_reached",
        )
        session.flush()
        return _row(session, ctx, handoff_id)


@allowed(Role.COACH)
def set_help_offered(
    ctx: AppContext, handoff_id: int, help_types: Sequence[HelpType | str]
) -> HandoffRow:
    """Record which help the coach offered (replaces what was recorded before)."""
    joined = _join_help_types(help_types)
    with ctx.db.begin(immediate=True) as session:
        handoff = _own_open(session, ctx, handoff_id)
        handoff.help_offered = joined
        audit.record(session, ctx, "help_offered", case_id=handoff.case_id, detail=joined)
        session.flush()
        return _row(session, ctx, handoff_id)


@allowed(Role.COACH)
def close(
    ctx: AppContext,
    handoff_id: int,
    reason: CloseReason | str,
    *,
    help_offered: Sequence[HelpType | str] | None = None,
) -> HandoffRow:
    """Close the handoff and its case. `help_delivered` needs a reached contact and the help
    offered (given here or recorded before)."""
    try:
        why = CloseReason(reason)
    except ValueError as exc:
        raise InvalidInput(f"'{reason}' is geen reden om af te sluiten.") from exc
    if why not in COACH_CLOSE_REASONS:
        raise InvalidInput("Een budgetcoach kan een overdracht niet met deze reden afsluiten.")
    now = ctx.clock.now()
    with ctx.db.begin(immediate=True) as session:
        handoff = _own_open(session, ctx, handoff_id)
        if help_offered is not None:
            handoff.help_offered = _join_help_types(help_offered)
        if why is CloseReason.HELP_DELIVERED:
            if handoff.first_contact_at is None:
                raise InvalidInput(
                    "Leg eerst een gesprek met de bewoner vast voordat u 'hulp geboden' kiest."
                )
            if not handoff.help_offered:
                raise InvalidInput("Kies bij 'hulp geboden' minstens één soort geboden hulp.")
        handoff.closed_at = now
        handoff.close_reason = why.value
        case_ = session.get(Case, handoff.case_id)
        if case_ is None:
            raise NotFound(f"Zaak {handoff.case_id} bestaat niet.")
        outcomes.close_case(case_, why, now, session)
        audit.record(session, ctx, "handoff_close", case_id=handoff.case_id, detail=why.value)
        session.flush()
        return _row(session, ctx, handoff_id)


@allowed(Role.COACH, Role.TEAMLEAD)
def overdue_counts(ctx: AppContext) -> tuple[int, int]:
    """(open handoffs without contact past the local target, of which past the legal deadline)."""
    on = today(ctx)
    pending = and_(Handoff.closed_at.is_(None), Handoff.first_contact_at.is_(None))
    with ctx.db.read() as session:
        past_target, past_legal = session.execute(
            select(
                func.count().filter(Handoff.target_due_on < on),
                func.count().filter(Handoff.legal_due_on < on),
            ).where(pending)
        ).one()
    return int(past_target), int(past_legal)
