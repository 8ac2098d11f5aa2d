"""What-if of plan rules on a period's own history (`vroegbel simulate`, the team lead's tab).

Reads the period's cases (selected as the report does: by the day their first signal was
received) and the contact rates of their attempts per wijk and slot type, then replays them
with app.scheduler.simulate under today's rules and under the proposed ones. The model and its
limits: docs/REPORTS.md, "Simulation".
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import case, func, select

from app.models import Attempt, Case
from app.models.enums import Channel, Role, Slot
from app.scheduler.calendar import SLOTS, CallingCalendar
from app.scheduler.planner import PlanRules
from app.scheduler.simulate import SimCase, SimResult, minimum_attempts, simulate
from app.services import audit
from app.services.authz import allowed
from app.services.context import AppContext
from app.services.errors import InvalidInput
from app.services.planning import (
    PRIOR_ATTEMPTS,
    SLOT_LABELS,
    PlanningContext,
    RateTable,
    shrunk_table,
)
from app.services.reporting import case_period_filter, check_period

#: Fixed unless the caller asks otherwise, so the same question gives the same answer.
DEFAULT_SEED = 1


@dataclass(frozen=True)
class RuleChanges:
    """The proposed rules: None keeps today's value."""

    max_attempts: int | None = None
    min_evening: int | None = None
    min_saturday: int | None = None
    plan_days: int | None = None

    def apply(self, rules: PlanRules) -> PlanRules:
        changes = {k: v for k, v in dataclasses.asdict(self).items() if v is not None}
        return dataclasses.replace(rules, **changes)


@dataclass(frozen=True)
class Simulation:
    date_from: date
    date_to: date
    seed: int
    cases: int
    attempts: int
    observed_reached: int
    current: SimResult
    proposed: SimResult

    def to_json(self) -> dict[str, object]:
        from app.scheduler.simulate import pct, ratio

        return {
            "period": {"from": self.date_from.isoformat(), "to": self.date_to.isoformat()},
            "seed": self.seed,
            "cases": self.cases,
            "attempts": self.attempts,
            "observed": {
                "reach_pct": pct(self.observed_reached, self.cases),
                "calls_per_case": ratio(self.attempts, self.cases),
            },
            "current": self.current.as_json(),
            "proposed": self.proposed.as_json(),
        }


@dataclass(frozen=True)
class PlanningEvidence:
    """What the planner goes by today: the contact rates per wijk and slot type of the last
    `weeks` weeks (with the attempts behind each) and the plan rules in force."""

    table: RateTable
    rules: PlanRules
    weeks: int
    prior_attempts: int = PRIOR_ATTEMPTS


@allowed(Role.TEAMLEAD, Role.ADMIN)
def planning_evidence(ctx: AppContext) -> PlanningEvidence:
    """The team lead's table and heat map of contact rates (anonymous counts: not audited)."""
    now = ctx.clock.now()
    with ctx.db.read() as session:
        context = PlanningContext.load(session)
        table = context.table_for(session, now)
        weeks = int(context.setting("contact_rate_weeks"))
    return PlanningEvidence(table=table, rules=context.rules, weeks=weeks)


def check_rules(rules: PlanRules, calendar: CallingCalendar) -> None:
    """Refuse rules no plan can keep, with the reason (one Dutch sentence)."""
    if rules.max_attempts < 1:
        raise InvalidInput("Het maximum aantal pogingen moet minstens 1 zijn.")
    if rules.plan_days < 1:
        raise InvalidInput("Het plan moet minstens 1 kalenderdag beslaan.")
    if rules.min_evening < 0 or rules.min_saturday < 0:
        raise InvalidInput("Een minimum aantal pogingen kan niet negatief zijn.")
    needed = minimum_attempts(rules, calendar)
    if needed > rules.max_attempts:
        parts = ", ".join(
            f"{count} {SLOT_LABELS[slot]}"
            for slot, count in rules.minimums(calendar).items()
            if count
        )
        raise InvalidInput(
            f"Deze regels kunnen niet: de minimums ({parts}) vragen {needed} pogingen, "
            f"maar het maximum is {rules.max_attempts}."
        )


