"""Issue 19 on SQLite and PostgreSQL: `simulate` (service and command), the "best reachable"
hint recorded with an outcome, the household's earlier cases, and the "why this slot" text."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from casework_factory import make_case
from sqlalchemy import select

from app.cli import main
from app.clock import AMSTERDAM
from app.db import Database
from app.models import Attempt, Case
from app.models.enums import Channel, Outcome, Role, Slot
from app.scheduler.planner import HouseholdEvidence
from app.services import planning
from app.services.context import Actor, AppContext
from app.services.errors import InvalidInput, PermissionDenied
from app.services.outcomes import OutcomeInput, record_outcome
from app.services.simulation import RuleChanges, simulate_period


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=AMSTERDAM)  # type: ignore[misc]


def attempt(session, case: Case, at: datetime, contact: bool) -> None:  # type: ignore[no-untyped-def]
    session.add(
        Attempt(
            case_id=case.id,
            at=at,
            slot=planning.slot_of_moment(session, at).value,
            outcome="reached_no_help_needed" if contact else "no_answer",
            is_contact=contact,
            counts_as_attempt=True,
            created_at=at,
        )
    )


def history_world(db: Database, cases: int = 24) -> None:
    """January 2027 in Molenwijk: evenings answer (1 in 2), days rarely (1 in 8)."""
    with db.begin() as session:
        for n in range(cases):
            opened = local(2027, 1, 4, 9, 0) + timedelta(days=n % 10)
            case = make_case(session, opened_at=opened, wijk="Molenwijk", received_on=opened.date())
            for k, (hour, contact) in enumerate(((10, n % 8 == 0), (19, n % 2 == 0))):
                attempt(session, case, opened.replace(hour=hour) + timedelta(days=k), contact)


def actor_for(role: Role) -> Actor:
    return Actor(username=f"test-{role.value}", role=role, user_id=None)


def teamlead(ctx: AppContext) -> AppContext:
    return AppContext(db=ctx.db, clock=ctx.clock, actor=actor_for(Role.TEAMLEAD))


def test_simulate_period_today_against_proposed_rules(ctx: AppContext) -> None:
    history_world(ctx.db)
    result = simulate_period(
        teamlead(ctx), date(2027, 1, 1), date(2027, 1, 31), RuleChanges(min_evening=3)
    )
    data = result.to_json()
    assert data["cases"] == 24 and data["attempts"] == 48
    for key in ("current", "proposed"):
        part = data[key]
        assert isinstance(part, dict)
        assert {"reach_pct", "calls_per_case", "calls_by_slot"} <= set(part)
        assert set(part["calls_by_slot"]) == {"morning", "afternoon", "evening", "saturday"}
        assert 0 <= part["reach_pct"] <= 100 and 1 <= part["calls_per_case"] <= 7
    current, proposed = data["current"], data["proposed"]
    assert isinstance(current, dict) and isinstance(proposed, dict)
    assert current["rules"]["min_evening"] == 2 and proposed["rules"]["min_evening"] == 3
    # Seeded: the same question gives the same answer.
    again = simulate_period(
        teamlead(ctx), date(2027, 1, 1), date(2027, 1, 31), RuleChanges(min_evening=3)
    )
    assert again.to_json() == data
    # No change: both sides the same, draw for draw.
    same = simulate_period(teamlead(ctx), date(2027, 1, 1), date(2027, 1, 31), RuleChanges())
    assert same.to_json()["current"] == same.to_json()["proposed"]


def test_simulate_refuses_bad_input_with_one_sentence(ctx: AppContext) -> None:
    history_world(ctx.db, cases=2)
    lead = teamlead(ctx)
    with pytest.raises(InvalidInput, match="geen belpogingen"):
        simulate_period(lead, date(2026, 1, 1), date(2026, 1, 31), RuleChanges())
    with pytest.raises(InvalidInput, match="vragen 6 pogingen, maar het maximum is 5"):
        simulate_period(
            lead, date(2027, 1, 1), date(2027, 1, 31), RuleChanges(max_attempts=5, min_evening=3)
        )
    with pytest.raises(InvalidInput, match="na de einddatum"):
        simulate_period(lead, date(2027, 2, 1), date(2027, 1, 1), RuleChanges())
    agent = AppContext(db=ctx.db, clock=ctx.clock, actor=actor_for(Role.AGENT))
    with pytest.raises(PermissionDenied):
        simulate_period(agent, date(2027, 1, 1), date(2027, 1, 31), RuleChanges())


def test_simulate_command_json_and_errors(
    db_url: str, ctx: AppContext, capsys: pytest.CaptureFixture[str]
) -> None:
    history_world(ctx.db)
    args = ["--db", db_url, "simulate", "--from", "2027-01-01", "--to", "2027-01-31"]
    assert main([*args, "--max-attempts", "8", "--min-saturday", "2", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["current"]["rules"]["max_attempts"] == 7
    assert data["proposed"]["rules"] == {
        "max_attempts": 8,
        "min_evening": 2,
        "min_saturday": 2,
        "plan_days": 21,
    }
    assert main(args) == 0
    assert "huidige regels" in capsys.readouterr().out
    for bad in (
        ["--from", "2026-01-01", "--to", "2026-01-31"],
        ["--from", "2027-01-01", "--to", "2027-01-31", "--max-attempts", "3"],
        ["--from", "januari", "--to", "2027-01-31"],
    ):
        assert main(["--db", db_url, "simulate", *bad, "--json"]) == 2
        captured = capsys.readouterr()
        assert captured.out == "" and len(captured.err.strip().splitlines()) == 1
        assert "Traceback" not in captured.err


def test_a_hint_is_stored_and_steers_the_next_attempt(ctx: AppContext) -> None:
    now = local(2026, 11, 24, 10, 0)  # Tuesday morning
    with ctx.db.begin() as session:
        case = make_case(session, opened_at=now, wijk="Molenwijk")
        record_outcome(
            session,
            ctx,
            case,
            OutcomeInput(outcome=Outcome.NO_ANSWER, at=now, reach_hint=" Avond "),
        )
        stored = session.scalar(select(Attempt.reach_hint).where(Attempt.case_id == case.id))
        assert stored == "evening"
        assert case.next_slot == "evening"
        why = planning.explain_next(session, case)
        assert why == "avond: hint bij een eerdere poging ('s avonds bereikbaar)"
        later = local(2026, 11, 25, 18, 0)
        record_outcome(
            session, ctx, case, OutcomeInput(outcome=Outcome.BUSY, at=later, reach_hint="9:45")
        )
        assert (
            session.scalar(
                select(Attempt.reach_hint).where(Attempt.case_id == case.id, Attempt.at == later)
            )
            == "09:45"
        )
        assert planning.hint_slot(planning.planning_context(session).calendar, "09:45") is (
            Slot.MORNING
        )
        assert case.next_slot == "morning"
        assert "rond 09:45" in planning.explain_next(session, case)


def test_a_bad_hint_or_a_hint_on_a_closing_outcome_is_refused(ctx: AppContext) -> None:
    now = local(2026, 11, 24, 10, 0)
    with ctx.db.begin() as session:
        case = make_case(session, opened_at=now)
        with pytest.raises(InvalidInput, match="geen bereikbaarheid"):
            record_outcome(
                session, ctx, case, OutcomeInput(outcome=Outcome.NO_ANSWER, at=now, reach_hint="x")
            )
        with pytest.raises(InvalidInput, match="bereikbaarheidshint"):
            record_outcome(
                session,
                ctx,
                case,
                OutcomeInput(outcome=Outcome.REACHED_NO_HELP_NEEDED, at=now, reach_hint="evening"),
            )


def test_where_the_household_was_reached_before_steers_its_new_case(ctx: AppContext) -> None:
    now = local(2026, 11, 24, 10, 0)
    with ctx.db.begin() as session:
        earlier = make_case(session, opened_at=now - timedelta(days=200), wijk="Molenwijk")
        attempt(session, earlier, local(2026, 5, 12, 14, 0), contact=True)  # an afternoon
        earlier.status = "closed"
        session.flush()
        case = Case(
            household_id=earlier.household_id,
            wijk="Molenwijk",
            opened_at=now.astimezone(UTC),
            first_received_on=now.date(),
        )
        session.add(case)
        session.flush()
        assert planning.household_reached_slots(session, case) == {Slot.AFTERNOON}
        assert planning.plan_first_attempt(session, case, now)
        assert case.next_slot == "afternoon"
        assert planning.explain_next(session, case) == (
            "middag: dit huishouden werd eerder 's middags bereikt"
        )


def test_a_voicemail_the_household_called_back_after_steers_its_new_case(
    ctx: AppContext,
) -> None:
    """Issue 19 part 2: a `phone_in` contact whose last outbound call before it (same case)
    was a voicemail makes that voicemail's slot type household evidence."""
    with ctx.db.begin() as session:
        earlier = make_case(session, opened_at=local(2026, 6, 1, 9, 0), wijk="Molenwijk")
        for at, outcome, channel in (
            (local(2026, 6, 2, 19, 0), Outcome.VOICEMAIL, Channel.PHONE),  # a Tuesday evening
            # Called back after a call without a message: the evening's voicemail is no
            # evidence (the last outbound call before the return call was this one).
            (local(2026, 6, 3, 14, 0), Outcome.NO_ANSWER, Channel.PHONE),
            (local(2026, 6, 4, 10, 0), Outcome.CALLBACK_REQUESTED, Channel.PHONE_IN),
            (local(2026, 6, 6, 11, 0), Outcome.VOICEMAIL, Channel.PHONE),  # a Saturday
            (local(2026, 6, 8, 9, 30), Outcome.REACHED_NO_HELP_NEEDED, Channel.PHONE_IN),
        ):
            record_outcome(
                session, ctx, earlier, OutcomeInput(outcome=outcome, at=at, channel=channel)
            )
        assert earlier.status == "closed"
        now = local(2026, 11, 28, 10, 0)  # a Saturday morning, months later
        case = Case(
            household_id=earlier.household_id,
            wijk="Molenwijk",
            opened_at=now.astimezone(UTC),
            first_received_on=now.date(),
        )
        session.add(case)
        session.flush()
        calendar = planning.planning_context(session).calendar
        # Both return calls came on a weekday morning: reached there, and the Saturday's
        # voicemail was answered.
        assert planning.household_evidence(session, case, calendar, None) == HouseholdEvidence(
            reached=frozenset({Slot.MORNING}), voicemail_returned=frozenset({Slot.SATURDAY})
        )
        # Where the household was reached alone would plan Monday morning ...
        reached_only = HouseholdEvidence(reached=frozenset({Slot.MORNING}))
        assert planning.plan_first_attempt(session, case, now, household=reached_only)
        assert case.next_slot == "morning"
        # ... the voicemail weighs alike, and today's Saturday window comes first.
        assert planning.plan_first_attempt(session, case, now)
        assert case.next_slot == "saturday"
        assert planning.explain_next(session, case) == (
            "zaterdag: na een voicemail op zaterdag belde dit huishouden terug"
        )


