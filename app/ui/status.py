"""The status bar's calling-window line, refreshed on the database worker once a minute."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from app.clock import local
from app.ui import labels
from app.ui.context import UiContext

#: lupdate picks up translate("Context", "text") calls with literal arguments.
translate = QCoreApplication.translate

log = logging.getLogger("vroegbel.ui.status")

REFRESH_MS = 60_000


def window_state(ctx: Any) -> tuple[bool, datetime | None, datetime | None]:
    """(open now, the open window's end, the next opening), from the queue service."""
    from app.services import queue

    now = ctx.clock.now()
    opening = queue.next_window_opening(ctx)
    current = getattr(queue, "current_window", None)
    end: datetime | None = None
    is_open = False
    if callable(current):
        window = current(ctx)
        if window is not None:
            is_open = True
            end = getattr(window, "end", None)
    elif opening is not None and opening <= now:
        is_open = True
    return is_open, end, opening


def describe(ctx: Any) -> str:
    try:
        is_open, end, opening = window_state(ctx)
    except ImportError:
        return ""
    now = ctx.clock.now()
    if is_open:
        if end is not None:
            return translate("Status", "Belvenster open tot {0}").format(
                local(end).strftime("%H:%M")
            )
        return translate("Status", "Belvenster open")
    if opening is not None:
        return translate("Status", "Buiten belvenster — volgende {0}").format(
            labels.relative_moment(opening, now)
        )
    return translate("Status", "Geen belvenster gepland")


class CallingWindowWatcher(QObject):
    """Emits the calling-window text for the status bar now and every minute."""

    changed = Signal(str)

    def __init__(self, ui: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._running = False

    def start(self) -> None:
        self._timer.start()
        self.refresh()

    def stop(self) -> None:
        self._timer.stop()

    def refresh(self) -> None:
        if self._running:
            return
        self._running = True
        self.ui.worker.run(describe, self.ui.app, on_done=self._done, on_error=self._failed)

    def _done(self, text: str) -> None:
        self._running = False
        self.changed.emit(text)

    def _failed(self, _sentence: str, _exc: BaseException) -> None:
        self._running = False
