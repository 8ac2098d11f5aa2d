"""Test data for the queue: agents, team leads and many cases made fast with Core inserts.

Cases are made directly (the import is another module's business). Everything that happens on
a case afterwards goes through the queue service, as in the app.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, insert, select, update

from app.clock import Clock
from app.db import Database
from app.models import Attempt, AuditEvent, Case, Household, PhoneNumber, Signal, User
from app.models.enums import Role
from app.services.context import Actor, AppContext

#: The conftest clock: Tuesday 24 November 2026, 10:00 Amsterdam (CET), in the morning window.
MORNING_START = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)  # 09:00 CET
MORNING_END = datetime(2026, 11, 24, 11, 30, tzinfo=UTC)  # 12:30 CET
NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
BSN = "123456782"
BIRTH_DATE = date(1971, 3, 14)

_serial = itertools.count(1)


def add_user(db: Database, username: str, role: Role = Role.AGENT) -> Actor:
    with db.begin() as session:
        user = User(
            username=username,
            display_name=f"{username.capitalize()} Test",
            role=role.value,
            password_hash="not-a-hash",
            must_change_password=False,
            created_at=datetime(2026, 1, 1, tzinfo=UTC),
        )
        session.add(user)
        session.flush()
        return Actor(username=username, role=role, user_id=user.id)


@dataclass(frozen=True)
class CaseSpec:
    window: tuple[datetime, datetime] | None = (MORNING_START, MORNING_END)
    received_on: date = date(2026, 11, 2)
    arrears_cents: int = 50_000
    phones: Sequence[str] = ("+31612345678",)
    wijk: str = "Oude Stad"


def add_cases(db: Database, count: int, spec: CaseSpec | None = None) -> list[int]:
    """`count` open cases, each with one household, one signal and its phones."""
    spec = spec or CaseSpec()
    with db.begin() as session:
        first = next(_serial)
        for _ in range(count - 1):
            next(_serial)
        serials = range(first, first + count)
        session.execute(
            insert(Household),
            [
                {
                    "address_key": f"2011AA-{n}",
                    "postcode": "2011AA",
                    "house_number": n,
                    "house_number_suffix": "",
                    "street": "Grote Markt",
                    "city": "Haarlem",
                }
                for n in serials
            ],
        )
        household_ids = list(
            session.scalars(
                select(Household.id)
                .where(Household.address_key.in_([f"2011AA-{n}" for n in serials]))
                .order_by(Household.house_number)
            )
        )
        start, end = spec.window if spec.window else (None, None)
        session.execute(
            insert(Case),
            [
                {
                    "household_id": hid,
                    "wijk": spec.wijk,
                    "status": "open",
                    "opened_at": NOW - timedelta(days=3),
                    "first_received_on": spec.received_on,
                    "total_arrears_cents": spec.arrears_cents,
                    "attempts_used": 0,
                    "next_slot": "morning" if start else None,
                    "next_window_start": start,
                    "next_window_end": end,
                    "missed_windows": 0,
                    "needs_phone": not spec.phones,
                }
                for hid in household_ids
            ],
        )
        case_ids = list(
            session.scalars(
                select(Case.id).where(Case.household_id.in_(household_ids)).order_by(Case.id)
            )
        )
        session.execute(
            insert(Signal),
            [
                {
                    "signal_ref": f"sig-{cid}-{first}",
                    "case_id": cid,
                    "received_on": spec.received_on,
                    "creditor": "Elan Wonen",
                    "creditor_type": "rent",
                    "arrears_cents": spec.arrears_cents,
                    "bsn": BSN,
                    "last_name": "Jansen",
                    "first_name": "Piet",
                    "birth_date": BIRTH_DATE,
                    "email": "piet@example.org",
                    "imported_at": NOW - timedelta(days=3),
                }
                for cid in case_ids
            ],
        )
        if spec.phones:
            session.execute(
                insert(PhoneNumber),
                [
                    {"case_id": cid, "number_e164": number, "position": i}
                    for cid in case_ids
                    for i, number in enumerate(spec.phones)
                ],
            )
        return case_ids


def context(db: Database, clock: Clock, actor: Actor) -> AppContext:
    return AppContext(db=db, clock=clock, actor=actor)


def attempt_counts(db: Database) -> dict[int, int]:
    with db.read() as session:
        rows = session.execute(
            select(Attempt.case_id, func.count()).group_by(Attempt.case_id)
        ).all()
    return {int(case_id): int(n) for case_id, n in rows}


def audit_kinds(db: Database, case_id: int) -> list[str]:
    with db.read() as session:
        return list(
            session.scalars(
                select(AuditEvent.kind).where(AuditEvent.case_id == case_id).order_by(AuditEvent.id)
            )
        )


def hold(db: Database, actor: Actor, case_ids: Sequence[int], minutes: int = 15) -> None:
    """Give `actor` the lease on these cases, as their claims would (several at once: the
    outbox tests write many outcomes of one person; the queue itself hands out one)."""
    assert actor.user_id is not None
    with db.begin() as session:
        session.execute(
            update(Case)
            .where(Case.id.in_(list(case_ids)))
            .values(
                lease_user_id=actor.user_id,
                lease_claimed_at=NOW,
                lease_expires_at=NOW + timedelta(minutes=minutes),
            )
        )
