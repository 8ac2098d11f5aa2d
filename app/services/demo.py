"""`vroegbel demo`: a realistic demo team and several weeks of work, made through the services.

Nothing is written around the rules: signals go through the signal import (households, wijk
mapping, first plan), every call through `outcomes.record_outcome` at a moment inside the window
the planner chose, and the coaches' work through the handoff service. So the demo shows exactly
what the product would have produced, and every screen has something true to show.
"""

from __future__ import annotations

import csv
import random
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import AMSTERDAM, FixedClock
from app.models import Callback, Case, Handoff, User
from app.models.enums import CaseStatus, CloseReason, HelpType, Outcome, Role
from app.services import accounts, handoff, intake, outcomes, planning
from app.services.authz import allowed
from app.services.context import Actor, AppContext
from app.services.demo_data import (
    CREDITOR_TYPE_WEIGHTS,
    CREDITORS,
    INITIALS,
    LAST_NAMES,
    random_address,
    random_bsn,
    random_landline,
    random_mobile,
    wijk_mapping_rows,
)
from app.services.errors import Conflict, InvalidInput

DEMO_PASSWORD = "vroegbel-demo"

DEMO_USERS: tuple[tuple[str, Role, str], ...] = (
    ("beheer", Role.ADMIN, "Fatima Beheer"),
    ("teamleider", Role.TEAMLEAD, "Ingrid Teamleider"),
    ("coach1", Role.COACH, "Mark de Coach"),
    ("coach2", Role.COACH, "Samira Budgetcoach"),
    ("beller1", Role.AGENT, "Noor"),
    ("beller2", Role.AGENT, "Sem"),
    ("beller3", Role.AGENT, "Lotte"),
    ("beller4", Role.AGENT, "Daan"),
)

# How likely a resident answers, per slot type: evenings and Saturdays reach more people.
ANSWER_RATE = {"morning": 0.08, "afternoon": 0.07, "evening": 0.15, "saturday": 0.13}

NOTES_NO_CONTACT = ("", "", "", "Voicemail ingesproken met terugbelnummer", "Geen gehoor")
NOTES_CONTACT = (
    "Huur loopt achter sinds ontslag; wil graag hulp bij een regeling",
    "Schrok van het bedrag, wist niet dat er een achterstand was",
    "Partner beheert de financiën; belt zelf de verhuurder",
    "Zorgverzekering wordt via bewindvoerder geregeld",
    "Heeft al contact met schuldhulp van de gemeente",
    "Wil graag met een budgetcoach praten over vaste lasten",
)


@dataclass
class DemoResult:
    users: list[str] = field(default_factory=list)
    residents: int = 0
    signals: int = 0
    attempts: int = 0
    handoffs: int = 0
    open_callbacks: int = 0
    password: str = DEMO_PASSWORD


def _signal_rows(
    rng: random.Random, residents: int, first_day: date, last_day: date
) -> list[dict[str, str]]:
    """Signal rows as a creditor portal exports them; some households get two or three."""
    rows: list[dict[str, str]] = []
    span = (last_day - first_day).days
    seq = 0
    for _ in range(residents):
        address = random_address(rng)
        received = first_day + timedelta(days=rng.randint(0, span))
        if received.weekday() == 6:
            received -= timedelta(days=1)
        last_name = rng.choice(LAST_NAMES)
        initials = rng.choice(INITIALS) + "."
        bsn = random_bsn(rng) if rng.random() < 0.8 else ""
        phone_1 = random_mobile(rng) if rng.random() < 0.93 else ""
        phone_2 = random_landline(rng) if rng.random() < 0.2 else ""
        n_signals = rng.choices([1, 2, 3], weights=[70, 22, 8])[0]
        types = rng.sample(list(CREDITOR_TYPE_WEIGHTS), k=n_signals)
        for offset, creditor_type in enumerate(types):
            seq += 1
            rows.append(
                {
                    "signal_id": f"DEMO-{received:%Y%m}-{seq:05d}",
                    "received_on": min(
                        received + timedelta(days=offset * rng.randint(0, 3)), last_day
                    ).isoformat(),
                    "creditor": rng.choice(CREDITORS[creditor_type]),
                    "creditor_type": creditor_type,
                    "arrears_eur": f"{rng.lognormvariate(6.2, 0.8):.2f}",
                    "bsn": bsn,
                    "last_name": last_name,
                    "first_name": initials,
                    "street": address.street,
                    "house_number": str(address.house_number),
                    "house_number_suffix": address.suffix,
                    "postcode": address.postcode,
                    "city": "Spaarndam" if address.wijk == "Spaarndam" else "Haarlem",
                    "phone_1": phone_1,
                    "phone_2": phone_2,
                    "email": "",
                }
            )
    return rows


