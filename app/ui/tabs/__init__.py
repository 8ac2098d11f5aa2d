"""The tabs of the main window, and which roles see them.

Each tab is a `TabSpec`; the main window shows, in `order`, the tabs whose `roles` include the
logged-in user's role. A tab module is imported only when its tab is built, so adding a tab is
one entry here:

    TABS.append(TabSpec("handoff", lambda: translate("Tabs", "Overdrachten"),
                        frozenset({Role.COACH}), lazy("app.ui.tabs.handoff", "HandoffTab"), 20))

`factory(ui, parent)` returns the tab's widget. A tab may define `tab_shown()` (called when
it becomes the current tab) and `can_close() -> bool` (asked before logging out; e.g. the
next-call tab while it holds a case) and `shutdown()` (called before the window closes).
Hiding a tab is a convenience only: the services check the role themselves.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.models.enums import Role

if TYPE_CHECKING:
    from app.ui.context import UiContext

TabFactory = Callable[["UiContext", QWidget | None], QWidget]


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def lazy(module: str, class_name: str) -> TabFactory:
    """A factory that imports `module` only when the tab is built."""

    def build(ui: UiContext, parent: QWidget | None) -> QWidget:
        cls = getattr(importlib.import_module(module), class_name)
        widget: QWidget = cls(ui, parent)
        return widget

    return build


@dataclass(frozen=True)
class TabSpec:
    key: str
    title: Callable[[], str]  # translated at the moment the tab is shown
    roles: frozenset[Role]
    factory: TabFactory
    order: int = 50


TABS: list[TabSpec] = [
    TabSpec(
        "next_call",
        lambda: translate("Tabs", "Volgende oproep"),
        frozenset({Role.AGENT}),
        lazy("app.ui.tabs.next_call", "NextCallTab"),
        10,
    ),
    TabSpec(
        "handoff",
        lambda: translate("Tabs", "Overdrachten"),
        frozenset({Role.COACH}),
        lazy("app.ui.tabs.handoff", "HandoffTab"),
        20,
    ),
    TabSpec(
        "queue",
        lambda: translate("Tabs", "Wachtrij en cijfers"),
        frozenset({Role.TEAMLEAD}),
        lazy("app.ui.tabs.queue_monitor", "QueueMonitorTab"),
        30,
    ),
    TabSpec(
        "forecast",
        lambda: translate("Tabs", "Vooruitblik"),
        frozenset({Role.TEAMLEAD}),
        lazy("app.ui.tabs.forecast", "ForecastTab"),
        35,
    ),
    TabSpec(
        "admin",
        lambda: translate("Tabs", "Beheer"),
        frozenset({Role.ADMIN}),
        lazy("app.ui.tabs.admin", "AdminTab"),
        40,
    ),
]


def tabs_for(role: Role | None) -> list[TabSpec]:
    """The tabs a role may see, in order."""
    if role is None:
        return []
    return sorted((t for t in TABS if role in t.roles), key=lambda t: t.order)
