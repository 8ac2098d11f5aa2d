"""Many agents at once, each with its own engine and connection: no case is ever handed to two
agents, and every outcome is recorded exactly once (SQLite and PostgreSQL)."""

from __future__ import annotations

import threading
from collections import Counter

import pytest
from sqlalchemy import func, select

from app.clock import FixedClock
from app.db import Database
from app.models import Attempt, AuditEvent, Case
from app.models.enums import Outcome
from app.services import queue
from app.services.context import Actor
from tests.queue.world import NOW, add_cases, add_user, attempt_counts, context

OUTCOMES = (Outcome.NO_ANSWER, Outcome.BUSY, Outcome.VOICEMAIL, Outcome.REACHED_NO_HELP_NEEDED)


def _run_agents(
    db_url: str, clock: FixedClock, agents: list[Actor]
) -> tuple[list[int], list[BaseException]]:
    claimed: list[int] = []
    errors: list[BaseException] = []
    lock = threading.Lock()
    start = threading.Barrier(len(agents))

    def work(agent: Actor, n: int) -> None:
        own = Database.from_url(db_url)  # its own engine and connection, like a workstation
        ctx = context(own, clock, agent)
        try:
            start.wait()
            i = 0
            while (case := queue.next_call(ctx)) is not None:
                with lock:
                    claimed.append(case.case_id)
                outcome = OUTCOMES[(n + i) % len(OUTCOMES)]
                queue.save_outcome(ctx, case.case_id, queue.OutcomeEntry.new(outcome, NOW))
                i += 1
        except BaseException as exc:
            errors.append(exc)
        finally:
            own.dispose()

    threads = [threading.Thread(target=work, args=(a, n)) for n, a in enumerate(agents)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return claimed, errors


@pytest.mark.slow
def test_concurrent_agents_never_share_a_case_and_record_each_outcome_once(
    db_url: str, db: Database, clock: FixedClock
) -> None:
    agents = [add_user(db, f"agent{i}") for i in range(8)]
    cases = add_cases(db, 240)
    claimed, errors = _run_agents(db_url, clock, agents)
    assert errors == []
    assert [c for c, n in Counter(claimed).items() if n > 1] == []  # zero double claims
    assert sorted(claimed) == cases
    assert attempt_counts(db) == dict.fromkeys(cases, 1)
    with db.read() as session:
        claims = session.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.kind == "claim")
        )
        outcomes = session.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.kind == "outcome")
        )
        assert claims == outcomes == len(cases)
        assert session.scalar(select(func.count()).where(Case.lease_user_id.is_not(None))) == 0
        assert session.scalar(select(func.count()).select_from(Attempt)) == len(cases)


def test_a_burst_of_agents_on_few_cases_gets_each_case_once(
    db_url: str, db: Database, clock: FixedClock
) -> None:
    """Twelve agents press Next call at the same instant with five cases in the queue."""
    agents = [add_user(db, f"agent{i}") for i in range(12)]
    cases = add_cases(db, 5)
    results: list[int | None] = []
    lock = threading.Lock()
    start = threading.Barrier(len(agents))
    errors: list[BaseException] = []

    def press(agent: Actor) -> None:
        own = Database.from_url(db_url)
        try:
            with own.engine.connect() as conn:  # connected before the starting shot
                conn.exec_driver_sql("SELECT 1")
            start.wait()
            case = queue.next_call(context(own, clock, agent))
            with lock:
                results.append(case.case_id if case else None)
        except BaseException as exc:
            errors.append(exc)
        finally:
            own.dispose()

    threads = [threading.Thread(target=press, args=(a,)) for a in agents]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    got = sorted(c for c in results if c is not None)
    assert got == cases and results.count(None) == 7
