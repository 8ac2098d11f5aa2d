"""A small town for the retention tests, built through the import and the outcome rules.

Every resident has a BSN, a phone number, a name and notes that occur nowhere else, so a test
can look for them in the raw bytes of the database file. The clock stands at
2026-11-24 09:00 UTC; with the default periods retention purges cases closed on or before
2026-05-24 and handoffs closed by the coach on or before 2025-05-24.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select

from app.clock import FixedClock
from app.models import Case, CoachContact, Handoff, Signal
from app.models.enums import CloseReason
from app.services import intake, outcomes
from app.services.context import AppContext

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def bsn_for(n: int) -> str:
    """A unique 9-digit number that passes the eleven-test."""
    base = 10_000_000 + n * 7_919
    while True:
        digits = [int(d) for d in f"{base:08d}"]
        total = sum(w * d for w, d in zip(range(9, 1, -1), digits, strict=True))
        check = total % 11
        if check < 10:
            return f"{base:08d}{check}"
        base += 1


@dataclass(frozen=True)
class Resident:
    n: int
    story: str
    purged: bool  # what retention must do with this resident's case
    called: bool = True  # has attempts (and so notes)

    @property
    def signal_ref(self) -> str:
        return f"RT-{self.n:04d}"

    @property
    def bsn(self) -> str:
        return bsn_for(self.n)

    @property
    def phone_national(self) -> str:
        return f"06{20_000_000 + self.n:08d}"

    @property
    def phone_e164(self) -> str:
        return f"+316{20_000_000 + self.n:08d}"

    @property
    def last_name(self) -> str:
        return f"Achternaam{self.n:03d}q"

    @property
    def street(self) -> str:
        return f"Straatnaam{self.n:03d}laan"

    @property
    def email(self) -> str:
        return f"inwoner{self.n:03d}@voorbeeld.nl"

    @property
    def note(self) -> str:
        return f"notitie-{self.n:03d}-vertrouwelijk"

    def secrets(self) -> list[str]:
        """What must be gone after a purge (the street only when the household goes too)."""
        found = [self.bsn, self.phone_e164, self.last_name, self.email]
        return [*found, self.note] if self.called else found


@dataclass
class World:
    residents: list[Resident] = field(default_factory=list)
    case_of: dict[int, int] = field(default_factory=dict)

    def purged(self) -> list[Resident]:
        return [r for r in self.residents if r.purged]

    def kept(self) -> list[Resident]:
        return [r for r in self.residents if not r.purged]


# n, story, purged?, received_on, history rows (local time, outcome, help types), handoff close
SCENARIO: list[tuple[int, str, bool, date, list[tuple[str, str, str]], date | None]] = [
    (1, "closed no help, long ago", True, date(2026, 2, 10), [
        ("2026-02-12 10:15", "no_answer", ""),
        ("2026-02-13 18:40", "reached_no_help_needed", ""),
    ], None),
    (2, "no valid number, long ago", True, date(2026, 3, 1), [
        ("2026-03-03 11:00", "wrong_number", ""),
    ], None),
    (3, "declined, recently", False, date(2026, 9, 20), [
        ("2026-10-01 19:00", "reached_help_declined", ""),
    ], None),
    (4, "handoff closed long ago", True, date(2024, 11, 20), [
        ("2024-12-02 17:30", "reached_help_accepted", "payment_arrangement"),
    ], date(2025, 2, 1)),
    (5, "handoff closed recently", False, date(2025, 11, 20), [
        ("2025-12-01 17:30", "reached_help_accepted", "boom|money_advice"),
    ], date(2026, 1, 15)),
    (6, "handoff still with the coach", False, date(2024, 5, 20), [
        ("2024-06-01 10:00", "reached_help_accepted", "debt_counselling"),
    ], None),
    (7, "open, never called", False, date(2025, 1, 1), [], None),
    (8, "open, called recently", False, date(2026, 11, 2), [
        ("2026-11-03 10:00", "no_answer", ""),
        ("2026-11-05 18:30", "voicemail", ""),
    ], None),
    (9, "closed long ago, same address as 10", True, date(2025, 6, 1), [
        ("2025-06-03 10:00", "already_in_debt_help", ""),
    ], None),
    (10, "open, same address as 9", False, date(2026, 11, 10), [], None),
    (11, "callback, then no help, long ago", True, date(2026, 1, 5), [
        ("2026-01-06 09:30", "busy", ""),
        ("2026-01-07 12:45", "callback_requested", ""),
        ("2026-01-09 13:00", "reached_no_help_needed", ""),
    ], None),
]  # fmt: skip

HEADER = (
    "signal_id;received_on;creditor;creditor_type;arrears_eur;bsn;last_name;first_name;"
    "street;house_number;postcode;city;phone_1;email"
)


def _signal_line(r: Resident, received: date, *, address_of: int | None = None) -> str:
    home = address_of or r.n
    street = f"Straatnaam{home:03d}laan"
    return ";".join(
        [
            r.signal_ref,
            received.isoformat(),
            "Woonbron Haarlem" if r.n % 2 else "Eneco",
            "huur" if r.n % 2 else "energie",
            f"{100 + r.n * 37},{r.n:02d}",
            r.bsn,
            r.last_name,
            f"Voornaam{r.n:03d}",
            street,
            str(home),
            f"20{31 + home % 5}AB",
            "Haarlem",
            r.phone_national,
            r.email,
        ]
    )


def build(ctx: AppContext, clock: FixedClock, folder: Path) -> World:
    """Import the signals and the history, then let the coaches close two handoffs."""
    clock.set(NOW)
    world = World()
    first, second, history = (
        [HEADER],
        [HEADER],
        ["signal_id,attempt_at,agent,outcome,help_types,urgent,notes"],
    )
    for n, story, purged, received, rows, _closed in SCENARIO:
        resident = Resident(n, story, purged, called=bool(rows))
        world.residents.append(resident)
        if n == 10:
            second.append(_signal_line(resident, received, address_of=9))
        else:
            first.append(_signal_line(resident, received))
        for at, outcome, help_types in rows:
            agent = f"Beller{n % 3}"
            history.append(
                f"{resident.signal_ref},{at},{agent},{outcome},{help_types},no,{resident.note}"
            )
    (folder / "signalen.csv").write_text("\n".join(first) + "\n", encoding="utf-8")
    (folder / "signalen-2.csv").write_text("\n".join(second) + "\n", encoding="utf-8")
    (folder / "historie.csv").write_text("\n".join(history) + "\n", encoding="utf-8")

    imported = intake.import_signals(ctx, folder / "signalen.csv")
    assert not imported.rejected, imported.rejected
    done = intake.import_history(ctx, folder / "historie.csv")
    assert not done.rejected, done.rejected
    # Resident 10 moves in at 9's address after 9's case was closed: a new case, same household.
    imported = intake.import_signals(ctx, folder / "signalen-2.csv")
    assert not imported.rejected, imported.rejected

    with ctx.db.begin() as session:
        for resident in world.residents:
            world.case_of[resident.n] = session.scalars(
                select(Signal.case_id).where(Signal.signal_ref == resident.signal_ref)
            ).one()
        for n, _story, _purged, _received, _rows, closed in SCENARIO:
            if closed is None:
                continue
            at = datetime(closed.year, closed.month, closed.day, 11, 0, tzinfo=UTC)
            handoff = session.scalars(
                select(Handoff).where(Handoff.case_id == world.case_of[n])
            ).one()
            session.add(
                CoachContact(
                    handoff_id=handoff.id,
                    at=at,
                    reached=True,
                    note=f"coach-{world.residents[n - 1].note}",
                )
            )
            handoff.first_contact_at = at
            handoff.help_offered = "payment_arrangement"
            handoff.closed_at = at
            handoff.close_reason = CloseReason.HELP_DELIVERED.value
            case = session.get(Case, world.case_of[n])
            assert case is not None
            outcomes.close_case(case, CloseReason.HELP_DELIVERED, at, session)
    return world
