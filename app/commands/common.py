"""What every command shares: opening the database and the command-line context."""

from __future__ import annotations

import argparse

from app import db_security
from app.clock import SystemClock
from app.db import (
    Database,
    DatabaseError,
    demo_sqlite_path,
    open_database,
    resolve_url,
    sqlite_url,
)
from app.services.context import Actor, AppContext
from app.services.credentials import with_password


def database_url(args: argparse.Namespace) -> str:
    if getattr(args, "demo", False) and not args.db:
        return sqlite_url(demo_sqlite_path())
    return resolve_url(args.db)


def open_db(args: argparse.Namespace) -> Database:
    """Open (and upgrade when needed) the database named on the command line; a PostgreSQL
    password comes from the keyring or the libpq password file (app/services/credentials.py)."""
    return open_database(with_password(database_url(args)))


def cli_context(db: Database) -> AppContext:
    return AppContext(db=db, clock=SystemClock(), actor=command_line_actor(db))


def command_line_actor(db: Database) -> Actor:
    """Who acts at the command line. On SQLite (and for the owner of a PostgreSQL database)
    the command line is the administrator, as FORMATS.md says. A personal PostgreSQL login
    acts as that person, with their own role: an agent's keyring login can do at the command
    line exactly what it can do on its screen (issue 13)."""
    if db.is_sqlite:
        return Actor.command_line()
    with db.engine.connect() as conn:
        info = db_security.login_info(conn)
    if info.superuser or info.owner:
        return Actor.command_line()
    role = db_security.role_of_group(info.group)
    if role is None or info.user_id is None:
        raise DatabaseError(
            f"De databaselogin '{info.login}' hoort bij geen actief Vroegbel-account; "
            "vraag functioneel beheer om een account."
        )
    return Actor(
        username=info.login,
        role=role,
        user_id=info.user_id,
        must_change_password=info.must_change_password,
    )
