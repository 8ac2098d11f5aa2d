"""Resident-supplied text is shown as text, never interpreted as HTML.

A QLabel (and a tooltip) guesses whether its text is rich text (`Qt.mightBeRichText`): a last
name such as `<span style="font-size:40pt;color:red">Jansen</span>` from a signal file would
render as big red text on the agent's card, and a crafted `<img src=...>` could load a file.
Two measures:

- `PlainTextLabels`, an application-wide event filter, turns every QLabel still on automatic
  detection into plain text when it is first polished. A label that really shows markup of our
  own says so with `rich(label)` (and escapes every value it puts in, `escape`).
- `tooltip(text)` makes a tooltip that shows text as it is.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel

_RICH = "vroegbelRichText"


def plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def rich(label: QLabel) -> QLabel:
    """Our own markup in this label (every value inserted must go through `escape`)."""
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setProperty(_RICH, True)
    return label


def escape(text: str) -> str:
    return html.escape(text, quote=False)


def tooltip(text: str) -> str:
    """A tooltip showing `text` literally (a tooltip, too, guesses rich text)."""
    if not text:
        return text
    return f"<p style='white-space:pre-wrap'>{escape(text)}</p>"


class PlainTextLabels(QObject):
    """Sets every automatic-format QLabel to plain text before it is first shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Polish
            and isinstance(watched, QLabel)
            and watched.textFormat() == Qt.TextFormat.AutoText
            and not watched.property(_RICH)
            and not watched.objectName().startswith("qt_msgbox")  # Qt's own dialogs
        ):
            watched.setTextFormat(Qt.TextFormat.PlainText)
        return False


_filter: PlainTextLabels | None = None


def install(app: QApplication) -> None:
    """Once per application (idempotent)."""
    global _filter
    if _filter is None:
        _filter = PlainTextLabels(app)
        app.installEventFilter(_filter)
