"""The one context object handed to every service call (git-cola's ApplicationContext)."""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field, replace

from app.clock import Clock, SystemClock
from app.db import Database
from app.models.enums import Role


@dataclass(frozen=True)
class Actor:
    """Who is acting. `user_id` is None for the command line and the background jobs.

    `must_change_password` is set by `accounts.authenticate` for a new or reset account: until
    the person has chosen their own password, the services refuse everything else.
    """

    username: str
    role: Role | None
    user_id: int | None = None
    is_system: bool = False
    must_change_password: bool = False

    @classmethod
    def command_line(cls) -> Actor:
        """The administrator at the command line (FORMATS.md): acts as admin."""
        try:
            name = getpass.getuser()
        except Exception:  # no login name in some containers and services
            name = "unknown"
        return cls(username=f"cli:{name}", role=Role.ADMIN)

    @classmethod
    def system(cls, job: str = "scheduler") -> Actor:
        return cls(username=f"system:{job}", role=None, is_system=True)


@dataclass(frozen=True)
class AppContext:
    db: Database
    clock: Clock = field(default_factory=SystemClock)
    actor: Actor = field(default_factory=Actor.command_line)

    def as_actor(self, actor: Actor) -> AppContext:
        return replace(self, actor=actor)
