"""The Queue tab's figures come from counts kept by triggers (migration 0011): after any mix
of imports, claims, outcomes, handoffs, lease expiries, missed windows, phone numbers,
retention and demo data they must equal a fresh count over `cases`, on both databases."""

from __future__ import annotations

import contextlib
import importlib.util
import random
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from casework_factory import actor_of, make_case, make_user
from sqlalchemy import and_, delete, func, insert, or_, select, text, update

from app.clock import FixedClock
from app.models import Case, QueueCount, QueueCountDelta
from app.models.enums import CaseStatus, HelpType, Outcome, Role, Slot
from app.scheduler import jobs
from app.services import intake, monitor, queue, retention
from app.services.context import AppContext
from app.services.errors import ServiceError
from app.services.monitor import CaseFilter
from app.services.outcomes import HelpRequestInput

SIGNALS = (
    "signal_id;received_on;creditor;creditor_type;arrears_eur;last_name;street;house_number;"
    "postcode;city;phone_1"
)
HISTORY = "signal_id,attempt_at,agent,outcome,help_types,urgent,notes"
WIJKEN = ["Oude Stad", "Noord", "Schalkwijk"]
POSTCODES = {"2011AB": "Oude Stad", "2023CD": "Noord", "2035EF": "Schalkwijk"}


def fresh_figures(ctx: AppContext, now: datetime, wijk: str | None = None) -> dict[str, Any]:
    """Every count straight from `cases`, written out as the service counted them before the
    counts table (no shared code with app/services/monitor.py's new path)."""
    day_start, day_end = monitor.day_bounds(now)
    is_open = Case.status == CaseStatus.OPEN.value
    with_phone = and_(is_open, Case.needs_phone.is_(False))
    window_open = and_(with_phone, Case.next_window_start <= now, Case.next_window_end > now)
    free = or_(Case.lease_user_id.is_(None), Case.lease_expires_at <= now)
    passed = and_(with_phone, Case.next_window_start < now, Case.next_window_end <= now)
    in_wijk = [Case.wijk == wijk] if wijk else []

    def count(*where: Any) -> int:
        return int(session.scalar(select(func.count()).select_from(Case).where(*where, *in_wijk)))

    with ctx.db.read() as session:
        figures: dict[str, Any] = {
            "open": count(is_open),
            "handed_off": count(Case.status == CaseStatus.HANDED_OFF.value),
            "needs_phone": count(is_open, Case.needs_phone.is_(True)),
            "windows_passed": count(passed),
            "due_now": count(window_open, free),
            "missed_total": int(
                session.scalar(
                    select(func.coalesce(func.sum(Case.missed_windows), 0)).where(is_open, *in_wijk)
                )
            ),
        }
        today = and_(
            with_phone, Case.next_window_start >= day_start, Case.next_window_start < day_end
        )
        by_slot = {
            slot: n
            for slot, n in session.execute(
                select(Case.next_slot, func.count()).where(today, *in_wijk).group_by(Case.next_slot)
            )
        }
        now_by_slot = {
            slot: n
            for slot, n in session.execute(
                select(Case.next_slot, func.count())
                .where(today, window_open, free, *in_wijk)
                .group_by(Case.next_slot)
            )
        }
        figures["due_today_by_slot"] = {s: int(by_slot.get(s.value, 0)) for s in Slot}
        figures["due_now_by_slot"] = {s: int(now_by_slot.get(s.value, 0)) for s in Slot}
        figures["wijken"] = sorted(
            w for (w,) in session.execute(select(Case.wijk).where(is_open).distinct())
        )
    return figures


def shown_figures(lead: AppContext) -> dict[str, Any]:
    fig = monitor.live_figures(lead)
    return {
        "open": fig.open_cases,
        "handed_off": fig.handed_off,
        "needs_phone": fig.needs_phone,
        "windows_passed": fig.windows_passed,
        "due_now": fig.due_now,
        "missed_total": fig.missed_windows_total,
        "due_today_by_slot": fig.due_today_by_slot,
        "due_now_by_slot": fig.due_now_by_slot,
        "wijken": monitor.wijken(lead),
    }