def test_a_voicemail_called_back_in_this_case_steers_its_later_attempts(
    ctx: AppContext,
) -> None:
    with ctx.db.begin() as session:
        case = make_case(session, opened_at=local(2026, 11, 24, 9, 0), wijk="Molenwijk")
        record_outcome(
            session, ctx, case, OutcomeInput(outcome=Outcome.VOICEMAIL, at=local(2026, 11, 28, 11))
        )
        # The resident calls back on Monday and asks to be called again (no time agreed: the
        # plan goes on); never two Saturdays in a row, so the next attempt is another slot.
        record_outcome(
            session,
            ctx,
            case,
            OutcomeInput(
                outcome=Outcome.CALLBACK_REQUESTED,
                at=local(2026, 11, 30, 10, 0),
                channel=Channel.PHONE_IN,
            ),
        )
        assert case.status == "open" and case.next_slot not in (None, "saturday")
        record_outcome(
            session, ctx, case, OutcomeInput(outcome=Outcome.NO_ANSWER, at=local(2026, 12, 1, 13))
        )
        assert case.next_slot == "saturday"
        assert case.next_window_start is not None
        assert case.next_window_start.astimezone(AMSTERDAM).date() == date(2026, 12, 5)
        assert planning.explain_next(session, case) == (
            "zaterdag: na een voicemail op zaterdag belde dit huishouden terug"
        )
        # A missed window moves within its slot type as before (DOMAIN.md 4.6).
        moved = planning.move_missed_windows(session, local(2026, 12, 5, 16, 30))
        assert moved.moved == 1 and case.next_slot == "saturday"


