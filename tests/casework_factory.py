"""Test data for the coaches' and the team lead's work: residents, cases, users and outcomes.

Cases are made directly (the import is another module's business); everything that happens on a
case goes through `outcomes.record_outcome`, as in the app.
"""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta

from sqlalchemy.orm import Session

from app.models import Case, Handoff, Household, PhoneNumber, Signal, User
from app.models.enums import HelpType, Outcome, Role
from app.services.context import Actor, AppContext
from app.services.outcomes import HelpRequestInput, OutcomeInput, record_outcome

_serial = itertools.count(1)


def make_user(session: Session, username: str, role: Role, display_name: str = "") -> User:
    user = User(
        username=username,
        display_name=display_name or username.capitalize(),
        role=role.value,
        password_hash="not-a-hash",
        must_change_password=False,
        created_at=datetime(2026, 1, 1, tzinfo=UTC),
    )
    session.add(user)
    session.flush()
    return user


def actor_of(user: User) -> Actor:
    return Actor(username=user.username, role=Role(user.role), user_id=user.id)


def make_case(
    session: Session,
    *,
    opened_at: datetime,
    wijk: str = "Oude Stad",
    last_name: str = "Jansen",
    first_name: str | None = "Piet",
    bsn: str | None = "111222333",
    phones: tuple[str, ...] = ("+31612345678",),
    creditors: tuple[tuple[str, str, int], ...] = (("Elan Wonen", "rent", 123_456),),
    received_on: date | None = None,
    window: tuple[datetime, datetime] | None = None,
    slot: str | None = "morning",
) -> Case:
    n = next(_serial)
    household = Household(
        address_key=f"2011AA{n}",
        postcode="2011AA",
        house_number=n,
        house_number_suffix="",
        street="Grote Markt",
        city="Haarlem",
    )
    session.add(household)
    session.flush()
    received = received_on or opened_at.date()
    case = Case(
        household_id=household.id,
        wijk=wijk,
        status="open",
        opened_at=opened_at,
        first_received_on=received,
        total_arrears_cents=sum(c[2] for c in creditors),
        next_slot=slot if window else None,
        next_window_start=window[0] if window else None,
        next_window_end=window[1] if window else None,
        needs_phone=not phones,
    )
    session.add(case)
    session.flush()
    for i, (creditor, kind, cents) in enumerate(creditors):
        session.add(
            Signal(
                signal_ref=f"SIG-{n}-{i}",
                case_id=case.id,
                received_on=received,
                creditor=creditor,
                creditor_type=kind,
                arrears_cents=cents,
                bsn=bsn,
                last_name=last_name,
                first_name=first_name,
                imported_at=opened_at,
            )
        )
    for i, number in enumerate(phones):
        session.add(PhoneNumber(case_id=case.id, number_e164=number, position=i))
    session.flush()
    return case


def hand_off(
    ctx: AppContext,
    *,
    at: datetime,
    urgent: bool = False,
    help_types: tuple[HelpType, ...] = (HelpType.PAYMENT_ARRANGEMENT,),
    notes: str | None = "Wil graag een regeling met de verhuurder.",
    agent: User | None = None,
    **case_kwargs: object,
) -> int:
    """A case reached by an agent who recorded an accepted help offer; returns the handoff id."""
    with ctx.db.begin() as session:
        case = make_case(session, opened_at=at - timedelta(days=2), **case_kwargs)  # type: ignore[arg-type]
        record_outcome(
            session,
            ctx,
            case,
            OutcomeInput(
                outcome=Outcome.REACHED_HELP_ACCEPTED,
                at=at,
                agent_id=agent.id if agent else None,
                agent_name=agent.display_name if agent else "Historie",
                notes=notes,
                help_request=HelpRequestInput(help_types=help_types, urgent=urgent, note=notes),
            ),
        )
        session.flush()
        handoff = session.query(Handoff).filter(Handoff.case_id == case.id).one()
        return handoff.id
