"""The order of DOMAIN.md section 5: held, reserved callbacks, other due callbacks, planned."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from app.clock import AMSTERDAM, FixedClock
from app.db import Database
from app.models import Callback, Case
from app.models.enums import Outcome, Role
from app.services import queue
from app.services.context import Actor
from app.services.errors import Conflict, InvalidInput, PermissionDenied
from tests.queue.world import (
    MORNING_END,
    MORNING_START,
    NOW,
    CaseSpec,
    add_cases,
    add_user,
    audit_kinds,
    context,
)


def _claim_all(db: Database, clock: FixedClock, agents: list[Actor]) -> list[int | None]:
    """Each agent claims once, in turn (a held case would come back to the same agent)."""
    result: list[int | None] = []
    for agent in agents:
        claimed = queue.next_call(context(db, clock, agent))
        result.append(claimed.case_id if claimed else None)
    return result


def test_planned_attempts_oldest_due_first_then_earliest_signal_then_higher_arrears(
    db: Database, clock: FixedClock
) -> None:
    agents = [add_user(db, f"agent{i}") for i in range(7)]
    later_window = add_cases(
        db, 1, CaseSpec(window=(MORNING_START + timedelta(minutes=30), MORNING_END))
    )[0]
    old_low = add_cases(db, 1, CaseSpec(received_on=date(2026, 10, 1), arrears_cents=10_000))[0]
    old_high = add_cases(db, 1, CaseSpec(received_on=date(2026, 10, 1), arrears_cents=90_000))[0]
    recent_rich = add_cases(db, 1, CaseSpec(received_on=date(2026, 11, 20), arrears_cents=999_999))[
        0
    ]
    # Not due now: tomorrow's window, yesterday's window, a case without a phone number.
    add_cases(
        db, 1, CaseSpec(window=(MORNING_START + timedelta(days=1), MORNING_END + timedelta(days=1)))
    )
    add_cases(
        db, 1, CaseSpec(window=(MORNING_START - timedelta(days=1), MORNING_END - timedelta(days=1)))
    )
    add_cases(db, 1, CaseSpec(phones=()))

    assert _claim_all(db, clock, agents[:5]) == [old_high, old_low, recent_rich, later_window, None]


def _callback(
    db: Database, case_id: int, due: datetime, reserved_for: int | None, minutes: int = 15
) -> None:
    with db.begin() as session:
        case = session.get(Case, case_id)
        assert case is not None
        case.next_slot = case.next_window_start = case.next_window_end = None
        session.add(
            Callback(
                case_id=case_id,
                due_at=due,
                reserved_for_id=reserved_for,
                reserved_until=due + timedelta(minutes=minutes) if reserved_for else None,
                status="open",
                created_at=due - timedelta(days=1),
            )
        )


def _park(db: Database, case_id: int, holder: Actor) -> None:
    with db.begin() as session:
        case = session.get(Case, case_id)
        assert case is not None
        case.lease_user_id = holder.user_id
        case.lease_expires_at = NOW + timedelta(hours=2)


def test_callbacks_reserved_for_me_then_other_due_callbacks_then_planned(
    db: Database, clock: FixedClock
) -> None:
    anna, bob, carol = (add_user(db, n) for n in ("anna", "bob", "carol"))
    planned = add_cases(db, 1, CaseSpec(received_on=date(2026, 1, 1), arrears_cents=10**8))[0]
    mine, bobs, fallen, nobodys, future = add_cases(db, 5)
    _callback(db, mine, NOW - timedelta(minutes=10), anna.user_id)  # reserved for anna
    _callback(db, bobs, NOW - timedelta(minutes=20), bob.user_id, minutes=60)  # still bob's
    _callback(db, fallen, NOW - timedelta(minutes=30), bob.user_id)  # bob's reservation passed
    _callback(db, nobodys, NOW - timedelta(minutes=5), None)
    _callback(db, future, NOW + timedelta(minutes=30), None)  # not due yet

    anna_ctx = context(db, clock, anna)
    order = []
    for _ in range(4):
        claimed = queue.next_call(anna_ctx)
        assert claimed is not None
        order.append((claimed.case_id, claimed.kind))
        _park(db, claimed.case_id, carol)  # someone else holds it now: anna gets the next one
    assert order == [
        (mine, queue.ClaimKind.CALLBACK),
        (fallen, queue.ClaimKind.CALLBACK),
        (nobodys, queue.ClaimKind.CALLBACK),
        (planned, queue.ClaimKind.PLANNED),
    ]
    assert queue.next_call(anna_ctx) is None  # bob's reserved callback is not for anna
    bob_claim = queue.next_call(context(db, clock, bob))
    assert bob_claim is not None and bob_claim.case_id == bobs

    clock.advance(timedelta(minutes=31))
    late = queue.next_call(anna_ctx)
    assert late is not None and late.case_id == future


def test_outside_calling_hours_nothing_is_handed_out_and_the_next_window_is_told(
    db: Database, clock: FixedClock
) -> None:
    anna = add_user(db, "anna")
    case_id = add_cases(db, 1)[0]
    _callback(db, case_id, NOW, None)
    ctx = context(db, clock, anna)
    assert queue.next_window_opening(ctx) is None  # a window is open now
    window = queue.current_window(ctx)
    assert window is not None and window.slot == "morning"

    clock.set(datetime(2026, 11, 24, 21, 30, tzinfo=UTC))  # 22:30 Amsterdam
    assert queue.current_window(ctx) is None
    assert queue.next_call(ctx) is None  # the overdue callback waits for the next window
    opening = queue.next_window_opening(ctx)
    assert opening == datetime(2026, 11, 25, 9, 0, tzinfo=AMSTERDAM)

    clock.set(datetime(2026, 11, 25, 8, 0, tzinfo=UTC))  # Wednesday 09:00
    claimed = queue.next_call(ctx)
    assert claimed is not None and claimed.kind is queue.ClaimKind.CALLBACK


def test_a_held_case_comes_back_first_and_reassign_hands_it_to_another_agent(
    db: Database, clock: FixedClock, teamlead: Actor
) -> None:
    anna, bob = add_user(db, "anna"), add_user(db, "bob")
    first, _second = add_cases(db, 2)
    _callback(db, first, NOW - timedelta(minutes=1), anna.user_id)
    anna_ctx, bob_ctx = context(db, clock, anna), context(db, clock, bob)
    claimed = queue.next_call(anna_ctx)
    assert claimed is not None and claimed.case_id == first
    again = queue.next_call(anna_ctx)  # a restarted client gets its case back
    assert again is not None and (again.case_id, again.kind) == (first, queue.ClaimKind.HELD)

    with pytest.raises(PermissionDenied):
        queue.reassign(anna_ctx, first, bob.user_id or 0)
    lead = context(db, clock, teamlead)
    with pytest.raises(InvalidInput):
        queue.reassign(lead, first, teamlead.user_id or 0)  # only to an agent
    queue.reassign(lead, first, bob.user_id or 0)
    given = queue.next_call(bob_ctx)
    assert given is not None and (given.case_id, given.kind) == (first, queue.ClaimKind.HELD)
    with pytest.raises(Conflict):
        queue.save_outcome(anna_ctx, first, queue.OutcomeEntry.new(Outcome.NO_ANSWER, NOW))
    with db.read() as session:
        callback = session.query(Callback).filter_by(case_id=first).one()
        assert callback.reserved_for_id == bob.user_id  # the appointment moved with the case
    assert "reassign" in audit_kinds(db, first)


def test_only_agents_claim(db: Database, clock: FixedClock, teamlead: Actor) -> None:
    add_cases(db, 1)
    with pytest.raises(PermissionDenied):
        queue.next_call(context(db, clock, teamlead))
    coach = add_user(db, "coco", Role.COACH)
    with pytest.raises(PermissionDenied):
        queue.next_call(context(db, clock, coach))


def test_a_case_given_back_does_not_come_straight_back_to_the_same_agent(
    db: Database, clock: FixedClock
) -> None:
    """Ctrl+W then Next call brings another resident; a colleague may take the given-back
    case at once, and it is the agent's own again after `lease_minutes` (DOMAIN.md 5)."""
    anna, bob = add_user(db, "anna"), add_user(db, "bob")
    first, second = add_cases(db, 2)
    anna_ctx, bob_ctx = context(db, clock, anna), context(db, clock, bob)
    claimed = queue.next_call(anna_ctx)
    assert claimed is not None and claimed.case_id == first
    queue.release(anna_ctx, first)
    nxt = queue.next_call(anna_ctx)
    assert nxt is not None and nxt.case_id == second
    queue.release(anna_ctx, second)
    assert queue.next_call(anna_ctx) is None  # both given back just now: nothing for anna
    taken = queue.next_call(bob_ctx)
    assert taken is not None and taken.case_id == first  # bob may take it at once
    queue.release(bob_ctx, first)
    back = queue.next_call(anna_ctx)  # bob gave it back last: anna may have it again
    assert back is not None and back.case_id == first
    queue.release(anna_ctx, first)
    clock.advance(timedelta(minutes=14))
    assert queue.next_call(anna_ctx) is None
    clock.advance(timedelta(minutes=1))
    again = queue.next_call(anna_ctx)  # after the lease time both are hers again
    assert again is not None and again.case_id == first
