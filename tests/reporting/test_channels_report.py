"""Figures per channel (issue 14): the report's by_channel and the DDAS contactsoort."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from reporting_world import World, local

from app.cli import main
from app.models.enums import Channel, HelpType, Outcome
from app.services import ddas, report_export
from app.services.context import AppContext
from app.services.outcomes import HelpRequestInput, OutcomeInput, record_outcome
from app.services.reporting import Period, compute_report

PERIOD = (date(2026, 9, 1), date(2026, 9, 30))


def _build(ctx: AppContext) -> None:
    """Two cases: one not reached by phone, then a letter, a card, a home visit nobody answered,
    and an inbound call that accepted help; one reached by phone on the first call."""
    with ctx.db.begin() as session:
        w = World(session, ctx)
        w.agent("anna", "Anna Beller")
        late = w.case("Europawijk", date(2026, 9, 1))
        w.no_contact_until_closed(late, local(2026, 10, 5, 10))
        assert late.close_reason == "not_reached"
        for channel, outcome, at in [
            (Channel.LETTER, Outcome.SENT, local(2026, 10, 20, 9)),
            (Channel.CARD, Outcome.SENT, local(2026, 10, 21, 9)),
            (Channel.HOME_VISIT, Outcome.NO_ANSWER, local(2026, 10, 22, 16)),
        ]:
            record_outcome(
                session, ctx, late, OutcomeInput(outcome=outcome, at=at, channel=channel)
            )
        record_outcome(
            session,
            ctx,
            late,
            OutcomeInput(
                outcome=Outcome.REACHED_HELP_ACCEPTED,
                at=local(2026, 10, 23, 19),
                channel=Channel.PHONE_IN,
                agent_id=w.agents["anna"],
                help_request=HelpRequestInput((HelpType.BOOM,)),
            ),
        )
        quick = w.case("Oude Stad", date(2026, 9, 2))
        w.call(quick, Outcome.REACHED_NO_HELP_NEEDED, local(2026, 10, 5, 14))


def test_by_channel_counts_every_channel_and_the_inbound_call_counts_as_reached(
    ctx: AppContext, tmp_path: Path
) -> None:
    _build(ctx)
    report = compute_report(ctx, *PERIOD)
    data = report.to_json()
    assert data["by_channel"] == [
        {"channel": "phone", "attempts": 8, "contacts": 1, "accepted": 0},
        {"channel": "phone_in", "attempts": 1, "contacts": 1, "accepted": 1},
        {"channel": "letter", "attempts": 1, "contacts": 0, "accepted": 0},
        {"channel": "card", "attempts": 1, "contacts": 0, "accepted": 0},
        {"channel": "home_visit", "attempts": 1, "contacts": 0, "accepted": 0},
        {"channel": "sms", "attempts": 0, "contacts": 0, "accepted": 0},
        {"channel": "email", "attempts": 0, "contacts": 0, "accepted": 0},
    ]
    assert data["total"] == {
        "cases": 2,
        "reached": 2,
        "accepted": 1,
        "reach_pct": 100.0,
        "acceptance_pct": 50.0,
    }
    # by_slot is the plan's outbound calls; counts are over every channel.
    assert sum(s["attempts"] for s in data["by_slot"]) == 8
    assert data["counts"]["attempts"] == 12
    assert data["counts"]["contacts"] == 2
    # The agent's figures hold the calls they made and took, not letters or visits.
    anna = next(a for a in data["by_agent"] if a["agent"] == "Anna Beller")
    assert (anna["calls"], anna["contacts"], anna["accepted"]) == (9, 2, 1)

    # The resident who called back after the letter, the card and the visit is counted under
    # the visit, the last outreach before the call (issue 14: reached through that channel).
    called = {c["channel"]: (c["callbacks"], c["accepted"]) for c in data["callbacks_by_channel"]}
    assert called["home_visit"] == (1, 1)
    assert sum(n for n, _a in called.values()) == 1

    sections = report_export.read_csv_sections(report_export.to_csv_text(report))
    assert [r["channel"] for r in sections["kanaal"]] == [c.value for c in Channel]
    assert sections["teruggebeld"][4] == {
        "channel": "home_visit",
        "callbacks": "1",
        "accepted": "1",
    }
    assert sections["kanaal"][1] == {
        "channel": "phone_in",
        "attempts": "1",
        "contacts": "1",
        "accepted": "1",
    }


def test_ddas_writes_each_attempt_with_its_contactsoort_and_dagdeel_only_for_calls(
    ctx: AppContext, tmp_path: Path
) -> None:
    _build(ctx)
    result = ddas.export_ddas(ctx, *PERIOD, "0392", tmp_path / "ddas.json")
    assert ddas.violations(result.document) == []
    zaken = result.document["leveringen"][0]["vroegsignaalzaken"]
    late = zaken[0]["contactpogingen"]
    assert [p["soort"] for p in late[7:]] == ["Brief", "Kaartje", "Huisbezoek", "Telefoon"]
    assert [("dagdeel" in p) for p in late[7:]] == [False, False, False, True]
    assert late[-1] == {
        "soort": "Telefoon",
        "bereikt": True,
        "datum": "2026-10-23",
        "dagdeel": "Avond",
    }
    assert all(p["soort"] == "Telefoon" and "dagdeel" in p for p in late[:7])
    # Handed off after the call-back, no offer by the coach yet: in progress, no resultaat
    # (no longer "Definitief geen contact kunnen krijgen").
    assert "resultaat" not in zaken[0]
    assert zaken[1]["resultaat"] == ddas.RESULT_SELF
    assert result.attempts == compute_report(ctx, *PERIOD).to_json()["counts"]["attempts"]


def _letter_year_and_phone_year(ctx: AppContext) -> None:
    """2021: eleven residents only written to, one of whom called back after the letter
    (reach 9.1%); 2022: three phoned, one reached and accepted (reach 33.3%)."""
    with ctx.db.begin() as session:
        w = World(session, ctx)
        w.agent("anna", "Anna Beller")
        for n in range(11):
            case = w.case("Oude Stad", date(2021, 3, 1 + n))
            record_outcome(
                session,
                ctx,
                case,
                OutcomeInput(
                    outcome=Outcome.SENT, at=local(2021, 3, 20, 9), channel=Channel.LETTER
                ),
            )
            if n == 0:
                record_outcome(
                    session,
                    ctx,
                    case,
                    OutcomeInput(
                        outcome=Outcome.REACHED_NO_HELP_NEEDED,
                        at=local(2021, 3, 24, 10),
                        channel=Channel.PHONE_IN,
                    ),
                )
        for n in range(3):
            case = w.case("Oude Stad", date(2022, 7, 1 + n))
            if n == 0:
                w.call(
                    case,
                    Outcome.REACHED_HELP_ACCEPTED,
                    local(2022, 7, 5, 19),
                    help_types=[HelpType.BOOM],
                )
            else:
                w.call(case, Outcome.NO_ANSWER, local(2022, 7, 5, 10))


def test_a_baseline_period_beside_the_report(
    ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _letter_year_and_phone_year(ctx)
    report = compute_report(
        ctx,
        date(2022, 7, 1),
        date(2022, 8, 31),
        baseline=Period(date(2021, 1, 1), date(2021, 12, 31)),
    )
    data = report.to_json()
    assert data["total"]["reach_pct"] == 33.3
    assert data["baseline"] == {
        "period": {"from": "2021-01-01", "to": "2021-12-31"},
        "total": {
            "cases": 11,
            "reached": 1,
            "accepted": 0,
            "reach_pct": 9.1,
            "acceptance_pct": 0.0,
        },
        # 100/3 - 100/11 = 24.24…; 100/1 - 0/1 = 100.0
        "difference_pp": {"reach": 24.2, "acceptance": 100.0},
    }
    sections = report_export.read_csv_sections(report_export.to_csv_text(report))
    assert [r["reach_pct"] for r in sections["vergelijking"]] == ["33.3", "9.1"]
    assert sections["vergelijking"][0]["reach_pp"] == "24.2"
    # The letter year on its own: the resident who called back is reached through the letter.
    letters = compute_report(ctx, date(2021, 1, 1), date(2021, 12, 31)).to_json()
    assert [c for c in letters["callbacks_by_channel"] if c["callbacks"]] == [
        {"channel": "letter", "callbacks": 1, "accepted": 0}
    ]
    # Without a baseline the report has no such key (old scripts see what they knew).
    assert "baseline" not in compute_report(ctx, date(2022, 7, 1), date(2022, 8, 31)).to_json()

    url = ctx.db.engine.url.render_as_string(hide_password=False)
    base = ["--db", url, "report", "--from", "2022-07-01", "--to", "2022-08-31"]
    assert main([*base, "--baseline-from", "2021-01-01", "--baseline-to", "2021-12-31"]) == 0
    assert json.loads(capsys.readouterr().out)["baseline"]["difference_pp"]["reach"] == 24.2
    assert main([*base, "--baseline-from", "2021-01-01"]) == 2
    assert "samen" in capsys.readouterr().err
    pdf = tmp_path / "r.pdf"
    assert (
        main(
            [
                *base,
                "--baseline-from",
                "2021-01-01",
                "--baseline-to",
                "2021-12-31",
                "--format",
                "pdf",
                "-o",
                str(pdf),
            ]
        )
        == 0
    )
    assert pdf.read_bytes().startswith(b"%PDF")