def check(ctx: AppContext, lead: AppContext, step: str) -> dict[str, Any]:
    now = lead.clock.now()
    fresh = fresh_figures(ctx, now)
    assert shown_figures(lead) == fresh, step
    for wijk in WIJKEN:
        per_wijk = fresh_figures(ctx, now, wijk)
        assert monitor.count_cases(lead, CaseFilter.OPEN, wijk) == per_wijk["open"], (step, wijk)
        assert monitor.count_cases(lead, CaseFilter.DUE_NOW, wijk) == per_wijk["due_now"], step
        assert (
            monitor.count_cases(lead, CaseFilter.WINDOW_PASSED, wijk) == per_wijk["windows_passed"]
        ), step
        assert monitor.count_cases(lead, CaseFilter.NEEDS_PHONE, wijk) == per_wijk["needs_phone"], (
            step
        )
    # The filter totals agree with the listing itself, page by page.
    for kind in CaseFilter:
        listed = 0
        after: int | None = None
        while page := monitor.list_cases(lead, kind, after_id=after, limit=1000):
            listed += len(page)
            after = page[-1].case_id
        assert monitor.count_cases(lead, kind) == listed, (step, kind)
    return fresh


class World:
    """A small callcenter driven by a seeded random sequence of real service calls."""

    def __init__(self, ctx: AppContext, clock: FixedClock, tmp_path: Path, seed: int) -> None:
        self.rng = random.Random(seed)
        self.ctx = ctx
        self.clock = clock
        self.tmp = tmp_path
        with ctx.db.begin() as session:
            lead = make_user(session, "lead", Role.TEAMLEAD, "Tineke Teamleider")
            admin = make_user(session, "admin", Role.ADMIN, "Ada Admin")
            agents = [make_user(session, f"agent{i}", Role.AGENT, f"Beller {i}") for i in range(3)]
        self.lead = ctx.as_actor(actor_of(lead))
        self.admin = ctx.as_actor(actor_of(admin))
        self.agents = [ctx.as_actor(actor_of(a)) for a in agents]
        self.held: dict[int, int] = {}  # case id -> index of the agent who claimed it
        self.refs: list[str] = []
        self.files = 0
        mapping = tmp_path / "wijken.csv"
        mapping.write_text(
            "postcode,wijk\n" + "".join(f"{p},{w}\n" for p, w in POSTCODES.items()),
            encoding="utf-8",
        )
        intake.load_wijk_mapping(self.admin, mapping)

    def _file(self, name: str, header: str, rows: list[str]) -> Path:
        self.files += 1
        path = self.tmp / f"{self.files}-{name}"
        path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
        return path

    def import_signals(self) -> None:
        rows = []
        day = self.clock.now().date() - timedelta(days=self.rng.randrange(0, 20))
        for _ in range(self.rng.randrange(1, 12)):
            ref = f"S{len(self.refs) + 1:05d}"
            self.refs.append(ref)
            postcode = self.rng.choice(list(POSTCODES))
            house = self.rng.randrange(1, 40)  # some households signal twice: one case
            phone = "" if self.rng.random() < 0.2 else f"06{self.rng.randrange(10**7, 10**8)}"
            rows.append(
                f"{ref};{day.isoformat()};Ymere;huur;{self.rng.randrange(50, 900)};Jansen;"
                f"Straat;{house};{postcode};Haarlem;{phone}"
            )
        intake.import_signals(self.admin, self._file("signals.csv", SIGNALS, rows))

    def import_history(self) -> None:
        if not self.refs:
            return
        rows = []
        for ref in self.rng.sample(self.refs, min(len(self.refs), 4)):
            at = self.clock.now() - timedelta(days=self.rng.randrange(1, 10), hours=-1)
            outcome = self.rng.choice(["no_answer", "voicemail", "reached_help_accepted"])
            helps = "payment_arrangement" if outcome == "reached_help_accepted" else ""
            rows.append(f"{ref},{at:%Y-%m-%d} 10:15,Noor,{outcome},{helps},,")
        # A history row for a case that moved on may be refused (as a whole): fine here.
        with contextlib.suppress(ServiceError):
            intake.import_history(self.admin, self._file("history.csv", HISTORY, rows))

    def claim(self) -> None:
        i = self.rng.randrange(len(self.agents))
        claimed = queue.next_call(self.agents[i])
        if claimed is not None:
            self.held[claimed.case_id] = i

    def outcome(self) -> None:
        if not self.held:
            return
        case_id = self.rng.choice(sorted(self.held))
        agent = self.agents[self.held.pop(case_id)]
        outcome = self.rng.choice(
            [
                Outcome.NO_ANSWER,
                Outcome.VOICEMAIL,
                Outcome.BUSY,
                Outcome.REACHED_HELP_ACCEPTED,
                Outcome.REACHED_NO_HELP_NEEDED,
                Outcome.REACHED_HELP_DECLINED,
            ]
        )
        helps = (
            HelpRequestInput(help_types=[HelpType.PAYMENT_ARRANGEMENT])
            if outcome is Outcome.REACHED_HELP_ACCEPTED
            else None
        )
        entry = queue.OutcomeEntry.new(outcome, self.clock.now(), help_request=helps)
        # The lease ran out and someone else holds the case: the save is refused. Fine here.
        with contextlib.suppress(ServiceError):
            queue.save_outcome(agent, case_id, entry)

    def release(self) -> None:
        if self.held:
            case_id = self.rng.choice(sorted(self.held))
            del self.held[case_id]
            queue.release_lease(self.lead, case_id)

    def time_passes(self) -> None:
        self.clock.advance(timedelta(minutes=self.rng.choice([1, 7, 20, 90, 240, 60 * 20])))
        queue.expire_leases(self.lead)

    def move_missed_windows(self) -> None:
        jobs.move_missed_windows(self.admin)

    def add_phone(self) -> None:
        with self.ctx.db.read() as session:
            waiting = session.scalars(
                select(Case.id).where(Case.status == "open", Case.needs_phone.is_(True)).limit(5)
            ).all()
        if waiting:
            number = f"0612{self.rng.randrange(10**5, 10**6)}"
            queue.add_phone_number(self.lead, self.rng.choice(waiting), number)

    def raw_sql(self) -> None:
        """Bulk statements outside the services (a repair script, a restore): the triggers
        keep the counts for those too."""
        now = self.clock.now()
        with self.ctx.db.begin() as session:
            session.execute(
                insert(Case),
                [
                    {
                        "wijk": self.rng.choice(WIJKEN),
                        "status": "open",
                        "opened_at": now,
                        "first_received_on": now.date(),
                        "missed_windows": self.rng.randrange(0, 3),
                        "needs_phone": False,
                        "next_slot": "evening",
                        "next_window_start": now + timedelta(hours=h),
                        "next_window_end": now + timedelta(hours=h + 4),
                    }
                    for h in range(-5, 5)
                ],
            )
            session.execute(
                update(Case)
                .where(Case.status == "open", Case.household_id.is_(None), Case.id % 3 == 0)
                .values(wijk="Noord", missed_windows=Case.missed_windows + 1)
            )
            session.execute(
                delete(Case).where(
                    Case.household_id.is_(None), Case.id % 4 == 0, Case.lease_user_id.is_(None)
                )
            )

    def retention(self) -> None:
        retention.run_retention(self.admin)


