"""Residents who call back (issue 14): search, open (leased, audited), record the conversation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from app.models import Attempt, AuditEvent, Case, Household
from app.models.enums import Channel, Outcome, Role
from app.services import inbound, queue
from app.services.context import AppContext
from app.services.errors import Conflict, InvalidInput, PermissionDenied
from app.services.outcomes import OutcomeInput, record_outcome
from tests.casework_factory import actor_of, make_case, make_user

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def _ctx(ctx: AppContext, user) -> AppContext:  # type: ignore[no-untyped-def]
    return AppContext(db=ctx.db, clock=ctx.clock, actor=actor_of(user))


@pytest.fixture
def world(ctx: AppContext) -> dict[str, object]:
    with ctx.db.begin() as session:
        anna = make_user(session, "anna", Role.AGENT, "Anna Beller")
        bram = make_user(session, "bram", Role.AGENT, "Bram Beller")
        lead = make_user(session, "lisa", Role.TEAMLEAD)
        coach = make_user(session, "carl", Role.COACH)
        open_case = make_case(
            session,
            opened_at=NOW - timedelta(days=3),
            last_name="de Vries",
            first_name="Pieter Jan",
            phones=("+31612345678", "+31235112345"),
        )
        closed = make_case(
            session,
            opened_at=NOW - timedelta(days=40),
            last_name="Yilmaz",
            first_name="Ayse",
            phones=("+31687654321",),
        )
        at = NOW - timedelta(days=38)
        while closed.status == "open":
            record_outcome(session, ctx, closed, OutcomeInput(outcome=Outcome.NO_ANSWER, at=at))
            at += timedelta(days=1)
        assert closed.close_reason == "not_reached"
        # The first number of the open case was struck as wrong: still found by it.
        open_case.phones[0].struck_at = NOW - timedelta(days=1)
        household = session.get(Household, open_case.household_id)
        assert household is not None
        return {
            "anna": anna,
            "bram": bram,
            "lead": lead,
            "coach": coach,
            "open": open_case.id,
            "closed": closed.id,
            "postcode": household.postcode,
            "number": household.house_number,
        }


def test_found_by_the_number_however_written_struck_numbers_included(
    ctx: AppContext, world: dict[str, object]
) -> None:
    agent = _ctx(ctx, world["anna"])
    for written in ("06-12 34 56 78", "+31 6 12345678", "0031612345678"):
        result = inbound.find_cases(agent, phone=written)
        assert [h.case_id for h in result.hits] == [world["open"]]
    hit = result.hits[0]
    assert hit.name == "P.J. de Vries"
    assert hit.address.startswith("Grote Markt ")
    assert (hit.wijk, hit.status) == ("Oude Stad", "open")
    # Only what tells residents apart: no BSN, number or amount anywhere in a hit.
    assert set(hit.to_json()) == {"case_id", "name", "address", "wijk", "status", "close_reason"}
    assert "111222333" not in repr(hit)
    assert inbound.find_cases(agent, phone="0235112345").hits[0].case_id == world["open"]
    assert inbound.find_cases(agent, phone="0611111111").hits == ()


def test_found_by_last_name_postcode_and_house_number_or_by_reference(
    ctx: AppContext, world: dict[str, object]
) -> None:
    agent = _ctx(ctx, world["anna"])
    postcode = str(world["postcode"])
    spaced = f"{postcode[:4]} {postcode[4:].lower()}"
    found = inbound.find_cases(
        agent, last_name="vries", postcode=spaced, house_number=str(world["number"])
    )
    assert [h.case_id for h in found.hits] == [world["open"]]
    assert (
        inbound.find_cases(
            agent, last_name="Jansen", postcode=postcode, house_number=world["number"]
        ).hits
        == ()
    )
    assert (
        inbound.find_cases(agent, reference=str(world["closed"])).hits[0].case_id
        == (world["closed"])
    )
    with ctx.db.read() as session:
        ref = session.scalar(select(Case).where(Case.id == world["closed"])).signals[0].signal_ref  # type: ignore[union-attr]
    assert [h.case_id for h in inbound.find_cases(agent, reference=ref.lower()).hits] == [
        world["closed"]
    ]
    assert inbound.find_cases(agent, reference="SIG-nonexistent").hits == ()


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"postcode": "2011AA"},
        {"last_name": "de"},
        {"last_name": "Vr", "postcode": "2011AA"},
        {"last_name": "%", "postcode": "2011AA", "house_number": "1"},
        {"postcode": "2011AA", "house_number": "1"},
    ],
)
def test_too_little_to_go_on_gets_one_sentence_not_a_list(
    ctx: AppContext, world: dict[str, object], kwargs: dict[str, str]
) -> None:
    with pytest.raises(InvalidInput) as refused:
        inbound.find_cases(_ctx(ctx, world["anna"]), **kwargs)
    assert str(refused.value).count(".") >= 1 and "\n" not in str(refused.value)


def test_bad_number_and_postcode_are_refused(ctx: AppContext, world: dict[str, object]) -> None:
    agent = _ctx(ctx, world["anna"])
    with pytest.raises(InvalidInput, match="telefoonnummer"):
        inbound.find_cases(agent, phone="12")
    with pytest.raises(InvalidInput, match="postcode"):
        inbound.find_cases(agent, last_name="Vries", postcode="20X", house_number="4")


def test_hits_are_limited(ctx: AppContext, world: dict[str, object]) -> None:
    with ctx.db.begin() as session:
        for _ in range(inbound.MAX_HITS + 3):
            make_case(session, opened_at=NOW - timedelta(days=1), phones=("+31611112222",))
    result = inbound.find_cases(_ctx(ctx, world["lead"]), phone="0611112222")
    assert len(result.hits) == inbound.MAX_HITS and result.truncated


def test_a_coach_may_not_search_and_searches_are_audited_without_the_number(
    ctx: AppContext, world: dict[str, object]
) -> None:
    with pytest.raises(PermissionDenied):
        inbound.find_cases(_ctx(ctx, world["coach"]), phone="0612345678")
    inbound.find_cases(_ctx(ctx, world["anna"]), phone="0612345678")
    with ctx.db.read() as session:
        detail = session.scalars(
            select(AuditEvent.detail).where(AuditEvent.kind == "search_cases")
        ).one()
    assert detail == "by phone: 1 hits"
    assert "612345678" not in detail


def test_the_call_back_reopens_a_case_closed_as_not_reached(
    ctx: AppContext, world: dict[str, object]
) -> None:
    agent = _ctx(ctx, world["anna"])
    case_id = int(world["closed"])  # type: ignore[call-overload]
    card = queue.open_inbound(agent, case_id)
    assert card.case_id == case_id and card.status == "closed"
    assert "111222333" not in repr(card)
    with ctx.db.read() as session:
        case = session.get(Case, case_id)
        assert case is not None and case.lease_user_id == world["anna"].id  # type: ignore[attr-defined]
        kinds = session.execute(
            select(AuditEvent.kind, AuditEvent.detail).where(AuditEvent.case_id == case_id)
        ).all()
    assert ("claim", "inbound") in kinds
    assert ("view_case", "role agent; inbound") in kinds
    # Another agent cannot open it meanwhile; the lease is renewed although it is closed.
    with pytest.raises(Conflict, match="andere beller"):
        queue.open_inbound(_ctx(ctx, world["bram"]), case_id)
    queue.renew_lease(agent, case_id)

    entry = queue.OutcomeEntry.new(
        Outcome.REACHED_NO_HELP_NEEDED, ctx.clock.now(), channel=Channel.PHONE_IN
    )
    saved = queue.save_outcome(agent, case_id, entry)
    assert saved.case_status == "closed"
    with ctx.db.read() as session:
        case = session.get(Case, case_id)
        assert case is not None
        assert (case.close_reason, case.attempts_used, case.lease_user_id) == (
            "no_help_needed",
            7,
            None,
        )
        attempt = session.get(Attempt, saved.attempt_id)
        assert attempt is not None
        assert (attempt.channel, attempt.is_contact, attempt.counts_as_attempt) == (
            "phone_in",
            True,
            False,
        )
    # The outbox keeps the channel across a restart.
    assert queue.OutcomeEntry.from_json(entry.to_json()).channel is Channel.PHONE_IN
    # Closed after a conversation: no second inbound conversation on it.
    with pytest.raises(Conflict, match="na een gesprek"):
        queue.open_inbound(agent, case_id)


def test_a_handed_off_case_is_not_opened_and_only_agents_open(
    ctx: AppContext, world: dict[str, object]
) -> None:
    with pytest.raises(PermissionDenied):
        queue.open_inbound(_ctx(ctx, world["lead"]), int(world["open"]))  # type: ignore[call-overload]
    with ctx.db.begin() as session:
        case = session.get(Case, world["open"])
        assert case is not None
        case.status = "handed_off"
    with pytest.raises(Conflict, match="budgetcoach"):
        queue.open_inbound(_ctx(ctx, world["anna"]), int(world["open"]))  # type: ignore[call-overload]
