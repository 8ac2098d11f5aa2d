"""The main window shows at once after the login: tabs and admin pages are built when first
needed, the modules they need are imported while the login dialog shows (issue 16)."""

from __future__ import annotations

from typing import Any

import pytest
from casework_factory import actor_of, make_user
from uitest_helpers import make_ui, wait_idle

from app.models.enums import Role
from app.ui import tabs as tab_registry
from app.ui.main_window import MainWindow

pytestmark = pytest.mark.ui


def test_the_window_is_built_before_its_tab(
    qtbot: Any, ui_db: Any, ui_clock: Any, worker: Any, prefs: Any, monkeypatch: Any
) -> None:
    built: list[str] = []
    specs = []
    for spec in tab_registry.TABS:
        factory = spec.factory

        def counting(ui: Any, parent: Any, _f: Any = factory, _k: str = spec.key) -> Any:
            built.append(_k)
            return _f(ui, parent)

        specs.append(tab_registry.TabSpec(spec.key, spec.title, spec.roles, counting, spec.order))
    monkeypatch.setattr(tab_registry, "TABS", specs)
    with ui_db.begin() as session:
        admin = actor_of(make_user(session, "beheer", Role.ADMIN, "Ada Admin"))
    window = MainWindow(make_ui(ui_db, ui_clock, worker, prefs, admin))
    qtbot.addWidget(window)
    assert built == []  # the constructor only lays out the window
    window.show()
    qtbot.waitUntil(lambda: built == ["admin"], timeout=5_000)
    tab = window.tab("admin")
    assert tab is not None and built == ["admin"]  # built once
    # Only the first admin page exists; another is built when chosen.
    assert list(tab.pages) == ["import"]
    tab.show_page("audit")
    assert set(tab.pages) == {"import", "audit"}
    wait_idle(qtbot, worker)


def test_the_tab_modules_are_imported_while_the_login_shows() -> None:
    import sys

    from app.ui.app import PRELOAD_MODULES, preload_ui_modules

    thread = preload_ui_modules()
    thread.join(timeout=60)
    assert not thread.is_alive()
    assert all(name in sys.modules for name in PRELOAD_MODULES)
