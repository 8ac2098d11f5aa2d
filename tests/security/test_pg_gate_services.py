"""Our services through personal PostgreSQL logins (issue 13, part 6): what each role's
screen does still works when the database, not only the service, checks the role.

The services run with the system clock here: the database's policies use the server's
`now()`, and a lease is live or not by the server's clock.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import text

from app.models.enums import Outcome, Role
from app.services import queue
from app.services.context import Actor, AppContext
from app.services.errors import Conflict, NotFound, PermissionDenied
from tests.security.pg_gate_world import World, personal_context

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
    saved = queue.save_outcome(
        agent, world.held, queue.OutcomeEntry.new(Outcome.NO_ANSWER, agent.clock.now())
    )
    assert saved.case_id == world.held and not saved.replayed
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
