"""Shared fixtures. Every database test runs on SQLite and on PostgreSQL.

PostgreSQL comes from scripts/pg-throwaway.sh through VROEGBEL_TEST_PG (scripts/test.sh sets
it). Without it the PostgreSQL variants are skipped locally, and fail under CI.
"""

from __future__ import annotations

import atexit
import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.clock import FixedClock
from app.db import Database, make_engine, upgrade
from app.models.enums import Role
from app.services.context import Actor, AppContext

PG_BASE_URL = os.environ.get("VROEGBEL_TEST_PG")
# One template per test process: parallel runs (CI, developers) must not drop each other's.
_PG_TEMPLATE = f"vroegbel_template_{os.getpid()}"
_pg_template_ready = False


def _pg_admin_engine():  # type: ignore[no-untyped-def]
    return create_engine(make_url(PG_BASE_URL), isolation_level="AUTOCOMMIT")


def _pg_template() -> None:
    """Migrate one template database once; each test copies it (much faster than migrating)."""
    global _pg_template_ready
    if _pg_template_ready:
        return
    admin = _pg_admin_engine()
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {_PG_TEMPLATE}"))
        conn.execute(text(f"CREATE DATABASE {_PG_TEMPLATE}"))
    engine = make_engine(str(make_url(PG_BASE_URL).set(database=_PG_TEMPLATE)))
    upgrade(engine)
    engine.dispose()
    admin.dispose()
    _pg_template_ready = True
    atexit.register(_drop_pg_template)


def _drop_pg_template() -> None:
    admin = _pg_admin_engine()
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {_PG_TEMPLATE} WITH (FORCE)"))
    admin.dispose()


def new_postgres_url() -> str:
    """A fresh, migrated PostgreSQL database for one test."""
    if not PG_BASE_URL:
        if os.environ.get("CI"):
            pytest.fail("VROEGBEL_TEST_PG is not set: run the suite through scripts/test.sh")
        pytest.skip("no PostgreSQL test server (VROEGBEL_TEST_PG)")
    _pg_template()
    name = f"t_{uuid.uuid4().hex[:16]}"
    admin = _pg_admin_engine()
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name} TEMPLATE {_PG_TEMPLATE}"))
    admin.dispose()
    return make_url(PG_BASE_URL).set(database=name).render_as_string(hide_password=False)


def drop_postgres_database(url: str) -> None:
    name = make_url(url).database
    admin = _pg_admin_engine()
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """A fresh, migrated database URL on each backend."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'vroegbel.sqlite3'}"
        engine = make_engine(url)
        upgrade(engine)
        engine.dispose()
        yield url
    else:
        url = new_postgres_url()
        yield url
        drop_postgres_database(url)


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database.from_url(db_url)
    yield database
    database.dispose()


@pytest.fixture
def clock() -> FixedClock:
    # A Tuesday morning inside the morning window (10:00 Amsterdam, CET).
    return FixedClock(datetime(2026, 11, 24, 9, 0, tzinfo=UTC))


@pytest.fixture
def ctx(db: Database, clock: FixedClock) -> AppContext:
    """The command-line admin's context on a fresh database."""
    return AppContext(db=db, clock=clock, actor=Actor.command_line())


def actor_for(role: Role, user_id: int | None = None, username: str | None = None) -> Actor:
    return Actor(username=username or f"test-{role.value}", role=role, user_id=user_id)