OPERATIONS = [
    ("import_signals", 3),
    ("import_history", 1),
    ("claim", 6),
    ("outcome", 6),
    ("release", 1),
    ("time_passes", 3),
    ("move_missed_windows", 1),
    ("add_phone", 1),
    ("raw_sql", 1),
    ("retention", 1),
]


@pytest.mark.parametrize("seed", [1, 2])
def test_tiles_equal_a_fresh_count_after_random_operations(
    ctx: AppContext, clock: FixedClock, tmp_path: Path, seed: int
) -> None:
    world = World(ctx, clock, tmp_path, seed)
    world.import_signals()
    names = [name for name, weight in OPERATIONS for _ in range(weight)]
    seen: set[str] = set()
    for step in range(60):
        name = world.rng.choice(names)
        getattr(world, name)()
        # The tiles after every step; the per-wijk totals and the listing every third step.
        if step % 3:
            figures = fresh_figures(ctx, clock.now())
            assert shown_figures(world.lead) == figures, f"step {step}: {name}"
        else:
            figures = check(ctx, world.lead, f"step {step}: {name}")
        if figures["open"]:
            seen.add(name)
    # The sequence really moved the figures around (not a test of an empty queue).
    assert {"import_signals", "claim", "outcome", "time_passes"} <= seen
    assert check(ctx, world.lead, "end")["handed_off"] > 0
    # Groups that emptied are removed, not left behind as zero rows.
    with ctx.db.read() as session:
        assert session.scalar(select(func.count()).where(QueueCount.n == 0)) == 0
        if ctx.db.is_sqlite:  # SQLite's triggers write queue_counts directly
            assert session.scalar(select(func.count()).select_from(QueueCountDelta)) == 0


