"""Accounts: Argon2id hashes, lockout, locked and removed accounts, first-login change."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from types import SimpleNamespace

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from app.clock import FixedClock
from app.models import AuditEvent, User
from app.models.enums import Role
from app.services import accounts, audit
from app.services.accounts import AccountLocked, AuthenticationFailed
from app.services.context import AppContext
from app.services.errors import Conflict, InvalidInput, PermissionDenied

from .conftest import make_user

GOOD = "paars-olifant-fiets-42"


def _events(ctx: AppContext, kind: str) -> list[SimpleNamespace]:
    with ctx.db.read() as session:
        rows = session.scalars(
            select(AuditEvent).where(AuditEvent.kind == kind).order_by(AuditEvent.id)
        )
        return [
            SimpleNamespace(username=r.username, user_id=r.user_id, kind=r.kind, detail=r.detail)
            for r in rows
        ]


def _all_audit_text(ctx: AppContext) -> str:
    with ctx.db.read() as session:
        rows = session.scalars(select(AuditEvent)).all()
        return "\n".join(f"{r.username} {r.kind} {r.detail}" for r in rows)


def test_default_hasher_is_argon2id() -> None:
    # The module's real hasher (the fixture only swaps the costs for the tests).
    assert PasswordHasher().hash("x" * 12).startswith("$argon2id$")


def test_password_is_stored_as_argon2id_hash_only(ctx: AppContext) -> None:
    info, temporary = accounts.create_user(ctx, "Jan.Jansen", Role.AGENT, "Jan Jansen", None)
    assert info.username == "jan.jansen"
    assert info.must_change_password
    assert len(temporary) >= 16
    with ctx.db.read() as session:
        user = session.scalars(select(User)).one()
        assert user.password_hash.startswith("$argon2id$")
        assert temporary not in user.password_hash
    assert temporary not in _all_audit_text(ctx)
    assert _events(ctx, "user_created")[0].detail == "jan.jansen: rol agent"


def test_first_login_must_change_password(ctx: AppContext) -> None:
    accounts.create_user(ctx, "piet", Role.COACH, "Piet", "tijdelijk-wachtwoord-1")
    first = accounts.authenticate(ctx.db, ctx.clock, "Piet", "tijdelijk-wachtwoord-1")
    assert first.must_change_password and first.role is Role.COACH
    as_piet = ctx.as_actor(first)
    # Nothing else is allowed until the person has chosen their own password.
    with pytest.raises(PermissionDenied, match="eigen wachtwoord"):
        accounts.list_users(ctx.as_actor(replace(first, role=Role.ADMIN)))
    with pytest.raises(InvalidInput, match="minstens 12"):
        accounts.change_password(as_piet, "tijdelijk-wachtwoord-1", "kort")
    with pytest.raises(InvalidInput, match="gebruikersnaam"):
        accounts.change_password(as_piet, "tijdelijk-wachtwoord-1", "PIET")
    with pytest.raises(InvalidInput, match="ander wachtwoord"):
        accounts.change_password(as_piet, "tijdelijk-wachtwoord-1", "tijdelijk-wachtwoord-1")
    with pytest.raises(AuthenticationFailed):
        accounts.change_password(as_piet, "fout-oud-wachtwoord", GOOD)
    after = accounts.change_password(as_piet, "tijdelijk-wachtwoord-1", GOOD)
    assert not after.must_change_password and after.user_id == first.user_id
    again = accounts.authenticate(ctx.db, ctx.clock, "piet", GOOD)
    assert not again.must_change_password
    with pytest.raises(AuthenticationFailed):
        accounts.authenticate(ctx.db, ctx.clock, "piet", "tijdelijk-wachtwoord-1")
    assert GOOD not in _all_audit_text(ctx)
    assert len(_events(ctx, "password_changed")) == 1


def test_policy_refuses_username_short_and_common() -> None:
    for bad in [
        "kort",
        "sanne",
        "SANNE",
        "welkom123456",
        "aaaaaaaaaaaaaaa",
        # well-known and guessable ones of at least 12 characters (zxcvbn, Dutch words added)
        "Password123!",
        "wachtwoord12345",
        "Wachtwoord2026",
        "qwertyuiop123",
        "sanne-sanne-123",
        "Haarlem123456",
    ]:
        with pytest.raises(InvalidInput):
            accounts.check_password_policy(bad, "sanne")
    accounts.check_password_policy("lange-zin-met-woorden", "sanne")


def test_lockout_after_five_failures_and_unlock_after_fifteen_minutes(
    ctx: AppContext, clock: FixedClock
) -> None:
    make_user(ctx, "anna", Role.AGENT, GOOD)
    for _ in range(4):
        with pytest.raises(AuthenticationFailed) as exc:
            accounts.authenticate(ctx.db, clock, "anna", "verkeerd-wachtwoord")
        assert not isinstance(exc.value, AccountLocked)
    with pytest.raises(AccountLocked):
        accounts.authenticate(ctx.db, clock, "anna", "verkeerd-wachtwoord")
    # Locked: even the right password is refused, with the wrong-password sentence.
    with pytest.raises(AccountLocked, match=r"^Gebruikersnaam of wachtwoord is onjuist\.$"):
        accounts.authenticate(ctx.db, clock, "anna", GOOD)
    clock.advance(timedelta(minutes=14, seconds=59))
    with pytest.raises(AccountLocked):
        accounts.authenticate(ctx.db, clock, "anna", GOOD)
    clock.advance(timedelta(seconds=2))
    actor = accounts.authenticate(ctx.db, clock, "anna", GOOD)
    assert actor.role is Role.AGENT
    assert len(_events(ctx, "account_locked")) == 1
    failed = _events(ctx, "login_failed")
    assert len(failed) == 7 and all(e.username == "anna" for e in failed)
    assert len(_events(ctx, "login")) == 2  # the first login and this one
    audit_text = _all_audit_text(ctx)
    assert "verkeerd-wachtwoord" not in audit_text and GOOD not in audit_text


def test_a_good_login_resets_the_failure_count(ctx: AppContext, clock: FixedClock) -> None:
    make_user(ctx, "bram", Role.AGENT, GOOD)
    for _ in range(3):
        with pytest.raises(AuthenticationFailed):
            accounts.authenticate(ctx.db, clock, "bram", "nee-nee-nee-nee")
    accounts.authenticate(ctx.db, clock, "bram", GOOD)
    for _ in range(4):
        with pytest.raises(AuthenticationFailed) as exc:
            accounts.authenticate(ctx.db, clock, "bram", "nee-nee-nee-nee")
        assert not isinstance(exc.value, AccountLocked)


def test_lockout_uses_the_settings(ctx: AppContext, clock: FixedClock) -> None:
    from app.services import admin

    admin.put_setting(ctx, "login_max_failures", 3)
    admin.put_setting(ctx, "login_lock_minutes", 60)
    make_user(ctx, "cor", Role.AGENT, GOOD)
    for _ in range(2):
        with pytest.raises(AuthenticationFailed):
            accounts.authenticate(ctx.db, clock, "cor", "fout-fout-fout")
    with pytest.raises(AccountLocked):
        accounts.authenticate(ctx.db, clock, "cor", "fout-fout-fout")
    clock.advance(timedelta(minutes=30))
    with pytest.raises(AccountLocked):
        accounts.authenticate(ctx.db, clock, "cor", GOOD)
    clock.advance(timedelta(minutes=31))
    accounts.authenticate(ctx.db, clock, "cor", GOOD)


def test_unknown_user_fails_like_a_wrong_password(ctx: AppContext) -> None:
    with pytest.raises(AuthenticationFailed, match="onjuist"):
        accounts.authenticate(ctx.db, ctx.clock, "niemand", GOOD)
    event = _events(ctx, "login_failed")[0]
    assert event.username == "" and event.user_id is None


def test_a_locked_account_answers_like_a_wrong_password(
    ctx: AppContext, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Neither the sentence nor the work done (one hash verified) tells that the name exists
    or that it is locked, whether the lock comes from failures or from the admin."""
    make_user(ctx, "kees", Role.AGENT, GOOD)
    make_user(ctx, "lot", Role.AGENT, GOOD)
    verified: list[str] = []
    real_verify = accounts._verify

    def counting_verify(password_hash: str, password: str) -> bool:
        verified.append(password_hash)
        return real_verify(password_hash, password)

    monkeypatch.setattr(accounts, "_verify", counting_verify)

    def refusal(name: str, password: str) -> str:
        verified.clear()
        with pytest.raises(AuthenticationFailed) as exc:
            accounts.authenticate(ctx.db, clock, name, password)
        assert len(verified) == 1, name  # exactly one Argon2 verification, as for a real try
        return str(exc.value)

    wrong = refusal("kees", "verkeerd-wachtwoord")
    assert refusal("niemand", GOOD) == wrong
    for _ in range(4):
        assert refusal("kees", "verkeerd-wachtwoord") == wrong  # the fifth locks: same answer
    assert refusal("kees", GOOD) == wrong  # locked after failures
    accounts.lock_user(ctx, "lot")
    assert refusal("lot", GOOD) == wrong  # locked by the admin
    assert "geblokkeerd" not in wrong


