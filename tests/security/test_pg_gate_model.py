"""The privilege model itself (app/db_security.py), checked without a server.

A new table must get an entry in `db_security.TABLES` (the coordinator adds the other
branches' tables there); a table with personal data must have row-level security.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import stat
from pathlib import Path

import pytest

from app import db_security
from app.db import make_engine, upgrade
from app.models import Base
from app.services.outbox import Outbox


def test_every_table_of_the_schema_has_rules() -> None:
    missing = sorted(set(Base.metadata.tables) - set(db_security.TABLES))
    assert missing == [], f"add these tables to app/db_security.py TABLES: {missing}"


def test_every_rule_names_a_real_table_and_real_columns() -> None:
    for table, rules in db_security.TABLES.items():
        if table == "alembic_version":
            continue
        columns = set(Base.metadata.tables[table].columns.keys())
        for grant in rules.grants:
            assert set(grant.columns or ()) <= columns, (table, grant)
            assert set(grant.groups) <= set(db_security.ALL_GROUPS)


def test_personal_data_is_behind_row_level_security() -> None:
    for name in ("signals", "households", "phone_numbers", "attempts", "cases", "handoffs"):
        rules = db_security.TABLES[name]
        assert rules.personal_data and rules.rls and rules.policies, name


def test_no_group_but_the_admin_gets_a_bsn_birth_date_or_email() -> None:
    for grant in db_security.TABLES["signals"].grants:
        if "SELECT" in grant.privileges and db_security.ADMIN not in grant.groups:
            assert grant.columns is not None
            assert not {"bsn", "birth_date", "email"} & set(grant.columns)


def test_nobody_may_rewrite_the_audit_log() -> None:
    for grant in db_security.TABLES["audit_events"].grants:
        assert not {"UPDATE", "DELETE", "TRUNCATE"} & {
            p.strip() for p in grant.privileges.split(",")
        }


def test_every_security_definer_function_pins_its_search_path() -> None:
    for fn in db_security.FUNCTIONS:
        if "SECURITY DEFINER" in fn.body:
            assert "SET search_path = public, pg_temp" in fn.body, fn.signature


def test_the_scram_secret_is_the_one_postgresql_checks() -> None:
    # The format PostgreSQL stores (RFC 5802/7677); that the server accepts these secrets is
    # proven by every login of tests/security/test_pg_gate.py.
    salt = b"0123456789abcdef"
    secret = db_security.scram_verifier("pencil", salt=salt, iterations=4096)
    salted = hashlib.pbkdf2_hmac("sha256", b"pencil", salt, 4096)
    stored = hashlib.sha256(hmac.new(salted, b"Client Key", hashlib.sha256).digest()).digest()
    server = hmac.new(salted, b"Server Key", hashlib.sha256).digest()
    assert secret == (
        f"SCRAM-SHA-256$4096:{base64.b64encode(salt).decode()}$"
        f"{base64.b64encode(stored).decode()}:{base64.b64encode(server).decode()}"
    )
    assert "pencil" not in secret


@pytest.mark.skipif(
    os.name != "posix", reason="file modes are POSIX; Windows uses the profile's ACLs"
)
def test_the_sqlite_file_and_the_outbox_are_for_their_owner_only(tmp_path: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        url = f"sqlite:///{tmp_path / 'data' / 'vroegbel.sqlite3'}"
        engine = make_engine(url)
        upgrade(engine)
        engine.dispose()
        outbox = Outbox(tmp_path / "data" / "outbox.sqlite3")
        outbox.close()
    finally:
        os.umask(old_umask)
    for path in (tmp_path / "data").iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    # An existing file of an older version is tightened when it is opened.
    loose = tmp_path / "old.sqlite3"
    loose.touch(mode=0o644)
    os.chmod(loose, 0o644)
    make_engine(f"sqlite:///{loose}").dispose()
    assert stat.S_IMODE(loose.stat().st_mode) == 0o600


def test_a_refusal_of_the_database_is_one_sentence_on_screen_and_command_line() -> None:
    from sqlalchemy.exc import ProgrammingError

    from app.db import describe_refusal
    from app.ui.worker import describe_error

    class Refused(Exception):
        sqlstate = "42501"

    exc = ProgrammingError("SELECT bsn FROM signals", {}, Refused("permission denied"))
    assert (describe_refusal(exc) or "").startswith("De database staat deze handeling")
    assert describe_error(exc).startswith("De database staat dit niet toe voor uw login.")
    other = ProgrammingError("SELECT", {}, Exception("syntax error"))
    assert describe_refusal(other) is None
