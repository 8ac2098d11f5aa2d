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
from sqlalchemy.orm import Session, defer, object_session

from app.models import Attempt, Callback, Case, Handoff, HelpRequest, PhoneNumber
from app.models.enums import (
    CHANNEL_OUTCOMES,
    CallbackStatus,
    CaseStatus,
    Channel,
    CloseReason,
    HelpType,
    Outcome,
)
from app.services import audit, planning, settings
from app.services.context import AppContext
from app.services.errors import Conflict, InvalidInput

CLOSING_OUTCOMES: dict[Outcome, CloseReason] = {
    Outcome.REACHED_NO_HELP_NEEDED: CloseReason.NO_HELP_NEEDED,
    Outcome.REACHED_HELP_DECLINED: CloseReason.HELP_DECLINED,
    Outcome.ALREADY_IN_DEBT_HELP: CloseReason.ALREADY_IN_DEBT_HELP,
}

NO_CONTACT_OUTCOMES = frozenset({Outcome.NO_ANSWER, Outcome.VOICEMAIL, Outcome.BUSY})

#: Outcomes after which the plan goes on, so a "best reachable" hint can still steer it
#: (someone else answered, the resident could not talk now, a voicemail greeting said so).
HINT_OUTCOMES = NO_CONTACT_OUTCOMES | {Outcome.CALLBACK_REQUESTED}
#: closed without contact: what follows the plan (letters, cards, visits, a call-back) may
#: still be recorded on such a case, and a conversation reopens it.
FOLLOW_UP_REASONS = frozenset({CloseReason.NOT_REACHED.value, CloseReason.NO_VALID_NUMBER.value})

_CHANNEL_NAMES = {
    Channel.PHONE: "telefoon",
    Channel.PHONE_IN: "inkomend gesprek",
    Channel.LETTER: "brief",
    Channel.CARD: "kaartje",
    Channel.HOME_VISIT: "huisbezoek",
    Channel.SMS: "sms",
    Channel.EMAIL: "e-mail",
}


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
    reach_hint: str | None = None  # "best reachable": slot type code or HH:MM (DOMAIN.md 4.5)
    #: when the agent started the call (handling time, issue 15); None when unknown
    started_at: datetime | None = None
    channel: Channel = Channel.PHONE


#: The order of the counts in Case.tried_slots.
TRIED_SLOT_ORDER = ("morning", "afternoon", "evening", "saturday")


def bump_tried_slots(current: str | None, slot: str) -> str | None:
    """Case.tried_slots with one more attempt in `slot`; None stays None (unknown: the
    forecast then counts the attempts themselves)."""
    if current is None:
        return None
    try:
        counts = [int(part) for part in current.split(",")]
    except ValueError:
        return None
    if len(counts) != len(TRIED_SLOT_ORDER) or slot not in TRIED_SLOT_ORDER:
        return None
    counts[TRIED_SLOT_ORDER.index(slot)] += 1
    return ",".join(str(n) for n in counts)


def _duration(given: OutcomeInput) -> int | None:
    """Seconds from pressing Bellen to saving the outcome; None when unknown."""
    if given.started_at is None or given.started_at > given.at:
        return None
    return int((given.at - given.started_at).total_seconds())


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


def follow_up_channel(session: Session) -> str | None:
    """The channel the municipality chose for residents the plan did not reach (setting
    `follow_up_channel`: letter, card, home_visit or none)."""
    chosen = str(settings.get(session, "follow_up_channel") or "none")
    return None if chosen == "none" else chosen


def flag_follow_up(session: Session, case: Case) -> None:
    case.follow_up = follow_up_channel(session)


def check_channel_outcome(channel: Channel, outcome: Outcome) -> None:
    """One Dutch sentence when `outcome` cannot happen on `channel` (issue 14)."""
    if outcome not in CHANNEL_OUTCOMES[channel]:
        raise InvalidInput(
            f"De uitkomst '{outcome.value}' past niet bij een {_CHANNEL_NAMES[channel]}."
        )


