"""Accounts: Argon2id password hashes, login with lockout, first-login password change.

The UI calls `authenticate` on the login screen (there is no actor yet, so it is not
role-checked), then every other operation with the returned `Actor` in its `AppContext`.
An Actor with `must_change_password` may only call `change_password` (see authz.check).

Passwords are never stored, logged or audited; only their Argon2id hash is stored.
"""

from __future__ import annotations

import functools
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from app import db_security
from app.clock import Clock
from app.db import (
    Database,
    DatabaseError,
    check_schema,
    describe_connection_error,
    is_current,
    make_engine,
)
from app.models import AuditEvent, User
from app.models.enums import Role
from app.services import audit, settings
from app.services.authz import ADMIN_LOCK_UNTIL, allowed
from app.services.context import Actor, AppContext
from app.services.errors import (
    Conflict,
    InvalidInput,
    NotFound,
    PermissionDenied,
    ServiceError,
)

#: argon2-cffi's default is Argon2id with the RFC 9106 low-memory profile (t=3, m=64 MiB, p=4).
HASHER = PasswordHasher()

MIN_PASSWORD_LENGTH = 12
MAX_PASSWORD_LENGTH = 256
TEMPORARY_PASSWORD_BYTES = 12  # 16 URL-safe characters


_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._@-]{1,63}$")

#: Dutch words and names an attacker tries first here; zxcvbn treats them like its own
#: dictionaries (it knows English words and common passwords, not Dutch).
DUTCH_GUESSES = (
    "wachtwoord",
    "welkom",
    "geheim",
    "vroegbel",
    "vroegsignalering",
    "gemeente",
    "haarlem",
    "schulden",
    "beller",
    "budgetcoach",
    "teamleider",
    "beheerder",
    "zomer",
    "winter",
    "lente",
    "herfst",
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "ajax",
    "feyenoord",
    "nederland",
    "amsterdam",
    "rotterdam",
    "utrecht",
    "hallo",
    "qwerty",
)

#: zxcvbn's score 3 means "safely unguessable: moderate protection from an offline attack"
#: (about 10^8 guesses or more); 0-2 are the passwords people pick first.
MIN_PASSWORD_SCORE = 3
#: zxcvbn's work grows with the length; beyond this the rest cannot make a password weaker.
_SCORED_PREFIX = 64


@functools.cache
def _dummy_hash() -> str:
    """A hash to verify against when the account does not exist, so that an unknown username
    takes as long as a wrong password (no probing for account names by timing)."""
    return HASHER.hash(secrets.token_urlsafe(16))


class AuthenticationFailed(ServiceError):
    """Login refused: wrong name or password, locked or removed account."""


class AccountLocked(AuthenticationFailed):
    pass


@dataclass(frozen=True)
class UserInfo:
    """What the admin tab shows of an account (never the hash)."""

    id: int
    username: str
    display_name: str
    role: Role
    must_change_password: bool
    locked: bool
    locked_until: datetime | None
    removed_at: datetime | None
    created_at: datetime
    last_login_at: datetime | None
    failed_logins: int


def _info(user: User, now: datetime) -> UserInfo:
    locked = user.locked_until is not None and user.locked_until > now
    return UserInfo(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        role=Role(user.role),
        must_change_password=user.must_change_password,
        locked=locked,
        locked_until=user.locked_until if locked else None,
        removed_at=user.removed_at,
        created_at=user.created_at,
        last_login_at=user.last_login_at,
        failed_logins=user.failed_logins,
    )


def normalise_username(username: str) -> str:
    name = username.strip().lower()
    if not _USERNAME.match(name):
        raise InvalidInput(
            "Een gebruikersnaam heeft 2 tot 64 tekens: kleine letters, cijfers, punt, "
            "streepje, liggend streepje of @, en begint met een letter of cijfer."
        )
    return name