def _plan_start(opened_at: datetime, first_attempt: datetime | None) -> datetime:
    # Imported history may have been called before the case was (re)opened here: the plan
    # starts when calling could first begin.
    if first_attempt is not None and first_attempt < opened_at:
        return first_attempt
    return opened_at


@allowed(Role.TEAMLEAD, Role.ADMIN)
def simulate_period(
    ctx: AppContext,
    date_from: date,
    date_to: date,
    changes: RuleChanges,
    *,
    seed: int = DEFAULT_SEED,
) -> Simulation:
    """Expected reach and calls of the period's cases under today's and the proposed rules.

    Raises InvalidInput for a reversed period, impossible rules or a period without attempts.
    Audited as `simulate` (period and rules; no personal data).
    """
    check_period(date_from, date_to)
    where = case_period_filter(date_from, date_to)
    with ctx.db.read() as session:
        planning = PlanningContext.load(session)
        current = planning.rules
        proposed = changes.apply(current)
        check_rules(proposed, planning.calendar)
        first_at = (
            select(Attempt.case_id, func.min(Attempt.at).label("first_at"))
            .where(Attempt.channel == Channel.PHONE.value)
            .group_by(Attempt.case_id)
            .subquery()
        )
        rows = session.execute(
            select(Case.id, Case.wijk, Case.opened_at, first_at.c.first_at)
            .outerjoin(first_at, first_at.c.case_id == Case.id)
            .where(*where)
            .order_by(Case.id)
        ).all()
        counted = session.execute(
            select(
                Case.wijk,
                Attempt.slot,
                func.count(Attempt.id),
                func.sum(case((Attempt.is_contact, 1), else_=0)),
            )
            .join(Case, Case.id == Attempt.case_id)
            # The replay is of the plan's outbound calls: their chances come from those alone.
            .where(*where, Attempt.channel == Channel.PHONE.value)
            .group_by(Case.wijk, Attempt.slot)
        ).all()
        reached = session.scalar(
            select(func.count(func.distinct(Attempt.case_id)))
            .join(Case, Case.id == Attempt.case_id)
            .where(*where, Attempt.is_contact.is_(True))
        )
    counts: dict[tuple[str, Slot], tuple[int, int]] = {}
    for wijk, slot, attempts, contacts in counted:
        if slot in {s.value for s in SLOTS} and attempts:
            counts[(wijk, Slot(slot))] = (int(attempts), int(contacts or 0))
    total_attempts = sum(a for a, _c in counts.values())
    if not total_attempts:
        raise InvalidInput(
            f"In de periode {date_from:%d-%m-%Y} tot en met {date_to:%d-%m-%Y} zijn geen "
            "belpogingen gedaan, dus er zijn geen contactkansen om mee te rekenen."
        )
    table = shrunk_table(counts, date_from, date_to)
    chances = {wijk: table.rates(wijk) for wijk in table.by_wijk}
    city = {slot: cell.rate for slot, cell in table.city.items()}
    cases = [
        SimCase(key=cid, wijk=wijk, start=_plan_start(opened, first))
        for cid, wijk, opened, first in rows
    ]
    draw_count = max(current.max_attempts, proposed.max_attempts)
    results = [
        simulate(
            planning.calendar,
            rules,
            cases,
            chances,
            default=city,
            seed=seed,
            draw_count=draw_count,
        )
        for rules in (current, proposed)
    ]
    now_result, new_result = results
    audit.record_now(
        ctx,
        "simulate",
        detail=(
            f"from={date_from} to={date_to} cases={len(cases)} max={proposed.max_attempts} "
            f"evening={proposed.min_evening} saturday={proposed.min_saturday} "
            f"days={proposed.plan_days} seed={seed}"
        ),
    )
    return Simulation(
        date_from=date_from,
        date_to=date_to,
        seed=seed,
        cases=len(cases),
        attempts=total_attempts,
        observed_reached=int(reached or 0),
        current=now_result,
        proposed=new_result,
    )