def record_outcome(session: Session, ctx: AppContext, case: Case, given: OutcomeInput) -> Attempt:
    """Record one contact attempt on `case` and move the case as DOMAIN.md section 6 says.

    A repeated idempotency key returns the attempt recorded the first time, unchanged.
    Only an outbound call (`channel` phone) uses one of the plan's attempts. Any other channel
    leaves the plan alone unless the resident was spoken to; those channels may also be
    recorded on a case closed without contact (what follows the plan), and a conversation
    reopens such a case for its outcome.
    """
    if given.idempotency_key:
        # The notes load only when read: a team lead's own PostgreSQL login may not read
        # them, and checks here whether a letter was recorded already (issue 13).
        earlier = session.scalar(
            select(Attempt)
            .options(defer(Attempt.notes))
            .where(Attempt.idempotency_key == given.idempotency_key)
        )
        if earlier is not None:
            return earlier
    channel = Channel(given.channel)
    outcome = given.outcome
    check_channel_outcome(channel, outcome)
    if channel is Channel.PHONE:
        if case.status != CaseStatus.OPEN.value:
            raise Conflict(f"Zaak {case.id} is niet meer open; er kan geen belpoging bij.")
    else:
        return _record_other_channel(session, ctx, case, given, channel)
    if outcome is Outcome.REACHED_HELP_ACCEPTED and (
        given.help_request is None or not given.help_request.help_types
    ):
        raise InvalidInput("Kies bij een geaccepteerd hulpaanbod minstens één soort hulp.")
    if outcome is Outcome.CALLBACK_REQUESTED and given.callback_at is not None:
        planning.check_callback_time(session, given.callback_at)
    reach_hint = planning.parse_hint(given.reach_hint)
    if reach_hint is not None and outcome not in HINT_OUTCOMES:
        raise InvalidInput(
            "Een bereikbaarheidshint hoort bij geen gehoor, voicemail, in gesprek of een "
            "terugbelafspraak: na deze uitkomst wordt er niet meer volgens plan gebeld."
        )

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
        reach_hint=reach_hint,
        started_at=given.started_at,
        duration_seconds=_duration(given),
        channel=Channel.PHONE.value,
    )
    session.add(attempt)
    session.flush()
    for callback in open_callbacks:
        if callback.due_at <= given.at or outcome.is_contact:
            callback.status = CallbackStatus.DONE.value
    if counts:
        case.attempts_used += 1
        case.tried_slots = bump_tried_slots(case.tried_slots, attempt.slot)
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
                flag_follow_up(session, case)
        if case.status == CaseStatus.OPEN.value:
            _plan_or_close(session, case, given.at)

    if given.audit_event:
        audit.record(session, ctx, "outcome", case_id=case.id, detail=outcome.value)
    return attempt


def _plan_or_close(session: Session, case: Case, at: datetime) -> None:
    """Plan the next attempt; seven attempts without contact (or no room left) close the case."""
    if case.attempts_used >= int(settings.get(session, "max_attempts")):
        close_case(case, CloseReason.NOT_REACHED, at, session)
        flag_follow_up(session, case)
        return
    if not planning.plan_next_attempt(session, case, at):
        close_case(case, CloseReason.NOT_REACHED, at, session)
        flag_follow_up(session, case)