def check_password_policy(password: str, username: str) -> None:
    """Refuse a password that is too short, too long, the username or easy to guess."""
    if password.strip().lower() == username.strip().lower():
        raise InvalidInput("Een wachtwoord mag niet gelijk zijn aan de gebruikersnaam.")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(f"Een wachtwoord heeft minstens {MIN_PASSWORD_LENGTH} tekens.")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise InvalidInput(f"Een wachtwoord heeft hoogstens {MAX_PASSWORD_LENGTH} tekens.")
    if len(set(password)) < 4 or _guessable(password, username):
        raise InvalidInput("Dit wachtwoord is te makkelijk te raden; kies een ander.")


def _guessable(password: str, username: str) -> bool:
    """True for a password an attacker finds early: zxcvbn's estimate (common passwords,
    words, names, keyboard patterns, dates, l33t) with Dutch words and the username added."""
    from zxcvbn import zxcvbn  # loads its dictionaries: only when a password is checked

    inputs = [*DUTCH_GUESSES, username.strip().lower()]
    result = zxcvbn(password[:_SCORED_PREFIX], user_inputs=inputs)
    return int(result["score"]) < MIN_PASSWORD_SCORE


def hash_password(password: str) -> str:
    return HASHER.hash(password)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return HASHER.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def generate_temporary_password() -> str:
    return secrets.token_urlsafe(TEMPORARY_PASSWORD_BYTES)


def _role(role: Role | str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise InvalidInput(
            f"Onbekende rol '{role}'; kies agent, coach, teamlead of admin."
        ) from None


def _sync_login(session: Session, username: str, password: str | None = None) -> None:
    """On PostgreSQL the account is also a login role (issue 13): make it follow the row in
    the same transaction, through the owner's function. Nothing happens on SQLite."""
    try:
        db_security.sync_login(session, username, password)
    except DBAPIError as exc:
        state = getattr(exc.orig, "sqlstate", None)
        if state == "42710":
            raise Conflict(
                f"De naam '{username}' is op de databaseserver al in gebruik door een andere rol."
            ) from None
        if state == "42602":
            raise InvalidInput(f"De naam '{username}' kan geen databaselogin zijn.") from None
        if state == "42501":
            raise PermissionDenied(
                "De database staat het beheren van accounts met deze login niet toe."
            ) from None
        raise


def _get_user(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username.strip().lower()))
    if user is None:
        raise NotFound(f"Er is geen account met de naam '{username.strip()}'.")
    return user


def _active_admins(session: Session, now: datetime) -> int:
    return int(
        session.scalar(
            select(func.count(User.id)).where(
                User.role == Role.ADMIN.value,
                User.removed_at.is_(None),
                (User.locked_until.is_(None)) | (User.locked_until <= now),
            )
        )
        or 0
    )


def _protect_last_admin(session: Session, user: User, now: datetime) -> None:
    """Keep at least one admin who can log in (the command line can always add one)."""
    if (
        user.role == Role.ADMIN.value
        and user.removed_at is None
        and _active_admins(session, now) <= 1
    ):
        raise Conflict("Dit is de laatste actieve functioneel beheerder; maak eerst een ander.")


def _register_failure(session: Session, user: User, now: datetime) -> bool:
    """Count a failed password; lock the account when the limit is reached. True if locked."""
    user.failed_logins += 1
    max_failures = int(settings.get(session, "login_max_failures"))
    if user.failed_logins >= max_failures:
        minutes = int(settings.get(session, "login_lock_minutes"))
        user.locked_until = now + timedelta(minutes=minutes)
        user.failed_logins = 0
        session.add(
            AuditEvent(
                at=now,
                user_id=user.id,
                username=user.username,
                kind="account_locked",
                detail=f"{max_failures} mislukte pogingen; {minutes} minuten",
            )
        )
        return True
    return False


def _login_event(
    session: Session, now: datetime, kind: str, user: User | None, detail: str
) -> None:
    session.add(
        AuditEvent(
            at=now,
            user_id=user.id if user else None,
            username=user.username if user else "",
            kind=kind,
            detail=detail,
        )
    )


