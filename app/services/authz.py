"""Roles enforced in the services: every operation states who may call it and checks it itself."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

from app.models.enums import Role
from app.services import audit
from app.services.context import AppContext
from app.services.errors import PermissionDenied

P = ParamSpec("P")
R = TypeVar("R")

ROLE_LABELS = {
    Role.AGENT: "beller",
    Role.COACH: "budgetcoach",
    Role.TEAMLEAD: "teamleider",
    Role.ADMIN: "functioneel beheerder",
}

#: operation name -> roles allowed; filled by @allowed, read by the role-matrix test.
REGISTRY: dict[str, frozenset[Role]] = {}

#: What a person who still has a temporary password may do: choose their own.
PASSWORD_CHANGE_OPERATIONS = frozenset({"accounts.change_password"})


def check(ctx: AppContext, operation: str, roles: frozenset[Role], *, system: bool) -> None:
    actor = ctx.actor
    if actor.is_system and system:
        return
    if actor.must_change_password and operation not in PASSWORD_CHANGE_OPERATIONS:
        audit.record_now(ctx, "access_refused", detail=f"{operation}: must change password")
        raise PermissionDenied("Kies eerst een eigen wachtwoord; daarna kunt u verder werken.")
    if actor.role is not None and actor.role in roles:
        return
    audit.record_now(ctx, "access_refused", detail=operation)
    who = ROLE_LABELS.get(actor.role, "deze gebruiker") if actor.role else "deze gebruiker"
    raise PermissionDenied(f"Als {who} mag u dit niet doen ({operation}).")


def allowed(
    *roles: Role, system: bool = False
) -> Callable[[Callable[Concatenate[AppContext, P], R]], Callable[Concatenate[AppContext, P], R]]:
    """Mark a service operation with the roles that may call it; refusals are audited."""
    role_set = frozenset(roles)

    def decorate(
        func: Callable[Concatenate[AppContext, P], R],
    ) -> Callable[Concatenate[AppContext, P], R]:
        operation = f"{func.__module__.rsplit('.', 1)[-1]}.{func.__name__}"
        REGISTRY[operation] = role_set

        @functools.wraps(func)
        def wrapper(ctx: AppContext, /, *args: P.args, **kwargs: P.kwargs) -> R:
            check(ctx, operation, role_set, system=system)
            return func(ctx, *args, **kwargs)

        wrapper.allowed_roles = role_set  # type: ignore[attr-defined]
        wrapper.allows_system = system  # type: ignore[attr-defined]
        wrapper.operation = operation  # type: ignore[attr-defined]
        return wrapper

    return decorate
