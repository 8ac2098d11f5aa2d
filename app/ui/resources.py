"""Data files of the client (icon, style sheet, translations, conversation guide).

Loaded with importlib.resources from the `app.resources` package (qutebrowser's
utils/resources.py), which also works inside a PyInstaller bundle.
"""

from __future__ import annotations

import logging
from functools import cache
from importlib import resources

from PySide6.QtGui import QIcon, QPixmap

log = logging.getLogger("vroegbel.ui.resources")

PACKAGE = "app.resources"


def read_text(name: str) -> str | None:
    try:
        return resources.files(PACKAGE).joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        log.warning("resource %s not found", name)
        return None


def read_bytes(name: str) -> bytes | None:
    try:
        return resources.files(PACKAGE).joinpath(name).read_bytes()
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        return None


def style_sheet() -> str:
    return read_text("style.qss") or ""


@cache
def _icon_pixmaps() -> tuple[bytes, ...]:
    found = []
    for name in ("icons/vroegbel.svg", "icons/vroegbel-256.png"):
        data = read_bytes(name)
        if data:
            found.append(data)
    return tuple(found)


def app_icon() -> QIcon:
    icon = QIcon()
    for data in _icon_pixmaps():
        pixmap = QPixmap()
        if pixmap.loadFromData(data):
            icon.addPixmap(pixmap)
    return icon


def default_conversation_guide() -> str:
    return read_text("conversation_guide.md") or ""
