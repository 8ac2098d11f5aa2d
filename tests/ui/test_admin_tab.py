"""The admin's Beheer tab: import with rejected rows, users, settings, wijken, guide, audit log,
DDAS; other roles are refused by the services; the models pass the model tester."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from casework_factory import actor_of, make_user
from sqlalchemy import select
from uitest_helpers import make_ui, wait_idle

from app.clock import FixedClock
from app.db import Database
from app.models import AuditEvent, Signal
from app.models.enums import Role
from app.services import accounts, admin, intake, settings
from app.services.context import Actor, AppContext
from app.services.errors import PermissionDenied
from app.ui.context import Prefs
from app.ui.screenshots_workplaces import _BAD_FILE
from app.ui.tabs import tabs_for
from app.ui.tabs.admin import AdminTab
from app.ui.worker import DbWorker

pytestmark = pytest.mark.ui


@pytest.fixture
def admin_actor(ui_db: Database) -> Actor:
    with ui_db.begin() as session:
        return actor_of(make_user(session, "beheer", Role.ADMIN, "Fatima Beheer"))


@pytest.fixture
def tab(
    qtbot: Any,
    ui_db: Database,
    ui_clock: FixedClock,
    worker: DbWorker,
    prefs: Prefs,
    admin_actor: Actor,
) -> AdminTab:
    widget = AdminTab(make_ui(ui_db, ui_clock, worker, prefs, admin_actor))
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    wait_idle(qtbot, worker)
    return widget


def test_admin_imports_a_file_and_sees_the_bad_rows(
    qtbot: Any, tab: AdminTab, ui_db: Database, tmp_path: Path, qtmodeltester: Any
) -> None:
    source = tmp_path / "signalen.csv"
    source.write_text(_BAD_FILE, encoding="utf-8")
    page = tab.show_page("import")
    with qtbot.waitSignal(page.imported, timeout=20_000):  # type: ignore[attr-defined]
        page.import_file(str(source))  # type: ignore[attr-defined]
    model = page.rejected  # type: ignore[attr-defined]
    assert [r.line for r in model.rows] == [4, 5, 6, 7, 8]
    assert "datum" in model.index(0, 1).data()
    assert "postcode" in model.index(4, 1).data().lower()
    assert page.rejected_view.isVisible()  # type: ignore[attr-defined]
    assert "5</b> afgewezen" in page.summary.text()  # type: ignore[attr-defined]
    qtmodeltester.check(model, force_py=True)
    with ui_db.read() as session:
        assert len(list(session.scalars(select(Signal.signal_ref)))) == 2

    target = tmp_path / "afgewezen.csv"
    page.save_rejected(str(target))  # type: ignore[attr-defined]
    wait_idle(qtbot, tab.ui.worker)
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows[0][-2:] == ["line", "reason"]
    assert [r[-2] for r in rows[1:]] == ["4", "5", "6", "7", "8"]
    assert rows[1][0] == "DEMO-IMP-3"


def test_users_create_lock_and_reset(
    qtbot: Any, tab: AdminTab, ui_db: Database, ui_clock: FixedClock
) -> None:
    page: Any = tab.show_page("users")
    wait_idle(qtbot, tab.ui.worker)
    page.new_username.setText("jdevries")
    page.new_name.setText("Jan de Vries")
    page.new_role.setCurrentIndex(page.new_role.findData("coach"))
    page.create_button.click()
    wait_idle(qtbot, tab.ui.worker)
    assert page.last_password and page.last_password in page.notice.text()
    assert "jdevries" in [u.username for u in page.users.rows]
    page.select_user("jdevries")
    page.lock_button.click()
    wait_idle(qtbot, tab.ui.worker)
    user = next(u for u in page.users.rows if u.username == "jdevries")
    assert user.locked
    page.select_user("jdevries")
    first = page.last_password
    page.reset_button.click()
    wait_idle(qtbot, tab.ui.worker)
    assert page.last_password != first
    # A reset lifts the lock; the new temporary password must be replaced at first login.
    actor = accounts.authenticate(ui_db, ui_clock, "jdevries", page.last_password)
    assert actor.role is Role.COACH and actor.must_change_password


def test_settings_closed_days_wijken_and_guide(
    qtbot: Any, tab: AdminTab, ui_db: Database, tmp_path: Path
) -> None:
    page: Any = tab.show_page("settings")
    wait_idle(qtbot, tab.ui.worker)
    page.spins["max_attempts"].setValue(6)
    page.window_days["saturday"][5].setChecked(True)
    page.window_end["evening"].setTime(page.window_end["evening"].time().addSecs(-3600))
    page.save_button.click()
    wait_idle(qtbot, tab.ui.worker)
    assert "opgeslagen" in page.notice.text()
    page.closed_date.setDate(page.closed_date.date().fromString("05-05-2027", "dd-MM-yyyy"))
    page.closed_reason.setText("Bevrijdingsdag")
    page.add_closed_button.click()
    wait_idle(qtbot, tab.ui.worker)
    with ui_db.read() as session:
        assert settings.get(session, "max_attempts") == 6
        assert settings.get(session, "calling_windows")["evening"]["end"] == "20:00"
    assert [c.day for c in page.closed.rows] == [date(2027, 5, 5)]

    wijken: Any = tab.show_page("wijken")
    wait_idle(qtbot, tab.ui.worker)
    mapping = tmp_path / "wijken.csv"
    mapping.write_text("postcode,wijk\n2031,Vondelkwartier\n2036,Europawijk\n", encoding="utf-8")
    wijken.read_file(str(mapping))
    wijken.save_button.click()
    wait_idle(qtbot, tab.ui.worker)
    assert wijken.table.rowCount() == 2

    guide: Any = tab.show_page("guide")
    wait_idle(qtbot, tab.ui.worker)
    guide.editor.setPlainText("# Onze leidraad\n\n- Stel u voor")
    guide.save_button.click()
    wait_idle(qtbot, tab.ui.worker)
    assert "Onze leidraad" in guide.preview.toPlainText()
    ctx = AppContext(db=ui_db, actor=Actor.command_line())
    assert admin.get_conversation_guide(ctx).startswith("# Onze leidraad")


def test_follow_up_channel_and_templates(qtbot: Any, tab: AdminTab, ui_db: Database) -> None:
    page: Any = tab.show_page("follow_up")
    wait_idle(qtbot, tab.ui.worker)
    assert "{naam}" in page.template_edit.toPlainText()
    page.channel.setCurrentIndex(page.channel.findData("card"))
    page.texts["callcenter_phone"].setText("023 123 4567")
    page.template_choice.setCurrentIndex(page.template_choice.findData("card_template"))
    page.template_edit.setPlainText("Hallo {naam}, bel {telefoon} over {bsn}.")
    page.save_button.click()
    wait_idle(qtbot, tab.ui.worker)
    # A template with an unknown field is refused with its name.
    assert "'bsn'" in page.notice.text()
    page.template_edit.setPlainText("Hallo {naam}, bel {telefoon}.")
    page.save_button.click()
    wait_idle(qtbot, tab.ui.worker)
    assert "opgeslagen" in page.notice.text()
    with ui_db.read() as session:
        assert settings.get(session, "follow_up_channel") == "card"
        assert settings.get(session, "callcenter_phone") == "023 123 4567"
        assert settings.get(session, "card_template") == "Hallo {naam}, bel {telefoon}."


def test_an_invalid_combination_of_settings_stores_nothing(
    qtbot: Any, tab: AdminTab, ui_db: Database
) -> None:
    page: Any = tab.show_page("settings")
    wait_idle(qtbot, tab.ui.worker)
    page.spins["lease_minutes"].setValue(25)
    page.spins["min_evening_attempts"].setValue(6)
    page.spins["min_saturday_attempts"].setValue(3)
    page.save_button.click()
    wait_idle(qtbot, tab.ui.worker)
    assert "past niet" in page.notice.text()
    with ui_db.read() as session:
        assert settings.get(session, "lease_minutes") == 15
        assert settings.get(session, "min_evening_attempts") == 2


def test_audit_log_with_filters_and_ddas(
    qtbot: Any, tab: AdminTab, ui_db: Database, tmp_path: Path
) -> None:
    page: Any = tab.show_page("users")
    wait_idle(qtbot, tab.ui.worker)
    page.new_username.setText("abakker")
    page.create_button.click()
    wait_idle(qtbot, tab.ui.worker)
    audit: Any = tab.show_page("audit")
    wait_idle(qtbot, tab.ui.worker)
    assert audit.rows.rowCount() >= 1
    kinds = [audit.kind_combo.itemData(i) for i in range(audit.kind_combo.count())]
    assert "user_created" in kinds
    audit.kind_combo.setCurrentIndex(kinds.index("user_created"))
    audit.user_edit.setText("beheer")
    audit.search_button.click()
    wait_idle(qtbot, tab.ui.worker)
    assert [r.kind for r in audit.rows.rows] == ["user_created"]
    assert audit.rows.index(0, 2).data() == "Account aangemaakt"
    audit.case_edit.setText("abc")
    audit.search_button.click()
    assert "cijfers" in audit.notice.text()

    ddas: Any = tab.show_page("ddas")
    ddas.code_edit.setText("0392")
    target = tmp_path / "ddas.json"
    with qtbot.waitSignal(ddas.exported, timeout=20_000):
        ddas.export(str(target))
    assert target.stat().st_size > 0
    with ui_db.read() as session:
        assert session.scalar(select(AuditEvent.id).where(AuditEvent.kind == "export_ddas"))


def test_models_pass_the_model_tester(qtbot: Any, tab: AdminTab, qtmodeltester: Any) -> None:
    for key in ("users", "settings", "audit"):
        tab.show_page(key)
        wait_idle(qtbot, tab.ui.worker)
    qtmodeltester.check(tab.users_page.users, force_py=True)
    qtmodeltester.check(tab.settings_page.closed, force_py=True)
    qtmodeltester.check(tab.audit_page.rows, force_py=True)


def test_other_roles_do_not_get_the_tab_and_the_services_refuse(
    ui_db: Database, ui_clock: FixedClock, tmp_path: Path
) -> None:
    source = tmp_path / "signalen.csv"
    source.write_text(_BAD_FILE, encoding="utf-8")
    assert "admin" in [t.key for t in tabs_for(Role.ADMIN)]
    for role in (Role.AGENT, Role.COACH, Role.TEAMLEAD):
        assert "admin" not in [t.key for t in tabs_for(role)]
        with ui_db.begin() as session:
            actor = actor_of(make_user(session, f"x-{role.value}", role))
        ctx = AppContext(db=ui_db, clock=ui_clock, actor=actor)
        for call in (
            lambda c=ctx: intake.import_signals(c, source),
            lambda c=ctx: accounts.create_user(c, "nieuw", Role.ADMIN),
            lambda c=ctx: admin.put_setting(c, "max_attempts", 3),
            lambda c=ctx: admin.query_audit(c),
        ):
            with pytest.raises(PermissionDenied):
                call()
    with ui_db.read() as session:
        assert list(session.scalars(select(Signal.id))) == []


def test_audit_details_read_as_words(qapp: Any) -> None:
    """Issue 16: the audit tab showed raw codes (`rows=7 imported=3`)."""
    from app.ui.tabs.admin import audit_detail_text

    assert audit_detail_text(
        "import_signals", "rows=7 imported=3 attached=0 new_cases=3 duplicates=1 rejected=3"
    ) == ("regels 7 · ingelezen 3 · bij open zaak 0 · nieuwe zaken 3 · dubbel 1 · afgewezen 3")
    assert audit_detail_text("report", "from=2026-09-01 to=- cases=12") == (
        "van 01-09-2026 · t/m – · zaken 12"
    )
    assert audit_detail_text("report_export", "format=xlsx from=- to=2026-09-30") == (
        "formaat XLSX · van – · t/m 30-09-2026"
    )
    assert audit_detail_text("outcome", "no_answer") != "no_answer"
    # Free text and details of newer versions are shown as they are.
    assert audit_detail_text("closed_day_added", "2026-12-25 Kerst") == "2026-12-25 Kerst"
    assert audit_detail_text("user_created", None) == ""
