"""The figures of DOMAIN.md section 7: reach and acceptance, per wijk, per slot, per agent.

`compute_report` selects the cases whose first signal was received in the period
(`Case.first_received_on`, both ends inclusive, either end open) and computes every figure
about those cases and their attempts with a handful of aggregate queries (GROUP BY, no
per-case round trips):

1. cases, reached and accepted per wijk, one pass over the period's cases (in wijk order through
   the index of migration 0006) LEFT JOINed with their contact attempts grouped per case (a
   small share of all attempts, read through the partial index of migration 0004); the totals
   are the sums of the wijken;
2. attempts, contacts and accepted help per slot type and agent, one pass over the attempts
   (by_slot and by_agent are both rolled up from its few dozen rows);
3. the number of signals of those cases;
4. the coaches' handoffs of those cases, grouped by (handoff day, first contact day,
   deadlines) on PostgreSQL.

Measured with bench/report.py (250,000 cases, about 940,000 attempts): see docs/REPORTS.md.

Only columns that retention keeps are used (cases: wijk, first_received_on, status; attempts:
slot, outcome, is_contact, agent; signals: their rows; handoffs), so the figures are the same
before and after a purge.

Definitions (DOMAIN.md section 7, the Divosa monitor's): *reached* is a case with at least one
attempt whose outcome is a contact outcome (`Attempt.is_contact`); *accepted* a case with a
`reached_help_accepted` attempt. Percentages have one decimal rounded half up (99/338 = 29.3)
and are None (JSON null) when the denominator is 0.

The coaches' time to first contact is counted in **working days** (Monday–Friday, not on Dutch
public holidays), the unit of the deadlines it is measured against (Wgs art. 4: 3 working days
when threatening, the local target of 5 working days): a first contact on the day of the
handoff is 0, on the next working day 1. Contact on a weekend or holiday counts as the next
working day would have. Handoffs without a first contact yet are counted as `waiting`.
"""

from __future__ import annotations

import dataclasses
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from fractions import Fraction
from functools import lru_cache
from typing import Any

import holidays
from sqlalchemy import (
    ColumnElement,
    Date,
    String,
    and_,
    case,
    cast,
    func,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session, aliased

from app.clock import AMSTERDAM
from app.models import Attempt, Case, Handoff, Signal, User
from app.models.enums import CHANNEL_ORDER, Channel, Outcome, Role, Slot
from app.services import audit
from app.services.authz import allowed
from app.services.context import AppContext
from app.services.errors import InvalidInput

#: by_slot lists the four slot types always, in this order.
SLOT_ORDER: tuple[Slot, ...] = (Slot.MORNING, Slot.AFTERNOON, Slot.EVENING, Slot.SATURDAY)

#: the wijk of a case whose postcode matched no mapping (FORMATS.md); listed last.
UNKNOWN_WIJK = "Onbekend"

#: label for historical attempts without an agent's name.
UNKNOWN_AGENT = "(onbekend)"

ACCEPTED = Outcome.REACHED_HELP_ACCEPTED.value


def round_half_up(value: Fraction) -> float:
    """One decimal, halves rounded up as a person would (2.75 -> 2.8, 6.25 -> 6.3)."""
    return math.floor(value * 10 + Fraction(1, 2)) / 10


def pct(numerator: int, denominator: int) -> float | None:
    """numerator/denominator as a percentage with one decimal, rounded half up; None for /0.

    Exact integer arithmetic, so 99/338 gives 29.3 and 1/8 gives 12.5 (not banker's 12.4).
    """
    if denominator == 0:
        return None
    return round_half_up(Fraction(100 * numerator, denominator))


@dataclass(frozen=True)
class Period:
    """Cases whose first signal was received in [date_from, date_to]; None is open-ended."""

    date_from: date | None = None
    date_to: date | None = None

    def to_json(self) -> dict[str, str | None]:
        return {
            "from": self.date_from.isoformat() if self.date_from else None,
            "to": self.date_to.isoformat() if self.date_to else None,
        }

    def describe(self) -> str:
        """Dutch, for titles: '1 juli 2022 t/m 31 augustus 2022'."""
        if self.date_from is None and self.date_to is None:
            return "alle zaken"
        if self.date_to is None:
            return f"vanaf {dutch_date(self.date_from)}"
        if self.date_from is None:
            return f"tot en met {dutch_date(self.date_to)}"
        return f"{dutch_date(self.date_from)} t/m {dutch_date(self.date_to)}"


@dataclass(frozen=True)
class Figures:
    """Cases, reached and accepted, with the two percentages derived from them."""

    cases: int
    reached: int
    accepted: int

    @property
    def reach_pct(self) -> float | None:
        return pct(self.reached, self.cases)

    @property
    def acceptance_pct(self) -> float | None:
        return pct(self.accepted, self.reached)

    def to_json(self) -> dict[str, Any]:
        return {
            "cases": self.cases,
            "reached": self.reached,
            "accepted": self.accepted,
            "reach_pct": self.reach_pct,
            "acceptance_pct": self.acceptance_pct,
        }


@dataclass(frozen=True)
class WijkFigures(Figures):
    wijk: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"wijk": self.wijk, **super().to_json()}


