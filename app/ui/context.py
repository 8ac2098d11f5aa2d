"""The client's context object (git-cola's ApplicationContext), handed to every window and tab.

`UiContext` bundles what a widget needs: the service context (database, clock, the logged-in
actor), the single database worker, the local outbox, the workstation preferences and a few
window-wide signals. Tests build one with a FixedClock and a temporary database and swap any
piece.

Workstation preferences are QSettings, each declared once with its default (Picard's
options.py). A database password is never written to QSettings.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from app.clock import Clock
from app.db import Database
from app.models.enums import Role
from app.services.context import Actor, AppContext
from app.ui.worker import DbWorker

ORGANISATION = "vroegbel"
APPLICATION = "vroegbel"


@dataclass(frozen=True)
class Pref:
    key: str
    default: Any
    kind: type


#: Every workstation preference, declared once.
PREFS: dict[str, Pref] = {
    pref.key: pref
    for pref in [
        Pref("database/url", "", str),  # empty: --db, VROEGBEL_DB or the local SQLite file
        Pref("ui/language", "nl", str),
        Pref("login/last_user", "", str),
        Pref("window/geometry", QByteArray(), QByteArray),
        Pref("window/state", QByteArray(), QByteArray),
        Pref("next_call/splitter", QByteArray(), QByteArray),
        # The dial action of this desk (app.ui.dialing): a URI template, empty for off.
        Pref("call/dial_uri", "tel:{e164}", str),
    ]
}


def strip_password(url: str) -> str:
    """The URL without its password, for storing and showing."""
    if not url:
        return url
    from sqlalchemy.exc import ArgumentError

    from app.services.credentials import without_password

    try:
        return without_password(url)
    except ArgumentError:
        return url


class Prefs:
    """Typed access to the workstation's QSettings."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings or QSettings(ORGANISATION, APPLICATION)

    def get(self, key: str) -> Any:
        pref = PREFS[key]
        value = self.settings.value(key, pref.default)
        if value is None:
            return pref.default
        if pref.kind is str:
            return str(value)
        if pref.kind is QByteArray and not isinstance(value, QByteArray):
            return QByteArray(value) if isinstance(value, bytes) else pref.default
        return value

    def set(self, key: str, value: Any) -> None:
        if key not in PREFS:
            raise KeyError(f"unknown preference {key!r}")
        if key == "database/url":
            value = strip_password(str(value))
        self.settings.setValue(key, value)
        self.settings.sync()

    @property
    def language(self) -> str:
        lang = self.get("ui/language")
        return lang if lang in ("nl", "en") else "nl"


class UiEvents(QObject):
    """Window-wide notifications that more than one widget listens to."""

    #: number of outcomes waiting in the local outbox
    outbox_changed = Signal(int)
    #: number of outcomes the database refused, kept aside in the outbox
    outbox_refused = Signal(int)
    #: a short text for the status bar (e.g. "Belvenster open tot 12:30")
    status_message = Signal(str)
    #: the case this workstation holds changed (case id, or 0 for none)
    case_changed = Signal(int)
    #: the person asked to log out
    logout_requested = Signal()
    #: the screen locked (True) or was unlocked (False)
    locked_changed = Signal(bool)


@dataclass
class UiContext:
    """Everything a window or tab needs; one per logged-in session."""

    app: AppContext
    worker: DbWorker
    prefs: Prefs
    outbox: Any = None  # app.services.outbox.Outbox when available
    events: UiEvents = field(default_factory=UiEvents)
    demo: bool = False
    display_name: str = ""
    database_label: str = ""

    @property
    def db(self) -> Database:
        return self.app.db

    @property
    def clock(self) -> Clock:
        return self.app.clock

    @property
    def actor(self) -> Actor:
        return self.app.actor

    @property
    def role(self) -> Role | None:
        return self.app.actor.role

    def with_actor(self, actor: Actor) -> UiContext:
        return replace(self, app=self.app.as_actor(actor))
