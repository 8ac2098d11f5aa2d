"""Proof that PostgreSQL itself is the gate (issue 13, part 6).

Each test logs in to a real PostgreSQL server as a personal login of one role with raw SQL
(psycopg, not our services) and tries what the screen does not allow: every attempt must fail
or return nothing, and what the role may do must still work.
"""

from __future__ import annotations

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import text

from app import db_security
from app.services import accounts
from tests.security.pg_gate_world import PASSWORD, World, login, refused, rows

pytestmark = pytest.mark.postgres

SENSITIVE = ("bsn", "birth_date", "email")


# --- logging in -------------------------------------------------------------------------------


def test_each_login_is_a_member_of_exactly_its_group(world: World) -> None:
    for who, group in (
        ("agent", "vroegbel_agent"),
        ("coach", "vroegbel_coach"),
        ("teamlead", "vroegbel_teamlead"),
        ("admin", "vroegbel_admin"),
    ):
        with world.connect(who) as conn:
            assert rows(conn, "SELECT vroegbel_login_group(session_user::text)") == [(group,)]
            groups = rows(
                conn,
                "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = session_user",
            )
            assert groups == [(group,)]


def test_a_wrong_password_a_locked_and_a_removed_account_cannot_connect(world: World) -> None:
    with pytest.raises(psycopg.OperationalError):
        world.connect("agent", "Verkeerd-wachtwoord-1")
    accounts.lock_user(world.ctx, world.names["agent"])
    with pytest.raises(psycopg.OperationalError):
        world.connect("agent")
    accounts.unlock_user(world.ctx, world.names["agent"])
    world.connect("agent").close()
    accounts.remove_user(world.ctx, world.names["agent2"])
    with pytest.raises(psycopg.OperationalError):
        world.connect("agent2")


def test_a_temporary_password_sees_nothing_until_the_person_chose_their_own(
    world: World,
) -> None:
    temporary = accounts.reset_password(world.ctx, world.names["agent"])
    with login(world.url, world.names["agent"], temporary) as conn:
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT * FROM vroegbel_claim_next(true)")
        assert rows(conn, "SELECT count(*) FROM cases") == [(0,)]
        conn.execute(
            "SELECT vroegbel_change_own_password(%s)", (db_security.scram_verifier(PASSWORD),)
        )
    with pytest.raises(psycopg.OperationalError):
        login(world.url, world.names["agent"], temporary)
    with world.connect("agent") as conn:
        assert len(rows(conn, "SELECT * FROM vroegbel_claim_next(true)")) == 1


def test_a_plain_password_is_never_accepted_by_the_functions(world: World) -> None:
    with world.connect("agent") as conn, pytest.raises(errors.InvalidPassword):
        conn.execute("SELECT vroegbel_change_own_password(%s)", ("gewoon-een-wachtwoord",))


# --- what nobody but the admin may read --------------------------------------------------------


@pytest.mark.parametrize("who", ["agent", "coach", "teamlead"])
def test_no_bsn_birth_date_or_email_for_any_role_but_the_admin(world: World, who: str) -> None:
    with world.connect(who) as conn:
        if who == "agent":
            conn.execute("SELECT * FROM vroegbel_claim_next(true)")
        for column in SENSITIVE:
            refused(conn, f"SELECT {column} FROM signals")
        refused(conn, "SELECT * FROM signals")
        refused(conn, "SELECT password_hash FROM users")


@pytest.mark.parametrize("who", ["agent", "coach", "teamlead"])
def test_only_the_admin_reads_the_audit_log(world: World, who: str) -> None:
    with world.connect(who) as conn:
        refused(conn, "SELECT kind, username, detail FROM audit_events")
    with world.connect("admin") as conn:
        assert rows(conn, "SELECT count(*) FROM audit_events")[0][0] > 0


# --- the agent ---------------------------------------------------------------------------------


