"""Upgrading a database of the previous version in place (issue 13, part 4).

Its accounts get their login roles in the right group, without a password (an Argon2 hash
cannot become a SCRAM secret) and with a forced password change; a reset then lets them in.
Applying the model twice changes nothing.
"""

from __future__ import annotations

import uuid

import psycopg
import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.engine import make_url

from app import db_security
from app.db import _alembic_config, make_engine, upgrade
from app.models.enums import Role
from app.services import accounts
from app.services.context import AppContext
from tests.conftest import PG_BASE_URL, actor_for, drop_postgres_database

pytestmark = pytest.mark.postgres


def _empty_database() -> str:
    if not PG_BASE_URL:
        pytest.skip("no PostgreSQL test server (VROEGBEL_TEST_PG)")
    name = f"t_up_{uuid.uuid4().hex[:12]}"
    admin = make_engine(PG_BASE_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    admin.dispose()
    return make_url(PG_BASE_URL).set(database=name).render_as_string(hide_password=False)


def test_accounts_of_the_previous_version_get_login_roles_with_a_forced_change(clock) -> None:  # type: ignore[no-untyped-def]
    url = _empty_database()
    suffix = uuid.uuid4().hex[:8]
    names = {f"oud-beller-{suffix}": "agent", f"oud-beheer-{suffix}": "admin"}
    engine = make_engine(url)
    try:
        command.upgrade(_alembic_config(engine), "0006")
        with engine.begin() as conn:
            for name, role in names.items():
                conn.execute(
                    text(
                        "INSERT INTO users (username, display_name, role, password_hash, "
                        "must_change_password, failed_logins, created_at) "
                        "VALUES (:n, :n, :r, '$argon2id$v=19$m=65536,t=3,p=4$x$y', false, 0, "
                        "now())"
                    ),
                    {"n": name, "r": role},
                )
        assert upgrade(engine) == "0014"
        with engine.connect() as conn:
            for name, role in names.items():
                row = conn.execute(
                    text(
                        "SELECT rolcanlogin, rolpassword IS NULL, "
                        "shobj_description(oid, 'pg_authid') FROM pg_authid WHERE rolname = :n"
                    ),
                    {"n": name},
                ).one()
                assert tuple(row) == (True, True, db_security.LOGIN_COMMENT)
                assert (
                    conn.execute(text("SELECT vroegbel_login_group(:n)"), {"n": name}).scalar_one()
                    == f"vroegbel_{role}"
                )
            assert conn.execute(
                text("SELECT bool_and(must_change_password) FROM users")
            ).scalar_one()
            before = conn.execute(
                text("SELECT count(*) FROM pg_policies WHERE schemaname = 'public'")
            ).scalar_one()
        # Again (as every `db upgrade` does): the same model, nothing doubled.
        with engine.begin() as conn:
            db_security.apply(conn)
        with engine.connect() as conn:
            after = conn.execute(
                text("SELECT count(*) FROM pg_policies WHERE schemaname = 'public'")
            ).scalar_one()
        assert after == before > 0
        beller = f"oud-beller-{suffix}"
        with pytest.raises(psycopg.OperationalError):
            psycopg.connect(
                host=make_url(url).host, port=make_url(url).port, dbname=make_url(url).database,
                user=beller, password="wat-dan-ook-12345",
            )  # fmt: skip
        from app.db import Database

        database = Database(engine)
        ctx = AppContext(db=database, clock=clock, actor=actor_for(Role.ADMIN))
        temporary = accounts.reset_password(ctx, beller)
        base = accounts.without_login(url)
        personal, actor = accounts.authenticate_personal(base, clock, beller, temporary)
        personal.dispose()
        assert actor.must_change_password and actor.role is Role.AGENT
    finally:
        engine.dispose()
        drop_postgres_database(url)
        owner = psycopg.connect(
            make_url(url).set(drivername="postgresql", database="postgres")
            .render_as_string(hide_password=False),
            autocommit=True,
        )  # fmt: skip
        with owner:
            for name in names:
                owner.execute(f'DROP ROLE IF EXISTS "{name}"')


def test_a_non_superuser_owner_sets_the_database_up_as_the_admin_guide_says(clock) -> None:  # type: ignore[no-untyped-def]
    """ADMIN-GUIDE §2.1: an owner with CREATEROLE (no superuser) creates the schema, the model
    and the personal logins; a person then logs in with their own password."""
    if not PG_BASE_URL:
        pytest.skip("no PostgreSQL test server (VROEGBEL_TEST_PG)")
    suffix = uuid.uuid4().hex[:8]
    owner, database, person = f"vb_owner_{suffix}", f"t_own_{suffix}", f"fatima-{suffix}"
    password = "Eigenaar-Wachtwoord-" + suffix
    superuser = make_engine(PG_BASE_URL, isolation_level="AUTOCOMMIT")
    with superuser.connect() as conn:
        conn.execute(text(f"CREATE ROLE {owner} LOGIN CREATEROLE PASSWORD '{password}'"))
        conn.execute(text(f"CREATE DATABASE {database} OWNER {owner}"))
    in_db = make_engine(
        make_url(PG_BASE_URL).set(database=database).render_as_string(hide_password=False),
        isolation_level="AUTOCOMMIT",
    )
    with in_db.connect() as conn:
        conn.execute(text(f"ALTER SCHEMA public OWNER TO {owner}"))
        conn.execute(text("REVOKE ALL ON SCHEMA public FROM PUBLIC"))
    in_db.dispose()
    owner_url = (
        make_url(PG_BASE_URL)
        .set(username=owner, password=password, database=database)
        .render_as_string(hide_password=False)
    )
    from app.db import Database

    db = Database(make_engine(owner_url))
    try:
        assert upgrade(db.engine) == "0014"
        with db.engine.connect() as conn:
            info = db_security.login_info(conn)
        assert (info.owner, info.superuser, info.group, info.rls_missing) == (
            True, False, None, ()
        )  # fmt: skip
        ctx = AppContext(db=db, clock=clock, actor=actor_for(Role.ADMIN))
        accounts.create_user(ctx, person, Role.COACH, None, "Tijdelijk-Wachtwoord-77")
        personal, actor = accounts.authenticate_personal(
            accounts.without_login(owner_url), clock, person, "Tijdelijk-Wachtwoord-77"
        )
        try:
            assert actor.role is Role.COACH and actor.must_change_password
            assert personal.login_group == "vroegbel_coach"
        finally:
            personal.dispose()
        accounts.remove_user(ctx, person)
    finally:
        db.dispose()
        with superuser.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)"))
            conn.execute(text(f'DROP ROLE IF EXISTS "{person}"'))
            conn.execute(text(f"DROP ROLE IF EXISTS {owner}"))
        superuser.dispose()
