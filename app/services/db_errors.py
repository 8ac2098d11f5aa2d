"""One classifier of database errors: what went wrong, in one Dutch sentence (issue 16).

The command line (app/cli.py), the client's database worker (app/ui/worker.py) and the
outbox (app/services/outbox.py) all ask `classify`, so they agree on what "the database is
not reachable" means. A sentence never holds a class name, SQL, a parameter list, a password
or the driver's own text (PostgreSQL's messages quote the offending key, e.g. an address:
`Key (address_key)=(2031AB-12)`; SQLAlchemy's append the statement and its parameters).

Errors are recognised by SQLSTATE (PostgreSQL, psycopg also raises unwrapped errors from
COPY) and by SQLite's fixed messages; SQLAlchemy's wrappers are looked through.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import exc as sa_exc


class DbProblem(StrEnum):
    UNREACHABLE = "unreachable"
    LOGIN_REFUSED = "login_refused"
    NO_SUCH_DATABASE = "no_such_database"
    BUSY = "busy"
    CONFLICT = "conflict"
    READ_ONLY = "read_only"
    NO_PRIVILEGE = "no_privilege"
    NOT_A_DATABASE = "not_a_database"
    DISK_FULL = "disk_full"
    OTHER = "other"


_SENTENCES = {
    DbProblem.UNREACHABLE: (
        "De database is niet bereikbaar. Controleer de netwerkverbinding of vraag de "
        "functioneel beheerder om hulp."
    ),
    DbProblem.LOGIN_REFUSED: (
        "De database weigert de aanmelding: gebruikersnaam of wachtwoord van de database klopt "
        "niet."
    ),
    DbProblem.NO_SUCH_DATABASE: "De opgegeven database bestaat niet op de databaseserver.",
    DbProblem.BUSY: (
        "De database is bezet door een andere opdracht of gebruiker en bleef dat te lang; "
        "er is niets veranderd, probeer het over een paar minuten opnieuw."
    ),
    DbProblem.CONFLICT: (
        "Tegelijk veranderde iemand anders dezelfde gegevens (een andere import of gebruiker); "
        "er is niets opgeslagen, probeer het opnieuw."
    ),
    DbProblem.READ_ONLY: (
        "De database is alleen-lezen; er is niets opgeslagen. Vraag de functioneel beheerder "
        "om schrijfrechten."
    ),
    DbProblem.NO_PRIVILEGE: (
        "De databasegebruiker heeft geen rechten voor deze handeling; vraag de functioneel "
        "beheerder om hulp."
    ),
    DbProblem.NOT_A_DATABASE: (
        "Het databasebestand is geen (leesbare) Vroegbel-database; kies het juiste bestand."
    ),
    DbProblem.DISK_FULL: "De schijf van de database is vol; er is niets opgeslagen.",
    DbProblem.OTHER: (
        "De database gaf een onverwachte fout; er is niets opgeslagen. Vraag de functioneel "
        "beheerder om hulp."
    ),
}

#: SQLSTATE classes and codes (PostgreSQL appendix A).
_BY_SQLSTATE = {
    "23505": DbProblem.CONFLICT,  # unique_violation (two imports at once)
    "23503": DbProblem.CONFLICT,  # foreign_key_violation (a row deleted meanwhile)
    "40001": DbProblem.CONFLICT,  # serialization_failure
    "40P01": DbProblem.CONFLICT,  # deadlock_detected
    "55P03": DbProblem.BUSY,  # lock_not_available
    "57014": DbProblem.BUSY,  # query_canceled (statement/lock timeout)
    "25006": DbProblem.READ_ONLY,  # read_only_sql_transaction (a standby)
    "42501": DbProblem.NO_PRIVILEGE,  # insufficient_privilege
    "28P01": DbProblem.LOGIN_REFUSED,  # invalid_password
    "28000": DbProblem.LOGIN_REFUSED,  # invalid_authorization_specification
    "3D000": DbProblem.NO_SUCH_DATABASE,  # invalid_catalog_name
    "53100": DbProblem.DISK_FULL,  # disk_full
}
_BY_SQLSTATE_CLASS = {
    "08": DbProblem.UNREACHABLE,  # connection_exception
    "57": DbProblem.UNREACHABLE,  # operator_intervention (admin shutdown, crash shutdown)
    "53": DbProblem.BUSY,  # insufficient_resources (too many connections)
}

#: SQLite's messages (sqlite3 has no codes on Python 3.10 and earlier; the texts are fixed).
_SQLITE_TEXT = (
    ("database is locked", DbProblem.BUSY),
    ("database table is locked", DbProblem.BUSY),
    ("readonly database", DbProblem.READ_ONLY),
    ("file is not a database", DbProblem.NOT_A_DATABASE),
    ("database disk image is malformed", DbProblem.NOT_A_DATABASE),
    ("unable to open database file", DbProblem.UNREACHABLE),
    ("database or disk is full", DbProblem.DISK_FULL),
    ("disk i/o error", DbProblem.UNREACHABLE),
    ("unique constraint failed", DbProblem.CONFLICT),
)

#: psycopg's texts for a server it could not talk to (no SQLSTATE before a connection).
_CONNECT_TEXT = (
    ("password authentication failed", DbProblem.LOGIN_REFUSED),
    ("no password supplied", DbProblem.LOGIN_REFUSED),
    ("does not exist", DbProblem.NO_SUCH_DATABASE),
)


@dataclass(frozen=True)
class DbErrorInfo:
    problem: DbProblem
    sentence: str
    #: A serialization failure or deadlock: the same work succeeds when simply done again.
    retryable: bool = False

    @property
    def unreachable(self) -> bool:
        """The database cannot be reached now: try again later (outbox keeps its items)."""
        return self.problem is DbProblem.UNREACHABLE

    @property
    def keep_pending(self) -> bool:
        """Whether work that failed this way should wait and be tried again instead of being
        set aside as refused: everything that is about the database, not about the work."""
        return self.retryable or self.problem in (
            DbProblem.UNREACHABLE,
            DbProblem.BUSY,
            DbProblem.READ_ONLY,
            DbProblem.DISK_FULL,
            DbProblem.LOGIN_REFUSED,
            DbProblem.NO_SUCH_DATABASE,
            DbProblem.NOT_A_DATABASE,
        )


def _driver_error(error: BaseException) -> BaseException:
    orig = getattr(error, "orig", None)
    return orig if isinstance(orig, BaseException) else error


def _sqlstate(error: BaseException) -> str | None:
    for candidate in (_driver_error(error), error):
        code = getattr(candidate, "sqlstate", None) or getattr(candidate, "pgcode", None)
        if isinstance(code, str) and code:
            return code
    return None


def _is_database_error(error: BaseException) -> bool:
    if isinstance(error, sa_exc.DBAPIError | sa_exc.DisconnectionError | sa_exc.TimeoutError):
        return True
    module = type(error).__module__
    return module.startswith(("psycopg", "sqlite3", "_sqlite3"))


def classify(error: BaseException) -> DbErrorInfo | None:
    """What a database error means, or None when `error` is no database error at all."""
    if not _is_database_error(error):
        return None
    problem = _problem(error)
    retryable = (_sqlstate(error) or "").startswith("40")
    return DbErrorInfo(problem, _SENTENCES[problem], retryable)


def _problem(error: BaseException) -> DbProblem:
    if isinstance(error, sa_exc.TimeoutError):  # the pool had no connection in time
        return DbProblem.BUSY
    state = _sqlstate(error)
    if state:
        known = _BY_SQLSTATE.get(state) or _BY_SQLSTATE_CLASS.get(state[:2])
        if known is not None:
            return known
    text = str(_driver_error(error)).lower()
    for needle, problem in _SQLITE_TEXT:
        if needle in text:
            return problem
    if isinstance(error, sa_exc.DBAPIError) and error.connection_invalidated:
        return DbProblem.UNREACHABLE
    if isinstance(error, sa_exc.DisconnectionError):
        return DbProblem.UNREACHABLE
    if not state and isinstance(error, sa_exc.OperationalError | sa_exc.InterfaceError):
        # psycopg raises OperationalError without SQLSTATE when it never got a connection.
        for needle, problem in _CONNECT_TEXT:
            if needle in text:
                return problem
        return DbProblem.UNREACHABLE
    if isinstance(error, sa_exc.IntegrityError):
        return DbProblem.CONFLICT
    module = type(error).__module__
    if not state and module.startswith("psycopg") and type(error).__name__ == "OperationalError":
        return DbProblem.UNREACHABLE
    return DbProblem.OTHER


def describe(error: BaseException) -> str | None:
    """The sentence for a database error, or None when `error` is none."""
    info = classify(error)
    return info.sentence if info is not None else None