def test_admin_lock_and_remove(ctx: AppContext, clock: FixedClock) -> None:
    make_user(ctx, "dirk", Role.TEAMLEAD, GOOD)
    make_user(ctx, "els", Role.AGENT, GOOD)
    accounts.lock_user(ctx, "dirk")
    clock.advance(timedelta(days=30))
    with pytest.raises(AccountLocked, match=r"^Gebruikersnaam of wachtwoord is onjuist\.$"):
        accounts.authenticate(ctx.db, clock, "dirk", GOOD)
    accounts.unlock_user(ctx, "dirk")
    accounts.authenticate(ctx.db, clock, "dirk", GOOD)

    accounts.remove_user(ctx, "els")
    with pytest.raises(AuthenticationFailed, match="onjuist"):
        accounts.authenticate(ctx.db, clock, "els", GOOD)
    assert [u.username for u in accounts.list_users(ctx)] == ["dirk"]
    removed = [u for u in accounts.list_users(ctx, include_removed=True) if u.username == "els"]
    assert removed[0].removed_at is not None
    # A removed account cannot be brought back by a reset; its name stays taken.
    with pytest.raises(Conflict):
        accounts.reset_password(ctx, "els")
    with pytest.raises(Conflict):
        accounts.create_user(ctx, "els", Role.AGENT, None, None)
    kinds = {e.kind for e in _events(ctx, "user_locked") + _events(ctx, "user_removed")}
    assert kinds == {"user_locked", "user_removed"}


