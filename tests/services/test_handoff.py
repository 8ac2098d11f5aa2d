"""The coaches' handoff service: list, take, release, details, contact, help offered, close."""

from __future__ import annotations

from datetime import timedelta

import pytest
from casework_factory import actor_of, hand_off, make_user
from sqlalchemy import select

from app.clock import FixedClock
from app.models import AuditEvent, Case, CoachContact, Handoff
from app.models.enums import CloseReason, HelpType, Role
from app.services import handoff
from app.services.context import AppContext
from app.services.errors import Conflict, InvalidInput, PermissionDenied
from app.services.handoff import DeadlineState


@pytest.fixture
def people(ctx: AppContext) -> dict[str, AppContext]:
    with ctx.db.begin() as session:
        users = {
            "coach": make_user(session, "coach", Role.COACH, "Carla Coach"),
            "coach2": make_user(session, "coach2", Role.COACH, "Bert Budget"),
            "lead": make_user(session, "lead", Role.TEAMLEAD, "Tineke Teamleider"),
            "agent": make_user(session, "agent", Role.AGENT, "Anton Agent"),
            "admin": make_user(session, "admin", Role.ADMIN, "Ada Admin"),
        }
    return {name: ctx.as_actor(actor_of(user)) for name, user in users.items()}


def _kinds(ctx: AppContext) -> list[str]:
    with ctx.db.read() as session:
        return list(session.scalars(select(AuditEvent.kind).order_by(AuditEvent.id)))


def test_list_urgent_first_then_oldest_and_names_only_for_coaches(
    ctx: AppContext, clock: FixedClock, people: dict[str, AppContext]
) -> None:
    now = clock.now()
    old = hand_off(ctx, at=now - timedelta(days=3), last_name="Oud")
    new = hand_off(ctx, at=now - timedelta(hours=2), last_name="Nieuw")
    urgent = hand_off(ctx, at=now - timedelta(hours=1), urgent=True, last_name="Spoed")

    rows = handoff.list_handoffs(people["coach"])
    assert [r.handoff_id for r in rows] == [urgent, old, new]
    assert [r.resident_name for r in rows] == ["Spoed, Piet", "Oud, Piet", "Nieuw, Piet"]
    assert rows[0].help_types == (HelpType.PAYMENT_ARRANGEMENT,)

    lead_rows = handoff.list_handoffs(people["lead"])
    assert [r.handoff_id for r in lead_rows] == [urgent, old, new]
    assert all(r.resident_name is None for r in lead_rows)


def test_a_new_urgent_handoff_nobody_took_stands_above_older_ones_in_hand(
    ctx: AppContext, clock: FixedClock, people: dict[str, AppContext]
) -> None:
    now = clock.now()
    old_urgent = hand_off(ctx, at=now - timedelta(days=2), urgent=True, last_name="Oud")
    older_urgent = hand_off(ctx, at=now - timedelta(days=3), urgent=True, last_name="Ouder")
    handoff.take(people["coach"], old_urgent)
    handoff.take(people["coach2"], older_urgent)
    normal = hand_off(ctx, at=now - timedelta(days=5), last_name="Gewoon")
    new_urgent = hand_off(ctx, at=now - timedelta(minutes=5), urgent=True, last_name="Nieuw")
    rows = handoff.list_handoffs(people["coach"])
    assert [r.handoff_id for r in rows] == [new_urgent, older_urgent, old_urgent, normal]


def test_deadlines_from_planning_and_markers(
    ctx: AppContext, clock: FixedClock, people: dict[str, AppContext]
) -> None:
    now = clock.now()
    normal = hand_off(ctx, at=now)
    urgent = hand_off(ctx, at=now, urgent=True)
    rows = {r.handoff_id: r for r in handoff.list_handoffs(people["coach"])}
    assert rows[urgent].legal_due_on < rows[normal].legal_due_on
    assert rows[normal].target_state is DeadlineState.PENDING
    assert rows[normal].legal_state is DeadlineState.PENDING

    clock.set(now + timedelta(days=40))
    rows = {r.handoff_id: r for r in handoff.list_handoffs(people["coach"])}
    assert rows[normal].target_state is DeadlineState.OVERDUE
    assert rows[normal].legal_state is DeadlineState.OVERDUE
    assert handoff.overdue_counts(people["lead"]) == (2, 2)