@dataclass(frozen=True)
class SlotFigures:
    """Attempts (every call of the period's cases) in one slot type and how many made contact."""

    slot: str
    attempts: int
    contacts: int

    @property
    def contact_rate_pct(self) -> float | None:
        return pct(self.contacts, self.attempts)

    def to_json(self) -> dict[str, Any]:
        return {
            "slot": self.slot,
            "attempts": self.attempts,
            "contacts": self.contacts,
            "contact_rate_pct": self.contact_rate_pct,
        }


@dataclass(frozen=True)
class ChannelFigures:
    """Contact attempts of one channel on the period's cases (issue 14): how many, how many
    made contact, how many ended in accepted help."""

    channel: str
    attempts: int
    contacts: int
    accepted: int

    @property
    def contact_rate_pct(self) -> float | None:
        return pct(self.contacts, self.attempts)

    def to_json(self) -> dict[str, Any]:
        return {
            "channel": self.channel,
            "attempts": self.attempts,
            "contacts": self.contacts,
            "accepted": self.accepted,
        }


@dataclass(frozen=True)
class CallbackFigures:
    """Residents who called us back (a `phone_in` contact), counted under the outreach that
    came last before their call: a voicemail (`phone`), a letter, a card, a visit…; `phone_in`
    when nothing came before. So a letter's reach shows as the residents who called back
    after it (issue 14)."""

    channel: str
    callbacks: int
    accepted: int

    def to_json(self) -> dict[str, Any]:
        return {"channel": self.channel, "callbacks": self.callbacks, "accepted": self.accepted}


#: the channels whose attempts an agent makes (by_agent counts these as calls).
AGENT_CHANNELS = frozenset({Channel.PHONE.value, Channel.PHONE_IN.value})


@dataclass(frozen=True)
class AgentFigures:
    """One caller's calls on the period's cases; `accepted` counts reached_help_accepted calls."""

    agent: str
    user_id: int | None
    calls: int
    contacts: int
    accepted: int

    @property
    def contact_rate_pct(self) -> float | None:
        return pct(self.contacts, self.calls)

    @property
    def acceptance_pct(self) -> float | None:
        return pct(self.accepted, self.contacts)

    def to_json(self) -> dict[str, Any]:
        return {
            "agent": self.agent,
            "calls": self.calls,
            "contacts": self.contacts,
            "accepted": self.accepted,
            "contact_rate_pct": self.contact_rate_pct,
        }