def test_reset_password_forces_a_new_choice_and_lifts_the_lock(
    ctx: AppContext, clock: FixedClock
) -> None:
    make_user(ctx, "fem", Role.AGENT, GOOD)
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            accounts.authenticate(ctx.db, clock, "fem", "nog-een-keer-fout")
    temporary = accounts.reset_password(ctx, "fem")
    actor = accounts.authenticate(ctx.db, clock, "fem", temporary)
    assert actor.must_change_password
    with pytest.raises(AuthenticationFailed):
        accounts.authenticate(ctx.db, clock, "fem", GOOD)
    accounts.change_password(ctx.as_actor(actor), temporary, "een-heel-nieuw-wachtwoord")


def test_roles_and_the_last_admin(ctx: AppContext) -> None:
    admin_actor = make_user(ctx, "gijs", Role.ADMIN, GOOD)
    as_gijs = ctx.as_actor(admin_actor)
    with pytest.raises(Conflict, match="laatste"):
        accounts.set_role(ctx, "gijs", Role.AGENT)
    with pytest.raises(Conflict):
        accounts.remove_user(as_gijs, "gijs")
    make_user(ctx, "hanna", Role.AGENT, GOOD)
    accounts.set_role(as_gijs, "hanna", "admin")
    accounts.set_role(as_gijs, "gijs", Role.COACH)
    assert {u.username: u.role for u in accounts.list_users(ctx)} == {
        "gijs": Role.COACH,
        "hanna": Role.ADMIN,
    }
    assert _events(ctx, "role_changed")[-1].detail == "gijs: admin -> coach"
    with pytest.raises(InvalidInput, match="Onbekende rol"):
        accounts.set_role(ctx, "hanna", "baas")


