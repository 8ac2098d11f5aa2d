"""The append-only audit log: who did what to which case, when. Never the personal data."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.models import AuditEvent
from app.services.context import AppContext


def record(
    session: Session, ctx: AppContext, kind: str, *, case_id: int | None = None, detail: str = ""
) -> None:
    session.add(
        AuditEvent(
            at=ctx.clock.now(),
            user_id=ctx.actor.user_id,
            username=ctx.actor.username,
            kind=kind,
            case_id=case_id,
            detail=detail,
        )
    )


def record_now(ctx: AppContext, kind: str, *, case_id: int | None = None, detail: str = "") -> None:
    """Audit in a transaction of its own: for refusals, whose own transaction rolls back."""
    with ctx.db.begin() as session:
        record(session, ctx, kind, case_id=case_id, detail=detail)
