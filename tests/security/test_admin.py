"""Admin operations: validated settings, closed days, wijk mapping, guide, audit log query."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.clock import FixedClock
from app.models import AuditEvent
from app.models.enums import Role
from app.services import admin, settings
from app.services.admin import AuditFilter, WijkRow
from app.services.context import Actor, AppContext
from app.services.errors import InvalidInput, NotFound, PermissionDenied

REPO = Path(__file__).resolve().parents[2]


def _kinds(ctx: AppContext) -> list[tuple[str, str]]:
    with ctx.db.read() as session:
        return [
            (e.kind, e.detail) for e in session.scalars(select(AuditEvent).order_by(AuditEvent.id))
        ]


def test_settings_are_validated_and_audited(ctx: AppContext) -> None:
    admin.put_setting(ctx, "lease_minutes", 20)
    assert admin.get_setting(ctx, "lease_minutes") == 20
    assert ("setting_changed", "lease_minutes: 15 -> 20") in _kinds(ctx)
    for key, bad in [
        ("lease_minutes", 0),
        ("lease_minutes", "20"),
        ("lease_minutes", True),
        ("retention_closed_months", 0),
        ("legal_urgent_working_days", 4),  # never longer than the law
        ("max_attempts", 2),  # 2 evening + 1 saturday do not fit
        ("no_such_setting", 1),
    ]:
        with pytest.raises(InvalidInput):
            admin.put_setting(ctx, key, bad)
    items = {item.key: item for item in admin.list_settings(ctx)}
    assert items["lease_minutes"].value == 20 and not items["lease_minutes"].is_default
    assert items["max_attempts"].is_default
    # None restores the default.
    admin.put_setting(ctx, "lease_minutes", None)
    assert admin.get_setting(ctx, "lease_minutes") == 15


def test_several_settings_are_stored_all_or_nothing(ctx: AppContext) -> None:
    before = _kinds(ctx)
    # lease_minutes alone is fine, but 5 evening + 3 saturday attempts do not fit in 7:
    # nothing is stored, also not the good part.
    with pytest.raises(InvalidInput, match="past niet"):
        admin.put_settings(
            ctx, {"lease_minutes": 20, "min_evening_attempts": 5, "min_saturday_attempts": 3}
        )
    with pytest.raises(InvalidInput):
        admin.put_settings(ctx, {"lease_minutes": 25, "idle_lock_minutes": "tien"})
    assert admin.get_setting(ctx, "lease_minutes") == 15
    assert admin.get_setting(ctx, "min_evening_attempts") == 2
    assert _kinds(ctx) == before
    # A combination that is only valid as a whole: fewer attempts and a lower minimum at once,
    # in an order that key by key would have refused.
    changed = admin.put_settings(
        ctx, {"max_attempts": 4, "min_evening_attempts": 1, "lease_minutes": 15}
    )
    assert changed == 2
    assert admin.get_setting(ctx, "max_attempts") == 4
    assert ("setting_changed", "min_evening_attempts: 2 -> 1") in _kinds(ctx)


def test_calling_windows_are_validated(ctx: AppContext) -> None:
    windows = {k: dict(v) for k, v in settings.DEFAULT_CALLING_WINDOWS.items()}
    windows["evening"] = {"weekdays": [0, 1, 2, 3], "start": "17:30", "end": "20:30"}
    admin.put_setting(ctx, "calling_windows", windows)
    assert admin.get_setting(ctx, "calling_windows")["evening"]["start"] == "17:30"
    bad_cases = [
        {k: v for k, v in windows.items() if k != "saturday"},
        {**windows, "morning": {"weekdays": [0], "start": "12:00", "end": "09:00"}},
        {**windows, "morning": {"weekdays": [0], "start": "9:00", "end": "12:00"}},
        {**windows, "saturday": {"weekdays": [6], "start": "10:00", "end": "16:00"}},
        {**windows, "morning": {"weekdays": [], "start": "09:00", "end": "12:00"}},
    ]
    for bad in bad_cases:
        with pytest.raises(InvalidInput):
            admin.put_setting(ctx, "calling_windows", bad)


def test_closed_days(ctx: AppContext) -> None:
    admin.add_closed_day(ctx, date(2026, 12, 24), "Kerstavond")
    admin.add_closed_day(ctx, date(2027, 5, 5), "Bevrijdingsdag")
    assert [d.day for d in admin.list_closed_days(ctx)] == [date(2026, 12, 24), date(2027, 5, 5)]
    assert [d.reason for d in admin.list_closed_days(ctx, since=date(2027, 1, 1))] == [
        "Bevrijdingsdag"
    ]
    admin.remove_closed_day(ctx, date(2026, 12, 24))
    with pytest.raises(NotFound):
        admin.remove_closed_day(ctx, date(2026, 12, 24))
    kinds = [k for k, _ in _kinds(ctx)]
    assert kinds.count("closed_day_added") == 2 and kinds.count("closed_day_removed") == 1


def test_wijk_mapping(ctx: AppContext) -> None:
    count = admin.replace_wijk_mapping(
        ctx, [("2031", "Europawijk / Molenwijk"), ("2035 ab", "Boerhaavewijk")]
    )
    assert count == 2
    assert admin.list_wijk_mapping(ctx) == [
        WijkRow("2031", "Europawijk / Molenwijk"),
        WijkRow("2035AB", "Boerhaavewijk"),
    ]
    for bad in [("203", "X"), ("0123", "X"), ("2031A", "X"), ("2031SS", "X"), ("2031", " ")]:
        with pytest.raises(InvalidInput, match="Rij 1"):
            admin.replace_wijk_mapping(ctx, [bad])
    with pytest.raises(InvalidInput, match="Rij 2"):
        admin.replace_wijk_mapping(ctx, [("2031", "A"), ("2031", "B")])
    assert len(admin.list_wijk_mapping(ctx)) == 2  # a refused replacement changes nothing
    rows = admin.parse_wijk_csv("\ufeffpostcode;wijk\n2011;Oude Stad\n2012AB;Zijlwegkwartier\n")
    admin.replace_wijk_mapping(ctx, rows)
    assert [r.postcode for r in admin.list_wijk_mapping(ctx)] == ["2011", "2012AB"]
    with pytest.raises(InvalidInput, match="Regel 3"):
        admin.parse_wijk_csv("postcode,wijk\n2011,Oude Stad\nabc,X\n")
    assert ("wijk_mapping_replaced", "2 postcodes in 2 wijken (was 2 postcodes)") in _kinds(ctx)


def test_conversation_guide_default_and_own(ctx: AppContext) -> None:
    default = admin.default_conversation_guide()
    assert default == (REPO / "app" / "resources" / "conversation_guide.md").read_text(
        encoding="utf-8"
    )
    for heading in ["Voorstellen", "Doel", "Privacy", "hulpvraag", "Soorten hulp", "Afsluiten"]:
        assert heading in default
    agent = ctx.as_actor(Actor("beller", Role.AGENT))
    assert admin.get_conversation_guide(agent) == default
    admin.set_conversation_guide(ctx, "# Onze eigen leidraad\n")
    assert admin.get_conversation_guide(agent) == "# Onze eigen leidraad\n"
    assert ("setting_changed", "conversation_guide: standaardtekst -> 22 tekens") in _kinds(ctx)
    with pytest.raises(PermissionDenied):
        admin.set_conversation_guide(agent, "van de beller")
    admin.set_conversation_guide(ctx, "")
    assert admin.get_conversation_guide(agent) == default


def test_audit_query_filters_and_pages(ctx: AppContext, clock: FixedClock) -> None:
    from app.services import audit

    start = clock.now()
    with ctx.db.begin() as session:
        for i in range(30):
            clock.set(start + timedelta(minutes=i))
            who = Actor(f"user{i % 3}", Role.AGENT, user_id=i % 3 + 1)
            audit.record(
                session, ctx.as_actor(who), "view_case" if i % 2 else "outcome", case_id=i % 5
            )
    page = admin.query_audit(ctx, AuditFilter(), offset=0, limit=10)
    assert page.total == 30 and len(page.rows) == 10
    assert page.rows[0].at > page.rows[-1].at  # newest first
    second = admin.query_audit(ctx, AuditFilter(), offset=10, limit=10)
    assert not {r.id for r in page.rows} & {r.id for r in second.rows}
    only = admin.query_audit(ctx, AuditFilter(username="user1", kinds=["view_case"]))
    assert only.rows and all(r.username == "user1" and r.kind == "view_case" for r in only.rows)
    by_case = admin.query_audit(ctx, AuditFilter(case_id=3))
    assert by_case.total == 6
    window = admin.query_audit(
        ctx, AuditFilter(since=start + timedelta(minutes=5), until=start + timedelta(minutes=10))
    )
    assert window.total == 5
    with pytest.raises(InvalidInput):
        admin.query_audit(ctx, AuditFilter(since=datetime(2026, 1, 1)))
    with pytest.raises(InvalidInput):
        admin.query_audit(ctx, limit=100_000)
    assert admin.audit_kinds(ctx) == ["outcome", "view_case"]
    teamlead = ctx.as_actor(Actor("tl", Role.TEAMLEAD, user_id=50))
    with pytest.raises(PermissionDenied):
        admin.query_audit(teamlead)