def authenticate(db: Database, clock: Clock, username: str, password: str) -> Actor:
    """Log in. Returns the Actor for the AppContext; raises AuthenticationFailed.

    The lockout counts failed passwords per account; each login, failed login and lock is
    audited (never the password). An account with a temporary password logs in with
    `must_change_password` set: the UI must then ask for a new password (`change_password`).
    """
    now = clock.now()
    generic = "Gebruikersnaam of wachtwoord is onjuist."
    refusal: AuthenticationFailed | None = None
    actor: Actor | None = None
    with db.begin(immediate=True) as session:
        name = username.strip().lower()
        user = (
            session.scalar(select(User).where(User.username == name).with_for_update())
            if name
            else None
        )
        if user is None or user.removed_at is not None:
            _verify(_dummy_hash(), password)  # same time as a wrong password
            _login_event(
                session,
                now,
                "login_failed",
                user,
                "opgeheven account" if user is not None else "onbekende gebruikersnaam",
            )
            refusal = AuthenticationFailed(generic)
        elif user.locked_until is not None and user.locked_until > now:
            # A locked account answers exactly like a wrong password, in the same time: the
            # message and the timing must not tell a prober that this name exists. The
            # person learns about the lock from the admin (the audit says why).
            _verify(_dummy_hash(), password)
            _login_event(session, now, "login_failed", user, "account geblokkeerd")
            refusal = AccountLocked(generic)
        elif not _verify(user.password_hash, password):
            _login_event(session, now, "login_failed", user, "onjuist wachtwoord")
            locked = _register_failure(session, user, now)
            refusal = AccountLocked(generic) if locked else AuthenticationFailed(generic)
        else:
            if HASHER.check_needs_rehash(user.password_hash):
                user.password_hash = hash_password(password)
            user.failed_logins = 0
            user.locked_until = None
            user.last_login_at = now
            _login_event(
                session,
                now,
                "login",
                user,
                "tijdelijk wachtwoord" if user.must_change_password else "",
            )
            actor = Actor(
                username=user.username,
                role=Role(user.role),
                user_id=user.id,
                must_change_password=user.must_change_password,
            )
    if refusal is not None:
        raise refusal
    assert actor is not None
    return actor


def without_login(url: str | URL) -> str:
    """The URL without user name and password (URL.set ignores None)."""
    parsed = make_url(url)
    return parsed._replace(username=None, password=None).render_as_string()


def uses_personal_login(url: str) -> bool:
    """A PostgreSQL URL without a user name: the database itself checks the person who logs
    in, with their own login role (issue 13). With a user name in it the URL names a fixed
    login (the owner for maintenance, or an installation from before)."""
    try:
        parsed = make_url(url)
    except Exception:
        return False
    return parsed.get_backend_name() == "postgresql" and not parsed.username


def authenticate_personal(
    url: str, clock: Clock, username: str, password: str
) -> tuple[Database, Actor]:
    """Log in on PostgreSQL as the person's own login role: the server checks the password
    (SCRAM), a locked or removed account is NOLOGIN. Returns the database opened as that
    login and the Actor its group and `users` row say. Raises AuthenticationFailed or
    DatabaseError with one sentence; the password is in no message."""
    name = username.strip().lower()
    if not _USERNAME.match(name):
        raise AuthenticationFailed("Gebruikersnaam of wachtwoord is onjuist.")
    personal = make_url(url).set(username=name, password=password)
    try:
        db = Database(make_engine(personal.render_as_string(hide_password=False)))
    except DatabaseError:
        raise DatabaseError("De database-URL is ongeldig.") from None
    try:
        check_schema(db.engine)
        if not is_current(db.engine):
            raise DatabaseError(
                "Het databaseschema is niet bijgewerkt; vraag functioneel beheer om "
                "'vroegbel db upgrade' uit te voeren."
            )
        with db.engine.connect() as conn:
            info = db_security.login_info(conn)
    except OperationalError as exc:
        db.dispose()
        raise DatabaseError(describe_connection_error(exc)) from None
    except DatabaseError:
        db.dispose()
        raise
    if info.superuser or info.owner:
        db.dispose()
        raise DatabaseError(
            "Dit is de beheerlogin van de database; meld u aan met uw eigen account."
        )
    role = db_security.role_of_group(info.group)
    if role is None or info.user_id is None:
        db.dispose()
        raise DatabaseError(
            "Deze login hoort bij geen actief Vroegbel-account; vraag functioneel beheer."
        )
    actor = Actor(
        username=info.login,
        role=role,
        user_id=info.user_id,
        must_change_password=info.must_change_password,
    )
    with db.begin() as session:
        # Who and when are stamped by the server (migration 0014), not taken from here.
        _login_event(session, clock.now(), "login", None, "database")
    return db, actor