@dataclass(frozen=True)
class CoachFigures:
    """Time from handoff to the coach's first contact, in working days (see module doc)."""

    handoffs: int
    contacted: int
    waiting: int
    median_working_days: float | None
    mean_working_days: float | None
    within_target: int
    within_legal: int

    def to_json(self) -> dict[str, Any]:
        return {
            "unit": "working_days",
            "handoffs": self.handoffs,
            "contacted": self.contacted,
            "waiting": self.waiting,
            "median": self.median_working_days,
            "mean": self.mean_working_days,
            "within_target": self.within_target,
            "within_legal_deadline": self.within_legal,
        }


def pp_difference(now: Figures, before: Figures, which: str) -> float | None:
    """now − before in percentage points (one decimal, from the exact fractions); None when
    either percentage is undefined."""
    if which == "reach":
        a, b = (now.reached, now.cases), (before.reached, before.cases)
    else:
        a, b = (now.accepted, now.reached), (before.accepted, before.reached)
    if a[1] == 0 or b[1] == 0:
        return None
    return round_half_up(Fraction(100 * a[0], a[1]) - Fraction(100 * b[0], b[1]))


@dataclass(frozen=True)
class Baseline:
    """A second period beside the report's (issue 14): "reach went from 9% to 33%"."""

    period: Period
    total: Figures
    reach_pp: float | None  # the report's reach % minus this period's, percentage points
    acceptance_pp: float | None

    def to_json(self) -> dict[str, Any]:
        return {
            "period": self.period.to_json(),
            "total": self.total.to_json(),
            "difference_pp": {"reach": self.reach_pp, "acceptance": self.acceptance_pp},
        }


@dataclass(frozen=True)
class Report:
    """Everything the report shows. `to_json()` is the FORMATS.md shape plus extra sections."""

    period: Period
    total: Figures
    by_wijk: tuple[WijkFigures, ...]
    by_slot: tuple[SlotFigures, ...]
    by_agent: tuple[AgentFigures, ...]
    coach: CoachFigures
    signals: int
    generated_at: datetime = field(compare=False)
    by_channel: tuple[ChannelFigures, ...] = ()
    baseline: Baseline | None = None
    callbacks_by_channel: tuple[CallbackFigures, ...] = ()

    @property
    def attempts(self) -> int:
        """Every contact attempt of every channel (what a DDAS export holds)."""
        return sum(c.attempts for c in self.by_channel)

    @property
    def contacts(self) -> int:
        return sum(c.contacts for c in self.by_channel)

    def to_json(self) -> dict[str, Any]:
        """FORMATS.md `report --format json`: period, total, by_wijk, by_slot, by_channel; then
        `counts` (signals, cases, attempts, contacts: what a DDAS export of the same period
        holds), `by_agent` and `coach_first_contact` as additional keys."""
        return {
            "period": self.period.to_json(),
            "total": self.total.to_json(),
            "by_wijk": [w.to_json() for w in self.by_wijk],
            "by_slot": [s.to_json() for s in self.by_slot],
            "by_channel": [c.to_json() for c in self.by_channel],
            "callbacks_by_channel": [c.to_json() for c in self.callbacks_by_channel],
            "counts": {
                "signals": self.signals,
                "cases": self.total.cases,
                "attempts": self.attempts,
                "contacts": self.contacts,
            },
            "by_agent": [a.to_json() for a in self.by_agent],
            "coach_first_contact": self.coach.to_json(),
            **({"baseline": self.baseline.to_json()} if self.baseline is not None else {}),
        }


# --- computing -------------------------------------------------------------------------


def check_period(date_from: date | None, date_to: date | None) -> None:
    if date_from is not None and date_to is not None and date_from > date_to:
        raise InvalidInput("De begindatum ligt na de einddatum.")


def case_period_filter(date_from: date | None, date_to: date | None) -> list[ColumnElement[bool]]:
    """The WHERE clauses that select a period's cases (also used by the DDAS export)."""
    clauses: list[ColumnElement[bool]] = []
    if date_from is not None:
        clauses.append(Case.first_received_on >= date_from)
    if date_to is not None:
        clauses.append(Case.first_received_on <= date_to)
    return clauses