def test_the_agent_reads_only_the_case_it_holds(world: World) -> None:
    with world.connect("agent") as conn:
        for sql in (
            "SELECT last_name, first_name FROM signals",
            "SELECT number_e164 FROM phone_numbers",
            "SELECT street, postcode FROM households",
            "SELECT id FROM cases",
            "SELECT notes FROM attempts",
        ):
            assert rows(conn, sql) == [], sql
        claimed = rows(conn, "SELECT case_id, kind FROM vroegbel_claim_next(true)")
        assert claimed == [(world.held, "planned")]
        assert rows(conn, "SELECT DISTINCT last_name FROM signals") == [("Held",)]
        assert rows(conn, "SELECT case_id FROM phone_numbers") == [(world.held,)]
        assert len(rows(conn, "SELECT street FROM households")) == 1
        assert rows(conn, "SELECT id FROM cases") == [(world.held,)]
        # Asking for another case by its id returns nothing, not an error that leaks it.
        assert rows(conn, "SELECT last_name FROM signals WHERE case_id = %s", (world.other,)) == []
        assert rows(conn, "SELECT * FROM phone_numbers WHERE case_id = %s", (world.other,)) == []
    with world.connect("agent2") as conn:
        # The colleague's claim skips the held case and gets the other one.
        assert rows(conn, "SELECT case_id FROM vroegbel_claim_next(true)") == [(world.other,)]
        assert rows(conn, "SELECT DISTINCT last_name FROM signals") == [("Anders",)]


def test_the_agent_cannot_take_or_change_what_is_not_theirs(world: World) -> None:
    with world.connect("agent2") as conn:
        conn.execute("SELECT * FROM vroegbel_claim_next(true)")  # agent2 holds `held`
    with world.connect("agent") as conn:
        me = rows(conn, "SELECT vroegbel_my_user_id()")[0][0]
        # Someone else's lease: invisible, so nothing is updated.
        cur = conn.execute(
            "UPDATE cases SET lease_user_id = %s, lease_expires_at = now() + interval '1 day' "
            "WHERE id = %s",
            (me, world.held),
        )
        assert cur.rowcount == 0
        refused(conn, "UPDATE cases SET total_arrears_cents = 0 WHERE id = %s", (world.held,))
        with pytest.raises(errors.InsufficientPrivilege):  # RLS: a case the agent does not hold
            conn.execute(
                "INSERT INTO attempts (case_id, at, slot, outcome, is_contact, counts_as_attempt,"
                " agent_id, agent_name, source, created_at) VALUES (%s, now(), 'morning',"
                " 'no_answer', false, true, %s, 'x', 'app', now())",
                (world.held, me),
            )
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT vroegbel_renew_lease(%s)", (world.held,))
        assert rows(conn, "SELECT vroegbel_release_lease(%s)", (world.held,)) == [(False,)]
        # Its own case: never a lease longer than the setting, never to a colleague.
        conn.execute("SELECT * FROM vroegbel_claim_next(true)")  # now holds `other`
        refused(
            conn,
            "UPDATE cases SET lease_expires_at = now() + interval '1 year' WHERE id = %s",
            (world.other,),
        )
        refused(
            conn,
            "UPDATE cases SET lease_user_id = lease_user_id + 1 WHERE id = %s",
            (world.other,),
        )
        refused(conn, "INSERT INTO job_runs (job, tick, host, started_at, finished_at, result) "
                      "VALUES ('retention', '2099-01-01', 'x', now(), NULL, '')")  # fmt: skip
        refused(conn, "SELECT * FROM vroegbel_personal_data(%s)", (world.held,))


def test_the_agent_records_an_outcome_only_on_its_own_case_in_its_own_name(world: World) -> None:
    with world.connect("agent") as conn:
        me = rows(conn, "SELECT vroegbel_my_user_id()")[0][0]
        conn.execute("SELECT * FROM vroegbel_claim_next(true)")
        assert rows(conn, "SELECT vroegbel_renew_lease(%s) > now()", (world.held,)) == [(True,)]
        insert = (
            "INSERT INTO attempts (case_id, at, slot, outcome, is_contact, counts_as_attempt,"
            " agent_id, agent_name, source, created_at) VALUES (%s, now(), 'morning',"
            " 'no_answer', false, true, %s, 'x', 'app', now()) RETURNING id"
        )
        with world.connect("agent2") as other_conn:
            someone_else = rows(other_conn, "SELECT vroegbel_my_user_id()")[0][0]
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(insert, (world.held, someone_else))
        assert len(rows(conn, insert, (world.held, me))) == 1
        conn.execute(
            "UPDATE cases SET attempts_used = attempts_used + 1, lease_user_id = NULL, "
            "lease_claimed_at = NULL, lease_expires_at = NULL WHERE id = %s",
            (world.held,),
        )
        # Released: the case and its personal data are out of sight again.
        assert rows(conn, "SELECT id FROM cases") == []
        assert rows(conn, "SELECT last_name FROM signals") == []
    with world.db.read() as session:
        assert (
            session.execute(
                text("SELECT count(*) FROM attempts WHERE case_id = :c"), {"c": world.held}
            ).scalar_one()
            == 1
        )


