"""DOMAIN.md section 2: the BSN is never returned to an agent (the coach does see it)."""

from __future__ import annotations

from dataclasses import asdict, is_dataclass
from datetime import timedelta
from typing import Any

import pytest
from casework_factory import actor_of, make_case, make_user

from app.clock import FixedClock
from app.models.enums import Role
from app.services import handoff, queue
from app.services.context import AppContext
from app.services.errors import PermissionDenied

BSN = "271828184"


def _text(value: Any) -> str:
    return (
        repr(asdict(value)) if is_dataclass(value) and not isinstance(value, type) else repr(value)
    )


def test_an_agent_gets_no_bsn_from_the_next_call_or_the_case_card(
    ctx: AppContext, clock: FixedClock
) -> None:
    now = clock.now()
    with ctx.db.begin() as session:
        agent = actor_of(make_user(session, "anton", Role.AGENT))
        case = make_case(
            session,
            opened_at=now - timedelta(days=1),
            bsn=BSN,
            window=(now - timedelta(hours=1), now + timedelta(hours=2)),
        )
        case_id = case.id
    as_agent = ctx.as_actor(agent)
    claimed = queue.next_call(as_agent)
    assert claimed is not None and claimed.case_id == case_id
    card = queue.case_card(as_agent, case_id)
    assert card.name  # the agent does see the name and the numbers...
    for value in (claimed, card):
        assert BSN not in _text(value)  # ...never the BSN
    for operation in (handoff.list_handoffs, handoff.overdue_counts):
        with pytest.raises(PermissionDenied):
            operation(as_agent)
    with pytest.raises(PermissionDenied):
        handoff.details(as_agent, 1)
