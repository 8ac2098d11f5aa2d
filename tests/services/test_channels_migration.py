"""Migration 0008 (issue 14): existing attempts become outbound calls; down and up again."""

from __future__ import annotations

from sqlalchemy import inspect, text

from app.db import _alembic_config, make_engine
from tests.conftest import drop_postgres_database, new_postgres_url


def _roundtrip(url: str) -> None:
    from alembic import command

    engine = make_engine(url)
    config = _alembic_config(engine)
    command.upgrade(config, "0006")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO households (id, address_key, postcode, house_number, "
                "house_number_suffix, street, city) VALUES (1, '2011AA1', '2011AA', 1, '', "
                "'Grote Markt', 'Haarlem')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO cases (id, household_id, wijk, status, opened_at, first_received_on, "
                "total_arrears_cents, attempts_used, missed_windows, needs_phone) VALUES "
                "(1, 1, 'Oude Stad', 'open', '2026-11-01 09:00:00', '2026-11-01', 100, 1, 0, "
                ":no)"
            ),
            {"no": False},
        )
        conn.execute(
            text(
                "INSERT INTO attempts (case_id, at, slot, outcome, is_contact, "
                "counts_as_attempt, agent_name, source, created_at) VALUES (1, "
                "'2026-11-02 09:00:00', 'morning', 'no_answer', :no, :yes, 'Noor', 'app', "
                "'2026-11-02 09:00:00')"
            ),
            {"no": False, "yes": True},
        )
    command.upgrade(config, "head")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT channel FROM attempts")).scalar_one() == "phone"
        indexes = {i["name"] for i in inspect(conn).get_indexes("attempts")}
        assert "ix_attempts_slot_agent_channel" in indexes
        assert "ix_attempts_slot_agent" not in indexes
        phone_indexes = {i["name"] for i in inspect(conn).get_indexes("phone_numbers")}
        assert "ix_phone_numbers_number" in phone_indexes
    command.downgrade(config, "0006")
    with engine.connect() as conn:
        columns = {c["name"] for c in inspect(conn).get_columns("attempts")}
        assert "channel" not in columns
        assert conn.execute(text("SELECT count(*) FROM attempts")).scalar_one() == 1
    command.upgrade(config, "head")
    engine.dispose()


def test_migration_0008_on_sqlite(tmp_path) -> None:  # type: ignore[no-untyped-def]
    _roundtrip(f"sqlite:///{tmp_path / 'm.sqlite3'}")


def test_migration_0008_on_postgresql() -> None:
    import os

    import pytest

    if not os.environ.get("VROEGBEL_TEST_PG"):
        pytest.skip("no PostgreSQL test server (VROEGBEL_TEST_PG)")
    url = new_postgres_url()
    try:
        # Start from an empty database, so the round trip runs every revision up to 0006.
        engine = make_engine(url)
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        engine.dispose()
        _roundtrip(url)
    finally:
        drop_postgres_database(url)
