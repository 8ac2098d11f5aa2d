"""Handling time (issue 15): start and duration of a call, wrap-up until the next claim,
the outbox's JSON keeps the start, and the desk's dial template."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.clock import FixedClock
from app.db import Database
from app.models import Attempt, Case
from app.models.enums import Outcome
from app.services import queue
from app.services.errors import InvalidInput
from app.services.queue import OutcomeEntry
from app.ui.dialing import DialTemplateError, check_template, dial_uri
from tests.queue.world import add_cases, add_user, context


def _attempts(db: Database) -> list[Attempt]:
    with db.read() as session:
        rows = list(session.scalars(select(Attempt).order_by(Attempt.id)))
        session.expunge_all()
        return rows


def test_attempt_keeps_start_duration_and_wrap_up_until_the_next_claim(
    db: Database, clock: FixedClock
) -> None:
    anna = add_user(db, "anna")
    first, second = add_cases(db, 2)
    ctx = context(db, clock, anna)
    claimed = queue.next_call(ctx)
    assert claimed is not None
    clock.advance(timedelta(seconds=20))
    started = clock.now()  # Bellen pressed
    clock.advance(timedelta(minutes=3, seconds=5))
    queue.save_outcome(
        ctx, claimed.case_id, OutcomeEntry.new(Outcome.NO_ANSWER, clock.now(), started_at=started)
    )
    (attempt,) = _attempts(db)
    with db.read() as session:
        case = session.get(Case, claimed.case_id)
        # The forecast's per-slot counts move with attempts_used.
        assert case is not None and case.attempts_used == 1
        assert case.tried_slots == "1,0,0,0"  # the morning window
    assert attempt.started_at == started
    assert attempt.duration_seconds == 185
    assert attempt.wrap_up_seconds is None  # not known until the next claim

    clock.advance(timedelta(seconds=42))
    nxt = queue.next_call(ctx)
    assert nxt is not None and {nxt.case_id, claimed.case_id} == {first, second}
    (attempt,) = _attempts(db)
    assert attempt.wrap_up_seconds == 42

    # The second call was saved without pressing Bellen: no start, no duration; and a claim
    # after a long break records no wrap-up (a lunch is not handling time).
    queue.save_outcome(ctx, nxt.case_id, OutcomeEntry.new(Outcome.BUSY, clock.now()))
    add_cases(db, 1)
    clock.advance(queue.WRAP_UP_MAX + timedelta(minutes=1))
    assert queue.next_call(ctx) is not None
    later = _attempts(db)[1]
    assert later.started_at is None and later.duration_seconds is None
    assert later.wrap_up_seconds is None


def test_wrap_up_is_written_once_per_call(db: Database, clock: FixedClock) -> None:
    anna = add_user(db, "anna")
    add_cases(db, 1)
    ctx = context(db, clock, anna)
    claimed = queue.next_call(ctx)
    assert claimed is not None
    queue.save_outcome(ctx, claimed.case_id, OutcomeEntry.new(Outcome.VOICEMAIL, clock.now()))
    clock.advance(timedelta(seconds=30))
    assert queue.next_call(ctx) is None  # nothing claimed: nothing recorded
    assert _attempts(db)[0].wrap_up_seconds is None
    add_cases(db, 1)
    clock.advance(timedelta(seconds=30))
    assert queue.next_call(ctx) is not None
    assert _attempts(db)[0].wrap_up_seconds == 60
    clock.advance(timedelta(seconds=30))
    assert queue.next_call(ctx) is not None  # held again: not a new wrap-up
    assert _attempts(db)[0].wrap_up_seconds == 60


def test_a_start_after_the_save_is_refused_in_one_sentence(db: Database, clock: FixedClock) -> None:
    anna = add_user(db, "anna")
    add_cases(db, 1)
    ctx = context(db, clock, anna)
    claimed = queue.next_call(ctx)
    assert claimed is not None
    entry = OutcomeEntry.new(
        Outcome.NO_ANSWER, clock.now(), started_at=clock.now() + timedelta(minutes=1)
    )
    with pytest.raises(InvalidInput, match="niet beginnen nadat"):
        queue.save_outcome(ctx, claimed.case_id, entry)
    assert _attempts(db) == []


def test_the_outbox_json_keeps_the_start_and_reads_old_entries(clock: FixedClock) -> None:
    started = clock.now() - timedelta(minutes=2)
    entry = OutcomeEntry.new(Outcome.NO_ANSWER, clock.now(), started_at=started)
    assert OutcomeEntry.from_json(entry.to_json()) == entry
    old = entry.to_json().replace(f', "started_at": "{started.isoformat()}"', "")
    assert "started_at" not in old
    assert OutcomeEntry.from_json(old).started_at is None


@pytest.mark.parametrize(
    ("template", "number", "expected"),
    [
        ("tel:{e164}", "+31612345678", "tel:+31612345678"),
        ("sip:{e164}@pbx.example", "+31612345678", "sip:+31612345678@pbx.example"),
        ("sip:0{digits}@pbx.example", "+31612345678", "sip:031612345678@pbx.example"),
        ("callto:", "+31201234567", "callto:+31201234567"),
        ("", "+31612345678", None),
        ("   ", "+31612345678", None),
    ],
)
def test_dial_template(template: str, number: str, expected: str | None) -> None:
    assert dial_uri(template, number) == expected


@pytest.mark.parametrize(
    ("template", "sentence"),
    [
        ("{e164}", "schema"),
        ("tel:{nummer}", "{nummer}"),
        ("sip:pbx.example", "{e164}"),
    ],
)
def test_a_bad_dial_template_is_one_sentence(template: str, sentence: str) -> None:
    with pytest.raises(DialTemplateError, match=sentence.replace("{", r"\{").replace("}", r"\}")):
        check_template(template)
    assert check_template("callto:") == "callto:{e164}"


def test_migration_0009_counts_the_attempts_per_slot_type(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Cases that had attempts before 0009 get their counts per slot type from them."""
    from alembic import command
    from sqlalchemy import text

    from app.db import _alembic_config, make_engine

    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    command.upgrade(_alembic_config(engine), "0006")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO cases (id, wijk, status, opened_at, first_received_on, "
                "total_arrears_cents, attempts_used, missed_windows, needs_phone) VALUES "
                "(1, 'W', 'open', '2026-11-01 10:00:00', '2026-11-01', 0, 3, 0, 0), "
                "(2, 'W', 'open', '2026-11-01 10:00:00', '2026-11-01', 0, 0, 0, 0)"
            )
        )
        for slot, counts in (("evening", 1), ("evening", 1), ("saturday", 1), ("morning", 0)):
            conn.execute(
                text(
                    "INSERT INTO attempts (case_id, at, slot, outcome, is_contact, "
                    "counts_as_attempt, agent_name, source, created_at) VALUES (1, "
                    "'2026-11-02 18:00:00', :slot, 'no_answer', 0, :counts, '', 'history', "
                    "'2026-11-02 18:00:00')"
                ),
                {"slot": slot, "counts": counts},
            )
    command.upgrade(_alembic_config(engine), "head")
    with engine.connect() as conn:
        rows = dict(conn.execute(text("SELECT id, tried_slots FROM cases ORDER BY id")).all())
    engine.dispose()
    assert rows == {1: "0,0,2,1", 2: "0,0,0,0"}
