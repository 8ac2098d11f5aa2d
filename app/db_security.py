"""The PostgreSQL privilege model: the database itself is the gate (issue 13).

Everything the database enforces per role lives in this one declarative module: the group
roles, the table and column privileges, the row-level security policies and the owner's
functions (SECURITY DEFINER, fixed search_path). `apply(connection)` makes a database match it,
idempotently; migration 0014 runs it and `app.db.upgrade` runs it again after every upgrade on
PostgreSQL, so a table added by a later revision gets its grants the moment it exists.

A table that has no entry in `TABLES` gets no privilege for any group: new tables are closed
until someone decides who may see them (tests/security/test_pg_gate_model.py fails until then).

SQLite has no roles: there the services' `@allowed` checks stay the only gate.

Naming. PostgreSQL roles are cluster-wide. The four group roles (`vroegbel_agent`, ...) are
shared by every Vroegbel database on the server and created only when missing; their
privileges are per database. A person's login role has the Vroegbel username as its name and
the comment `vroegbel login`: the owner's functions only ever touch roles carrying that comment,
never another role of the server (not `postgres`, not the owner). One user list per cluster:
two Vroegbel databases on one server share the logins (their `users` rows decide what each
database lets them do, since every policy looks the login up in its own `users` table).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from app.models.enums import Role

#: The NOLOGIN group role of each Vroegbel role; a login is a member of exactly one.
GROUPS: dict[Role, str] = {
    Role.AGENT: "vroegbel_agent",
    Role.COACH: "vroegbel_coach",
    Role.TEAMLEAD: "vroegbel_teamlead",
    Role.ADMIN: "vroegbel_admin",
}
AGENT, COACH, TEAMLEAD, ADMIN = (GROUPS[r] for r in Role)
ALL_GROUPS = (AGENT, COACH, TEAMLEAD, ADMIN)
LOGIN_COMMENT = "vroegbel login"


@dataclass(frozen=True)
class Grant:
    """`privileges` on `table` for `groups`; `columns` limits them to those columns."""

    privileges: str
    groups: tuple[str, ...]
    columns: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Policy:
    """A row-level security policy (PERMISSIVE) for `groups` on one command."""

    name: str
    command: str  # SELECT, INSERT, UPDATE, DELETE or ALL
    groups: tuple[str, ...]
    using: str | None = None
    check: str | None = None


@dataclass(frozen=True)
class TableRules:
    grants: tuple[Grant, ...] = ()
    #: Row-level security on (with these policies); tables holding personal data must have it.
    rls: bool = False
    policies: tuple[Policy, ...] = ()
    personal_data: bool = False


_SIGNAL_COMMON = (
    "id",
    "signal_ref",
    "case_id",
    "received_on",
    "creditor",
    "creditor_type",
    "arrears_cents",
    "imported_at",
)
_CASE_PLAN_COLUMNS = (
    "status",
    "close_reason",
    "closed_at",
    "attempts_used",
    "next_slot",
    "next_window_start",
    "next_window_end",
    "plan_started_at",
    "missed_windows",
    "needs_phone",
    "follow_up",
    "lease_user_id",
    "lease_claimed_at",
    "lease_expires_at",
)
#: What an outcome moves besides the plan: the slots tried (issue 15). The give-back mark
#: (issue 16, given_back_by_id/_at) is written only by vroegbel_release_lease, in the
#: caller's name: no login can mark a case as given back by somebody else.
_CASE_OUTCOME_COLUMNS = (*_CASE_PLAN_COLUMNS, "tried_slots")
_ADMIN_ALL = Policy("vb_admin_all", "ALL", (ADMIN,), "true", "true")

#: Per table: who may do what. Other branches' tables are integrated by adding entries here.
TABLES: dict[str, TableRules] = {
    "alembic_version": TableRules(grants=(Grant("SELECT", ALL_GROUPS),)),
    "settings": TableRules(
        grants=(Grant("SELECT", ALL_GROUPS), Grant("INSERT, UPDATE, DELETE", (ADMIN,)))
    ),
    "closed_days": TableRules(
        grants=(Grant("SELECT", ALL_GROUPS), Grant("INSERT, UPDATE, DELETE", (ADMIN,)))
    ),
    "wijk_mapping": TableRules(
        grants=(Grant("SELECT", (TEAMLEAD, ADMIN)), Grant("INSERT, UPDATE, DELETE", (ADMIN,)))
    ),
    # The shared background jobs' ledger: the scheduler runs as the owner. A group that could
    # insert here could claim future ticks and so stop retention or the lease job.
    "job_runs": TableRules(grants=(Grant("SELECT", (TEAMLEAD, ADMIN)),)),
    # The team lead's roster (issue 15): shifts by name, no personal data of residents.
    "roster_entries": TableRules(
        grants=(Grant("SELECT, INSERT, UPDATE, DELETE", (TEAMLEAD, ADMIN)),)
    ),
    # The Queue tab's counts (issue 20): written only by the owner's trigger functions and
    # queue_counts_fold(); counts per wijk and window, no person in them.
    "queue_counts": TableRules(grants=(Grant("SELECT", (TEAMLEAD, ADMIN)),)),
    "queue_count_deltas": TableRules(grants=(Grant("SELECT", (TEAMLEAD, ADMIN)),)),
    # Accounts: names, roles and lock end for everybody (lists, "who held this case"); the
    # hash and the failure count only for the admin. Changing a login: vroegbel_sync_login.
    "users": TableRules(
        grants=(
            Grant(
                "SELECT",
                (AGENT, COACH, TEAMLEAD),
                (
                    "id",
                    "username",
                    "display_name",
                    "role",
                    "removed_at",
                    "must_change_password",
                    # authz.check reads the caller's own row on every call (issue 16); an
                    # account's lock end is not secret, its hash and failure count stay so.
                    "locked_until",
                ),
            ),
            Grant("SELECT, INSERT, UPDATE", (ADMIN,)),
        )
    ),
    # Who and when come from the server (trigger vroegbel_audit_stamp); nobody but the owner
    # may update, delete or truncate, and only the admin reads it. `id` is readable for the
    # writer's own rows so that INSERT ... RETURNING id works.
    "audit_events": TableRules(
        grants=(
            Grant("INSERT", ALL_GROUPS),
            Grant("SELECT", (AGENT, COACH, TEAMLEAD), ("id",)),
            Grant("SELECT", (ADMIN,)),
        ),
        rls=True,
        policies=(
            Policy("vb_insert", "INSERT", ALL_GROUPS, check="true"),
            Policy("vb_own_ids", "SELECT", (AGENT, COACH, TEAMLEAD), "db_user = session_user"),
            Policy("vb_admin_read", "SELECT", (ADMIN,), "true"),
        ),
    ),
    "cases": TableRules(
        personal_data=True,
        grants=(
            Grant("SELECT", ALL_GROUPS),
            Grant("UPDATE", (AGENT,), _CASE_OUTCOME_COLUMNS),
            Grant("UPDATE", (COACH,), ("status", "close_reason", "closed_at")),
            # Leases, and (issue 14) a home visit or a letter moves the case by its outcome:
            # closes, reopens, plans it, flags its follow-up.
            Grant("UPDATE", (TEAMLEAD,), _CASE_OUTCOME_COLUMNS),
            Grant("INSERT, UPDATE, DELETE", (ADMIN,)),
        ),
        rls=True,
        policies=(
            Policy("vb_agent_held", "SELECT", (AGENT,), "vroegbel_holds_lease(id)"),
            Policy(
                "vb_agent_update",
                "UPDATE",
                (AGENT,),
                "vroegbel_holds_lease(id)",
                "lease_user_id IS NULL OR lease_user_id = vroegbel_my_user_id()",
            ),
            Policy("vb_coach_read", "SELECT", (COACH,), "vroegbel_is_handed_off(id)"),
            Policy(
                "vb_coach_close",
                "UPDATE",
                (COACH,),
                "vroegbel_is_handed_off(id)",
                "vroegbel_is_handed_off(id)",
            ),
            Policy("vb_teamlead_read", "SELECT", (TEAMLEAD,), "true"),
            Policy("vb_teamlead_update", "UPDATE", (TEAMLEAD,), "true", "true"),
            _ADMIN_ALL,
        ),
    ),
    "signals": TableRules(
        personal_data=True,
        grants=(
            Grant("SELECT", (AGENT, COACH), (*_SIGNAL_COMMON, "last_name", "first_name")),
            Grant("SELECT", (TEAMLEAD,), _SIGNAL_COMMON),
            Grant("SELECT, INSERT, UPDATE, DELETE", (ADMIN,)),
        ),
        rls=True,
        policies=(
            Policy("vb_agent_held", "SELECT", (AGENT,), "vroegbel_holds_lease(case_id)"),
            Policy("vb_coach_read", "SELECT", (COACH,), "vroegbel_is_handed_off(case_id)"),
            Policy("vb_teamlead_read", "SELECT", (TEAMLEAD,), "true"),
            _ADMIN_ALL,
        ),
    ),
    "households": TableRules(
        personal_data=True,
        grants=(
            Grant("SELECT", (AGENT, COACH)),
            Grant("SELECT, INSERT, UPDATE, DELETE", (ADMIN,)),
        ),
        rls=True,
        policies=(
            Policy("vb_agent_held", "SELECT", (AGENT,), "vroegbel_household_held(id)"),
            Policy("vb_coach_read", "SELECT", (COACH,), "vroegbel_household_handed_off(id)"),
            _ADMIN_ALL,
        ),
    ),
    "phone_numbers": TableRules(
        personal_data=True,
        grants=(
            Grant("SELECT, INSERT", (AGENT,)),
            Grant("UPDATE", (AGENT,), ("struck_at",)),
            Grant("SELECT", (COACH,)),
            Grant("SELECT, INSERT, UPDATE, DELETE", (ADMIN,)),
        ),
        rls=True,
        policies=(
            Policy("vb_agent_held", "SELECT", (AGENT,), "vroegbel_holds_lease(case_id)"),
            Policy("vb_agent_add", "INSERT", (AGENT,), check="vroegbel_holds_lease(case_id)"),
            Policy(
                "vb_agent_strike",
                "UPDATE",
                (AGENT,),
                "vroegbel_holds_lease(case_id)",
                "vroegbel_holds_lease(case_id)",
            ),
            Policy("vb_coach_read", "SELECT", (COACH,), "vroegbel_is_handed_off(case_id)"),
            _ADMIN_ALL,
        ),
    ),
    "attempts": TableRules(
        personal_data=True,
        grants=(
            Grant("SELECT, INSERT", (AGENT,)),
            # The wrap-up time of its own last call, written at its next claim (issue 15).
            Grant("UPDATE", (AGENT,), ("wrap_up_seconds",)),
            Grant("SELECT", (COACH,)),
            # Everything but the notes: the figures, the forecast's handling times (issue 15),
            # the planner's evidence (issue 19) and the follow-up's idempotency keys (issue 14).
            Grant(
                "SELECT",
                (TEAMLEAD,),
                (
                    "id",
                    "case_id",
                    "at",
                    "slot",
                    "outcome",
                    "channel",
                    "is_contact",
                    "counts_as_attempt",
                    "agent_id",
                    "agent_name",
                    "phone_id",
                    "source",
                    "idempotency_key",
                    "created_at",
                    "reach_hint",
                    "started_at",
                    "duration_seconds",
                    "wrap_up_seconds",
                ),
            ),
            # Letters, cards and home visits are recorded by the team lead (issue 14).
            Grant("INSERT", (TEAMLEAD,)),
            Grant("SELECT, INSERT, UPDATE, DELETE", (ADMIN,)),
        ),
        rls=True,
        policies=(
            Policy("vb_agent_held", "SELECT", (AGENT,), "vroegbel_holds_lease(case_id)"),
            # Its own attempts stay visible after the lease: the outbox's retry of a save whose
            # answer was lost must find the attempt it already wrote (idempotency).
            Policy("vb_agent_own", "SELECT", (AGENT,), "agent_id = vroegbel_my_user_id()"),
            # An outcome only on a case the caller holds, in the caller's own name.
            Policy(
                "vb_agent_outcome",
                "INSERT",
                (AGENT,),
                check="vroegbel_holds_lease(case_id) AND agent_id = vroegbel_my_user_id()",
            ),
            # Only the wrap-up of its own calls (the column grant allows nothing else).
            Policy(
                "vb_agent_wrap_up",
                "UPDATE",
                (AGENT,),
                "agent_id = vroegbel_my_user_id()",
                "agent_id = vroegbel_my_user_id()",
            ),
            Policy("vb_coach_read", "SELECT", (COACH,), "vroegbel_is_handed_off(case_id)"),
            Policy("vb_teamlead_read", "SELECT", (TEAMLEAD,), "true"),
            # A letter, card or visit in the team lead's own name.
            Policy(
                "vb_teamlead_follow_up",
                "INSERT",
                (TEAMLEAD,),
                check="agent_id = vroegbel_my_user_id()",
            ),
            _ADMIN_ALL,
        ),
    ),
    "callbacks": TableRules(
        personal_data=True,
        grants=(
            Grant("SELECT, INSERT", (AGENT,)),
            Grant("UPDATE", (AGENT,), ("status", "attempt_id")),
            Grant("SELECT, INSERT", (TEAMLEAD,)),
            Grant(
                "UPDATE", (TEAMLEAD,), ("reserved_for_id", "reserved_until", "status", "attempt_id")
            ),
            Grant("SELECT, INSERT, UPDATE, DELETE", (ADMIN,)),
        ),
        rls=True,
        policies=(
            Policy(
                "vb_agent_mine",
                "SELECT",
                (AGENT,),
                "vroegbel_holds_lease(case_id) OR reserved_for_id = vroegbel_my_user_id()",
            ),
            Policy("vb_agent_book", "INSERT", (AGENT,), check="vroegbel_holds_lease(case_id)"),
            Policy(
                "vb_agent_done",
                "UPDATE",
                (AGENT,),
                "vroegbel_holds_lease(case_id)",
                "vroegbel_holds_lease(case_id)",
            ),
            Policy("vb_teamlead_read", "SELECT", (TEAMLEAD,), "true"),
            Policy("vb_teamlead_move", "UPDATE", (TEAMLEAD,), "true", "true"),
            Policy("vb_teamlead_book", "INSERT", (TEAMLEAD,), check="true"),
            _ADMIN_ALL,
        ),
    ),
    "help_requests": TableRules(
        personal_data=True,
        grants=(
            Grant("SELECT, INSERT", (AGENT,)),
            Grant("SELECT", (COACH,)),
            Grant(
                "SELECT",
                (TEAMLEAD,),
                ("id", "case_id", "attempt_id", "help_types", "urgent", "created_at"),
            ),
            Grant("INSERT", (TEAMLEAD,)),
            Grant("SELECT, INSERT, UPDATE, DELETE", (ADMIN,)),
        ),
        rls=True,
        policies=(
            Policy("vb_agent_held", "SELECT", (AGENT,), "vroegbel_holds_lease(case_id)"),
            Policy("vb_agent_add", "INSERT", (AGENT,), check="vroegbel_holds_lease(case_id)"),
            Policy("vb_coach_read", "SELECT", (COACH,), "vroegbel_is_handed_off(case_id)"),
            Policy("vb_teamlead_read", "SELECT", (TEAMLEAD,), "true"),
            Policy("vb_teamlead_visit", "INSERT", (TEAMLEAD,), check="true"),
            _ADMIN_ALL,
        ),
    ),
    "handoffs": TableRules(
        personal_data=True,
        grants=(
            Grant("SELECT, INSERT", (AGENT,)),
            Grant("SELECT", (COACH, TEAMLEAD)),
            Grant(
                "UPDATE",
                (COACH,),
                (
                    "coach_id",
                    "taken_at",
                    "first_contact_at",
                    "help_offered",
                    "closed_at",
                    "close_reason",
                ),
            ),
            Grant("UPDATE", (TEAMLEAD,), ("overdue_flagged_at",)),
            # A home visit where the resident accepts help hands the case off (issue 14).
            Grant("INSERT", (TEAMLEAD,)),
            Grant("SELECT, INSERT, UPDATE, DELETE", (ADMIN,)),
        ),
        rls=True,
        policies=(
            Policy("vb_agent_held", "SELECT", (AGENT,), "vroegbel_holds_lease(case_id)"),
            Policy("vb_agent_handoff", "INSERT", (AGENT,), check="vroegbel_holds_lease(case_id)"),
            Policy("vb_coach_read", "SELECT", (COACH,), "true"),
            # A coach takes a free handoff or works on their own, never on a colleague's.
            Policy(
                "vb_coach_work",
                "UPDATE",
                (COACH,),
                "coach_id IS NULL OR coach_id = vroegbel_my_user_id()",
                "coach_id IS NULL OR coach_id = vroegbel_my_user_id()",
            ),
            Policy("vb_teamlead_read", "SELECT", (TEAMLEAD,), "true"),
            Policy("vb_teamlead_flag", "UPDATE", (TEAMLEAD,), "true", "true"),
            Policy("vb_teamlead_visit", "INSERT", (TEAMLEAD,), check="true"),
            _ADMIN_ALL,
        ),
    ),
    "coach_contacts": TableRules(
        personal_data=True,
        grants=(
            Grant("SELECT, INSERT", (COACH,)),
            Grant("SELECT", (TEAMLEAD,), ("id", "handoff_id", "at", "coach_id", "reached")),
            Grant("SELECT, INSERT, UPDATE, DELETE", (ADMIN,)),
        ),
        rls=True,
        policies=(
            Policy("vb_coach_read", "SELECT", (COACH,), "true"),
            Policy("vb_coach_add", "INSERT", (COACH,), check="coach_id = vroegbel_my_user_id()"),
            Policy("vb_teamlead_read", "SELECT", (TEAMLEAD,), "true"),
            _ADMIN_ALL,
        ),
    ),
}

# --- functions --------------------------------------------------------------------------------
# Every function: owned by the migration's runner (the owner), EXECUTE revoked from PUBLIC and
# granted to the groups named; SECURITY DEFINER ones pin search_path so no caller can slip in
# an object of their own (nobody but the owner may create in `public`).

_GROUP_LIST = ", ".join(f"'{g}'" for g in ALL_GROUPS)
#: What a SCRAM-SHA-256 secret looks like: the functions accept nothing else as a password.
_SCRAM_PATTERN = "'^SCRAM-SHA-256\\$[0-9]+:[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$'"


@dataclass(frozen=True)
class Function:
    signature: str  # name(argument types) as DROP/GRANT need it
    body: str  # the CREATE OR REPLACE FUNCTION statement
    groups: tuple[str, ...]


def _fn(signature: str, groups: tuple[str, ...], body: str) -> Function:
    return Function(signature, body, groups)


FUNCTIONS: tuple[Function, ...] = (
    _fn(
        "vroegbel_login_group(text)",
        ALL_GROUPS,
        f"""CREATE OR REPLACE FUNCTION vroegbel_login_group(p_login text) RETURNS text
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
            -- The direct, non-admin membership: the owner that created the groups may hold
            -- ADMIN OPTION on them, which must not make it look like a personal login.
            SELECT g.rolname::text FROM pg_auth_members m
            JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
            WHERE u.rolname = p_login AND g.rolname IN ({_GROUP_LIST}) AND NOT m.admin_option
            ORDER BY g.rolname LIMIT 1
        $$""",
    ),
    _fn(
        "vroegbel_is_personal_login()",
        ALL_GROUPS,
        """CREATE OR REPLACE FUNCTION vroegbel_is_personal_login() RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
            SELECT vroegbel_login_group(session_user::text) IS NOT NULL
        $$""",
    ),
    _fn(
        "vroegbel_my_user_id()",
        ALL_GROUPS,
        """CREATE OR REPLACE FUNCTION vroegbel_my_user_id() RETURNS integer
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
            -- A removed account, or one that still has its temporary password, is nobody:
            -- every policy built on this function then shows and allows nothing.
            SELECT id FROM users WHERE username = session_user::text
               AND removed_at IS NULL AND NOT must_change_password
        $$""",
    ),
    _fn(
        "vroegbel_holds_lease(integer)",
        ALL_GROUPS,
        """CREATE OR REPLACE FUNCTION vroegbel_holds_lease(p_case integer) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
            SELECT EXISTS (SELECT 1 FROM cases c WHERE c.id = p_case
                AND c.lease_user_id = vroegbel_my_user_id() AND c.lease_expires_at > now())
        $$""",
    ),
    _fn(
        "vroegbel_is_handed_off(integer)",
        ALL_GROUPS,
        """CREATE OR REPLACE FUNCTION vroegbel_is_handed_off(p_case integer) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
            SELECT vroegbel_my_user_id() IS NOT NULL
               AND EXISTS (SELECT 1 FROM handoffs h WHERE h.case_id = p_case)
        $$""",
    ),
    _fn(
        "vroegbel_household_held(integer)",
        ALL_GROUPS,
        """CREATE OR REPLACE FUNCTION vroegbel_household_held(p_household integer)
        RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
            SELECT EXISTS (SELECT 1 FROM cases c WHERE c.household_id = p_household
                AND c.lease_user_id = vroegbel_my_user_id() AND c.lease_expires_at > now())
        $$""",
    ),
    _fn(
        "vroegbel_household_handed_off(integer)",
        ALL_GROUPS,
        """CREATE OR REPLACE FUNCTION vroegbel_household_handed_off(p_household integer)
        RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
            SELECT vroegbel_my_user_id() IS NOT NULL AND EXISTS (
                SELECT 1 FROM cases c JOIN handoffs h ON h.case_id = c.id
                WHERE c.household_id = p_household)
        $$""",
    ),
    # The audit trail's who and when come from the server for every personal login; the owner
    # (migrations, maintenance, the test harness) keeps the values it writes, and `db_user`
    # always says which database login wrote the row.
    _fn(
        "vroegbel_audit_stamp()",
        (),
        """CREATE OR REPLACE FUNCTION vroegbel_audit_stamp() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        BEGIN
            NEW.db_user := session_user::text;
            IF vroegbel_is_personal_login() THEN
                NEW.at := now();
                NEW.username := session_user::text;
                NEW.user_id := (SELECT id FROM users WHERE username = session_user::text);
            END IF;
            RETURN NEW;
        END $$""",
    ),
    # A personal agent login may write its held case's plan and lease columns (the outcome
    # rules run in the app), but never hold a case longer than a lease or hand it to another.
    _fn(
        "vroegbel_cases_guard()",
        (),
        """CREATE OR REPLACE FUNCTION vroegbel_cases_guard() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        DECLARE minutes integer;
        BEGIN
            IF vroegbel_login_group(session_user::text) IS DISTINCT FROM 'vroegbel_agent' THEN
                RETURN NEW;
            END IF;
            IF NEW.lease_user_id IS NOT NULL
               AND NEW.lease_user_id IS DISTINCT FROM vroegbel_my_user_id() THEN
                RAISE EXCEPTION 'vroegbel: a case can only be leased to yourself'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            minutes := COALESCE((SELECT CAST(s.value AS integer) FROM settings s
                                  WHERE s.key = 'lease_minutes'), 15);
            IF NEW.lease_expires_at IS NOT NULL
               AND NEW.lease_expires_at IS DISTINCT FROM OLD.lease_expires_at
               AND NEW.lease_expires_at > now() + make_interval(mins => minutes + 1) THEN
                RAISE EXCEPTION 'vroegbel: a lease lasts at most % minutes', minutes
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
        END $$""",
    ),
    # --- the agent's work -----------------------------------------------------------------
    _fn(
        "vroegbel_claim_next(boolean)",
        (AGENT,),
        """CREATE OR REPLACE FUNCTION vroegbel_claim_next(p_in_hours boolean DEFAULT true)
        RETURNS TABLE (case_id integer, kind text, next_slot text,
                       lease_expires_at timestamptz)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        DECLARE
            me integer := vroegbel_my_user_id();
            ts timestamptz := now();
            minutes integer := COALESCE((SELECT CAST(s.value AS integer) FROM settings s
                                          WHERE s.key = 'lease_minutes'), 15);
            picked_id integer; picked_prev integer; picked_kind text;
        BEGIN
            IF me IS NULL OR vroegbel_login_group(session_user::text) <> 'vroegbel_agent' THEN
                RAISE EXCEPTION 'vroegbel: only an active agent may claim a call'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            SELECT c.id, NULL, 'held' INTO picked_id, picked_prev, picked_kind FROM cases c
             WHERE c.lease_user_id = me AND c.lease_expires_at > ts AND c.status = 'open'
             ORDER BY c.lease_claimed_at, c.id LIMIT 1 FOR UPDATE SKIP LOCKED;
            IF picked_id IS NULL AND p_in_hours THEN
                SELECT c.id, c.lease_user_id, 'callback' INTO picked_id, picked_prev, picked_kind
                  FROM callbacks k JOIN cases c ON c.id = k.case_id
                 WHERE k.status = 'open' AND k.due_at <= ts
                   AND (k.reserved_for_id = me OR k.reserved_for_id IS NULL
                        OR k.reserved_until <= ts)
                   AND c.status = 'open' AND NOT c.needs_phone
                   AND (c.lease_user_id IS NULL OR c.lease_expires_at <= ts)
                   -- Not a case this agent gave back within a lease (issue 16).
                   AND (c.given_back_by_id IS NULL OR c.given_back_by_id <> me
                        OR c.given_back_at <= ts - make_interval(mins => minutes))
                 ORDER BY CASE WHEN k.reserved_for_id = me THEN 0 ELSE 1 END, k.due_at, c.id
                 LIMIT 1 FOR UPDATE OF c SKIP LOCKED;
            END IF;
            IF picked_id IS NULL THEN
                SELECT c.id, c.lease_user_id, 'planned' INTO picked_id, picked_prev, picked_kind
                  FROM cases c
                 WHERE c.status = 'open' AND NOT c.needs_phone
                   AND c.next_window_start <= ts AND c.next_window_end > ts
                   AND (c.lease_user_id IS NULL OR c.lease_expires_at <= ts)
                   -- Not a case this agent gave back within a lease (issue 16).
                   AND (c.given_back_by_id IS NULL OR c.given_back_by_id <> me
                        OR c.given_back_at <= ts - make_interval(mins => minutes))
                 ORDER BY c.next_window_start, c.first_received_on, c.total_arrears_cents DESC,
                          c.id
                 LIMIT 1 FOR UPDATE SKIP LOCKED;
            END IF;
            IF picked_id IS NULL THEN
                RETURN;
            END IF;
            UPDATE cases c SET lease_user_id = me, lease_claimed_at = ts,
                   lease_expires_at = ts + make_interval(mins => minutes)
             WHERE c.id = picked_id;
            INSERT INTO audit_events (at, user_id, username, kind, case_id, detail)
            VALUES (ts, me, session_user::text, 'claim', picked_id, picked_kind);
            IF picked_prev IS NOT NULL AND picked_prev <> me THEN
                INSERT INTO audit_events (at, user_id, username, kind, case_id, detail)
                VALUES (ts, picked_prev, '', 'lease_expired', picked_id,
                        'taken over by user ' || me);
            END IF;
            RETURN QUERY SELECT c.id, picked_kind, c.next_slot::text, c.lease_expires_at
                           FROM cases c WHERE c.id = picked_id;
        END $$""",
    ),
    _fn(
        "vroegbel_renew_lease(integer)",
        (AGENT,),
        """CREATE OR REPLACE FUNCTION vroegbel_renew_lease(p_case integer)
        RETURNS timestamptz
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        DECLARE expires timestamptz;
        BEGIN
            UPDATE cases SET lease_expires_at = now() + make_interval(mins => COALESCE(
                       (SELECT CAST(s.value AS integer) FROM settings s
                         WHERE s.key = 'lease_minutes'), 15))
             WHERE id = p_case AND status = 'open'
               AND lease_user_id = vroegbel_my_user_id()
            RETURNING lease_expires_at INTO expires;
            IF expires IS NULL THEN
                RAISE EXCEPTION 'vroegbel: case % is not held by you', p_case
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN expires;
        END $$""",
    ),
    _fn(
        "vroegbel_release_lease(integer)",
        (AGENT,),
        """CREATE OR REPLACE FUNCTION vroegbel_release_lease(p_case integer) RETURNS boolean
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        BEGIN
            -- Given back (issue 16): this agent's own claims skip it for one lease.
            UPDATE cases SET lease_user_id = NULL, lease_claimed_at = NULL,
                   lease_expires_at = NULL, given_back_by_id = vroegbel_my_user_id(),
                   given_back_at = now()
             WHERE id = p_case AND lease_user_id = vroegbel_my_user_id();
            IF NOT FOUND THEN
                RETURN false;
            END IF;
            INSERT INTO audit_events (at, user_id, username, kind, case_id, detail)
            VALUES (now(), vroegbel_my_user_id(), session_user::text, 'release', p_case, '');
            RETURN true;
        END $$""",
    ),
    # The holder check of a late outcome (issue 16: the outbox writes after an outage): the
    # agent may record on a case whose lease expired while nobody took it over, or whose
    # lease was cleared when the last change of holder was its own claim made no later than
    # the call. Its login sees neither the case nor the audit log then, so this function makes
    # the check of queue._holder_refusal and, when it passes, holds the case again for the
    # rest of the transaction (the outcome releases it). Answers 'held' or the refusal code.
    _fn(
        "vroegbel_resume_hold(integer, timestamptz)",
        (AGENT,),
        """CREATE OR REPLACE FUNCTION vroegbel_resume_hold(p_case integer,
                                                        p_call_at timestamptz)
        RETURNS text
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        DECLARE
            me integer := vroegbel_my_user_id();
            c cases%ROWTYPE;
            last_kind text; last_user integer; last_at timestamptz;
        BEGIN
            IF me IS NULL OR vroegbel_login_group(session_user::text) <> 'vroegbel_agent' THEN
                RAISE EXCEPTION 'vroegbel: only an active agent records outcomes'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            SELECT * INTO c FROM cases WHERE id = p_case FOR UPDATE;
            IF NOT FOUND THEN
                RETURN 'missing';
            END IF;
            IF c.lease_user_id = me AND c.lease_expires_at > now() THEN
                RETURN 'held';
            END IF;
            IF c.lease_user_id IS NOT NULL AND c.lease_user_id <> me
               AND c.lease_expires_at > now() THEN
                RETURN 'held by another agent';
            END IF;
            IF c.lease_user_id IS DISTINCT FROM me THEN
                SELECT a.kind, a.user_id, a.at INTO last_kind, last_user, last_at
                  FROM audit_events a
                 WHERE a.case_id = p_case AND a.kind IN ('claim', 'reassign', 'lease_released')
                   AND a.at <= now()
                 ORDER BY a.at DESC, a.id DESC LIMIT 1;
                IF last_kind IS DISTINCT FROM 'claim' THEN
                    RETURN 'not held';
                ELSIF last_user IS DISTINCT FROM me THEN
                    RETURN 'claimed by another agent since';
                ELSIF last_at > p_call_at THEN
                    RETURN 'not held';
                END IF;
            END IF;
            UPDATE cases SET lease_user_id = me,
                   lease_claimed_at = COALESCE(lease_claimed_at, now()),
                   lease_expires_at = now() + make_interval(mins => COALESCE(
                       (SELECT CAST(s.value AS integer) FROM settings s
                         WHERE s.key = 'lease_minutes'), 15))
             WHERE id = p_case;
            RETURN 'held';
        END $$""",
    ),
    # An inbound call (issue 14): the agent opens the resident's case found by the search,
    # leased like a claim. The agent's login cannot see a case it does not hold, so the checks
    # and the lease are made here; the answer is a code the service turns into its message.
    _fn(
        "vroegbel_open_inbound(integer)",
        (AGENT,),
        """CREATE OR REPLACE FUNCTION vroegbel_open_inbound(p_case integer) RETURNS text
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        DECLARE
            me integer := vroegbel_my_user_id();
            c cases%ROWTYPE;
        BEGIN
            IF me IS NULL OR vroegbel_login_group(session_user::text) <> 'vroegbel_agent' THEN
                RAISE EXCEPTION 'vroegbel: only an active agent may take an inbound call'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            SELECT * INTO c FROM cases WHERE id = p_case FOR UPDATE;
            IF NOT FOUND THEN
                RETURN 'missing';
            ELSIF c.purged_at IS NOT NULL THEN
                RETURN 'purged';
            ELSIF c.status = 'handed_off' THEN
                RETURN 'handed_off';
            ELSIF NOT (c.status = 'open' OR (c.status = 'closed'
                       AND c.close_reason IN ('not_reached', 'no_valid_number'))) THEN
                RETURN 'closed';
            ELSIF c.lease_user_id IS NOT NULL AND c.lease_user_id <> me
                  AND c.lease_expires_at > now() THEN
                RETURN 'held';
            END IF;
            UPDATE cases SET lease_user_id = me, lease_claimed_at = now(),
                   lease_expires_at = now() + make_interval(mins => COALESCE(
                       (SELECT CAST(s.value AS integer) FROM settings s
                         WHERE s.key = 'lease_minutes'), 15))
             WHERE id = p_case;
            INSERT INTO audit_events (at, user_id, username, kind, case_id, detail)
            VALUES (now(), me, session_user::text, 'claim', p_case, 'inbound');
            RETURN 'ok';
        END $$""",
    ),
    # The inbound search (issue 14) for a personal login that may not read every case's
    # address and names: the hits only (case, wijk, status, street and number, the latest
    # name), never a BSN, birth date, e-mail, phone number or postcode. The service builds the
    # criteria (a phone number in E.164, kenmerken, a case number, or a LIKE pattern on the
    # last name with postcode and house number) and audits the search.
    _fn(
        "vroegbel_find_cases(text, text[], integer, text, text, integer, integer)",
        (AGENT, TEAMLEAD, ADMIN),
        """CREATE OR REPLACE FUNCTION vroegbel_find_cases(
            p_phone text, p_refs text[], p_case_number integer, p_pattern text,
            p_postcode text, p_house integer, p_limit integer)
        RETURNS TABLE (case_id integer, wijk text, status text, close_reason text,
                       street text, house_number integer, house_number_suffix text,
                       first_name text, last_name text)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        BEGIN
            IF vroegbel_my_user_id() IS NULL OR vroegbel_login_group(session_user::text)
               NOT IN ('vroegbel_agent', 'vroegbel_teamlead', 'vroegbel_admin') THEN
                RAISE EXCEPTION 'vroegbel: no access to the search'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN QUERY
            WITH ids AS (
                SELECT p.case_id AS id FROM phone_numbers p
                 WHERE p_phone IS NOT NULL AND p.number_e164 = p_phone
                UNION
                SELECT s.case_id FROM signals s
                 WHERE p_refs IS NOT NULL AND s.signal_ref = ANY(p_refs)
                UNION
                SELECT c.id FROM cases c
                 WHERE p_case_number IS NOT NULL AND c.id = p_case_number
                UNION
                SELECT c.id FROM cases c JOIN households h ON h.id = c.household_id
                  JOIN signals s ON s.case_id = c.id
                 WHERE p_pattern IS NOT NULL AND h.postcode = p_postcode
                   AND h.house_number = p_house AND lower(s.last_name) LIKE p_pattern
            ), hits AS (
                SELECT c.id, c.wijk, c.status, c.close_reason, c.opened_at, h.street,
                       h.house_number, h.house_number_suffix
                  FROM cases c LEFT JOIN households h ON h.id = c.household_id
                 WHERE c.id IN (SELECT id FROM ids) AND c.purged_at IS NULL
                 ORDER BY (c.status = 'closed'), c.opened_at DESC, c.id DESC
                 LIMIT greatest(least(p_limit, 100), 0)
            )
            SELECT hits.id, hits.wijk::text, hits.status::text, hits.close_reason::text,
                   hits.street::text, hits.house_number, hits.house_number_suffix::text,
                   n.first_name::text, n.last_name::text
              FROM hits LEFT JOIN LATERAL (
                   SELECT s.first_name, s.last_name FROM signals s
                    WHERE s.case_id = hits.id AND s.last_name IS NOT NULL AND s.last_name <> ''
                    ORDER BY s.received_on DESC, s.id DESC LIMIT 1) n ON true
             ORDER BY (hits.status = 'closed'), hits.opened_at DESC, hits.id DESC;
        END $$""",
    ),
    # The outbox's refused outcomes (issue 16): which of these cases were purged or are gone,
    # for a login that cannot see cases it does not hold. Ids only.
    _fn(
        "vroegbel_purged_cases(integer[])",
        ALL_GROUPS,
        """CREATE OR REPLACE FUNCTION vroegbel_purged_cases(p_ids integer[])
        RETURNS SETOF integer
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
            SELECT w.id FROM unnest(p_ids) AS w(id)
             WHERE vroegbel_my_user_id() IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.id = w.id AND c.purged_at IS NULL)
        $$""",
    ),
    # The shared background job every workstation may run: only expired leases, nothing else.
    _fn(
        "vroegbel_expire_leases()",
        ALL_GROUPS,
        """CREATE OR REPLACE FUNCTION vroegbel_expire_leases() RETURNS integer
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        DECLARE n integer;
        BEGIN
            WITH expired AS (
                SELECT id, lease_user_id FROM cases
                 WHERE lease_user_id IS NOT NULL AND lease_expires_at <= now()
                 FOR UPDATE SKIP LOCKED
            ), cleared AS (
                UPDATE cases c SET lease_user_id = NULL, lease_claimed_at = NULL,
                       lease_expires_at = NULL
                  FROM expired e WHERE c.id = e.id
                RETURNING c.id, e.lease_user_id AS prev
            )
            INSERT INTO audit_events (at, user_id, username, kind, case_id, detail)
            SELECT now(), prev, '', 'lease_expired', id, 'expired' FROM cleared;
            GET DIAGNOSTICS n = ROW_COUNT;
            RETURN n;
        END $$""",
    ),
    # The planner's contact rate per wijk and slot needs every case's attempts, which an
    # agent's login may not read: only the counts leave the function.
    _fn(
        "vroegbel_contact_rates(timestamptz, timestamptz)",
        ALL_GROUPS,
        """CREATE OR REPLACE FUNCTION vroegbel_contact_rates(p_since timestamptz,
                                                          p_until timestamptz)
        RETURNS TABLE (wijk text, slot text, attempts bigint, contacts bigint)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
            SELECT c.wijk::text, a.slot::text, count(a.id),
                   sum(CASE WHEN a.is_contact THEN 1 ELSE 0 END)
              FROM attempts a JOIN cases c ON c.id = a.case_id
             WHERE a.at >= p_since AND a.at < p_until AND a.channel = 'phone'
             GROUP BY c.wijk, a.slot
        $$""",
    ),
    # The planner's household evidence (issue 19): the slot types in which the household of
    # the case the agent holds was reached in its earlier cases, which the agent may not read.
    # Slot codes only, for the held case only.
    _fn(
        "vroegbel_household_reached_slots(integer)",
        (AGENT,),
        """CREATE OR REPLACE FUNCTION vroegbel_household_reached_slots(p_case integer)
        RETURNS SETOF text
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
            SELECT DISTINCT a.slot::text FROM cases held
              JOIN cases c ON c.household_id = held.household_id AND c.id <> held.id
              JOIN attempts a ON a.case_id = c.id AND a.is_contact
             WHERE held.id = p_case AND vroegbel_holds_lease(p_case)
        $$""",
    ),
    # The follow-up list, letters and cards (issue 14): the team lead's login reads no
    # addresses or names from the tables; these hand them over for the cases on the list only
    # (closed without contact with a follow-up, or open without a number). The service audits
    # the list or the letters in the same transaction.
    _fn(
        "vroegbel_follow_up_addresses(integer[])",
        (TEAMLEAD,),
        """CREATE OR REPLACE FUNCTION vroegbel_follow_up_addresses(p_cases integer[])
        RETURNS TABLE (case_id integer, street text, house_number integer,
                       house_number_suffix text, postcode text, city text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
            SELECT c.id, h.street::text, h.house_number, h.house_number_suffix::text,
                   h.postcode::text, h.city::text
              FROM cases c JOIN households h ON h.id = c.household_id
             WHERE c.id = ANY(p_cases) AND c.purged_at IS NULL AND vroegbel_my_user_id() IS NOT NULL
               AND ((c.status = 'closed' AND c.close_reason IN ('not_reached', 'no_valid_number')
                     AND c.follow_up IS NOT NULL) OR (c.status = 'open' AND c.needs_phone))
        $$""",
    ),
    _fn(
        "vroegbel_follow_up_names(integer[])",
        (TEAMLEAD,),
        """CREATE OR REPLACE FUNCTION vroegbel_follow_up_names(p_cases integer[])
        RETURNS TABLE (case_id integer, signal_ref text, first_name text, last_name text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
            SELECT s.case_id, s.signal_ref::text, s.first_name::text, s.last_name::text
              FROM signals s JOIN cases c ON c.id = s.case_id
             WHERE c.id = ANY(p_cases) AND c.purged_at IS NULL AND vroegbel_my_user_id() IS NOT NULL
               AND ((c.status = 'closed' AND c.close_reason IN ('not_reached', 'no_valid_number')
                     AND c.follow_up IS NOT NULL) OR (c.status = 'open' AND c.needs_phone))
             ORDER BY s.case_id, s.received_on, s.id
        $$""",
    ),
    # --- personal data through a function: the read and its audit in one transaction --------
    _fn(
        "vroegbel_personal_data(integer, text)",
        (COACH, TEAMLEAD, ADMIN),
        """CREATE OR REPLACE FUNCTION vroegbel_personal_data(p_case integer,
                                                          p_detail text DEFAULT 'database')
        RETURNS TABLE (signal_id integer, bsn text, last_name text, first_name text,
                       birth_date date, email text)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        DECLARE grp text := vroegbel_login_group(session_user::text);
        BEGIN
            IF vroegbel_is_personal_login() AND (vroegbel_my_user_id() IS NULL
               OR grp NOT IN ('vroegbel_coach', 'vroegbel_teamlead', 'vroegbel_admin')
               OR (grp = 'vroegbel_coach' AND NOT vroegbel_is_handed_off(p_case))) THEN
                RAISE EXCEPTION 'vroegbel: no access to the details of case %', p_case
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            -- The caller names the screen (a code, never free text) for the audit's detail.
            IF p_detail !~ '^[a-z_]{1,48}$' THEN
                p_detail := 'database';
            END IF;
            INSERT INTO audit_events (at, user_id, username, kind, case_id, detail)
            VALUES (now(), vroegbel_my_user_id(), session_user::text, 'view_personal_data',
                    p_case, p_detail);
            RETURN QUERY SELECT s.id, s.bsn::text, s.last_name::text, s.first_name::text,
                                s.birth_date, s.email::text
                           FROM signals s WHERE s.case_id = p_case ORDER BY s.received_on, s.id;
        END $$""",
    ),
    # The team lead opens a case: the contact data and notes its login may not read from the
    # tables come in one JSON document, with the view audited in the same transaction.
    _fn(
        "vroegbel_case_contact(integer, text, text)",
        (TEAMLEAD, ADMIN),
        """CREATE OR REPLACE FUNCTION vroegbel_case_contact(p_case integer, p_kind text,
                                                         p_detail text DEFAULT 'database')
        RETURNS jsonb
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        DECLARE result jsonb;
        BEGIN
            IF vroegbel_is_personal_login() AND (vroegbel_my_user_id() IS NULL
               OR vroegbel_login_group(session_user::text)
                  NOT IN ('vroegbel_teamlead', 'vroegbel_admin')) THEN
                RAISE EXCEPTION 'vroegbel: no access to the contact data of case %', p_case
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF p_kind IS NULL OR p_kind NOT IN ('view_case', 'view_personal_data') THEN
                RAISE EXCEPTION 'vroegbel: unknown kind of view'
                    USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF p_detail IS NULL OR p_detail !~ '^[a-z_ ]{1,48}$' THEN
                p_detail := 'database';
            END IF;
            IF NOT EXISTS (SELECT 1 FROM cases WHERE id = p_case) THEN
                RETURN NULL;
            END IF;
            INSERT INTO audit_events (at, user_id, username, kind, case_id, detail)
            VALUES (now(), vroegbel_my_user_id(), session_user::text, p_kind, p_case, p_detail);
            SELECT jsonb_build_object(
                'household', (SELECT jsonb_build_object(
                        'street', h.street, 'house_number', h.house_number,
                        'house_number_suffix', h.house_number_suffix,
                        'postcode', h.postcode, 'city', h.city)
                    FROM households h JOIN cases c ON c.household_id = h.id
                    WHERE c.id = p_case),
                'phones', COALESCE((SELECT jsonb_agg(jsonb_build_object(
                        'id', p.id, 'number_e164', p.number_e164,
                        'struck', p.struck_at IS NOT NULL) ORDER BY p.position, p.id)
                    FROM phone_numbers p WHERE p.case_id = p_case), '[]'::jsonb),
                'signals', COALESCE((SELECT jsonb_agg(jsonb_build_object(
                        'id', s.id, 'received_on', s.received_on,
                        'first_name', s.first_name, 'last_name', s.last_name,
                        'birth_date', s.birth_date, 'email', s.email)
                        ORDER BY s.received_on, s.id)
                    FROM signals s WHERE s.case_id = p_case), '[]'::jsonb),
                'attempt_notes', COALESCE((SELECT jsonb_object_agg(a.id::text, a.notes)
                    FROM attempts a WHERE a.case_id = p_case), '{}'::jsonb),
                'help_notes', COALESCE((SELECT jsonb_object_agg(r.id::text, r.note)
                    FROM help_requests r WHERE r.case_id = p_case), '{}'::jsonb),
                'contact_notes', COALESCE((SELECT jsonb_object_agg(k.id::text, k.note)
                    FROM coach_contacts k JOIN handoffs h ON h.id = k.handoff_id
                    WHERE h.case_id = p_case), '{}'::jsonb)
            ) INTO result;
            RETURN result;
        END $$""",
    ),
    # --- accounts ---------------------------------------------------------------------------
    # Makes the login role of one `users` row match it: exists, member of exactly the group of
    # its role, LOGIN unless removed or locked by an admin, and (when given) the SCRAM secret.
    # The client sends only the SCRAM verifier, so no statement or log ever holds a password.
    _fn(
        "vroegbel_sync_login(text, text)",
        (ADMIN,),
        f"""CREATE OR REPLACE FUNCTION vroegbel_sync_login(p_username text,
                                                        p_verifier text DEFAULT NULL)
        RETURNS text
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        DECLARE
            u users%ROWTYPE;
            r pg_roles%ROWTYPE;
            grp text;
            g text;
            can_login boolean;
        BEGIN
            IF vroegbel_is_personal_login() AND (vroegbel_my_user_id() IS NULL
               OR vroegbel_login_group(session_user::text) <> 'vroegbel_admin') THEN
                RAISE EXCEPTION 'vroegbel: only an admin manages accounts'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            SELECT * INTO u FROM users WHERE username = p_username;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'vroegbel: unknown account' USING ERRCODE = 'no_data_found';
            END IF;
            IF p_username !~ '^[a-z0-9][a-z0-9._@-]{{1,63}}$'
               OR p_username ~ '^(pg_|vroegbel_)' OR p_username IN ('postgres', 'public') THEN
                RAISE EXCEPTION 'vroegbel: this name cannot be a login'
                    USING ERRCODE = 'invalid_name';
            END IF;
            grp := 'vroegbel_' || u.role;
            IF grp NOT IN ({_GROUP_LIST}) THEN
                RAISE EXCEPTION 'vroegbel: unknown role' USING ERRCODE = 'invalid_parameter_value';
            END IF;
            SELECT * INTO r FROM pg_roles WHERE rolname = p_username;
            IF FOUND THEN
                -- Only roles this model made: never the owner, a superuser or another app's.
                IF r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication
                   OR r.rolbypassrls
                   OR shobj_description(r.oid, 'pg_authid') IS DISTINCT FROM '{LOGIN_COMMENT}'
                THEN
                    RAISE EXCEPTION 'vroegbel: the name is taken by another database role'
                        USING ERRCODE = 'duplicate_object';
                END IF;
            ELSE
                BEGIN
                    EXECUTE format('CREATE ROLE %I NOLOGIN', p_username);
                EXCEPTION WHEN duplicate_object OR unique_violation THEN
                    NULL;  -- created meanwhile by a parallel call: checked below
                END;
                EXECUTE format('COMMENT ON ROLE %I IS %L', p_username, '{LOGIN_COMMENT}');
            END IF;
            FOREACH g IN ARRAY ARRAY[{_GROUP_LIST}] LOOP
                IF g <> grp OR u.removed_at IS NOT NULL THEN
                    EXECUTE format('REVOKE %I FROM %I', g, p_username);
                END IF;
            END LOOP;
            IF u.removed_at IS NULL THEN
                EXECUTE format('GRANT %I TO %I', grp, p_username);
            END IF;
            -- A lock by the admin (locked "for ever") is NOLOGIN; the short automatic lock of
            -- the app's failure count has no database counterpart (see SECURITY.md).
            can_login := u.removed_at IS NULL
                AND (u.locked_until IS NULL OR u.locked_until < now() + interval '1 year');
            EXECUTE format('ALTER ROLE %I %s', p_username,
                           CASE WHEN can_login THEN 'LOGIN' ELSE 'NOLOGIN' END);
            IF u.removed_at IS NOT NULL THEN
                EXECUTE format('ALTER ROLE %I PASSWORD NULL', p_username);
            ELSIF p_verifier IS NOT NULL THEN
                IF p_verifier !~ {_SCRAM_PATTERN} THEN
                    RAISE EXCEPTION 'vroegbel: not a SCRAM secret'
                        USING ERRCODE = 'invalid_password';
                END IF;
                EXECUTE format('ALTER ROLE %I PASSWORD %L VALID UNTIL %L', p_username,
                               p_verifier, 'infinity');
            END IF;
            IF NOT can_login THEN
                -- End the sessions it still has open, where the owner may (pg_signal_backend).
                BEGIN
                    PERFORM pg_terminate_backend(a.pid) FROM pg_stat_activity a
                     WHERE a.usename = p_username AND a.pid <> pg_backend_pid();
                EXCEPTION WHEN insufficient_privilege THEN
                    NULL;
                END;
            END IF;
            INSERT INTO audit_events (at, user_id, username, kind, case_id, detail)
            VALUES (now(), vroegbel_my_user_id(), session_user::text, 'login_synced', NULL,
                    p_username || ': ' || CASE WHEN u.removed_at IS NOT NULL THEN 'removed'
                                          ELSE grp END
                    || CASE WHEN can_login THEN '' ELSE ', nologin' END
                    || CASE WHEN p_verifier IS NULL THEN '' ELSE ', password set' END);
            RETURN grp;
        END $$""",
    ),
    # The person chooses their own password: their own role only, and the temporary-password
    # flag drops in the same transaction.
    _fn(
        "vroegbel_change_own_password(text)",
        ALL_GROUPS,
        f"""CREATE OR REPLACE FUNCTION vroegbel_change_own_password(p_verifier text)
        RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        BEGIN
            IF NOT vroegbel_is_personal_login() THEN
                RAISE EXCEPTION 'vroegbel: not a personal login'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF p_verifier !~ {_SCRAM_PATTERN} THEN
                RAISE EXCEPTION 'vroegbel: not a SCRAM secret' USING ERRCODE = 'invalid_password';
            END IF;
            EXECUTE format('ALTER ROLE %I PASSWORD %L VALID UNTIL %L', session_user,
                           p_verifier, 'infinity');
            UPDATE users SET must_change_password = false, failed_logins = 0
             WHERE username = session_user::text AND removed_at IS NULL;
            INSERT INTO audit_events (at, user_id, username, kind, case_id, detail)
            VALUES (now(), NULL, session_user::text, 'password_changed', NULL, 'database');
        END $$""",
    ),
)


#: Functions a migration creates (not this model), with the groups that may call them. The
#: queue-count triggers' functions (migration 0011) run as their owner whoever changes
#: `cases`: a trigger needs no EXECUTE of the role that fires it. The Queue tab folds.
MIGRATION_FUNCTIONS: dict[str, tuple[str, ...]] = {
    "queue_counts_fold()": (TEAMLEAD, ADMIN),
    "queue_counts_track_row()": (),
    "queue_counts_track_insert()": (),
}


# --- the verifier -----------------------------------------------------------------------------


def scram_verifier(password: str, *, iterations: int = 4096, salt: bytes | None = None) -> str:
    """The SCRAM-SHA-256 secret PostgreSQL stores for `password` (RFC 5802/7677).

    Computed on the client so that only the secret, never the password, travels to the server
    and could reach a statement log.
    """
    salt = salt if salt is not None else os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()

    def b64(raw: bytes) -> str:
        return base64.b64encode(raw).decode("ascii")

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


# --- applying the model -----------------------------------------------------------------------


def _run(conn: Connection, sql: str) -> Any:
    """A statement without parameters; `%` is literal (format(), RAISE and LIKE use it)."""
    return conn.exec_driver_sql(sql.replace("%", "%%"))


def _create_groups(conn: Connection) -> None:
    missing = [
        g
        for g in ALL_GROUPS
        if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :g"), {"g": g}).first() is None
    ]
    allowed = conn.execute(
        text("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")
    ).scalar()
    if missing and not allowed:
        from app.db import DatabaseError

        raise DatabaseError(
            "De eigenaar van de database mag geen rollen aanmaken: geef hem CREATEROLE "
            "(ALTER ROLE … CREATEROLE) en voer 'vroegbel db upgrade' opnieuw uit."
        )
    for group in ALL_GROUPS:
        # Shared by every database on the server: create once, tolerate a parallel creator.
        _run(
            conn,
            f"""DO $$ BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group}') THEN
                    CREATE ROLE {group} NOLOGIN;
                END IF;
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END $$""",
        )


def _public_tables(conn: Connection) -> list[str]:
    rows = _run(
        conn, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
    )
    return [row[0] for row in rows]


def _columns(conn: Connection, table: str) -> list[str]:
    rows = conn.execute(
        text(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_schema = 'public' AND table_name = :t ORDER BY ordinal_position"
        ),
        {"t": table},
    )
    return [row[0] for row in rows]


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def apply(conn: Connection) -> None:
    """Make this PostgreSQL database match the model (idempotent; run as the owner)."""
    if conn.dialect.name != "postgresql":
        return
    groups = ", ".join(ALL_GROUPS)
    _create_groups(conn)
    _run(conn, "REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    _run(conn, f"GRANT USAGE ON SCHEMA public TO {groups}")
    # Functions first: the policies call them.
    for fn in FUNCTIONS:
        _run(conn, fn.body)
        _run(conn, f"REVOKE ALL ON FUNCTION {fn.signature} FROM PUBLIC, {groups}")
        if fn.groups:
            _run(conn, f"GRANT EXECUTE ON FUNCTION {fn.signature} TO {', '.join(fn.groups)}")
    # Functions other migrations made (0011's queue counts): closed to PUBLIC like ours.
    for signature, fn_groups in MIGRATION_FUNCTIONS.items():
        name = signature.split("(")[0]
        exists = conn.execute(text("SELECT 1 FROM pg_proc WHERE proname = :n"), {"n": name}).first()
        if exists is None:
            continue
        _run(conn, f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC, {groups}")
        if fn_groups:
            _run(conn, f"GRANT EXECUTE ON FUNCTION {signature} TO {', '.join(fn_groups)}")
    for table in _public_tables(conn):
        qt = _q(table)
        # Start from nothing, column grants included (REVOKE ON TABLE leaves those alone).
        _run(conn, f"REVOKE ALL ON {qt} FROM PUBLIC, {groups}")
        cols = ", ".join(_q(c) for c in _columns(conn, table))
        if cols:
            _run(conn, f"REVOKE ALL ({cols}) ON {qt} FROM PUBLIC, {groups}")
        rules = TABLES.get(table)
        for policy in _run(
            conn,
            f"SELECT policyname FROM pg_policies WHERE schemaname = 'public' "
            f"AND tablename = '{table}' AND policyname LIKE 'vb\\_%'",
        ).all():
            _run(conn, f"DROP POLICY {_q(policy[0])} ON {qt}")
        if rules is None:
            continue
        for grant in rules.grants:
            if grant.columns is None:
                _run(conn, f"GRANT {grant.privileges} ON {qt} TO {', '.join(grant.groups)}")
            else:
                columns = ", ".join(_q(c) for c in grant.columns)
                privileges = ", ".join(
                    f"{p.strip()} ({columns})" for p in grant.privileges.split(",")
                )
                _run(conn, f"GRANT {privileges} ON {qt} TO {', '.join(grant.groups)}")
        if rules.rls:
            _run(conn, f"ALTER TABLE {qt} ENABLE ROW LEVEL SECURITY")
            for p in rules.policies:
                sql = f"CREATE POLICY {_q(p.name)} ON {qt} FOR {p.command} TO {', '.join(p.groups)}"
                if p.using is not None:
                    sql += f" USING ({p.using})"
                if p.check is not None:
                    sql += f" WITH CHECK ({p.check})"
                _run(conn, sql)
    _run(conn, f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {groups}")
    _run(conn, "DROP TRIGGER IF EXISTS cases_guard ON cases")
    _run(
        conn,
        "CREATE TRIGGER cases_guard BEFORE UPDATE ON cases "
        "FOR EACH ROW EXECUTE FUNCTION vroegbel_cases_guard()",
    )
    _run(conn, "DROP TRIGGER IF EXISTS audit_events_stamp ON audit_events")
    _run(
        conn,
        "CREATE TRIGGER audit_events_stamp BEFORE INSERT ON audit_events "
        "FOR EACH ROW EXECUTE FUNCTION vroegbel_audit_stamp()",
    )


# --- used by the services and the commands ------------------------------------------------------


def is_postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def is_personal_session(session: Session) -> bool:
    """Whether this session runs as a personal login (read at the engine's first connection,
    see app.db.LOGIN_GROUPS: no query here)."""
    from app.db import login_group_of

    bind = session.get_bind()
    return login_group_of(bind.engine) is not None


def session_group(session: Session) -> str | None:
    """The group of this session's personal login, None for the owner (no query)."""
    from app.db import login_group_of

    return login_group_of(session.get_bind().engine)


def login_group(conn: Connection | Session) -> str | None:
    """The group of the connected login, None for the owner, a superuser or another role."""
    return conn.execute(text("SELECT vroegbel_login_group(session_user::text)")).scalar()


def sync_login(session: Session, username: str, password: str | None = None) -> None:
    """On PostgreSQL: make the login role of `username` match its `users` row (same
    transaction); `password` becomes its SCRAM secret. Nothing on SQLite."""
    if not is_postgres(session):
        return
    session.flush()
    verifier = scram_verifier(password) if password is not None else None
    session.execute(
        text("SELECT vroegbel_sync_login(:name, :verifier)"),
        {"name": username, "verifier": verifier},
    )


def change_own_password(session: Session, username: str, password: str) -> None:
    """On PostgreSQL: the new password becomes the login's SCRAM secret. A personal login sets
    its own; the owner (command line, tests) goes through the admin's function."""
    if not is_postgres(session):
        return
    if login_group(session) is None:
        sync_login(session, username, password)
        return
    session.execute(
        text("SELECT vroegbel_change_own_password(:verifier)"),
        {"verifier": scram_verifier(password)},
    )


@dataclass(frozen=True)
class LoginInfo:
    """Who the connection is, as the database sees it (for self-test and the command line)."""

    login: str
    superuser: bool
    owner: bool  # owns the tables: can change the schema, drop triggers, bypass RLS
    group: str | None
    user_id: int | None
    must_change_password: bool
    rls_missing: tuple[str, ...]  # personal-data tables without row-level security
    unmodelled: tuple[str, ...]  # tables without an entry in TABLES (closed to every group)


def login_info(conn: Connection) -> LoginInfo:
    login = conn.execute(text("SELECT session_user::text")).scalar_one()
    superuser = bool(
        conn.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = session_user")).scalar()
    )
    owner = bool(
        conn.execute(
            text(
                "SELECT EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = 'public' "
                "AND tablename = 'audit_events' AND tableowner = session_user)"
            )
        ).scalar()
    )
    group = user_id = None
    must_change = False
    has_model = bool(
        conn.execute(
            text("SELECT EXISTS (SELECT 1 FROM pg_proc WHERE proname = 'vroegbel_login_group')")
        ).scalar()
    )
    if has_model:
        group = login_group(conn)
        row = conn.execute(
            text(
                "SELECT id, must_change_password FROM users "
                "WHERE username = session_user::text AND removed_at IS NULL"
            )
        ).first()
        if row is not None:
            user_id, must_change = int(row[0]), bool(row[1])
    rls: dict[str, bool] = {
        str(row[0]): bool(row[1])
        for row in conn.execute(
            text("SELECT tablename, rowsecurity FROM pg_tables WHERE schemaname = 'public'")
        )
    }
    missing = tuple(
        sorted(t for t, rules in TABLES.items() if rules.personal_data and not rls.get(t, True))
    )
    unmodelled = tuple(sorted(t for t in rls if t not in TABLES))
    return LoginInfo(login, superuser, owner, group, user_id, must_change, missing, unmodelled)


def role_of_group(group: str | None) -> Role | None:
    for role, name in GROUPS.items():
        if name == group:
            return role
    return None