def _write_csv(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), delimiter=";")
        writer.writeheader()
        writer.writerows(rows)


def _local(day: date, hhmm: time) -> datetime:
    return datetime.combine(day, hhmm, tzinfo=AMSTERDAM).astimezone(UTC)


def _pick_outcome(rng: random.Random, slot: str, attempt_no: int) -> Outcome:
    if rng.random() < 0.015:
        return Outcome.WRONG_NUMBER
    if rng.random() >= ANSWER_RATE.get(slot, 0.12) * (1.0 + 0.05 * attempt_no):
        return rng.choices(
            [Outcome.NO_ANSWER, Outcome.VOICEMAIL, Outcome.BUSY], weights=[70, 22, 8]
        )[0]
    return rng.choices(
        [
            Outcome.REACHED_HELP_ACCEPTED,
            Outcome.REACHED_NO_HELP_NEEDED,
            Outcome.REACHED_HELP_DECLINED,
            Outcome.ALREADY_IN_DEBT_HELP,
            Outcome.CALLBACK_REQUESTED,
        ],
        weights=[30, 30, 14, 12, 14],
    )[0]


def _help_request(rng: random.Random) -> outcomes.HelpRequestInput:
    kinds = rng.sample(list(HelpType), k=rng.choices([1, 2, 3], weights=[55, 35, 10])[0])
    return outcomes.HelpRequestInput(
        help_types=kinds,
        urgent=rng.random() < 0.18,
        note=rng.choice(NOTES_CONTACT),
    )


def _callback_time(session: Session, rng: random.Random, after: datetime) -> datetime | None:
    """A moment inside calling hours one to three days later, as a resident would propose."""
    day = after.astimezone(AMSTERDAM).date() + timedelta(days=rng.randint(1, 3))
    for _ in range(10):
        candidate = _local(day, time(rng.choice([10, 14, 18, 19]), rng.choice([0, 15, 30])))
        if day.weekday() == 5:
            candidate = _local(day, time(rng.choice([10, 11, 13]), 0))
        try:
            planning.check_callback_time(session, candidate)
            return candidate
        except InvalidInput:
            day += timedelta(days=1)
    return None


