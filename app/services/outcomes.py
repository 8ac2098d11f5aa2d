"""The outcome rules of DOMAIN.md section 6, in one place.

`record_outcome` is the only code that moves a case on an outcome: the agent's screen (through
the queue service) and the contact-history import both call it. It is a building block inside
a unit of work; the callers check roles and own the transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from app.models import Attempt, Callback, Case, Handoff, HelpRequest, PhoneNumber
from app.models.enums import CallbackStatus, CaseStatus, CloseReason, HelpType, Outcome
from app.services import audit, planning, settings
from app.services.context import AppContext
from app.services.errors import Conflict, InvalidInput

CLOSING_OUTCOMES: dict[Outcome, CloseReason] = {
    Outcome.REACHED_NO_HELP_NEEDED: CloseReason.NO_HELP_NEEDED,
    Outcome.REACHED_HELP_DECLINED: CloseReason.HELP_DECLINED,
    Outcome.ALREADY_IN_DEBT_HELP: CloseReason.ALREADY_IN_DEBT_HELP,
}

NO_CONTACT_OUTCOMES = frozenset({Outcome.NO_ANSWER, Outcome.VOICEMAIL, Outcome.BUSY})


@dataclass(frozen=True)
class HelpRequestInput:
    help_types: Sequence[HelpType]
    urgent: bool = False
    note: str | None = None


@dataclass(frozen=True)
class OutcomeInput:
    """What an agent (or a history row) says happened on one call."""

    outcome: Outcome
    at: datetime
    agent_id: int | None = None
    agent_name: str = ""
    phone_id: int | None = None
    notes: str | None = None
    help_request: HelpRequestInput | None = None
    callback_at: datetime | None = None
    idempotency_key: str | None = None
    source: str = "app"
    audit_event: bool = field(default=True)


def close_case(case: Case, reason: CloseReason, at: datetime, session: Session) -> None:
    case.status = CaseStatus.CLOSED.value
    case.close_reason = reason.value
    case.closed_at = at
    case.next_slot = None
    case.next_window_start = None
    case.next_window_end = None
    release_lease(case)
    for callback in _open_callbacks(session, case.id):
        callback.status = CallbackStatus.CANCELLED.value


#: Session.info key: leases to release only at the end of the unit of work (see release_lease).
DEFER_LEASE_RELEASE = "vroegbel_defer_lease_release"


def release_lease(case: Case) -> None:
    """End the lease on `case`.

    Under a personal PostgreSQL login (issue 13) row-level security shows an agent only the
    case it holds, so the release must be the last write of the unit of work: the caller then
    collects the cases in `session.info[DEFER_LEASE_RELEASE]` and calls `release_deferred`.
    """
    session = object_session(case)
    deferred = session.info.get(DEFER_LEASE_RELEASE) if session is not None else None
    if deferred is not None:
        deferred.add(case)
        return
    case.lease_user_id = None
    case.lease_claimed_at = None
    case.lease_expires_at = None


def release_deferred(session: Session) -> None:
    """Release the leases `release_lease` held back, as the unit of work's last write."""
    deferred = session.info.pop(DEFER_LEASE_RELEASE, None) or set()
    session.flush()
    for case in deferred:
        case.lease_user_id = None
        case.lease_claimed_at = None
        case.lease_expires_at = None
    session.flush()


def _open_callbacks(session: Session, case_id: int) -> list[Callback]:
    return list(
        session.scalars(
            select(Callback).where(
                Callback.case_id == case_id, Callback.status == CallbackStatus.OPEN.value
            )
        )
    )


def _strike_number(session: Session, case: Case, phone_id: int | None, at: datetime) -> None:
    phones = [p for p in case.phones if p.struck_at is None]
    target: PhoneNumber | None
    if phone_id is not None:
        target = next((p for p in case.phones if p.id == phone_id), None)
        if target is None:
            raise InvalidInput("Dit telefoonnummer hoort niet bij deze zaak.")
    else:
        # A history row does not say which number was dialled: the first valid one was.
        target = phones[0] if phones else None
    if target is not None and target.struck_at is None:
        target.struck_at = at