def test_take_is_exclusive_and_idempotent(
    ctx: AppContext, clock: FixedClock, people: dict[str, AppContext]
) -> None:
    hid = hand_off(ctx, at=clock.now())
    row = handoff.take(people["coach"], hid)
    assert row.coach_name == "Carla Coach"
    assert row.taken_at == clock.now()
    assert handoff.take(people["coach"], hid).coach_name == "Carla Coach"
    with pytest.raises(Conflict, match="andere budgetcoach"):
        handoff.take(people["coach2"], hid)
    assert _kinds(ctx).count("handoff_take") == 1
    mine = handoff.list_handoffs(people["coach"], mine_only=True)
    assert [r.handoff_id for r in mine] == [hid]
    assert handoff.list_handoffs(people["coach2"], mine_only=True) == []


def test_release_by_own_coach_or_team_lead_only(
    ctx: AppContext, clock: FixedClock, people: dict[str, AppContext]
) -> None:
    hid = hand_off(ctx, at=clock.now())
    handoff.take(people["coach"], hid)
    with pytest.raises(Conflict):
        handoff.release(people["coach2"], hid)
    assert handoff.release(people["coach"], hid).coach_id is None
    with pytest.raises(Conflict, match="door niemand"):
        handoff.release(people["coach"], hid)
    handoff.take(people["coach2"], hid)
    assert handoff.release(people["lead"], hid).coach_id is None
    assert _kinds(ctx).count("handoff_release") == 2


def test_details_full_for_coach_without_bsn_for_team_lead_and_audited(
    ctx: AppContext, clock: FixedClock, people: dict[str, AppContext]
) -> None:
    hid = hand_off(
        ctx,
        at=clock.now(),
        help_types=(HelpType.BOOM, HelpType.MONEY_ADVICE),
        notes="Huisuitzetting dreigt",
        creditors=(("Elan Wonen", "rent", 150_000), ("Eneco", "energy", 30_050)),
        phones=("+31612345678", "+31231234567"),
    )
    d = handoff.details(people["coach"], hid)
    assert d.persons[0].bsn == "111222333"
    assert d.persons[0].last_name == "Jansen"
    assert [(a.creditor, a.arrears_cents) for a in d.arrears] == [
        ("Elan Wonen", 150_000),
        ("Eneco", 30_050),
    ]
    assert d.row.total_arrears_cents == 180_050
    assert d.row.help_types == (HelpType.MONEY_ADVICE, HelpType.BOOM)
    assert d.help_request_note == "Huisuitzetting dreigt"
    assert [n.notes for n in d.agent_notes] == ["Huisuitzetting dreigt"]
    assert [p.number_e164 for p in d.phones] == ["+31612345678", "+31231234567"]
    assert "Grote Markt" in d.address and "Haarlem" in d.address

    lead_view = handoff.details(people["lead"], hid)
    assert lead_view.persons[0].bsn is None
    assert lead_view.persons[0].last_name == "Jansen"

    with ctx.db.read() as session:
        views = session.execute(
            select(AuditEvent.username, AuditEvent.detail, AuditEvent.case_id).where(
                AuditEvent.kind == "view_personal_data"
            )
        ).all()
    assert [v.username for v in views] == ["coach", "lead"]
    assert all(v.case_id == d.row.case_id for v in views)
    assert all("111222333" not in v.detail and "Jansen" not in v.detail for v in views)


def test_contact_sets_first_contact_only_when_reached(
    ctx: AppContext, clock: FixedClock, people: dict[str, AppContext]
) -> None:
    hid = hand_off(ctx, at=clock.now())
    with pytest.raises(Conflict, match="eerst in behandeling"):
        handoff.record_contact(people["coach"], hid, reached=True)
    handoff.take(people["coach"], hid)
    with pytest.raises(Conflict):
        handoff.take(people["coach2"], hid)

    clock.advance(timedelta(hours=3))
    row = handoff.record_contact(people["coach"], hid, reached=False, note="Geen gehoor")
    assert row.first_contact_at is None and row.contacts == 1
    clock.advance(timedelta(days=1))
    row = handoff.record_contact(people["coach"], hid, reached=True, note="Afspraak gemaakt")
    assert row.first_contact_at == clock.now()
    assert row.target_state is DeadlineState.MET
    assert row.legal_state is DeadlineState.MET
    later = clock.now()
    clock.advance(timedelta(days=2))
    handoff.record_contact(people["coach"], hid, reached=True)
    assert handoff.details(people["coach"], hid).row.first_contact_at == later
    with pytest.raises(InvalidInput, match="toekomst"):
        handoff.record_contact(people["coach"], hid, reached=True, at=clock.now() + timedelta(1))
    with pytest.raises(InvalidInput, match="vóór de overdracht"):
        handoff.record_contact(
            people["coach"], hid, reached=True, at=clock.now() - timedelta(days=10)
        )
    with pytest.raises(Conflict, match="andere budgetcoach"):
        handoff.record_contact(people["coach2"], hid, reached=True)
    with ctx.db.read() as session:
        assert session.query(CoachContact).count() == 3


