"""Engine, sessions and schema version.

One session per unit of work (`with db.begin() as session:`); services open it, so a
multi-step action is one transaction.
"""

from __future__ import annotations

import os
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
SQLITE_BUSY_TIMEOUT_MS = 15_000


class DatabaseError(Exception):
    """A database problem described in one sentence for the user."""


def default_sqlite_path() -> Path:
    return Path(platformdirs.user_data_dir("vroegbel", "vroegbel")) / "vroegbel.sqlite3"


def demo_sqlite_path() -> Path:
    return Path(platformdirs.user_data_dir("vroegbel", "vroegbel")) / "demo.sqlite3"


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def resolve_url(cli_url: str | None = None) -> str:
    """--db, then VROEGBEL_DB, then the SQLite file in the user's data folder."""
    url = cli_url or os.environ.get("VROEGBEL_DB")
    if url:
        return url
    return sqlite_url(default_sqlite_path())


def make_private(path: Path) -> None:
    """Create an SQLite file readable by its owner only (0600), before SQLite creates it with
    0644 minus the umask, and tighten an existing one with its -wal/-shm companions (which
    SQLite creates with the main file's mode): the file holds personal data. On Windows the
    user profile's ACLs protect the data folder instead."""
    if os.name != "posix":
        return
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)
    for suffix in ("-wal", "-shm", "-journal"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.chmod(companion, 0o600)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # Deleted personal data is overwritten with zeros instead of lingering in free pages.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def _sqlite_begin_immediate_support(engine: Engine) -> None:
    """Let pysqlite leave transaction control to SQLAlchemy so BEGIN IMMEDIATE works."""

    @event.listens_for(engine, "connect")
    def _no_autobegin(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


def shown_url(url: str) -> str:
    """The URL as it may appear in a message: password hidden; not at all when unparseable
    (it might be a password typed in the wrong place)."""
    try:
        parsed = make_url(url)
        # libpq also takes the password as a query parameter (`?password=...`).
        hidden = [key for key in parsed.query if key.lower() == "password"]
        if hidden:
            parsed = parsed.difference_update_query(hidden)
        return parsed.render_as_string(hide_password=True)
    except Exception:
        return "(de opgegeven URL)"


def make_engine(url: str, **kwargs: Any) -> Engine:
    # Messages name the URL without its password: it may have come from the keyring.
    try:
        parsed = make_url(url)
        parsed.port  # noqa: B018 - a port that is no number fails here, not at connect time
    except (ArgumentError, ValueError) as exc:
        raise DatabaseError(
            f"{shown_url(url)} is geen geldige database-URL; gebruik bijvoorbeeld "
            "postgresql+psycopg://gebruiker@server/database of sqlite:///pad/naar/bestand."
        ) from exc
    backend = parsed.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise DatabaseError(
            f"Onbekend databasetype in {shown_url(url)}: Vroegbel werkt met PostgreSQL of SQLite."
        )
    if backend == "sqlite":
        database = parsed.database
        if database and database != ":memory:" and not database.startswith("file:"):
            folder = Path(database).expanduser().parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseError(
                    f"De map {folder} voor het databasebestand kan niet gemaakt worden."
                ) from exc
            make_private(Path(database).expanduser())
        connect_args = {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
        try:
            engine = create_engine(url, connect_args=connect_args, **kwargs)
        except (NoSuchModuleError, ArgumentError, ImportError) as exc:
            raise DatabaseError(f"Onbekend databasetype in {shown_url(url)}.") from exc
        event.listen(engine, "connect", _sqlite_pragmas)
        _sqlite_begin_immediate_support(engine)
        return engine
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    try:
        engine = create_engine(parsed, pool_pre_ping=True, **kwargs)
    except (NoSuchModuleError, ArgumentError, ImportError, TypeError, ValueError) as exc:
        raise DatabaseError(
            f"Onbekend databasestuurprogramma of ongeldige instelling in {shown_url(url)}; "
            "gebruik postgresql+psycopg://."
        ) from exc
    if engine.dialect.name == "postgresql":
        event.listen(engine, "first_connect", _login_group_listener(engine))
    return engine


#: The Vroegbel group of each PostgreSQL engine's login (issue 13), None for the owner or a
#: database from before migration 0014. Read once, at the engine's first connection, so that
#: no unit of work pays a query for it.
LOGIN_GROUPS: weakref.WeakKeyDictionary[Engine, str | None] = weakref.WeakKeyDictionary()


def _login_group_listener(engine: Engine) -> Any:
    def remember(dbapi_connection: Any, _record: Any) -> None:
        group = None
        try:
            cursor = dbapi_connection.cursor()
            cursor.execute("SELECT vroegbel_login_group(session_user::text)")
            row = cursor.fetchone()
            group = row[0] if row else None
            cursor.close()
        except Exception:
            group = None  # no such function yet: a database from before 0014
        finally:
            dbapi_connection.rollback()
        LOGIN_GROUPS[engine] = group

    return remember


def login_group_of(engine: Engine) -> str | None:
    """The group of the engine's login (connects once if it never did)."""
    if engine.dialect.name != "postgresql":
        return None
    if engine not in LOGIN_GROUPS:
        with engine.connect():
            pass
    return LOGIN_GROUPS.get(engine)


class Database:
    """The engine plus the session factory; the single way services reach the database."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def from_url(cls, url: str, **kwargs: Any) -> Database:
        return cls(make_engine(url, **kwargs))

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @property
    def login_group(self) -> str | None:
        """The Vroegbel group of a personal PostgreSQL login (issue 13), None on SQLite and for
        the owner: a personal login claims and renews through the owner's functions, since its
        row-level security shows it no case it does not hold."""
        return login_group_of(self.engine)

    @contextmanager
    def begin(self, *, immediate: bool = False) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any exception.

        `immediate` takes SQLite's write lock up front (BEGIN IMMEDIATE), for read-then-write
        steps such as claiming a case; PostgreSQL ignores it.
        """
        session = self._sessions()
        if immediate and self.is_sqlite:
            session.connection(execution_options={"sqlite_begin": "IMMEDIATE"})
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work."""
        session = self._sessions()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


# --- schema version -------------------------------------------------------------------


def _alembic_config(engine: Engine) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def known_revisions(engine: Engine) -> tuple[set[str], str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config(engine))
    return {rev.revision for rev in script.walk_revisions()}, str(script.get_current_head())


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return row[0] if row else None


def check_schema(engine: Engine) -> str | None:
    """Refuse a database whose schema is newer than this client knows."""
    revisions, _head = known_revisions(engine)
    current = current_revision(engine)
    if current is not None and current not in revisions:
        raise DatabaseError(
            f"De database heeft schemaversie {current}, die deze versie van Vroegbel niet kent. "
            "Installeer de nieuwste versie van Vroegbel."
        )
    return current


#: The key of the PostgreSQL advisory lock that serialises creating and upgrading the schema
#: (any 64-bit number no other program on the server uses; "vroegbel" in ASCII).
SCHEMA_LOCK_KEY = 0x76726F6567626C


@contextmanager
def schema_lock(engine: Engine) -> Iterator[None]:
    """On PostgreSQL, hold the schema advisory lock: two first commands on an empty database
    would otherwise both create the schema and one fails halfway. SQLite serialises the
    migration's own write transaction already."""
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect() as connection:
        connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": SCHEMA_LOCK_KEY})
        connection.commit()
        try:
            yield
        finally:
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": SCHEMA_LOCK_KEY})
            connection.commit()


def upgrade(engine: Engine) -> str:
    """Create or upgrade the schema to the newest revision; returns that revision."""
    from alembic import command

    check_schema(engine)
    _refuse_personal_login(engine)
    try:
        with schema_lock(engine):
            check_schema(engine)
            command.upgrade(_alembic_config(engine), "head")
            if engine.dialect.name == "postgresql":
                from app import db_security

                # Again after every upgrade: tables of later revisions get their grants too.
                with engine.begin() as conn:
                    db_security.apply(conn)
    except DBAPIError as exc:
        raise DatabaseError(describe_connection_error(exc)) from exc
    _revisions, head = known_revisions(engine)
    return head


def _refuse_personal_login(engine: Engine) -> None:
    """A person's own login may use the schema, never change it (issue 13)."""
    if engine.dialect.name != "postgresql":
        return
    from app import db_security

    try:
        with engine.connect() as conn:
            info = db_security.login_info(conn)
    except OperationalError as exc:
        raise DatabaseError(describe_connection_error(exc)) from exc
    if info.group is not None and not info.owner and not info.superuser:
        raise DatabaseError(
            "Alleen de eigenaar van de database kan het schema aanmaken of bijwerken; "
            "vraag functioneel beheer om 'vroegbel db upgrade' uit te voeren."
        )


def is_current(engine: Engine) -> bool:
    _revisions, head = known_revisions(engine)
    return current_revision(engine) == head


def open_database(url: str, *, upgrade_schema: bool = True, **kwargs: Any) -> Database:
    """Open a database for a command or the app, upgrading it when needed."""
    database = Database.from_url(url, **kwargs)
    try:
        if upgrade_schema:
            if not is_current(database.engine):
                upgrade(database.engine)  # checks again under the schema lock
        else:
            check_schema(database.engine)
    except DBAPIError as exc:
        database.dispose()
        raise DatabaseError(describe_connection_error(exc)) from exc
    except DatabaseError:
        database.dispose()
        raise
    return database


#: libpq's and the server's refusals at login, each as one sentence for the person (the
#: server's text never holds the password; ours does not either).
_LOGIN_REFUSALS = (
    (
        "password authentication failed",
        "Inloggen bij de database is mislukt: gebruikersnaam of wachtwoord onjuist, "
        "of het tijdelijke wachtwoord is verlopen.",
    ),
    (
        "is not permitted to log in",
        "Dit account is geblokkeerd of opgeheven; neem contact op met functioneel beheer.",
    ),
    (
        "no password supplied",
        "De database vraagt een wachtwoord, maar er is er geen opgegeven of bewaard.",
    ),
    (
        "permission denied for database",
        "Deze login mag deze database niet openen; vraag functioneel beheer om toegang.",
    ),
    (
        "does not exist",
        "Deze gebruiker of database bestaat niet op de databaseserver.",
    ),
)


def describe_connection_error(exc: BaseException) -> str:
    """One sentence through the one classifier of database errors (never the driver's text:
    it may hold SQL, parameters or a resident's address); a login the server refused gets its
    own sentence (issue 13)."""
    from app.services.db_errors import DbProblem, classify  # imported late: no Qt, no cycle

    message = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else ""
    for needle, sentence in _LOGIN_REFUSALS:
        if needle in message:
            return sentence
    info = classify(exc)
    if info is None or info.problem is DbProblem.OTHER:
        return _OTHER_OPENING
    return info.sentence


_OTHER_OPENING = "De database kan niet geopend worden; vraag de functioneel beheerder om hulp."


def describe_refusal(exc: BaseException) -> str | None:
    """One sentence for a statement the database refused to this login (a missing grant or a
    row-level security policy), None for any other error."""
    if getattr(getattr(exc, "orig", None), "sqlstate", None) == "42501":
        return (
            "De database staat deze handeling voor uw login niet toe; "
            "vraag functioneel beheer als u denkt dat dit nodig is voor uw werk."
        )
    return None
