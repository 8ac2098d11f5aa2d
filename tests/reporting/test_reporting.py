"""The figures of DOMAIN.md section 7 on a month of work counted by hand (see scenario.py)."""

from __future__ import annotations

from datetime import date

import pytest
from reporting_scenario import SEPTEMBER, build_scenario
from sqlalchemy import select

from app.models import AuditEvent, Case, Handoff
from app.models.enums import Role
from app.services.context import Actor, AppContext
from app.services.errors import InvalidInput, PermissionDenied
from app.services.reporting import compute_report, pct, round_half_up, working_days_between


def test_percentages_round_half_up_with_one_decimal() -> None:
    assert pct(99, 338) == 29.3
    assert pct(338, 1021) == 33.1
    assert pct(31, 65) == 47.7
    assert pct(49, 133) == 36.8
    assert pct(1, 16) == 6.3  # 6.25: half up, not banker's 6.2
    assert pct(1, 8) == 12.5
    assert pct(2, 3) == 66.7
    assert pct(0, 5) == 0.0
    assert pct(5, 5) == 100.0
    assert pct(0, 0) is None
    from fractions import Fraction

    assert round_half_up(Fraction(11, 4)) == 2.8


def test_working_days() -> None:
    tue, thu = date(2026, 10, 6), date(2026, 10, 8)
    assert working_days_between(tue, tue) == 0
    assert working_days_between(tue, thu) == 2
    assert working_days_between(date(2026, 10, 9), date(2026, 10, 19)) == 6  # Fri -> Mon+1 week
    assert working_days_between(date(2026, 10, 9), date(2026, 10, 10)) == 1  # Sat = as Monday
    # Easter Monday 2026-04-06 and King's Day 2026-04-27 are no working days.
    assert working_days_between(date(2026, 4, 3), date(2026, 4, 7)) == 1
    assert working_days_between(date(2026, 4, 24), date(2026, 4, 28)) == 1


@pytest.fixture
def scenario(ctx: AppContext) -> dict[str, int]:
    return build_scenario(ctx)


def test_september_figures_exactly(ctx: AppContext, scenario: dict[str, int]) -> None:
    report = compute_report(ctx, *SEPTEMBER)
    data = report.to_json()
    assert data["period"] == {"from": "2026-09-01", "to": "2026-09-30"}
    assert data["total"] == {
        "cases": 16,
        "reached": 10,
        "accepted": 5,
        "reach_pct": 62.5,
        "acceptance_pct": 50.0,
    }
    assert data["by_wijk"] == [
        {
            "wijk": "Europawijk",
            "cases": 7,
            "reached": 5,
            "accepted": 5,
            "reach_pct": 71.4,
            "acceptance_pct": 100.0,
        },
        {
            "wijk": "Oude Stad",
            "cases": 8,
            "reached": 5,
            "accepted": 0,
            "reach_pct": 62.5,
            "acceptance_pct": 0.0,
        },
        {
            "wijk": "Onbekend",
            "cases": 1,
            "reached": 0,
            "accepted": 0,
            "reach_pct": 0.0,
            "acceptance_pct": None,
        },
    ]
    assert data["by_slot"] == [
        {"slot": "morning", "attempts": 6, "contacts": 1, "contact_rate_pct": 16.7},
        {"slot": "afternoon", "attempts": 6, "contacts": 3, "contact_rate_pct": 50.0},
        {"slot": "evening", "attempts": 7, "contacts": 4, "contact_rate_pct": 57.1},
        {"slot": "saturday", "attempts": 4, "contacts": 3, "contact_rate_pct": 75.0},
    ]
    assert data["counts"] == {"signals": 19, "cases": 16, "attempts": 23, "contacts": 11}
    assert data["by_agent"] == [
        {
            "agent": "Anna Beller",
            "calls": 7,
            "contacts": 5,
            "accepted": 4,
            "contact_rate_pct": 71.4,
        },
        {
            "agent": "Belbureau Oud",
            "calls": 7,
            "contacts": 0,
            "accepted": 0,
            "contact_rate_pct": 0.0,
        },
        {
            "agent": "Bram Beller",
            "calls": 9,
            "contacts": 6,
            "accepted": 1,
            "contact_rate_pct": 66.7,
        },
    ]
    coach = data["coach_first_contact"]
    # Handoffs E1..E5: 2, 0, 3 and 6 working days; E5 still waits for the coach.
    assert coach["unit"] == "working_days"
    assert (coach["handoffs"], coach["contacted"], coach["waiting"]) == (5, 4, 1)
    assert coach["median"] == 2.5
    assert coach["mean"] == 2.8  # 11/4 = 2.75, half up
    with ctx.db.read() as session:
        rows = session.execute(
            select(Handoff.first_contact_at, Handoff.target_due_on, Handoff.legal_due_on)
            .join(Case, Case.id == Handoff.case_id)
            .where(Case.first_received_on.between(*SEPTEMBER))
        ).all()
    from app.clock import AMSTERDAM

    contacted = [(f.astimezone(AMSTERDAM).date(), t, lg) for f, t, lg in rows if f is not None]
    assert coach["within_target"] == sum(1 for f, t, _ in contacted if f <= t)
    assert coach["within_legal_deadline"] == sum(1 for f, _, lg in contacted if f <= lg)