# --- nobody may change the rules of the game ----------------------------------------------------


@pytest.mark.parametrize("who", ["agent", "coach", "teamlead"])
def test_accounts_and_settings_are_out_of_reach(world: World, who: str) -> None:
    with world.connect(who) as conn:
        refused(conn, "UPDATE users SET role = 'admin' WHERE username = session_user")
        refused(conn, "UPDATE users SET failed_logins = 0, locked_until = NULL")
        refused(conn, "INSERT INTO settings (key, value) VALUES ('lease_minutes', '999')")
        refused(conn, "UPDATE settings SET value = '999'")
        refused(conn, "DELETE FROM closed_days")
        refused(conn, "SELECT vroegbel_sync_login(%s, NULL)", (world.names["agent2"],))


@pytest.mark.parametrize("who", ["agent", "coach", "teamlead", "admin"])
def test_schema_audit_and_roles_are_out_of_reach_for_every_group(world: World, who: str) -> None:
    with world.connect(who) as conn:
        refused(conn, "UPDATE alembic_version SET version_num = '9999'")
        refused(conn, "DELETE FROM alembic_version")
        refused(conn, "UPDATE audit_events SET detail = 'x'")
        refused(conn, "DELETE FROM audit_events")
        refused(conn, "TRUNCATE audit_events")
        refused(conn, "ALTER TABLE audit_events DISABLE TRIGGER ALL")
        refused(conn, "DROP TRIGGER audit_events_stamp ON audit_events")
        refused(conn, "ALTER TABLE cases DISABLE ROW LEVEL SECURITY")
        refused(conn, "CREATE ROLE intruder LOGIN SUPERUSER")
        refused(conn, "CREATE ROLE intruder")
        refused(conn, "CREATE TABLE public.mine (x int)")
        refused(conn, "CREATE FUNCTION public.vroegbel_my_user_id() RETURNS int AS 'SELECT 1' "
                      "LANGUAGE sql")  # fmt: skip
        refused(conn, "SET session_replication_role = replica")
        refused(conn, f'GRANT vroegbel_admin TO "{world.names[who]}"')


@pytest.mark.parametrize("who", ["agent", "coach", "teamlead", "admin"])
def test_an_audit_row_always_says_who_wrote_it_and_when(world: World, who: str) -> None:
    with world.connect("admin") as admin:
        victim_id = rows(
            admin, "SELECT id FROM users WHERE username = %s", (world.names["agent2"],)
        )[0][0]
    with world.connect(who) as conn:
        conn.execute(
            "INSERT INTO audit_events (at, user_id, username, kind, case_id, detail) "
            "VALUES ('2001-01-01T00:00:00Z', %s, %s, 'outcome', NULL, 'forged')",
            (victim_id, world.names["agent2"]),
        )
    with world.db.read() as session:
        row = session.execute(
            text(
                "SELECT username, db_user, user_id, now() - at < interval '1 minute' "
                "FROM audit_events WHERE detail = 'forged'"
            )
        ).one()
    assert row[0] == world.names[who]
    assert row[1] == world.names[who]
    assert row[2] != victim_id
    assert row[3] is True


# --- the coach, the team lead and the admin ------------------------------------------------------


def test_the_coach_sees_handed_off_cases_not_the_queue(world: World) -> None:
    with world.connect("coach") as conn:
        assert rows(conn, "SELECT id FROM cases") == [(world.handed_off,)]
        assert rows(conn, "SELECT DISTINCT last_name FROM signals") == [("Coach",)]
        assert rows(conn, "SELECT count(*) FROM handoffs")[0][0] == 1
        refused(conn, "SELECT * FROM vroegbel_claim_next(true)")
        refused(conn, "SELECT * FROM vroegbel_personal_data(%s)", (world.held,))
        # The BSN through the function, with its audit event in the same transaction.
        conn.autocommit = False
        details = rows(conn, "SELECT bsn FROM vroegbel_personal_data(%s)", (world.handed_off,))
        assert details == [("111222333",)]
        conn.rollback()
        conn.autocommit = True
        details = rows(conn, "SELECT bsn FROM vroegbel_personal_data(%s)", (world.handed_off,))
        assert details == [("111222333",)]
    with world.db.read() as session:
        events = session.execute(
            text("SELECT username, case_id FROM audit_events WHERE kind = 'view_personal_data'")
        ).all()
    # The rolled-back read left no event; the committed one left exactly one.
    assert events == [(world.names["coach"], world.handed_off)]


