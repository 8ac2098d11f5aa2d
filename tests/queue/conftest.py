"""Fixtures of the queue tests: a clean planner cache per test, agents and a team lead."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.db import Database
from app.models.enums import Role
from app.services import queue
from app.services.context import Actor


@pytest.fixture(autouse=True)
def _fresh_planning_cache() -> Iterator[None]:
    # The queue caches the planner context per Database object for half a minute; a new test
    # must not see the previous test's settings (id() of a disposed Database can be reused).
    queue.forget_cached_planning()
    yield
    queue.forget_cached_planning()


@pytest.fixture
def teamlead(db: Database) -> Actor:
    from tests.queue.world import add_user

    return add_user(db, "tessa", Role.TEAMLEAD)
