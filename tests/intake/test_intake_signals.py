"""import_signals on SQLite and PostgreSQL: grouping, attaching, duplicates, wijk, rollback."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import AuditEvent, Case, Household, PhoneNumber, Signal, WijkMapping
from app.models.enums import CaseStatus, Role
from app.services import intake
from app.services.context import Actor, AppContext
from app.services.errors import PermissionDenied

DATA = Path(__file__).resolve().parents[1] / "data"

HEADER = (
    "signal_id,received_on,creditor,creditor_type,arrears_eur,bsn,last_name,first_name,"
    "street,house_number,house_number_suffix,postcode,city,phone_1,phone_2,wijk"
)


def write(tmp_path: Path, name: str, *rows: str, header: str = HEADER) -> Path:
    path = tmp_path / name
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def row(
    ref: str,
    *,
    received: str = "2026-11-02",
    kind: str = "rent",
    amount: str = "100.00",
    postcode: str = "2031AB",
    number: str = "1",
    suffix: str = "",
    phone: str = "0612345678",
    phone2: str = "",
    wijk: str = "",
) -> str:
    return (
        f"{ref},{received},Creditor,{kind},{amount},,Jansen,P.,Straat,{number},{suffix},"
        f"{postcode},Haarlem,{phone},{phone2},{wijk}"
    )


def count(ctx: AppContext, model: type) -> int:
    with ctx.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def all_cases(ctx: AppContext) -> list[Case]:
    with ctx.db.read() as session:
        cases = list(session.scalars(select(Case).order_by(Case.id)))
        session.expunge_all()  # keep the loaded values readable after the session ends
        return cases


def test_sample_file(ctx: AppContext) -> None:
    result = intake.import_signals(
        ctx, DATA / "signalen-voorbeeld.csv", wijken=DATA / "wijken-voorbeeld.csv"
    )
    assert (result.rows_read, result.imported, result.attached, result.new_cases) == (7, 3, 0, 2)
    assert result.duplicates == 1
    assert [(r.line, r.cells[0]) for r in result.rejected] == [
        (5, "VS-2026-00004"),
        (6, "VS-2026-00005"),
        (7, "VS-2026-00006"),
    ]
    assert all(r.reason for r in result.rejected)
    assert result.wijk_mapping_entries == 6
    cases = all_cases(ctx)
    assert [c.wijk for c in cases] == ["Amsterdamsewijk", "Europawijk"]
    bakker, elamrani = cases
    assert bakker.total_arrears_cents == 124000 + 31245
    assert bakker.status == CaseStatus.OPEN.value and not bakker.needs_phone
    assert bakker.next_slot is not None and bakker.next_window_start is not None
    assert bakker.opened_at == ctx.clock.now()
    with ctx.db.read() as session:
        phones = session.execute(
            select(PhoneNumber.case_id, PhoneNumber.number_e164, PhoneNumber.position).order_by(
                PhoneNumber.id
            )
        ).all()
        assert [tuple(p) for p in phones] == [
            (bakker.id, "+31612345678", 0),
            (bakker.id, "+31235551234", 1),
            (elamrani.id, "+31623456789", 0),
        ]
        household = session.get(Household, elamrani.household_id)
        assert household is not None
        assert household.address_key == "2035CD-140-B"
        signal = session.scalar(select(Signal).where(Signal.signal_ref == "VS-2026-00002"))
        assert signal is not None
        assert signal.creditor_type == "energy" and signal.bsn == "111222333"
        assert signal.received_on == date(2026, 11, 2) and signal.arrears_cents == 31245
        assert signal.imported_at == ctx.clock.now() and signal.case_id == bakker.id
        assert (signal.last_name, signal.first_name, signal.birth_date) == ("Bakker", "J.", None)
        other = session.scalar(select(Signal).where(Signal.signal_ref == "VS-2026-00003"))
        assert other is not None and other.email == "s.elamrani@example.nl" and other.bsn is None
        events = session.execute(select(AuditEvent.kind, AuditEvent.detail).order_by(AuditEvent.id))
        kinds, details = zip(*events, strict=True)
    assert kinds == ("wijk_mapping_replaced", "import_signals")
    detail = details[-1]
    assert "imported=3" in detail and "rejected=3" in detail
    for personal in ("Bakker", "111222333", "2032", "Amsterdamstraat", "VS-2026"):
        assert personal not in detail


def test_importing_twice_adds_nothing(ctx: AppContext) -> None:
    first = intake.import_signals(ctx, DATA / "signalen-voorbeeld.csv")
    before = (count(ctx, Signal), count(ctx, Case), count(ctx, Household), count(ctx, PhoneNumber))
    again = intake.import_signals(ctx, DATA / "signalen-voorbeeld.csv")
    after = (count(ctx, Signal), count(ctx, Case), count(ctx, Household), count(ctx, PhoneNumber))
    assert before == after == (3, 2, 2, 3)
    assert again.imported == 0 and again.new_cases == 0
    assert again.duplicates == first.imported + first.duplicates == 4
    assert len(again.rejected) == 3


def test_duplicates_within_one_file(ctx: AppContext, tmp_path: Path) -> None:
    path = write(tmp_path, "s.csv", row("A"), row("A", amount="5"), row("B", number="2"), row("A"))
    result = intake.import_signals(ctx, path)
    assert (result.imported, result.duplicates, result.new_cases) == (2, 2, 2)
    assert {c.total_arrears_cents for c in all_cases(ctx)} == {10000}


def test_rejected_row_does_not_claim_its_reference(ctx: AppContext, tmp_path: Path) -> None:
    path = write(tmp_path, "s.csv", row("A", amount="veel"), row("A"))
    result = intake.import_signals(ctx, path)
    assert result.imported == 1 and result.duplicates == 0 and len(result.rejected) == 1


def test_household_grouping_normalises_the_address(ctx: AppContext, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "s.csv",
        row("A", postcode="2031 ab", suffix="b", kind="rent"),
        row("B", postcode="2031AB", suffix="-B", kind="energie"),
        row("C", postcode="2031ab", suffix=" B ", kind="water"),
        row("D", postcode="2031AB", suffix="", kind="water"),  # no suffix: another home
        row("E", postcode="2031AB", number="12", kind="water"),  # 1 + '2' != 12
        row("F", postcode="2031AB", suffix="2", kind="water"),
    )
    result = intake.import_signals(ctx, path)
    assert result.new_cases == 4 and result.imported == 6
    with ctx.db.read() as session:
        keys = sorted(session.scalars(select(Household.address_key)))
        assert keys == ["2031AB-1", "2031AB-1-2", "2031AB-1-B", "2031AB-12"]
        case = session.scalar(
            select(Case).join(Household).where(Household.address_key == "2031AB-1-B")
        )
        assert case is not None
        assert case.total_arrears_cents == 30000
        assert sorted(s.creditor_type for s in case.signals) == ["energy", "rent", "water"]
        # the same number in three rows is stored once
        assert [p.number_e164 for p in case.phones] == ["+31612345678"]


def test_new_signal_attaches_to_open_case_without_restarting_plan(
    ctx: AppContext, tmp_path: Path
) -> None:
    intake.import_signals(ctx, write(tmp_path, "1.csv", row("A", kind="rent")))
    (case,) = all_cases(ctx)
    with ctx.db.begin() as session:  # the plan has moved on since the first import
        stored = session.get(Case, case.id)
        assert stored is not None
        stored.attempts_used = 2
        stored.next_slot = "evening"
        stored.next_window_start = datetime(2026, 11, 30, 16, 0, tzinfo=UTC)
        stored.next_window_end = datetime(2026, 11, 30, 20, 0, tzinfo=UTC)
    result = intake.import_signals(
        ctx,
        write(
            tmp_path,
            "2.csv",
            row(
                "B",
                kind="energy",
                amount="€ 1000.00",
                received="2026-10-01",
                postcode="2031 ab",
                phone2="023-5551234",
            ),
        ),
    )
    assert (result.imported, result.attached, result.new_cases) == (1, 1, 0)
    (after,) = all_cases(ctx)
    assert after.id == case.id
    assert after.total_arrears_cents == 10000 + 100000
    assert after.first_received_on.isoformat() == "2026-10-01"
    assert after.attempts_used == 2 and after.next_slot == "evening"
    assert after.next_window_start == datetime(2026, 11, 30, 16, 0, tzinfo=UTC)
    with ctx.db.read() as session:
        numbers = session.scalars(
            select(PhoneNumber.number_e164)
            .where(PhoneNumber.case_id == case.id)
            .order_by(PhoneNumber.position)
        ).all()
        assert numbers == ["+31612345678", "+31235551234"]
        types = session.scalars(select(Signal.creditor_type).where(Signal.case_id == case.id))
        assert sorted(types) == ["energy", "rent"]


def test_handed_off_case_also_takes_new_signals(ctx: AppContext, tmp_path: Path) -> None:
    intake.import_signals(ctx, write(tmp_path, "1.csv", row("A")))
    with ctx.db.begin() as session:
        case = session.scalars(select(Case)).one()
        case.status = CaseStatus.HANDED_OFF.value
    result = intake.import_signals(ctx, write(tmp_path, "2.csv", row("B")))
    assert result.attached == 1 and result.new_cases == 0


def test_closed_household_gets_a_new_case(ctx: AppContext, tmp_path: Path) -> None:
    intake.import_signals(ctx, write(tmp_path, "1.csv", row("A")))
    with ctx.db.begin() as session:
        case = session.scalars(select(Case)).one()
        case.status = CaseStatus.CLOSED.value
        case.close_reason = "no_help_needed"
    result = intake.import_signals(ctx, write(tmp_path, "2.csv", row("B", amount="7")))
    assert result.new_cases == 1 and result.attached == 0
    first, second = all_cases(ctx)
    assert first.household_id == second.household_id
    assert second.status == "open" and second.total_arrears_cents == 700
    assert count(ctx, Household) == 1


def test_case_without_valid_phone_waits_outside_the_queue(ctx: AppContext, tmp_path: Path) -> None:
    result = intake.import_signals(
        ctx, write(tmp_path, "1.csv", row("A", phone="12345"), row("B", number="2", phone=""))
    )
    assert result.needs_phone == 2 and result.invalid_phones == 1
    assert any("telefoonnummer" in w for w in result.warnings)
    cases = all_cases(ctx)
    assert all(c.needs_phone and c.next_slot is None for c in cases)
    assert count(ctx, PhoneNumber) == 0
    # a later signal of the household brings a number: the case joins the queue, planned
    result = intake.import_signals(ctx, write(tmp_path, "2.csv", row("C", phone="0612345678")))
    assert result.attached == 1 and result.needs_phone == 0
    first = all_cases(ctx)[0]
    assert not first.needs_phone and first.next_slot is not None


def test_wijk_from_column_then_mapping_then_onbekend(ctx: AppContext, tmp_path: Path) -> None:
    intake.import_signals(
        ctx,
        write(
            tmp_path,
            "s.csv",
            row("A", postcode="2035CD", number="1"),
            row("B", postcode="2035AA", number="1"),
            row("C", postcode="2011AA", number="1"),
            row("D", postcode="2035CD", number="2", wijk="Schalkwijk"),
        ),
        wijken=write(
            tmp_path, "w.csv", "2035,Europawijk", "2035 cd,Europawijk Noord", header="postcode,wijk"
        ),
    )
    assert [c.wijk for c in all_cases(ctx)] == [
        "Europawijk Noord",
        "Europawijk",
        intake.UNKNOWN_WIJK,
        "Schalkwijk",
    ]


def test_wijken_option_replaces_the_mapping(ctx: AppContext, tmp_path: Path) -> None:
    intake.load_wijk_mapping(ctx, DATA / "wijken-voorbeeld.csv")
    intake.import_signals(
        ctx,
        write(tmp_path, "s.csv", row("A")),
        wijken=write(tmp_path, "w.csv", "2031;Noord", header="Postcode;Wijk"),
    )
    with ctx.db.read() as session:
        assert intake.current_wijk_mapping(session) == {"2031": "Noord"}


def test_bad_wijk_file_loads_nothing_and_names_lines(ctx: AppContext, tmp_path: Path) -> None:
    intake.load_wijk_mapping(ctx, DATA / "wijken-voorbeeld.csv")
    bad = write(
        tmp_path, "w.csv", "2031,Noord", "20x1,Zuid", "2032,", "2031,Oost", header="postcode,wijk"
    )
    with pytest.raises(intake.WijkMappingInvalid) as caught:
        intake.import_signals(ctx, write(tmp_path, "s.csv", row("A")), wijken=bad)
    assert [line for line, _ in caught.value.problems] == [3, 4, 5]
    assert "regel 3" in str(caught.value)
    assert count(ctx, WijkMapping) == 6 and count(ctx, Signal) == 0


def test_unreadable_or_incomplete_file(ctx: AppContext, tmp_path: Path) -> None:
    with pytest.raises(intake.UnreadableFile, match="bestaat niet"):
        intake.import_signals(ctx, tmp_path / "missing.csv")
    path = write(tmp_path, "s.csv", "A,B", header="signal_id,postcode")
    with pytest.raises(intake.UnreadableFile, match="ontbreken"):
        intake.import_signals(ctx, path)
    assert count(ctx, AuditEvent) == 0


def test_failure_in_the_middle_rolls_back_everything(
    ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    intake.load_wijk_mapping(ctx, DATA / "wijken-voorbeeld.csv")
    rows = [row(f"S{i}", number=str(i)) for i in range(1, 50)]
    calls = {"n": 0}
    real = intake._check_total

    def explode(cents: int) -> None:
        calls["n"] += 1
        if calls["n"] == 30:
            raise RuntimeError("disk full")
        real(cents)

    monkeypatch.setattr(intake, "_check_total", explode)
    with pytest.raises(RuntimeError):
        intake.import_signals(
            ctx,
            write(tmp_path, "s.csv", *rows),
            wijken=write(tmp_path, "w.csv", "2031,Noord", header="postcode,wijk"),
        )
    assert (count(ctx, Household), count(ctx, Case), count(ctx, Signal)) == (0, 0, 0)
    with ctx.db.read() as session:
        assert intake.current_wijk_mapping(session)["2035CD"] == "Europawijk"
        assert (
            session.scalar(
                select(func.count())
                .select_from(AuditEvent)
                .where(AuditEvent.kind == "import_signals")
            )
            == 0
        )


def test_only_an_admin_may_import(ctx: AppContext) -> None:
    agent = ctx.as_actor(Actor(username="test-agent", role=Role.AGENT))
    with pytest.raises(PermissionDenied):
        intake.import_signals(agent, DATA / "signalen-voorbeeld.csv")
    assert count(ctx, Signal) == 0
    with ctx.db.read() as session:
        kinds = session.scalars(select(AuditEvent.kind)).all()
    assert kinds == ["access_refused"]


def test_xlsx_is_imported(ctx: AppContext, tmp_path: Path) -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for line in [HEADER, row("A"), row("B", number="3", amount="1234.50")]:
        sheet.append(line.split(","))
    path = tmp_path / "s.xlsx"
    workbook.save(path)
    result = intake.import_signals(ctx, path)
    assert result.imported == 2 and not result.rejected
    assert sorted(c.total_arrears_cents for c in all_cases(ctx)) == [10000, 123450]


def test_no_room_in_the_calendar_is_a_warning(
    ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services import planning

    monkeypatch.setattr(planning, "plan_first_attempt", lambda *a, **k: False)
    result = intake.import_signals(ctx, write(tmp_path, "s.csv", row("A"), row("B", number="2")))
    assert result.new_cases == 2 and result.unplanned == 2
    assert any("belvensters" in w for w in result.warnings)
    assert all(c.status == "open" and c.next_slot is None for c in all_cases(ctx))


def test_a_household_reached_before_gets_its_first_attempt_in_that_slot(
    ctx: AppContext, tmp_path: Path
) -> None:
    """Issue 19: the import plans per wijk, except a household reached in an earlier case."""
    from app.models import Attempt

    intake.import_signals(ctx, write(tmp_path, "a.csv", row("A", number="1")))
    with ctx.db.begin() as session:
        earlier = session.scalars(select(Case)).one()
        # A Tuesday afternoon half a year ago: outside the wijk's eight weeks of rates.
        at = datetime(2026, 5, 12, 12, 0, tzinfo=UTC)
        session.add(
            Attempt(
                case_id=earlier.id,
                at=at,
                slot="afternoon",
                outcome="reached_no_help_needed",
                is_contact=True,
                counts_as_attempt=True,
                created_at=at,
            )
        )
        earlier.status = "closed"
        earlier.close_reason = "no_help_needed"
    result = intake.import_signals(
        ctx, write(tmp_path, "b.csv", row("B", number="1"), row("C", number="2"))
    )
    assert result.new_cases == 2
    with ctx.db.read() as session:
        new = {
            c.household_id: c.next_slot
            for c in session.scalars(select(Case).where(Case.status == "open"))
        }
        assert new[earlier.household_id] == "afternoon"  # reached there before
        others = [slot for hid, slot in new.items() if hid != earlier.household_id]
        assert others == ["morning"]  # the clock's Tuesday morning window: the earliest


def test_a_household_that_returned_a_voicemail_gets_that_slot_too(
    ctx: AppContext, tmp_path: Path
) -> None:
    """Issue 19 part 2: the slot type of a voicemail the household called back after counts
    like a slot it was reached in (the import's own look-up of earlier cases)."""
    from app.models import Attempt

    intake.import_signals(ctx, write(tmp_path, "a.csv", row("A", number="1")))
    with ctx.db.begin() as session:
        earlier = session.scalars(select(Case)).one()
        # Half a year ago, outside the wijk's eight weeks of rates: a voicemail on a Friday
        # afternoon, answered by the resident on Sunday (a Sunday counts as `saturday`).
        for at, slot, outcome, channel, contact in (
            (datetime(2026, 5, 29, 13, 0, tzinfo=UTC), "afternoon", "voicemail", "phone", False),
            (
                datetime(2026, 5, 31, 10, 0, tzinfo=UTC),
                "saturday",
                "reached_no_help_needed",
                "phone_in",
                True,
            ),
        ):
            session.add(
                Attempt(
                    case_id=earlier.id,
                    at=at,
                    slot=slot,
                    outcome=outcome,
                    channel=channel,
                    is_contact=contact,
                    counts_as_attempt=channel == "phone",
                    created_at=at,
                )
            )
        earlier.status = "closed"
        earlier.close_reason = "no_help_needed"
    intake.import_signals(ctx, write(tmp_path, "b.csv", row("B", number="1")))
    with ctx.db.read() as session:
        new = session.scalars(select(Case).where(Case.status == "open")).one()
        assert new.household_id == earlier.household_id
        # Saturday (reached) and the afternoon (its voicemail answered) weigh alike; this
        # Tuesday's afternoon window comes first. Without the voicemail: Saturday.
        assert new.next_slot == "afternoon"