def test_why_text_names_the_wijk_and_its_rates(db: Database) -> None:
    now = local(2026, 11, 24, 10, 0)
    with db.begin() as session:
        other = make_case(session, opened_at=now - timedelta(weeks=3), wijk="Molenwijk")
        for week in range(1, 7):
            day = now - timedelta(weeks=week)
            attempt(session, other, day.replace(hour=19), contact=week % 2 == 0)
            attempt(session, other, day.replace(hour=10) + timedelta(days=1), contact=False)
        case = make_case(session, opened_at=now, wijk="Molenwijk")
        assert planning.plan_first_attempt(session, case, now)
        assert case.next_slot == "evening"
        why = planning.explain_next(session, case)
        assert why.startswith("avond: in Molenwijk ")
        # Evenings 3/6 and mornings 0/6, shrunk to the city's (the same wijk): 50% and 0%.
        assert why == "avond: in Molenwijk 50% contact 's avonds, 0% 's ochtends"


def test_plan_preview_explains_with_a_wijks_rates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'why.sqlite3'}"
    from app.db import open_database

    database = open_database(url)
    now = local(2026, 11, 24, 10, 0)
    with database.begin() as session:
        other = make_case(session, opened_at=now - timedelta(weeks=3), wijk="Molenwijk")
        for week in range(1, 5):
            attempt(session, other, (now - timedelta(weeks=week)).replace(hour=19), contact=True)
            attempt(session, other, (now - timedelta(weeks=week)).replace(hour=11), contact=False)
    database.dispose()
    args = ["--db", url, "plan-preview", "--start", "2026-11-24T10:00", "--wijk", "Molenwijk"]
    assert main([*args, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data[0]["slot"] == "evening"
    assert str(data[0]["why"]).startswith("avond: in Molenwijk ")
    assert main(["plan-preview", "--start", "2026-11-24T10:00", "--wijk", "Molenwijk"]) == 2
    assert "--db" in capsys.readouterr().err