def test_close_help_delivered_closes_the_case(
    ctx: AppContext, clock: FixedClock, people: dict[str, AppContext]
) -> None:
    hid = hand_off(ctx, at=clock.now())
    coach = people["coach"]
    handoff.take(coach, hid)
    with pytest.raises(InvalidInput, match="gesprek"):
        handoff.close(coach, hid, CloseReason.HELP_DELIVERED, help_offered=[HelpType.BOOM])
    clock.advance(timedelta(hours=1))
    handoff.record_contact(coach, hid, reached=True)
    with pytest.raises(InvalidInput, match="geboden hulp"):
        handoff.close(coach, hid, CloseReason.HELP_DELIVERED)
    row = handoff.set_help_offered(coach, hid, ["boom", HelpType.PAYMENT_ARRANGEMENT, "boom"])
    with pytest.raises(InvalidInput):
        handoff.set_help_offered(coach, hid, ["lottery"])
    with pytest.raises(InvalidInput, match="reden"):
        handoff.close(coach, hid, CloseReason.NO_VALID_NUMBER)
    clock.advance(timedelta(hours=1))
    row = handoff.close(coach, hid, CloseReason.HELP_DELIVERED)
    assert row.closed_at == clock.now()
    assert row.close_reason is CloseReason.HELP_DELIVERED
    with ctx.db.read() as session:
        h = session.get(Handoff, hid)
        assert h is not None
        assert h.help_offered == "payment_arrangement|boom"
        case = session.get(Case, h.case_id)
        assert case is not None
        assert (case.status, case.close_reason, case.closed_at) == (
            "closed",
            "help_delivered",
            clock.now(),
        )
    with pytest.raises(Conflict, match="afgesloten"):
        handoff.record_contact(coach, hid, reached=True)
    assert handoff.list_handoffs(coach) == []
    closed = handoff.list_handoffs(coach, include_closed=True)
    assert [r.handoff_id for r in closed] == [hid] and not closed[0].is_open
    kinds = _kinds(ctx)
    for kind in ("handoff_take", "coach_contact", "help_offered", "handoff_close"):
        assert kind in kinds


def test_close_with_another_reason_needs_no_contact(
    ctx: AppContext, clock: FixedClock, people: dict[str, AppContext]
) -> None:
    hid = hand_off(ctx, at=clock.now())
    handoff.take(people["coach"], hid)
    row = handoff.close(people["coach"], hid, "not_reached")
    assert row.close_reason is CloseReason.NOT_REACHED
    with pytest.raises(Conflict):
        handoff.close(people["coach"], hid, "withdrawn")


@pytest.mark.parametrize("who", ["agent", "admin"])
def test_other_roles_are_refused_and_audited(
    ctx: AppContext, clock: FixedClock, people: dict[str, AppContext], who: str
) -> None:
    hid = hand_off(ctx, at=clock.now())
    other = people[who]
    calls = [
        lambda: handoff.list_handoffs(other),
        lambda: handoff.take(other, hid),
        lambda: handoff.release(other, hid),
        lambda: handoff.details(other, hid),
        lambda: handoff.record_contact(other, hid, reached=True),
        lambda: handoff.set_help_offered(other, hid, ["boom"]),
        lambda: handoff.close(other, hid, "help_delivered"),
        lambda: handoff.overdue_counts(other),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call()
    assert _kinds(ctx).count("access_refused") == len(calls)


def test_team_lead_cannot_do_the_coach_work(
    ctx: AppContext, clock: FixedClock, people: dict[str, AppContext]
) -> None:
    hid = hand_off(ctx, at=clock.now())
    lead = people["lead"]
    for call in (
        lambda: handoff.take(lead, hid),
        lambda: handoff.record_contact(lead, hid, reached=True),
        lambda: handoff.set_help_offered(lead, hid, ["boom"]),
        lambda: handoff.close(lead, hid, "withdrawn"),
    ):
        with pytest.raises(PermissionDenied):
            call()
