"""Build realistic case histories for the report and DDAS tests without the signal import.

Cases, households, signals and phone numbers are made through the models (the intake service
is another engineer's work); every call goes through `record_outcome`, the one place of the
outcome rules, so the cases move exactly as in the app. The coach's side (first contact, help
offered, closing) is written on the Handoff as the coach screen does.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlalchemy.orm import Session

from app.clock import AMSTERDAM
from app.models import Attempt, Case, Handoff, Household, PhoneNumber, Signal, User
from app.models.enums import CaseStatus, CloseReason, HelpType, Outcome
from app.services.context import AppContext
from app.services.outcomes import HelpRequestInput, OutcomeInput, record_outcome

_counter = itertools.count(1)

# Valid BSNs (eleven-test) for the cases that have one.
BSNS = ["111222333", "123456782", "999999990", "100000009", "012345672"]


def local(y: int, m: int, d: int, hh: int = 10, mm: int = 0) -> datetime:
    """An Amsterdam wall-clock moment as an aware instant."""
    return datetime(y, m, d, hh, mm, tzinfo=AMSTERDAM).astimezone(UTC)


@dataclass
class World:
    session: Session
    ctx: AppContext
    now: datetime = field(default_factory=lambda: datetime(2026, 11, 24, 9, tzinfo=UTC))
    agents: dict[str, int] = field(default_factory=dict)

    def agent(self, username: str, display: str) -> int:
        if username not in self.agents:
            user = User(
                username=username,
                display_name=display,
                role="agent",
                password_hash="x",
                created_at=self.now,
            )
            self.session.add(user)
            self.session.flush()
            self.agents[username] = user.id
        return self.agents[username]

    def case(
        self,
        wijk: str,
        received_on: date,
        *,
        creditor_types: Sequence[str] = ("rent",),
        arrears: Sequence[int] = (),
        bsn: str | None = None,
        suffix: str = "",
        phones: int = 1,
    ) -> Case:
        """A case with one signal per creditor type, received on and after `received_on`."""
        n = next(_counter)
        household = Household(
            address_key=f"2031AB-{n}-{suffix}",
            postcode="2031AB",
            house_number=n,
            house_number_suffix=suffix,
            street="Teststraat",
            city="Haarlem",
        )
        self.session.add(household)
        self.session.flush()
        case = Case(
            household_id=household.id,
            wijk=wijk,
            status=CaseStatus.OPEN.value,
            opened_at=datetime.combine(received_on, datetime.min.time(), tzinfo=UTC),
            first_received_on=received_on,
            total_arrears_cents=0,
        )
        self.session.add(case)
        self.session.flush()
        for i, ctype in enumerate(creditor_types):
            cents = arrears[i] if i < len(arrears) else 12_345 + 100 * i
            self.session.add(
                Signal(
                    signal_ref=f"SIG-{n}-{i}",
                    case_id=case.id,
                    received_on=received_on + timedelta(days=3 * i),
                    creditor=f"Schuldeiser {ctype}",
                    creditor_type=ctype,
                    arrears_cents=cents,
                    bsn=bsn if i == 0 else None,
                    last_name="Jansen",
                    first_name="Piet",
                    imported_at=self.now,
                )
            )
            case.total_arrears_cents += cents
        for p in range(phones):
            self.session.add(
                PhoneNumber(case_id=case.id, number_e164=f"+3161{n:05d}{p:02d}", position=p)
            )
        self.session.flush()
        self.session.refresh(case)
        return case

    def call(
        self,
        case: Case,
        outcome: Outcome,
        at: datetime,
        *,
        agent: str | None = "anna",
        history_name: str = "",
        help_types: Sequence[HelpType] = (),
        urgent: bool = False,
        callback_at: datetime | None = None,
    ) -> Attempt:
        agent_id = self.agent(agent, agent.capitalize() + " Beller") if agent else None
        phone_id = None
        if outcome is Outcome.WRONG_NUMBER:
            valid = [p for p in case.phones if p.struck_at is None]
            phone_id = valid[0].id if valid else None
        return record_outcome(
            self.session,
            self.ctx,
            case,
            OutcomeInput(
                outcome=outcome,
                at=at,
                agent_id=agent_id,
                agent_name=history_name,
                phone_id=phone_id,
                help_request=(
                    HelpRequestInput(help_types=help_types, urgent=urgent) if help_types else None
                ),
                callback_at=callback_at,
                source="app" if agent else "history",
            ),
        )

    def no_contact_until_closed(self, case: Case, first: datetime) -> None:
        """Seven calls without contact on consecutive days, in every slot: closes not_reached."""
        outcomes = [Outcome.NO_ANSWER, Outcome.VOICEMAIL, Outcome.BUSY]
        hours = [10, 14, 19, 10, 19, 14, 11]
        day = first
        i = 0
        while case.status == CaseStatus.OPEN.value:
            moment = day.astimezone(AMSTERDAM).replace(hour=hours[i % 7])
            self.call(case, outcomes[i % 3], moment.astimezone(UTC))
            day += timedelta(days=1)
            i += 1

    def coach(
        self,
        case: Case,
        *,
        first_contact_at: datetime | None,
        offered: Sequence[HelpType] = (),
        close: bool = False,
    ) -> Handoff:
        handoff = self.session.query(Handoff).filter_by(case_id=case.id).one()
        handoff.first_contact_at = first_contact_at
        handoff.taken_at = first_contact_at
        handoff.help_offered = "|".join(h.value for h in offered)
        if close:
            assert first_contact_at is not None
            handoff.closed_at = first_contact_at + timedelta(days=14)
            handoff.close_reason = CloseReason.HELP_DELIVERED.value
            case.status = CaseStatus.CLOSED.value
            case.close_reason = CloseReason.HELP_DELIVERED.value
            case.closed_at = handoff.closed_at
        self.session.flush()
        return handoff

    def close(self, case: Case, reason: CloseReason, at: datetime) -> None:
        case.status = CaseStatus.CLOSED.value
        case.close_reason = reason.value
        case.closed_at = at
        self.session.flush()

    def purge(self, case: Case, at: datetime) -> None:
        """What retention does: personal data gone, the rows the figures need kept."""
        for signal in case.signals:
            signal.bsn = None
            signal.last_name = None
            signal.first_name = None
            signal.birth_date = None
            signal.email = None
        for attempt in self.session.query(Attempt).filter_by(case_id=case.id):
            attempt.notes = None
            attempt.phone_id = None
        self.session.flush()
        for phone in list(case.phones):
            self.session.delete(phone)
        household = case.household
        case.household_id = None
        case.purged_at = at
        self.session.flush()
        if household is not None:
            self.session.delete(household)
        self.session.flush()
        self.session.expire(case)
