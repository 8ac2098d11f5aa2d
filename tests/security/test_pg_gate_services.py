"""Our services through personal PostgreSQL logins (issue 13, part 6): what each role's
screen does still works when the database, not only the service, checks the role.

The services run with the system clock here: the database's policies use the server's
`now()`, and a lease is live or not by the server's clock.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import select, text

from app.db import DatabaseError
from app.models import Attempt, Case
from app.models.enums import Outcome, Role
from app.services import accounts, handoff, monitor, planning, queue, reporting
from app.services.context import Actor, AppContext
from app.services.errors import Conflict, NotFound, PermissionDenied
from tests.security.pg_gate_world import PASSWORD, World, personal_context

pytestmark = pytest.mark.postgres


@pytest.fixture
def agent(world: World) -> Iterator[AppContext]:
    ctx = personal_context(world, "agent", Role.AGENT)
    yield ctx
    queue.close_claim_connection(ctx.db)
    ctx.db.dispose()


def test_the_agent_works_a_case_through_its_own_login(world: World, agent: AppContext) -> None:
    assert agent.db.login_group == "vroegbel_agent"
    claimed = queue.next_call(agent)
    assert claimed is not None and claimed.case_id == world.held
    assert queue.renew_lease(agent, world.held) > agent.clock.now()
    card = queue.case_card(agent, world.held)
    assert card.name is not None and "Held" in card.name
    with pytest.raises((NotFound, PermissionDenied)):
        queue.case_card(agent, world.other)
    entry = queue.OutcomeEntry.new(Outcome.NO_ANSWER, agent.clock.now())
    saved = queue.save_outcome(agent, world.held, entry)
    assert saved.case_id == world.held and not saved.replayed
    # The outbox's retry after a lost answer finds the attempt, though the lease is gone.
    again = queue.save_outcome(agent, world.held, entry)
    assert again.replayed and again.attempt_id == saved.attempt_id
    with world.db.read() as session:
        stamped = session.execute(
            text(
                "SELECT username, db_user FROM audit_events WHERE kind = 'outcome' AND case_id = :c"
            ),
            {"c": world.held},
        ).all()
    assert stamped == [(world.names["agent"], world.names["agent"])]
    with pytest.raises(Conflict):
        queue.renew_lease(agent, world.held)
    queue.release(agent, world.other)  # not held: harmless, as on SQLite
    # The shared background job, run by this workstation under the same login.
    assert queue.expire_leases(agent.as_actor(Actor.system())) == 0


def test_the_coach_works_a_handoff_through_its_own_login(world: World) -> None:
    coach = personal_context(world, "coach", Role.COACH)
    try:
        rows = handoff.list_handoffs(coach)
        assert [r.case_id for r in rows] == [world.handed_off]
        handoff_id = rows[0].handoff_id
        handoff.take(coach, handoff_id)
        details = handoff.details(coach, handoff_id)
        # The BSN reached the coach through the owner's function, which audited the view.
        assert [p.bsn for p in details.persons] == ["111222333"]
        handoff.record_contact(coach, handoff_id, reached=True, note="Afspraak gemaakt.")
    finally:
        coach.db.dispose()
    with world.db.read() as session:
        events = session.execute(
            text(
                "SELECT username, detail FROM audit_events "
                "WHERE kind = 'view_personal_data' AND case_id = :c"
            ),
            {"c": world.handed_off},
        ).all()
    assert events == [(world.names["coach"], "handoff_details")]


def test_the_team_lead_and_the_admin_work_through_their_own_logins(world: World) -> None:
    lead = personal_context(world, "teamlead", Role.TEAMLEAD)
    admin = personal_context(world, "admin", Role.ADMIN)
    try:
        assert monitor.live_figures(lead) is not None
        assert reporting.compute_report(lead, None, None).total.cases == 3
        assert len(handoff.list_handoffs(lead)) == 1
        assert queue.release_lease(lead, world.other) is False
        # Opening a case: names, address, phones and notes come through the owner's function,
        # which audits the view; the BSN never.
        card = queue.case_card(lead, world.other)
        assert card.name == "Piet Anders" and [p.number_e164 for p in card.phones] == [
            "+31687654321"
        ]
        assert card.street == "Grote Markt"
        # The same card as the owner's: why the next slot is where it is, for an open case.
        with world.db.read() as session:
            case = session.get(Case, world.other)
            assert case is not None
            assert card.why_next == planning.explain_next(session, case) != ""
            channels = [
                (a.channel, a.reach_hint)
                for a in session.scalars(
                    select(Attempt)
                    .where(Attempt.case_id == world.other)
                    .order_by(Attempt.at, Attempt.id)
                )
            ]
        assert [(a.channel, a.reach_hint) for a in card.attempts] == channels
        handoff_id = handoff.list_handoffs(lead)[0].handoff_id
        details = handoff.details(lead, handoff_id)
        assert [(p.last_name, p.bsn) for p in details.persons] == [("Coach", None)]
        assert details.help_request_note == "Wil graag een regeling met de verhuurder."
        assert details.agent_notes[0].notes == "Wil graag een regeling met de verhuurder."
        names = {u.username for u in accounts.list_users(admin)}
        assert world.names["agent"] in names
        accounts.lock_user(admin, world.names["agent2"])
        accounts.unlock_user(admin, world.names["agent2"])
    finally:
        lead.db.dispose()
        admin.db.dispose()
    with world.db.read() as session:
        events = session.execute(
            text(
                "SELECT kind, case_id, detail FROM audit_events WHERE username = :u "
                "AND kind IN ('view_case', 'view_personal_data') ORDER BY id"
            ),
            {"u": world.names["teamlead"]},
        ).all()
    assert events == [
        ("view_case", world.other, "role teamlead"),
        ("view_personal_data", world.handed_off, "handoff_details"),
    ]


def _base(world: World) -> str:
    """The workstation's URL: no user name, so each person connects as themselves."""
    return accounts.without_login(world.url)


