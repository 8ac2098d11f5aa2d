"""import_history: rows applied in time order through record_outcome, on both databases."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import Attempt, AuditEvent, Case, Handoff, HelpRequest, Signal
from app.services import intake
from app.services.context import AppContext

DATA = Path(__file__).resolve().parents[1] / "data"
HEADER = "signal_id,attempt_at,agent,outcome,help_types,urgent,notes"
SIGNALS = (
    "signal_id;received_on;creditor;creditor_type;arrears_eur;last_name;street;house_number;"
    "postcode;city;phone_1"
)


def write(tmp_path: Path, name: str, *rows: str, header: str = HEADER) -> Path:
    path = tmp_path / name
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def signals(ctx: AppContext, tmp_path: Path, count: int = 3) -> None:
    rows = [
        f"S{i};2022-07-01;Ymere;huur;100;Jansen;Straat;{i};2031AB;Haarlem;0612345678"
        for i in range(1, count + 1)
    ]
    intake.import_signals(ctx, write(tmp_path, "signals.csv", *rows, header=SIGNALS))


def case_of(ctx: AppContext, ref: str) -> Case:
    with ctx.db.read() as session:
        case = session.scalar(select(Case).join(Signal).where(Signal.signal_ref == ref))
        assert case is not None
        session.expunge_all()
        return case


def attempts(ctx: AppContext) -> list[tuple[str, str, str, str, str]]:
    with ctx.db.read() as session:
        rows = session.execute(
            select(
                Signal.signal_ref, Attempt.outcome, Attempt.slot, Attempt.agent_name, Attempt.source
            )
            .join(Signal, Signal.case_id == Attempt.case_id)
            .order_by(Attempt.id)
        ).all()
    return [tuple(r) for r in rows]  # type: ignore[misc]


def test_sample_history(ctx: AppContext) -> None:
    intake.import_signals(
        ctx, DATA / "signalen-voorbeeld.csv", wijken=DATA / "wijken-voorbeeld.csv"
    )
    result = intake.import_history(ctx, DATA / "historie-voorbeeld.csv")
    assert (result.rows_read, result.imported, result.duplicates) == (5, 4, 0)
    assert [(r.line, r.reason) for r in result.rejected] == [(6, "signal_id is onbekend")]
    assert result.rejected[0].cells[0] == "VS-2026-00004"
    assert result.handed_off == 1
    bakker = case_of(ctx, "VS-2026-00001")
    # Two calls without contact; the resident reached on the third asked to be called back,
    # which uses up none of the seven attempts.
    assert bakker.status == "open" and bakker.attempts_used == 2
    elamrani = case_of(ctx, "VS-2026-00003")
    assert elamrani.status == "handed_off"
    with ctx.db.read() as session:
        request = session.scalars(select(HelpRequest)).one()
        assert request.help_types == "payment_arrangement|boom" and not request.urgent
        assert request.note == "Huur en energie lopen op; wil graag een regeling"
        assert session.scalars(select(Handoff.case_id)).all() == [elamrani.id]
        recorded = session.scalars(select(Attempt).order_by(Attempt.at)).all()
        assert [a.slot for a in recorded] == ["morning", "evening", "evening", "saturday"]
        assert all(a.agent_id is None and a.source == "history" for a in recorded)
        assert [a.agent_name for a in recorded] == ["Noor", "Noor", "Sem", "Lotte"]
        kinds = session.scalars(select(AuditEvent.kind).order_by(AuditEvent.id)).all()
    assert kinds.count("import_history") == 1 and "outcome" not in kinds


def test_importing_history_twice_adds_nothing(ctx: AppContext) -> None:
    intake.import_signals(ctx, DATA / "signalen-voorbeeld.csv")
    intake.import_history(ctx, DATA / "historie-voorbeeld.csv")
    again = intake.import_history(ctx, DATA / "historie-voorbeeld.csv")
    assert again.imported == 0 and again.duplicates == 4 and len(again.rejected) == 1
    with ctx.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Attempt)) == 4


def test_rows_are_applied_in_time_order(ctx: AppContext, tmp_path: Path) -> None:
    signals(ctx, tmp_path)
    result = intake.import_history(
        ctx,
        write(
            tmp_path,
            "h.csv",
            "S1,2022-07-06 19:00,Noor,reached_no_help_needed,,,",
            "S1,2022-07-04 10:00,Noor,no_answer,,,",
            "S2,2022-07-05 10:00,Sem,busy,,,",
            "S1,2022-07-05 10:00,Sem,voicemail,,,",  # same time as the S2 row: file order
        ),
    )
    assert result.imported == 4 and not result.rejected
    assert [(ref, outcome) for ref, outcome, *_ in attempts(ctx)] == [
        ("S1", "no_answer"),
        ("S2", "busy"),
        ("S1", "voicemail"),
        ("S1", "reached_no_help_needed"),
    ]
    assert case_of(ctx, "S1").close_reason == "no_help_needed"


def test_a_callback_asked_for_on_the_seventh_call_keeps_the_case_open(
    ctx: AppContext, tmp_path: Path
) -> None:
    signals(ctx, tmp_path, count=1)
    no_contact = [
        "S1,2022-07-04 10:00,Noor,no_answer,,,",
        "S1,2022-07-05 14:00,Noor,voicemail,,,",
        "S1,2022-07-06 19:00,Sem,no_answer,,,",
        "S1,2022-07-07 10:00,Sem,busy,,,",
        "S1,2022-07-08 19:00,Lotte,no_answer,,,",
        "S1,2022-07-09 11:00,Lotte,no_answer,,,",
    ]
    reached = "S1,2022-07-11 14:00,Noor,callback_requested,,,Belt liever 's avonds"
    intake.import_history(ctx, write(tmp_path, "h.csv", *no_contact, reached))
    case = case_of(ctx, "S1")
    assert case.status == "open" and case.close_reason is None
    assert case.attempts_used == 6 and case.next_window_start is not None
    # The call that follows is the seventh attempt: without contact the plan is done.
    intake.import_history(ctx, write(tmp_path, "h2.csv", "S1,2022-07-12 19:00,Sem,no_answer,,,"))
    case = case_of(ctx, "S1")
    assert case.status == "closed" and case.close_reason == "not_reached"


def test_bad_rows_are_rejected_with_reasons(ctx: AppContext, tmp_path: Path) -> None:
    signals(ctx, tmp_path)
    result = intake.import_history(
        ctx,
        write(
            tmp_path,
            "h.csv",
            "S1,2022-07-04 10:00,Noor,reached_help_declined,,,",
            "S1,2022-07-05 10:00,Noor,no_answer,,,",  # case already closed
            "S2,2022-07-04 25:00,Noor,no_answer,,,",  # bad time
            "S2,2022-07-04 10:00,Noor,maybe,,,",  # bad outcome
            "S9,2022-07-04 10:00,Noor,no_answer,,,",  # unknown signal
            "S2,2099-07-04 10:00,Noor,no_answer,,,",  # in the future
            "S2,2022-07-04 10:00,,no_answer,,,",  # no agent
            "S3,2022-07-04 10:00,Noor,reached_help_accepted,boom|geld,,",  # bad help type
            "S3,2022-07-04 11:00,Noor,no_answer,,misschien,",  # bad urgent
            "S3,2022-07-04 12:00,Noor,reached_help_accepted,debt_counselling,ja,Deurwaarder",
            "S3,2022-07-05 12:00,Noor,no_answer,,,",  # case handed off
        ),
    )
    assert result.imported == 2
    reasons = {r.line: r.reason for r in result.rejected}
    assert sorted(reasons) == [3, 4, 5, 6, 7, 8, 9, 10, 12]
    assert "afgesloten (hulp afgewezen)" in reasons[3]
    assert "tijdstip" in reasons[4]
    assert "uitkomst 'maybe' is onbekend" in reasons[5]
    assert reasons[6] == "signal_id is onbekend"
    assert "toekomst" in reasons[7]
    assert "agent ontbreekt" in reasons[8]
    assert "soort hulp 'geld'" in reasons[9]
    assert "ja of nee" in reasons[10]
    assert "overgedragen" in reasons[12]
    with ctx.db.read() as session:
        handoff = session.scalars(select(Handoff)).one()
        assert handoff.urgent


def test_seven_attempts_close_the_case_and_more_rows_are_rejected(
    ctx: AppContext, tmp_path: Path
) -> None:
    signals(ctx, tmp_path, 1)
    rows = [f"S1,2022-07-{day:02d} 10:00,Noor,no_answer,,," for day in range(4, 12)]
    result = intake.import_history(ctx, write(tmp_path, "h.csv", *rows))
    assert result.imported == 7 and result.closed == 1
    assert [r.line for r in result.rejected] == [9]
    case = case_of(ctx, "S1")
    assert case.status == "closed" and case.close_reason == "not_reached"


def test_accepted_without_help_types_is_kept_as_other(ctx: AppContext, tmp_path: Path) -> None:
    signals(ctx, tmp_path, 1)
    result = intake.import_history(
        ctx, write(tmp_path, "h.csv", "S1,2022-07-04 19:00,Noor,reached_help_accepted,,nee,")
    )
    assert result.imported == 1 and result.missing_help_types == 1 and result.warnings
    with ctx.db.read() as session:
        assert session.scalars(select(HelpRequest.help_types)).one() == "other"


def test_a_failure_in_the_middle_rolls_back_the_whole_history(
    ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    signals(ctx, tmp_path)
    calls = {"n": 0}
    real = intake.record_outcome

    def flaky(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("connection lost")
        return real(*args, **kwargs)

    monkeypatch.setattr(intake, "record_outcome", flaky)
    rows = [f"S{i},2022-07-0{i + 3} 10:00,Noor,no_answer,,," for i in (1, 2, 3)]
    with pytest.raises(RuntimeError):
        intake.import_history(ctx, write(tmp_path, "h.csv", *rows))
    with ctx.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Attempt)) == 0
        assert session.scalars(select(Case.attempts_used)).all() == [0, 0, 0]


def test_missing_history_columns(ctx: AppContext, tmp_path: Path) -> None:
    with pytest.raises(intake.UnreadableFile, match="outcome"):
        intake.import_history(ctx, write(tmp_path, "h.csv", "S1,x,y", header="signal_id,a,agent"))


def test_history_longer_than_the_plan_is_replayed(ctx: AppContext, tmp_path: Path) -> None:
    """The earlier callcenter's calls are facts: a call on day 42 counts, though our plan
    would have ended after 21 days."""
    signals(ctx, tmp_path, 2)
    result = intake.import_history(
        ctx,
        write(
            tmp_path,
            "h.csv",
            "S1,2022-07-04 10:00,Noor,no_answer,,,",
            "S1,2022-07-20 10:00,Noor,no_answer,,,",
            "S1,2022-07-30 11:00,Noor,busy,,,",
            "S1,2022-08-15 19:00,Noor,reached_help_accepted,boom,,",
            "S2,2022-07-04 10:00,Noor,no_answer,,,",
            "S2,2022-09-01 10:00,Noor,voicemail,,,",
        ),
    )
    assert result.imported == 6 and not result.rejected
    assert case_of(ctx, "S1").status == "handed_off"
    second = case_of(ctx, "S2")
    assert second.status == "open" and second.attempts_used == 2


@pytest.mark.parametrize(
    ("when", "reason"),
    [
        ("1900-01-01 10:00", "voor het eerste signaal"),
        ("2022-06-30 10:00", "voor het eerste signaal"),
        ("2026-11-24 11:00", "toekomst"),  # the clock says 09:00 UTC = 10:00 in Amsterdam
    ],
)
def test_attempt_before_the_first_signal_or_in_the_future_is_refused(
    ctx: AppContext, tmp_path: Path, when: str, reason: str
) -> None:
    """Issue 16: one `no_answer` dated 1900-01-01 closed an open case as not reached."""
    signals(ctx, tmp_path, count=1)
    before = case_of(ctx, "S1")
    path = write(tmp_path, "h.csv", f"S1,{when},Noor,no_answer,,,")
    result = intake.import_history(ctx, path)
    assert result.imported == 0 and result.closed == 0
    assert [(r.line, reason in r.reason) for r in result.rejected] == [(2, True)]
    after = case_of(ctx, "S1")
    assert after.status == before.status == "open"
    assert after.attempts_used == 0 and after.close_reason is None


def test_one_no_answer_on_the_first_signal_day_does_not_close_the_case(
    ctx: AppContext, tmp_path: Path
) -> None:
    signals(ctx, tmp_path, count=1)
    result = intake.import_history(
        ctx, write(tmp_path, "h.csv", "S1,2022-07-01 18:00,Noor,no_answer,,,")
    )
    assert result.imported == 1 and result.closed == 0 and not result.rejected
    case = case_of(ctx, "S1")
    assert case.status == "open" and case.attempts_used == 1


def test_best_reachable_column_is_stored_and_checked(ctx: AppContext, tmp_path: Path) -> None:
    """Issue 19: an earlier system's "best reachable" note steers the plan like the agent's."""
    signals(ctx, tmp_path, count=2)
    header = f"{HEADER},bereikbaar"
    path = write(
        tmp_path,
        "h.csv",
        "S1,2022-07-04 10:00,Piet,no_answer,,,,19:30",
        "S2,2022-07-04 10:05,Piet,no_answer,,,,straks",
        "S2,2022-07-05 10:05,Piet,reached_no_help_needed,,,,avond",
        header=header,
    )
    result = intake.import_history(ctx, path)
    assert result.imported == 1
    assert [(r.line, r.reason) for r in result.rejected] == [
        (3, "best_reachable 'straks' is geen tijdvak of tijd (avond, 19:30)"),
        (
            4,
            "best_reachable hoort alleen bij no_answer, voicemail, busy of callback_requested",
        ),
    ]
    with ctx.db.read() as session:
        assert session.scalar(select(Attempt.reach_hint)) == "19:30"
    assert case_of(ctx, "S1").next_slot == "evening"
