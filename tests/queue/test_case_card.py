"""The agent's case card: the contact data of the case they hold, never the BSN; audited."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select

from app.clock import FixedClock
from app.db import Database
from app.models import AuditEvent
from app.models.enums import HelpType, Outcome
from app.services import queue
from app.services.context import Actor
from app.services.errors import PermissionDenied
from app.services.outcomes import HelpRequestInput
from tests.queue.world import BIRTH_DATE, BSN, NOW, add_cases, add_user, context


def _everything(card: queue.CaseCard) -> str:
    return repr(dataclasses.asdict(card)) + card.address


def test_the_card_shows_contact_data_and_history_but_never_the_bsn(
    db: Database, clock: FixedClock, teamlead: Actor
) -> None:
    anna, bob = add_user(db, "anna"), add_user(db, "bob")
    case_id = add_cases(db, 1)[0]
    anna_ctx = context(db, clock, anna)
    with pytest.raises(PermissionDenied):
        queue.case_card(anna_ctx, case_id)  # not hers (yet)
    assert queue.next_call(anna_ctx) is not None
    card = queue.case_card(anna_ctx, case_id)
    assert card.name == "Piet Jansen"
    assert card.address == "Grote Markt " + str(card.house_number) + ", 2011AA Haarlem"
    assert card.wijk == "Oude Stad"
    assert card.creditor_types == ("rent",)
    assert card.total_arrears_cents == 50_000
    assert [(p.number_e164, p.struck) for p in card.phones] == [("+31612345678", False)]
    assert card.lease_expires_at is not None and card.max_attempts == 7
    text = _everything(card)
    assert BSN not in text
    assert BIRTH_DATE.isoformat() not in text and "1971" not in text
    assert "piet@example.org" not in text
    assert not any("bsn" in f.name or "birth" in f.name for f in dataclasses.fields(card))

    # Earlier attempts with their notes, and help requests, are on the card.
    queue.save_outcome(
        anna_ctx,
        case_id,
        queue.OutcomeEntry.new(
            Outcome.REACHED_HELP_ACCEPTED,
            NOW,
            notes="wil een regeling",
            help_request=HelpRequestInput((HelpType.PAYMENT_ARRANGEMENT,), note="huur"),
        ),
    )
    with pytest.raises(PermissionDenied):
        queue.case_card(context(db, clock, bob), case_id)
    lead_card = queue.case_card(context(db, clock, teamlead), case_id)  # a team lead may look
    assert [(a.outcome, a.notes) for a in lead_card.attempts] == [
        ("reached_help_accepted", "wil een regeling")
    ]
    assert [(h.help_types, h.note) for h in lead_card.help_requests] == [
        (("payment_arrangement",), "huur")
    ]
    assert BSN not in _everything(lead_card)

    with db.read() as session:
        views = session.execute(
            select(AuditEvent.username, AuditEvent.detail).where(
                AuditEvent.kind == "view_case", AuditEvent.case_id == case_id
            )
        ).all()
    assert [v.username for v in views] == ["anna", "tessa"]
    assert all(BSN not in v.detail for v in views)
