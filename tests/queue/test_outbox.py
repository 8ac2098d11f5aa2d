"""The workstation outbox: nothing saved is lost, nothing is recorded twice, order is kept."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from app.clock import FixedClock
from app.db import Database
from app.models import Attempt, Case
from app.models.enums import Outcome
from app.services import queue
from app.services.context import AppContext
from app.services.outbox import Outbox, PendingOutcome, SubmitState, is_connection_problem
from tests.queue.world import NOW, add_cases, add_user, attempt_counts, context, hold

Writer = Callable[[AppContext, int, queue.OutcomeEntry], queue.SavedOutcome]


def _lost_connection() -> OperationalError:
    return OperationalError("COMMIT", {}, Exception("server closed the connection unexpectedly"))


class Switch:
    """A writer in front of the real one: 'down' before writing, or 'lost' after committing."""

    def __init__(self) -> None:
        self.down = False
        self.lose_answer = False
        self.calls: list[int] = []

    def __call__(
        self, ctx: AppContext, case_id: int, entry: queue.OutcomeEntry
    ) -> queue.SavedOutcome:
        self.calls.append(case_id)
        if self.down:
            raise _lost_connection()
        saved = queue.save_outcome(ctx, case_id, entry)
        if self.lose_answer:
            raise _lost_connection()  # committed, but the client never heard
        return saved


def _pending(case_id: int, outcome: Outcome = Outcome.NO_ANSWER) -> PendingOutcome:
    return PendingOutcome(case_id, queue.OutcomeEntry.new(outcome, NOW, notes="n"))


def test_saved_directly_when_the_database_is_there(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    ctx = context(db, clock, add_user(db, "anna"))
    case_id = add_cases(db, 1)[0]
    assert queue.next_call(ctx) is not None
    outbox = Outbox(tmp_path / "o.sqlite3")
    result = outbox.submit(ctx, _pending(case_id))
    assert result.state is SubmitState.SAVED and result.attempt_id is not None
    assert result.pending == 0 and outbox.pending_count() == 0
    assert attempt_counts(db) == {case_id: 1}
    outbox.close()


def test_pending_while_down_then_written_in_order_and_survives_a_restart(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    ctx = context(db, clock, add_user(db, "anna"))
    cases = add_cases(db, 3)
    hold(db, ctx.actor, cases)
    switch = Switch()
    path = tmp_path / "o.sqlite3"
    outbox = Outbox(path, writer=switch)
    switch.down = True
    for case_id in cases:
        result = outbox.submit(ctx, _pending(case_id))
        assert result.state is SubmitState.PENDING and "niet bereikbaar" in (result.reason or "")
    assert outbox.pending_count() == 3
    assert [item.case_id for item in outbox.pending_items()] == cases
    assert outbox.flush(ctx).reachable is False
    outbox.close()  # the workstation is switched off

    switch.down = False
    switch.calls.clear()
    reopened = Outbox(path, writer=switch)
    assert reopened.pending_count() == 3
    flushed = reopened.flush(ctx)
    assert (flushed.written, flushed.failed, flushed.pending, flushed.reachable) == (3, 0, 0, True)
    assert switch.calls == cases  # in the order they were saved
    assert attempt_counts(db) == dict.fromkeys(cases, 1)
    reopened.close()


def test_a_retry_after_an_unclear_failure_records_once(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    ctx = context(db, clock, add_user(db, "anna"))
    case_id = add_cases(db, 1)[0]
    assert queue.next_call(ctx) is not None
    switch = Switch()
    switch.lose_answer = True
    outbox = Outbox(tmp_path / "o.sqlite3", writer=switch)
    assert outbox.submit(ctx, _pending(case_id)).state is SubmitState.PENDING
    switch.lose_answer = False
    assert outbox.flush(ctx).written == 1
    assert attempt_counts(db) == {case_id: 1}
    with db.read() as session:
        assert session.scalar(select(Case.attempts_used).where(Case.id == case_id)) == 1


def test_a_refused_outcome_is_kept_aside_with_its_reason(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    ctx = context(db, clock, add_user(db, "anna"))
    closed, fine = add_cases(db, 2)
    hold(db, ctx.actor, [closed, fine])
    with db.begin() as session:
        case = session.get(Case, closed)
        assert case is not None
        case.status = "closed"
        case.close_reason = "withdrawn"
    outbox = Outbox(tmp_path / "o.sqlite3")
    refused = outbox.submit(ctx, _pending(closed))
    assert refused.state is SubmitState.FAILED and "niet meer open" in (refused.reason or "")
    assert outbox.submit(ctx, _pending(fine)).state is SubmitState.SAVED  # not blocked by it
    [failed] = outbox.failed_items()
    assert failed.case_id == closed and failed.entry.notes == "n"
    with db.begin() as session:
        case = session.get(Case, closed)
        assert case is not None
        case.status = "open"  # the team lead reopened it: try again
    outbox.retry_failed(failed.seq)
    assert outbox.flush(ctx).written == 1
    assert outbox.failed_items() == [] and attempt_counts(db) == {closed: 1, fine: 1}
    outbox.submit(ctx, _pending(10_000))
    [gone] = outbox.failed_items()
    outbox.discard_failed(gone.seq)  # a person decided; only then it goes
    assert outbox.failed_items() == []


def test_a_refused_outcome_loses_its_notes_when_retention_purged_the_case(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    from app.models.enums import HelpType
    from app.services.outcomes import HelpRequestInput

    ctx = context(db, clock, add_user(db, "anna"))
    closed, other = add_cases(db, 2)
    hold(db, ctx.actor, [closed, other])
    with db.begin() as session:
        for case_id in (closed, other):
            case = session.get(Case, case_id)
            assert case is not None
            case.status = "closed"
            case.close_reason = "withdrawn"
    path = tmp_path / "o.sqlite3"
    outbox = Outbox(path)
    secret = "Bewoner-vertelt-over-beslaglegging"
    entry = queue.OutcomeEntry.new(
        Outcome.REACHED_HELP_ACCEPTED,
        NOW,
        notes=secret,
        help_request=HelpRequestInput((HelpType.BOOM,), note=secret + "-hulp"),
    )
    assert outbox.submit(ctx, PendingOutcome(closed, entry)).state is SubmitState.FAILED
    assert outbox.submit(ctx, _pending(other)).state is SubmitState.FAILED
    outbox.flush(ctx)
    assert [i.entry.notes for i in outbox.failed_items()] == [secret, "n"]  # not purged yet
    with db.begin() as session:
        case = session.get(Case, closed)
        assert case is not None
        case.purged_at = clock.now()  # retention ran on the server
    outbox.flush(ctx)
    purged, kept = outbox.failed_items()
    assert purged.case_id == closed and purged.entry.notes is None
    assert purged.entry.help_request is not None and purged.entry.help_request.note is None
    assert purged.entry.outcome is Outcome.REACHED_HELP_ACCEPTED  # the item itself stays
    assert "bewaartermijn" in (purged.reason or "")
    assert kept.entry.notes == "n"
    outbox.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("o.sqlite3*"))
    assert secret.encode() not in raw


def test_each_person_flushes_only_their_own_items(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    anna, bob = context(db, clock, add_user(db, "anna")), context(db, clock, add_user(db, "bob"))
    case_id = add_cases(db, 1)[0]
    hold(db, anna.actor, [case_id])
    switch = Switch()
    outbox = Outbox(tmp_path / "o.sqlite3", writer=switch)
    switch.down = True
    outbox.submit(anna, _pending(case_id))
    switch.down = False
    assert outbox.flush(bob).written == 0 and outbox.pending_count() == 1
    assert outbox.flush(anna).written == 1


def test_threads_submitting_through_flaky_connections_record_everything_once(
    db_url: str, db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    """Eight agents' worker threads share nothing but the database; one outbox per person,
    and a timer thread flushing one of them meanwhile. Every third write loses its answer,
    every fifth finds the database down."""
    agents = [add_user(db, f"agent{i}") for i in range(8)]
    cases = add_cases(db, 8 * 12)
    for i, who in enumerate(agents):
        hold(db, who, cases[i::8])
    keys: list[str] = []
    lock = threading.Lock()
    errors: list[BaseException] = []

    class Flaky:
        def __init__(self) -> None:
            self.n = 0

        def __call__(
            self, ctx: AppContext, case_id: int, entry: queue.OutcomeEntry
        ) -> queue.SavedOutcome:
            self.n += 1
            if self.n % 5 == 0:
                raise _lost_connection()
            saved = queue.save_outcome(ctx, case_id, entry)
            if self.n % 3 == 0:
                raise _lost_connection()
            return saved

    outboxes = [Outbox(tmp_path / f"o{i}.sqlite3", writer=Flaky()) for i in range(8)]

    def agent(i: int) -> None:
        own = Database.from_url(db_url)
        ctx = context(own, clock, agents[i])
        try:
            for case_id in cases[i::8]:
                pending = _pending(case_id)
                with lock:
                    keys.append(pending.entry.idempotency_key)
                outboxes[i].submit(ctx, pending)
            while outboxes[i].pending_count():
                outboxes[i].flush(ctx)
        except BaseException as exc:  # reported below
            errors.append(exc)
        finally:
            own.dispose()

    stop = threading.Event()

    def timer() -> None:
        ctx = context(db, clock, agents[0])
        while not stop.is_set():
            outboxes[0].flush(ctx)
            stop.wait(0.01)

    threads = [threading.Thread(target=agent, args=(i,)) for i in range(8)]
    flusher = threading.Thread(target=timer)
    flusher.start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    stop.set()
    flusher.join()
    assert errors == []
    assert all(o.pending_count() == 0 and o.failed_items() == [] for o in outboxes)
    assert attempt_counts(db) == dict.fromkeys(cases, 1)
    with db.read() as session:
        recorded = set(session.scalars(select(Attempt.idempotency_key)))
        assert recorded == set(keys)
        assert session.scalar(select(func.count()).select_from(Attempt)) == len(keys)


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (_lost_connection(), True),
        (ConnectionRefusedError(), True),
        (ValueError("x"), False),
    ],
)
def test_connection_problems_are_told_apart(error: BaseException, expected: bool) -> None:
    assert is_connection_problem(error) is expected
