"""Leases: expiry after a crash, renewal, release, the team lead's release, outcome rules."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select, text

from app.clock import FixedClock
from app.db import Database
from app.models import Attempt, AuditEvent, Case, PhoneNumber
from app.models.enums import Outcome, Role
from app.services import queue
from app.services.context import Actor
from app.services.errors import Conflict, InvalidInput, PermissionDenied
from app.services.outbox import Outbox, PendingOutcome, SubmitState
from tests.queue.world import (
    NOW,
    CaseSpec,
    add_cases,
    add_user,
    attempt_counts,
    audit_kinds,
    context,
)


def test_a_crashed_agents_case_returns_after_the_lease_and_nothing_is_lost(
    db_url: str, db: Database, clock: FixedClock, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    anna, bob = add_user(db, "anna"), add_user(db, "bob")
    case_id = add_cases(db, 1, CaseSpec(phones=("+31612345678", "+31201234567")))[0]
    # Anna works at her own workstation: her own engine and connection.
    anna_db = Database.from_url(db_url)
    anna_ctx = context(anna_db, clock, anna)
    claimed = queue.next_call(anna_ctx)
    assert claimed is not None and claimed.case_id == case_id
    queue.case_card(anna_ctx, case_id)
    # Her client dies: no release. On PostgreSQL her server session is killed as well.
    held = anna_db.engine.connect()
    if db.dialect == "postgresql":
        pid = held.exec_driver_sql("SELECT pg_backend_pid()").scalar()
        with db.engine.connect() as admin:
            admin.exec_driver_sql(f"SELECT pg_terminate_backend({int(pid or 0)})")
    held.invalidate()
    anna_db.dispose()

    bob_ctx = context(db, clock, bob)
    assert queue.next_call(bob_ctx) is None  # still anna's
    clock.advance(timedelta(minutes=14))
    assert queue.next_call(bob_ctx) is None
    clock.advance(timedelta(minutes=2))  # 16 minutes: the 15-minute lease has expired
    taken = queue.next_call(bob_ctx)
    assert taken is not None and taken.case_id == case_id

    with db.read() as session:
        case = session.get(Case, case_id)
        assert case is not None and case.status == "open" and case.attempts_used == 0
        assert session.scalar(select(func.count()).select_from(PhoneNumber)) == 2
        expired = session.scalars(
            select(AuditEvent).where(AuditEvent.kind == "lease_expired")
        ).one()
        assert (expired.user_id, expired.case_id) == (anna.user_id, case_id)

    # Anna's restarted client tries to save what she had: refused, but kept aside, not lost.
    anna_again = context(Database.from_url(db_url), clock, anna)
    outbox = Outbox(tmp_path / "outbox-anna.sqlite3")
    result = outbox.submit(
        anna_again,
        PendingOutcome(case_id, queue.OutcomeEntry.new(Outcome.NO_ANSWER, NOW)),
    )
    assert result.state is SubmitState.FAILED and "andere beller" in (result.reason or "")
    assert [item.case_id for item in outbox.failed_items()] == [case_id]
    outbox.close()
    anna_again.db.dispose()

    saved = queue.save_outcome(bob_ctx, case_id, queue.OutcomeEntry.new(Outcome.BUSY, clock.now()))
    assert saved.case_status == "open" and not saved.replayed
    assert attempt_counts(db) == {case_id: 1}
    assert audit_kinds(db, case_id) == [
        "claim",
        "view_case",
        "claim",
        "lease_expired",
        "outcome_refused",  # anna's late outcome: the double call can be traced
        "outcome",
    ]


def test_renewal_keeps_the_case_and_a_lost_lease_cannot_be_renewed(
    db: Database, clock: FixedClock
) -> None:
    anna, bob = add_user(db, "anna"), add_user(db, "bob")
    case_id = add_cases(db, 1)[0]
    anna_ctx, bob_ctx = context(db, clock, anna), context(db, clock, bob)
    assert queue.next_call(anna_ctx) is not None
    for _ in range(3):
        clock.advance(timedelta(minutes=10))
        expires = queue.renew_lease(anna_ctx, case_id)
        assert expires == clock.now() + timedelta(minutes=15)
        assert queue.next_call(bob_ctx) is None
    clock.advance(timedelta(minutes=16))
    assert queue.next_call(bob_ctx) is not None
    with pytest.raises(Conflict):
        queue.renew_lease(anna_ctx, case_id)
    with pytest.raises(Conflict):
        queue.release(anna_ctx, case_id)


def test_release_returns_the_case_and_is_audited(db: Database, clock: FixedClock) -> None:
    anna, bob = add_user(db, "anna"), add_user(db, "bob")
    case_id = add_cases(db, 1)[0]
    anna_ctx = context(db, clock, anna)
    assert queue.next_call(anna_ctx) is not None
    queue.release(anna_ctx, case_id)
    queue.release(anna_ctx, case_id)  # twice is harmless
    taken = queue.next_call(context(db, clock, bob))
    assert taken is not None and taken.case_id == case_id
    assert audit_kinds(db, case_id) == ["claim", "release", "claim"]


def test_the_team_lead_releases_a_lease(db: Database, clock: FixedClock, teamlead: Actor) -> None:
    anna, bob = add_user(db, "anna"), add_user(db, "bob")
    case_id = add_cases(db, 1)[0]
    anna_ctx = context(db, clock, anna)
    assert queue.next_call(anna_ctx) is not None
    with pytest.raises(PermissionDenied):
        queue.release_lease(anna_ctx, case_id)
    assert queue.release_lease(context(db, clock, teamlead), case_id) is True
    assert queue.release_lease(context(db, clock, teamlead), case_id) is False
    taken = queue.next_call(context(db, clock, bob))
    assert taken is not None and taken.case_id == case_id
    with pytest.raises(Conflict):
        queue.save_outcome(anna_ctx, case_id, queue.OutcomeEntry.new(Outcome.NO_ANSWER, NOW))
    assert "lease_released" in audit_kinds(db, case_id)


def test_expire_leases_clears_and_audits(db: Database, clock: FixedClock, teamlead: Actor) -> None:
    anna = add_user(db, "anna")
    case_id = add_cases(db, 1)[0]
    assert queue.next_call(context(db, clock, anna)) is not None
    lead = context(db, clock, teamlead)
    assert queue.expire_leases(lead) == 0
    clock.advance(timedelta(minutes=15))
    assert queue.expire_leases(lead) == 1
    assert audit_kinds(db, case_id) == ["claim", "lease_expired"]
    with db.read() as session:
        assert session.scalar(select(Case.lease_user_id).where(Case.id == case_id)) is None


def test_saving_is_idempotent_and_needs_the_lease(db: Database, clock: FixedClock) -> None:
    anna, bob = add_user(db, "anna"), add_user(db, "bob")
    held, free = add_cases(db, 2)
    anna_ctx, bob_ctx = context(db, clock, anna), context(db, clock, bob)
    assert queue.next_call(anna_ctx) is not None  # anna holds `held`
    entry = queue.OutcomeEntry.new(Outcome.VOICEMAIL, NOW, notes="ingesproken")
    with pytest.raises(Conflict):
        queue.save_outcome(bob_ctx, held, entry)
    first = queue.save_outcome(anna_ctx, held, entry)
    again = queue.save_outcome(anna_ctx, held, entry)  # a retry after an unclear failure
    assert not first.replayed and again.replayed and again.attempt_id == first.attempt_id
    with pytest.raises(Conflict):
        queue.save_outcome(anna_ctx, free, entry)  # the same key on another case
    # A case the agent does not hold is refused, even when nobody holds it (issue 16).
    with pytest.raises(Conflict, match="niet in behandeling"):
        queue.save_outcome(bob_ctx, free, queue.OutcomeEntry.new(Outcome.NO_ANSWER, NOW))
    assert attempt_counts(db) == {held: 1}
    assert audit_kinds(db, free) == ["outcome_refused"]
    with db.read() as session:
        note = session.scalar(select(Attempt.notes).where(Attempt.id == first.attempt_id))
        assert note == "ingesproken"


def test_an_outcome_written_late_counts_when_the_agent_still_held_the_case(
    db: Database, clock: FixedClock
) -> None:
    """DOMAIN.md 5: the outbox writes after an outage longer than the lease. Nobody took the
    case meanwhile (the lease expired, even cleared by the job): the outcome counts. Another
    agent claimed it meanwhile: refused, audited, and the second call stands."""
    anna, bob, cor = add_user(db, "anna"), add_user(db, "bob"), add_user(db, "cor")
    kept, taken, _third = add_cases(db, 3)
    anna_ctx, bob_ctx = context(db, clock, anna), context(db, clock, bob)
    assert queue.next_call(anna_ctx) is not None
    called_at = clock.now() + timedelta(minutes=3)
    clock.advance(timedelta(minutes=40))
    assert queue.expire_leases(context(db, clock, add_user(db, "tl", Role.TEAMLEAD))) == 1
    late = queue.save_outcome(anna_ctx, kept, queue.OutcomeEntry.new(Outcome.BUSY, called_at))
    assert not late.replayed and attempt_counts(db) == {kept: 1}
    # A call time before anna's claim does not make her the holder.
    before = queue.OutcomeEntry.new(Outcome.BUSY, NOW - timedelta(hours=1))
    with pytest.raises(Conflict):
        queue.save_outcome(context(db, clock, cor), taken, before)

    assert queue.next_call(anna_ctx) is not None  # anna now holds `taken`
    called_at = clock.now() + timedelta(minutes=1)
    clock.advance(timedelta(minutes=20))
    assert queue.next_call(bob_ctx) is not None  # bob takes it over after her lease expired
    queue.save_outcome(bob_ctx, taken, queue.OutcomeEntry.new(Outcome.NO_ANSWER, clock.now()))
    with pytest.raises(Conflict, match="andere beller"):
        queue.save_outcome(anna_ctx, taken, queue.OutcomeEntry.new(Outcome.BUSY, called_at))
    assert attempt_counts(db) == {kept: 1, taken: 1}
    assert audit_kinds(db, taken)[-1] == "outcome_refused"

    # The team lead took a case away from anna (she left): her late outcome is refused too.
    lead = context(db, clock, add_user(db, "tl2", Role.TEAMLEAD))
    claimed = queue.next_call(anna_ctx)
    assert claimed is not None
    called_at = clock.now()
    clock.advance(timedelta(minutes=1))
    assert queue.release_lease(lead, claimed.case_id)
    with pytest.raises(Conflict, match="niet in behandeling"):
        queue.save_outcome(
            anna_ctx, claimed.case_id, queue.OutcomeEntry.new(Outcome.BUSY, called_at)
        )


def test_wrong_number_strikes_one_number_at_a_time(db: Database, clock: FixedClock) -> None:
    anna = add_user(db, "anna")
    other_case = add_cases(db, 1, CaseSpec(window=None))[0]
    case_id = add_cases(db, 1, CaseSpec(phones=("+31612345678", "+31201234567")))[0]
    ctx = context(db, clock, anna)
    assert queue.next_call(ctx) is not None
    card = queue.case_card(ctx, case_id)
    first, second = (p.id for p in card.phones)
    with db.read() as session:
        foreign = session.scalar(select(PhoneNumber.id).where(PhoneNumber.case_id == other_case))
    with pytest.raises(InvalidInput):
        queue.wrong_number(ctx, case_id, foreign or 0)
    with pytest.raises(InvalidInput):
        queue.save_outcome(ctx, case_id, queue.OutcomeEntry.new(Outcome.WRONG_NUMBER, NOW))
    saved = queue.wrong_number(ctx, case_id, first)
    assert saved.case_status == "open"
    with db.read() as session:
        case = session.get(Case, case_id)
        assert case is not None and case.next_window_start is not None
        next_start = case.next_window_start
    clock.set(next_start + timedelta(minutes=1))
    assert queue.next_call(ctx) is not None
    card = queue.case_card(ctx, case_id)
    assert [p.struck for p in card.phones] == [True, False]
    closed = queue.wrong_number(ctx, case_id, second)
    assert closed.case_status == "closed"
    with db.read() as session:
        case = session.get(Case, case_id)
        assert case is not None
        assert (case.close_reason, case.follow_up) == ("no_valid_number", "letter")


def test_a_number_for_a_case_that_waited_for_one(
    db: Database, clock: FixedClock, teamlead: Actor
) -> None:
    anna = add_user(db, "anna")
    case_id = add_cases(db, 1, CaseSpec(window=None, phones=()))[0]
    anna_ctx = context(db, clock, anna)
    assert queue.next_call(anna_ctx) is None
    with pytest.raises(PermissionDenied):
        queue.add_phone_number(anna_ctx, case_id, "0612345678")  # she does not hold it
    lead = context(db, clock, teamlead)
    with pytest.raises(InvalidInput, match="geen geldig telefoonnummer"):
        queue.add_phone_number(lead, case_id, "12345")
    with pytest.raises(InvalidInput, match="'bel mij' is geen telefoonnummer"):
        queue.add_phone_number(lead, case_id, "bel mij")
    phone = queue.add_phone_number(lead, case_id, "06-12 34 56 78")
    assert phone.number_e164 == "+31612345678"
    with db.read() as session:
        case = session.get(Case, case_id)
        assert case is not None and not case.needs_phone
        assert case.next_window_start is not None and case.next_window_end is not None
        start = case.next_window_start
    assert "phone_added" in audit_kinds(db, case_id)
    clock.set(max(start, clock.now()) + timedelta(minutes=1))
    claimed = queue.next_call(anna_ctx)
    assert claimed is not None and claimed.case_id == case_id


def test_audit_never_holds_personal_data(db: Database, clock: FixedClock) -> None:
    anna = add_user(db, "anna")
    case_id = add_cases(db, 1)[0]
    ctx = context(db, clock, anna)
    assert queue.next_call(ctx) is not None
    queue.case_card(ctx, case_id)
    queue.save_outcome(ctx, case_id, queue.OutcomeEntry.new(Outcome.NO_ANSWER, NOW, notes="Piet"))
    with db.read() as session:
        rows = session.execute(text("SELECT username, kind, detail FROM audit_events")).all()
    flat = " ".join(" ".join(str(v) for v in row) for row in rows)
    for secret in ("123456782", "Jansen", "Piet", "+3161", "Grote Markt", "piet@"):
        assert secret not in flat
