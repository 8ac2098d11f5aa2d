"""Bridge between the database and the pure calendar and planner in app.scheduler.

Everything here works inside the caller's unit of work (a Session it owns); nothing commits.
The settings and closed days are read once per session into a `PlanningContext` (cached in
`session.info`), so planning 100,000 imported rows in one transaction costs one settings
query, one closed-days query, one contact-rate query per day of "now" and one history
query per case (plus one indexed lookup of the slot types the case's household was reached
in before, and of the voicemails it called back after). Callers that plan many cases may
also build the context themselves with `PlanningContext.load(session)` and pass it as
`context=`.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from datetime import time as clock_time
from typing import Any

from sqlalchemy import (
    Boolean,
    Integer,
    String,
    case,
    column,
    exists,
    func,
    literal_column,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session

from app import db_security
from app.clock import AMSTERDAM
from app.models import Attempt, Callback, Case, ClosedDay
from app.models.base import UTCDateTime
from app.models.enums import CallbackStatus, CaseStatus, Channel, CloseReason, Outcome, Slot
from app.scheduler import planner
from app.scheduler.calendar import CalendarConfigError, CallingCalendar, Window, parse_windows
from app.scheduler.planner import (
    Because,
    HouseholdEvidence,
    PastAttempt,
    PlannedAttempt,
    PlanRules,
    Reason,
)
from app.services import settings
from app.services.errors import InvalidInput

log = logging.getLogger(__name__)

_SESSION_KEY = "vroegbel.planning_context"

#: The Dutch names of the slot types in the services' texts (the plan preview, the report's
#: PDF); the one table of them. The screens show app.ui.labels' translated names.
SLOT_LABELS: dict[Slot, str] = {
    Slot.MORNING: "ochtend",
    Slot.AFTERNOON: "middag",
    Slot.EVENING: "avond",
    Slot.SATURDAY: "zaterdag",
}

#: "in Molenwijk 31% contact 's avonds": the slot types as adverbs of time.
SLOT_ADVERBS: dict[Slot, str] = {
    Slot.MORNING: "'s ochtends",
    Slot.AFTERNOON: "'s middags",
    Slot.EVENING: "'s avonds",
    Slot.SATURDAY: "op zaterdag",
}

#: Strength of the prior toward the municipality-wide rate, in attempts (DOMAIN.md 4.5): a
#: wijk's rate per slot type is (contacts + PRIOR_ATTEMPTS x city rate) / (attempts +
#: PRIOR_ATTEMPTS), the mean of a Beta(PRIOR_ATTEMPTS x p, PRIOR_ATTEMPTS x (1 - p)) prior
#: updated with the wijk's attempts. With 20 a wijk's own figure weighs half at 20 attempts
#: and 90% at 180; two or three lucky calls in a small wijk cannot steer its plans.
PRIOR_ATTEMPTS = 20


@dataclass(frozen=True)
class RateCell:
    """One wijk and slot type: what was measured, and the estimate the planner uses."""

    attempts: int
    contacts: int
    rate: float  # shrunk toward the municipality's rate of this slot type

    @property
    def measured(self) -> float | None:
        return self.contacts / self.attempts if self.attempts else None


@dataclass(frozen=True)
class RateTable:
    """Contact rates per wijk and slot type over a period (the planner's evidence)."""

    since: date
    until: date  # inclusive
    by_wijk: dict[str, dict[Slot, RateCell]]
    city: dict[Slot, RateCell]  # the whole municipality (its own measured rate)

    def rates(self, wijk: str) -> dict[Slot, float]:
        """The planner's input for a case in `wijk`: shrunk rates; without any measurement
        of a slot type anywhere, that slot type is left out (counts as 0)."""
        own = self.by_wijk.get(wijk)
        if own is None:
            return {slot: cell.rate for slot, cell in self.city.items()}
        return {slot: cell.rate for slot, cell in own.items()}

    def cell(self, wijk: str, slot: Slot) -> RateCell | None:
        return self.by_wijk.get(wijk, {}).get(slot) or (
            RateCell(0, 0, self.city[slot].rate) if slot in self.city else None
        )


def shrunk_table(
    counts: dict[tuple[str, Slot], tuple[int, int]], since: date, until: date
) -> RateTable:
    """From (wijk, slot) -> (attempts, contacts): every wijk's rates shrunk to the city's."""
    city_counts: dict[Slot, list[int]] = {}
    for (_wijk, slot), (attempts, contacts) in counts.items():
        total = city_counts.setdefault(slot, [0, 0])
        total[0] += attempts
        total[1] += contacts
    city = {slot: RateCell(a, c, c / a if a else 0.0) for slot, (a, c) in city_counts.items() if a}
    by_wijk: dict[str, dict[Slot, RateCell]] = defaultdict(dict)
    for wijk in {w for w, _s in counts}:
        for slot, base in city.items():
            attempts, contacts = counts.get((wijk, slot), (0, 0))
            rate = (contacts + PRIOR_ATTEMPTS * base.rate) / (attempts + PRIOR_ATTEMPTS)
            by_wijk[wijk][slot] = RateCell(attempts, contacts, rate)
    return RateTable(since=since, until=until, by_wijk=dict(by_wijk), city=city)


@dataclass
class PlanningContext:
    """Calendar, plan rules and deadline settings, loaded once per unit of work."""

    calendar: CallingCalendar
    rules: PlanRules
    values: dict[str, Any]
    _rates: dict[date, RateTable] = field(default_factory=dict)

    @classmethod
    def from_values(
        cls, values: dict[str, Any], closed_days: Iterable[date] = ()
    ) -> PlanningContext:
        windows = values.get("calling_windows") or settings.DEFAULT_CALLING_WINDOWS
        try:
            calendar = CallingCalendar(windows, closed_days)
        except CalendarConfigError:
            log.error("calling_windows setting unusable; using the defaults", exc_info=True)
            calendar = CallingCalendar(settings.DEFAULT_CALLING_WINDOWS, closed_days)
        return cls(calendar=calendar, rules=PlanRules.from_settings(values), values=values)

    @classmethod
    def defaults(cls) -> PlanningContext:
        """The defaults of DOMAIN.md, without a database (e.g. plan-preview without --db)."""
        return cls.from_values({key: spec.default for key, spec in settings.SPECS.items()})

    @classmethod
    def load(cls, session: Session) -> PlanningContext:
        values = settings.get_all(session)
        closed = session.scalars(select(ClosedDay.day)).all()
        return cls.from_values(values, closed)

    def setting(self, key: str) -> Any:
        if key in self.values:
            return self.values[key]
        return settings.SPECS[key].default

    def table_for(self, session: Session, now: datetime) -> RateTable:
        """The contact rates of the last `contact_rate_weeks` weeks before the local day of
        `now` (all wijken at once, cached per day)."""
        today = now.astimezone(AMSTERDAM).date()
        table = self._rates.get(today)
        if table is None:
            weeks = int(self.setting("contact_rate_weeks"))
            table = rate_table(session, today - timedelta(weeks=weeks), today)
            if len(self._rates) > 64:
                self._rates.clear()
            self._rates[today] = table
        return table

    def rates_for(self, session: Session, wijk: str, now: datetime) -> dict[Slot, float]:
        """Expected contact chance per slot type in `wijk`: its measured rate of the last
        `contact_rate_weeks` weeks shrunk toward the municipality's (`PRIOR_ATTEMPTS`)."""
        return self.table_for(session, now).rates(wijk)


def attempt_counts(
    session: Session, since: date, until: date
) -> dict[tuple[str, Slot], tuple[int, int]]:
    """(wijk, slot type) -> (attempts, contacts) of the attempts on local days since..until."""
    start = datetime.combine(since, time(0), tzinfo=AMSTERDAM)
    end = datetime.combine(until + timedelta(days=1), time(0), tzinfo=AMSTERDAM)
    rows: Sequence[Any]
    if db_security.is_personal_session(session):
        # A personal login sees only the cases it holds: the counts come from the owner's
        # function, so its plans learn from every case as the owner's would (issue 13).
        rows = session.execute(
            text("SELECT wijk, slot, attempts, contacts FROM vroegbel_contact_rates(:s, :u)"),
            {"s": start, "u": end},
        ).all()
    else:
        rows = _contact_rate_rows(session, start, end)
    result: dict[tuple[str, Slot], tuple[int, int]] = {}
    for wijk, slot, attempts, contacts in rows:
        try:
            key = Slot(slot)
        except ValueError:
            continue
        if attempts:
            result[(wijk, key)] = (int(attempts), int(contacts or 0))
    return result


def rate_table(session: Session, since: date, until: date) -> RateTable:
    """Per wijk and slot type the attempts, contacts and shrunk rate of since..until."""
    return shrunk_table(attempt_counts(session, since, until), since, until)


def contact_rates(session: Session, today: date, weeks: int) -> dict[str, dict[Slot, float]]:
    """Per wijk: the planner's shrunk contact rate per slot type of the last `weeks` weeks."""
    table = rate_table(session, today - timedelta(weeks=weeks), today)
    return {wijk: table.rates(wijk) for wijk in table.by_wijk}


def _contact_rate_rows(session: Session, start: datetime, end: datetime) -> Sequence[Any]:
    return session.execute(
        select(
            Case.wijk,
            Attempt.slot,
            func.count(Attempt.id),
            func.sum(case((Attempt.is_contact, 1), else_=0)),
        )
        .join(Case, Case.id == Attempt.case_id)
        # The plan learns from its own outbound calls, not from residents calling us or
        # from letters (issue 14).
        .where(Attempt.at >= start, Attempt.at < end, Attempt.channel == "phone")
        .group_by(Case.wijk, Attempt.slot)
    ).all()


def planning_context(session: Session) -> PlanningContext:
    """The context of this unit of work (loaded on first use, then cached on the session)."""
    cached = session.info.get(_SESSION_KEY)
    if isinstance(cached, PlanningContext):
        return cached
    loaded = PlanningContext.load(session)
    session.info[_SESSION_KEY] = loaded
    return loaded


def use_context(session: Session, context: PlanningContext) -> None:
    """Plan this unit of work with `context`, loaded earlier (the queue shares one per
    database for half a minute, so that recording an outcome does not reload the settings
    and the contact rates of eight weeks for every call)."""
    session.info[_SESSION_KEY] = context


def invalidate(session: Session) -> None:
    """Forget the cached context, e.g. after the admin changed windows or closed days."""
    session.info.pop(_SESSION_KEY, None)


def validate_calling_windows(value: Any) -> None:
    """Refuse a `calling_windows` setting the calendar cannot use (for the admin service)."""
    try:
        if not isinstance(value, dict):
            raise CalendarConfigError("geen tabel van tijdvakken")
        parse_windows(value)
    except (CalendarConfigError, AttributeError) as exc:
        raise InvalidInput(f"De belvensters zijn ongeldig: {exc}.") from exc


# --- the four functions the outcome rules, intake and queue rely on ---------------------


def slot_of_moment(session: Session, at: datetime) -> Slot:
    """The slot type a call at `at` belongs to (historical calls: from weekday and time)."""
    return planning_context(session).calendar.slot_of(at)


def _history(session: Session, case_id: int | None) -> list[PastAttempt]:
    return _history_and_hint(session, case_id)[0]


def _history_and_hint(
    session: Session, case_id: int | None
) -> tuple[list[PastAttempt], str | None, frozenset[Slot]]:
    """The attempts that counted, the latest "best reachable" hint of any attempt of the
    case (one query: a hint may come with a call that did not count, e.g. a callback) and
    the slot types of the case's voicemails that were answered by a return call."""
    if case_id is None:
        return [], None, frozenset()
    rows = session.execute(
        select(
            Attempt.slot,
            Attempt.at,
            Attempt.counts_as_attempt,
            Attempt.reach_hint,
            returned_voicemail_column(),
        )
        .where(Attempt.case_id == case_id)
        .order_by(Attempt.at, Attempt.id)
    ).all()
    hint: str | None = None
    history: list[PastAttempt] = []
    returned: set[Slot] = set()
    for slot, at, counts, reach_hint, after_voicemail in rows:
        if counts:
            history.append(PastAttempt(slot=Slot(slot), at=at))
        if reach_hint:
            hint = reach_hint
        if after_voicemail in _SLOT_CODES:
            returned.add(Slot(after_voicemail))
    return history, hint, frozenset(returned)


# --- what we know of the household (DOMAIN.md 4.5) --------------------------------------

_HINT_TIME = re.compile(r"(\d{1,2})[:.](\d{2})")

#: A weekday without holidays: a hint "19:30" means that time on a working day.
_HINT_WEEKDAY = date(2026, 1, 7)


def parse_hint(value: str | None) -> str | None:
    """A "best reachable" hint as stored: a slot type code or `HH:MM`; None when empty.

    Raises InvalidInput with one Dutch sentence for anything else."""
    text = (value or "").strip().lower()
    if not text:
        return None
    if text in {slot.value for slot in Slot}:
        return text
    for label_slot, label in SLOT_LABELS.items():
        if text == label:
            return label_slot.value
    found = _HINT_TIME.fullmatch(text)
    if found is None or int(found[1]) > 23 or int(found[2]) > 59:
        raise InvalidInput(
            f"'{value}' is geen bereikbaarheid: kies ochtend, middag, avond, zaterdag of een "
            "tijd als 19:30."
        )
    return f"{int(found[1]):02d}:{found[2]}"


def hint_slot(calendar: CallingCalendar, hint: str | None) -> Slot | None:
    """The slot type a stored hint points at (a time: the slot of that time on a weekday)."""
    if not hint:
        return None
    try:
        return Slot(hint)
    except ValueError:
        pass
    try:
        moment = clock_time.fromisoformat(hint)
    except ValueError:
        return None
    return calendar.slot_of(datetime.combine(_HINT_WEEKDAY, moment, tzinfo=AMSTERDAM))


def hint_text(hint: str | None) -> str:
    """The hint in words for the case card: "'s avonds" / "rond 19:30"."""
    if not hint:
        return ""
    try:
        return SLOT_ADVERBS[Slot(hint)]
    except ValueError:
        return f"rond {hint}"


#: A voicemail answered by a return call (DOMAIN.md 4.5), as a column of a query on
#: `attempts`: on a `phone_in` contact, the slot type of the case's last outbound call before
#: it if that call ended in a voicemail; NULL on every other row. Plain SQL (SQLite and
#: PostgreSQL), one indexed look-up (ix_attempts_case_at) per inbound contact only; the one
#: definition of the rule, used by every query that gathers household evidence.
RETURNED_VOICEMAIL_SQL = f"""CASE WHEN attempts.channel = '{Channel.PHONE_IN.value}'
        AND attempts.is_contact THEN (
        SELECT CASE WHEN b.outcome = '{Outcome.VOICEMAIL.value}' THEN b.slot END
        FROM attempts AS b
        WHERE b.case_id = attempts.case_id AND b.channel = '{Channel.PHONE.value}'
            AND (b.at < attempts.at OR (b.at = attempts.at AND b.id < attempts.id))
        ORDER BY b.at DESC, b.id DESC
        LIMIT 1
    ) END"""


def returned_voicemail_column() -> Any:
    """RETURNED_VOICEMAIL_SQL for a select on `attempts` (labelled `after_voicemail`)."""
    return literal_column(RETURNED_VOICEMAIL_SQL, type_=String).label("after_voicemail")


def _earlier_cases_evidence(
    session: Session, case: Case
) -> tuple[frozenset[Slot], frozenset[Slot]]:
    """Slot types in which this household was reached in its earlier cases, and those of the
    voicemails it answered with a return call there."""
    if case.household_id is None:
        return frozenset(), frozenset()
    earlier = select(Case.id).where(Case.household_id == case.household_id)
    if case.id is not None:
        earlier = earlier.where(Case.id != case.id)
    # Cases first (ix_cases_household_id), then their attempts (ix_attempts_case_at): as a
    # join SQLite may walk every contact attempt instead.
    query = (
        select(Attempt.slot, returned_voicemail_column())
        .where(Attempt.case_id.in_(earlier), Attempt.is_contact.is_(True))
        .distinct()
    )
    reached: set[Slot] = set()
    returned: set[Slot] = set()
    if case.id is not None and db_security.session_group(session) == db_security.AGENT:
        # The agent's login sees only the case it holds: the household's earlier contacts
        # come from the owner's function, slot codes only (issue 13).
        reached |= _reached_through_the_database(session, case.id)
    for slot, after_voicemail in session.execute(query):
        if slot in _SLOT_CODES:
            reached.add(Slot(slot))
        if after_voicemail in _SLOT_CODES:
            returned.add(Slot(after_voicemail))
    return frozenset(reached), frozenset(returned)


def household_reached_slots(session: Session, case: Case) -> frozenset[Slot]:
    """Slot types in which this household was reached in its earlier cases."""
    return _earlier_cases_evidence(session, case)[0]


def _case_evidence(
    session: Session, case: Case, calendar: CallingCalendar
) -> tuple[list[PastAttempt], HouseholdEvidence, str | None]:
    """The case's attempts that counted, what is known of its household and the latest hint,
    in one round trip (planning runs once per recorded outcome, also in the history import):
    the case's own attempts and the contact attempts of the household's earlier cases, each
    inbound contact with the voicemail it answered, if any."""
    if case.id is None or case.household_id is None:
        own_history, own_hint, own_returned = _history_and_hint(session, case.id)
        reached, returned = (
            _earlier_cases_evidence(session, case)
            if case.id is None
            else (frozenset[Slot](), frozenset[Slot]())
        )
        evidence = HouseholdEvidence(
            hint=hint_slot(calendar, own_hint),
            reached=reached,
            voicemail_returned=own_returned | returned,
        )
        return own_history, evidence, own_hint
    rows = session.execute(
        _CASE_EVIDENCE, {"case_id": case.id, "household_id": case.household_id}
    ).all()
    history: list[PastAttempt] = []
    reached_in: set[Slot] = set()
    voicemails: set[Slot] = set()
    hint: str | None = None
    for _id, slot, at, counts, reach_hint, is_own, after_voicemail in rows:
        if after_voicemail in _SLOT_CODES:
            voicemails.add(Slot(after_voicemail))
        if not is_own:
            if slot in _SLOT_CODES:
                reached_in.add(Slot(slot))
            continue
        if counts:
            history.append(PastAttempt(slot=Slot(slot), at=at))
        if reach_hint:
            hint = reach_hint
    if db_security.session_group(session) == db_security.AGENT:
        # The agent's login sees only the case it holds: the household's earlier cases come
        # from the owner's function, slot codes only (issue 13).
        reached_in |= _reached_through_the_database(session, case.id)
    evidence = HouseholdEvidence(
        hint=hint_slot(calendar, hint),
        reached=frozenset(reached_in),
        voicemail_returned=frozenset(voicemails),
    )
    return history, evidence, hint


def _reached_through_the_database(session: Session, case_id: int) -> set[Slot]:
    found = session.scalars(
        text("SELECT vroegbel_household_reached_slots(:case_id)"), {"case_id": case_id}
    )
    return {Slot(slot) for slot in found if slot in _SLOT_CODES}


_SLOT_CODES = frozenset(slot.value for slot in Slot)

# Plain SQL (valid on SQLite and PostgreSQL): built and cached once, so a plan in the history
# import does not pay for composing and hashing a union statement (that was more than the
# planner itself). Typed columns: `at` comes back as an aware datetime, booleans as bool.
_CASE_EVIDENCE = text(
    f"""
    SELECT id, slot, at, counts_as_attempt, reach_hint, 1 AS own,
        {RETURNED_VOICEMAIL_SQL} AS after_voicemail
    FROM attempts WHERE case_id = :case_id
    UNION ALL
    SELECT id, slot, at, counts_as_attempt, NULL, 0, {RETURNED_VOICEMAIL_SQL}
    FROM attempts
    WHERE is_contact AND case_id IN (
        SELECT id FROM cases WHERE household_id = :household_id AND id <> :case_id
    )
    ORDER BY 3, 1
    """
).columns(
    column("id", Integer),
    column("slot", String),
    column("at", UTCDateTime),
    column("counts_as_attempt", Boolean),
    column("reach_hint", String),
    column("own", Integer),
    column("after_voicemail", String),
)


def household_evidence(
    session: Session, case: Case, calendar: CallingCalendar, hint: str | None
) -> HouseholdEvidence:
    reached, returned = _earlier_cases_evidence(session, case)
    return HouseholdEvidence(
        hint=hint_slot(calendar, hint), reached=reached, voicemail_returned=returned
    )


def _plan_start(case: Case) -> date | None:
    if case.plan_started_at is None:
        return None
    return case.plan_started_at.astimezone(AMSTERDAM).date()


def _apply(case: Case, planned: PlannedAttempt | None) -> bool:
    if planned is None:
        case.next_slot = None
        case.next_window_start = None
        case.next_window_end = None
        return False
    case.next_slot = planned.slot.value
    case.next_window_start = planned.window.start.astimezone(UTC)
    case.next_window_end = planned.window.end.astimezone(UTC)
    return True


def _plan(
    session: Session,
    case: Case,
    now: datetime,
    context: PlanningContext | None,
    household: HouseholdEvidence | None,
) -> PlannedAttempt | None:
    ctx = context or planning_context(session)
    if household is None:
        history, household, _hint = _case_evidence(session, case, ctx.calendar)
    else:
        history = _history(session, case.id)
    return planner.next_attempt(
        ctx.calendar,
        ctx.rules,
        history,
        now,
        ctx.rates_for(session, case.wijk, now),
        plan_start=_plan_start(case),
        household=household,
    )


def plan_next_attempt(
    session: Session,
    case: Case,
    now: datetime,
    *,
    context: PlanningContext | None = None,
    household: HouseholdEvidence | None = None,
) -> bool:
    """Set the case's next slot and window; False when the plan has no room left.

    Plans from the case's attempts that counted; the first attempt's window starts no earlier
    than `now`. The window is stored as aware UTC datetimes. `household`: what is known of
    the household's hours (None: look it up - its hint and its earlier cases).
    """
    return _apply(case, _plan(session, case, now, context, household))


def _percent(rate: float) -> str:
    return f"{round(rate * 100):d}%"


def why_text(reason: Reason | None, slot: Slot, wijk: str | None, hint: str | None = None) -> str:
    """The case card's and plan-preview's "why this slot", one Dutch line.

    E.g. "avond: in Molenwijk 31% contact 's avonds, 12% 's ochtends" or "avond: hint bij
    een eerdere poging ('s avonds bereikbaar)".
    """
    label = SLOT_LABELS[slot]
    if reason is None:
        return f"{label}: volgens de belregels"
    # "31% contact 's avonds, 12% 's ochtends": the word "contact" once, as people say it.
    known = [(s, rate) for s, rate in reason.rates if rate is not None]
    rates = ", ".join(
        f"{_percent(rate)}{' contact' if i == 0 else ''} {SLOT_ADVERBS[s]}"
        for i, (s, rate) in enumerate(known)
    )
    where = f"in {wijk} " if wijk else ""
    measured = f"{where}{rates}" if known else ""
    because = reason.because
    if because == Because.HINT:
        heard = hint_text(hint) or SLOT_ADVERBS[slot]
        return f"{label}: hint bij een eerdere poging ({heard} bereikbaar)"
    if because == Because.HOUSEHOLD:
        return f"{label}: dit huishouden werd eerder {SLOT_ADVERBS[slot]} bereikt"
    if because == Because.VOICEMAIL:
        return f"{label}: na een voicemail {SLOT_ADVERBS[slot]} belde dit huishouden terug"
    if because == Because.MOVED:
        return f"{label}: gemist belvenster, verplaatst naar het volgende {label}venster"
    if because == Because.ONLY_OPTION:
        tail = f" ({measured})" if measured else ""
        return f"{label}: de belregels laten nu alleen dit tijdvak toe{tail}"
    if because == Because.RATE:
        return f"{label}: {measured}"
    if because == Because.LEAST_TRIED:
        if measured:
            return f"{label}: gelijke contactkans, het minst geprobeerd ({measured})"
        return f"{label}: het minst geprobeerd (nog geen contactcijfers gemeten)"
    tail = f" ({measured})" if measured else " (nog geen contactcijfers gemeten)"
    return f"{label}: het eerstvolgende belvenster{tail}"


def explain_next(session: Session, case: Case, *, context: PlanningContext | None = None) -> str:
    """Why the case's planned next attempt is in its slot type (the case card), recomputed
    from the case's history as of its last attempt (or its opening) with today's rates."""
    if case.next_slot is None:
        return ""
    ctx = context or planning_context(session)
    history, household, hint = _case_evidence(session, case, ctx.calendar)
    moment = history[-1].at if history else (case.plan_started_at or case.opened_at)
    slot = Slot(case.next_slot)
    planned = planner.next_attempt(
        ctx.calendar,
        ctx.rules,
        history,
        moment,
        ctx.rates_for(session, case.wijk, moment),
        plan_start=_plan_start(case),
        household=household,
    )
    if planned is None or planned.slot is not slot:
        # Planned under other rates, a missed window or an imported history: the rules hold,
        # but today's evidence would not choose it again; say only what is certain.
        return why_text(None, slot, case.wijk)
    return why_text(planned.reason, slot, case.wijk, hint)


def plan_first_attempt(
    session: Session,
    case: Case,
    now: datetime,
    *,
    context: PlanningContext | None = None,
    household: HouseholdEvidence | None = None,
) -> bool:
    """Plan the first attempt of a new case (intake, or a case that got a phone number)."""
    return plan_next_attempt(session, case, now, context=context, household=household)


def check_callback_time(session: Session, when: datetime) -> None:
    """Refuse a callback time outside calling hours (one Dutch sentence)."""
    if when.tzinfo is None:
        raise InvalidInput("Een terugbeltijd heeft een tijdzone nodig.")
    calendar = planning_context(session).calendar
    if calendar.open_window(when) is not None:
        return
    upcoming = calendar.next_open_window(when)
    if upcoming is None:
        raise InvalidInput("Dit tijdstip valt buiten de beltijden en er is geen belvenster open.")
    start = upcoming.start.astimezone(AMSTERDAM)
    raise InvalidInput(
        "Dit tijdstip valt buiten de beltijden; het eerstvolgende belvenster begint op "
        f"{start:%d-%m-%Y} om {start:%H:%M}."
    )


def handoff_deadlines(session: Session, at: datetime, *, urgent: bool) -> tuple[date, date]:
    """(local target, legal deadline) for a coach's first conversation (DOMAIN.md section 6).

    Legal: `legal_urgent_working_days` working days when urgent, else `legal_normal_weeks`
    weeks. Local target: `local_target_working_days` working days, never later than the legal
    deadline. Working days skip weekends, public holidays and the admin's closed days.
    """
    ctx = planning_context(session)
    day = at.astimezone(AMSTERDAM).date()
    calendar = ctx.calendar
    if urgent:
        legal = calendar.add_working_days(day, int(ctx.setting("legal_urgent_working_days")))
    else:
        legal = day + timedelta(weeks=int(ctx.setting("legal_normal_weeks")))
    target = calendar.add_working_days(day, int(ctx.setting("local_target_working_days")))
    return min(target, legal), legal


# --- what the queue and the background jobs use -----------------------------------------


def open_window(session: Session, now: datetime) -> Window | None:
    """The calling window open at `now`, or None outside calling hours."""
    return planning_context(session).calendar.open_window(now)


def next_window_opening(session: Session, now: datetime) -> datetime | None:
    """When the next calling window opens (now, if one is open), as aware UTC."""
    upcoming = planning_context(session).calendar.next_open_window(now)
    if upcoming is None:
        return None
    return max(upcoming.start, now).astimezone(UTC)


@dataclass
class MissedWindows:
    """What `move_missed_windows` did."""

    moved: int = 0
    closed_case_ids: list[int] = field(default_factory=list)


def _histories(
    session: Session, case_ids: Sequence[int], calendar: CallingCalendar
) -> tuple[dict[int, list[PastAttempt]], dict[int, HouseholdEvidence]]:
    """Per case its attempts that counted, and what the case itself tells of the household:
    its latest "best reachable" hint and the voicemails answered by a return call."""
    found: dict[int, list[PastAttempt]] = {case_id: [] for case_id in case_ids}
    evidence: dict[int, HouseholdEvidence] = {}
    if not case_ids:
        return found, evidence
    rows = session.execute(
        select(
            Attempt.case_id,
            Attempt.slot,
            Attempt.at,
            Attempt.counts_as_attempt,
            Attempt.reach_hint,
            returned_voicemail_column(),
        )
        .where(Attempt.case_id.in_(case_ids))
        .order_by(Attempt.case_id, Attempt.at, Attempt.id)
    ).all()
    hints: dict[int, str] = {}
    returned: dict[int, set[Slot]] = defaultdict(set)
    for case_id, slot, at, counts, reach_hint, after_voicemail in rows:
        if counts:
            found[case_id].append(PastAttempt(slot=Slot(slot), at=at))
        if reach_hint:
            hints[case_id] = reach_hint
        if after_voicemail in _SLOT_CODES:
            returned[case_id].add(Slot(after_voicemail))
    for case_id in hints.keys() | returned.keys():
        evidence[case_id] = HouseholdEvidence(
            hint=hint_slot(calendar, hints.get(case_id)),
            voicemail_returned=frozenset(returned.get(case_id, ())),
        )
    return found, evidence


def move_missed_windows(
    session: Session,
    now: datetime,
    *,
    context: PlanningContext | None = None,
    batch_size: int = 500,
    limit: int | None = None,
) -> MissedWindows:
    """Rule 6 for every open case whose planned window passed without a call.

    The attempt moves to the next window of the same slot type without using an attempt
    (`missed_windows` counts them). Skipped: cases held by an agent (a live lease; the call
    may be going on), cases with an open callback (the callback replaces the plan) and cases
    waiting for a phone number (planned afresh when one is added). A case
    for which nothing fits anymore within the plan's days closes as `not_reached` with a
    letter follow-up, like a case whose attempts ran out. Idempotent: a second run at the
    same `now` finds nothing to move.
    """
    from app.services.outcomes import close_case, flag_follow_up  # outcomes imports this module

    ctx = context or planning_context(session)
    result = MissedWindows()
    open_callback = exists().where(
        Callback.case_id == Case.id, Callback.status == CallbackStatus.OPEN.value
    )
    query = (
        select(Case)
        .where(
            Case.status == CaseStatus.OPEN.value,
            Case.needs_phone.is_not(True),  # out of the queue until it has a number
            Case.next_slot.is_not(None),
            Case.next_window_end.is_not(None),
            Case.next_window_end <= now,
            or_(Case.lease_expires_at.is_(None), Case.lease_expires_at <= now),
            ~open_callback,
        )
        .order_by(Case.id)
    )
    if limit is not None:
        query = query.limit(limit)
    cases = list(session.scalars(query))
    for offset in range(0, len(cases), batch_size):
        batch = cases[offset : offset + batch_size]
        histories, own_evidence = _histories(session, [c.id for c in batch], ctx.calendar)
        for item in batch:
            assert item.next_slot is not None
            assert item.next_window_start is not None and item.next_window_end is not None
            missed = Window(
                start=item.next_window_start.astimezone(AMSTERDAM),
                end=item.next_window_end.astimezone(AMSTERDAM),
                slot=Slot(item.next_slot),
            )
            planned = planner.move_missed(
                ctx.calendar,
                ctx.rules,
                histories[item.id],
                missed,
                now,
                ctx.rates_for(session, item.wijk, now),
                plan_start=_plan_start(item),
                # The case's own evidence only: the earlier cases' would cost a query per
                # case here.
                household=own_evidence.get(item.id, planner.NO_EVIDENCE),
            )
            item.missed_windows = (item.missed_windows or 0) + 1
            if _apply(item, planned):
                result.moved += 1
            else:
                close_case(item, CloseReason.NOT_REACHED, now, session)
                flag_follow_up(session, item)
                result.closed_case_ids.append(item.id)
    return result


def preview(
    start: datetime,
    *,
    context: PlanningContext | None = None,
    rates: dict[Slot, float] | None = None,
) -> list[PlannedAttempt]:
    """The plan of a case opened at `start` with no contact (plan-preview); `rates`: the
    expected contact chance per slot type of a wijk (None: no measurements)."""
    ctx = context or PlanningContext.defaults()
    return planner.preview(ctx.calendar, ctx.rules, start, rates)
