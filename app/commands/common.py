"""What every command shares: opening the database and the command-line context."""

from __future__ import annotations

import argparse

from app.clock import SystemClock
from app.db import Database, demo_sqlite_path, open_database, resolve_url, sqlite_url
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
    return AppContext(db=db, clock=SystemClock(), actor=Actor.command_line())