@allowed(Role.ADMIN)
def fill_demo(
    ctx: AppContext, residents: int = 1000, seed: int = 2026, weeks: int = 5
) -> DemoResult:
    """Fill an (empty) database with the demo team and `weeks` weeks of work up to now."""
    rng = random.Random(seed)
    result = DemoResult()
    now = ctx.clock.now()
    with ctx.db.read() as session:
        if session.scalar(select(Case.id).limit(1)) is not None:
            raise Conflict("Deze database bevat al zaken; de demo vult alleen een lege database.")

    agents: dict[str, int] = {}
    coaches: list[Actor] = []
    for username, role, display in DEMO_USERS:
        with ctx.db.read() as session:
            exists = session.scalar(select(User.id).where(User.username == username))
        if exists is None:
            accounts.create_user(ctx, username, role, display)
        with ctx.db.begin() as session:
            user = session.scalar(select(User).where(User.username == username))
            assert user is not None
            # The demo's password is printed on the login screen on purpose, so the policy
            # against guessable passwords does not apply to it; its data is made up.
            if exists is None:
                user.password_hash = accounts.hash_password(DEMO_PASSWORD)
            user.must_change_password = False  # a demo team logs straight in
            if role is Role.AGENT:
                agents[display] = user.id
            if role is Role.COACH:
                coaches.append(Actor(username=username, role=Role.COACH, user_id=user.id))
        result.users.append(f"{username} ({role.value})")

    today = now.astimezone(AMSTERDAM).date()
    first_day = today - timedelta(weeks=weeks)
    rows = _signal_rows(rng, residents, first_day, today - timedelta(days=1))
    result.residents = residents
    result.signals = len(rows)
    by_day: dict[date, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        by_day[date.fromisoformat(row["received_on"])].append(row)

    clock = FixedClock(_local(first_day, time(8, 0)))
    sim = AppContext(db=ctx.db, clock=clock, actor=ctx.actor)
    with tempfile.TemporaryDirectory(prefix="vroegbel-demo-") as tmp:
        mapping = Path(tmp) / "wijken.csv"
        mapping.write_text(
            "postcode,wijk\n" + "".join(f"{p},{w}\n" for p, w in wijk_mapping_rows()),
            encoding="utf-8",
        )
        day = first_day
        while day <= today:
            clock.set(_local(day, time(8, 0)))
            if by_day.get(day):
                path = Path(tmp) / f"signalen-{day}.csv"
                _write_csv(path, by_day[day])
                imported = intake.import_signals(
                    sim, path, wijken=mapping if day == first_day else None
                )
                if imported.rejected:  # the generator's own mistake: fail loudly, not quietly
                    first = imported.rejected[0]
                    raise RuntimeError(f"demo row rejected: line {first.line}: {first.reason}")
            result.attempts += _simulate_day(sim, rng, day, now, agents)
            result.attempts += _simulate_follow_up(sim, rng, day, now, agents)
            _simulate_coaches(sim, rng, day, now, coaches)
            day += timedelta(days=1)
    with ctx.db.read() as session:
        result.handoffs = len(session.scalars(select(Handoff.id)).all())
        result.open_callbacks = len(
            session.scalars(select(Callback.id).where(Callback.status == "open")).all()
        )
    return result


def _simulate_day(
    ctx: AppContext, rng: random.Random, day: date, now: datetime, agents: dict[str, int]
) -> int:
    """Call every case whose planned window (or callback) falls on `day` and lies before now.

    About one window in twelve passes without a call (too little capacity): those cases are
    left for the missed-window mover, as in real life.
    """
    day_start, day_end = _local(day, time(0, 0)), _local(day + timedelta(days=1), time(0, 0))
    made = 0
    with ctx.db.begin() as session:
        due = session.scalars(
            select(Case)
            .where(
                Case.status == CaseStatus.OPEN.value,
                Case.next_window_start >= day_start,
                Case.next_window_start < day_end,
                Case.next_window_start < now,
            )
            .order_by(Case.id)
        ).all()
        callbacks = session.scalars(
            select(Callback).where(
                Callback.status == "open",
                Callback.due_at >= day_start,
                Callback.due_at < day_end,
                Callback.due_at < now,
            )
        ).all()
        calls: list[tuple[Case, datetime, str | None]] = []
        for case in due:
            assert case.next_window_start is not None and case.next_window_end is not None
            if rng.random() < 0.08:
                continue
            end = min(case.next_window_end, now)
            span = (end - case.next_window_start).total_seconds()
            if span < 120:
                continue
            at = case.next_window_start + timedelta(seconds=rng.uniform(0, span - 60))
            calls.append((case, at, None))
        for callback in callbacks:
            case_ = session.get(Case, callback.case_id)
            if case_ is not None and case_.status == CaseStatus.OPEN.value:
                calls.append((case_, callback.due_at + timedelta(minutes=rng.randint(0, 10)), "cb"))
        calls.sort(key=lambda item: item[1])
        names = list(agents)
        for case, at, _kind in calls:
            if case.status != CaseStatus.OPEN.value or at >= now:
                continue
            slot = planning.slot_of_moment(session, at).value
            outcome = _pick_outcome(rng, slot, case.attempts_used)
            agent = rng.choice(names)
            callback_at = None
            if outcome is Outcome.CALLBACK_REQUESTED:
                callback_at = _callback_time(session, rng, at)
                if callback_at is None:
                    outcome = Outcome.NO_ANSWER
            live_phones = [p for p in case.phones if p.struck_at is None]
            given = outcomes.OutcomeInput(
                outcome=outcome,
                at=at,
                agent_id=agents[agent],
                agent_name=agent,
                phone_id=live_phones[0].id if live_phones else None,
                notes=rng.choice(NOTES_CONTACT)
                if outcome.is_contact
                else rng.choice(NOTES_NO_CONTACT),
                help_request=_help_request(rng)
                if outcome is Outcome.REACHED_HELP_ACCEPTED
                else None,
                callback_at=callback_at,
                source="app",
            )
            outcomes.record_outcome(session, ctx, case, given)
            made += 1
    with ctx.db.begin() as session:
        planning.move_missed_windows(session, now=min(day_end, now))
    return made


def _simulate_follow_up(
    ctx: AppContext, rng: random.Random, day: date, now: datetime, agents: dict[str, int]
) -> int:
    """What follows the plan (issue 14): a letter two days after a case closed without
    contact, and now and then a resident who calls back after it (an inbound contact)."""
    from app.models import Attempt
    from app.models.enums import Channel

    sent_at = _local(day, time(9, 0))
    if sent_at >= now:
        return 0
    made = 0
    with ctx.db.begin() as session:
        closed = session.scalars(
            select(Case)
            .where(
                Case.status == CaseStatus.CLOSED.value,
                Case.follow_up == Channel.LETTER.value,
                Case.closed_at < sent_at - timedelta(days=2),
            )
            .order_by(Case.id)
        ).all()
        for case in closed:
            letters = session.scalars(
                select(Attempt.at).where(
                    Attempt.case_id == case.id, Attempt.channel == Channel.LETTER.value
                )
            ).all()
            if not letters:
                outcomes.record_outcome(
                    session,
                    ctx,
                    case,
                    outcomes.OutcomeInput(
                        outcome=Outcome.SENT,
                        at=sent_at,
                        agent_name="Teamleider",
                        source="follow_up",
                        channel=Channel.LETTER,
                    ),
                )
                made += 1
            elif (
                sent_at - timedelta(days=10) < max(letters) < sent_at - timedelta(days=1)
                and rng.random() < 0.01
            ):
                # About one in ten residents calls back in the ten days after the letter
                # (letters alone reached about 9%, DOMAIN.md section 1).
                at = _local(day, time(rng.randint(10, 16), rng.choice((5, 20, 40))))
                if at >= now:
                    continue
                outcome = rng.choice(
                    [
                        Outcome.REACHED_NO_HELP_NEEDED,
                        Outcome.REACHED_HELP_ACCEPTED,
                        Outcome.REACHED_HELP_ACCEPTED,
                        Outcome.ALREADY_IN_DEBT_HELP,
                    ]
                )
                agent = rng.choice(list(agents))
                if _household_has_newer_case(session, case):
                    continue  # the call-back belongs to that case, which the plan handles
                outcomes.record_outcome(
                    session,
                    ctx,
                    case,
                    outcomes.OutcomeInput(
                        outcome=outcome,
                        at=at,
                        agent_id=agents[agent],
                        agent_name=agent,
                        notes="Bewoner belde terug na de brief.",
                        help_request=_help_request(rng)
                        if outcome is Outcome.REACHED_HELP_ACCEPTED
                        else None,
                        source="app",
                        channel=Channel.PHONE_IN,
                    ),
                )
                made += 1
    return made


def _household_has_newer_case(session: Session, case: Case) -> bool:
    return (
        session.scalar(
            select(Case.id).where(
                Case.household_id == case.household_id,
                Case.id != case.id,
                Case.status != CaseStatus.CLOSED.value,
            )
        )
        is not None
    )


def _simulate_coaches(
    ctx: AppContext, rng: random.Random, day: date, now: datetime, coaches: list[Actor]
) -> None:
    """Coaches take new handoffs within a few working days, reach most, and close many."""
    if day.weekday() >= 5 or not coaches:
        return
    moment = _local(day, time(rng.randint(9, 15), rng.choice([0, 20, 40])))
    if moment >= now:
        return
    assert isinstance(ctx.clock, FixedClock)
    ctx.clock.set(moment)
    with ctx.db.read() as session:
        open_handoffs = session.execute(
            select(
                Handoff.id,
                Handoff.handed_off_at,
                Handoff.urgent,
                Handoff.coach_id,
                Handoff.first_contact_at,
            ).where(Handoff.closed_at.is_(None), Handoff.handed_off_at < moment)
        ).all()
    for item in open_handoffs:
        age_days = (moment - item.handed_off_at).days
        coach = coaches[item.id % len(coaches)]
        coach_ctx = ctx.as_actor(coach)
        if item.coach_id is None:
            if rng.random() < (0.6 if item.urgent else 0.3):
                handoff.take(coach_ctx, item.id)
            continue
        if item.coach_id != coach.user_id:
            coach_ctx = ctx.as_actor(next(c for c in coaches if c.user_id == item.coach_id))
        if item.first_contact_at is None:
            reached = rng.random() < 0.7
            handoff.record_contact(
                coach_ctx,
                item.id,
                reached=reached,
                note="Kennismakingsgesprek gevoerd" if reached else "Niet bereikt, sms gestuurd",
            )
        elif age_days > 7 and rng.random() < 0.35:
            offered = rng.sample(list(HelpType), k=rng.choice([1, 1, 2]))
            handoff.close(coach_ctx, item.id, CloseReason.HELP_DELIVERED, help_offered=offered)
    ctx.clock.set(_local(day, time(8, 0)))