def in_cases(case_id: Any, where: Sequence[ColumnElement[bool]]) -> ColumnElement[bool]:
    """`case_id IN (the period's cases)`: a semi-join both planners run from the period's range
    of ix_cases_first_received_on (cheaper on SQLite than joining the cases table)."""
    return case_id.in_(select(Case.id).where(*where))  # type: ignore[no-any-return]


@allowed(Role.TEAMLEAD, Role.ADMIN)
def compute_report(
    ctx: AppContext,
    date_from: date | None,
    date_to: date | None,
    *,
    baseline: Period | None = None,
) -> Report:
    """The figures for the cases first received in [date_from, date_to]; audited as `report`.

    With `baseline`, the totals of that second period stand beside them with the difference
    in percentage points (issue 14)."""
    check_period(date_from, date_to)
    if baseline is not None:
        check_period(baseline.date_from, baseline.date_to)
    period = Period(date_from, date_to)
    # Read in a read-only unit of work and audit in a short one of its own: on SQLite a long
    # read that then writes could lose its snapshot to an agent's outcome (SQLITE_BUSY).
    with ctx.db.read() as session:
        consistent_snapshot(session)
        report = figures(session, period, generated_at=ctx.clock.now())
        if baseline is not None:
            before = baseline_totals(session, baseline)
            report = dataclasses.replace(
                report,
                baseline=Baseline(
                    period=baseline,
                    total=before,
                    reach_pp=pp_difference(report.total, before, "reach"),
                    acceptance_pp=pp_difference(report.total, before, "acceptance"),
                ),
            )
    bounds = period.to_json()
    detail = f"from={bounds['from'] or '-'} to={bounds['to'] or '-'} cases={report.total.cases}"
    if baseline is not None:
        other = baseline.to_json()
        detail += f" baseline={other['from'] or '-'}..{other['to'] or '-'}"
    audit.record_now(ctx, "report", detail=detail)
    return report


def baseline_totals(session: Session, period: Period) -> Figures:
    """Cases, reached and accepted of a baseline period (the per-wijk pass, summed)."""
    rows = _by_wijk(session, case_period_filter(period.date_from, period.date_to))
    return Figures(
        cases=sum(w.cases for w in rows),
        reached=sum(w.reached for w in rows),
        accepted=sum(w.accepted for w in rows),
    )


def consistent_snapshot(session: Session) -> None:
    """All queries of this unit of work see one snapshot (PostgreSQL REPEATABLE READ; a SQLite
    read transaction already does), so the sections of a report agree with each other."""
    if session.get_bind().dialect.name == "postgresql":
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})


def figures(session: Session, period: Period, *, generated_at: datetime) -> Report:
    """The report inside an open session, without role check or audit (building block)."""
    where = case_period_filter(period.date_from, period.date_to)
    by_wijk = _by_wijk(session, where)
    total = Figures(
        cases=sum(w.cases for w in by_wijk),
        reached=sum(w.reached for w in by_wijk),
        accepted=sum(w.accepted for w in by_wijk),
    )
    by_slot, by_agent, by_channel = _by_slot_and_agent(session, where)
    signal_count = session.execute(
        select(func.count()).select_from(Signal).where(in_cases(Signal.case_id, where))
        if where
        else select(func.count()).select_from(Signal)
    ).scalar_one()
    return Report(
        period=period,
        total=total,
        by_wijk=by_wijk,
        by_slot=by_slot,
        by_agent=by_agent,
        coach=_coach_figures(session, where),
        signals=int(signal_count),
        generated_at=generated_at,
        by_channel=by_channel,
        callbacks_by_channel=_callbacks_by_channel(session, where),
    )


def wijk_sort_key(wijk: str) -> tuple[bool, str]:
    """By name, case-insensitively; 'Onbekend' (no mapping matched) last."""
    return (wijk == UNKNOWN_WIJK, wijk.casefold())


