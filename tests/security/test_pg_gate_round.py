"""The database gate over what this round's branches added (issues 14, 15, 16, 19, 20).

Raw SQL through each role's own login proves what is refused; our services through the same
logins prove that the screens still work (the owner's functions for the inbound call, the
claim that skips a case given back, the purge check of the outbox).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest
from psycopg import errors

from app.models.enums import Role
from app.services import follow_up, forecast, inbound, monitor, queue
from app.services.context import AppContext
from app.services.errors import Conflict
from tests.security.pg_gate_world import World, personal_context, refused, rows

pytestmark = pytest.mark.postgres


@pytest.fixture
def agent(world: World) -> Iterator[AppContext]:
    ctx = personal_context(world, "agent", Role.AGENT)
    yield ctx
    queue.close_claim_connection(ctx.db)
    ctx.db.dispose()


@pytest.fixture
def teamlead(world: World) -> Iterator[AppContext]:
    ctx = personal_context(world, "teamlead", Role.TEAMLEAD)
    yield ctx
    ctx.db.dispose()


# --- the new tables --------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["agent", "coach"])
def test_roster_and_queue_counts_are_the_team_leads(world: World, who: str) -> None:
    with world.connect(who) as conn:
        for table in ("roster_entries", "queue_counts", "queue_count_deltas"):
            refused(conn, f"SELECT * FROM {table}")
        refused(conn, "INSERT INTO roster_entries (agent, weekday, line) VALUES ('x', 0, 1)")
        refused(conn, "SELECT queue_counts_fold()")
        refused(conn, "DELETE FROM queue_counts")


def test_the_team_lead_keeps_the_roster_and_reads_the_counts(world: World) -> None:
    with world.connect("teamlead") as conn:
        conn.execute(
            'INSERT INTO roster_entries (agent, weekday, start, "end", line) '
            "VALUES ('Anna', 0, '09:00', '17:00', 1)"
        )
        assert rows(conn, "SELECT agent FROM roster_entries") == [("Anna",)]
        conn.execute("SELECT queue_counts_fold()")
        assert rows(conn, "SELECT coalesce(sum(n), 0) FROM queue_counts")[0][0] >= 2
        # The counts are the triggers' (as the owner): never written by hand.
        refused(conn, "DELETE FROM queue_counts")
        refused(
            conn,
            "INSERT INTO queue_count_deltas (bucket, wijk, status, needs_phone, n, "
            "missed_sum) VALUES ('x', 'x', 'open', false, 100, 0)",
        )


def test_nobody_but_the_owner_writes_the_jobs_ledger(world: World) -> None:
    for who in ("agent", "coach", "teamlead", "admin"):
        with world.connect(who) as conn:
            refused(
                conn,
                "INSERT INTO job_runs (job, tick, host, started_at, result) "
                "VALUES ('retention', 'x', 'h', now(), '')",
            )


# --- the agent -------------------------------------------------------------------------------


def test_the_claim_skips_a_case_the_agent_gave_back(world: World, agent: AppContext) -> None:
    first = queue.next_call(agent)
    assert first is not None and first.case_id == world.held
    queue.release(agent, world.held)  # gives it back
    second = queue.next_call(agent)
    assert second is not None and second.case_id == world.other
    # Another agent may take the given-back case at once.
    with world.connect("agent2") as conn:
        assert rows(conn, "SELECT case_id FROM vroegbel_claim_next(true)") == [(world.held,)]


def test_the_agent_writes_only_the_wrap_up_of_its_own_attempts(world: World) -> None:
    with world.connect("agent") as conn:
        conn.execute("SELECT * FROM vroegbel_claim_next(true)")
        conn.execute(
            "INSERT INTO attempts (case_id, at, slot, outcome, channel, is_contact, "
            "counts_as_attempt, agent_id, agent_name, source, created_at, started_at, "
            "duration_seconds, reach_hint) VALUES (%s, now(), 'morning', 'no_answer', 'phone', "
            "false, true, vroegbel_my_user_id(), 'a', 'app', now(), now(), 30, NULL)",
            (world.held,),
        )
        conn.execute("UPDATE attempts SET wrap_up_seconds = 12")
        assert rows(conn, "SELECT wrap_up_seconds FROM attempts") == [(12,)]
        refused(conn, "UPDATE attempts SET notes = 'changed'")
        refused(conn, "UPDATE attempts SET outcome = 'reached_no_help_needed'")
        refused(conn, "UPDATE cases SET wijk = 'Elders'")
        refused(conn, "UPDATE cases SET given_back_by_id = NULL")
    with world.connect("agent2") as conn:
        conn.execute("UPDATE attempts SET wrap_up_seconds = 99")  # sees none: changes none
    with world.connect("admin") as conn:
        assert rows(
            conn, "SELECT wrap_up_seconds FROM attempts WHERE case_id = %s", (world.held,)
        ) == [(12,)]


def test_the_inbound_search_and_open_through_the_agents_login(
    world: World, agent: AppContext
) -> None:
    found = inbound.find_cases(agent, phone="+31687654321")
    assert [h.case_id for h in found.hits] == [world.other]
    hit = found.hits[0]
    assert hit.name == "P. Anders" and hit.street == "Grote Markt"
    assert "123456782" not in repr(found)
    by_number = inbound.find_cases(agent, reference=f"#{world.held}")
    assert [h.case_id for h in by_number.hits] == [world.held]
    # Raw: the search answers hits, never the tables behind them.
    with world.connect("agent") as conn:
        assert rows(conn, "SELECT id FROM cases") == []
        refused(conn, "SELECT bsn FROM signals")
    card = queue.open_inbound(agent, world.other)
    assert card.case_id == world.other and card.name is not None and "Anders" in card.name
    with world.connect("agent2") as conn:
        assert rows(conn, "SELECT vroegbel_open_inbound(%s)", (world.other,)) == [("held",)]
        assert rows(conn, "SELECT id FROM cases") == []
    with world.connect("coach") as conn:
        refused(conn, "SELECT vroegbel_open_inbound(%s)", (world.other,))
    with pytest.raises(Conflict):
        queue.open_inbound(agent, world.handed_off)


def test_the_outbox_learns_which_cases_were_purged(world: World, agent: AppContext) -> None:
    with world.db.begin() as session:
        from sqlalchemy import text

        session.execute(
            text("UPDATE cases SET purged_at = now() WHERE id = :c"), {"c": world.handed_off}
        )
    gone = queue.purged_cases(agent, [world.held, world.other, world.handed_off, 999_999])
    assert gone == {world.handed_off, 999_999}


# --- the team lead ---------------------------------------------------------------------------


def test_the_team_lead_records_visits_and_letters_in_its_own_name(
    world: World, teamlead: AppContext
) -> None:
    status = follow_up.record_visit(teamlead, world.other, "reached_no_help_needed")
    assert status == "closed"
    with world.connect("teamlead") as conn:
        refused(conn, "SELECT notes FROM attempts")
        assert rows(
            conn, "SELECT channel, agent_name FROM attempts WHERE case_id = %s", (world.other,)
        ) == [("home_visit", world.names["teamlead"])]
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO attempts (case_id, at, slot, outcome, channel, is_contact, "
                "counts_as_attempt, agent_id, agent_name, source, created_at) "
                "SELECT %s, now(), 'morning', 'sent', 'letter', false, false, u.id, 'x', "
                "'follow_up', now() FROM users u WHERE u.username = %s",
                (world.held, world.names["agent"]),
            )
        refused(conn, "SELECT bsn FROM signals")
        refused(conn, "SELECT street FROM households")


def test_the_team_leads_figures_through_its_own_login(world: World, teamlead: AppContext) -> None:
    assert forecast.set_roster(teamlead, "Anna;ma;09:00;17:00") == 1
    assert "Anna" in forecast.roster_text(teamlead)
    assert forecast.forecast(teamlead, days=7) is not None
    figures = monitor.live_figures(teamlead)
    assert figures is not None


# --- the planner's household evidence (issue 19) ----------------------------------------------


def test_the_agents_planner_learns_from_the_households_earlier_cases(
    world: World, agent: AppContext
) -> None:
    from sqlalchemy import text

    from app.models import Case
    from app.models.enums import Slot
    from app.services import planning

    with world.db.begin() as session:
        # An earlier, closed case of the held case's household, reached in the evening.
        session.execute(
            text(
                "INSERT INTO cases (household_id, wijk, status, close_reason, opened_at, "
                "first_received_on, closed_at, total_arrears_cents, attempts_used, "
                "missed_windows, needs_phone) SELECT household_id, wijk, 'closed', "
                "'no_help_needed', now() - interval '400 days', current_date - 400, "
                "now() - interval '390 days', 0, 1, 0, false FROM cases WHERE id = :c"
            ),
            {"c": world.held},
        )
        session.execute(
            text(
                "INSERT INTO attempts (case_id, at, slot, outcome, channel, is_contact, "
                "counts_as_attempt, agent_name, source, created_at) "
                "SELECT max(id), now() - interval '390 days', 'evening', "
                "'reached_no_help_needed', 'phone', true, true, 'x', 'app', now() "
                "FROM cases"
            )
        )
    with world.connect("agent") as conn:
        # Not before it holds the case, and never another case's household.
        assert rows(conn, "SELECT vroegbel_household_reached_slots(%s)", (world.held,)) == []
        conn.execute("SELECT * FROM vroegbel_claim_next(true)")
        assert rows(conn, "SELECT vroegbel_household_reached_slots(%s)", (world.held,)) == [
            ("evening",)
        ]
        assert rows(conn, "SELECT vroegbel_household_reached_slots(%s)", (world.other,)) == []
    claimed = queue.next_call(agent)  # the case this login holds already
    assert claimed is not None and claimed.case_id == world.held
    with agent.db.read() as session:
        held = session.get(Case, world.held)
        assert held is not None
        assert planning.household_reached_slots(session, held) == frozenset({Slot.EVENING})


def test_an_inbound_call_reopens_a_case_closed_as_not_reached(
    world: World, agent: AppContext
) -> None:
    from sqlalchemy import text

    from app.models.enums import Channel, Outcome

    with world.db.begin() as session:
        session.execute(
            text(
                "UPDATE cases SET status = 'closed', close_reason = 'not_reached', "
                "closed_at = now(), follow_up = 'letter', next_window_start = NULL, "
                "next_window_end = NULL WHERE id = :c"
            ),
            {"c": world.other},
        )
    hits = inbound.find_cases(agent, phone="+31687654321").hits
    assert [(h.case_id, h.status) for h in hits] == [(world.other, "closed")]
    queue.open_inbound(agent, world.other)
    entry = queue.OutcomeEntry.new(
        Outcome.REACHED_NO_HELP_NEEDED, agent.clock.now(), channel=Channel.PHONE_IN
    )
    saved = queue.save_outcome(agent, world.other, entry)
    assert saved.case_id == world.other
    with world.db.read() as session:
        row = session.execute(
            text("SELECT status, close_reason FROM cases WHERE id = :c"), {"c": world.other}
        ).one()
    assert tuple(row) == ("closed", "no_help_needed")


def test_the_team_leads_evidence_and_simulation_through_its_own_login(
    world: World, teamlead: AppContext
) -> None:
    from datetime import timedelta

    from app.services import simulation
    from app.services.errors import InvalidInput

    assert simulation.planning_evidence(teamlead) is not None
    today = teamlead.clock.now().date()
    # A period without attempts is refused by the rules (InvalidInput), never by the database.
    with contextlib.suppress(InvalidInput):
        simulation.simulate_period(
            teamlead, today - timedelta(days=30), today, simulation.RuleChanges()
        )


# --- a late outcome (issue 16: the outbox after an outage) -----------------------------------


def _clear_lease(world: World, case_id: int) -> None:
    from sqlalchemy import text

    with world.db.begin() as session:  # as the lease job does, as the owner
        session.execute(
            text(
                "UPDATE cases SET lease_user_id = NULL, lease_claimed_at = NULL, "
                "lease_expires_at = NULL WHERE id = :c"
            ),
            {"c": case_id},
        )


def test_a_late_outcome_counts_when_the_agent_was_the_last_to_claim(
    world: World, agent: AppContext
) -> None:
    from app.models.enums import Outcome

    claimed = queue.next_call(agent)
    assert claimed is not None and claimed.case_id == world.held
    entry = queue.OutcomeEntry.new(Outcome.NO_ANSWER, agent.clock.now())
    _clear_lease(world, world.held)
    saved = queue.save_outcome(agent, world.held, entry)
    assert saved.case_id == world.held and not saved.replayed
    with world.connect("agent") as conn:  # and the case is out of sight again
        assert rows(conn, "SELECT id FROM cases") == []


def test_a_late_outcome_is_refused_when_another_agent_claimed_since(
    world: World, agent: AppContext
) -> None:
    from app.models.enums import Outcome

    claimed = queue.next_call(agent)
    assert claimed is not None and claimed.case_id == world.held
    entry = queue.OutcomeEntry.new(Outcome.NO_ANSWER, agent.clock.now())
    _clear_lease(world, world.held)
    with world.connect("agent2") as conn:
        assert rows(conn, "SELECT case_id FROM vroegbel_claim_next(true)") == [(world.held,)]
        conn.execute("SELECT vroegbel_release_lease(%s)", (world.held,))
    with pytest.raises(Conflict, match="andere beller"):
        queue.save_outcome(agent, world.held, entry)
    with world.connect("agent") as conn:
        assert rows(conn, "SELECT id FROM cases") == []
        # Nor may a login re-hold a case it never claimed.
        assert rows(conn, "SELECT vroegbel_resume_hold(%s, now())", (world.other,)) == [
            ("not held",)
        ]
    with world.connect("coach") as conn:
        refused(conn, "SELECT vroegbel_resume_hold(%s, now())", (world.held,))


# --- the follow-up list, letters and cards (issue 14) ----------------------------------------


def test_the_team_lead_prints_letters_for_the_follow_up_list_only(
    world: World, teamlead: AppContext
) -> None:
    from sqlalchemy import text

    from app.models.enums import Channel

    with world.db.begin() as session:
        session.execute(
            text(
                "UPDATE cases SET status = 'closed', close_reason = 'not_reached', "
                "closed_at = now(), follow_up = 'letter' WHERE id = :c"
            ),
            {"c": world.other},
        )
    items = follow_up.follow_up_list(teamlead)
    assert [(i.case_id, i.street, "Anders" in i.name) for i in items] == [
        (world.other, "Grote Markt", True)
    ]
    printed = follow_up.letters(teamlead, Channel.LETTER)
    assert [letter.case_id for letter in printed] == [world.other]
    assert follow_up.mark_sent(teamlead, Channel.LETTER, [world.other]) == 1
    assert follow_up.mark_sent(teamlead, Channel.LETTER, [world.other]) == 0
    with world.connect("teamlead") as conn:
        # Not the address or names of a case that is not on the list.
        for fn in ("vroegbel_follow_up_addresses", "vroegbel_follow_up_names"):
            assert (
                rows(conn, f"SELECT * FROM {fn}(ARRAY[%s, %s])", (world.held, world.handed_off))
                == []
            )
        refused(conn, "SELECT street FROM households")
        refused(conn, "SELECT last_name FROM signals")
    for who in ("agent", "coach"):
        with world.connect(who) as conn:
            refused(conn, "SELECT * FROM vroegbel_follow_up_addresses(ARRAY[%s])", (world.other,))


# --- the shared jobs (issue 15) ------------------------------------------------------------------


def test_the_admins_job_page_says_the_server_runs_the_jobs(
    world: World, qtbot: object, tmp_path: object
) -> None:
    from pathlib import Path

    from PySide6.QtCore import QSettings

    from app.ui.context import Prefs, UiContext
    from app.ui.tabs.admin import JobsPage
    from app.ui.worker import DbWorker

    admin = personal_context(world, "admin", Role.ADMIN)
    worker = DbWorker()
    try:
        prefs = Prefs(QSettings(str(Path(str(tmp_path)) / "p.ini"), QSettings.Format.IniFormat))
        ui = UiContext(
            app=admin, worker=worker, prefs=prefs, display_name="Admin", database_label="t"
        )
        page = JobsPage(ui)
        qtbot.addWidget(page)  # type: ignore[attr-defined]
        assert "vroegbel scheduler" in page.personal_note.text()
        owner_ui = UiContext(
            app=world.ctx, worker=worker, prefs=prefs, display_name="Eigenaar", database_label="t"
        )
        owner_page = JobsPage(owner_ui)
        qtbot.addWidget(owner_page)  # type: ignore[attr-defined]
        assert not hasattr(owner_page, "personal_note")
    finally:
        worker.shutdown(wait=True)
        admin.db.dispose()


def test_a_personal_login_client_leaves_the_jobs_to_the_server(
    world: World, qapp: object, tmp_path: object
) -> None:
    from pathlib import Path

    from PySide6.QtCore import QSettings

    from app.clock import SystemClock
    from app.ui.app import VroegbelApp
    from app.ui.context import Prefs

    prefs = Prefs(QSettings(str(Path(str(tmp_path)) / "p.ini"), QSettings.Format.IniFormat))
    agent = personal_context(world, "agent", Role.AGENT)
    controller = VroegbelApp(
        qapp,
        url=world.url,
        prefs=prefs,
        clock=SystemClock(),
        opener=lambda: agent.db,
        shared_jobs=True,
    )
    try:
        controller._start_jobs(agent.db)
        assert controller.jobs is None
    finally:
        controller.shutdown()
        agent.db.dispose()
