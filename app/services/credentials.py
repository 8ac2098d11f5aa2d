"""Database credentials: a PostgreSQL password is never written in a plain settings file.

A workstation stores the database URL *without* password (QSettings, VROEGBEL_DB, a script's
--db). When the connection opens, `with_password` fills the password in from:

1. the system keyring (Windows Credential Manager, macOS Keychain, Secret Service) under
   service `vroegbel` and the account `user@host:port/dbname` (or, shared by several
   databases on one server, `user@host`); or, when the keyring has none,
2. nothing: psycopg/libpq then reads the libpq password file itself (`PGPASSFILE`, or
   `~/.pgpass`, `%APPDATA%\\postgresql\\pgpass.conf` on Windows; a `passfile=` URL parameter
   names another file).

TLS is set in the URL's query, passed to libpq unchanged, e.g.
`postgresql+psycopg://vroegbel_app@db.gemeente.local/vroegbel?sslmode=verify-full&sslrootcert=C:/certs/root.crt`.

Storing a password: `store_password(url, password)` (the UI's connection dialog), or on the
command line `python -m keyring set vroegbel vroegbel_app@db.gemeente.local:5432/vroegbel`.
"""

from __future__ import annotations

import contextlib
import logging

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

log = logging.getLogger(__name__)

KEYRING_SERVICE = "vroegbel"
DEFAULT_PG_PORT = 5432


def _is_postgres(url: URL) -> bool:
    return url.get_backend_name() == "postgresql"


def keyring_accounts(url: str | URL) -> list[str]:
    """The keyring account names tried for `url`, most specific first."""
    parsed = make_url(url) if isinstance(url, str) else url
    user = parsed.username or ""
    host = parsed.host or "localhost"
    port = parsed.port or DEFAULT_PG_PORT
    database = parsed.database or ""
    return [f"{user}@{host}:{port}/{database}", f"{user}@{host}"]


def _keyring_get(account: str) -> str | None:
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(KEYRING_SERVICE, account)
        except KeyringError:
            log.debug("keyring lookup failed", exc_info=True)
            return None
    except Exception:  # no usable backend on this machine (e.g. a headless server)
        log.debug("no keyring backend", exc_info=True)
        return None


def with_password(url: str) -> str:
    """The URL to connect with: a PostgreSQL URL without password gets it from the keyring.

    Anything else (SQLite, a URL that already carries a password, no keyring entry) comes
    back unchanged; libpq then uses its password file. The result holds the password: pass
    it to the engine, never store or log it (store `without_password(url)` instead).
    """
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):  # opening it says what is wrong with it
        return url
    if (
        not _is_postgres(parsed)
        or parsed.password
        or _query_password_keys(parsed)
        or not parsed.username
    ):
        return url
    for account in keyring_accounts(parsed):
        password = _keyring_get(account)
        if password:
            return parsed.set(password=password).render_as_string(hide_password=False)
    return url


def _query_password_keys(parsed: URL) -> list[str]:
    """libpq also takes the password as a query parameter (`?password=...`)."""
    return [key for key in parsed.query if key.lower() == "password"]


def without_password(url: str) -> str:
    """The URL as it may be stored in a settings file or shown: the password removed, both
    the one after the user name and a `password=` in the query."""
    parsed = make_url(url)
    hidden = _query_password_keys(parsed)
    if parsed.password is None and not hidden:
        return url
    if hidden:
        parsed = parsed.difference_update_query(hidden)
    # URL.set(password=None) means "leave it": build the URL again without one.
    bare = URL.create(
        drivername=parsed.drivername,
        username=parsed.username,
        password=None,
        host=parsed.host,
        port=parsed.port,
        database=parsed.database,
        query=parsed.query,
    )
    return bare.render_as_string(hide_password=False)


def shown(url: str) -> str:
    """The URL to put in a message: never a password; an unreadable URL is not repeated
    (a password may hide anywhere in it)."""
    from app.db import shown_url

    return shown_url(url)


def store_password(url: str, password: str) -> None:
    """Keep the password for `url` in the system keyring (raises keyring's error if none)."""
    import keyring

    keyring.set_password(KEYRING_SERVICE, keyring_accounts(url)[0], password)


def forget_password(url: str) -> None:
    import keyring
    from keyring.errors import PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError):
        keyring.delete_password(KEYRING_SERVICE, keyring_accounts(url)[0])
