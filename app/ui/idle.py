"""Idle lock: after `idle_lock_minutes` without keyboard or mouse input the screen locks.

An application-wide event filter notes the last input; a timer compares it with the limit.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatcher(QObject):
    """Emits `idle` once after `minutes` without input; `reset()` starts counting again."""

    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None, check_ms: int = 5000):
        super().__init__(parent)
        self.limit_ms = int(minutes * 60_000)
        self._since = QElapsedTimer()
        self._since.start()
        self._fired = False
        self._timer = QTimer(self)
        self._timer.setInterval(check_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.reset()
        if self.limit_ms > 0:
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def reset(self) -> None:
        self._since.restart()
        self._fired = False

    def idle_ms(self) -> int:
        return int(self._since.elapsed())

    def check(self) -> None:
        if not self._fired and self.limit_ms > 0 and self._since.elapsed() >= self.limit_ms:
            self._fired = True
            self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and not self._fired:
            self._since.restart()
        return False
