"""import_history's optional `channel` column (issue 14): letters, cards, home visits and
inbound calls after the plan."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app.models import Attempt
from app.services import intake
from app.services.context import AppContext
from tests.intake.test_intake_history import case_of, signals, write

HEADER = "signal_id,attempt_at,agent,outcome,channel"
SEVEN_NO_ANSWERS = [
    f"S1,2022-07-{day:02d} {hour},Noor,no_answer,"
    for day, hour in [
        (4, "10:00"),
        (5, "18:00"),
        (6, "13:00"),
        (7, "19:00"),
        (9, "11:00"),
        (11, "10:00"),
        (12, "14:00"),
    ]
]


def test_rows_without_channel_are_phone_calls_and_follow_up_rows_land_on_a_closed_case(
    ctx: AppContext, tmp_path: Path
) -> None:
    signals(ctx, tmp_path, count=2)
    path = write(
        tmp_path,
        "history.csv",
        *SEVEN_NO_ANSWERS,
        "S1,2022-07-20 09:00,Post,sent,letter",
        "S1,2022-07-22 09:00,Post,verstuurd,kaartje",
        "S1,2022-07-25 16:00,Wijkteam,no_answer,home_visit",
        "S1,2022-07-26 10:00,Sem,reached_no_help_needed,phone_in",
        "S2,2022-07-04 10:00,Sem,sent,phone",
        "S2,2022-07-04 11:00,Sem,no_answer,phone_in",
        "S2,2022-07-04 12:00,Sem,sent,fax",
        header=HEADER,
    )
    result = intake.import_history(ctx, path)
    assert result.imported == 11
    assert [(r.line, r.reason) for r in result.rejected] == [
        (13, "uitkomst 'sent' past niet bij kanaal 'phone'"),
        (14, "uitkomst 'no_answer' past niet bij kanaal 'phone_in'"),
        (15, "kanaal 'fax' is onbekend"),
    ]
    case = case_of(ctx, "S1")
    # Reached through the call-back after the letter, card and visit: closed by its outcome,
    # still with the seven attempts of the plan.
    assert (case.status, case.close_reason, case.attempts_used) == ("closed", "no_help_needed", 7)
    with ctx.db.read() as session:
        rows = session.execute(
            select(Attempt.channel, Attempt.outcome, Attempt.is_contact)
            .where(Attempt.case_id == case.id)
            .order_by(Attempt.at)
        ).all()
    assert [tuple(r) for r in rows[7:]] == [
        ("letter", "sent", False),
        ("card", "sent", False),
        ("home_visit", "no_answer", False),
        ("phone_in", "reached_no_help_needed", True),
    ]
    assert {r[0] for r in rows[:7]} == {"phone"}
    # Importing the same file again adds nothing.
    again = intake.import_history(ctx, path)
    assert (again.imported, again.duplicates) == (0, 11)


def test_a_phone_call_on_a_closed_case_is_still_refused(ctx: AppContext, tmp_path: Path) -> None:
    signals(ctx, tmp_path, count=1)
    path = write(
        tmp_path,
        "history.csv",
        *SEVEN_NO_ANSWERS,
        "S1,2022-07-20 10:00,Noor,no_answer,phone",
        header=HEADER,
    )
    result = intake.import_history(ctx, path)
    assert [(r.line, r.reason) for r in result.rejected] == [
        (9, "de zaak is al afgesloten (niet bereikt)")
    ]