def test_the_login_screen_connects_as_the_person(world: World) -> None:
    base = _base(world)
    assert accounts.uses_personal_login(base)
    assert not accounts.uses_personal_login(world.url)  # the owner's URL names its login
    db, actor = accounts.authenticate_personal(
        base, world.ctx.clock, world.names["coach"], PASSWORD
    )
    try:
        assert (actor.role, actor.must_change_password) == (Role.COACH, False)
        assert db.login_group == "vroegbel_coach"
        assert accounts.unlock_screen(db, world.ctx.clock, actor.username, PASSWORD) == actor
        with pytest.raises(DatabaseError) as wrong:
            accounts.unlock_screen(db, world.ctx.clock, actor.username, "Verkeerd-Wachtwoord-9")
        assert "wachtwoord onjuist" in str(wrong.value)
        assert "Verkeerd-Wachtwoord-9" not in str(wrong.value)
    finally:
        db.dispose()
    accounts.lock_user(world.ctx, world.names["coach"])
    with pytest.raises(DatabaseError) as locked:
        accounts.authenticate_personal(base, world.ctx.clock, world.names["coach"], PASSWORD)
    assert str(locked.value) == (
        "Dit account is geblokkeerd of opgeheven; neem contact op met functioneel beheer."
    )
    with pytest.raises(DatabaseError) as owner:
        accounts.authenticate_personal(base, world.ctx.clock, "postgres", "wat-dan-ook-123")
    assert "beheerlogin" in str(owner.value)


def test_a_temporary_password_is_changed_at_the_first_login(world: World) -> None:
    base = _base(world)
    temporary = accounts.reset_password(world.ctx, world.names["agent"])
    db, actor = accounts.authenticate_personal(
        base, world.ctx.clock, world.names["agent"], temporary
    )
    try:
        assert actor.must_change_password
        ctx = AppContext(db=db, clock=world.ctx.clock, actor=actor)
        with pytest.raises(PermissionDenied):
            queue.next_call(ctx)
        new_actor = accounts.change_password(ctx, temporary, "Nieuw-Eigen-Wachtwoord-42")
        assert not new_actor.must_change_password
    finally:
        db.dispose()
    with pytest.raises(DatabaseError):
        accounts.authenticate_personal(base, world.ctx.clock, world.names["agent"], temporary)
    db, actor = accounts.authenticate_personal(
        base, world.ctx.clock, world.names["agent"], "Nieuw-Eigen-Wachtwoord-42"
    )
    db.dispose()
    assert not actor.must_change_password


def test_the_planner_learns_from_every_case_through_a_personal_login(
    world: World, agent: AppContext
) -> None:
    today = datetime(2026, 11, 24, tzinfo=UTC).date()
    with world.db.read() as session:
        owners = planning.contact_rates(session, today, 8)
    with agent.db.read() as session:
        agents = planning.contact_rates(session, today, 8)
    # The handed-off case's reached attempt counts for the agent too, though it cannot see it.
    assert owners and agents == owners