def test_period_filter_is_inclusive_and_open_ended(
    ctx: AppContext, scenario: dict[str, int]
) -> None:
    everything = compute_report(ctx, None, None).to_json()
    assert everything["period"] == {"from": None, "to": None}
    assert everything["total"] == {
        "cases": 18,
        "reached": 11,
        "accepted": 6,
        "reach_pct": 61.1,
        "acceptance_pct": 54.5,
    }
    assert [w["wijk"] for w in everything["by_wijk"]] == [
        "Europawijk",
        "Oude Stad",
        "Zijlwegkwartier",
        "Onbekend",
    ]
    assert everything["counts"] == {"signals": 21, "cases": 18, "attempts": 25, "contacts": 12}

    first_ten = compute_report(ctx, date(2026, 9, 1), date(2026, 9, 10)).to_json()
    assert first_ten["total"]["cases"] == 10
    assert (first_ten["total"]["reached"], first_ten["total"]["accepted"]) == (7, 3)

    tail = compute_report(ctx, date(2026, 9, 30), None).to_json()
    assert tail["period"] == {"from": "2026-09-30", "to": None}
    assert tail["total"] == {
        "cases": 2,
        "reached": 0,
        "accepted": 0,
        "reach_pct": 0.0,
        "acceptance_pct": None,
    }
    head = compute_report(ctx, None, date(2026, 8, 31)).to_json()
    assert head["total"]["cases"] == 1 and head["by_wijk"][0]["wijk"] == "Zijlwegkwartier"


def test_empty_period_has_nulls_and_all_four_slots(ctx: AppContext) -> None:
    data = compute_report(ctx, date(2020, 1, 1), date(2020, 12, 31)).to_json()
    assert data["total"] == {
        "cases": 0,
        "reached": 0,
        "accepted": 0,
        "reach_pct": None,
        "acceptance_pct": None,
    }
    assert data["by_wijk"] == []
    assert data["by_slot"] == [
        {"slot": s, "attempts": 0, "contacts": 0, "contact_rate_pct": None}
        for s in ("morning", "afternoon", "evening", "saturday")
    ]
    assert data["coach_first_contact"]["median"] is None


def test_figures_survive_the_retention_purge(ctx: AppContext, scenario: dict[str, int]) -> None:
    before = compute_report(ctx, *SEPTEMBER)
    from reporting_world import World, local

    with ctx.db.begin() as session:
        world = World(session, ctx)
        for label in ("O1", "O2", "O3", "O4", "E6"):
            world.purge(session.get(Case, scenario[label]), local(2027, 6, 1, 3))
    after = compute_report(ctx, *SEPTEMBER)
    assert after == before
    assert after.to_json() == before.to_json()


def actor_for(role: Role) -> Actor:
    return Actor(username=f"test-{role.value}", role=role)


