"""Screenshots of the coach's, the team lead's and the admin's tabs (`vroegbel screenshots`).

Registered with app.ui.screenshots.shot; listed in SHOT_MODULES there. Each shot opens the main
window as a demo user of the role on the demo database and brings the view into a telling
state (a case chosen, a period's figures shown, a file with bad rows imported).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.models.enums import Role
from app.ui.screenshots import ShotEnv, shot

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def _tab(env: ShotEnv, role: Role, key: str) -> tuple[QWidget, Any]:
    window = env.main_window(role, tab=key)
    return window, window.tab(key)


@shot("20-handoff-list")
def _handoff(env: ShotEnv) -> QWidget:
    window, tab = _tab(env, Role.COACH, "handoff")
    env.settle()
    rows = tab.model.rows
    # Show an open, untaken case, as a coach would pick one.
    pick = next((i for i, r in enumerate(rows) if r.coach_id is None), 0)
    if rows:
        tab.table.selectRow(pick)
    env.settle()
    return window


@shot("21-handoff-taken")
def _handoff_taken(env: ShotEnv) -> QWidget:
    window, tab = _tab(env, Role.COACH, "handoff")
    env.settle()
    rows = tab.model.rows
    pick = next((i for i, r in enumerate(rows) if r.coach_id is None), None)
    if pick is not None:
        tab.table.selectRow(pick)
        env.settle()
        tab.take()
        env.settle()
        tab.contact_note.setPlainText("Bewoner gesproken; afspraak volgende week op het wijkteam.")
    env.settle()
    bar = tab.detail_scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    return window


@shot("30-queue-live")
def _queue(env: ShotEnv) -> QWidget:
    window, tab = _tab(env, Role.TEAMLEAD, "queue")
    tab.filter_combo.setCurrentIndex(1)  # "Nu te bellen": the windows open now
    env.settle()
    if tab.leases.rows:
        tab.leases_view.selectRow(0)
    env.settle()
    return window


@shot("31-queue-figures")
def _queue_figures(env: ShotEnv) -> QWidget:
    window, tab = _tab(env, Role.TEAMLEAD, "queue")
    tab.pages.setCurrentIndex(1)
    today = env.clock.now().date()
    tab.report.set_period(date(today.year, 1, 1), today)
    tab.report.load()
    env.settle()
    return window


@shot("32-forecast")
def _forecast(env: ShotEnv) -> QWidget:
    window, tab = _tab(env, Role.TEAMLEAD, "forecast")
    env.settle()
    # An illustrative roster: three agents in the day, two in the evening, one on Saturday.
    tab.roster_edit.setPlainText(
        "\n".join(
            [f"Beller {n};{d};09:00;17:00" for n in (1, 2, 3) for d in ("ma", "di", "wo", "do")]
            + [f"Beller {n};{d};17:00;21:00" for n in (4, 5) for d in ("ma", "di", "wo", "do")]
            + ["Beller 4;za;10:00;16:00"]
        )
    )
    tab.save_roster()
    env.settle()
    tab.compute_staffing()
    env.settle()
    return window


@shot("33-queue-follow-up")
def _queue_follow_up(env: ShotEnv) -> QWidget:
    window, tab = _tab(env, Role.TEAMLEAD, "queue")
    tab.pages.setCurrentWidget(tab.follow_up)
    env.settle()
    return window


@shot("40-admin-import")
def _admin_import(env: ShotEnv) -> QWidget:
    window, tab = _tab(env, Role.ADMIN, "admin")
    path = Path(env.workdir) / "signalen-met-fouten.csv"
    path.write_text(_BAD_FILE, encoding="utf-8")
    tab.show_page("import")
    tab.import_page.import_file(str(path))
    env.settle()
    return window


@shot("41-admin-users")
def _admin_users(env: ShotEnv) -> QWidget:
    window, tab = _tab(env, Role.ADMIN, "admin")
    tab.show_page("users")
    env.settle()
    return window


@shot("42-admin-settings")
def _admin_settings(env: ShotEnv) -> QWidget:
    window, tab = _tab(env, Role.ADMIN, "admin")
    tab.show_page("settings")
    env.settle()
    return window


@shot("43-admin-audit")
def _admin_audit(env: ShotEnv) -> QWidget:
    window, tab = _tab(env, Role.ADMIN, "admin")
    tab.show_page("audit")
    env.settle()
    return window


#: A signal file as a municipality gets it: five good rows, three with mistakes.
_BAD_FILE = (
    "signal_id;received_on;creditor;creditor_type;arrears_eur;bsn;"
    "last_name;first_name;street;house_number;postcode;city;phone_1\n"
    "DEMO-IMP-1;2026-11-20;Elan Wonen;huur;1.234,56;;"
    "De Vries;Anna;Zijlweg;12;2013 AB;Haarlem;06 12345678\n"
    "DEMO-IMP-2;2026-11-20;Eneco;energie;245,00;;"
    "Bakker;Jan;Kleverlaan;3;2023 CD;Haarlem;023 5123456\n"
    "DEMO-IMP-3;31-02-2026;Pwn;drinkwater;80;;"
    "Smit;;Rijksstraatweg;101;2025 AA;Haarlem;\n"
    "DEMO-IMP-4;2026-11-21;Zilveren Kruis;zorgverzekering;abc;;"
    "Jansen;Piet;Amsterdamstraat;7;2032 BC;Haarlem;0612345679\n"
    "DEMO-IMP-5;2026-11-21;Elan Wonen;huur;950,00;123456789;"
    "Visser;;Marnixstraat;9;2031 ZZ;Haarlem;0612345670\n"
    "DEMO-IMP-6;2026-11-22;Ymere;huur;1.100,00;;"
    ";Kees;Europaweg;40;2036 XX;Haarlem;0612345671\n"
    "DEMO-IMP-7;2026-11-22;Ymere;huur;780,00;;"
    "Mulder;Els;Europaweg;42;20366;Haarlem;0612345672\n"
)
