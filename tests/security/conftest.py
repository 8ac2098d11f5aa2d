"""Fixtures for the security tests: cheap Argon2 parameters and users of every role."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from argon2 import PasswordHasher

from app.models.enums import Role
from app.services import accounts
from app.services.context import Actor, AppContext


@pytest.fixture(autouse=True)
def cheap_hasher(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Argon2id with tiny costs: the tests check behaviour, not the work factor."""
    monkeypatch.setattr(
        accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)
    )
    yield


def make_user(ctx: AppContext, name: str, role: Role, password: str) -> Actor:
    """Create an account and choose its own password, as a person would at first login."""
    temporary = "tijdelijk-" + name + "-0000"
    accounts.create_user(ctx, name, role, name.title(), temporary)
    first = accounts.authenticate(ctx.db, ctx.clock, name, temporary)
    return accounts.change_password(ctx.as_actor(first), temporary, password)


# The database-gate suites' world (issue 13): a PostgreSQL database with a login per role.
from tests.security.pg_gate_world import world  # noqa: E402, F401
