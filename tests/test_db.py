from __future__ import annotations

import pytest
from sqlalchemy import text

from app.db import Database, DatabaseError, check_schema, open_database, upgrade
from app.models import AuditEvent
from app.services import audit


def test_empty_database_is_upgraded_by_open(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    database = open_database(url)
    with database.read() as session:
        assert session.execute(text("SELECT count(*) FROM cases")).scalar_one() == 0
    database.dispose()


def test_sqlite_pragmas(tmp_path) -> None:
    database = open_database(f"sqlite:///{tmp_path / 'p.sqlite3'}")
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
    database.dispose()


def test_newer_schema_is_refused(db: Database) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    with pytest.raises(DatabaseError, match="schemaversie 9999_from_the_future"):
        check_schema(db.engine)
    with pytest.raises(DatabaseError):
        upgrade(db.engine)


def test_unreachable_database_is_one_sentence() -> None:
    with pytest.raises(DatabaseError, match="niet bereikbaar"):
        open_database("postgresql+psycopg://nobody@127.0.0.1:9/nothing?connect_timeout=2")


def test_audit_table_is_append_only(db: Database, ctx) -> None:  # type: ignore[no-untyped-def]
    with db.begin() as session:
        audit.record(session, ctx, "test_event", case_id=1)
    with pytest.raises(Exception, match="append-only"), db.begin() as session:
        session.execute(text("UPDATE audit_events SET kind = 'x'"))
    with pytest.raises(Exception, match="append-only"), db.begin() as session:
        session.execute(text("DELETE FROM audit_events"))
    with db.read() as session:
        assert session.query(AuditEvent).count() == 1
