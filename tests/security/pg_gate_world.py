"""The world of the database-gate suites: a fresh PostgreSQL database with one personal
login per role (unique names: login roles are cluster-wide), two open cases in the queue and
one handed-off case. The server's clock decides leases (the policies use `now()`), so the
cases' calling windows are placed around the server's own time."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import text
from sqlalchemy.engine import make_url

from app.clock import SystemClock
from app.db import Database
from app.models.enums import Role
from app.services import accounts
from app.services.context import Actor, AppContext
from tests.casework_factory import hand_off, make_case
from tests.conftest import actor_for, drop_postgres_database, new_postgres_url

PASSWORD = "Correct-Paard-Batterij-7"


@dataclass
class World:
    url: str
    db: Database
    ctx: AppContext
    names: dict[str, str]  # agent, agent2, coach, teamlead, admin -> login name
    held: int  # a case the agent will claim (its window is open now)
    other: int  # another open case in the queue, never claimed by the agent
    handed_off: int  # the case of a handoff

    def connect(self, who: str, password: str = PASSWORD) -> psycopg.Connection:
        return login(self.url, self.names[who], password)


def login(url: str, user: str, password: str) -> psycopg.Connection:
    parsed = make_url(url)
    return psycopg.connect(
        host=parsed.host,
        port=parsed.port,
        dbname=parsed.database,
        user=user,
        password=password,
        autocommit=True,
        connect_timeout=10,
    )


def drop_logins(url: str, names: list[str]) -> None:
    """Login roles are cluster-wide: a test's own unique ones go when its database goes."""
    owner = psycopg.connect(
        make_url(url)
        .set(database="postgres")
        .render_as_string(hide_password=False)
        .replace("postgresql+psycopg", "postgresql"),
        autocommit=True,
    )
    with owner:
        for name in names:
            owner.execute(f'DROP ROLE IF EXISTS "{name}"')


@pytest.fixture
def world(clock) -> Iterator[World]:  # type: ignore[no-untyped-def]
    url = new_postgres_url()
    db = Database.from_url(url)
    ctx = AppContext(db=db, clock=clock, actor=actor_for(Role.ADMIN))
    suffix = uuid.uuid4().hex[:8]
    names = {who: f"{who}-{suffix}" for who in ("agent", "agent2", "coach", "teamlead", "admin")}
    roles = {
        "agent": Role.AGENT,
        "agent2": Role.AGENT,
        "coach": Role.COACH,
        "teamlead": Role.TEAMLEAD,
        "admin": Role.ADMIN,
    }
    try:
        for who, name in names.items():
            accounts.create_user(ctx, name, roles[who], None, PASSWORD)
        with db.begin() as session:
            # The person has chosen their own password (the temporary one is tested below).
            session.execute(text("UPDATE users SET must_change_password = false"))
            server_now = session.execute(text("SELECT now()")).scalar_one().astimezone(UTC)
            window = (server_now - timedelta(hours=1), server_now + timedelta(hours=1))
            held = make_case(
                session, opened_at=server_now, window=window, last_name="Held", bsn="111222333"
            )
            other = make_case(
                session,
                opened_at=server_now,
                window=(window[0] + timedelta(minutes=5), window[1]),
                last_name="Anders",
                bsn="123456782",
                phones=("+31687654321",),
            )
            held_id, other_id = held.id, other.id
        handoff_id = hand_off(ctx, at=datetime(2026, 11, 20, 10, tzinfo=UTC), last_name="Coach")
        with db.read() as session:
            handed = session.execute(
                text("SELECT case_id FROM handoffs WHERE id = :h"), {"h": handoff_id}
            ).scalar_one()
        yield World(url, db, ctx, names, held_id, other_id, handed)
    finally:
        db.dispose()
        drop_postgres_database(url)
        drop_logins(url, list(names.values()))


def refused(conn: psycopg.Connection, sql: str, params: tuple[object, ...] = ()) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        conn.execute(sql, params)


def rows(conn: psycopg.Connection, sql: str, params: tuple[object, ...] = ()) -> list[tuple]:  # type: ignore[type-arg]
    return conn.execute(sql, params).fetchall()


def personal_context(world: World, who: str, role: Role) -> AppContext:
    """Our services, run through the person's own login (not the owner's connection)."""
    url = (
        make_url(world.url)
        .set(username=world.names[who], password=PASSWORD)
        .render_as_string(hide_password=False)
    )
    database = Database.from_url(url)
    with database.read() as session:
        user_id = session.execute(text("SELECT vroegbel_my_user_id()")).scalar_one()
    return AppContext(
        db=database,
        clock=SystemClock(),
        actor=Actor(username=world.names[who], role=role, user_id=user_id),
    )