def test_non_admin_cannot_manage_accounts_and_the_refusal_is_audited(ctx: AppContext) -> None:
    agent = make_user(ctx, "ilse", Role.AGENT, GOOD)
    with pytest.raises(PermissionDenied, match="beller"):
        accounts.create_user(ctx.as_actor(agent), "joop", Role.ADMIN, None, None)
    refused = _events(ctx, "access_refused")
    assert refused[-1].detail == "accounts.create_user" and refused[-1].username == "ilse"
    with ctx.db.read() as session:
        assert session.scalar(select(User).where(User.username == "joop")) is None


def test_audit_record_helper_never_needs_a_password(ctx: AppContext) -> None:
    # The audit helper has no password parameter; this guards the signature.
    import inspect

    assert "password" not in inspect.signature(audit.record).parameters


def test_an_open_session_follows_the_account(ctx: AppContext, clock: FixedClock) -> None:
    """A session keeps no rights its account lost: demoted, removed, locked by the admin or
    reset, the next operation of the open session is refused and audited."""
    from app.services.errors import SessionEnded

    boss = ctx.as_actor(make_user(ctx, "mia", Role.ADMIN, GOOD))
    demoted = ctx.as_actor(make_user(ctx, "nina", Role.ADMIN, GOOD))
    removed = ctx.as_actor(make_user(ctx, "otto", Role.ADMIN, GOOD))
    locked = ctx.as_actor(make_user(ctx, "pim", Role.TEAMLEAD, GOOD))
    reset = ctx.as_actor(make_user(ctx, "roos", Role.COACH, GOOD))
    guessed = ctx.as_actor(make_user(ctx, "sem", Role.AGENT, GOOD))
    accounts.list_users(demoted)  # the session works while the account is unchanged

    accounts.set_role(boss, "nina", Role.AGENT)
    accounts.remove_user(boss, "otto")
    accounts.lock_user(boss, "pim")
    accounts.reset_password(boss, "roos")
    for _ in range(5):  # someone guessing sem's password: sem's own session goes on
        with pytest.raises(AuthenticationFailed):
            accounts.authenticate(ctx.db, clock, "sem", "raden-raden-raden")

    for session in (demoted, removed):
        with pytest.raises(SessionEnded, match="meld u opnieuw aan"):
            accounts.create_user(session, "inbreker", Role.ADMIN, None, None)
    from app.services import admin

    with pytest.raises(SessionEnded):
        admin.list_wijk_mapping(locked)
    with pytest.raises(SessionEnded):
        accounts.change_password(reset, GOOD, "nog-een-heel-ander-wachtwoord")
    accounts.change_password(guessed, GOOD, "nog-een-heel-ander-wachtwoord")
    with ctx.db.read() as session:
        assert session.scalar(select(User).where(User.username == "inbreker")) is None
    details = [e.detail for e in _events(ctx, "access_refused")]
    assert "accounts.create_user: role changed" in details
    assert "accounts.create_user: account removed" in details
    assert "admin.list_wijk_mapping: account locked" in details
    assert "accounts.change_password: password reset" in details
    accounts.create_user(boss, "welkom-terug", Role.AGENT, None, None)  # boss is unaffected