def test_the_coach_works_only_on_free_or_own_handoffs(world: World) -> None:
    with world.connect("coach") as conn:
        me = rows(conn, "SELECT vroegbel_my_user_id()")[0][0]
        cur = conn.execute(
            "UPDATE handoffs SET coach_id = %s, taken_at = now() WHERE coach_id IS NULL", (me,)
        )
        assert cur.rowcount == 1
        refused(conn, "UPDATE handoffs SET coach_id = %s", (me + 1000,))
        conn.execute(
            "INSERT INTO coach_contacts (handoff_id, at, coach_id, reached, note) "
            "SELECT id, now(), %s, true, 'gesproken' FROM handoffs",
            (me,),
        )
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO coach_contacts (handoff_id, at, coach_id, reached, note) "
                "SELECT id, now(), %s, true, 'namens een ander' FROM handoffs",
                (me + 1,),
            )


def test_the_team_lead_sees_the_queue_without_personal_data(world: World) -> None:
    with world.connect("teamlead") as conn:
        assert rows(conn, "SELECT count(*) FROM cases")[0][0] == 3
        assert rows(conn, "SELECT count(*) FROM attempts")[0][0] >= 1
        refused(conn, "SELECT last_name FROM signals")
        refused(conn, "SELECT street FROM households")
        refused(conn, "SELECT number_e164 FROM phone_numbers")
        refused(conn, "SELECT notes FROM attempts")
        refused(conn, "SELECT note FROM help_requests")
        # Releasing a lease is the team lead's work; the arrears are not.
        conn.execute("UPDATE cases SET lease_user_id = NULL WHERE id = %s", (world.other,))
        refused(conn, "UPDATE cases SET total_arrears_cents = 0")
        # Opening a case card is audited: through the function, which writes the event.
        assert len(rows(conn, "SELECT * FROM vroegbel_personal_data(%s)", (world.other,))) == 1


def test_the_admin_manages_accounts_only_through_the_functions(world: World) -> None:
    with world.connect("admin") as conn:
        conn.execute(
            "UPDATE users SET role = 'coach' WHERE username = %s", (world.names["agent2"],)
        )
        assert rows(conn, "SELECT vroegbel_sync_login(%s, NULL)", (world.names["agent2"],)) == [
            ("vroegbel_coach",)
        ]
        # Never another role of the server: not the superuser, not a group, not the owner.
        conn.execute(
            "INSERT INTO users (username, display_name, role, password_hash, "
            "must_change_password, failed_logins, created_at) "
            "VALUES ('postgres', 'x', 'admin', '!', false, 0, now())"
        )
        with pytest.raises(errors.InvalidName):
            conn.execute(
                "SELECT vroegbel_sync_login('postgres', %s)",
                (db_security.scram_verifier("overgenomen-wachtwoord"),),
            )
        refused(conn, "ALTER ROLE postgres PASSWORD 'overgenomen-wachtwoord'")
        refused(conn, f"ALTER ROLE \"{world.names['agent']}\" PASSWORD 'x-y-z-w-v-u-t'")
        # The admin imports and exports: the full signal, BSN included.
        assert rows(conn, "SELECT count(bsn) FROM signals")[0][0] >= 3
    with world.connect("agent2") as conn:
        assert rows(conn, "SELECT vroegbel_login_group(session_user::text)") == [
            ("vroegbel_coach",)
        ]


def test_every_group_may_run_the_lease_expiry_job(world: World) -> None:
    with world.db.begin() as session:
        session.execute(
            text(
                "UPDATE cases SET lease_user_id = (SELECT min(id) FROM users), "
                "lease_expires_at = now() - interval '1 minute' WHERE id = :c"
            ),
            {"c": world.other},
        )
    with world.connect("agent") as conn:
        assert rows(conn, "SELECT vroegbel_expire_leases()") == [(1,)]
        assert rows(conn, "SELECT vroegbel_expire_leases()") == [(0,)]
