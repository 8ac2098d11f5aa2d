"""Every contact attempt has a channel (issue 14): the outcome rules per channel."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from app.models import Attempt, Case, Handoff
from app.models.enums import Channel, HelpType, Outcome
from app.services import settings
from app.services.context import AppContext
from app.services.errors import Conflict, InvalidInput
from app.services.outcomes import HelpRequestInput, OutcomeInput, record_outcome
from tests.casework_factory import make_case

MONDAY = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


def _exhaust(ctx: AppContext, session, case: Case) -> None:  # type: ignore[no-untyped-def]
    """Seven unanswered calls: the case closes as not reached."""
    at = MONDAY
    while case.status == "open":
        record_outcome(session, ctx, case, OutcomeInput(outcome=Outcome.NO_ANSWER, at=at))
        at += timedelta(days=1)


def test_an_outbound_call_is_channel_phone_and_the_plan_ends_in_the_follow_up(
    ctx: AppContext,
) -> None:
    with ctx.db.begin() as session:
        case = make_case(session, opened_at=MONDAY - timedelta(days=1))
        _exhaust(ctx, session, case)
        assert case.close_reason == "not_reached"
        assert case.follow_up == "letter"
        channels = set(session.scalars(select(Attempt.channel).where(Attempt.case_id == case.id)))
        assert channels == {"phone"}


def test_the_follow_up_channel_is_the_municipality_s_choice(ctx: AppContext) -> None:
    with ctx.db.begin() as session:
        settings.put(session, "follow_up_channel", "home_visit")
        case = make_case(session, opened_at=MONDAY - timedelta(days=1))
        _exhaust(ctx, session, case)
        assert case.follow_up == "home_visit"
        settings.put(session, "follow_up_channel", "none")
        other = make_case(session, opened_at=MONDAY - timedelta(days=1))
        _exhaust(ctx, session, other)
        assert other.follow_up is None


def test_an_inbound_call_reopens_a_case_closed_as_not_reached_and_uses_no_attempt(
    ctx: AppContext,
) -> None:
    with ctx.db.begin() as session:
        case = make_case(session, opened_at=MONDAY - timedelta(days=1))
        _exhaust(ctx, session, case)
        used = case.attempts_used
        attempt = record_outcome(
            session,
            ctx,
            case,
            OutcomeInput(
                outcome=Outcome.REACHED_HELP_ACCEPTED,
                at=MONDAY + timedelta(days=30),
                channel=Channel.PHONE_IN,
                help_request=HelpRequestInput((HelpType.BOOM,)),
            ),
        )
        assert attempt.channel == "phone_in"
        assert attempt.is_contact is True
        assert attempt.counts_as_attempt is False
        assert case.attempts_used == used
        assert case.status == "handed_off"
        assert case.follow_up is None
        assert session.scalar(select(Handoff.case_id).where(Handoff.case_id == case.id))


def test_an_inbound_call_on_an_open_case_closes_it_by_its_outcome(ctx: AppContext) -> None:
    with ctx.db.begin() as session:
        case = make_case(session, opened_at=MONDAY - timedelta(days=1))
        record_outcome(
            session,
            ctx,
            case,
            OutcomeInput(
                outcome=Outcome.REACHED_NO_HELP_NEEDED, at=MONDAY, channel=Channel.PHONE_IN
            ),
        )
        assert (case.status, case.close_reason, case.attempts_used) == (
            "closed",
            "no_help_needed",
            0,
        )


@pytest.mark.parametrize(
    ("channel", "outcome"),
    [
        (Channel.PHONE_IN, Outcome.NO_ANSWER),
        (Channel.LETTER, Outcome.REACHED_NO_HELP_NEEDED),
        (Channel.CARD, Outcome.NO_ANSWER),
        (Channel.HOME_VISIT, Outcome.SENT),
        (Channel.PHONE, Outcome.SENT),
    ],
)
def test_an_outcome_that_does_not_fit_the_channel_is_refused(
    ctx: AppContext, channel: Channel, outcome: Outcome
) -> None:
    with ctx.db.begin() as session:
        case = make_case(session, opened_at=MONDAY - timedelta(days=1))
        with pytest.raises(InvalidInput, match="past niet bij"):
            record_outcome(
                session, ctx, case, OutcomeInput(outcome=outcome, at=MONDAY, channel=channel)
            )


def test_a_letter_on_a_closed_case_is_recorded_without_touching_the_case(
    ctx: AppContext,
) -> None:
    with ctx.db.begin() as session:
        case = make_case(session, opened_at=MONDAY - timedelta(days=1))
        _exhaust(ctx, session, case)
        closed_at = case.closed_at
        letter = record_outcome(
            session,
            ctx,
            case,
            OutcomeInput(outcome=Outcome.SENT, at=MONDAY + timedelta(days=25), channel="letter"),  # type: ignore[arg-type]
        )
        assert (letter.channel, letter.is_contact, letter.counts_as_attempt) == (
            "letter",
            False,
            False,
        )
        assert (case.status, case.close_reason, case.closed_at) == (
            "closed",
            "not_reached",
            closed_at,
        )


def test_a_home_visit_not_at_home_leaves_the_case_and_moved_away_ends_the_follow_up(
    ctx: AppContext,
) -> None:
    with ctx.db.begin() as session:
        case = make_case(session, opened_at=MONDAY - timedelta(days=1))
        _exhaust(ctx, session, case)
        record_outcome(
            session,
            ctx,
            case,
            OutcomeInput(
                outcome=Outcome.NO_ANSWER,
                at=MONDAY + timedelta(days=25),
                channel=Channel.HOME_VISIT,
            ),
        )
        assert (case.status, case.follow_up) == ("closed", "letter")
        record_outcome(
            session,
            ctx,
            case,
            OutcomeInput(
                outcome=Outcome.MOVED_AWAY,
                at=MONDAY + timedelta(days=26),
                channel=Channel.HOME_VISIT,
            ),
        )
        assert (case.status, case.follow_up) == ("closed", None)


def test_no_contact_can_be_added_to_a_case_closed_after_a_conversation(
    ctx: AppContext,
) -> None:
    with ctx.db.begin() as session:
        case = make_case(session, opened_at=MONDAY - timedelta(days=1))
        record_outcome(
            session, ctx, case, OutcomeInput(outcome=Outcome.REACHED_HELP_DECLINED, at=MONDAY)
        )
        with pytest.raises(Conflict, match="al afgesloten"):
            record_outcome(
                session,
                ctx,
                case,
                OutcomeInput(
                    outcome=Outcome.SENT, at=MONDAY + timedelta(days=1), channel=Channel.LETTER
                ),
            )


def test_a_closed_case_is_not_reopened_while_the_household_has_a_newer_one(
    ctx: AppContext,
) -> None:
    with ctx.db.begin() as session:
        case = make_case(session, opened_at=MONDAY - timedelta(days=1))
        _exhaust(ctx, session, case)
        newer = make_case(session, opened_at=MONDAY + timedelta(days=40))
        newer.household_id = case.household_id
        session.flush()
        with pytest.raises(Conflict, match="lopende zaak"):
            record_outcome(
                session,
                ctx,
                case,
                OutcomeInput(
                    outcome=Outcome.REACHED_NO_HELP_NEEDED,
                    at=MONDAY + timedelta(days=41),
                    channel=Channel.PHONE_IN,
                ),
            )


def test_the_plan_learns_its_contact_rates_from_outbound_calls_only(ctx: AppContext) -> None:
    from app.clock import AMSTERDAM
    from app.services import planning

    with ctx.db.begin() as session:
        case = make_case(session, opened_at=MONDAY - timedelta(days=1))
        record_outcome(session, ctx, case, OutcomeInput(outcome=Outcome.NO_ANSWER, at=MONDAY))
        other = make_case(session, opened_at=MONDAY - timedelta(days=1))
        record_outcome(
            session,
            ctx,
            other,
            OutcomeInput(
                outcome=Outcome.REACHED_NO_HELP_NEEDED, at=MONDAY, channel=Channel.PHONE_IN
            ),
        )
        rates = planning.contact_rates(session, MONDAY.astimezone(AMSTERDAM).date(), 8)
    # One outbound call without contact; the resident who called us does not count.
    assert rates == {"Oude Stad": {planning.Slot.MORNING: 0.0}}


def test_a_call_back_without_an_appointment_on_a_closed_case_closes_it_again(
    ctx: AppContext,
) -> None:
    with ctx.db.begin() as session:
        case = make_case(session, opened_at=MONDAY - timedelta(days=1))
        _exhaust(ctx, session, case)
        started = case.plan_started_at
        record_outcome(
            session,
            ctx,
            case,
            OutcomeInput(
                outcome=Outcome.CALLBACK_REQUESTED,
                at=MONDAY + timedelta(days=30),
                channel=Channel.PHONE_IN,
            ),
        )
        assert (case.status, case.close_reason, case.follow_up) == ("closed", "not_reached", None)
        assert case.plan_started_at == started


def test_a_letter_on_an_open_case_waiting_for_a_number_leaves_its_plan_alone(
    ctx: AppContext,
) -> None:
    with ctx.db.begin() as session:
        case = make_case(session, opened_at=MONDAY - timedelta(days=1), phones=())
        record_outcome(
            session,
            ctx,
            case,
            OutcomeInput(outcome=Outcome.SENT, at=MONDAY, channel=Channel.LETTER),
        )
        assert (case.status, case.needs_phone, case.plan_started_at, case.attempts_used) == (
            "open",
            True,
            None,
            0,
        )
