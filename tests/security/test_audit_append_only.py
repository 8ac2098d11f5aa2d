"""The audit log is append-only in the database itself: UPDATE, DELETE (and on PostgreSQL
TRUNCATE) are refused by triggers, whatever the client, ORM or raw SQL."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, func, select, text, update

from app.db import Database
from app.models import AuditEvent
from app.services import audit
from app.services.context import AppContext


def _count(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count(AuditEvent.id))) or 0)


@pytest.fixture
def logged(db: Database, ctx: AppContext) -> Database:
    with db.begin() as session:
        audit.record(session, ctx, "view_case", case_id=1, detail="kaart")
        audit.record(session, ctx, "outcome", case_id=1, detail="no_answer")
    return db


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_events SET detail = 'weg'",
        "UPDATE audit_events SET username = 'iemand anders' WHERE kind = 'outcome'",
        "DELETE FROM audit_events",
        "DELETE FROM audit_events WHERE kind = 'view_case'",
    ],
)
def test_raw_update_and_delete_are_refused(logged: Database, statement: str) -> None:
    with pytest.raises(Exception, match="append-only"), logged.begin() as session:
        session.execute(text(statement))
    assert _count(logged) == 2


def test_orm_update_and_delete_are_refused(logged: Database) -> None:
    with pytest.raises(Exception, match="append-only"), logged.begin() as session:
        session.execute(update(AuditEvent).values(kind="x"))
    with pytest.raises(Exception, match="append-only"), logged.begin() as session:
        session.execute(delete(AuditEvent))
    with pytest.raises(Exception, match="append-only"), logged.begin() as session:
        event = session.scalars(select(AuditEvent)).first()
        assert event is not None
        session.delete(event)
        session.flush()
    with logged.read() as session:
        assert sorted(session.scalars(select(AuditEvent.kind))) == ["outcome", "view_case"]


def test_truncate_is_refused_on_postgres(logged: Database) -> None:
    if logged.is_sqlite:
        pytest.skip("SQLite has no TRUNCATE (DELETE without WHERE is refused above)")
    with pytest.raises(Exception, match="append-only"), logged.begin() as session:
        session.execute(text("TRUNCATE audit_events"))
    assert _count(logged) == 2


def test_inserting_stays_possible(logged: Database, ctx: AppContext) -> None:
    with logged.begin() as session:
        audit.record(session, ctx, "export", detail="ddas")
    assert _count(logged) == 3


def test_the_guard_triggers_exist(db: Database) -> None:
    with db.read() as session:
        if db.is_sqlite:
            names = set(
                session.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
            )
            assert {"audit_events_no_update", "audit_events_no_delete"} <= names
        else:
            names = set(
                session.scalars(
                    text(
                        "SELECT tgname FROM pg_trigger "
                        "WHERE tgrelid = 'audit_events'::regclass AND NOT tgisinternal"
                    )
                )
            )
            assert {"audit_events_no_update", "audit_events_no_truncate"} <= names