def _by_wijk(session: Session, where: Sequence[ColumnElement[bool]]) -> tuple[WijkFigures, ...]:
    """Cases, reached and accepted per wijk in one pass over the period's cases, LEFT JOINed
    with their contact attempts grouped per case (cases without contact count as cases only)."""
    contact_attempts = select(
        Attempt.case_id.label("case_id"),
        func.max(case((Attempt.outcome == ACCEPTED, 1), else_=0)).label("accepted"),
    ).where(Attempt.is_contact)  # the partial index ix_attempts_contact_case (migration 0004)
    if where:
        contact_attempts = contact_attempts.where(in_cases(Attempt.case_id, where))
    per_case = contact_attempts.group_by(Attempt.case_id).subquery()
    rows = [
        WijkFigures(wijk=str(wijk), cases=int(count), reached=int(reached), accepted=int(acc))
        for wijk, count, reached, acc in session.execute(
            select(
                Case.wijk,
                func.count(),
                func.count(per_case.c.case_id),
                func.coalesce(func.sum(per_case.c.accepted), 0),
            )
            .outerjoin(per_case, per_case.c.case_id == Case.id)
            .where(*where)
            .group_by(Case.wijk)
        )
    ]
    return tuple(sorted(rows, key=lambda w: wijk_sort_key(w.wijk)))


