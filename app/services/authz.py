"""Roles enforced in the services: every operation states who may call it and checks it itself."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Concatenate, ParamSpec, TypeVar

from app.models.enums import Role
from app.services import audit
from app.services.context import AppContext
from app.services.errors import PermissionDenied, SessionEnded

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

#: An account locked by the admin stays locked until unlocked (not a time-limited lock).
ADMIN_LOCK_UNTIL = datetime(9999, 12, 31, tzinfo=UTC)

#: What a person who still has a temporary password may do: choose their own.
PASSWORD_CHANGE_OPERATIONS = frozenset({"accounts.change_password"})


def _account_changed(ctx: AppContext) -> str | None:
    """Why the logged-in account no longer carries the rights this session started with, or
    None. An open session follows the account: removed, locked by the admin, another role, or
    a password reset (someone else may know the old one) all end it at the next operation."""
    from sqlalchemy import select

    from app.models import User

    actor = ctx.actor
    with ctx.db.read() as session:
        row = session.execute(
            select(User.role, User.removed_at, User.locked_until, User.must_change_password).where(
                User.id == actor.user_id
            )
        ).first()
    if row is None or row.removed_at is not None:
        return "account removed"
    if row.role != (actor.role.value if actor.role else None):
        return "role changed"
    if row.locked_until is not None and row.locked_until >= ADMIN_LOCK_UNTIL:
        # Only the admin's lock: a lock after failed logins may come from someone guessing,
        # and must not throw the real person out of their work.
        return "account locked"
    if row.must_change_password and not actor.must_change_password:
        return "password reset"
    return None


def check(ctx: AppContext, operation: str, roles: frozenset[Role], *, system: bool) -> None:
    actor = ctx.actor
    if actor.is_system and system:
        return
    if actor.must_change_password and operation not in PASSWORD_CHANGE_OPERATIONS:
        audit.record_now(ctx, "access_refused", detail=f"{operation}: must change password")
        raise PermissionDenied("Kies eerst een eigen wachtwoord; daarna kunt u verder werken.")
    if actor.role is not None and actor.role in roles:
        # Allowed by the role the session started with: does the account still have it?
        if actor.user_id is not None and not actor.is_system:
            reason = _account_changed(ctx)
            if reason is not None:
                audit.record_now(ctx, "access_refused", detail=f"{operation}: {reason}")
                raise SessionEnded(
                    "Uw account is intussen gewijzigd of geblokkeerd; meld u opnieuw aan."
                )
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