def test_roles_and_audit(ctx: AppContext, scenario: dict[str, int]) -> None:
    for role in (Role.AGENT, Role.COACH):
        with pytest.raises(PermissionDenied):
            compute_report(ctx.as_actor(actor_for(role)), *SEPTEMBER)
    compute_report(ctx.as_actor(actor_for(Role.TEAMLEAD)), *SEPTEMBER)
    compute_report(ctx, None, None)  # the command-line admin
    with pytest.raises(InvalidInput):
        compute_report(ctx, date(2026, 9, 30), date(2026, 9, 1))
    with ctx.db.read() as session:
        events = [
            (e.username, e.detail)
            for e in session.scalars(
                select(AuditEvent).where(AuditEvent.kind == "report").order_by(AuditEvent.id)
            )
        ]
        refused = session.scalars(
            select(AuditEvent).where(AuditEvent.kind == "access_refused")
        ).all()
    assert [name for name, _ in events] == ["test-teamlead", ctx.actor.username]
    assert "from=2026-09-01 to=2026-09-30" in events[0][1]
    assert len(refused) == 2
    # No personal data in the audit log: no BSN, no names.
    for _, detail in events:
        assert not any(ch.isalpha() and ch.isupper() for ch in detail)


@pytest.mark.slow
def test_pilot_interim_figures(ctx: AppContext) -> None:
    """DOMAIN.md section 1: 338 of 1021 reached (33.1%), 99 accepted (29.3%); Slachthuisbuurt /
    Amsterdamsebuurt 49 of 133 reached (36.8%); Europawijk / Molenwijk 31 of 65 (47.7%)."""
    from reporting_world import World, local

    from app.models.enums import HelpType, Outcome

    plan = [
        # wijk, cases, reached, accepted
        ("Slachthuisbuurt / Amsterdamsebuurt", 133, 49, 10),
        ("Europawijk / Molenwijk", 170, 65, 31),
        ("Overig Haarlem", 718, 224, 58),
    ]
    with ctx.db.begin() as session:
        world = World(session, ctx)
        day = 0
        for wijk, cases, reached, accepted in plan:
            for i in range(cases):
                case = world.case(wijk, date(2022, 7, 1 + i % 28))
                when = local(2022, 8, 1 + day % 27, 10 + day % 9)
                day += 1
                if i < accepted:
                    world.call(
                        case, Outcome.REACHED_HELP_ACCEPTED, when, help_types=[HelpType.BOOM]
                    )
                elif i < reached:
                    world.call(case, Outcome.REACHED_NO_HELP_NEEDED, when)
                elif i % 3 == 0:
                    world.call(case, Outcome.NO_ANSWER, when)
    data = compute_report(ctx, date(2022, 7, 1), date(2022, 8, 31)).to_json()
    assert data["total"] == {
        "cases": 1021,
        "reached": 338,
        "accepted": 99,
        "reach_pct": 33.1,
        "acceptance_pct": 29.3,
    }
    by_wijk = {w["wijk"]: w for w in data["by_wijk"]}
    assert by_wijk["Slachthuisbuurt / Amsterdamsebuurt"]["reach_pct"] == 36.8
    assert by_wijk["Europawijk / Molenwijk"]["acceptance_pct"] == 47.7
    assert sum(s["contacts"] for s in data["by_slot"]) == 338


def test_coach_days_use_amsterdam_dates_around_midnight(ctx: AppContext) -> None:
    """A handoff at 22:30 UTC is 00:30 the next day in summer but 23:30 the same day in winter."""
    from datetime import UTC, datetime

    from reporting_world import World, local

    from app.models.enums import HelpType, Outcome

    with ctx.db.begin() as session:
        world = World(session, ctx)
        summer = world.case("Parkwijk", date(2026, 6, 1))
        handoff_at = datetime(2026, 7, 1, 22, 30, tzinfo=UTC)  # Thursday 2 July 00:30 local
        world.call(summer, Outcome.REACHED_HELP_ACCEPTED, handoff_at, help_types=[HelpType.BOOM])
        world.coach(summer, first_contact_at=local(2026, 7, 2, 9))
        winter = world.case("Parkwijk", date(2025, 12, 1))
        handoff_at = datetime(2026, 1, 5, 22, 30, tzinfo=UTC)  # Monday 5 January 23:30 local
        world.call(winter, Outcome.REACHED_HELP_ACCEPTED, handoff_at, help_types=[HelpType.BOOM])
        world.coach(winter, first_contact_at=local(2026, 1, 6, 10))
    june = compute_report(ctx, date(2026, 6, 1), date(2026, 6, 30)).coach
    december = compute_report(ctx, date(2025, 12, 1), date(2025, 12, 31)).coach
    assert (june.contacted, june.median_working_days) == (1, 0.0)
    assert (december.contacted, december.median_working_days) == (1, 1.0)