def unlock_screen(db: Database, clock: Clock, username: str, password: str) -> Actor:
    """The idle lock: the same person proves their password again. On a personal PostgreSQL
    login the server checks it with a fresh connection as that login; otherwise as at login."""
    if db.login_group is None:
        return authenticate(db, clock, username, password)
    base = without_login(db.engine.url)
    fresh, actor = authenticate_personal(base, clock, username, password)
    fresh.dispose()
    return actor


@allowed(Role.AGENT, Role.COACH, Role.TEAMLEAD, Role.ADMIN)
def change_password(ctx: AppContext, old_password: str, new_password: str) -> Actor:
    """The logged-in person chooses a new password; returns their Actor without the
    must-change flag (the UI replaces its context's actor with it)."""
    if ctx.actor.user_id is None:
        raise InvalidInput("Alleen een persoonlijk account heeft een wachtwoord.")
    if ctx.db.login_group is not None:
        return _change_own_database_password(ctx, old_password, new_password)
    now = ctx.clock.now()
    wrong_old = False
    actor: Actor | None = None
    with ctx.db.begin(immediate=True) as session:
        user = session.get(User, ctx.actor.user_id)
        if user is None or user.removed_at is not None:
            raise NotFound("Dit account bestaat niet meer.")
        if not _verify(user.password_hash, old_password):
            audit.record(session, ctx, "password_change_failed", detail="onjuist oud wachtwoord")
            _register_failure(session, user, now)
            wrong_old = True
        else:
            check_password_policy(new_password, user.username)
            if new_password == old_password:
                raise InvalidInput("Kies een ander wachtwoord dan het huidige.")
            user.password_hash = hash_password(new_password)
            user.must_change_password = False
            user.failed_logins = 0
            session.flush()
            db_security.change_own_password(session, user.username, new_password)
            audit.record(session, ctx, "password_changed")
            actor = Actor(
                username=user.username, role=Role(user.role), user_id=user.id, is_system=False
            )
    if wrong_old:
        raise AuthenticationFailed("Het huidige wachtwoord is onjuist.")
    assert actor is not None
    return actor


def _change_own_database_password(ctx: AppContext, old_password: str, new_password: str) -> Actor:
    """A personal PostgreSQL login: the server checked the old password at login (and checks
    the connection's), so only the new one's policy is ours; its SCRAM secret replaces the
    login's password and the temporary-password flag drops in one transaction."""
    check_password_policy(new_password, ctx.actor.username)
    if new_password == old_password:
        raise InvalidInput("Kies een ander wachtwoord dan het huidige.")
    with ctx.db.begin() as session:
        db_security.change_own_password(session, ctx.actor.username, new_password)
    return Actor(username=ctx.actor.username, role=ctx.actor.role, user_id=ctx.actor.user_id)


@allowed(Role.ADMIN)
def create_user(
    ctx: AppContext,
    username: str,
    role: Role | str,
    display_name: str | None = None,
    password: str | None = None,
) -> tuple[UserInfo, str]:
    """Create an account with a temporary password (given, or generated when None).

    Returns the account and the temporary password, to be handed over once; the person
    must choose their own password at first login.
    """
    name = normalise_username(username)
    chosen_role = _role(role)
    shown = (display_name or "").strip() or name
    if len(shown) > 120:
        raise InvalidInput("Een weergavenaam heeft hoogstens 120 tekens.")
    temporary = password if password is not None else generate_temporary_password()
    check_password_policy(temporary, name)
    now = ctx.clock.now()
    with ctx.db.begin() as session:
        if session.scalar(select(User.id).where(User.username == name)) is not None:
            raise Conflict(f"Er bestaat al een account met de naam '{name}'.")
        user = User(
            username=name,
            display_name=shown,
            role=chosen_role.value,
            password_hash=hash_password(temporary),
            must_change_password=True,
            failed_logins=0,
            created_at=now,
        )
        session.add(user)
        session.flush()
        _sync_login(session, name, temporary)
        audit.record(session, ctx, "user_created", detail=f"{name}: rol {chosen_role.value}")
        info = _info(user, now)
    return info, temporary