def record_outcome(session: Session, ctx: AppContext, case: Case, given: OutcomeInput) -> Attempt:
    """Record one call on `case` and move the case exactly as DOMAIN.md section 6 says.

    A repeated idempotency key returns the attempt recorded the first time, unchanged.
    """
    if given.idempotency_key:
        earlier = session.scalar(
            select(Attempt).where(Attempt.idempotency_key == given.idempotency_key)
        )
        if earlier is not None:
            return earlier
    if case.status != CaseStatus.OPEN.value:
        raise Conflict(f"Zaak {case.id} is niet meer open; er kan geen belpoging bij.")
    outcome = given.outcome
    if outcome is Outcome.REACHED_HELP_ACCEPTED and (
        given.help_request is None or not given.help_request.help_types
    ):
        raise InvalidInput("Kies bij een geaccepteerd hulpaanbod minstens één soort hulp.")
    if outcome is Outcome.CALLBACK_REQUESTED and given.callback_at is not None:
        planning.check_callback_time(session, given.callback_at)

    open_callbacks = _open_callbacks(session, case.id)
    on_callback = any(cb.due_at <= given.at for cb in open_callbacks)
    # The seven attempts are the plan for a resident not reached (DOMAIN.md 4): a call that
    # reached them and ended in a callback appointment does not use one up, nor does the
    # callback itself unless it fails. Otherwise a resident who asked to be called back on
    # the seventh attempt would be closed as "not reached".
    counts = not (outcome.is_contact and (on_callback or outcome is Outcome.CALLBACK_REQUESTED))

    attempt = Attempt(
        case_id=case.id,
        at=given.at,
        slot=planning.slot_of_moment(session, given.at).value,
        outcome=outcome.value,
        is_contact=outcome.is_contact,
        counts_as_attempt=counts,
        agent_id=given.agent_id,
        agent_name=given.agent_name,
        phone_id=given.phone_id,
        notes=given.notes or None,
        source=given.source,
        idempotency_key=given.idempotency_key,
        created_at=ctx.clock.now(),
    )
    session.add(attempt)
    session.flush()
    for callback in open_callbacks:
        if callback.due_at <= given.at or outcome.is_contact:
            callback.status = CallbackStatus.DONE.value
    if counts:
        case.attempts_used += 1
    if case.plan_started_at is None:
        case.plan_started_at = given.at
    release_lease(case)

    if outcome in CLOSING_OUTCOMES:
        close_case(case, CLOSING_OUTCOMES[outcome], given.at, session)
    elif outcome is Outcome.REACHED_HELP_ACCEPTED:
        assert given.help_request is not None
        _hand_off(session, ctx, case, attempt, given.help_request, given.at)
    elif outcome is Outcome.CALLBACK_REQUESTED:
        _agree_callback(session, ctx, case, attempt, given)
    else:
        if outcome is Outcome.WRONG_NUMBER:
            _strike_number(session, case, given.phone_id, given.at)
            if not any(p.struck_at is None for p in case.phones):
                close_case(case, CloseReason.NO_VALID_NUMBER, given.at, session)
                case.follow_up = "letter"
        if case.status == CaseStatus.OPEN.value:
            _plan_or_close(session, case, given.at)

    if given.audit_event:
        audit.record(session, ctx, "outcome", case_id=case.id, detail=outcome.value)
    return attempt


def _plan_or_close(session: Session, case: Case, at: datetime) -> None:
    """Plan the next attempt; seven attempts without contact (or no room left) close the case."""
    if case.attempts_used >= int(settings.get(session, "max_attempts")):
        close_case(case, CloseReason.NOT_REACHED, at, session)
        case.follow_up = "letter"
        return
    if not planning.plan_next_attempt(session, case, at):
        close_case(case, CloseReason.NOT_REACHED, at, session)
        case.follow_up = "letter"


def _agree_callback(
    session: Session, ctx: AppContext, case: Case, attempt: Attempt, given: OutcomeInput
) -> None:
    if given.callback_at is None:
        # History rows carry no appointment time: the plan simply goes on.
        _plan_or_close(session, case, given.at)
        return
    reserved = int(settings.get(session, "callback_reserved_minutes"))
    session.add(
        Callback(
            case_id=case.id,
            due_at=given.callback_at,
            reserved_for_id=given.agent_id,
            reserved_until=given.callback_at + timedelta(minutes=reserved),
            status=CallbackStatus.OPEN.value,
            attempt_id=attempt.id,
            created_at=ctx.clock.now(),
        )
    )
    # The appointment replaces the plan until it is kept or fails.
    case.next_slot = None
    case.next_window_start = None
    case.next_window_end = None


def _hand_off(
    session: Session,
    ctx: AppContext,
    case: Case,
    attempt: Attempt,
    wanted: HelpRequestInput,
    at: datetime,
) -> None:
    request = HelpRequest(
        case_id=case.id,
        attempt_id=attempt.id,
        help_types="|".join(HelpType(t).value for t in wanted.help_types),
        urgent=wanted.urgent,
        note=wanted.note or None,
        created_at=ctx.clock.now(),
    )
    session.add(request)
    session.flush()
    target_due, legal_due = planning.handoff_deadlines(session, at, urgent=wanted.urgent)
    session.add(
        Handoff(
            case_id=case.id,
            help_request_id=request.id,
            handed_off_at=at,
            urgent=wanted.urgent,
            target_due_on=target_due,
            legal_due_on=legal_due,
        )
    )
    case.status = CaseStatus.HANDED_OFF.value
    case.next_slot = None
    case.next_window_start = None
    case.next_window_end = None
    for callback in _open_callbacks(session, case.id):
        callback.status = CallbackStatus.CANCELLED.value
