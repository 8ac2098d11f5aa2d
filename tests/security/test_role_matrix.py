"""The role matrix: every service operation, called as every role, is allowed or refused as
DOMAIN.md section 2 says, and every refusal is audited.

The operations are discovered: every module under app.services is imported and every function
marked with @allowed is found (app.services.authz.REGISTRY). EXPECTED below is the reviewed
policy. A new operation without a row in EXPECTED fails `test_every_operation_has_an_expectation`:
add it there (that is the review of who may call it), in the same commit as the operation.

The calls use dummy arguments (None) and go through the real wrapper and the real
`authz.check`; when the check lets the call through, the test stops it right there (a sentinel
exception), so no operation body runs: filling a demo database or purging as "allowed" would
only cost time and disturb the other calls. The matrix asks "PermissionDenied or not".
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

import app.services
from app.clock import FixedClock
from app.db import Database, make_engine, upgrade
from app.models import AuditEvent, User
from app.models.enums import Role
from app.services import accounts, authz
from app.services.authz import REGISTRY
from app.services.context import Actor, AppContext
from app.services.errors import PermissionDenied

A, C, T, D = Role.AGENT, Role.COACH, Role.TEAMLEAD, Role.ADMIN
EVERYONE = frozenset({A, C, T, D})

#: operation -> roles that may call it. System: operations the background jobs may also run.
EXPECTED: dict[str, frozenset[Role]] = {
    # accounts: the admin manages accounts; everyone changes their own password.
    "accounts.change_password": EVERYONE,
    "accounts.create_user": frozenset({D}),
    "accounts.list_users": frozenset({D}),
    "accounts.lock_user": frozenset({D}),
    "accounts.remove_user": frozenset({D}),
    "accounts.reset_password": frozenset({D}),
    "accounts.set_display_name": frozenset({D}),
    "accounts.set_role": frozenset({D}),
    "accounts.unlock_user": frozenset({D}),
    # admin tab: changes by the admin; the guide, closed days and settings readable by all.
    "admin.add_closed_day": frozenset({D}),
    "admin.audit_kinds": frozenset({D}),
    "admin.get_conversation_guide": EVERYONE,
    "admin.get_setting": EVERYONE,
    "admin.list_closed_days": EVERYONE,
    "admin.list_settings": frozenset({D}),
    "admin.list_wijk_mapping": frozenset({D, T}),
    "admin.put_setting": frozenset({D}),
    "admin.put_settings": frozenset({D}),
    "admin.query_audit": frozenset({D}),
    "admin.remove_closed_day": frozenset({D}),
    "admin.replace_wijk_mapping": frozenset({D}),
    "admin.set_conversation_guide": frozenset({D}),
    # demo data: admin (the command line), only into an empty database.
    "demo.fill_demo": frozenset({D}),
    # the national delivery is personal data: admin only (FORMATS.md).
    "ddas.export_ddas": frozenset({D}),
    # what follows the plan (issue 14): team lead and admin.
    "follow_up.follow_up_list": frozenset({T, D}),
    "follow_up.letters": frozenset({T, D}),
    "follow_up.mark_sent": frozenset({T, D}),
    "follow_up.record_visit": frozenset({T, D}),
    # the coaches' tab; the team lead watches and may release.
    "handoff.close": frozenset({C}),
    "handoff.details": frozenset({C, T}),
    "handoff.list_handoffs": frozenset({C, T}),
    "handoff.overdue_counts": frozenset({C, T}),
    "handoff.record_contact": frozenset({C}),
    "handoff.release": frozenset({C, T}),
    "handoff.set_help_offered": frozenset({C}),
    "handoff.take": frozenset({C}),
    # residents who call back (issue 14): the agent searches on screen; team lead and admin
    # on the command line. Hits never hold a BSN.
    "inbound.find_cases": frozenset({A, T, D}),
    # imports: admin (DOMAIN.md section 2).
    "intake.import_history": frozenset({D}),
    "intake.import_signals": frozenset({D}),
    "intake.load_wijk_mapping": frozenset({D}),
    # the team lead's live queue.
    "monitor.change_token": frozenset({D, C, T}),
    "monitor.count_cases": frozenset({T}),
    "monitor.list_agents": frozenset({T}),
    "monitor.list_cases": frozenset({T}),
    "monitor.live_figures": frozenset({T}),
    "monitor.record_export": frozenset({T, D}),
    "monitor.wijken": frozenset({T}),
    # the next two weeks, the roster and staffing (issue 15): team lead, and the admin.
    "forecast.forecast": frozenset({T, D}),
    "forecast.roster_text": frozenset({T, D}),
    "forecast.set_roster": frozenset({T, D}),
    "forecast.staffing": frozenset({T, D}),
    # the shared jobs' last runs and errors: the admin tab.
    "shared_jobs.job_status": frozenset({D}),
    # the agent's next call; the team lead reassigns and releases.
    "queue.add_phone_number": frozenset({A, T, D}),
    "queue.case_card": frozenset({A, T}),
    "queue.current_window": EVERYONE,
    "queue.expire_leases": frozenset({T}),
    "queue.next_call": frozenset({A}),
    "queue.next_window_opening": EVERYONE,
    "queue.open_inbound": frozenset({A}),
    "queue.reassign": frozenset({T}),
    "queue.release": frozenset({A}),
    "queue.release_lease": frozenset({T}),
    "queue.renew_lease": frozenset({A}),
    "queue.save_outcome": frozenset({A}),
    "queue.purged_cases": frozenset({A}),
    "queue.wrong_number": frozenset({A}),
    # figures: team lead and admin.
    "reporting.compute_report": frozenset({T, D}),
    # planning evidence and what-if (issue 19): team lead and admin.
    "simulation.planning_evidence": frozenset({T, D}),
    "simulation.simulate_period": frozenset({T, D}),
    # retention: admin (command line) and the nightly job.
    "retention.run_retention": frozenset({D}),
}

#: Operations the background jobs (Actor.system) may run without a role.
SYSTEM_ALLOWED = {"queue.expire_leases", "retention.run_retention"}


@dataclass(frozen=True)
class Operation:
    name: str
    func: Callable[..., Any]
    roles: frozenset[Role]
    system: bool


def discover() -> dict[str, Operation]:
    """Import every app.services module and find the @allowed functions."""
    found: dict[str, Operation] = {}
    for info in pkgutil.walk_packages(app.services.__path__, "app.services."):
        module = importlib.import_module(info.name)
        for _name, obj in inspect.getmembers(module, inspect.isfunction):
            operation = getattr(obj, "operation", None)
            if operation is None or obj.__module__ != module.__name__:
                continue
            found[operation] = Operation(
                operation, obj, obj.allowed_roles, bool(getattr(obj, "allows_system", False))
            )
    return found


OPERATIONS = discover()


def test_discovery_finds_every_registered_operation() -> None:
    assert set(OPERATIONS) == set(REGISTRY), (
        "an operation is registered in authz.REGISTRY but is not a module-level function of "
        "app.services (the matrix cannot call it)"
    )


def test_every_operation_has_an_expectation() -> None:
    missing = sorted(set(REGISTRY) - set(EXPECTED))
    assert not missing, (
        f"add these operations to EXPECTED in {Path(__file__).name} (who may call them?): {missing}"
    )


def test_declared_roles_match_the_reviewed_policy() -> None:
    for name, op in OPERATIONS.items():
        if name in EXPECTED:
            assert op.roles == EXPECTED[name], name
            assert op.system == (name in SYSTEM_ALLOWED), name


# --- calling every operation as every role ----------------------------------------------------


@pytest.fixture(scope="module")
def matrix_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One SQLite database for the whole matrix (the calls are independent and mostly fail)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('matrix') / 'matrix.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    database = Database.from_url(url)
    with database.begin() as session:
        for role in (A, C, T, D):
            session.add(
                User(
                    id=MATRIX_USER_IDS[role],
                    username=f"matrix-{role.value}",
                    display_name=f"Matrix {role.value}",
                    role=role.value,
                    password_hash="!",
                    must_change_password=False,
                    created_at=datetime(2026, 1, 1, tzinfo=UTC),
                )
            )
    yield database
    database.dispose()


def _dummy_args(func: Callable[..., Any]) -> tuple[list[Any], dict[str, Any]]:
    signature = inspect.signature(func)
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for index, param in enumerate(signature.parameters.values()):
        if index == 0 or param.default is not inspect.Parameter.empty:
            continue
        if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            continue
        if param.kind is param.KEYWORD_ONLY:
            kwargs[param.name] = None
        else:
            args.append(None)
    return args, kwargs


def _refusals(db: Database, operation: str) -> int:
    with db.read() as session:
        return int(
            session.scalar(
                select(func.count(AuditEvent.id)).where(
                    AuditEvent.kind == "access_refused", AuditEvent.detail == operation
                )
            )
            or 0
        )


class PastTheRoleCheck(Exception):
    """Raised right after authz.check let a call through: the body never runs."""


@pytest.fixture
def stop_after_check(monkeypatch: pytest.MonkeyPatch) -> None:
    real_check = authz.check

    def check_then_stop(
        ctx: AppContext, operation: str, roles: frozenset[Role], *, system: bool
    ) -> None:
        real_check(ctx, operation, roles, system=system)
        raise PastTheRoleCheck(operation)

    monkeypatch.setattr(authz, "check", check_then_stop)


def _call(op: Operation, ctx: AppContext) -> BaseException | None:
    args, kwargs = _dummy_args(op.func)
    try:
        op.func(ctx, *args, **kwargs)
    except PermissionDenied as exc:
        return exc
    except PastTheRoleCheck:
        return None
    raise AssertionError(f"{op.name} ran without calling authz.check")


MATRIX_USER_IDS = {A: 101, C: 102, T: 103, D: 104}

ACTORS: list[tuple[str, Actor]] = [
    (role.value, Actor(username=f"matrix-{role.value}", role=role, user_id=MATRIX_USER_IDS[role]))
    for role in (A, C, T, D)
] + [("system", Actor.system("matrix"))]


@pytest.mark.parametrize("who,actor", ACTORS, ids=[who for who, _ in ACTORS])
@pytest.mark.parametrize("name", sorted(OPERATIONS))
@pytest.mark.usefixtures("stop_after_check")
def test_operation_as_role(matrix_db: Database, name: str, who: str, actor: Actor) -> None:
    op = OPERATIONS[name]
    expected = EXPECTED.get(name)
    if expected is None:
        pytest.fail(f"{name} has no row in EXPECTED")
    should_pass = name in SYSTEM_ALLOWED if actor.is_system else actor.role in expected
    ctx = AppContext(
        db=matrix_db,
        clock=FixedClock(datetime(2026, 11, 24, 9, 0, tzinfo=UTC)),
        actor=actor,
    )
    before = _refusals(matrix_db, name)
    refused = _call(op, ctx)
    after = _refusals(matrix_db, name)
    if should_pass:
        assert refused is None, f"{who} should be allowed {name}: {refused}"
        assert after == before
    else:
        assert refused is not None, f"{who} must be refused {name}"
        message = str(refused)
        assert message.endswith(".") and message[0].isupper() and "\n" not in message
        assert after == before + 1, f"the refusal of {name} for {who} was not audited"


# --- the refusal's audit survives, the refused work never happens ---------------------------


def test_a_refusal_is_audited_even_when_the_callers_work_rolls_back(
    db: Database, clock: FixedClock
) -> None:
    agent = AppContext(db=db, clock=clock, actor=Actor("beller1", A, user_id=7))
    with pytest.raises(PermissionDenied, match="Als beller mag u dit niet doen"):  # noqa: SIM117
        with db.begin() as session:
            session.execute(select(func.count(AuditEvent.id)))  # the caller's unit of work
            accounts.create_user(agent, "stiekem", Role.ADMIN, None, None)
    with db.read() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.kind == "access_refused")).one()
        assert (event.username, event.user_id, event.detail) == (
            "beller1",
            7,
            "accounts.create_user",
        )
        assert event.at == clock.now()
    assert accounts.list_users(AppContext(db=db, clock=clock)) == []


def test_a_refusal_is_audited_while_the_caller_holds_uncommitted_writes_on_postgres(
    db: Database, clock: FixedClock
) -> None:
    if db.is_sqlite:
        pytest.skip("SQLite has one writer: services never nest units of work (docs/SECURITY.md)")
    from app.services import audit

    teamlead = AppContext(db=db, clock=clock, actor=Actor("tl", T, user_id=3))
    with pytest.raises(PermissionDenied), db.begin() as session:
        audit.record(session, teamlead, "uncommitted_write")
        session.flush()
        accounts.list_users(teamlead)
    with db.read() as session:
        kinds = list(session.scalars(select(AuditEvent.kind)))
    assert kinds == ["access_refused"]


def test_a_system_actor_is_refused_ordinary_operations(db: Database, clock: FixedClock) -> None:
    job = AppContext(db=db, clock=clock, actor=Actor.system("nightly"))
    with pytest.raises(PermissionDenied, match="deze gebruiker"):
        accounts.list_users(job)


@pytest.mark.usefixtures("stop_after_check")
@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_a_temporary_password_allows_only_choosing_your_own(matrix_db: Database, name: str) -> None:
    """Until a new or reset account has chosen its own password, every operation but
    `accounts.change_password` is refused (and audited), whatever the role."""
    op = OPERATIONS[name]
    role = next(iter(sorted(EXPECTED.get(name, EVERYONE) or EVERYONE)))
    actor = Actor(
        username=f"matrix-{role.value}",
        role=role,
        user_id=MATRIX_USER_IDS[role],
        must_change_password=True,
    )
    ctx = AppContext(
        db=matrix_db, clock=FixedClock(datetime(2026, 11, 24, 9, tzinfo=UTC)), actor=actor
    )
    refused = _call(op, ctx)
    if name in authz.PASSWORD_CHANGE_OPERATIONS:
        assert refused is None
    else:
        assert refused is not None and "eigen wachtwoord" in str(refused), name