@allowed(Role.ADMIN)
def reset_password(ctx: AppContext, username: str, temporary_password: str | None = None) -> str:
    """Give an account a new temporary password (returned, shown once) and lift a lock."""
    with ctx.db.begin() as session:
        user = _get_user(session, username)
        if user.removed_at is not None:
            raise Conflict("Dit account is opgeheven.")
        temporary = temporary_password or generate_temporary_password()
        check_password_policy(temporary, user.username)
        user.password_hash = hash_password(temporary)
        user.must_change_password = True
        user.failed_logins = 0
        user.locked_until = None
        _sync_login(session, user.username, temporary)
        audit.record(session, ctx, "password_reset", detail=user.username)
    return temporary


@allowed(Role.ADMIN)
def lock_user(ctx: AppContext, username: str) -> None:
    """Block an account until an admin unlocks it."""
    now = ctx.clock.now()
    with ctx.db.begin() as session:
        user = _get_user(session, username)
        if ctx.actor.user_id is not None and user.id == ctx.actor.user_id:
            raise Conflict("U kunt uw eigen account niet blokkeren.")
        _protect_last_admin(session, user, now)
        user.locked_until = ADMIN_LOCK_UNTIL
        _sync_login(session, user.username)
        audit.record(session, ctx, "user_locked", detail=user.username)


@allowed(Role.ADMIN)
def unlock_user(ctx: AppContext, username: str) -> None:
    with ctx.db.begin() as session:
        user = _get_user(session, username)
        user.locked_until = None
        user.failed_logins = 0
        _sync_login(session, user.username)
        audit.record(session, ctx, "user_unlocked", detail=user.username)


@allowed(Role.ADMIN)
def remove_user(ctx: AppContext, username: str) -> None:
    """Remove an account: it can no longer log in; its name stays for the audit log."""
    now = ctx.clock.now()
    with ctx.db.begin() as session:
        user = _get_user(session, username)
        if user.removed_at is not None:
            return
        if ctx.actor.user_id is not None and user.id == ctx.actor.user_id:
            raise Conflict("U kunt uw eigen account niet opheffen.")
        _protect_last_admin(session, user, now)
        user.removed_at = now
        # The hash of an account that can never log in again serves nobody.
        user.password_hash = "!removed"
        user.must_change_password = True
        _sync_login(session, user.username)
        audit.record(session, ctx, "user_removed", detail=user.username)


@allowed(Role.ADMIN)
def set_role(ctx: AppContext, username: str, role: Role | str) -> None:
    new_role = _role(role)
    now = ctx.clock.now()
    with ctx.db.begin() as session:
        user = _get_user(session, username)
        if user.removed_at is not None:
            raise Conflict("Dit account is opgeheven.")
        if user.role == new_role.value:
            return
        if new_role is not Role.ADMIN:
            _protect_last_admin(session, user, now)
        old = user.role
        user.role = new_role.value
        _sync_login(session, user.username)
        audit.record(session, ctx, "role_changed", detail=f"{user.username}: {old} -> {new_role}")


@allowed(Role.ADMIN)
def set_display_name(ctx: AppContext, username: str, display_name: str) -> None:
    shown = display_name.strip()
    if not shown or len(shown) > 120:
        raise InvalidInput("Een weergavenaam heeft 1 tot 120 tekens.")
    with ctx.db.begin() as session:
        user = _get_user(session, username)
        user.display_name = shown
        audit.record(session, ctx, "user_renamed", detail=user.username)


@allowed(Role.ADMIN)
def list_users(ctx: AppContext, include_removed: bool = False) -> list[UserInfo]:
    now = ctx.clock.now()
    with ctx.db.read() as session:
        query = select(User).order_by(User.username)
        if not include_removed:
            query = query.where(User.removed_at.is_(None))
        return [_info(user, now) for user in session.scalars(query)]