def test_demo_data_is_counted(ctx: AppContext, clock: FixedClock) -> None:
    from app.services import demo

    with ctx.db.begin() as session:
        admin = make_user(session, "beheer", Role.ADMIN, "Beheer")
        lead = make_user(session, "leider", Role.TEAMLEAD, "Leider")
    demo.fill_demo(ctx.as_actor(actor_of(admin)), residents=120, weeks=2)
    lead_ctx = ctx.as_actor(actor_of(lead))
    fresh = check(ctx, lead_ctx, "demo")
    assert fresh["open"] > 0


def test_migration_counts_the_cases_already_there(ctx: AppContext, clock: FixedClock) -> None:
    """The migration counts the cases already there (an upgrade of a live database): its
    statement, run again on emptied counts, gives back what the triggers kept."""
    now = clock.now()
    with ctx.db.begin() as session:
        lead = make_user(session, "lead", Role.TEAMLEAD, "Lead")
        for i in range(12):
            window = (now - timedelta(hours=1), now + timedelta(hours=i % 3))
            case = make_case(session, opened_at=now, window=window, wijk=WIJKEN[i % 3])
            case.missed_windows = i % 2
    lead_ctx = ctx.as_actor(actor_of(lead))
    before = check(ctx, lead_ctx, "filled")
    with ctx.db.begin() as session:
        kept = counts_per_bucket(session)
        session.execute(delete(QueueCount))
        session.execute(delete(QueueCountDelta))
        session.execute(text(migration_0011().count_existing_sql(ctx.db.dialect)))
    with ctx.db.read() as session:
        rebuilt = counts_per_bucket(session)
    assert rebuilt == kept and before["open"] == 12
    assert check(ctx, lead_ctx, "recounted") == before


def counts_per_bucket(session: Any) -> dict[str, tuple[int, int]]:
    """Counts and deltas added up per group (PostgreSQL folds deltas only now and then)."""
    totals: dict[str, tuple[int, int]] = {}
    for table in (QueueCount, QueueCountDelta):
        for bucket, n, missed in session.execute(select(table.bucket, table.n, table.missed_sum)):
            old_n, old_missed = totals.get(bucket, (0, 0))
            totals[bucket] = (old_n + n, old_missed + missed)
    return {bucket: total for bucket, total in totals.items() if total != (0, 0)}


def migration_0011() -> Any:
    path = Path(__file__).resolve().parents[2] / "app/migrations/versions/0011_queue_counts.py"
    spec = importlib.util.spec_from_file_location("migration_0011", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_bulk_load_is_folded_and_stays_exact(ctx: AppContext, clock: FixedClock) -> None:
    """Many multi-row INSERTs in one transaction (an import, the demo) leave PostgreSQL's
    deltas unfolded until the next write; the Queue tab folds them once there are many."""
    now = clock.now()
    with ctx.db.begin() as session:
        lead = make_user(session, "lead", Role.TEAMLEAD, "Lead")
        for statement in range(8):
            session.execute(
                insert(Case).values(
                    [
                        {
                            "wijk": f"Wijk {i % 600}",
                            "status": "open",
                            "opened_at": now,
                            "first_received_on": now.date(),
                            "missed_windows": i % 2,
                            "needs_phone": i % 9 == 0,
                            "next_slot": "morning",
                            "next_window_start": now + timedelta(days=i % 15 + statement),
                            "next_window_end": now + timedelta(days=i % 15 + statement, hours=3),
                        }
                        for i in range(600)
                    ]
                )
            )
    with ctx.db.read() as session:
        deltas = session.scalar(select(func.count()).select_from(QueueCountDelta))
    assert deltas == 0 if ctx.db.is_sqlite else deltas > monitor.FOLD_ABOVE
    lead_ctx = ctx.as_actor(actor_of(lead))
    fresh = check(ctx, lead_ctx, "bulk")
    assert fresh["open"] == 4800
    with ctx.db.read() as session:
        assert session.scalar(select(func.count()).select_from(QueueCountDelta)) == 0
        assert sum(n for (n,) in session.execute(select(QueueCount.n))) == 4800