def _by_slot_and_agent(
    session: Session, where: Sequence[ColumnElement[bool]]
) -> tuple[tuple[SlotFigures, ...], tuple[AgentFigures, ...], tuple[ChannelFigures, ...]]:
    """One pass over the attempts of the period's cases, grouped by slot, agent and channel.

    by_slot is about the plan's outbound calls (channel `phone`): the contact rate per slot
    type the planner learns from. by_agent counts the calls an agent makes or takes (`phone`,
    `phone_in`), not letters or visits. by_channel lists every channel, always in one order.
    """
    query = select(
        Attempt.slot,
        Attempt.agent_id,
        Attempt.agent_name,
        Attempt.channel,
        func.count(),
        func.count().filter(Attempt.is_contact),
        func.count().filter(Attempt.outcome == ACCEPTED),
    ).group_by(Attempt.slot, Attempt.agent_id, Attempt.agent_name, Attempt.channel)
    if where:
        query = query.where(in_cases(Attempt.case_id, where))

    slots: dict[str, list[int]] = {s.value: [0, 0] for s in SLOT_ORDER}
    channels: dict[str, list[int]] = {c.value: [0, 0, 0] for c in CHANNEL_ORDER}
    agents: dict[tuple[int | None, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for slot, agent_id, agent_name, channel, calls, contacts, accepted in session.execute(query):
        per_channel = channels.setdefault(str(channel), [0, 0, 0])
        per_channel[0] += int(calls)
        per_channel[1] += int(contacts)
        per_channel[2] += int(accepted)
        if channel == Channel.PHONE.value and slot in slots:
            slots[slot][0] += int(calls)
            slots[slot][1] += int(contacts)
        if channel not in AGENT_CHANNELS:
            continue
        key = (agent_id, "") if agent_id is not None else (None, (agent_name or "").strip())
        totals = agents[key]
        totals[0] += int(calls)
        totals[1] += int(contacts)
        totals[2] += int(accepted)

    names = _user_names(session, [uid for uid, _ in agents if uid is not None])
    by_agent = [
        AgentFigures(
            agent=(names.get(uid, f"gebruiker {uid}") if uid is not None else name)
            or UNKNOWN_AGENT,
            user_id=uid,
            calls=t[0],
            contacts=t[1],
            accepted=t[2],
        )
        for (uid, name), t in agents.items()
    ]
    by_agent.sort(key=lambda a: (a.agent.casefold(), a.user_id or 0))
    by_slot = tuple(SlotFigures(slot=s, attempts=v[0], contacts=v[1]) for s, v in slots.items())
    by_channel = tuple(
        ChannelFigures(channel=c, attempts=v[0], contacts=v[1], accepted=v[2])
        for c, v in channels.items()
    )
    return by_slot, tuple(by_agent), by_channel


def _callbacks_by_channel(
    session: Session, where: Sequence[ColumnElement[bool]]
) -> tuple[CallbackFigures, ...]:
    """Each inbound contact under the channel of the case's last other attempt before it.

    Inbound contacts are a small share of the attempts: one correlated look-up each through
    ix_attempts_case_at, aggregated here."""
    earlier = aliased(Attempt)
    before = (
        select(earlier.channel)
        .where(
            earlier.case_id == Attempt.case_id,
            earlier.channel != Channel.PHONE_IN.value,
            or_(earlier.at < Attempt.at, and_(earlier.at == Attempt.at, earlier.id < Attempt.id)),
        )
        .order_by(earlier.at.desc(), earlier.id.desc())
        .limit(1)
        .correlate(Attempt)
        .scalar_subquery()
    )
    query = select(before, Attempt.outcome).where(
        Attempt.channel == Channel.PHONE_IN.value, Attempt.is_contact
    )
    if where:
        query = query.where(in_cases(Attempt.case_id, where))
    totals: dict[str, list[int]] = {c.value: [0, 0] for c in CHANNEL_ORDER}
    for channel, outcome in session.execute(query):
        row = totals.setdefault(str(channel or Channel.PHONE_IN.value), [0, 0])
        row[0] += 1
        row[1] += outcome == ACCEPTED
    return tuple(CallbackFigures(c, n, a) for c, (n, a) in totals.items())


def _user_names(session: Session, user_ids: Iterable[int]) -> dict[int, str]:
    ids = sorted(set(user_ids))
    if not ids:
        return {}
    return {
        int(uid): str(display or username)
        for uid, display, username in session.execute(
            select(User.id, User.display_name, User.username).where(User.id.in_(ids))
        )
    }


def _coach_rows(
    session: Session, where: Sequence[ColumnElement[bool]]
) -> Iterable[tuple[date, date | None, date, date, int]]:
    """(handoff day, first contact day or None, target, legal deadline, how many handoffs).

    PostgreSQL turns the instants into Amsterdam days itself and groups equal rows (a few
    thousand instead of one per handoff); SQLite has no time zones, so it groups by UTC day
    (by UTC hour from 22:00 UTC) and Python converts each distinct key once.
    """
    if session.get_bind().dialect.name == "postgresql":
        start = cast(func.timezone(AMSTERDAM.key, Handoff.handed_off_at), Date)
        end = cast(func.timezone(AMSTERDAM.key, Handoff.first_contact_at), Date)
        query = select(
            start, end, Handoff.target_due_on, Handoff.legal_due_on, func.count()
        ).group_by(start, end, Handoff.target_due_on, Handoff.legal_due_on)
        if where:
            query = query.where(in_cases(Handoff.case_id, where))
        for day, contact_day, target, legal, count in session.execute(query):
            yield day, contact_day, target, legal, int(count)
        return
    # SQLite stores the instants as UTC text and knows no time zones. Amsterdam is UTC+1 or
    # UTC+2, so only an instant from 22:00 UTC on can fall on the next local day: group by the
    # UTC day, or by the UTC hour for those late instants, and convert each key once.
    start_key = _sqlite_day_key(Handoff.handed_off_at)
    end_key = _sqlite_day_key(Handoff.first_contact_at)
    target = type_coerce(Handoff.target_due_on, String)
    legal = type_coerce(Handoff.legal_due_on, String)
    grouped = select(start_key, end_key, target, legal, func.count()).group_by(
        start_key, end_key, target, legal
    )
    if where:
        grouped = grouped.where(in_cases(Handoff.case_id, where))
    for start_text, end_text, target_text, legal_text, count in session.execute(grouped):
        yield (
            _local_day_of_key(start_text),
            _local_day_of_key(end_text) if end_text is not None else None,
            _iso_day(target_text),
            _iso_day(legal_text),
            int(count),
        )


def _sqlite_day_key(column: Any) -> Any:
    """SQLAlchemy stores instants on SQLite as 'YYYY-MM-DD HH:MM:SS.ffffff' (UTC): cut the day,
    or the day and hour from 22:00 on, out of the text (substr is far cheaper than strftime)."""
    return case(
        (func.substr(column, 12, 2) >= "22", func.substr(column, 1, 13)),
        else_=func.substr(column, 1, 10),
    )


@lru_cache(maxsize=65_536)
def _local_day_of_key(text: str) -> date:
    """'2026-10-05' (UTC day, before 22:00 UTC: the same Amsterdam day) or '2026-10-05 22'
    (UTC hour) -> the Amsterdam calendar day."""
    if len(text) == 10:
        return date.fromisoformat(text)
    moment = datetime.strptime(text, "%Y-%m-%d %H").replace(tzinfo=UTC)
    return moment.astimezone(AMSTERDAM).date()


@lru_cache(maxsize=65_536)
def _iso_day(text: str) -> date:
    return date.fromisoformat(text[:10])


def _coach_figures(session: Session, where: Sequence[ColumnElement[bool]]) -> CoachFigures:
    durations: dict[int, int] = defaultdict(int)  # working days -> handoffs
    waiting = within_target = within_legal = 0
    for start, end, target_due_on, legal_due_on, count in _coach_rows(session, where):
        if end is None:
            waiting += count
            continue
        durations[working_days_between(start, end)] += count
        within_target += count * (end <= target_due_on)
        within_legal += count * (end <= legal_due_on)
    contacted = sum(durations.values())
    return CoachFigures(
        handoffs=contacted + waiting,
        contacted=contacted,
        waiting=waiting,
        median_working_days=round_half_up(_median(durations)) if contacted else None,
        mean_working_days=round_half_up(
            Fraction(sum(d * n for d, n in durations.items()), contacted)
        )
        if contacted
        else None,
        within_target=within_target,
        within_legal=within_legal,
    )


def _median(counts: dict[int, int]) -> Fraction:
    """The median of a multiset given as value -> how often."""
    total = sum(counts.values())
    ordered = sorted(counts.items())

    def nth(index: int) -> int:  # 0-based
        seen = 0
        for value, n in ordered:
            seen += n
            if index < seen:
                return value
        raise IndexError(index)

    if total % 2:
        return Fraction(nth(total // 2))
    return Fraction(nth(total // 2 - 1) + nth(total // 2), 2)


@lru_cache(maxsize=64)
def _dutch_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("NL", years=year).keys())


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _dutch_holidays(day.year)


@lru_cache(maxsize=65_536)
def working_days_between(start: date, end: date) -> int:
    """Working days after `start` up to and including `end` (0 on the same day or before)."""
    if end <= start:
        return 0
    # Whole weeks hold five weekdays each; walk only the remainder and subtract holidays.
    days = (end - start).days
    weeks, rest = divmod(days, 7)
    count = 5 * weeks
    for offset in range(1, rest + 1):
        if (start + timedelta(days=offset)).weekday() < 5:
            count += 1
    for year in range(start.year, end.year + 1):
        count -= sum(1 for h in _dutch_holidays(year) if start < h <= end and h.weekday() < 5)
    # A contact on a weekend or holiday is as late as the next working day.
    if not is_working_day(end):
        count += 1
    return count


DUTCH_MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def dutch_date(day: date | None) -> str:
    if day is None:
        return ""
    return f"{day.day} {DUTCH_MONTHS[day.month - 1]} {day.year}"


#: Dutch names of the channels for people (reports; the UI has translatable ones in labels).
CHANNEL_LABELS: dict[str, str] = {
    Channel.PHONE.value: "Telefoon (uitgaand)",
    Channel.PHONE_IN.value: "Telefoon (inwoner belt)",
    Channel.LETTER.value: "Brief",
    Channel.CARD.value: "Kaartje",
    Channel.HOME_VISIT.value: "Huisbezoek",
    Channel.SMS.value: "SMS/WhatsApp",
    Channel.EMAIL.value: "E-mail",
}