def _record_other_channel(
    session: Session, ctx: AppContext, case: Case, given: OutcomeInput, channel: Channel
) -> Attempt:
    """An inbound call, letter, card, home visit, text or e-mail (issue 14).

    None of these uses one of the seven attempts. A letter, card, text or e-mail and a visit
    without a conversation only add their row (and a visit that found the resident moved
    away takes the case out of the follow-up list). A conversation counts as reached and
    moves the case by its outcome like a call does; on a case closed as not reached it first
    reopens the case for that conversation.
    """
    outcome = given.outcome
    open_ = case.status == CaseStatus.OPEN.value
    follow_up_case = (
        case.status == CaseStatus.CLOSED.value and case.close_reason in FOLLOW_UP_REASONS
    )
    if not (open_ or follow_up_case):
        if case.status == CaseStatus.HANDED_OFF.value:
            raise Conflict(
                f"Zaak {case.id} is al overgedragen aan de budgetcoaches; er kan geen contact bij."
            )
        raise Conflict(f"Zaak {case.id} is al afgesloten; er kan geen contact bij.")
    if outcome is Outcome.REACHED_HELP_ACCEPTED and (
        given.help_request is None or not given.help_request.help_types
    ):
        raise InvalidInput("Kies bij een geaccepteerd hulpaanbod minstens één soort hulp.")
    if outcome is Outcome.CALLBACK_REQUESTED and given.callback_at is not None:
        planning.check_callback_time(session, given.callback_at)
    # A hint heard in a conversation (a resident who called back and asked to be called at
    # another time) steers the plan as on an outbound call; never kept where it cannot.
    reach_hint = planning.parse_hint(given.reach_hint)
    if reach_hint is not None and outcome not in HINT_OUTCOMES:
        raise InvalidInput(
            "Een bereikbaarheidshint hoort bij geen gehoor, voicemail, in gesprek of een "
            "terugbelafspraak: na deze uitkomst wordt er niet meer volgens plan gebeld."
        )
    reopened_from = case.close_reason if outcome.is_contact and follow_up_case else None
    if reopened_from is not None:
        _reopen(session, case)

    attempt = Attempt(
        case_id=case.id,
        at=given.at,
        slot=planning.slot_of_moment(session, given.at).value,
        outcome=outcome.value,
        channel=channel.value,
        is_contact=outcome.is_contact,
        counts_as_attempt=False,
        agent_id=given.agent_id,
        agent_name=given.agent_name,
        phone_id=given.phone_id if channel is Channel.PHONE_IN else None,
        notes=given.notes or None,
        source=given.source,
        idempotency_key=given.idempotency_key,
        created_at=ctx.clock.now(),
        reach_hint=reach_hint,
        # An inbound call has a handling time like an outbound one (issue 15).
        started_at=given.started_at,
        duration_seconds=_duration(given),
    )
    session.add(attempt)
    session.flush()
    # plan_started_at stays the first outbound call's: the plan's days count from there.

    if outcome.is_contact:
        release_lease(case)
        for callback in _open_callbacks(session, case.id):
            callback.status = CallbackStatus.DONE.value
        if outcome in CLOSING_OUTCOMES:
            close_case(case, CLOSING_OUTCOMES[outcome], given.at, session)
        elif outcome is Outcome.REACHED_HELP_ACCEPTED:
            assert given.help_request is not None
            _hand_off(session, ctx, case, attempt, given.help_request, given.at)
        elif outcome is Outcome.CALLBACK_REQUESTED:
            if reopened_from is not None and given.callback_at is None:
                # Spoken, but no appointment (a history row): the plan had already ended, so
                # the case closes again as it was, now reached, without a further follow-up.
                close_case(case, CloseReason(reopened_from), given.at, session)
            else:
                _agree_callback(session, ctx, case, attempt, given)
    elif outcome is Outcome.MOVED_AWAY and not open_:
        # Nobody to write to or visit at this address any more.
        case.follow_up = None

    if given.audit_event:
        audit.record(
            session, ctx, "outcome", case_id=case.id, detail=f"{channel.value}:{outcome.value}"
        )
    return attempt


def _reopen(session: Session, case: Case) -> None:
    """A resident of a case closed as not reached made contact after all: the case is open
    again for this conversation (its outcome decides what happens next)."""
    newer = session.scalar(
        select(Case.id).where(
            Case.household_id == case.household_id,
            Case.id != case.id,
            Case.status != CaseStatus.CLOSED.value,
        )
    )
    if case.household_id is not None and newer is not None:
        raise Conflict(
            f"Dit huishouden heeft al een lopende zaak ({newer}); leg het gesprek daar vast."
        )
    case.status = CaseStatus.OPEN.value
    case.close_reason = None
    case.closed_at = None
    case.follow_up = None


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
